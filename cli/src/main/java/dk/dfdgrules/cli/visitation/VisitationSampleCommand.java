/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.visitation;

import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.InputFiles;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.extracts.flis.VisitationSample;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dfdg visitation sample}: a file of made-up registrations. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a SYNTHETIC file of visitation registrations (cpr;start;kategori, sorted by"
          + " citizen): made-up but well-formed CPR numbers, about --registrations per citizen,"
          + " now and then two the same day (VIS-2) or a course without a Thursday (VIS-4).",
      "The same options give the same bytes."
    })
public final class VisitationSampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--citizens",
      defaultValue = "1000",
      description = "Number of citizens, 1 … 3,000,000 (default ${DEFAULT-VALUE}).")
  long citizens;

  @Option(
      names = "--registrations",
      defaultValue = "12",
      description = "Mean registrations per citizen, 1 … 100 (default ${DEFAULT-VALUE}).")
  int registrations;

  @Option(
      names = "--from",
      defaultValue = "2017-01-01",
      description = "First start day (default ${DEFAULT-VALUE}).")
  LocalDate from;

  @Option(
      names = "--to",
      defaultValue = "2024-12-31",
      description = "Last start day (default ${DEFAULT-VALUE}).")
  LocalDate to;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    VisitationSample sample;
    try {
      sample = new VisitationSample(citizens, registrations, from, to, seed);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          e.getMessage()
              .replace("citizens:", "--citizens")
              .replace("registrations per citizen:", "--registrations")
              .replace("to < from", "--to is before --from"));
    }
    InputFiles.checkOutput("--out", out);
    if (out == null) {
      Writer w = spec.commandLine().getOut();
      sample.writeTo(w);
      w.flush();
    } else {
      try (Writer w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
              1 << 16)) {
        sample.writeTo(w);
      }
    }
    return ExitCodes.OK;
  }
}
