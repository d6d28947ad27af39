package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.json.DfdgJson;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.rules.RuleArea;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The areas support-needs, education-letter, udb-message, education-contacts and udb-subscription:
 * registered, their bundled example evaluates, every rule id has a case file, and every message
 * their results carry has a Danish and an English text.
 */
class RulesAAreasTest {

  private static final ObjectMapper JSON = DfdgJson.mapper();

  @ParameterizedTest
  @ValueSource(strings = {"support-needs", "education-letter", "udb-message", "education-contacts", "udb-subscription"})
  void theBundledExampleEvaluates(String name) throws IOException {
    RuleArea<?> area = RuleAreas.get(name);
    assertThat(area.exampleResource()).isPresent();
    CombinedResult r = evaluateExample(area, LocalDate.of(2026, 5, 1));
    assertThat(r.results()).isNotEmpty();
    assertThat(r.results()).anyMatch(x -> x.version().isPresent());
  }

  private static <F> CombinedResult evaluateExample(RuleArea<F> area, LocalDate date) throws IOException {
    try (InputStream in = area.getClass().getClassLoader().getResourceAsStream(area.exampleResource().orElseThrow())) {
      assertThat(in).as(area.exampleResource().orElseThrow()).isNotNull();
      F facts = JSON.readValue(in, area.factsType());
      return area.evaluate(facts, EvaluationContext.on(date));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"support-needs", "education-letter", "udb-message", "education-contacts", "udb-subscription"})
  void everyRuleIdHasACaseFile(String name) {
    RuleArea<?> area = RuleAreas.get(name);
    for (RuleId id : area.ruleIds()) {
      Path file = Path.of("src/test/resources/cases", name, id.withoutItem() + ".yaml");
      assertThat(file).as(id.toString()).exists();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"support-needs", "education-letter", "udb-message", "education-contacts", "udb-subscription"})
  void everyMessageOfEveryCaseHasBothTexts(String name) throws IOException {
    List<Message> messages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/cases", name))) {
      for (Path f : files.toList()) {
        try (Reader reader = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (CaseVerdict v : CaseRunner.run(CaseFiles.read(reader, f.toString()))) {
            CombinedResult r = v.actual().orElseThrow();
            for (RuleResult rr : r.results()) {
              rr.explanation().ifPresent(messages::add);
              rr.violations().stream().map(Violation::message).forEach(messages::add);
              rr.derivedValues().stream().map(DerivedValue::reason).forEach(messages::add);
            }
          }
        }
      }
    }
    Set<String> missing = new TreeSet<>();
    for (Message m : messages) {
      if (Messages.text(m.key(), Messages.DANISH).isEmpty() || Messages.text(m.key(), Messages.ENGLISH).isEmpty()) {
        missing.add(m.key());
      }
      // every placeholder is filled
      assertThat(Messages.english(m)).as(m.key()).doesNotContainPattern("\\{[A-Za-z]+}");
      assertThat(Messages.danish(m)).as(m.key()).doesNotContainPattern("\\{[A-Za-z]+}");
    }
    assertThat(missing).isEmpty();
    assertThat(messages).isNotEmpty();
  }
}
