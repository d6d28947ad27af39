/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg activity}: the FLIS DFDG activation measures (ACT), the cubes' time windows (WIN) and
 * the benchmark model (SUP).
 */
@Command(
    name = "activity",
    mixinStandardHelpOptions = true,
    description = {
      "FLIS DFDG activations (aktivering): the measures of FLIS-DFDG §6 over a records file, the"
          + " cubes' time windows and the YdelsesAktivitetBenchmark model."
    },
    subcommands = {MeasuresCommand.class, BenchmarkCommand.class, WindowsCommand.class})
public final class ActivityCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
