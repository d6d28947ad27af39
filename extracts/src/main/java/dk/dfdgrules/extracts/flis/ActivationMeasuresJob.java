/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.FlisDates;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.DelimitedReader;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.csv.Masking;
import dk.dfdgrules.rules.flis.Activation;
import dk.dfdgrules.rules.flis.AidExpense;
import dk.dfdgrules.rules.flis.Conversation;
import dk.dfdgrules.rules.flis.FlisCodes;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * ACT-1 … ACT-7 over an activation records file, streamed: one pass, memory for the distinct
 * citizens of each group only.
 *
 * <h2>The file</h2>
 *
 * A delimited text file ({@code ;}, {@code ,} or tab; UTF-8, a BOM and CRLF tolerated) with a
 * header; columns are found by name, in any order ({@link RecordColumn}, names configurable). Each
 * row is one record, its kind in the {@code record} column:
 *
 * <table>
 *   <caption>The record kinds and their columns</caption>
 *   <tr><th>record</th><th>required</th><th>optional</th></tr>
 *   <tr><td>{@code activation}</td><td>citizen, start, status</td><td>municipality, end (the
 *       last day), hours, cause, pool, type</td></tr>
 *   <tr><td>{@code visitation}</td><td>citizen, start, category</td><td>municipality, end (the
 *       next course's start)</td></tr>
 *   <tr><td>{@code conversation}</td><td>citizen, date</td><td>municipality, type, contactform,
 *       participants ({@code |}-separated)</td></tr>
 *   <tr><td>{@code aid}</td><td>citizen, date, cost</td><td>municipality, kind, type</td></tr>
 * </table>
 *
 * Dates are ISO ({@code 2022-03-01}; a date-time's date is taken); an end of 9999-12-31 is open.
 * Hours are from 0 to {@value Activation#MAX_HOURS_PER_WEEK} with at most {@value
 * Activation#MAX_HOURS_DECIMALS} decimals ({@code ,} or {@code .}); a cost is an amount as {@link
 * Money#parse(CharSequence)} reads it, with at most {@value AidExpense#MAX_COST_DIGITS} digits of
 * kroner. Code values are checked against their lists ({@link FlisCodes}, {@code municipalities},
 * {@link ActivityStatus}, {@link VisitationCategory}).
 *
 * <h2>Bad rows</h2>
 *
 * A row that cannot be read — a missing or malformed value, an unknown record kind, a value its
 * code list does not list, an end before its start — is rejected and reported as a {@link BadRow}
 * with its line number and reason (an echoed value is {@linkplain Masking masked}; a CPR number is
 * never echoed). Blank lines are dropped. Every row is accounted for ({@link RowAccount}).
 */
public final class ActivationMeasuresJob {

  private final DatePeriod period;
  private final Grouping by;
  private final Map<RecordColumn, List<String>> names;
  private final Consumer<BadRow> rejects;

  /** The most months a monthly grouping covers (100 years): one group is held per month. */
  public static final int MAX_MONTHS = 1200;

  private static final BigDecimal COST_LIMIT = BigDecimal.TEN.pow(AidExpense.MAX_COST_DIGITS);

  /** The longest hours field read; a longer one is rejected unread. */
  private static final int MAX_HOURS_LENGTH = 32;

  private ActivationMeasuresJob(Builder b) {
    this.period = requireNonNull(b.period, "period");
    this.by = b.by;
    if (by == Grouping.MONTH) {
      long months =
          ChronoUnit.MONTHS.between(
                  YearMonth.from(period.start()), YearMonth.from(period.end().orElseThrow()))
              + 1;
      if (months > MAX_MONTHS) {
        throw new IllegalArgumentException(
            "a monthly grouping covers at most "
                + MAX_MONTHS
                + " months (100 years); the period has "
                + months);
      }
    }
    this.names = new EnumMap<>(b.names);
    this.rejects = b.rejects;
  }

  /**
   * Starts a job.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivationMeasuresJob}. */
  public static final class Builder {
    private @Nullable DatePeriod period;
    private Grouping by = Grouping.NONE;
    private final Map<RecordColumn, List<String>> names = new EnumMap<>(RecordColumn.class);
    private Consumer<BadRow> rejects = r -> {};

    private Builder() {
      for (RecordColumn c : RecordColumn.values()) {
        names.put(c, c.defaultNames());
      }
    }

    /**
     * Sets the period measured, both days included.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return this builder
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Builder period(LocalDate from, LocalDate to) {
      this.period = DatePeriod.of(from, to);
      return this;
    }

    /**
     * Sets the grouping (default {@link Grouping#NONE}).
     *
     * @param grouping the grouping
     * @return this builder
     */
    public Builder by(Grouping grouping) {
      this.by = requireNonNull(grouping, "grouping");
      return this;
    }

    /**
     * Sets the names a column is found by, instead of its {@linkplain RecordColumn#defaultNames()
     * default names}.
     *
     * @param column the column
     * @param columnNames the names, in order of preference, at least one
     * @return this builder
     * @throws IllegalArgumentException if no name is given
     */
    public Builder columnNames(RecordColumn column, List<String> columnNames) {
      checkArgument(!columnNames.isEmpty(), "give at least one name for column %s", column.key());
      names.put(column, ImmutableList.copyOf(columnNames));
      return this;
    }

    /**
     * Sets where each rejected row is reported (default: nowhere, only counted).
     *
     * @param sink receives each bad row, in file order
     * @return this builder
     */
    public Builder rejects(Consumer<BadRow> sink) {
      this.rejects = requireNonNull(sink, "sink");
      return this;
    }

    /**
     * Builds the job.
     *
     * @return the job
     * @throws NullPointerException if no period was set
     * @throws IllegalArgumentException if a monthly grouping would cover more than {@link
     *     #MAX_MONTHS} months
     */
    public ActivationMeasuresJob build() {
      return new ActivationMeasuresJob(this);
    }
  }

  /** A row that cannot be used: its reason, without personal data. */
  private static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Reads a file and measures it.
   *
   * @param in the file; read to its end, not closed
   * @return the measures per group and the account of the rows
   * @throws IOException if reading fails
   * @throws InputFileException if the file has no header or lacks a required column
   */
  public ActivationMeasuresReport run(InputStream in) throws IOException {
    Map<String, MeasureAccumulator> groups = new TreeMap<>();
    List<MeasureAccumulator> months = new ArrayList<>();
    if (by == Grouping.MONTH) {
      LocalDate end = period.end().orElseThrow();
      for (YearMonth m = YearMonth.from(period.start());
          !m.isAfter(YearMonth.from(end));
          m = m.plusMonths(1)) {
        LocalDate first = m.atDay(1).isBefore(period.start()) ? period.start() : m.atDay(1);
        LocalDate last = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
        months.add(new MeasureAccumulator(m.toString(), DatePeriod.of(first, last)));
      }
    } else if (by == Grouping.NONE) {
      groups.put("", new MeasureAccumulator("", period));
    }
    long used = 0;
    long dropped = 0;
    long rejected = 0;
    DelimitedReader r = DelimitedReader.open(in);
    Columns cols = new Columns(r);
    while (r.next()) {
      if (r.tooLong()) {
        rejected++;
        rejects.accept(
            new BadRow(r.line(), "longer than " + DelimitedReader.MAX_LINE_CHARS + " characters"));
        continue;
      }
      if (r.malformed()) {
        rejected++;
        rejects.accept(new BadRow(r.line(), "a quote is not closed"));
        continue;
      }
      if (r.blank()) {
        dropped++;
        continue;
      }
      try {
        String municipality = municipality(r, cols);
        List<MeasureAccumulator> targets;
        if (by == Grouping.MONTH) {
          targets = months;
        } else if (by == Grouping.MUNICIPALITY) {
          targets =
              List.of(groups.computeIfAbsent(municipality, m -> new MeasureAccumulator(m, period)));
        } else {
          targets = List.of(groups.get(""));
        }
        addRecord(r, cols, municipality, targets);
        used++;
      } catch (Rejected e) {
        rejected++;
        rejects.accept(new BadRow(r.line(), e.getMessage()));
      }
    }
    List<GroupMeasures> out = new ArrayList<>();
    for (MeasureAccumulator a : by == Grouping.MONTH ? months : groups.values()) {
      out.add(a.result());
    }
    return new ActivationMeasuresReport(
        period.start(),
        period.end().orElseThrow(),
        by,
        out,
        new RowAccount(r.rowsRead(), used, dropped, rejected));
  }

  /** The column indexes of one file. */
  private final class Columns {
    final Map<RecordColumn, Integer> index = new EnumMap<>(RecordColumn.class);

    Columns(DelimitedReader r) {
      for (RecordColumn c : RecordColumn.values()) {
        List<String> n = names.get(c);
        index.put(c, c.required() ? r.require(c.key(), n) : r.find(n));
      }
    }

    int of(RecordColumn c) {
      return index.get(c);
    }
  }

  private void addRecord(
      DelimitedReader r, Columns cols, String municipality, List<MeasureAccumulator> targets)
      throws Rejected {
    String kind = r.get(cols.of(RecordColumn.RECORD)).toLowerCase(Locale.ROOT);
    Optional<String> muni = municipality.isEmpty() ? Optional.empty() : Optional.of(municipality);
    switch (kind) {
      case "activation", "aktivering" -> {
        Activation a = activation(r, cols, muni);
        targets.forEach(t -> t.add(a));
      }
      case "visitation", "visitationsforløb", "visitationsforloeb" -> {
        VisitationCourse c = visitation(r, cols);
        targets.forEach(t -> t.add(c));
      }
      case "conversation", "samtale" -> {
        Conversation c = conversation(r, cols, muni);
        targets.forEach(t -> t.add(c));
      }
      case "aid", "hjælpemiddel", "hjaelpemiddel" -> {
        AidExpense e = aid(r, cols, muni);
        targets.forEach(t -> t.add(e));
      }
      default ->
          throw new Rejected(
              kind.isEmpty()
                  ? "record: missing; give activation, visitation, conversation or aid"
                  : "record: '"
                      + Masking.mask(kind, 40)
                      + "' is not activation, visitation, conversation or aid");
    }
  }

  private Activation activation(DelimitedReader r, Columns cols, Optional<String> muni)
      throws Rejected {
    CprNumber citizen = citizen(r, cols);
    LocalDate start = date(r, cols, RecordColumn.START, true).orElseThrow();
    Optional<LocalDate> end =
        date(r, cols, RecordColumn.END, false).flatMap(FlisDates::fromFlisEnd);
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new Rejected("end: " + end.get() + " is before start " + start);
    }
    ActivityStatus status;
    String s = required(r, cols, RecordColumn.STATUS);
    try {
      status = ActivityStatus.from(s);
    } catch (IllegalArgumentException e) {
      throw new Rejected(
          "status: '" + Masking.mask(s, 40) + "' is not in the code list activity-statuses");
    }
    Optional<BigDecimal> hours = hours(r, cols);
    Activation a =
        new Activation(
            citizen,
            muni,
            start,
            end,
            hours,
            status,
            optional(r, cols, RecordColumn.CAUSE),
            optional(r, cols, RecordColumn.POOL),
            optional(r, cols, RecordColumn.TYPE));
    codes(FlisCodes.check(a));
    return a;
  }

  private VisitationCourse visitation(DelimitedReader r, Columns cols) throws Rejected {
    CprNumber citizen = citizen(r, cols);
    LocalDate start = date(r, cols, RecordColumn.START, true).orElseThrow();
    Optional<LocalDate> end =
        date(r, cols, RecordColumn.END, false).flatMap(FlisDates::fromFlisEnd);
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new Rejected("end: " + end.get() + " is before start " + start);
    }
    String c = required(r, cols, RecordColumn.CATEGORY);
    VisitationCategory category;
    try {
      category = VisitationCategory.from(c);
    } catch (IllegalArgumentException e) {
      throw new Rejected(
          "category: '" + Masking.mask(c, 40) + "' is not in the code list visitation-categories");
    }
    return VisitationCourse.builder()
        .citizen(citizen)
        .category(category)
        .start(start)
        .end(end)
        .build();
  }

  private Conversation conversation(DelimitedReader r, Columns cols, Optional<String> muni)
      throws Rejected {
    CprNumber citizen = citizen(r, cols);
    LocalDate date = date(r, cols, RecordColumn.DATE, true).orElseThrow();
    List<String> participants = new ArrayList<>();
    for (String p : r.get(cols.of(RecordColumn.PARTICIPANTS)).split("\\|")) {
      if (!p.isBlank()) {
        participants.add(p.strip());
      }
    }
    Conversation c =
        new Conversation(
            citizen,
            muni,
            date,
            optional(r, cols, RecordColumn.TYPE),
            optional(r, cols, RecordColumn.CONTACT_FORM),
            participants);
    codes(FlisCodes.check(c));
    return c;
  }

  private AidExpense aid(DelimitedReader r, Columns cols, Optional<String> muni) throws Rejected {
    CprNumber citizen = citizen(r, cols);
    LocalDate date = date(r, cols, RecordColumn.DATE, true).orElseThrow();
    String c = required(r, cols, RecordColumn.COST);
    Money cost;
    try {
      cost = Money.parse(c);
    } catch (IllegalArgumentException e) {
      throw new Rejected("cost: " + Masking.mask(e.getMessage(), 160));
    }
    if (cost.amount().abs().compareTo(COST_LIMIT) >= 0) {
      throw new Rejected("cost: more than " + AidExpense.MAX_COST_DIGITS + " digits of kroner");
    }
    AidExpense e =
        new AidExpense(
            citizen,
            muni,
            date,
            cost,
            optional(r, cols, RecordColumn.KIND),
            optional(r, cols, RecordColumn.TYPE));
    codes(FlisCodes.check(e));
    return e;
  }

  private static void codes(List<FlisCodes.Problem> problems) throws Rejected {
    if (!problems.isEmpty()) {
      throw new Rejected(Masking.mask(problems.get(0).text(), 200));
    }
  }

  private static CprNumber citizen(DelimitedReader r, Columns cols) throws Rejected {
    String c = r.get(cols.of(RecordColumn.CITIZEN));
    if (c.isEmpty()) {
      throw new Rejected("citizen: missing");
    }
    try {
      return CprNumber.parse(c);
    } catch (IllegalArgumentException e) {
      // never echo the value: it may be a CPR number with a typo
      throw new Rejected("citizen: not a CPR number (10 digits, a real birth date)");
    }
  }

  private static String municipality(DelimitedReader r, Columns cols) throws Rejected {
    String m = r.get(cols.of(RecordColumn.MUNICIPALITY));
    if (m.isEmpty()) {
      return "";
    }
    if (!CodeLists.get(CodeLists.MUNICIPALITIES).contains(m)) {
      throw new Rejected(
          "municipality: '" + Masking.mask(m, 20) + "' is not in the code list municipalities");
    }
    return m;
  }

  private static String required(DelimitedReader r, Columns cols, RecordColumn c) throws Rejected {
    if (cols.of(c) < 0) {
      throw new Rejected(c.key() + ": the file has no " + c.key() + " column");
    }
    String v = r.get(cols.of(c));
    if (v.isEmpty()) {
      throw new Rejected(c.key() + ": missing");
    }
    return v;
  }

  private static Optional<String> optional(DelimitedReader r, Columns cols, RecordColumn c) {
    String v = r.get(cols.of(c));
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<LocalDate> date(
      DelimitedReader r, Columns cols, RecordColumn c, boolean isRequired) throws Rejected {
    String v = isRequired ? required(r, cols, c) : r.get(cols.of(c));
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String day =
        v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ') ? v.substring(0, 10) : v;
    try {
      return Optional.of(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      throw new Rejected(c.key() + ": not a date (yyyy-MM-dd): '" + Masking.mask(v, 40) + "'");
    }
  }

  private static Optional<BigDecimal> hours(DelimitedReader r, Columns cols) throws Rejected {
    String v = r.get(cols.of(RecordColumn.HOURS));
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.length() > MAX_HOURS_LENGTH) {
      throw new Rejected("hours: not a number of hours (over " + MAX_HOURS_LENGTH + " characters)");
    }
    BigDecimal h;
    try {
      h = new BigDecimal(v.replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new Rejected("hours: not a number: '" + Masking.mask(v, 40) + "'");
    }
    if (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(Activation.MAX_HOURS_PER_WEEK)) > 0) {
      throw new Rejected(
          "hours: "
              + Masking.mask(v, 12)
              + " is not between 0 and "
              + Activation.MAX_HOURS_PER_WEEK
              + " per week");
    }
    if (h.stripTrailingZeros().scale() > Activation.MAX_HOURS_DECIMALS) {
      throw new Rejected("hours: more than " + Activation.MAX_HOURS_DECIMALS + " decimals");
    }
    return Optional.of(h);
  }
}
