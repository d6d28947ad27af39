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
import java.util.Optional;

/**
 * Trin — the step of an education plan (uddannelsesplan), 1–4.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.2.
 */
public enum Step implements NumberedCode {
  /** Trin 1 — "Valg af uddannelsesønsker". */
  STEP_1(1, "Valg af uddannelsesønsker"),
  /** Trin 2 — "Valg af uddannelsessteder". */
  STEP_2(2, "Valg af uddannelsessteder"),
  /** Trin 3 — "Optagelsesstatus". */
  STEP_3(3, "Optagelsesstatus"),
  /** Trin 4 — "Pålæg om at påbegynde og gennemføre en konkret uddannelse". */
  STEP_4(4, "Pålæg om at påbegynde og gennemføre en konkret uddannelse");

  private final int id;
  private final String officialName;

  Step(int id, String officialName) {
    this.id = id;
    this.officialName = officialName;
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The step with this number.
   *
   * @param number 1–4
   * @return the step
   * @throws IllegalArgumentException if {@code number} is not 1–4
   */
  public static Step of(int number) {
    return CodeLookup.ofId(Step.class, number, "step");
  }

  /**
   * The step with this number, if there is one.
   *
   * @param number any int
   * @return the step, or empty
   */
  public static Optional<Step> find(int number) {
    return CodeLookup.byId(Step.class, number);
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * Step} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Step from(Object value) {
    return OfficialCodes.parse(Step.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code Step} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
