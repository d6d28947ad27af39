/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Aktivitetsstatus — the status of an activation activity.
 *
 * <p>Source: FLIS-DFDG §5.1.3. The source's drafting note says the values may change with new DFDG
 * releases.
 */
public enum ActivityStatus implements UnnumberedCode {
  /** "Planlagt". */
  PLANNED("Planlagt"),
  /** "Optaget". */
  ADMITTED("Optaget"),
  /** "Annulleret". */
  CANCELLED("Annulleret"),
  /** "Afbrudt". */
  INTERRUPTED("Afbrudt"),
  /** "Gennemført". */
  COMPLETED("Gennemført"),
  /** "Henvist". */
  REFERRED("Henvist"),
  /** "Ansat". */
  EMPLOYED("Ansat"),
  /** "Afsluttet". */
  ENDED("Afsluttet");

  private final String officialName;

  ActivityStatus(String officialName) {
    this.officialName = officialName;
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * ActivityStatus} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ActivityStatus from(Object value) {
    return OfficialCodes.parse(ActivityStatus.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code ActivityStatus} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
