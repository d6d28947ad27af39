/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders: no format error (a lone {@code %}), no picocli warning. */
class HelpTextsTest {

  @Test
  void everyCommandsHelpRendersWithoutAWarning() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> names = new ArrayList<>();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Deque<CommandLine> todo = new ArrayDeque<>(List.of(Dfdg.commandLine()));
      while (!todo.isEmpty()) {
        CommandLine c = todo.pop();
        names.add(c.getCommandSpec().qualifiedName());
        assertThat(c.getUsageMessage()).as(c.getCommandSpec().qualifiedName()).isNotBlank();
        todo.addAll(c.getSubcommands().values());
      }
    } finally {
      System.setErr(err);
    }
    assertThat(names).contains("dfdg yr refusion", "dfdg visitation courses");
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }
}
