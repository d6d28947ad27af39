/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.examples.ReadmeFiles.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's shell examples as written, from the repository's root, against the {@code
 * dfdg.jar} this build made: every command must end with the exit code it is documented with
 * ({@code # exit 1: …}, else 0), print no stack trace, and leave no file behind in the repository.
 *
 * <p>Blocks that build the project ({@code ./mvnw}) or run the benchmarks ({@code bench.sh}) are
 * not run here: CI runs the build, and the benchmarks are run by hand. In the main command the
 * {@code ./mvnw} step is left out and the rest runs.
 */
class ReadmeShellExamplesTest {

  private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)");
  private static final Pattern COMMENT = Pattern.compile("\\s+#.*$");
  private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*");

  @TempDir Path scratch;

  @TestFactory
  Stream<DynamicTest> everyShellExampleRunsAsDocumented() {
    Path jar = ReadmeFiles.repository().resolve("cli/target/dfdg.jar");
    assertThat(jar).as("dfdg.jar, built by the cli module before this one").exists();
    return ReadmeFiles.readmeBlocks().stream()
        .filter(b -> b.language().equals("sh") && !b.text().contains("bench.sh"))
        .map(b -> DynamicTest.dynamicTest("README.md line " + b.line(), () -> run(b)));
  }

  @Test
  void theShellExamplesAreFound() {
    long commands =
        ReadmeFiles.readmeBlocks().stream()
            .filter(b -> b.language().equals("sh"))
            .flatMap(b -> commands(b).stream())
            .filter(c -> c.text().contains("dfdg.jar"))
            .count();
    assertThat(commands).isGreaterThanOrEqualTo(8);
  }

  /** One command of a block: its line in the README, its text and its documented exit code. */
  record Command(int line, String text, int exit) {}

  static List<Command> commands(Block block) {
    List<Command> commands = new ArrayList<>();
    String[] lines = block.text().split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher exit = EXIT.matcher(line);
      int code = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      line = COMMENT.matcher(line).replaceFirst("");
      // the main command: its build step is CI's; the commands after it run here
      for (String part : line.split(" && ")) {
        if (!part.startsWith("./mvnw")) {
          commands.add(new Command(block.line() + i, part, code));
        }
      }
    }
    return commands;
  }

  private void run(Block block) throws IOException, InterruptedException {
    Path repository = ReadmeFiles.repository();
    Set<String> before = entries(repository);
    // mktemp makes its folders in the test's scratch folder, which JUnit deletes
    StringBuilder script = new StringBuilder("set -u\nlog=\"$1\"\nexport TMPDIR=\"$2\"\n");
    for (Command c : commands(block)) {
      if (ASSIGNMENT.matcher(c.text()).matches()) {
        script.append(c.text()).append('\n');
        continue;
      }
      script
          .append("( ")
          .append(c.text())
          .append(" ) >\"$log\" 2>&1 </dev/null; rc=$?\n")
          .append("if [ \"$rc\" -ne ")
          .append(c.exit())
          .append(" ]; then echo \"README.md line ")
          .append(c.line())
          .append(": exit $rc, documented ")
          .append(c.exit())
          .append("\"; cat \"$log\"; exit 1; fi\n")
          .append("if grep -qE 'Exception|^\\s+at [a-z]' \"$log\"; then echo \"README.md line ")
          .append(c.line())
          .append(": a stack trace\"; cat \"$log\"; exit 1; fi\n");
    }
    Path file = scratch.resolve("block.sh");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(
                "bash", file.toString(), scratch.resolve("out.log").toString(), scratch.toString())
            .directory(repository.toFile())
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(3, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("the block ends within 3 minutes").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(entries(repository)).as("files the block left in the repository").isEqualTo(before);
  }

  private static Set<String> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
