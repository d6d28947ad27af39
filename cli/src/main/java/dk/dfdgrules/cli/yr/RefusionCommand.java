/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.InputFiles;
import dk.dfdgrules.cli.common.OutputFiles;
import dk.dfdgrules.cli.common.ProgressBar;
import dk.dfdgrules.cli.common.RejectsOption;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.cli.report.HtmlRenderer;
import dk.dfdgrules.cli.report.Suppression;
import dk.dfdgrules.cli.report.TerminalRenderer;
import dk.dfdgrules.cli.report.WeekCounts;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DataRange;
import dk.dfdgrules.extracts.dream.DreamInputException;
import dk.dfdgrules.extracts.dream.DreamSample;
import dk.dfdgrules.extracts.dream.DreamSeriesReader;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.extracts.dream.ReadSummary;
import dk.dfdgrules.extracts.dream.RejectedRow;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.refusion.RefusionCount;
import dk.dfdgrules.rules.refusion.RefusionStep;
import dk.dfdgrules.rules.refusion.RefusionWeek;
import dk.dfdgrules.rules.refusion.Restart;
import dk.dfdgrules.rules.refusion.StepCounts;
import dk.dfdgrules.rules.refusion.WeekKindTable;
import dk.dfdgrules.rules.refusion.WeeklyKinds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg yr refusion}: the refusion steps (REF-1 … REF-3) of every person of a DREAM file, per
 * person and benefit week or as counts of persons per step per week.
 */
@Command(
    name = "refusion",
    mixinStandardHelpOptions = true,
    description = {
      "The refusion steps (refusionstrappen, REF-1 … REF-3) of every person of a DREAM file: for"
          + " each benefit week its number in the count, the step (80/40/30/20 %% refusion, or the"
          + " municipality's 20/60/70/80 %% co-financing for a benefit under co-financing) and, on"
          + " the first week of a count that started over, why (52 self-support weeks within 3"
          + " years, Finansieringsloven § 6).",
      "FILE is a DREAM file as for 'dfdg dream keyfigures': wide (cpr or lobenr, y_YYWW columns)"
          + " or long (person;week;code, sorted by person). Read as a stream, one person at a"
          + " time.",
      "--persons (default): one row per person and benefit week; the person key is masked (a CPR"
          + " number never appears). --counts: per week the number of persons on each step, as"
          + " the YR webinar's slides show them. --format html: the counts as a report with a"
          + " line chart per step, its table and the facts of the run. On a terminal without"
          + " --format, --out, --persons and --counts: the latest week's persons per step.",
      "The DREAM-code → week-kind mapping is an interpretation (see the README); --kinds replaces"
          + " it. Weeks before 2016-W01 (the act in force 2016-01-04) have no step.",
      "Bad rows are reported as FILE:LINE: reason (never the person key) and skipped."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every row was used",
      "1:rows were rejected (reported as FILE:LINE: reason)",
      "2:a usage or input error",
      "3:an internal error"
    })
public final class RefusionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The DREAM file (or --sample).")
  Path file;

  @Option(
      names = "--sample",
      description = "Use the bundled synthetic sample (300 persons, 2019-W01..2026-W47).")
  boolean sample;

  @Option(names = "--persons", description = "One row per person and benefit week (default).")
  boolean persons;

  @Option(names = "--counts", description = "Per week the number of persons on each step.")
  boolean counts;

  @Option(
      names = "--from",
      paramLabel = "WEEK",
      converter = WeekConverter.class,
      description = "First week written, e.g. 2022-W10 (the count itself starts with the data).")
  IsoWeek from;

  @Option(
      names = "--to",
      paramLabel = "WEEK",
      converter = WeekConverter.class,
      description = "Last week written.")
  IsoWeek to;

  @Option(
      names = "--format",
      description =
          "csv (the default when the output is a file or a pipe), json, or html (the counts per"
              + " step as one self-contained page with a chart, e.g. --format html --out"
              + " refusion.html). On a terminal without --format, --out, --persons and --counts: a"
              + " short summary of the latest week.")
  String format;

  @Option(
      names = "--suppress-below",
      paramLabel = "N",
      description =
          "Show counts from 1 to N-1 as <N, never as 0: in --counts (csv), html and the summary;"
              + " not with --persons or --format json.")
  Integer suppressBelow;

  /** Whether standard output is a terminal: the tests' seam to see the summary. */
  BooleanSupplier terminal = ProgressBar::onTerminal;

  @Option(
      names = "--kinds",
      paramLabel = "FILE",
      description =
          "A week-kind table replacing the standard one (tab-separated: code, kind, coFinanced).")
  Path kindsFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the result here instead of standard output.")
  Path out;

  @Mixin RejectsOption rejectsOption = new RejectsOption();

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the messages: da (default) or en.")
  String lang;

  /** The bundled sample's persons, seed and weeks (as {@code dfdg dream keyfigures --sample}). */
  static final int SAMPLE_PERSONS = 300;

  static final IsoWeek SAMPLE_FIRST = IsoWeek.of(2019, 1);
  static final IsoWeek SAMPLE_LAST = IsoWeek.of(2026, 47);

  /** Creates the command (for picocli). */
  public RefusionCommand() {}

  @Override
  public Integer call() throws IOException {
    Locale locale = CliMessages.locale(lang);
    InputFiles.checkFileOrSample(file, sample, "DREAM file");
    if (kindsFile != null) {
      InputFiles.checkInput(kindsFile, "week-kind table");
    }
    InputFiles.checkOutput("--out", out);
    InputFiles.checkOutput("--rejects", rejectsOption.file);
    if (persons && counts) {
      throw new UserInputException("give --persons or --counts, not both");
    }
    if (format != null && !List.of("csv", "json", "html").contains(format)) {
      throw new UserInputException("--format must be csv, json or html, was '" + format + "'");
    }
    if ("html".equals(format) && persons) {
      throw new UserInputException(
          "--format html shows the persons per step per week (--counts), not --persons");
    }
    Suppression suppression = Suppression.NONE;
    if (suppressBelow != null) {
      if (suppressBelow < 1 || suppressBelow > 1_000_000) {
        throw new UserInputException("--suppress-below must be 1-1000000, was " + suppressBelow);
      }
      if (persons || "json".equals(format)) {
        throw new UserInputException(
            "--suppress-below works with the counts (--counts as csv, html, the terminal summary),"
                + " not with --persons or json");
      }
      suppression = new Suppression(suppressBelow);
    }
    boolean shortSummary =
        format == null && out == null && !persons && !counts && terminal.getAsBoolean();
    boolean json = "json".equals(format);
    if (from != null && to != null && to.isBefore(from)) {
      throw new UserInputException("--to " + to + " is before --from " + from);
    }
    WeekKindTable kinds = kinds();
    String mainName = file == null ? "sample" : file.toString();
    PrintWriter err = spec.commandLine().getErr();
    Writer rejectOut = OutputFiles.rejects(rejectsOption.file, err);
    Consumer<RejectedRow> rejects =
        r -> {
          try {
            rejectOut.write(
                mainName + ":" + r.line() + ": " + Messages.format(r.message(), locale));
            rejectOut.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    Writer w = OutputFiles.out(out, spec.commandLine().getOut());
    RefusionCount count = RefusionCount.standard();
    ReadSummary summary;
    try {
      CountsOutput countsOutput = null;
      Output output;
      if (counts || shortSummary || "html".equals(format)) {
        countsOutput = new CountsOutput();
        output = countsOutput;
      } else {
        output = new PersonsOutput(w, json);
      }
      Consumer<DreamSeries> each = s -> output.person(s, count.weeks(WeeklyKinds.from(s, kinds)));
      summary = read(each, rejects);
      if (summary.rowsRead() == 0) {
        throw new UserInputException(mainName + ": no rows after the header; nothing to count");
      }
      output.finish();
      if (countsOutput != null) {
        WeekCounts c = countsOutput.weekCounts();
        if (shortSummary) {
          w.write(
              TerminalRenderer.render(
                  RefusionReport.summary(c, summary, kinds.version(), locale, suppression)));
        } else if ("html".equals(format)) {
          w.write(
              HtmlRenderer.render(
                  RefusionReport.full(c, summary, kinds.version(), locale, suppression),
                  generator()));
        } else if (json) {
          countsOutput.json(w);
        } else {
          c.writeCsv(w, suppression);
        }
      }
    } catch (DreamInputException e) {
      // this command streams only: no in-memory read to suggest
      throw new UserInputException(
          mainName + ": " + e.getMessage().replace(" or read it in memory", ""));
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + e.getFile());
    } catch (UncheckedIOException e) {
      throw new UserInputException(mainName + ": " + e.getMessage());
    } finally {
      w.flush();
      if (out != null) {
        w.close();
      }
      rejectOut.flush();
      if (rejectsOption.file != null) {
        rejectOut.close();
      }
    }
    boolean en = locale.getLanguage().equals("en");
    if (shortSummary) {
      return summary.rowsRejected() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
    }
    err.println(
        (en
                ? "dfdg yr refusion: rows read %d, used %d, rejected %d; persons %d; week kinds: %s"
                : "dfdg yr refusion: rækker læst %d, brugt %d, afvist %d; borgere %d; ugetyper: %s")
            .formatted(
                summary.rowsRead(),
                summary.rowsUsed(),
                summary.rowsRejected(),
                summary.persons(),
                kinds.version()));
    err.flush();
    return summary.rowsRejected() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
  }

  private WeekKindTable kinds() throws IOException {
    if (kindsFile == null) {
      return WeekKindTable.standard();
    }
    try (Reader r = Files.newBufferedReader(kindsFile, StandardCharsets.UTF_8)) {
      return WeekKindTable.parse(r, kindsFile.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(kindsFile + ": " + e.getMessage());
    }
  }

  private ReadSummary read(Consumer<DreamSeries> each, Consumer<RejectedRow> rejects)
      throws IOException {
    BenefitCodeTable table = BenefitCodeTable.standard();
    if (file == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new DreamSample(SAMPLE_FIRST, SAMPLE_LAST).writeWide(bytes, SAMPLE_PERSONS, 1);
      return DreamSeriesReader.readWide(
          new ByteArrayInputStream(bytes.toByteArray()), table, each, rejects);
    }
    if (!isLong(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return DreamSeriesReader.readWide(in, table, each, rejects);
      }
    }
    DataRange range;
    try (InputStream in = Files.newInputStream(file)) {
      range =
          KeyFigureJob.scanDataRange(in, KeyFigureJob.DEFAULT_WEEK_COLUMNS)
              .orElseThrow(() -> new UserInputException(file + ": no row has a valid week"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return DreamSeriesReader.readLong(in, table, range.first(), range.last(), each, rejects);
    }
  }

  private static boolean isLong(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      String h = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
      int nl = h.indexOf('\n');
      String header = nl < 0 ? h : h.substring(0, nl);
      return !header.matches("(?s).*\\by_\\d{4}\\b.*");
    }
  }

  private boolean written(IsoWeek week) {
    return (from == null || !week.isBefore(from)) && (to == null || !week.isAfter(to));
  }

  /** Where the weeks go. */
  private interface Output {
    void person(DreamSeries series, List<RefusionWeek> weeks);

    void finish() throws IOException;
  }

  /** One row per person and benefit week; the person key masked. */
  private final class PersonsOutput implements Output {
    private final Writer w;
    private final boolean json;
    private final JsonGenerator g;

    PersonsOutput(Writer w, boolean json) throws IOException {
      this.w = w;
      this.json = json;
      if (json) {
        g = new JsonFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartArray();
      } else {
        g = null;
        w.write("person;week;kind;code;number;step;rate;coFinancingRate;restart\n");
      }
    }

    @Override
    public void person(DreamSeries series, List<RefusionWeek> weeks) {
      String person = series.person().toString(); // masked for a CPR number
      try {
        for (int i = 0; i < weeks.size(); i++) {
          RefusionWeek rw = weeks.get(i);
          if (!rw.counts() || !written(rw.week())) {
            continue;
          }
          int code = series.codeAtIndex(i);
          String restart = rw.restart().map(Restart::toString).orElse("");
          if (json) {
            g.writeStartObject();
            g.writeStringField("person", person);
            g.writeStringField("week", rw.week().toString());
            g.writeStringField("kind", rw.kind().name());
            g.writeNumberField("code", code);
            g.writeNumberField("number", rw.number());
            g.writeStringField("step", rw.step().orElseThrow().label());
            if (rw.rate().isPresent()) {
              g.writeNumberField("rate", rw.rate().getAsInt());
            }
            if (rw.coFinancingRate().isPresent()) {
              g.writeNumberField("coFinancingRate", rw.coFinancingRate().getAsInt());
            }
            if (!restart.isEmpty()) {
              g.writeStringField("restart", restart);
            }
            g.writeEndObject();
          } else {
            w.write(
                person
                    + ';'
                    + rw.week()
                    + ';'
                    + rw.kind()
                    + ';'
                    + code
                    + ';'
                    + rw.number()
                    + ';'
                    + rw.step().orElseThrow().label()
                    + ';'
                    + (rw.rate().isPresent() ? String.valueOf(rw.rate().getAsInt()) : "")
                    + ';'
                    + (rw.coFinancingRate().isPresent()
                        ? String.valueOf(rw.coFinancingRate().getAsInt())
                        : "")
                    + ';'
                    + restart
                    + '\n');
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void finish() throws IOException {
      if (json) {
        g.writeEndArray();
        g.writeRaw('\n');
        g.close();
      }
    }
  }

  /** Per week the persons on each step. */
  private final class CountsOutput implements Output {
    private final StepCounts acc = new StepCounts();

    @Override
    public void person(DreamSeries series, List<RefusionWeek> weeks) {
      acc.add(weeks);
    }

    @Override
    public void finish() {}

    /** The counts of the weeks written (--from, --to), a column per step. */
    WeekCounts weekCounts() {
      RefusionStep[] steps = RefusionStep.values();
      WeekCounts c = new WeekCounts(Arrays.stream(steps).map(RefusionStep::label).toList());
      for (IsoWeek week : acc.weeks()) {
        if (written(week)) {
          for (RefusionStep s : steps) {
            c.add(week, s.ordinal(), acc.count(week, s));
          }
        }
      }
      return c;
    }

    void json(Writer w) throws IOException {
      JsonGenerator g =
          new JsonFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      for (IsoWeek week : acc.weeks()) {
        if (!written(week)) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("week", week.toString());
        for (RefusionStep s : RefusionStep.values()) {
          g.writeNumberField(s.label(), acc.count(week, s));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
      g.close();
    }
  }

  /** Who wrote a report: the version line of {@code dfdg --version}. */
  private String generator() {
    try {
      return spec.root().versionProvider().getVersion()[0];
    } catch (Exception e) {
      return "dfdg-rules";
    }
  }
}
