/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.json.AnswerJson;
import dk.dfdgrules.json.DfdgJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Prints an area's answer — its decision, when it has one, and its rules' results — as text for a
 * caseworker, or as JSON with rendered messages.
 */
final class ResultPrinter {

  private static final ObjectMapper JSON = DfdgJson.mapper();

  private ResultPrinter() {}

  static void text(PrintWriter out, String area, LocalDate at, Answer<?> result, Locale locale) {
    Function<String, String> label = key -> CliMessages.text(key, locale);
    out.println(label.apply("cli.area") + ": " + area);
    out.println(label.apply("cli.evaluationDate") + ": " + at);
    out.println(label.apply("cli.outcome") + ": " + label.apply("cli.outcome." + result.outcome()));
    Decision decision = result.decision();
    out.println(
        "%s: %s%s%s"
            .formatted(
                label.apply("cli.decision"),
                decision.kind().name(),
                decision
                    .decidedBy()
                    .map(r -> " (" + label.apply("cli.decidedBy") + " " + r + ")")
                    .orElse(""),
                decision.reason().map(m -> ": " + Messages.format(m, locale)).orElse("")));
    if (result.violations().isEmpty()) {
      out.println("  " + label.apply("cli.noViolations"));
    }
    for (Violation v : result.violations()) {
      out.println(
          "  %s [%s]%s: %s"
              .formatted(
                  v.ruleId(),
                  label.apply("cli.severity." + v.severity()),
                  v.path().isEmpty() ? "" : " " + v.path(),
                  v.text(locale)));
      String quote = v.citation().quote();
      out.println(
          "      %s: %s%s"
              .formatted(
                  label.apply("cli.source"),
                  v.citation().reference(),
                  quote.isEmpty() ? "" : " — \"" + quote + "\""));
    }
    if (!result.missingFacts().isEmpty()) {
      out.println(label.apply("cli.missing") + ": " + String.join(", ", result.missingFacts()));
    }
    if (!result.derivedValues().isEmpty()) {
      out.println(label.apply("cli.derived") + ":");
      for (DerivedValue<?> d : result.derivedValues()) {
        out.println(
            "  %s: %s → %s (%s) %s"
                .formatted(
                    d.path(),
                    d.previousText().orElse("–"),
                    d.text().orElse("–"),
                    d.decidedBy(),
                    Messages.format(d.reason(), locale)));
      }
    }
    out.println(label.apply("cli.rules") + ":");
    for (RuleResult r : result.results()) {
      out.println(
          "  %s %s%s%s%s"
              .formatted(
                  r.ruleId(),
                  label.apply("cli.outcome." + r.outcome()),
                  r.warnings().isEmpty() ? "" : " " + label.apply("cli.withWarnings"),
                  r.version()
                      .map(
                          v ->
                              " (%s %s, %s)"
                                  .formatted(
                                      label.apply("cli.version"),
                                      v.label(),
                                      v.citation().reference()))
                      .orElse(""),
                  r.explanation().map(e -> ": " + Messages.format(e, locale)).orElse("")));
    }
    out.flush();
  }

  static void json(PrintWriter out, String area, LocalDate at, Answer<?> result, Locale locale) {
    try {
      out.println(
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(AnswerJson.tree(JSON, area, at, result, locale)));
      out.flush();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
