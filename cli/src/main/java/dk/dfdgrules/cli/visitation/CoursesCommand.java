/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.visitation;

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
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.flis.VisitationCourseJob;
import dk.dfdgrules.extracts.flis.VisitationSample;
import dk.dfdgrules.rules.flis.VisitationCourses.DropReason;
import dk.dfdgrules.rules.flis.VisitationWeeks.NoWeeks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dfdg visitation courses}: courses (or week rows) from a registrations file. */
@Command(
    name = "courses",
    mixinStandardHelpOptions = true,
    description = {
      "Derives each citizen's visitation courses from DFDG's registrations: a course ends where"
          + " the next starts (VIS-1), of several the same day the latest is kept (VIS-2), the last"
          + " is open, 9999-12-31 (VIS-3); with --load-month unrolled to ISO weeks by Thursday up"
          + " to the month before the load month (VIS-4).",
      "FILE: a header and one row per registration; columns by name in any order (cpr; start"
          + " as 2019-01-07 09:00 or 2019-01-07T09:00, or a date and a starttid column; kategori"
          + " as Jobparat, Aktivitetsparat, Uddannelsesparat, Åbenlyst uddannelsesparat), ; , or"
          + " tab, UTF-8 with or without BOM. Sorted by citizen, or give --any-order.",
      "Bad rows are reported as FILE:LINE: reason (never the CPR number) and skipped; rows left"
          + " out by VIS-2 and courses without weeks are counted, and listed with --dropped FILE.",
      "--counts: per week the citizens in each visitation category (the week rows counted); --format"
          + " html: the same as a report with a line per category, its table and the facts of the"
          + " run. On a terminal with --load-month (and without --format, --out, --weeks,"
          + " --counts): the latest week's citizens per category.",
      "CPR numbers are masked in the output (DDMMYY-****) unless --show-cpr is given."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every row was used or left out by VIS-2",
      "1:rows were rejected (reported as FILE:LINE: reason)",
      "2:a usage or input error (no such file, a missing column, a file not sorted by citizen)"
    })
public final class CoursesCommand implements Callable<Integer> {

  /** The citizens of the bundled sample. */
  static final int SAMPLE_CITIZENS = 40;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The registrations file (or --sample).")
  Path file;

  @Option(
      names = "--sample",
      description =
          "Use a bundled synthetic sample (" + SAMPLE_CITIZENS + " citizens, 2017–2024, seed 1).")
  boolean sample;

  @Option(
      names = "--load-month",
      paramLabel = "YYYY-MM",
      description =
          "The month of the load: unroll to weeks up to the end of the month before (VIS-4).")
  String loadMonth;

  @Option(
      names = "--weeks",
      description = "Write one row per citizen and week (needs --load-month).")
  boolean weeks;

  @Option(
      names = "--counts",
      description =
          "Per week the citizens in each visitation category, counted from the week rows (needs"
              + " --load-month).")
  boolean counts;

  @Option(
      names = "--format",
      description =
          "csv (the default when the output is a file or a pipe), json, or html (the citizens per"
              + " category per week as one self-contained page with a chart; needs --load-month)."
              + " On a terminal with --load-month and without --format, --out, --weeks and"
              + " --counts: a short summary of the latest week.")
  String format;

  @Option(
      names = "--suppress-below",
      paramLabel = "N",
      description =
          "Show counts from 1 to N-1 as <N, never as 0: in --counts (csv), html and the summary;"
              + " not with courses, --weeks or json.")
  Integer suppressBelow;

  /** Whether standard output is a terminal: the tests' seam to see the summary. */
  BooleanSupplier terminal = ProgressBar::onTerminal;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the courses here instead of standard output.")
  Path out;

  @Mixin RejectsOption rejectsOption = new RejectsOption();

  @Option(
      names = "--dropped",
      paramLabel = "FILE",
      description =
          "List the rows left out by VIS-2 and the courses without weeks (VIS-4) in this file.")
  Path droppedFile;

  @Option(
      names = "--any-order",
      description = "The file is not sorted by citizen: read it in memory.")
  boolean anyOrder;

  @Option(names = "--show-cpr", description = "Write CPR numbers in full, not masked.")
  boolean showCpr;

  @Option(
      names = "--citizen-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "Name(s) of the citizen column (default cpr,cprnr,personnummer,borger,citizen).")
  List<String> citizenColumns;

  @Option(
      names = "--start-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "Name(s) of the start column (default"
              + " start,startdato,starttidspunkt,startdatotid,start_date,startdate).")
  List<String> startColumns;

  @Option(
      names = "--time-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "Name(s) of an optional time column (default starttid,tidspunkt,start_time,time).")
  List<String> timeColumns;

  @Option(
      names = "--category-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "Name(s) of the category column (default"
              + " kategori,visitationskategori,visitationsgruppe,visitation,category).")
  List<String> categoryColumns;

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the summary line: da (default) or en.")
  String lang;

  @Override
  public Integer call() throws IOException {
    Locale locale = CliMessages.locale(lang);
    boolean en = locale.getLanguage().equals("en");
    InputFiles.checkFileOrSample(file, sample, "registrations file");
    InputFiles.checkOutput("--out", out);
    InputFiles.checkOutput("--rejects", rejectsOption.file);
    InputFiles.checkOutput("--dropped", droppedFile);
    if (format != null && !List.of("csv", "json", "html").contains(format)) {
      throw new UserInputException("--format must be csv, json or html, was '" + format + "'");
    }
    boolean json = "json".equals(format);
    YearMonth load = null;
    if (loadMonth != null) {
      try {
        load = YearMonth.parse(loadMonth.strip());
      } catch (DateTimeParseException e) {
        throw new UserInputException("--load-month must be YYYY-MM, e.g. 2019-11");
      }
      if (load.getYear() < 1900 || load.getYear() > 9999) {
        throw new UserInputException("--load-month must be a month of the years 1900 … 9999");
      }
    }
    if (weeks && load == null) {
      throw new UserInputException("--weeks needs --load-month (the weeks stop before it)");
    }
    if (weeks && counts) {
      throw new UserInputException("give --weeks or --counts, not both");
    }
    if ((counts || "html".equals(format)) && load == null) {
      throw new UserInputException(
          (counts ? "--counts" : "--format html")
              + " needs --load-month (the citizens per category per week come from the weeks)");
    }
    if ("html".equals(format) && weeks) {
      throw new UserInputException(
          "--format html shows the citizens per category per week (--counts), not --weeks");
    }
    boolean shortSummary =
        format == null
            && out == null
            && !weeks
            && !counts
            && load != null
            && terminal.getAsBoolean();
    boolean countsOnly = counts || shortSummary || "html".equals(format);
    Suppression suppression = Suppression.NONE;
    if (suppressBelow != null) {
      if (suppressBelow < 1 || suppressBelow > 1_000_000) {
        throw new UserInputException("--suppress-below must be 1-1000000, was " + suppressBelow);
      }
      if (!countsOnly || json) {
        throw new UserInputException(
            "--suppress-below works with the counts (--counts as csv, html, the terminal summary),"
                + " not with courses, --weeks or json");
      }
      suppression = new Suppression(suppressBelow);
    }
    VisitationCourseJob.Builder b = VisitationCourseJob.builder().anyOrder(anyOrder);
    if (load != null) {
      b.loadMonth(load);
    }
    try {
      if (citizenColumns != null) {
        b.citizenColumns(citizenColumns);
      }
      if (startColumns != null) {
        b.startColumns(startColumns);
      }
      if (timeColumns != null) {
        b.timeColumns(timeColumns);
      }
      if (categoryColumns != null) {
        b.categoryColumns(categoryColumns);
      }
    } catch (IllegalArgumentException e) {
      throw new UserInputException("a --*-column option: " + e.getMessage());
    }
    String name = file == null ? "sample" : file.toString();
    PrintWriter err = spec.commandLine().getErr();
    Writer rejects = OutputFiles.rejects(rejectsOption.file, err);
    Writer dropped =
        droppedFile == null ? null : Files.newBufferedWriter(droppedFile, StandardCharsets.UTF_8);
    Writer w = OutputFiles.out(out, spec.commandLine().getOut());
    long t0 = System.nanoTime();
    VisitationCourseJob.Summary s;
    try (InputStream in = file == null ? sampleBytes() : Files.newInputStream(file)) {
      CountsWriter countsWriter = countsOnly ? new CountsWriter() : null;
      CourseWriter writer =
          countsOnly
              ? countsWriter
              : json
                  ? new JsonCourses(w, showCpr, weeks, load)
                  : new CsvCourses(w, showCpr, weeks, load != null);
      Listing listing = new Listing(writer, name, rejects, dropped);
      s = b.build().run(in, listing);
      listing.flushPending();
      if (s.rows().read() == 0) {
        throw new UserInputException(name + ": no rows after the header; nothing to derive");
      }
      writer.finish(s);
      if (countsWriter != null) {
        WeekCounts c = countsWriter.counts;
        if (shortSummary) {
          w.write(
              TerminalRenderer.render(VisitationReport.summary(c, s, load, locale, suppression)));
        } else if ("html".equals(format)) {
          w.write(
              HtmlRenderer.render(
                  VisitationReport.full(c, s, load, locale, suppression), generator()));
        } else if (json) {
          countsWriter.json(w);
        } else {
          c.writeCsv(w, suppression);
        }
      }
    } catch (InputFileException e) {
      throw new UserInputException(name + ": " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + e.getFile());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      rejects.flush();
      if (rejectsOption.file != null) {
        rejects.close();
      }
      if (dropped != null) {
        dropped.close();
      }
      w.flush();
      if (out != null) {
        w.close();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    var r = s.rows();
    if (shortSummary) {
      return r.rejected() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
    }
    err.println(
        String.format(
            Locale.ROOT,
            en
                ? "dfdg visitation courses: rows read %d, used %d, left out (VIS-2) %d, rejected"
                    + " %d; citizens %d, courses %d%s; %.2f s"
                : "dfdg visitation courses: rækker læst %d, brugt %d, udeladt (VIS-2) %d, afvist"
                    + " %d; borgere %d, forløb %d%s; %.2f s",
            r.read(),
            r.used(),
            r.dropped(),
            r.rejected(),
            s.citizens(),
            s.courses(),
            s.horizon()
                .map(
                    h ->
                        String.format(
                            Locale.ROOT,
                            en
                                ? ", week rows %d up to %s, courses without weeks %d"
                                : ", ugerækker %d til og med %s, forløb uden uger %d",
                            s.weekRows(),
                            h,
                            s.coursesWithoutWeeks()))
                .orElse(""),
            seconds));
    err.flush();
    return r.rejected() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
  }

  private static InputStream sampleBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      VisitationSample.of(SAMPLE_CITIZENS, 1).writeTo(w);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  static String citizen(CprNumber c, boolean show) {
    return show ? c.unmaskedValue() : c.masked();
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
   * Counts the week rows per week and category: as a citizen has one course in a week (VIS-4), the
   * rows of a week and category are its citizens. Every week from the first to the last is a row,
   * one without citizens too.
   */
  static final class CountsWriter implements CourseWriter {
    final WeekCounts counts =
        new WeekCounts(
            Arrays.stream(VisitationCategory.values())
                .map(VisitationCategory::officialName)
                .toList());

    @Override
    public void course(VisitationCourse c, long n, IsoWeek first, IsoWeek last) {
      if (first == null) {
        return;
      }
      int category = c.getCategory().ordinal();
      for (IsoWeek wk = first; !wk.isAfter(last); wk = wk.plusWeeks(1)) {
        counts.add(wk, category, 1);
      }
    }

    @Override
    public void finish(VisitationCourseJob.Summary s) {
      if (counts.weeks().isEmpty()) {
        return;
      }
      IsoWeek last = counts.weeks().last();
      for (IsoWeek wk = counts.weeks().first(); wk.isBefore(last); wk = wk.plusWeeks(1)) {
        counts.add(wk, 0, 0);
      }
    }

    void json(Writer w) throws IOException {
      JsonGenerator g =
          new JsonFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      for (IsoWeek week : counts.weeks()) {
        g.writeStartObject();
        g.writeStringField("week", week.toString());
        for (int i = 0; i < counts.categories().size(); i++) {
          g.writeNumberField(counts.categories().get(i), counts.count(week, i));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
      g.close();
    }
  }

  /** Writes courses or week rows. */
  interface CourseWriter {
    void course(VisitationCourse c, long weeks, IsoWeek first, IsoWeek last) throws IOException;

    void finish(VisitationCourseJob.Summary s) throws IOException;
  }

  /** The job's output: courses to the writer, rejects and drops to their files. */
  private static final class Listing implements VisitationCourseJob.Output {
    private final CourseWriter writer;
    private final String name;
    private final Writer rejects;
    private final Writer dropped;
    private VisitationCourse pending;

    Listing(CourseWriter writer, String name, Writer rejects, Writer dropped) {
      this.writer = writer;
      this.name = name;
      this.rejects = rejects;
      this.dropped = dropped;
    }

    @Override
    public void course(VisitationCourse course, long line) {
      flushPending();
      pending = course;
    }

    @Override
    public void weeks(VisitationCourse course, IsoWeek first, IsoWeek last) {
      pending = null;
      write(course, first.weeksUntil(last) + 1, first, last);
    }

    @Override
    public void withoutWeeks(VisitationCourse course, NoWeeks why, long line) {
      flushPending();
      if (dropped != null) {
        line(
            dropped,
            name
                + ":"
                + line
                + ": VIS-4: the course from "
                + course.getStart()
                + " to "
                + course.flisEnd()
                + (why == NoWeeks.NO_THURSDAY
                    ? " holds no Thursday: no week rows"
                    : " has no Thursday up to the horizon: no week rows in this load"));
      }
    }

    @Override
    public void dropped(long line, DropReason reason, long keptLine) {
      flushPending();
      if (dropped != null) {
        String why =
            switch (reason) {
              case EARLIER_SAME_DAY ->
                  "the registration on line " + keptLine + " starts later the same day";
              case DUPLICATE -> "it repeats the registration on line " + keptLine;
              case SAME_START_TIME ->
                  "the registration on line "
                      + keptLine
                      + " starts at the same time with another category; only one can apply";
            };
        line(dropped, name + ":" + line + ": VIS-2: left out: " + why);
      }
    }

    @Override
    public void rejected(BadRow row, VisitationCourseJob.Problem problem) {
      line(rejects, name + ":" + row.line() + ": " + row.reason());
    }

    void flushPending() {
      if (pending != null) {
        write(pending, 0, null, null);
        pending = null;
      }
    }

    private void write(VisitationCourse c, long n, IsoWeek first, IsoWeek last) {
      try {
        writer.course(c, n, first, last);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void line(Writer w, String text) {
      try {
        w.write(text);
        w.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** CSV: {@code citizen;category;start;end[;weeks;first_week;last_week]} or week rows. */
  private static final class CsvCourses implements CourseWriter {
    private final Writer w;
    private final boolean show;
    private final boolean weekRows;
    private final boolean withWeeks;
    private final StringBuilder b = new StringBuilder(128);
    private boolean started;

    CsvCourses(Writer w, boolean show, boolean weekRows, boolean withWeeks) {
      this.w = w;
      this.show = show;
      this.weekRows = weekRows;
      this.withWeeks = withWeeks;
    }

    private void header() throws IOException {
      if (started) {
        return;
      }
      started = true;
      w.write(
          weekRows
              ? "citizen;week;category;course_start\n"
              : withWeeks
                  ? "citizen;category;start;end;weeks;first_week;last_week\n"
                  : "citizen;category;start;end\n");
    }

    @Override
    public void course(VisitationCourse c, long n, IsoWeek first, IsoWeek last) throws IOException {
      header();
      String who = citizen(c.getCitizen(), show);
      String cat = c.getCategory().officialName();
      if (weekRows) {
        if (first == null) {
          return;
        }
        for (IsoWeek wk = first; !wk.isAfter(last); wk = wk.plusWeeks(1)) {
          b.setLength(0);
          b.append(who).append(';').append(wk).append(';').append(cat).append(';');
          b.append(c.getStart()).append('\n');
          w.append(b);
        }
        return;
      }
      b.setLength(0);
      b.append(who).append(';').append(cat).append(';').append(c.getStart()).append(';');
      b.append(c.flisEnd());
      if (withWeeks) {
        b.append(';').append(n).append(';');
        if (first != null) {
          b.append(first).append(';').append(last);
        } else {
          b.append(';');
        }
      }
      w.append(b.append('\n'));
    }

    @Override
    public void finish(VisitationCourseJob.Summary s) throws IOException {
      header();
    }
  }

  /** JSON: {@code {"loadMonth", "horizon", "courses" | "weeks": [...], "rows": {...}}}. */
  private static final class JsonCourses implements CourseWriter {
    private final JsonGenerator g;
    private final boolean show;
    private final boolean weekRows;
    private final boolean withWeeks;
    private final YearMonth load;
    private boolean started;

    JsonCourses(Writer w, boolean show, boolean weekRows, YearMonth load) throws IOException {
      this.g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter();
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      this.show = show;
      this.weekRows = weekRows;
      this.withWeeks = load != null;
      this.load = load;
    }

    private void start() throws IOException {
      if (started) {
        return;
      }
      started = true;
      g.writeStartObject();
      if (load != null) {
        g.writeStringField("loadMonth", load.toString());
        g.writeStringField(
            "horizon", dk.dfdgrules.rules.flis.VisitationWeeks.horizon(load).toString());
      }
      g.writeArrayFieldStart(weekRows ? "weeks" : "courses");
    }

    @Override
    public void course(VisitationCourse c, long n, IsoWeek first, IsoWeek last) throws IOException {
      start();
      String who = citizen(c.getCitizen(), show);
      if (weekRows) {
        if (first == null) {
          return;
        }
        for (IsoWeek wk = first; !wk.isAfter(last); wk = wk.plusWeeks(1)) {
          g.writeStartObject();
          g.writeStringField("citizen", who);
          g.writeStringField("week", wk.toString());
          g.writeStringField("category", c.getCategory().officialName());
          g.writeStringField("courseStart", c.getStart().toString());
          g.writeEndObject();
        }
        return;
      }
      g.writeStartObject();
      g.writeStringField("citizen", who);
      g.writeStringField("category", c.getCategory().officialName());
      g.writeStringField("start", c.getStart().toString());
      g.writeStringField("end", c.flisEnd().toString());
      if (withWeeks) {
        g.writeNumberField("weeks", n);
        if (first != null) {
          g.writeStringField("firstWeek", first.toString());
          g.writeStringField("lastWeek", last.toString());
        }
      }
      g.writeEndObject();
    }

    @Override
    public void finish(VisitationCourseJob.Summary s) throws IOException {
      start();
      g.writeEndArray();
      g.writeObjectFieldStart("rows");
      g.writeNumberField("read", s.rows().read());
      g.writeNumberField("used", s.rows().used());
      g.writeNumberField("dropped", s.rows().dropped());
      g.writeNumberField("rejected", s.rows().rejected());
      g.writeEndObject();
      g.writeNumberField("citizens", s.citizens());
      g.writeNumberField("courses", s.courses());
      if (withWeeks) {
        g.writeNumberField("weekRows", s.weekRows());
        g.writeNumberField("coursesWithoutWeeks", s.coursesWithoutWeeks());
      }
      g.writeEndObject();
      g.flush();
    }
  }
}
