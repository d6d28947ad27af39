/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code dfdg.jar} (run by Failsafe after the shade): what it holds, and {@code java
 * -jar dfdg.jar} in a process of its own, with standard output and error redirected as a script has
 * them.
 */
class DfdgJarIT {

  private static final Path JAR = Path.of(System.getProperty("dfdg.jar", "target/dfdg.jar"));
  private static final String VERSION = System.getProperty("dfdg.version");

  /** One run of {@code java -jar dfdg.jar}. */
  private record Run(int exitCode, String out, String err) {}

  @Test
  void theJarShipsWhatRunsAndNoTestLibrary() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> entries =
          Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
      assertThat(entries)
          .contains(
              "dk/dfdgrules/cli/Dfdg.class",
              "dk/dfdgrules/cli/dfdg-version.properties",
              "dk/dfdgrules/rules/RuleAreas.class",
              "picocli/CommandLine.class")
          .noneMatch(e -> e.startsWith("org/junit/"))
          .noneMatch(e -> e.startsWith("org/opentest4j/"))
          .noneMatch(e -> e.startsWith("org/assertj/"))
          .noneMatch(e -> e.startsWith("dk/dfdgrules/testkit/"))
          .noneMatch(e -> e.startsWith("META-INF/maven/org.junit"))
          .noneMatch(e -> e.startsWith("META-INF/maven/org.assertj"));
      assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version"))
          .isEqualTo(VERSION);
    }
  }

  @Test
  void theJarKeepsTheLicenceAndTheShadedLibrariesNotices() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String licence = text(jar, "META-INF/LICENSE");
      String notice = text(jar, "META-INF/NOTICE");
      assertThat(licence)
          .startsWith("Mozilla Public License Version 2.0") // dfdg-rules' own first
          .contains("Apache License"); // then those of the shaded libraries
      assertThat(notice).startsWith("# Jackson JSON processor"); // appended word for word
    }
  }

  private static String text(JarFile jar, String entry) throws IOException {
    try (var in = jar.getInputStream(jar.getJarEntry(entry))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    Run r = dfdg("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().findFirst()).hasValue("dfdg-rules " + VERSION);
    assertThat(r.out()).doesNotContain("development build");
  }

  @Test
  void evaluateExitsWithTheOutcome() throws Exception {
    Run rejected = dfdg("evaluate", "support-needs", "--example", "--at", "2022-01-10");
    assertThat(rejected.out()).contains("Resultat: OVERTRÅDT");
    assertThat(rejected.exitCode()).isEqualTo(1);
    Run accepted = dfdg("evaluate", "absence", "--example", "--at", "2022-03-10");
    assertThat(accepted.out()).contains("Resultat: OPFYLDT");
    assertThat(accepted.exitCode()).isZero();
    Run usage = dfdg("evaluate", "no-such-area", "--example");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).startsWith("dfdg: no rule area 'no-such-area'");
  }

  @Test
  void aRedirectedSampleRunShowsNoProgress(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sample.csv");
    Run r = dfdg("dream", "sample", "--persons", "50000", "--out", f.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(Files.size(f)).isPositive();
  }

  @Test
  void aHeapTooSmallEndsTheKeyFiguresWithTheXmxToTry() throws Exception {
    // the job's blocks alone (4 MiB each, 7 of them on 2 threads) do not fit in 16 MB: it fails at
    // once, with its message and exit code 5, and never hangs
    Run r = dfdg(List.of("-Xmx16m"), "dream", "keyfigures", "--sample", "--threads", "2");
    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.err()).startsWith("dfdg: out of memory: the job had a heap of ").contains("-Xmx");
    assertThat(r.err().lines()).hasSize(1);
  }

  private static Run dfdg(String... args) throws IOException, InterruptedException {
    return dfdg(List.of(), args);
  }

  private static Run dfdg(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path dir = Files.createTempDirectory("dfdg-it");
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process p =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) { // a hang detector
      p.destroyForcibly();
      throw new AssertionError("dfdg " + String.join(" ", args) + " did not end");
    }
    int code = p.exitValue();
    return new Run(
        code,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
