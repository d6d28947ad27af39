/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.CodeStatus;
import dk.dfdgrules.core.citizen.CprNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's first example: a CPR number and a code list. */
class FirstExampleTest {

  @Test
  void cprNumberAndCodeLists() {
    // tag::first-example[]
    CprNumber cpr = CprNumber.parse("010165-1235"); // no modulus-11 check since 2007
    assertThat(cpr.birthDate()).isEqualTo(LocalDate.of(1965, 1, 1));
    assertThat(cpr.ageOn(LocalDate.of(2026, 11, 23))).isEqualTo(61);
    assertThat(cpr).hasToString("010165-****"); // never the serial digits

    CodeList codes = CodeLists.get("dream-benefit-codes");
    Code code = codes.byId("111").orElseThrow();
    assertThat(code.name()).isEqualTo("Dagpenge, Ledighed");
    assertThat(code.attribute("group")).contains("UNEMPLOYMENT_BENEFIT");
    assertThat(codes.byName("dagpenge, ledighed")).contains(code); // case- and accent-insensitive
    assertThat(CodeLists.get("course-categories").statusOf("42", LocalDate.of(2021, 12, 6)))
        .isEqualTo(CodeStatus.RETIRED);
    // end::first-example[]
  }
}
