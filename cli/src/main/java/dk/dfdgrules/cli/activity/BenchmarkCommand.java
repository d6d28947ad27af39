/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.InputFiles;
import dk.dfdgrules.cli.common.OutputFiles;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.flis.BenchmarkJob;
import dk.dfdgrules.extracts.flis.RowAccount;
import dk.dfdgrules.rules.flis.BenchmarkCell;
import dk.dfdgrules.rules.flis.BenchmarkModel;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import dk.dfdgrules.rules.flis.BenchmarkQuery;
import dk.dfdgrules.rules.flis.CellValue;
import dk.dfdgrules.rules.flis.CubeWindows;
import dk.dfdgrules.rules.flis.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg activity benchmark FILE}: the YdelsesAktivitetBenchmark model of a citizen-week file
 * — its measures by its dimensions (SUP-2), optionally with small cells suppressed (SUP-1), from
 * 2020-01-01 on (WIN-2), citizens without a YR benefit as "Uden ydelse i YR" (WIN-3).
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the YdelsesAktivitetBenchmark model (FLIS-DFDG §7.3) of a citizen-week file: distinct"
          + " citizens aged 16-66, benefit receivers, activated citizens and activation courses, by"
          + " Aktivering, Beskæftigelsesydelse, Tid, Visitationsgruppe and Kommune as the source's"
          + " table allows (SUP-2); no Borger dimension (SUP-1).",
      "FILE: one row per citizen and ISO week, columns by name in any order: cpr, kommune, uge,"
          + " ydelse (empty: 'Uden ydelse i YR', WIN-3), visitationskategori, aktivering,"
          + " aktiveringsforloeb (only for the measure courses); ';', ',' or tab.",
      "Rows of weeks before 2020-01-01 are dropped (WIN-2) and counted; bad rows are reported as"
          + " FILE:LINE: reason (never the CPR number) and skipped.",
      "--suppress-below 5 (the library's addition, not in the source; off by default) marks a cell"
          + " resting on 1-4 distinct citizens as suppressed: an empty value, never 0."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every row was used or dropped with its reason",
      "1:rows were rejected (reported as FILE:LINE: reason)",
      "2:a usage or input error (a measure by a dimension the model does not allow, a missing"
          + " column, …)"
    })
public final class BenchmarkCommand implements Callable<Integer> {

  /** The bundled sample, a copy of {@code samples/flis-benchmark.csv}. */
  static final String SAMPLE_RESOURCE = "/dk/dfdgrules/cli/activity/flis-benchmark.csv";

  @Spec CommandSpec spec;

  /** The clock of "today" (the default --to): the tests' seam. */
  Clock clock = Clock.systemDefaultZone();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The citizen-week file (or --sample).")
  Path file;

  @Option(
      names = "--sample",
      description =
          "Use the bundled sample (80 fictitious citizens, 2019-W51..2020-W13; also"
              + " samples/flis-benchmark.csv).")
  boolean sample;

  @Option(
      names = "--from",
      paramLabel = "WEEK|DATE",
      converter = WeekOrDateConverter.class,
      description = "First week counted (a date: its week); default 2020-W01, the YR link (WIN-2).")
  IsoWeek from;

  @Option(
      names = "--to",
      paramLabel = "WEEK|DATE",
      converter = WeekOrDateConverter.class,
      description =
          "Last week counted (a date: its week); default the current week (with --sample:"
              + " 2020-W13).")
  IsoWeek to;

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "DIMENSION",
      description =
          "Dimensions, in the order of the columns: aktivering, ydelse (beskaeftigelsesydelse),"
              + " tid, visitationsgruppe, kommune (or activation, benefit, time,"
              + " visitation-group, municipality); default none (one total per measure).")
  List<String> by = new ArrayList<>();

  @Option(
      names = "--measure",
      split = ",",
      paramLabel = "MEASURE",
      description =
          "citizens (16-66), receivers, activated, courses; default every measure the dimensions"
              + " allow (SUP-2).")
  List<String> measures;

  @Option(
      names = "--suppress-below",
      paramLabel = "N",
      description =
          "Suppress cells resting on 1 to N-1 distinct citizens (the source's groups: 5); default"
              + " off.")
  Integer suppressBelow;

  @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the cells here instead of standard output.")
  Path out;

  @Option(
      names = "--column",
      paramLabel = "ROLE=NAME",
      description =
          "A column's name in FILE, e.g. citizen=personnummer; roles: citizen, municipality,"
              + " week, benefit, visitation-category, activation, activation-course.")
  Map<String, String> columnNames;

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the header and messages: da (default) or en.")
  String lang;

  @Override
  public Integer call() throws IOException {
    Locale locale = CliMessages.locale(lang);
    boolean en = locale.getLanguage().equals("en");
    InputFiles.checkFileOrSample(file, sample, "citizen-week file");
    InputFiles.checkOutput("--out", out);
    if (!format.equals("csv") && !format.equals("json")) {
      throw new UserInputException("--format must be csv or json, was '" + format + "'");
    }
    LocalDate today = LocalDate.now(clock);
    BenchmarkQuery query = query(today, locale);
    BenchmarkJob.Builder job = BenchmarkJob.builder().query(query);
    if (columnNames != null) {
      for (Map.Entry<String, String> e : columnNames.entrySet()) {
        job.column(role(e.getKey()), e.getValue());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    String name = file == null ? "sample" : file.toString();
    List<BadRow> rejected = new ArrayList<>();
    job.rejects(
        r -> {
          rejected.add(r);
          err.println(name + ":" + r.line() + ": " + r.reason());
        });
    BenchmarkJob.Report report;
    try (InputStream in = open()) {
      report = job.build().run(in);
    } catch (InputFileException e) {
      throw new UserInputException(name + ": " + e.getMessage());
    }
    RowAccount a = report.account();
    if (a.read() == 0) {
      throw new UserInputException(name + ": no rows after the header; nothing to count");
    }
    Writer w = OutputFiles.out(out, spec.commandLine().getOut());
    try {
      if (format.equals("csv")) {
        csv(query, report, en, w);
      } else {
        json(query, report, w);
      }
    } finally {
      if (out != null) {
        w.close();
      } else {
        w.flush();
      }
    }
    err.printf(
        Locale.ROOT,
        "%s%n",
        (en
                ? "dfdg activity benchmark: rows read %d, used %d, dropped %d (%d before"
                    + " 2020-01-01, WIN-2; %d outside %s..%s), rejected %d; cells %d"
                : "dfdg activity benchmark: rækker læst %d, brugt %d, udeladt %d (%d før"
                    + " 2020-01-01, WIN-2; %d uden for %s..%s), afvist %d; celler %d")
            .formatted(
                a.read(),
                a.used(),
                a.dropped(),
                report.droppedBeforeYrLink(),
                report.droppedOutsidePeriod(),
                query.from(),
                query.to(),
                a.rejected(),
                report.cells().size()));
    err.flush();
    return a.rejected() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
  }

  private InputStream open() throws IOException {
    if (file != null) {
      return Files.newInputStream(file);
    }
    InputStream in = BenchmarkCommand.class.getResourceAsStream(SAMPLE_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the bundled sample is missing: " + SAMPLE_RESOURCE);
    }
    return in;
  }

  /** The query of the options, refused (exit 2) where WIN-2, SUP-1 or SUP-2 refuse it. */
  BenchmarkQuery query(LocalDate today, Locale locale) {
    IsoWeek first = from == null ? IsoWeek.from(CubeWindows.YR_LINK) : from;
    IsoWeek last = to == null ? (sample ? IsoWeek.of(2020, 13) : IsoWeek.from(today)) : to;
    if (!CubeWindows.isInYrPeriod(first)) {
      throw new UserInputException(
          "--from "
              + first
              + " is before 2020-W01: the YdelsesAktivitetBenchmark model holds data from"
              + " 2020-01-01, the link to YR (WIN-2, FLIS-DFDG §3)");
    }
    if (last.isBefore(first)) {
      throw new UserInputException("--to " + last + " is before --from " + first);
    }
    List<Dimension> dims = new ArrayList<>();
    for (String d : by) {
      Dimension dim;
      try {
        dim = Dimension.parse(d);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--by: " + e.getMessage());
      }
      if (dims.contains(dim)) {
        throw new UserInputException("--by: " + dim.danishName() + " given twice");
      }
      dims.add(dim);
    }
    List<Measure> ms = new ArrayList<>();
    if (measures == null || measures.isEmpty()) {
      ms.addAll(BenchmarkModel.measuresAvailableBy(dims));
    } else {
      for (String m : measures) {
        Measure measure;
        try {
          measure = Measure.parse(m);
        } catch (IllegalArgumentException e) {
          throw new UserInputException("--measure: " + e.getMessage());
        }
        if (!ms.contains(measure)) {
          ms.add(measure);
        }
      }
    }
    Suppression suppression = Suppression.OFF;
    if (suppressBelow != null) {
      if (suppressBelow < 2) {
        throw new UserInputException(
            "--suppress-below must be >= 2 (the source's groups: 5), was " + suppressBelow);
      }
      suppression = Suppression.below(suppressBelow);
    }
    BenchmarkQuery q = new BenchmarkQuery(dims, ms, first, last, suppression);
    for (RuleResult r : q.check(today)) {
      for (Violation v : r.errors()) {
        throw new UserInputException(
            v.ruleId() + ": " + v.text(locale) + " (" + v.citation().reference() + ")");
      }
    }
    return q;
  }

  private static BenchmarkJob.Role role(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (BenchmarkJob.Role r : BenchmarkJob.Role.values()) {
      if (r.optionName().equals(n)) {
        return r;
      }
    }
    throw new UserInputException(
        "--column: no role '"
            + name.strip()
            + "'; roles: citizen, municipality, week, benefit, visitation-category, activation,"
            + " activation-course");
  }

  /** The cells as CSV: a header of # lines, the column names, one line per cell and measure. */
  static void csv(BenchmarkQuery q, BenchmarkJob.Report report, boolean en, Writer w)
      throws IOException {
    w.write(
        "# YdelsesAktivitetBenchmark (FLIS-DFDG §7.3): "
            + q.from()
            + ".."
            + q.to()
            + (en ? "; data from 2020-01-01 (WIN-2)" : "; data fra 2020-01-01 (WIN-2)")
            + "\n");
    w.write(
        (q.suppression().isOn()
                ? (en
                        ? "# SUP-1: cells resting on 1-%d distinct citizens are suppressed (empty"
                            + " value, suppressed=true); not in the source, the library's"
                            + " addition"
                        : "# SUP-1: celler med 1-%d forskellige borgere er undertrykt (tom værdi,"
                            + " suppressed=true); ikke i kilden, bibliotekets tilføjelse")
                    .formatted(q.suppression().threshold().getAsInt() - 1)
                : (en ? "# SUP-1: no suppression" : "# SUP-1: ingen undertrykkelse"))
            + "\n");
    List<String> header = new ArrayList<>();
    for (Dimension d : q.by()) {
      header.add(en ? d.englishName() : d.danishName());
    }
    header.add(en ? "measure" : "mål");
    header.add(en ? "value" : "antal");
    header.add("suppressed");
    w.write(String.join(";", header));
    w.write('\n');
    for (BenchmarkCell c : report.cells()) {
      List<String> line = new ArrayList<>();
      for (String m : c.members().values()) {
        line.add(field(m));
      }
      line.add(en ? c.measure().shortName() : c.measure().danishName());
      line.add(c.value() instanceof CellValue.Count n ? Long.toString(n.value()) : "");
      line.add(Boolean.toString(c.value().isSuppressed()));
      w.write(String.join(";", line));
      w.write('\n');
    }
  }

  /** The cells as one JSON object: the query, the row account and the cells. */
  static void json(BenchmarkQuery q, BenchmarkJob.Report report, Writer w) throws IOException {
    try (JsonGenerator g =
        new JsonFactory()
            .createGenerator(w)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("model", "YdelsesAktivitetBenchmark");
      g.writeStringField("source", "FLIS-DFDG §7.3");
      g.writeStringField("from", q.from().toString());
      g.writeStringField("to", q.to().toString());
      g.writeArrayFieldStart("by");
      for (Dimension d : q.by()) {
        g.writeString(d.englishName());
      }
      g.writeEndArray();
      if (q.suppression().isOn()) {
        g.writeNumberField("suppressBelow", q.suppression().threshold().getAsInt());
      } else {
        g.writeNullField("suppressBelow");
      }
      RowAccount a = report.account();
      g.writeObjectFieldStart("rows");
      g.writeNumberField("read", a.read());
      g.writeNumberField("used", a.used());
      g.writeNumberField("droppedBeforeYrLink", report.droppedBeforeYrLink());
      g.writeNumberField("droppedOutsidePeriod", report.droppedOutsidePeriod());
      g.writeNumberField("rejected", a.rejected());
      g.writeEndObject();
      g.writeArrayFieldStart("cells");
      for (BenchmarkCell c : report.cells()) {
        g.writeStartObject();
        g.writeObjectFieldStart("members");
        for (Map.Entry<Dimension, String> e : c.members().entrySet()) {
          g.writeStringField(e.getKey().englishName(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("measure", c.measure().shortName());
        g.writeStringField("name", c.measure().danishName());
        if (c.value() instanceof CellValue.Count n) {
          g.writeNumberField("value", n.value());
        } else {
          g.writeNullField("value");
        }
        g.writeBooleanField("suppressed", c.value().isSuppressed());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write('\n');
  }

  private static String field(String s) {
    return s.contains(";") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
