/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalisation behind lookups by name. */
class NameKeysTest {

  @ParameterizedTest(name = "strict(\"{0}\") = strict(\"{1}\")")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sjællands region    | Sjaellands region
          Åbenrå              | Aabenraa
          KØBENHAVN           | koebenhavn
          '  Ærø  '           | aeroe
          Lyngby–Taarbæk      | lyngby-taarbaek
          Café                | cafe
          Å                   | aa
          Gennemført  aktivitet | gennemfoert aktivitet
          """)
  void strictKeysMatch(String a, String b) {
    assertThat(NameKeys.strict(a)).isEqualTo(NameKeys.strict(b));
  }

  @ParameterizedTest(name = "loose(\"{0}\") = loose(\"{1}\")")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          København   | Kobenhavn
          Tårnby      | Tarnby
          Åbenrå      | Abenra
          Sjællands   | Sjallands
          Næstved     | Nastved
          """)
  void looseKeysMatch(String a, String b) {
    assertThat(NameKeys.loose(a)).isEqualTo(NameKeys.loose(b));
    assertThat(NameKeys.strict(a)).isNotEqualTo(NameKeys.strict(b));
  }

  @ParameterizedTest(name = "\"{0}\" ≠ \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A-kasse medlemskab | A-kasse medlemskab (j/n)
          Passiv.            | Passiv
          """)
  void differentNamesStayDifferent(String a, String b) {
    assertThat(NameKeys.loose(a)).isNotEqualTo(NameKeys.loose(b));
  }
}
