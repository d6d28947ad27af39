/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case file under {@code src/test/resources/cases/**}: one dynamic test per case,
 * grouped by file, failing with the mismatches between the expectation and the result.
 */
class CaseFilesTest {

  static final Path ROOT = Path.of("src", "test", "resources", "cases");

  @TestFactory
  Stream<DynamicNode> everyCaseFile() throws IOException {
    List<Path> files = caseFiles();
    assertThat(files).as("case files under " + ROOT.toAbsolutePath()).isNotEmpty();
    return files.stream().map(CaseFilesTest::container);
  }

  /**
   * The suite above cannot pass by running nothing: every area's folder holds cases, every case of
   * every file (counted in the text, one {@code " - "} entry each) gets a verdict, and no case is
   * skipped or broken.
   */
  @Test
  void everyCaseOfEveryAreaRuns() throws IOException {
    Map<String, Integer> casesPerArea = new TreeMap<>();
    int entries = 0;
    int verdicts = 0;
    for (Path file : caseFiles()) {
      String area = ROOT.relativize(file).getName(0).toString();
      entries +=
          (int)
              Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                  .filter(l -> l.startsWith("  - "))
                  .count();
      CaseFile cases = read(file);
      assertThat(cases.area()).as("area of " + file).isEqualTo(area);
      assertThat(cases.broken()).as("broken entries of " + file).isEmpty();
      List<CaseVerdict> run = CaseRunner.run(cases);
      assertThat(run).as("verdicts of " + file).hasSameSizeAs(cases.cases());
      assertThat(run).allSatisfy(v -> assertThat(v.actual()).isPresent());
      casesPerArea.merge(area, run.size(), Integer::sum);
      verdicts += run.size();
    }
    try (Stream<Path> areas = Files.list(ROOT)) {
      assertThat(casesPerArea.keySet())
          .containsExactlyElementsOf(
              areas
                  .filter(Files::isDirectory)
                  .map(p -> p.getFileName().toString())
                  .sorted()
                  .toList());
    }
    assertThat(casesPerArea).isNotEmpty().allSatisfy((a, n) -> assertThat(n).as(a).isPositive());
    assertThat(verdicts).isEqualTo(entries);
  }

  static List<Path> caseFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
          .sorted()
          .toList();
    }
  }

  static CaseFile read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CaseFiles.read(r, ROOT.relativize(file).toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static DynamicNode container(Path file) {
    String name = ROOT.relativize(file).toString();
    CaseFile cases;
    try {
      cases = read(file);
    } catch (RuntimeException e) {
      return DynamicTest.dynamicTest(
          name,
          () -> {
            throw new AssertionError("cannot read " + name + ": " + e.getMessage(), e);
          });
    }
    if (cases.cases().isEmpty()) {
      return DynamicTest.dynamicTest(
          name, () -> assertThat(cases.cases()).as(name + " holds no case").isNotEmpty());
    }
    List<CaseVerdict> verdicts = CaseRunner.run(cases);
    return DynamicContainer.dynamicContainer(
        name,
        file.toUri(),
        verdicts.stream()
            .map(
                v ->
                    DynamicTest.dynamicTest(
                        v.name(),
                        () ->
                            assertThat(v.mismatches())
                                .as("%s: %s", v.source(), v.name())
                                .isEmpty())));
  }
}
