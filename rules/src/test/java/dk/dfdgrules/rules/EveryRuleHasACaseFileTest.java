package dk.dfdgrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule id an area evaluates has its case file {@code cases/<area>/<rule id>.yaml}, for that
 * area, and the area bundles an example.
 */
class EveryRuleHasACaseFileTest {

  static final Path ROOT = Path.of("src", "test", "resources", "cases");

  static Stream<RuleArea<?>> areas() {
    return RuleAreas.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void everyRuleIdHasACaseFile(RuleArea<?> area) throws IOException {
    assertThat(area.ruleIds()).as(area.name()).isNotEmpty();
    for (RuleId id : area.ruleIds()) {
      // a rule item (EC-4.1) is covered by its rule's case file (EC-4.yaml)
      Path file = ROOT.resolve(area.name()).resolve(id.withoutItem() + ".yaml");
      assertThat(file).as("case file of %s in area %s", id, area.name()).isRegularFile();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(file.toString())
          .startsWith("area: " + area.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void everyAreaBundlesAnExample(RuleArea<?> area) {
    String resource = area.exampleResource().orElseThrow(() -> new AssertionError(area.name() + " bundles no example"));
    assertThat(area.getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
  }
}
