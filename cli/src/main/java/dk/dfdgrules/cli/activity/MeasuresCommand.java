/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.InputFiles;
import dk.dfdgrules.cli.common.OutputFiles;
import dk.dfdgrules.cli.common.RejectsOption;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.csv.Masking;
import dk.dfdgrules.extracts.flis.ActivationMeasuresJob;
import dk.dfdgrules.extracts.flis.ActivationMeasuresReport;
import dk.dfdgrules.extracts.flis.Grouping;
import dk.dfdgrules.extracts.flis.RecordColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg activity measures FILE --from … --to …}: the FLIS activation measures ACT-1 … ACT-7
 * of a records file over a period, optionally per municipality or calendar month.
 */
@Command(
    name = "measures",
    mixinStandardHelpOptions = true,
    description = {
      "The FLIS activation measures (FLIS-DFDG §6) of a period: distinct citizens (ACT-1),"
          + " visitation courses (ACT-2) and activation courses (ACT-3) overlapping it,"
          + " conversations held (ACT-4), aid costs (ACT-5), days activated (ACT-6) and hours per"
          + " week (ACT-7, activations without hours left out and counted).",
      "FILE is delimited text (; , or tab) with a header; a 'record' column says what each row is:"
          + " activation, visitation, conversation or aid. Columns are found by name in any order:"
          + " record, citizen, municipality, start, end, date, hours, status, cause, pool, type,"
          + " kind, contactform, participants, category, cost.",
      "Bad rows are reported as FILE:LINE: reason (never the CPR number) and skipped."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every row was used",
      "1:rows were rejected (reported as FILE:LINE: reason)",
      "2:a usage or input error",
      "3:an internal error"
    })
public final class MeasuresCommand implements Callable<Integer> {

  /** The bundled sample, a copy of {@code samples/flis-activities.csv}. */
  static final String SAMPLE = "/dk/dfdgrules/cli/activity/flis-activities.csv";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The records file (or --sample).")
  Path file;

  @Option(
      names = "--sample",
      description =
          "Use the bundled sample (6 synthetic citizens, 2022; samples/flis-activities.csv).")
  boolean sample;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "The period's first day, e.g. 2022-03-01.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "The period's last day (included), e.g. 2022-03-31.")
  String to;

  @Option(
      names = "--by",
      paramLabel = "GROUPING",
      description = "municipality or month (the period split into calendar months).")
  String by;

  @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
  String format;

  @Option(
      names = "--column",
      paramLabel = "COLUMN=NAME[,NAME…]",
      description =
          "The header name(s) of a column, e.g. --column citizen=cpr_nr; repeatable. Columns: "
              + "record, citizen, municipality, start, end, date, hours, status, cause, pool, type,"
              + " kind, contactform, participants, category, cost.")
  List<String> columns;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report here instead of standard output.")
  Path out;

  @Mixin RejectsOption rejectsOption = new RejectsOption();

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the header and labels: da (default) or en.")
  String lang;

  @Override
  public Integer call() throws IOException {
    boolean en = CliMessages.locale(lang).getLanguage().equals("en");
    InputFiles.checkFileOrSample(file, sample, "records file");
    InputFiles.checkOutput("--out", out);
    InputFiles.checkOutput("--rejects", rejectsOption.file);
    LocalDate first = date("--from", from);
    LocalDate last = date("--to", to);
    if (last.isBefore(first)) {
      throw new UserInputException("--to " + last + " is before --from " + first);
    }
    if (!format.equals("csv") && !format.equals("json")) {
      throw new UserInputException("--format must be csv or json, was '" + format + "'");
    }
    ActivationMeasuresJob.Builder job =
        ActivationMeasuresJob.builder().period(first, last).by(grouping(by));
    if (columns != null) {
      for (String c : columns) {
        int eq = c.indexOf('=');
        if (eq <= 0 || eq == c.length() - 1) {
          throw new UserInputException("--column must be COLUMN=NAME[,NAME…], was '" + c + "'");
        }
        RecordColumn column;
        try {
          column = RecordColumn.ofKey(c.substring(0, eq));
        } catch (IllegalArgumentException e) {
          throw new UserInputException("--column: " + e.getMessage());
        }
        job.columnNames(
            column,
            Arrays.stream(c.substring(eq + 1).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Writer rejectOut;
    try {
      rejectOut = OutputFiles.rejects(rejectsOption.file, err);
    } catch (IOException e) {
      throw new UserInputException("--rejects " + rejectsOption.file + ": cannot be written");
    }
    String name = file == null ? "sample" : file.toString();
    job.rejects(
        r -> {
          try {
            rejectOut.write(name + ":" + r.line() + ": " + r.reason() + "\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    ActivationMeasuresJob built;
    try {
      built = job.build();
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--by month: " + e.getMessage());
    }
    ActivationMeasuresReport report;
    try (InputStream in =
        file == null
            ? MeasuresCommand.class.getResourceAsStream(SAMPLE)
            : Files.newInputStream(file)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing");
      }
      report = built.run(in);
    } catch (InputFileException e) {
      throw new UserInputException(name + ": " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + e.getFile());
    } finally {
      rejectOut.flush();
      if (rejectsOption.file != null) {
        rejectOut.close();
      }
    }
    Writer w;
    try {
      w = OutputFiles.out(out, spec.commandLine().getOut());
    } catch (IOException e) {
      throw new UserInputException("--out " + out + ": cannot be written");
    }
    try {
      if (format.equals("csv")) {
        MeasuresWriter.csv(report, en, w);
      } else {
        MeasuresWriter.json(report, en, w);
      }
    } finally {
      if (out != null) {
        w.close();
      }
    }
    var a = report.account();
    err.println(
        String.format(
            Locale.ROOT,
            en
                ? "dfdg activity measures: rows read %d, used %d, dropped %d (blank), rejected %d"
                : "dfdg activity measures: rækker læst %d, brugt %d, droppet %d (tomme), afvist %d",
            a.read(),
            a.used(),
            a.dropped(),
            a.rejected()));
    err.flush();
    return a.rejected() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
  }

  private static LocalDate date(String option, String text) {
    LocalDate d;
    try {
      d = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UserInputException(
          option + " must be a date like 2022-03-01, was '" + Masking.mask(text, 40) + "'");
    }
    if (d.getYear() < 1900 || d.getYear() > 9999) {
      throw new UserInputException(option + " must be a date from 1900-01-01 to 9999-12-31");
    }
    return d;
  }

  private static Grouping grouping(String by) {
    if (by == null) {
      return Grouping.NONE;
    }
    return switch (by.strip().toLowerCase(Locale.ROOT)) {
      case "municipality", "kommune" -> Grouping.MUNICIPALITY;
      case "month", "maaned", "måned" -> Grouping.MONTH;
      default ->
          throw new UserInputException("--by must be municipality or month, was '" + by + "'");
    };
  }
}
