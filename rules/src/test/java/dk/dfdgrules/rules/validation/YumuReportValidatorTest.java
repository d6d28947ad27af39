/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.rules.refusion.YumuReport;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;

/**
 * {@code @ValidYumuReport} through a real Hibernate Validator: a municipal web form validates a
 * YUMU report and gets every field error, on its field, in Danish (or English).
 */
class YumuReportValidatorTest {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  static ValidatorFactory factory(LocalDate day, Locale locale) {
    Clock clock = Clock.fixed(day.atStartOfDay(COPENHAGEN).toInstant(), COPENHAGEN);
    ClockProvider provider = () -> clock;
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .clockProvider(provider)
        .defaultLocale(locale)
        .buildValidatorFactory();
  }

  static List<ConstraintViolation<YumuReport>> validate(
      YumuReport r, LocalDate day, Locale locale) {
    try (ValidatorFactory f = factory(day, locale)) {
      return f.getValidator().validate(r).stream()
          .sorted(Comparator.comparing(v -> payload(v).ruleId().value() + v.getPropertyPath()))
          .toList();
    }
  }

  static Violation payload(ConstraintViolation<?> v) {
    HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
    return h.getDynamicPayload(Violation.class);
  }

  static final YumuReport BAD =
      YumuReport.of("112233-4444", "1-1", "2019", "15-01", "2023", "Andet", "1.234", List.of("X"));

  @Test
  void yumu_everyFieldErrorOnItsFieldWithTheSourcesDanishMessage() {
    List<ConstraintViolation<YumuReport>> vs =
        validate(BAD, LocalDate.of(2023, 6, 21), Locale.forLanguageTag("da-DK"));
    assertThat(vs)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("cpr", "periodStart", "startYear", "benefit", "amount");
    assertThat(vs.get(0).getMessage())
        .isEqualTo("YUMU-1: CPR feltet skal udfyldes uden bindestreg og består af 10 tal.");
    assertThat(vs.get(2).getMessage())
        .isEqualTo("YUMU-3: Der skal vælges et gyldigt årstal fra årstalslisten.");
    assertThat(vs.get(3).getMessage())
        .isEqualTo("YUMU-6: Der skal vælges en gyldig ydelse fra ydelseslisten.");
    assertThat(vs.get(4).getMessage()).startsWith("YUMU-7: Beløb feltet skal udfyldes");
    assertThat(vs).allSatisfy(v -> assertThat(v.getMessage()).doesNotContainPattern("\\d{10}"));
  }

  @Test
  void yumu_inEnglish() {
    List<ConstraintViolation<YumuReport>> vs =
        validate(BAD, LocalDate.of(2023, 6, 21), Locale.ENGLISH);
    assertThat(vs.get(0).getMessage())
        .isEqualTo(
            "YUMU-1: The CPR field must be filled in without a hyphen and consists of 10 digits.");
  }

  @Test
  void yumu3_theValidatorsClockGivesTheYearList() {
    YumuReport r =
        YumuReport.of("1122334444", "01-01", "2020", "02-02", "2020", "X", "120", List.of("X"));
    assertThat(validate(r, LocalDate.of(2023, 12, 31), Locale.ENGLISH)).isEmpty();
    assertThat(validate(r, LocalDate.of(2024, 1, 1), Locale.ENGLISH))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("endYear", "startYear");
  }

  @Test
  void yumu8_aWarningAndAnUndeterminedRuleAreNoViolation() {
    YumuReport r =
        new YumuReport(
            java.util.Optional.of("1122334444"),
            java.util.Optional.of("01-01"),
            java.util.Optional.of("2022"),
            java.util.Optional.of("02-02"),
            java.util.Optional.of("2022"),
            java.util.Optional.of("X"),
            java.util.Optional.of("120"),
            java.util.Optional.empty(),
            java.util.Optional.of(LocalDate.of(2023, 3, 7)),
            java.util.Optional.empty(),
            java.util.Optional.empty());
    assertThat(validate(r, LocalDate.of(2024, 1, 10), Locale.ENGLISH)).isEmpty();
    assertThat(validate(r, LocalDate.of(2024, 2, 1), Locale.ENGLISH))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("created");
  }
}
