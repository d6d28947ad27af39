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
 * Plantype — the type of a citizen's plan. The sources give no ids.
 *
 * <p>Sources: DFDG-RN-2021-12-06 §3.2, §3.4; DFDG-byggeblokke.
 */
public enum PlanType implements UnnumberedCode {
  /** "Uddannelsesplan". */
  EDUCATION_PLAN("Uddannelsesplan"),
  /** "Kombiplan" — a combination plan. */
  COMBINATION_PLAN("Kombiplan"),
  /** "Aftale om opfølgning". */
  FOLLOW_UP_AGREEMENT("Aftale om opfølgning"),
  /** "Rehabiliteringsplan". */
  REHABILITATION_PLAN("Rehabiliteringsplan"),
  /** "Generel plan". */
  GENERAL_PLAN("Generel plan"),
  /** "Plan uden plantype" — used by trial municipalities (SUB-7). */
  PLAN_WITHOUT_PLAN_TYPE("Plan uden plantype"),
  /** "Integrationskontrakt". */
  INTEGRATION_CONTRACT("Integrationskontrakt"),
  /** "Integrationsplan". */
  INTEGRATION_PLAN("Integrationsplan");

  private final String officialName;

  PlanType(String officialName) {
    this.officialName = officialName;
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * PlanType} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PlanType from(Object value) {
    return OfficialCodes.parse(PlanType.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code PlanType} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
