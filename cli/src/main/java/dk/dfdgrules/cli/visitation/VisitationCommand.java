/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.visitation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dfdg visitation}: visitation courses from DFDG registrations (FLIS-DFDG §5.1.2). */
@Command(
    name = "visitation",
    mixinStandardHelpOptions = true,
    description =
        "Visitation courses from DFDG's visitation registrations, unrolled to weeks (VIS-1 …"
            + " VIS-4, FLIS-DFDG §5.1.2), and sample files.",
    subcommands = {CoursesCommand.class, VisitationSampleCommand.class})
public final class VisitationCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
