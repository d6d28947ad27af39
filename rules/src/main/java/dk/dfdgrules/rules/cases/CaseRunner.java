/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates case files against their {@link RuleArea} and compares the results with the
 * expectations. A case whose facts cannot be read, or whose area is unknown, fails with a message;
 * it never stops the other cases.
 */
public final class CaseRunner {

  private static final ObjectMapper JSON = DfdgJson.mapper();

  private CaseRunner() {}

  /**
   * Runs every case of a file.
   *
   * @param file the cases
   * @return one verdict per case, in order
   */
  public static List<CaseVerdict> run(CaseFile file) {
    return run(file, RuleAreas.find(file.area()));
  }

  /**
   * Runs every case of a file against a given area (e.g. a copy with one rule replaced, {@link
   * RuleArea#withRule}), whatever area the file names.
   *
   * @param file the cases
   * @param area the area to evaluate them with
   * @return one verdict per case, in order
   */
  public static List<CaseVerdict> run(CaseFile file, RuleArea<?, ?> area) {
    return run(file, Optional.of(area));
  }

  private static List<CaseVerdict> run(CaseFile file, Optional<RuleArea<?, ?>> area) {
    List<CaseVerdict> verdicts = new ArrayList<>();
    for (RuleCase c : file.cases()) {
      if (area.isEmpty()) {
        verdicts.add(
            new CaseVerdict(
                file.source(),
                c.name(),
                List.of(
                    "no rule area '"
                        + file.area()
                        + "'; known: "
                        + RuleAreas.all().stream().map(RuleArea::name).toList()),
                Optional.empty()));
      } else {
        verdicts.add(run(file.source(), area.get(), c));
      }
    }
    for (CaseFile.BrokenCase b : file.broken()) {
      verdicts.add(
          new CaseVerdict(
              file.source(),
              b.name(),
              List.of("case " + b.position() + " is not a case: " + b.problem()),
              Optional.empty()));
    }
    return verdicts;
  }

  private static <F> CaseVerdict run(String source, RuleArea<F, ?> area, RuleCase c) {
    List<String> wrongContext = checkContext(area, c);
    if (!wrongContext.isEmpty()) {
      return new CaseVerdict(source, c.name(), wrongContext, Optional.empty());
    }
    F facts;
    try {
      facts = JSON.treeToValue(c.facts(), area.factsType());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why =
          e instanceof JsonProcessingException j
              ? CaseFiles.describeField(j)
              : CaseFiles.mask(String.valueOf(e.getMessage()));
      return new CaseVerdict(source, c.name(), List.of("facts: " + why), Optional.empty());
    }
    Answer<?> answer = area.evaluate(facts, c.context());
    return new CaseVerdict(source, c.name(), compare(c.expect(), answer), Optional.of(answer));
  }

  /**
   * What is wrong with a case's {@code enable} and {@code switchOff} for an area: a key that is no
   * announced version of it, or a rule it does not have — a misspelt key would otherwise enable or
   * switch off nothing, without a word.
   */
  private static List<String> checkContext(RuleArea<?, ?> area, RuleCase c) {
    List<String> wrong = new ArrayList<>();
    Set<String> known = area.announcedKeys();
    for (String key : new TreeSet<>(c.enable().orElse(Map.of()).keySet())) {
      if (!known.contains(key)) {
        wrong.add(
            "enable: "
                + DfdgJson.mask("'" + key + "'")
                + " is no announced rule version of "
                + area.name()
                + (known.isEmpty()
                    ? "; the area announces none"
                    : "; known keys: " + String.join(", ", known)));
      }
    }
    for (RuleId id : c.switchOff().orElse(List.of())) {
      if (!area.reaches(id)) {
        wrong.add(
            "switchOff: "
                + id
                + " is no rule of "
                + area.name()
                + "; its rules: "
                + area.ruleIds().stream().map(RuleId::value).collect(Collectors.joining(", ")));
      }
    }
    return wrong;
  }

  /**
   * Compares a result with an expectation, strictly: every given key is checked exactly. Each
   * mismatch is {@linkplain DfdgJson#mask masked} like every message about input: a group of six
   * digits or more (a CPR number in a fact or an expectation) is shown as asterisks, and a long
   * mismatch is cut.
   *
   * @param expect the expectation
   * @param actual the area's answer
   * @return what differed; empty if nothing
   */
  public static List<String> compare(Expectation expect, Answer<?> actual) {
    List<String> mismatches = new ArrayList<>();
    expect
        .outcome()
        .filter(o -> o != actual.outcome())
        .ifPresent(o -> mismatches.add("outcome: expected " + o + ", was " + actual.outcome()));
    compareDecision(expect, actual, mismatches);
    compareIds("violations", expect.violations(), actual, v -> true, mismatches);
    compareIds("errors", expect.errors(), actual, Violation::isError, mismatches);
    compareIds("warnings", expect.warnings(), actual, v -> !v.isError(), mismatches);
    expect
        .missing()
        .ifPresent(
            m -> {
              Set<String> want = new TreeSet<>(m);
              Set<String> got = new TreeSet<>(actual.missingFacts());
              if (!want.equals(got)) {
                mismatches.add("missing: expected " + want + ", was " + got);
              }
            });
    expect.derived().ifPresent(d -> compareDerived(d, actual.derivedValues(), mismatches));
    return mismatches.stream().map(DfdgJson::mask).toList();
  }

  private static void compareDecision(
      Expectation expect, Answer<?> actual, List<String> mismatches) {
    Decision d = actual.decision();
    expect
        .decision()
        .filter(k -> !k.equals(d.kind().name()))
        .ifPresent(k -> mismatches.add("decision: expected " + k + ", was " + d.kind().name()));
    expect
        .decidedBy()
        .filter(r -> !d.decidedBy().equals(Optional.of(r)))
        .ifPresent(
            r ->
                mismatches.add(
                    "decidedBy: expected "
                        + r
                        + ", was "
                        + d.decidedBy().map(RuleId::toString).orElse("no rule")));
  }

  /** Each expected value matches one derived value, and every derived value is expected. */
  private static void compareDerived(
      List<ExpectedDerivedValue> expected, List<DerivedValue<?>> actual, List<String> mismatches) {
    List<DerivedValue<?>> unmatched = new ArrayList<>(actual);
    for (ExpectedDerivedValue d : expected) {
      Optional<DerivedValue<?>> match = unmatched.stream().filter(a -> matches(d, a)).findFirst();
      if (match.isPresent()) {
        unmatched.remove(match.get());
      } else {
        mismatches.add(
            "derived: expected "
                + d.path()
                + d.value().map(v -> " = " + v).orElse("")
                + d.previous().map(v -> " (was " + v + ")").orElse("")
                + d.decidedBy().map(r -> " by " + r).orElse("")
                + ", derived were "
                + describe(actual));
      }
    }
    if (!unmatched.isEmpty()) {
      mismatches.add("derived: not expected " + describe(unmatched));
    }
  }

  private static List<String> describe(List<DerivedValue<?>> values) {
    return values.stream()
        .map(
            a ->
                a.path()
                    + " = "
                    + a.text().orElse("∅")
                    + a.previousText().map(p -> " (was " + p + ")").orElse("")
                    + " by "
                    + a.decidedBy())
        .toList();
  }

  private static boolean matches(ExpectedDerivedValue d, DerivedValue<?> a) {
    return a.path().equals(d.path())
        && d.value().map(v -> a.text().map(v::equals).orElse(false)).orElse(true)
        && d.previous().map(v -> a.previousText().map(v::equals).orElse(false)).orElse(true)
        && d.decidedBy().map(r -> r.equals(a.decidedBy())).orElse(true);
  }

  private static void compareIds(
      String what,
      Optional<List<RuleId>> expected,
      Answer<?> actual,
      Predicate<Violation> filter,
      List<String> mismatches) {
    expected.ifPresent(
        e -> {
          Set<RuleId> want = new TreeSet<>(e);
          Set<RuleId> got = new TreeSet<>();
          actual.violations().stream().filter(filter).map(Violation::ruleId).forEach(got::add);
          if (!want.equals(got)) {
            mismatches.add(what + ": expected " + want + ", was " + got);
          }
        });
  }
}
