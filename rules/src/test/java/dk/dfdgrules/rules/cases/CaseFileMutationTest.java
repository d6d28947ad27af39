/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case files catch a rule that answers wrongly, and every area runs each rule once. For every
 * rule of every area, two mutants — a copy of the area in which that one rule's answer is changed
 * ({@link RuleArea#withRule}) — must make at least one case of the area's files fail:
 *
 * <ul>
 *   <li><b>says too much</b>: the rule derives one value more than it does (what a "stays open"
 *       case with {@code derived: []} would not notice in a loose reading);
 *   <li><b>says nothing</b>: the rule still applies but drops its violations, missing facts and
 *       derived values — caught wherever the rule has any of them in some case.
 * </ul>
 */
class CaseFileMutationTest {

  static final Path CASES = Path.of("src", "test", "resources", "cases");

  private static final DerivedKey<String> MUTANT = DerivedKey.of("mutant", String.class);

  static Stream<RuleArea<?, ?>> areas() {
    return RuleAreas.library().stream();
  }

  static List<CaseFile> caseFiles(RuleArea<?, ?> area) throws IOException {
    List<CaseFile> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(CASES.resolve(area.name()))) {
      for (Path p : list.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          files.add(CaseFiles.read(r, p.toString()));
        }
      }
    }
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void aRuleThatDerivesOneValueTooManyIsCaught(RuleArea<?, ?> area) throws IOException {
    List<CaseFile> files = caseFiles(area);
    assertThat(failures(files, area)).as("the unmutated %s", area.name()).isZero();
    for (Rule<?> rule : area.rules()) {
      assertThat(failures(files, mutate(area, rule, CaseFileMutationTest::plusOneValue)))
          .as("%s deriving one value too many", rule.id())
          .isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void aRuleThatSaysNothingIsCaughtWhereverItSaysSomething(RuleArea<?, ?> area) throws IOException {
    List<CaseFile> files = caseFiles(area);
    for (Rule<?> rule : area.rules()) {
      if (!saysSomethingInACase(files, area, rule)) {
        continue; // a permission that never reports anything (e.g. SN-3): silence is its answer
      }
      assertThat(failures(files, mutate(area, rule, CaseFileMutationTest::silent)))
          .as("%s saying nothing", rule.id())
          .isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void everyRuleRunsOncePerEvaluation(RuleArea<?, ?> area) throws IOException {
    Map<String, Integer> runs = new HashMap<>();
    RuleArea<?, ?> counted = area;
    for (Rule<?> rule : area.rules()) {
      counted = counting(counted, rule, runs);
    }
    for (CaseFile file : caseFiles(area)) {
      for (RuleCase c : file.cases()) {
        runs.clear();
        List<CaseVerdict> v =
            CaseRunner.run(new CaseFile(file.source(), file.area(), List.of(c)), counted);
        Optional<Answer<?>> answer = v.get(0).actual();
        assertThat(answer).as(c.name()).isPresent();
        for (RuleResult r : answer.get().results()) {
          assertThat(runs.get(r.ruleId().value()))
              .as("%s in '%s'", r.ruleId(), c.name())
              .isEqualTo(1);
        }
        assertThat(runs.values()).as(c.name()).allMatch(n -> n == 1);
      }
    }
  }

  private static boolean saysSomethingInACase(
      List<CaseFile> files, RuleArea<?, ?> area, Rule<?> rule) {
    for (CaseFile f : files) {
      for (CaseVerdict v : CaseRunner.run(f, area)) {
        Optional<RuleResult> r = v.actual().flatMap(a -> a.result(rule.id()));
        if (r.isPresent()
            && (!r.get().violations().isEmpty()
                || !r.get().missingFacts().isEmpty()
                || !r.get().derivedValues().isEmpty())) {
          return true;
        }
      }
    }
    return false;
  }

  private static long failures(List<CaseFile> files, RuleArea<?, ?> area) {
    return files.stream()
        .flatMap(f -> CaseRunner.run(f, area).stream())
        .filter(v -> !v.passed())
        .count();
  }

  private static RuleResult plusOneValue(RuleResult r) {
    if (r.version().isEmpty()) {
      return r;
    }
    List<DerivedValue<?>> derived = new ArrayList<>(r.derivedValues());
    derived.add(
        DerivedValue.of(
            MUTANT, "mutant", r.ruleId(), Message.of("rule.switchedOff", "rule", r.ruleId())));
    return new RuleResult(
        r.ruleId(),
        r.outcome(),
        r.version(),
        r.violations(),
        r.missingFacts(),
        derived,
        r.explanation());
  }

  private static RuleResult silent(RuleResult r) {
    return r.version().isEmpty() ? r : RuleResult.satisfied(r.version().get());
  }

  private static <F, D extends dk.dfdgrules.core.rule.Decision> RuleArea<F, D> mutate(
      RuleArea<F, D> area, Rule<?> target, UnaryOperator<RuleResult> change) {
    @SuppressWarnings("unchecked")
    Rule<? super F> rule = (Rule<? super F>) target;
    return area.withRule(new Wrapped<>(rule, change, null, null));
  }

  private static <F, D extends dk.dfdgrules.core.rule.Decision> RuleArea<F, D> counting(
      RuleArea<F, D> area, Rule<?> target, Map<String, Integer> runs) {
    @SuppressWarnings("unchecked")
    Rule<? super F> rule = (Rule<? super F>) target;
    return area.withRule(new Wrapped<>(rule, UnaryOperator.identity(), runs, target.id().value()));
  }

  /** A rule that answers as another, changed by a function, and counts its evaluations. */
  private record Wrapped<F>(
      Rule<F> rule,
      UnaryOperator<RuleResult> change,
      @org.jspecify.annotations.Nullable Map<String, Integer> runs,
      @org.jspecify.annotations.Nullable String name)
      implements Rule<F> {
    @Override
    public dk.dfdgrules.core.rule.RuleId id() {
      return rule.id();
    }

    @Override
    public List<RuleVersion> versions() {
      return rule.versions();
    }

    @Override
    public Optional<RuleVersion> versionIn(EvaluationContext context) {
      return rule.versionIn(context);
    }

    @Override
    public RuleResult evaluate(F facts, EvaluationContext context) {
      if (runs != null && name != null) {
        runs.merge(name, 1, Integer::sum);
      }
      return change.apply(rule.evaluate(facts, context));
    }
  }
}
