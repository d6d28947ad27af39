/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.dfdgrules.codelists.OfficialCode;
import dk.dfdgrules.codelists.OfficialCodes;
import java.util.Optional;

/**
 * A "type 1" change of an education plan: a change that creates a new plan version
 * (DFDG-RN-2021-12-06 §3.2, "Kendt problem": "Type 1-ændringer omfatter ændringer i: …"). As
 * released, the letter to the citizen is produced only when a publication contains one of these
 * (LET-5). The source gives the six changes no ids; the Danish names are the source's.
 */
public enum Type1Change implements OfficialCode {
  /** "Planbeskrivelse" — the plan description. */
  PLAN_DESCRIPTION("Planbeskrivelse"),
  /** "Mål" — the goal. */
  GOAL("Mål"),
  /** "Ansvarlig sagsbehandler" — the responsible caseworker. */
  RESPONSIBLE_CASEWORKER("Ansvarlig sagsbehandler"),
  /** "Trin i uddannelsespålægget" — the step of the education order. */
  STEP("Trin i uddannelsespålægget"),
  /** "Frist i uddannelsespålæggets trin" — the deadline in the step. */
  STEP_DEADLINE("Frist i uddannelsespålæggets trin"),
  /** "Uddannelsessted" — the place of education. */
  PLACE_OF_EDUCATION("Uddannelsessted");

  private final String officialName;

  Type1Change(String officialName) {
    this.officialName = officialName;
  }

  @Override
  public Optional<String> code() {
    return Optional.empty();
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * Type1Change} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Type1Change from(Object value) {
    return OfficialCodes.parse(Type1Change.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code Type1Change} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
