/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.rules;

import static dk.dfdgrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dfdg cases} that runs no case does not say every case passes: exit 2, with the reason. */
class CasesCommandNoCaseTest {

  @Test
  void anEmptyDirectoryIsAnInputError(@TempDir Path dir) {
    CliRun r = run("cases", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no case file (*.yaml, *.yml, *.json) in");
  }

  @Test
  void aDirectoryWithoutCaseFilesIsAnInputError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "area: test-area\n");
    Files.createDirectory(dir.resolve("sub"));
    CliRun r = run("cases", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no case file");
  }

  @Test
  void aFileWithoutCasesIsAnInputError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("empty.yaml");
    Files.writeString(f, "area: test-area\ncases: []\n");
    for (Path p : new Path[] {dir, f}) {
      CliRun r = run("cases", p.toString(), "--lang", "en");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("empty.yaml: 'cases' holds no case");
      assertThat(r.out()).contains("0 cases: 0 passed, 0 failed, 1 files could not be read.");
    }
  }

  @Test
  void aSecondDocumentOrATagIsAnInputErrorAndTheOtherFilesStillRun(@TempDir Path dir)
      throws Exception {
    String good =
        Files.readString(
            Path.of(EvaluateAndCasesCommandTest.resource("cli-cases/good/TST-1.yaml").toUri()));
    Files.writeString(dir.resolve("a.yaml"), good);
    Files.writeString(dir.resolve("b.yaml"), good + "---\narea: test-area\n");
    Files.writeString(dir.resolve("c.yaml"), good.replaceFirst("area: ", "area: !x "));
    CliRun r = run("cases", dir.toString(), "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("b.yaml line", "a second YAML document");
    assertThat(r.err()).contains("c.yaml line 1", "a YAML tag (!x)");
    assertThat(r.out()).contains("4 cases: 4 passed, 0 failed, 2 files could not be read.");
  }
}
