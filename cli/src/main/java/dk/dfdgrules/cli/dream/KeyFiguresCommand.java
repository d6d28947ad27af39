/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DataRange;
import dk.dfdgrules.extracts.dream.DreamInputException;
import dk.dfdgrules.extracts.dream.DreamJobFailedException;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.extracts.dream.KeyFigureReport;
import dk.dfdgrules.extracts.dream.RejectedRow;
import dk.dfdgrules.rules.dream.KeyFigureDefinition;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg dream keyfigures FILE}: the DREAM key figures of a wide or long DREAM file — per
 * period, benefit group and receiver status 52 weeks later, distinct persons (DRM-4 … DRM-8).
 */
@Command(
    name = "keyfigures",
    mixinStandardHelpOptions = true,
    description = {
      "Counts, for every week t (or month, quarter, year), the distinct persons per benefit group,"
          + " receiver status and group 52 weeks later; the selected benefits; the 24 key figures"
          + " (DRM-4 … DRM-8).",
      "FILE is wide (STAR's file: cpr or lobenr, y_YYWW columns, visit_YYYY_Q columns) or long (the"
          + " DSA y table: person;week;code, sorted by person), then optionally with --visit the"
          + " DSA visit table (person;quarter;category, sorted by person) for DRM-4's job-ready"
          + " versus activity-ready.",
      "Bad rows are reported as FILE:LINE: reason (never the person key) and skipped; so is a"
          + " second row of a person key in a wide file (a person counts once, DRM-7).",
      "DREAM bør ikke anvendes til bestandsopgørelser / not for stock counts (FLIS-DREAM §2)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every row was used",
      "1:rows were rejected (reported as FILE:LINE: reason)",
      "2:a usage or input error",
      "3:an internal error (a worker thread failed: the job ends, never hangs)",
      "5:not enough memory: the message says the heap it had, about what the job needs and the"
          + " -Xmx to try (JAVA_OPTS=-Xmx… or java -Xmx… -jar dfdg.jar)"
    })
public final class KeyFiguresCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** What the main input is read through: the tests' seam to make the job fail. */
  UnaryOperator<InputStream> inputFilter = UnaryOperator.identity();

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

  @Option(
      names = "--period",
      defaultValue = "week",
      description = "week (default), month, quarter or year.")
  String period;

  @Option(
      names = "--from",
      paramLabel = "WEEK",
      converter = WeekConverter.class,
      description = "First week t counted, e.g. 2015-W01.")
  IsoWeek from;

  @Option(
      names = "--to",
      paramLabel = "WEEK",
      converter = WeekConverter.class,
      description = "Last week t counted; t+52 may be later.")
  IsoWeek to;

  @Option(
      names = "--format",
      description =
          "csv (the default when the output is a file or a pipe), json, or html (one self-contained"
              + " page with charts, e.g. --format html --out report.html). On a terminal without"
              + " --format and --out: a short summary.")
  String format;

  @Option(
      names = "--suppress-below",
      paramLabel = "N",
      description =
          "Show counts from 1 to N-1 as <N and their shares as empty (CSV) or · (summary, html);"
              + " never as 0. Not with --format json.")
  Integer suppressBelow;

  /** Whether standard output is a terminal: the tests' seam to see the summary. */
  BooleanSupplier terminal = ProgressBar::onTerminal;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report here instead of standard output.")
  Path out;

  @Mixin RejectsOption rejectsOption = new RejectsOption();

  @Option(
      names = "--groups",
      split = ",",
      paramLabel = "GROUP",
      description =
          "Key-figure groups (DRM-8), e.g. UNEMPLOYMENT_BENEFIT,SICKNESS_BENEFIT or names; default"
              + " the 8 of the spec.")
  List<String> groups;

  @Option(
      names = "--data-from",
      paramLabel = "WEEK",
      converter = WeekConverter.class,
      description = "Long files: first week of the data (default: scanned).")
  IsoWeek dataFrom;

  @Option(
      names = "--data-to",
      paramLabel = "WEEK",
      converter = WeekConverter.class,
      description = "Long files: last week of the data (default: scanned).")
  IsoWeek dataTo;

  @Mixin ColumnOptions columns;

  @Option(
      names = "--visit",
      paramLabel = "FILE",
      description =
          "Long files: the DSA visit table (person;quarter;category; quarters like 2014-Q1, 2014K1"
              + " or 2014_1), sorted by person like FILE.")
  Path visit;

  @Option(
      names = "--in-memory",
      description = "Long files (and the visit table) not sorted by person: read them in memory.")
  boolean inMemory;

  @Option(
      names = "--strict-codes",
      description =
          "Reject a row with a well-formed code the code list does not list (default: count it in"
              + " the group of its DRM-4 range and report each such code once).")
  boolean strictCodes;

  @Option(
      names = "--threads",
      description =
          "Worker threads, 1-"
              + KeyFigureJob.MAX_THREADS
              + " (default: every core, at most as many).")
  Integer threads;

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the header and messages: da (default) or en.")
  String lang;

  @Override
  public Integer call() throws IOException {
    Locale locale = CliMessages.locale(lang);
    InputFiles.checkFileOrSample(file, sample, "DREAM file");
    if (visit != null) {
      InputFiles.checkInput(visit, "DREAM file");
    }
    InputFiles.checkOutput("--out", out);
    InputFiles.checkOutput("--rejects", rejectsOption.file);
    PeriodType periodType;
    try {
      periodType = PeriodType.parse(period);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "--period must be week, month, quarter or year, was '" + period + "'");
    }
    if (format != null && !List.of("csv", "json", "html").contains(format)) {
      throw new UserInputException("--format must be csv, json or html, was '" + format + "'");
    }
    Suppression suppression = Suppression.NONE;
    if (suppressBelow != null) {
      if (suppressBelow < 1 || suppressBelow > 1_000_000) {
        throw new UserInputException("--suppress-below must be 1-1000000, was " + suppressBelow);
      }
      if ("json".equals(format)) {
        throw new UserInputException(
            "--suppress-below works with csv, html and the terminal summary, not with json");
      }
      suppression = new Suppression(suppressBelow);
    }
    boolean summary = format == null && out == null && terminal.getAsBoolean();
    KeyFigureJob.Builder job =
        KeyFigureJob.builder().period(periodType).inMemory(inMemory).strictCodes(strictCodes);
    columns.applyTo(job);
    if (from != null && to != null && to.isBefore(from)) {
      throw new UserInputException("--to " + to + " is before --from " + from);
    }
    if (from != null) {
      job.from(from);
    }
    if (to != null) {
      job.to(to);
    }
    if (threads != null) {
      if (threads < 1 || threads > KeyFigureJob.MAX_THREADS) {
        throw new UserInputException(
            "--threads must be 1-" + KeyFigureJob.MAX_THREADS + ", was " + threads);
      }
      job.threads(threads);
    }
    if (dataFrom != null && dataTo != null) {
      try {
        job.dataWeeks(dataFrom, dataTo);
      } catch (IllegalArgumentException e) { // reversed, or outside DREAM's weeks
        throw new UserInputException("--data-from/--data-to: " + e.getMessage());
      }
    }
    if (groups != null) {
      List<BenefitGroup> gs = new ArrayList<>();
      for (String g : groups) {
        gs.add(group(g));
      }
      try {
        job.keyFigures(KeyFigureDefinition.of(gs));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--groups: " + e.getMessage());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Writer rejectOut = OutputFiles.rejects(rejectsOption.file, err);
    String mainName = file == null ? "sample" : file.toString();
    String visitName = visit == null ? "visit" : visit.toString();
    job.rejects(
        r -> {
          try {
            rejectOut.write(
                rejectLine(r.table() == RejectedRow.Table.VISIT ? visitName : mainName, r, locale));
            rejectOut.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    long size = file == null ? 0 : Files.size(file);
    ProgressBar progress =
        new ProgressBar(err, size, ProgressBar.onTerminal() && size > (64 << 20));
    job.progress(progress::update);
    long t0 = System.nanoTime();
    KeyFigureReport report;
    boolean en = locale.getLanguage().equals("en");
    String rangeBasis =
        en
            ? "data range: the weeks of the y_YYWW columns"
            : "dataperiode: ugerne i y_YYWW-kolonnerne";
    try {
      if (file != null && (dataFrom != null || dataTo != null)) {
        if (dataFrom == null || dataTo == null) {
          throw new UserInputException("give both --data-from and --data-to");
        }
        job.dataWeeks(dataFrom, dataTo);
        rangeBasis =
            en
                ? "data range: given (--data-from, --data-to); a row outside it is rejected"
                : "dataperiode: angivet (--data-from, --data-to); en række uden for den afvises";
      } else if (file != null && isLong(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          DataRange range =
              KeyFigureJob.scanDataRange(in, columns.weekColumnsToScan())
                  .orElseThrow(() -> new UserInputException(file + ": no row has a valid week"));
          try {
            job.dataWeeks(range.first(), range.last());
          } catch (IllegalArgumentException e) {
            throw new UserInputException(file + ": the rows' weeks: " + e.getMessage());
          }
          rangeBasis = rangeBasis(range, en);
        }
      }
      try (InputStream in =
              inputFilter.apply(
                  file == null
                      ? new ByteArrayInputStream(BundledSample.bytes())
                      : Files.newInputStream(file));
          InputStream v = visit == null ? null : Files.newInputStream(visit)) {
        report = job.build().run(in, v);
      }
    } catch (DreamInputException e) {
      throw new UserInputException(
          (file == null ? "sample" : file.toString()) + ": " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + e.getFile());
    } catch (DreamJobFailedException e) {
      if (!e.isOutOfMemory()) {
        throw e; // an internal error
      }
      long input = file == null ? BundledSample.bytes().length : size;
      progress.done();
      err.println(outOfMemory(Runtime.getRuntime().maxMemory(), e.heapNeeded(input), input));
      err.flush();
      return ExitCodes.OUT_OF_MEMORY;
    } finally {
      progress.done();
      rejectOut.flush();
      if (rejectsOption.file != null) {
        rejectOut.close();
      }
    }
    if (report.summary().rowsRead() == 0) {
      throw new UserInputException(mainName + ": no rows after the header; nothing to count");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Writer w = OutputFiles.out(out, spec.commandLine().getOut());
    try {
      if (summary) {
        w.write(TerminalRenderer.render(DreamReport.summary(report, locale, suppression)));
        w.flush();
      } else if (format == null || format.equals("csv")) {
        KeyFigureWriter.csv(report, locale, rangeBasis, suppression, w);
      } else if (format.equals("html")) {
        w.write(
            HtmlRenderer.render(
                DreamReport.full(report, locale, suppression, rangeBasis), generator()));
        w.flush();
      } else {
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        KeyFigureWriter.json(report, locale, rangeBasis, mapper, w);
      }
    } finally {
      if (out != null) {
        w.close();
      }
    }
    var s = report.summary();
    String visitPart =
        report
            .visitSummary()
            .map(
                v ->
                    (en
                            ? "; visit table: rows read %d, used %d, rejected %d"
                            : "; visit-tabel: rækker læst %d, brugt %d, afvist %d")
                        .formatted(v.rowsRead(), v.rowsUsed(), v.rowsRejected()))
            .orElse("");
    for (String line : KeyFigureWriter.unlistedLines(report, locale)) {
      err.println("dfdg dream keyfigures: " + line);
    }
    if (!summary) {
      err.printf(
          Locale.ROOT,
          "%s%n",
          (en
                  ? "dfdg dream keyfigures: rows read %d, used %d, rejected %d; persons %d%s; %.2f s"
                      + " (not for stock counts, FLIS-DREAM §2)"
                  : "dfdg dream keyfigures: rækker læst %d, brugt %d, afvist %d; borgere %d%s; %.2f s"
                      + " (ikke til bestandsopgørelser, FLIS-DREAM §2)")
              .formatted(
                  s.rowsRead(), s.rowsUsed(), s.rowsRejected(), s.persons(), visitPart, seconds));
    }
    err.flush();
    long visitRejected = report.visitSummary().map(v -> v.rowsRejected()).orElse(0L);
    return s.rowsRejected() + visitRejected > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
  }

  /** Who wrote a report: the version line of {@code dfdg --version}. */
  private String generator() {
    try {
      return spec.root().versionProvider().getVersion()[0];
    } catch (Exception e) {
      return "dfdg-rules";
    }
  }

  /**
   * The one-line message for a job that ran out of memory.
   *
   * @param maxHeap the heap the JVM had ({@link Runtime#maxMemory()})
   * @param needed the job's estimate of what it needs for the input
   * @param inputBytes the size of the input
   * @return the message
   */
  static String outOfMemory(long maxHeap, long needed, long inputBytes) {
    String xmx = "-Xmx" + suggestedHeapMb(needed) + "m";
    return String.format(
        Locale.ROOT,
        "dfdg: out of memory: the job had a heap of %d MB; for this input (%.1f MB) it needs about"
            + " %d MB. Try JAVA_OPTS=%s (or java %s -jar dfdg.jar ...).",
        maxHeap >> 20,
        inputBytes / 1e6,
        (needed + (1 << 20) - 1) >> 20,
        xmx,
        xmx);
  }

  /**
   * The heap to suggest for an estimate: a quarter more (the estimate is rough, the collector wants
   * room), rounded up to a multiple of 32 MB.
   *
   * @param needed the estimate in bytes
   * @return megabytes
   */
  static long suggestedHeapMb(long needed) {
    long mb = (needed + needed / 4 + (1 << 20) - 1) >> 20;
    return (mb + 31) / 32 * 32;
  }

  /**
   * A rejected row as a line of the report, the way compilers report: {@code FILE:LINE: reason}.
   *
   * @param fileName the file as the user named it
   * @param r the row
   * @param locale the language of the reason
   * @return the line, without a line break
   */
  static String rejectLine(String fileName, RejectedRow r, Locale locale) {
    return fileName + ":" + r.line() + ": " + Messages.format(r.message(), locale);
  }

  /**
   * How a long file's data range was decided, for the report header (spec: the range must not
   * silently follow an outlier).
   */
  static String rangeBasis(DataRange r, boolean en) {
    String rule =
        (en
                ? "data range: the weeks with at least %d rows (%d %% of the busiest week's %d)"
                : "dataperiode: ugerne med mindst %d rækker (%d %% af den travleste uges %d)")
            .formatted(r.threshold(), DataRange.SHARE_PERCENT, r.busiestWeekRows());
    if (!r.hasOutliers()) {
      return rule + (en ? "; every row lies inside it" : "; alle rækker ligger inden for");
    }
    return rule
        + (en
                ? "; %d rows before %s and %d rows after %s (from %s to %s) rejected as outside"
                    + " the data"
                : "; %d rækker før %s og %d rækker efter %s (fra %s til %s) afvist som uden for"
                    + " data")
            .formatted(
                r.rowsBefore(),
                r.first(),
                r.rowsAfter(),
                r.last(),
                r.scannedFirst(),
                r.scannedLast());
  }

  private static BenefitGroup group(String name) {
    String s = name.strip();
    try {
      return BenefitGroup.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return BenefitGroup.byName(s)
          .orElseThrow(() -> new UserInputException("--groups: no benefit group '" + s + "'"));
    }
  }

  private static boolean isLong(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(1 << 16);
      String h = new String(head, StandardCharsets.UTF_8);
      int nl = h.indexOf('\n');
      String header = nl < 0 ? h : h.substring(0, nl);
      return !header.matches("(?s).*\\by_\\d{4}\\b.*");
    }
  }
}
