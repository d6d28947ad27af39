/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.InputFiles;
import dk.dfdgrules.cli.common.ProgressBar;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DreamSample;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dfdg dream sample}: writes a realistic synthetic DREAM file. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a realistic SYNTHETIC DREAM file: persistent benefit spells, about 60 %% blank weeks,"
          + " every benefit group and code family, running-number keys (lobenr), never CPR"
          + " numbers.",
      "The same options give the same bytes.",
      "On a terminal a progress bar is shown on standard error; redirected, nothing."
    })
public final class SampleCommand implements Callable<Integer> {

  @Option(
      names = "--persons",
      defaultValue = "1000",
      description = "Number of persons (default ${DEFAULT-VALUE}).")
  long persons;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--from",
      defaultValue = "2010-W01",
      converter = WeekConverter.class,
      description = "First week (default ${DEFAULT-VALUE}).")
  IsoWeek from;

  @Option(
      names = "--to",
      defaultValue = "2026-W47",
      converter = WeekConverter.class,
      description = "Last week (default ${DEFAULT-VALUE}).")
  IsoWeek to;

  @Option(
      names = "--shape",
      defaultValue = "wide",
      description =
          "wide (STAR's file: lobenr,y_YYWW,...), long (the DSA y table: lobenr;uge;y) or visit"
              + " (the DSA visit table of the same persons: lobenr;kvartal;visit).")
  String shape;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Whether to show progress: on a terminal only (a test may say otherwise). */
  boolean terminal = ProgressBar.onTerminal();

  @Override
  public Integer call() throws IOException {
    InputFiles.checkOutput("--out", out);
    if (persons < 0) {
      throw new UserInputException("--persons must be >= 0, was " + persons);
    }
    if (to.isBefore(from)) {
      throw new UserInputException("--to " + to + " is before --from " + from);
    }
    if (!shape.equals("wide") && !shape.equals("long") && !shape.equals("visit")) {
      throw new UserInputException("--shape must be wide, long or visit, was '" + shape + "'");
    }
    DreamSample sample;
    try {
      sample = new DreamSample(from, to);
    } catch (IllegalArgumentException e) { // outside DREAM's weeks
      throw new UserInputException("--from/--to: " + e.getMessage());
    }
    ProgressBar progress =
        new ProgressBar(
            spec.commandLine().getErr(),
            persons,
            terminal && persons >= 10 * DreamSample.PROGRESS_EVERY);
    try {
      if (out == null) {
        spec.commandLine().getOut().flush();
        OutputStream o = new BufferedOutputStream(System.out, 1 << 20);
        write(sample, o, progress);
        o.flush();
      } else {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
          write(sample, o, progress);
        } catch (java.nio.file.NoSuchFileException e) {
          throw new UserInputException("cannot write " + out + ": no such directory");
        }
      }
    } finally {
      progress.done();
    }
    return ExitCodes.OK;
  }

  private void write(DreamSample sample, OutputStream o, ProgressBar progress) throws IOException {
    switch (shape) {
      case "wide" -> sample.writeWide(o, persons, seed, progress::update);
      case "long" -> sample.writeLong(o, persons, seed, progress::update);
      default -> sample.writeVisit(o, persons, seed, progress::update);
    }
  }
}
