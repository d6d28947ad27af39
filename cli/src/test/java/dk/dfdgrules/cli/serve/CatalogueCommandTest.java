/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dfdg catalogue --out DIR}: the static site, and its usage errors. */
class CatalogueCommandTest {

  @Test
  void writesTheIndexAndAPagePerRule(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    CliRun run = CliRun.run("catalogue", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("files in", "index.html");
    assertThat(out.resolve("index.html")).exists();
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index).contains("SUB-3", "udb-subscription");
    try (var pages = Files.walk(out)) {
      assertThat(pages.filter(p -> p.toString().endsWith("SUB-3.html")).count()).isPositive();
    }
  }

  @Test
  void aFileForAFolderIsExit2(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    CliRun run = CliRun.run("catalogue", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is a file, not a folder");
    assertThat(CliRun.run("catalogue").exitCode()).isEqualTo(2);
  }
}
