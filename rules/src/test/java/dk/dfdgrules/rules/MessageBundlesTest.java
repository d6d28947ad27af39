package dk.dfdgrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.json.DfdgJson;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle of the rules module has the same keys in Danish and English, none blank,
 * and every message a rule produces — on the areas' bundled examples and on every case file — has
 * a Danish and an English text with every placeholder filled in.
 */
class MessageBundlesTest {

  private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_.]*}");
  private static final ObjectMapper JSON = DfdgJson.mapper();

  static Stream<String> rulesBundles() {
    return Messages.baseNames().stream().filter(b -> b.startsWith("dk.dfdgrules.rules."));
  }

  @Test
  void everyAreaRegistersABundle() {
    assertThat(rulesBundles()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("rulesBundles")
  void danishAndEnglishHaveTheSameKeys(String baseName) {
    assertThat(Messages.ownKeys(baseName, Messages.ENGLISH))
        .as("keys of %s in English vs Danish", baseName)
        .containsExactlyElementsOf(Messages.ownKeys(baseName, Messages.DANISH));
  }

  @ParameterizedTest
  @MethodSource("rulesBundles")
  void noTextIsBlank(String baseName) throws IOException {
    for (String suffix : List.of("", "_en")) {
      String resource = baseName.replace('.', '/') + suffix + ".properties";
      Properties p = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key : p.stringPropertyNames()) {
        assertThat(p.getProperty(key)).as("%s in %s", key, resource).isNotBlank();
      }
    }
  }

  static Stream<RuleArea<?>> areasWithExamples() {
    return RuleAreas.all().stream().filter(a -> a.exampleResource().isPresent());
  }

  @ParameterizedTest
  @MethodSource("areasWithExamples")
  void everyMessageOfABundledExampleHasBothTexts(RuleArea<?> area) throws IOException {
    for (LocalDate at : List.of(LocalDate.of(2021, 12, 5), LocalDate.of(2022, 3, 10))) {
      assertRendered(evaluateExample(area, EvaluationContext.on(at)), area.name() + " at " + at);
    }
  }

  private static <F> CombinedResult evaluateExample(RuleArea<F> area, EvaluationContext ctx)
      throws IOException {
    String resource = area.exampleResource().orElseThrow();
    try (InputStream in = area.getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return area.evaluate(JSON.readValue(in, area.factsType()), ctx);
    }
  }

  @Test
  void everyMessageOfEveryCaseFileHasBothTexts() throws IOException {
    Path root = Path.of("src", "test", "resources", "cases");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path f : files) {
      CaseFile cf;
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        cf = CaseFiles.read(r, f.toString());
      }
      for (CaseVerdict v : CaseRunner.run(cf)) {
        v.actual().ifPresent(r -> assertRendered(r, f + ": " + v.name()));
      }
    }
  }

  static void assertRendered(CombinedResult result, String where) {
    List<Message> messages = new ArrayList<>();
    for (RuleResult r : result.results()) {
      r.explanation().ifPresent(messages::add);
      r.violations().forEach(v -> messages.add(v.message()));
      r.derivedValues().forEach(d -> messages.add(d.reason()));
    }
    for (Message m : messages) {
      for (Locale l : List.of(Messages.DANISH, Messages.ENGLISH)) {
        assertThat(Messages.text(m.key(), l)).as("%s: text of %s in %s", where, m.key(), l).isPresent();
        assertThat(Messages.format(m, l))
            .as("%s: %s in %s has an unfilled placeholder", where, m.key(), l)
            .doesNotContainPattern(UNFILLED);
      }
    }
  }
}
