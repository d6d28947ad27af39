/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.rules.refusion.YumuReport;
import dk.dfdgrules.rules.refusion.YumuRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's YUMU report: the rules from Java and through Hibernate Validator. */
class YumuExampleTest {

  @Test
  void aYumuReportWithEveryFieldError() {
    ZoneId zone = ZoneId.of("Europe/Copenhagen");
    Clock webinar = Clock.fixed(LocalDate.of(2023, 6, 21).atStartOfDay(zone).toInstant(), zone);
    try (ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> webinar)
            .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      // tag::yumu[]
      YumuReport report =
          YumuReport.of(
              "112233-4444",
              "15-12",
              "2022",
              "15-01",
              "2023",
              "Kontanthjælp",
              "1.234",
              List.of("Kontanthjælp", "Sygedagpenge"));
      Answer<Verdict> answer =
          YumuRules.validate(report, EvaluationContext.on(LocalDate.of(2023, 6, 21)));
      assertThat(answer.errors()) // every field error at once
          .extracting(v -> v.ruleId().value() + " " + v.path())
          .containsExactly("YUMU-1 cpr", "YUMU-7 amount");
      Set<ConstraintViolation<YumuReport>> violations = validator.validate(report);
      // end::yumu[]
      assertThat(violations)
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactlyInAnyOrder("cpr", "amount");
    }
  }
}
