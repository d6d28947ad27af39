/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The value types that are records check in their constructor what their factories check, so that
 * {@code new} cannot make a value that {@code parse} or {@code of} would refuse.
 */
class ValueRecordsTest {

  @Test
  void theConstructorsAreTheFactoriesWithoutTheirLeniency() {
    assertThat(new CvrNumber("29403473")).isEqualTo(CvrNumber.parse(" 29403473 "));
    assertThat(new PNumber("1234567890")).isEqualTo(PNumber.parse(" 1234567890 "));
    assertThat(new PhoneNumber("12345678")).isEqualTo(PhoneNumber.parse("+45 12 34 56 78"));
    assertThat(new IsoWeek(2020, 53)).isEqualTo(IsoWeek.parse("2020-W53"));
    assertThat(new YearQuarter(2014, 1)).isEqualTo(YearQuarter.parse("2014-Q1"));
    assertThat(new Money(new BigDecimal("1.5"))).isEqualTo(Money.parse("1,50"));
    assertThat(new Money(new BigDecimal("1.5")).amount()).isEqualByComparingTo("1.50");
    assertThat(new Money(new BigDecimal("1.5")).amount().scale()).isEqualTo(2);
  }

  @Test
  void theConstructorsRefuseWhatTheFactoriesRefuse() {
    assertThatThrownBy(() -> new CvrNumber("29403474"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("modulus-11");
    assertThatThrownBy(() -> new CvrNumber(" 29403473 "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PNumber("123456789")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhoneNumber("+4512345678"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IsoWeek(2019, 53))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("week must be 1-52 in 2019, was 53");
    assertThatThrownBy(() -> new YearQuarter(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be 1-9999, was 0");
    assertThatThrownBy(() -> new Money(new BigDecimal("0.001")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTextFormsStayAsTheyWere() {
    assertThat(CvrNumber.parse("29403473")).hasToString("29403473");
    assertThat(PNumber.parse("1234567890")).hasToString("1234567890");
    assertThat(PhoneNumber.parse("0045 1234 5678")).hasToString("+45 12345678");
    assertThat(IsoWeek.of(2019, 38)).hasToString("2019-W38");
    assertThat(YearQuarter.of(2014, 1)).hasToString("2014-Q1");
    assertThat(Money.ofOere(174096)).hasToString("1740.96");
    assertThatThrownBy(() -> IsoWeek.parse("2019-38"))
        .hasMessage("week must be like 2019-W38, was '****-**'"); // six digits: masked
    assertThatThrownBy(() -> IsoWeek.parse("19-38"))
        .hasMessage("week must be like 2019-W38, was '19-38'");
    assertThatThrownBy(() -> YearQuarter.parse("2014Q1"))
        .hasMessage("quarter must be like 2014-Q1, was '2014Q1'");
    assertThatThrownBy(() -> YearQuarter.parse("010190-1234"))
        .hasMessage("quarter must be like 2014-Q1, was '******-****'");
  }
}
