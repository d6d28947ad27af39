package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one runner of every case file under {@code src/test/resources/cases}: one dynamic test per
 * case, named by its sentence, failing with every mismatch between the expectation and the result.
 */
class CaseFilesTest {

  private static final Path CASES = Path.of("src/test/resources/cases");

  @TestFactory
  Stream<DynamicNode> everyCaseFile() throws IOException {
    List<Path> files = caseFiles();
    return files.stream().map(CaseFilesTest::container);
  }

  @Test
  void thereAreCaseFiles() throws IOException {
    assertThat(caseFiles()).isNotEmpty();
  }

  private static List<Path> caseFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(CASES)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
              || p.toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  private static DynamicNode container(Path file) {
    String source = CASES.relativize(file).toString();
    CaseFile cases;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      cases = CaseFiles.read(reader, source);
    } catch (IOException | RuntimeException e) {
      return DynamicTest.dynamicTest(
          source,
          () -> {
            throw new AssertionError("cannot read " + source + ": " + e.getMessage(), e);
          });
    }
    List<CaseVerdict> verdicts = CaseRunner.run(cases);
    return DynamicContainer.dynamicContainer(
        source,
        file.toUri(),
        verdicts.stream()
            .map(
                v ->
                    DynamicTest.dynamicTest(
                        v.name(),
                        () -> assertThat(v.mismatches()).as(source + ": " + v.name()).isEmpty())));
  }
}
