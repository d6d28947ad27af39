/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dfdg yr}: Ydelsesrefusion — YUMU reports, LIS raw data, the refusion steps. */
@Command(
    name = "yr",
    mixinStandardHelpOptions = true,
    description =
        "Ydelsesrefusion (YR): checks of YUMU reports, the LIS raw data, and the refusion steps"
            + " of a DREAM file.",
    subcommands = {YumuCheckCommand.class, LisCommand.class, RefusionCommand.class})
public final class YrCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
