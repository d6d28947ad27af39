/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Generators of the values of the rule framework ({@code core.rule}): rule ids, citations,
 * versions, messages, violations, derived values, results, combined results and evaluation contexts
 * — for tests of code that <em>handles</em> results (rendering, JSON, the command line), not of the
 * rules themselves.
 *
 * <p>Messages use the framework's own keys ({@code rule.notInForce}, {@code rule.switchedOff},
 * {@code rule.undetermined}), so every generated text exists in Danish and English. Results are
 * consistent: a violated result has an error, an undetermined one names missing facts, a result not
 * in force has no version.
 */
public final class RuleValueGens {

  private static final List<String> AREAS =
      List.of(
          "CP", "PG", "DUP", "ABS", "SN", "LET", "UDB", "EC", "SUB", "MEN", "HC", "CV", "AK", "RET",
          "DRM", "VIS", "ACT", "WIN", "SUP", "YUMU", "LIS", "REF");

  private static final List<String> PATHS =
      List.of(
          "", "supportNeeds", "step", "contactPersons[0].end", "subscription.close", "codes[3]");

  private RuleValueGens() {}

  /**
   * Rule ids of every area of the spec, {@code AREA-n} or {@code AREA-n.m}.
   *
   * @return the generator
   */
  public static Gen<RuleId> ruleIds() {
    return Gens.zip(
        Gens.elements(AREAS),
        Gens.integers(1, 12),
        Gens.frequency(Gens.weighted(3, Gens.constant(0)), Gens.weighted(1, Gens.integers(1, 4))),
        (area, n, item) -> RuleId.of(area + "-" + n + (item == 0 ? "" : "." + item)));
  }

  /**
   * Citations of the source documents.
   *
   * @return the generator
   */
  public static Gen<SourceCitation> citations() {
    return source ->
        new SourceCitation(
            source.draw(
                Gens.elements(
                    "DFDG-RN-2021-12-06",
                    "FLIS-DFDG",
                    "FLIS-DREAM",
                    "YR-webinar-2023-06-21",
                    "DFDG-byggeblokke")),
            source.draw(Gens.elements("", "§1.1", "§3.2", "§3.4", "§6.1.10")),
            source.draw(Gens.elements("", "Dette er rettet", "Ingen ændringer")),
            source.coin(0.2) ? Optional.of("https://star.dk/") : Optional.empty());
  }

  /**
   * Versions of a rule: since a date, before a date, between two, always, or announced.
   *
   * @param ruleId the rule
   * @return the generator
   */
  public static Gen<RuleVersion> versions(RuleId ruleId) {
    return source -> {
      SourceCitation c = source.draw(citations());
      LocalDate d = source.draw(DfdgGenerators.dates());
      return switch (source.index(5)) {
        case 0 -> RuleVersion.since(ruleId, d, c);
        case 1 -> RuleVersion.before(ruleId, d, c);
        case 2 -> RuleVersion.between(ruleId, d, d.plusDays(1 + source.intBetween(0, 1000)), c);
        case 3 -> RuleVersion.always(ruleId, c);
        default ->
            RuleVersion.announced(ruleId, source.draw(Gens.elements("announced", "patched")), c);
      };
    };
  }

  /**
   * Messages with the framework's own keys and their arguments.
   *
   * @return the generator
   */
  public static Gen<Message> messages() {
    return source -> {
      RuleId rule = source.draw(ruleIds());
      return switch (source.index(3)) {
        case 0 ->
            Message.of(
                "rule.notInForce", "rule", rule, "date", source.draw(DfdgGenerators.dates()));
        case 1 -> Message.of("rule.switchedOff", "rule", rule);
        default -> Message.of("rule.undetermined", "rule", rule, "missing", List.of("birthDate"));
      };
    };
  }

  /**
   * Results of a generated rule: satisfied (perhaps with warnings and derived values), violated
   * (one to three errors), undetermined (one or two missing facts), or not in force.
   *
   * @return the generator
   */
  public static Gen<RuleResult> ruleResults() {
    return source -> {
      RuleId id = source.draw(ruleIds());
      int kind = source.index(4);
      if (kind == 3) {
        return source.coin(0.5)
            ? RuleResult.notInForce(id, source.draw(DfdgGenerators.dates()))
            : RuleResult.switchedOff(id);
      }
      RuleVersion version = source.draw(versions(id));
      RuleResult.Builder b = RuleResult.builder(version);
      if (kind == 1) {
        int errors = source.intBetween(1, 3);
        for (int i = 0; i < errors; i++) {
          b.violation(
              Violation.error(version, source.draw(Gens.elements(PATHS)), source.draw(messages())));
        }
      }
      if (source.coin(0.3)) {
        b.violation(
            Violation.warning(version, source.draw(Gens.elements(PATHS)), source.draw(messages())));
      }
      if (kind == 2) {
        b.missing(source.draw(Gens.elements("birthDate", "contactGroup", "step", "moveDate")));
        if (source.coin(0.3)) {
          b.missing("evaluationDate");
        }
      }
      if (source.coin(0.3)) {
        b.derived(source.draw(derivedValues(id)));
      }
      if (source.coin(0.5)) {
        b.explanation(source.draw(messages()));
      }
      return b.build();
    };
  }

  /**
   * Versions of generated rules.
   *
   * @return the generator
   */
  public static Gen<RuleVersion> versions() {
    return ruleIds().flatMap(RuleValueGens::versions);
  }

  /**
   * Derived values of generated rules.
   *
   * @return the generator
   */
  public static Gen<DerivedValue<?>> derivedValues() {
    return ruleIds().flatMap(RuleValueGens::derivedValues);
  }

  /**
   * Derived values of a rule: a changed, kept or removed date.
   *
   * @param decidedBy the deciding rule
   * @return the generator
   */
  public static Gen<DerivedValue<?>> derivedValues(RuleId decidedBy) {
    return source -> {
      LocalDate before = source.draw(DfdgGenerators.dates());
      LocalDate after = before.minusDays(source.intBetween(0, 400));
      DerivedKey<LocalDate> key =
          DerivedKey.of(
              source.draw(
                  Gens.elements("contactPersons[0].end", "subscription.closedOn", "deletion")),
              LocalDate.class);
      return switch (source.index(3)) {
        case 0 -> DerivedValue.of(key, after, decidedBy, source.draw(messages()));
        case 1 -> DerivedValue.changed(key, before, after, decidedBy, source.draw(messages()));
        default -> DerivedValue.changed(key, before, null, decidedBy, source.draw(messages()));
      };
    };
  }

  /**
   * The joined results of 0 to 5 rule results.
   *
   * @return the generator
   */
  public static Gen<RuleResults> joinedResults() {
    return ruleResults().list(0, 5).map(RuleResults::of);
  }

  /**
   * Evaluation contexts: an evaluation date from {@link DfdgGenerators#dates()} (in-force
   * boundaries among the edge cases), sometimes announced versions enabled and rules switched off.
   *
   * @return the generator
   */
  public static Gen<EvaluationContext> evaluationContexts() {
    return source -> {
      EvaluationContext c = EvaluationContext.on(source.draw(DfdgGenerators.dates()));
      while (source.coin(0.2)) {
        c =
            c.enable(
                source.draw(Gens.elements("SUB-6", "LET-5:patched", "CV-6")),
                source.draw(DfdgGenerators.dates()));
      }
      while (source.coin(0.2)) {
        c = c.switchOff(source.draw(ruleIds()));
      }
      return c;
    };
  }

  /**
   * Violations, errors or warnings, of generated rules.
   *
   * @return the generator
   */
  public static Gen<Violation> violations() {
    return (Source source) -> {
      RuleId id = source.draw(ruleIds());
      RuleVersion v = source.draw(versions(id));
      return source.coin(0.5)
          ? Violation.error(v, source.draw(Gens.elements(PATHS)), source.draw(messages()))
          : Violation.warning(v, source.draw(Gens.elements(PATHS)), source.draw(messages()));
    };
  }
}
