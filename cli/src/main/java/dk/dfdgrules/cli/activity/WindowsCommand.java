/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.rules.flis.Cube;
import dk.dfdgrules.rules.flis.CubeWindows;
import dk.dfdgrules.rules.flis.CubeWindows.DataDay;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg activity windows [--at DATE]}: the window of each FLIS DFDG cube on a day (WIN-1,
 * WIN-2) and the benefit of a citizen-week without a YR benefit (WIN-3).
 */
@Command(
    name = "windows",
    mixinStandardHelpOptions = true,
    description = {
      "The data each FLIS DFDG cube holds on a day: DFDG the current year and the three before"
          + " (WIN-1), Ydelsesaktivitet and YdelsesAktivitetBenchmark from 2020-01-01, the link to"
          + " YR (WIN-2); and the benefit \"Uden ydelse i YR\" of a citizen-week without a YR"
          + " benefit (WIN-3)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:success", "2:a usage or input error"})
public final class WindowsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The clock of "today": the tests' seam. */
  Clock clock = Clock.systemDefaultZone();

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description = "The evaluation date, e.g. 2020-02-29 (default: today).")
  String at;

  @Override
  public Integer call() {
    LocalDate date;
    try {
      date = at == null ? LocalDate.now(clock) : LocalDate.parse(at.strip());
    } catch (DateTimeParseException e) {
      throw new UserInputException("--at must be a date like 2020-02-29");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "# FLIS DFDG cube windows on %s%n", date);
    out.println("cube;from;to;rule;source");
    for (Cube cube : Cube.values()) {
      Rule<DataDay> rule = cube.isYrLinked() ? CubeWindows.WIN_2 : CubeWindows.WIN_1;
      RuleResult r = rule.evaluate(DataDay.of(date), date);
      String source = rule.versions().get(0).citation().reference(); // both rules have one version
      String window =
          r.value(CubeWindows.WINDOW)
              .map(WindowsCommand::fromTo)
              .orElse(";"); // WIN-2 before 2020-01-01: no data, no window
      out.printf(Locale.ROOT, "%s;%s;%s;%s%n", cube.officialName(), window, rule.id(), source);
    }
    out.printf(
        Locale.ROOT,
        "# WIN-3: a citizen-week without a YR benefit has the benefit \"%s\" (%s)%n",
        CubeWindows.WITHOUT_YR_BENEFIT,
        CubeWindows.WIN_3.versions().get(0).citation().reference());
    if (date.isBefore(CubeWindows.YR_LINK)) {
      out.printf(
          Locale.ROOT,
          "# WIN-2: before %s the YR-linked cubes hold no data (the rule is not in force)%n",
          CubeWindows.YR_LINK);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String fromTo(DatePeriod p) {
    return p.start() + ";" + p.end().map(LocalDate::toString).orElse("");
  }
}
