/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.codelists.OfficialCodes;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.DelimitedReader;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.csv.Masking;
import dk.dfdgrules.rules.flis.VisitationCourses;
import dk.dfdgrules.rules.flis.VisitationCourses.DropReason;
import dk.dfdgrules.rules.flis.VisitationWeeks;
import dk.dfdgrules.rules.flis.VisitationWeeks.NoWeeks;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The batch job of VIS-1 … VIS-4 over a file of DFDG visitation registrations: it reads the rows,
 * derives each citizen's courses with {@link VisitationCourses} and, for a load month, unrolls them
 * to weeks with {@link VisitationWeeks}, and hands every course, week run, dropped registration and
 * bad row to an {@link Output}.
 *
 * <p>The file: a header row and one row per registration, the columns found by name in any order
 * (names configurable, defaults below; case ignored), {@code ;}, {@code ,} or tab, UTF-8 with or
 * without a byte-order mark, LF or CRLF:
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>default names</th><th>value</th></tr>
 *   <tr><td>citizen</td><td>{@link #DEFAULT_CITIZEN_COLUMNS}</td><td>a CPR number, {@code
 *       DDMMYYSSSS} or {@code DDMMYY-SSSS}</td></tr>
 *   <tr><td>start</td><td>{@link #DEFAULT_START_COLUMNS}</td><td>the start date and time: {@code
 *       2019-01-07T09:00}, {@code 2019-01-07 09:00[:00]}, {@code 07-01-2019 09:00}, or a date alone
 *       with the time in its own column</td></tr>
 *   <tr><td>time (optional)</td><td>{@link #DEFAULT_TIME_COLUMNS}</td><td>{@code 09:00[:00]}; a
 *       date without a time starts at 00:00</td></tr>
 *   <tr><td>category</td><td>{@link #DEFAULT_CATEGORY_COLUMNS}</td><td>the visitation category by
 *       its Danish name (Jobparat, Aktivitetsparat, Uddannelsesparat, Åbenlyst uddannelsesparat) or
 *       constant name</td></tr>
 * </table>
 *
 * <p>By default the file must be sorted by citizen (ascending CPR number, as {@code sort} and SQL
 * {@code ORDER BY} leave it): the job then holds one citizen's registrations at a time, so its
 * memory does not grow with the number of citizens. A citizen that sorts before the one above it
 * ends the job with an {@link InputFileException} naming the line; {@linkplain
 * Builder#anyOrder(boolean) any order} reads the whole file into memory first.
 *
 * <p>Every row is accounted for ({@link Summary#rows()}: read = used + dropped + rejected): a used
 * row is a registration that became a course, a dropped one was left out by VIS-2 (reported with
 * the line of the registration kept), a rejected one is malformed (reported with its line and
 * reason, the CPR number never shown). Courses without weeks (VIS-4) are reported, never lost.
 */
public final class VisitationCourseJob {

  /** The default names of the citizen column. */
  public static final List<String> DEFAULT_CITIZEN_COLUMNS =
      List.of("cpr", "cprnr", "personnummer", "borger", "citizen");

  /** The default names of the start column. */
  public static final List<String> DEFAULT_START_COLUMNS =
      List.of("start", "startdato", "starttidspunkt", "startdatotid", "start_date", "startdate");

  /** The default names of the optional time column. */
  public static final List<String> DEFAULT_TIME_COLUMNS =
      List.of("starttid", "tidspunkt", "start_time", "time");

  /** The default names of the category column. */
  public static final List<String> DEFAULT_CATEGORY_COLUMNS =
      List.of("kategori", "visitationskategori", "visitationsgruppe", "visitation", "category");

  /** Why a row was rejected. */
  public enum Problem {
    /** An empty line, or only delimiters. */
    BLANK,
    /** A quote that is not closed, or a line longer than {@link DelimitedReader#MAX_LINE_CHARS}. */
    MALFORMED,
    /** The citizen is not a CPR number. */
    CITIZEN,
    /** The start is not a date and time. */
    START,
    /** The category is not a visitation category. */
    CATEGORY
  }

  /** Where the job's results go; every method does nothing unless overridden. */
  public interface Output {
    /**
     * A course (VIS-1, VIS-3), in citizen order and, for a citizen, by start.
     *
     * @param course the course
     * @param line the line of the registration it starts with
     */
    default void course(VisitationCourse course, long line) {}

    /**
     * A course's weeks (VIS-4): every week from {@code first} to {@code last}, both included, is
     * one row. Called after {@link #course} for courses with weeks, when there is a load month.
     *
     * @param course the course
     * @param first the first week
     * @param last the last week
     */
    default void weeks(VisitationCourse course, IsoWeek first, IsoWeek last) {}

    /**
     * A course without weeks (VIS-4), after {@link #course}.
     *
     * @param course the course
     * @param why why
     * @param line the line of the registration it starts with
     */
    default void withoutWeeks(VisitationCourse course, NoWeeks why, long line) {}

    /**
     * A registration left out (VIS-2).
     *
     * @param line its line
     * @param reason why
     * @param keptLine the line of the registration kept in its place
     */
    default void dropped(long line, DropReason reason, long keptLine) {}

    /**
     * A malformed row, skipped.
     *
     * @param row its line and the reason
     * @param problem the kind of problem
     */
    default void rejected(BadRow row, Problem problem) {}
  }

  /**
   * What a run did.
   *
   * @param rows every row accounted for
   * @param citizens the citizens with at least one course
   * @param courses the courses
   * @param weekRows the week rows (0 without a load month)
   * @param coursesWithoutWeeks the courses without weeks (0 without a load month)
   * @param rejectedByProblem the rejected rows per problem
   * @param horizon the last day unrolled, when there is a load month
   */
  public record Summary(
      RowAccount rows,
      long citizens,
      long courses,
      long weekRows,
      long coursesWithoutWeeks,
      Map<Problem, Long> rejectedByProblem,
      Optional<LocalDate> horizon) {
    /** Copies the map. */
    public Summary {
      rejectedByProblem = ImmutableMap.copyOf(rejectedByProblem);
    }
  }

  private final ImmutableList<String> citizenColumns;
  private final ImmutableList<String> startColumns;
  private final ImmutableList<String> timeColumns;
  private final ImmutableList<String> categoryColumns;
  private final @Nullable YearMonth loadMonth;
  private final boolean anyOrder;

  private VisitationCourseJob(Builder b) {
    this.citizenColumns = b.citizenColumns;
    this.startColumns = b.startColumns;
    this.timeColumns = b.timeColumns;
    this.categoryColumns = b.categoryColumns;
    this.loadMonth = b.loadMonth;
    this.anyOrder = b.anyOrder;
  }

  /**
   * Starts a job with the default columns, sorted input and no load month (courses only).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the job over one file.
   *
   * @param in the file's bytes; closed when done
   * @param out where the results go
   * @return what the run did
   * @throws IOException if reading fails
   * @throws InputFileException if the header lacks a column, or a sorted file is not sorted
   */
  public Summary run(InputStream in, Output out) throws IOException {
    requireNonNull(out, "out");
    if (!anyOrder) {
      try (InputStream input = in) {
        return new VisitationKernel(
                citizenColumns, startColumns, timeColumns, categoryColumns, loadMonth, out)
            .run(input);
      }
    }
    try (DelimitedReader r = DelimitedReader.open(in)) {
      Run run = new Run(r, out);
      run.readAll();
      return run.summary();
    }
  }

  /** One registration with its line. */
  private record Row(VisitationRegistration registration, long line) {}

  /**
   * The careful reading of a file in any order, held in memory (a sorted file: {@link
   * VisitationKernel}).
   */
  private final class Run {
    private final DelimitedReader r;
    private final Output out;
    private final int citizenCol;
    private final int startCol;
    private final int timeCol;
    private final int categoryCol;
    private final EnumMap<Problem, Long> rejected = new EnumMap<>(Problem.class);
    private long used;
    private long dropped;
    private long citizens;
    private long courses;
    private long weekRows;
    private long withoutWeeks;
    private final List<Row> pending = new ArrayList<>();
    private final TreeMap<String, List<Row>> all = new TreeMap<>();

    Run(DelimitedReader r, Output out) {
      this.r = r;
      this.out = out;
      this.citizenCol = r.require("citizen", citizenColumns);
      this.startCol = r.require("start", startColumns);
      this.categoryCol = r.require("category", categoryColumns);
      this.timeCol = r.find(timeColumns);
    }

    /** Reads every row into memory by citizen, then derives each citizen's courses. */
    void readAll() throws IOException {
      while (r.next()) {
        Row row = parse();
        if (row != null) {
          all.computeIfAbsent(
                  row.registration().getCitizen().unmaskedValue(), k -> new ArrayList<>())
              .add(row);
        }
      }
      for (List<Row> rows : all.values()) {
        pending.addAll(rows);
        flush();
      }
      all.clear();
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      Map<VisitationRegistration, Long> lines = new IdentityHashMap<>();
      List<VisitationRegistration> regs = new ArrayList<>(pending.size());
      for (Row row : pending) {
        lines.put(row.registration(), row.line());
        regs.add(row.registration());
      }
      pending.clear();
      VisitationCourses.Derivation d = VisitationCourses.derive(regs);
      for (VisitationCourses.Dropped x : d.dropped()) {
        dropped++;
        out.dropped(lines.get(x.registration()), x.reason(), lines.get(x.kept()));
      }
      citizens++;
      Map<LocalDate, Long> startLine = new TreeMap<>();
      for (VisitationCourses.Dropped x : d.dropped()) {
        startLine.put(x.kept().getStart().toLocalDate(), lines.get(x.kept()));
      }
      for (VisitationRegistration reg : regs) {
        startLine.putIfAbsent(reg.getStart().toLocalDate(), lines.get(reg));
      }
      for (VisitationCourse c : d.courses()) {
        used++;
        courses++;
        long line = startLine.getOrDefault(c.getStart(), 0L);
        out.course(c, line);
        YearMonth load = loadMonth;
        if (load == null) {
          continue;
        }
        VisitationWeeks.CourseWeeks w = VisitationWeeks.unroll(c, load);
        if (w.noWeeks().isPresent()) {
          withoutWeeks++;
          out.withoutWeeks(c, w.noWeeks().orElseThrow(), line);
        } else {
          weekRows += w.count();
          out.weeks(c, w.first().orElseThrow(), w.last().orElseThrow());
        }
      }
    }

    private @Nullable Row parse() {
      if (r.tooLong() || r.malformed()) {
        return reject(
            Problem.MALFORMED,
            r.tooLong()
                ? "the line is longer than " + DelimitedReader.MAX_LINE_CHARS + " characters"
                : "a quote is not closed");
      }
      if (r.blank()) {
        return reject(Problem.BLANK, "the row is empty");
      }
      Parsed p =
          parseFields(r.get(citizenCol), r.get(startCol), r.get(timeCol), r.get(categoryCol));
      if (p.problem() != null) {
        return reject(p.problem(), p.reason());
      }
      return new Row(p.registration(), r.line());
    }

    private @Nullable Row reject(Problem p, String reason) {
      rejected.merge(p, 1L, Long::sum);
      out.rejected(new BadRow(r.line(), reason), p);
      return null;
    }

    Summary summary() {
      long rejectedRows = rejected.values().stream().mapToLong(Long::longValue).sum();
      YearMonth load = loadMonth;
      return new Summary(
          new RowAccount(r.rowsRead(), used, dropped, rejectedRows),
          citizens,
          courses,
          weekRows,
          withoutWeeks,
          rejected,
          load == null ? Optional.empty() : Optional.of(VisitationWeeks.horizon(load)));
    }
  }

  /** A row's fields read: a registration, or why not. */
  record Parsed(
      @Nullable VisitationRegistration registration,
      @Nullable Problem problem,
      @Nullable String reason) {}

  private static Parsed problem(Problem p, String reason) {
    return new Parsed(null, p, reason);
  }

  /**
   * Reads a row's fields into a registration, or says what is wrong without showing a CPR number.
   *
   * @param cpr the citizen field
   * @param start the start field
   * @param time the time field, or empty
   * @param cat the category field
   * @return the registration, or the problem and its reason
   */
  static Parsed parseFields(String cpr, String start, String time, String cat) {
    CprNumber citizen;
    try {
      citizen = CprNumber.parse(cpr);
    } catch (IllegalArgumentException e) {
      return problem(
          Problem.CITIZEN,
          cpr.isEmpty()
              ? "citizen: empty"
              : "citizen: not a CPR number (DDMMYYSSSS with a real date): '"
                  + Masking.mask(cpr, 20).replaceAll("[0-9]", "*")
                  + "'");
    }
    LocalDateTime at = parseStart(start, time);
    if (at == null) {
      String shown = Masking.mask(start + " " + time, 40).strip();
      return problem(Problem.START, "start: not a date and time: '" + shown + "'");
    }
    VisitationCategory category;
    try {
      category = OfficialCodes.parse(VisitationCategory.class, cat);
    } catch (IllegalArgumentException e) {
      return problem(
          Problem.CATEGORY,
          "category: not a visitation category: '"
              + Masking.mask(cat, 40)
              + "' (expected Jobparat, Aktivitetsparat, Uddannelsesparat or Åbenlyst"
              + " uddannelsesparat)");
    }
    return new Parsed(VisitationRegistration.of(citizen, at, category), null, null);
  }

  /**
   * Reads a start: a date with an optional time ({@code T} or a blank between), or a date and the
   * time column's time. Dates are ISO ({@code 2019-01-07}) or Danish ({@code 07-01-2019}).
   *
   * @param start the start field
   * @param time the time field, or empty
   * @return the date and time, or null if malformed
   */
  static @Nullable LocalDateTime parseStart(String start, String time) {
    if (start.isEmpty() || start.length() > 40 || time.length() > 20) {
      return null;
    }
    int cut = start.indexOf('T');
    if (cut < 0) {
      cut = start.indexOf(' ');
    }
    String datePart = cut < 0 ? start : start.substring(0, cut);
    String timePart = cut < 0 ? time : start.substring(cut + 1).strip();
    if (cut >= 0 && !time.isEmpty()) {
      return null; // a time in both places
    }
    LocalDate date = parseDate(datePart);
    if (date == null) {
      return null;
    }
    if (timePart.isEmpty()) {
      return date.atStartOfDay();
    }
    LocalTime t = parseTime(timePart);
    return t == null ? null : date.atTime(t);
  }

  private static @Nullable LocalDate parseDate(String s) {
    try {
      LocalDate date = null;
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        date = LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
      } else if (s.length() == 10 && s.charAt(2) == '-' && s.charAt(5) == '-') {
        date = LocalDate.of(num(s, 6, 10), num(s, 3, 5), num(s, 0, 2));
      }
      // the year 0000 has no ISO week a registration could start in
      return date == null || date.getYear() < 1 ? null : date;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable LocalTime parseTime(String s) {
    try {
      if (s.length() >= 5 && s.charAt(2) == ':') {
        int h = num(s, 0, 2);
        int m = num(s, 3, 5);
        int sec = 0;
        if (s.length() > 5) {
          if (s.charAt(5) != ':' || s.length() < 8) {
            return null;
          }
          sec = num(s, 6, 8);
          if (s.length() > 8 && (s.charAt(8) != '.' || s.length() > 18)) {
            return null;
          }
          for (int i = 9; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
              return null;
            }
          }
        }
        return LocalTime.of(h, m, sec);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException("not an ASCII digit");
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Builds a {@link VisitationCourseJob}. */
  public static final class Builder {
    private ImmutableList<String> citizenColumns = ImmutableList.copyOf(DEFAULT_CITIZEN_COLUMNS);
    private ImmutableList<String> startColumns = ImmutableList.copyOf(DEFAULT_START_COLUMNS);
    private ImmutableList<String> timeColumns = ImmutableList.copyOf(DEFAULT_TIME_COLUMNS);
    private ImmutableList<String> categoryColumns = ImmutableList.copyOf(DEFAULT_CATEGORY_COLUMNS);
    private @Nullable YearMonth loadMonth;
    private boolean anyOrder;

    private Builder() {}

    /**
     * The names of the citizen column.
     *
     * @param names the names, in order of preference
     * @return this builder
     */
    public Builder citizenColumns(List<String> names) {
      this.citizenColumns = names(names);
      return this;
    }

    /**
     * The names of the start column.
     *
     * @param names the names
     * @return this builder
     */
    public Builder startColumns(List<String> names) {
      this.startColumns = names(names);
      return this;
    }

    /**
     * The names of the optional time column.
     *
     * @param names the names
     * @return this builder
     */
    public Builder timeColumns(List<String> names) {
      this.timeColumns = names(names);
      return this;
    }

    /**
     * The names of the category column.
     *
     * @param names the names
     * @return this builder
     */
    public Builder categoryColumns(List<String> names) {
      this.categoryColumns = names(names);
      return this;
    }

    /**
     * Unrolls the courses to weeks for a load month (VIS-4).
     *
     * @param month the month of the load, e.g. 2019-11
     * @return this builder
     */
    public Builder loadMonth(YearMonth month) {
      this.loadMonth = requireNonNull(month, "month");
      return this;
    }

    /**
     * Reads a file in any order, holding it in memory, instead of a file sorted by citizen.
     *
     * @param any true for any order
     * @return this builder
     */
    public Builder anyOrder(boolean any) {
      this.anyOrder = any;
      return this;
    }

    /**
     * Builds the job.
     *
     * @return the job
     */
    public VisitationCourseJob build() {
      return new VisitationCourseJob(this);
    }

    private static ImmutableList<String> names(List<String> names) {
      ImmutableList<String> copy = ImmutableList.copyOf(names);
      if (copy.isEmpty() || copy.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("column names must be given and not blank");
      }
      return copy;
    }
  }
}
