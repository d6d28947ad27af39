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
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Visitationskategori — the visitation category of a citizen. <em>Partial</em>: the sources name
 * these four.
 *
 * <p>Sources: FLIS-DREAM §6.1.10 (appendix 2 spells "åbenlys uddannelsesparat"); DFDG-RN-2021-12-06
 * §4.1.
 */
public enum VisitationCategory implements UnnumberedCode {
  /** "Jobparat". */
  JOB_READY("Jobparat"),
  /** "Aktivitetsparat". */
  ACTIVITY_READY("Aktivitetsparat"),
  /** "Uddannelsesparat". */
  EDUCATION_READY("Uddannelsesparat"),
  /** "Åbenlyst uddannelsesparat"; alias "Åbenlys uddannelsesparat" (appendix 2's spelling). */
  OBVIOUSLY_EDUCATION_READY("Åbenlyst uddannelsesparat", "Åbenlys uddannelsesparat");

  private final String officialName;
  private final ImmutableList<String> aliases;

  VisitationCategory(String officialName, String... aliases) {
    this.officialName = officialName;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /** Other published spellings ("Åbenlys uddannelsesparat"). */
  @Override
  public List<String> aliases() {
    return aliases;
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * VisitationCategory} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static VisitationCategory from(Object value) {
    return OfficialCodes.parse(VisitationCategory.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code VisitationCategory} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
