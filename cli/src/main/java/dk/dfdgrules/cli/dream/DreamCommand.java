/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dfdg dream}: DREAM key figures and sample files. */
@Command(
    name = "dream",
    mixinStandardHelpOptions = true,
    description = {
      "DREAM (STAR's weekly benefit database): key figures of a DREAM file, and sample files.",
      "DREAM bør ikke anvendes til bestandsopgørelser / not for stock counts (FLIS-DREAM §2)."
    },
    subcommands = {KeyFiguresCommand.class, SampleCommand.class})
public final class DreamCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
