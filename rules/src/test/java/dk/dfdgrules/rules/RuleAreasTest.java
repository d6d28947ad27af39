/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.cases.CaseFile;
import dk.dfdgrules.rules.cases.CaseFiles;
import dk.dfdgrules.rules.cases.CaseRunner;
import dk.dfdgrules.rules.cases.CaseVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every area {@link RuleAreas#all()} finds — whoever wrote it — meets the same bar: each rule id it
 * evaluates has its case file {@code cases/<area>/<RULE-ID>.yaml} (items such as EC-4.1 share their
 * rule's file), its message bundle is registered, it bundles an example that evaluates on both
 * sides of the release, and every message it produces — on the example and on its case files — has
 * a Danish and an English text with every placeholder filled in.
 *
 * <p>The case files themselves are run by {@link dk.dfdgrules.rules.cases.CaseFilesTest}; the
 * bundles' keys are compared by {@link MessageBundlesTest}.
 */
class RuleAreasTest {

  static final Path CASES = Path.of("src", "test", "resources", "cases");

  /** The day before the release and a day when every area's rules are in force. */
  static final List<LocalDate> EXAMPLE_DATES =
      List.of(LocalDate.of(2021, 12, 5), LocalDate.of(2022, 3, 10));

  private static final ObjectMapper JSON = DfdgJson.mapper();

  static Stream<RuleArea<?, ?>> areas() {
    return RuleAreas.all().stream();
  }

  @Test
  void theLibraryRegistersEachOfItsAreasOnce() {
    assertThat(RuleAreas.library()).hasSize(19).doesNotHaveDuplicates();
    assertThat(RuleAreas.library().stream().map(RuleArea::name)).doesNotHaveDuplicates();
    assertThat(RuleAreas.all()).containsAll(RuleAreas.library());
  }

  @Test
  void everyDirectoryOfCaseFilesIsAnArea() throws IOException {
    List<String> names = RuleAreas.all().stream().map(RuleArea::name).toList();
    assertThat(names).isNotEmpty().doesNotHaveDuplicates();
    try (Stream<Path> dirs = Files.list(CASES)) {
      assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(names.stream().sorted().toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void everyRuleIdHasItsCaseFile(RuleArea<?, ?> area) throws IOException {
    assertThat(area.ruleIds()).as(area.name()).isNotEmpty();
    for (RuleId id : area.ruleIds().stream().map(RuleId::withoutItem).distinct().toList()) {
      Path file = CASES.resolve(area.name()).resolve(id + ".yaml");
      assertThat(file).as("the case file of %s in area %s", id, area.name()).isRegularFile();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(file.toString())
          .startsWith("area: " + area.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void itsMessageBundleIsRegistered(RuleArea<?, ?> area) {
    // a package's bundle is its "messages", or bundles named by topic (FLIS: activation, …)
    String pkg = area.factsType().getPackageName();
    assertThat(Messages.baseNames())
        .anyMatch(
            b ->
                b.equals(pkg + ".messages")
                    || b.startsWith(pkg + ".") && b.lastIndexOf('.') == pkg.length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void itBundlesAnExampleThatEvaluatesWithEveryMessageInBothLanguages(RuleArea<?, ?> area)
      throws IOException {
    String resource =
        area.exampleResource()
            .orElseThrow(() -> new AssertionError(area.name() + " bundles no example"));
    for (LocalDate day : EXAMPLE_DATES) {
      Answer<?> r = evaluateExample(area, resource, EvaluationContext.on(day));
      assertThat(r.results()).as("%s on %s", area.name(), day).isNotEmpty();
      assertThat(r).as("%s on %s", area.name(), day).hasMessagesInDanishAndEnglish();
      r.decision()
          .reason()
          .ifPresent(m -> assertFilledInBothLanguages(m, area.name() + " on " + day));
    }
    Answer<?> inForce = evaluateExample(area, resource, EvaluationContext.on(EXAMPLE_DATES.get(1)));
    assertThat(inForce.results())
        .as("a rule of %s applies", area.name())
        .anyMatch(x -> x.version().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void itsExampleFactsRoundTripAndADiscoveringMapperReadsThemAlike(RuleArea<?, ?> area)
      throws IOException {
    String resource = area.exampleResource().orElseThrow();
    String example;
    try (InputStream in = area.getClass().getClassLoader().getResourceAsStream(resource)) {
      example = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Object facts = JSON.readValue(example, area.factsType());
    assertThat(JSON.readValue(JSON.writeValueAsString(facts), area.factsType()))
        .as(area.name())
        .isEqualTo(facts);
    ObjectMapper discovering = new ObjectMapper().findAndRegisterModules();
    Object read = discovering.readValue(example, area.factsType());
    assertThat(read).as(area.name()).isEqualTo(facts);
    assertThat(discovering.readValue(discovering.writeValueAsString(read), area.factsType()))
        .as(area.name())
        .isEqualTo(facts);
  }

  private static void assertFilledInBothLanguages(dk.dfdgrules.core.rule.Message m, String where) {
    for (String text : List.of(Messages.danish(m), Messages.english(m))) {
      assertThat(text)
          .as("the decision's reason %s of %s", m.key(), where)
          .isNotBlank()
          .doesNotContainPattern("\\{[A-Za-z]+}");
    }
  }

  private static <F> Answer<?> evaluateExample(
      RuleArea<F, ?> area, String resource, EvaluationContext ctx) throws IOException {
    try (InputStream in = area.getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return area.evaluate(JSON.readValue(in, area.factsType()), ctx);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void everyMessageOfItsCaseFilesHasADanishAndAnEnglishText(RuleArea<?, ?> area)
      throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CASES.resolve(area.name()))) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).as(area.name()).isNotEmpty();
    for (Path f : files) {
      CaseFile cases;
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        cases = CaseFiles.read(r, f.toString());
      }
      for (CaseVerdict v : CaseRunner.run(cases)) {
        v.actual()
            .ifPresent(
                r -> assertThat(r).as("%s: %s", f, v.name()).hasMessagesInDanishAndEnglish());
        v.actual()
            .flatMap(r -> r.decision().reason())
            .ifPresent(m -> assertFilledInBothLanguages(m, f + ": " + v.name()));
      }
    }
  }
}
