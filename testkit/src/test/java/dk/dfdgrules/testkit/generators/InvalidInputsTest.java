/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.PropertyCheck;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every invalid…() generator yields only input its parser rejects. */
class InvalidInputsTest {

  private static void allRejected(Gen<String> gen, Consumer<String> parser) {
    PropertyCheck.forAll(gen)
        .tries(500)
        .check(
            s -> {
              try {
                parser.accept(s);
                return false;
              } catch (IllegalArgumentException | java.time.DateTimeException e) {
                return true;
              }
            });
  }

  @Test
  @DisplayName("invalid CVR and P numbers, phone numbers, e-mail addresses")
  void contactDetails() {
    allRejected(DfdgGenerators.invalidCvrStrings(), CvrNumber::parse);
    allRejected(DfdgGenerators.invalidPNumberStrings(), PNumber::parse);
    allRejected(DfdgGenerators.invalidPhoneStrings(), PhoneNumber::parse);
    allRejected(DfdgGenerators.invalidEmailStrings(), EmailAddress::parse);
  }

  @Test
  @DisplayName("invalid and ambiguous amounts; '1.234' is the first edge cases' kind")
  void money() {
    allRejected(DfdgGenerators.invalidMoneyStrings(), Money::parse);
    assertThat(DfdgGenerators.invalidMoneyStrings().edgeCases(30)).contains("1.234", "1,234");
  }

  @Test
  @DisplayName("invalid weeks, DREAM columns (y_1953) and periods")
  void time() {
    allRejected(DfdgGenerators.invalidIsoWeekStrings(), IsoWeek::parse);
    allRejected(DfdgGenerators.invalidDreamColumns(), IsoWeek::parseDreamColumn);
    allRejected(DfdgGenerators.invalidDatePeriodStrings(), DatePeriod::parse);
    PropertyCheck.forAll(DfdgGenerators.invalidDreamColumns())
        .tries(300)
        .cover(10, c -> c.endsWith("53"), "week 53 of a year without it")
        .check(c -> true);
  }
}
