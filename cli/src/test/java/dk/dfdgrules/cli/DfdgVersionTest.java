/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static dk.dfdgrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * {@code dfdg --version} prints the project's version from the resource the build filters (the
 * packaged jar: {@code DfdgJarIT}).
 */
class DfdgVersionTest {

  @Test
  void theVersionResourceIsFilteredWithTheProjectVersion() throws Exception {
    Properties p = new Properties();
    try (InputStream in = Dfdg.class.getResourceAsStream(Dfdg.Version.VERSION_RESOURCE)) {
      assertThat(in).as(Dfdg.Version.VERSION_RESOURCE).isNotNull();
      p.load(in);
    }
    assertThat(p.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
    assertThat(Dfdg.Version.projectVersion()).isEqualTo(p.getProperty("version"));
  }

  @Test
  void versionPrintsTheProjectVersionAndTheJava() {
    CliRun r = run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines())
        .containsExactly(
            "dfdg-rules " + Dfdg.Version.projectVersion(),
            "Java "
                + System.getProperty("java.version")
                + " ("
                + System.getProperty("java.vendor")
                + ")");
    assertThat(r.out()).doesNotContain("development build", "${");
    assertThat(run("evaluate", "--version").out()).isEqualTo(r.out());
    assertThat(run("dream", "sample", "--version").out()).isEqualTo(r.out());
  }
}
