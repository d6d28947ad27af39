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
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.DelimitedReader;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.csv.Masking;
import dk.dfdgrules.rules.flis.BenchmarkAccumulator;
import dk.dfdgrules.rules.flis.BenchmarkCell;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import dk.dfdgrules.rules.flis.BenchmarkQuery;
import dk.dfdgrules.rules.flis.CitizenWeek;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark model (FLIS-DFDG §7.3; WIN-2, WIN-3, SUP-1, SUP-2) over a citizen-week file, read
 * as a stream: one row per citizen and ISO week (and activation), in any order; the cells are
 * counted as the rows go by (memory: the distinct citizens of each cell, not the file).
 *
 * <table>
 *   <caption>The input columns (by name, any order; case ignored; {@code ;}, {@code ,} or tab)</caption>
 *   <tr><th>role</th><th>accepted names (first found wins)</th><th>value</th></tr>
 *   <tr><td>{@link Role#CITIZEN}</td><td>cpr, borger, citizen</td><td>a CPR number, with or
 *       without the hyphen (for the age, SUP-2)</td></tr>
 *   <tr><td>{@link Role#MUNICIPALITY}</td><td>kommune, kommunekode, municipality</td><td>one of
 *       the 98 municipality codes, e.g. 101</td></tr>
 *   <tr><td>{@link Role#WEEK}</td><td>uge, week</td><td>an ISO week {@code 2020-W05}, or a date
 *       {@code 2020-01-29} (its week)</td></tr>
 *   <tr><td>{@link Role#BENEFIT}</td><td>ydelse, beskaeftigelsesydelse, benefit</td><td>the YR
 *       benefit; empty when the citizen is not in YR that week (WIN-3: "Uden ydelse i
 *       YR")</td></tr>
 *   <tr><td>{@link Role#VISITATION_CATEGORY}</td><td>visitationskategori, visitationsgruppe,
 *       visitation_category</td><td>Jobparat, Aktivitetsparat, Uddannelsesparat, Åbenlyst
 *       uddannelsesparat (or the constant names); empty for none</td></tr>
 *   <tr><td>{@link Role#ACTIVATION}</td><td>aktivering, aktiveringstype, activation</td><td>the
 *       activation's type; empty when not activated</td></tr>
 *   <tr><td>{@link Role#ACTIVATION_COURSE}</td><td>aktiveringsforloeb, aktiveringsforløb,
 *       activation_course</td><td>the course's id; empty for none. The only optional column:
 *       needed for the measure activation courses</td></tr>
 * </table>
 *
 * <p><b>Rows.</b> A malformed row (blank, an unclosed quote, too long, a field that does not read)
 * is rejected and reported as a {@link BadRow} with its line and reason — never the CPR number, and
 * any echoed value {@linkplain Masking masked}. A well-formed row of a week before 2020-01-01 (its
 * Thursday; 2019-W52 and earlier) is <b>dropped</b>, not rejected: the YR-linked cubes hold no data
 * before the link (WIN-2); so is a row of a week outside the query's range. Every row is accounted
 * for: {@code read = used + dropped + rejected} ({@link RowAccount}).
 */
public final class BenchmarkJob {

  /** What a column holds. */
  public enum Role {
    /** The citizen's CPR number. */
    CITIZEN("cpr", "borger", "citizen"),
    /** The municipality code. */
    MUNICIPALITY("kommune", "kommunekode", "municipality"),
    /** The ISO week. */
    WEEK("uge", "week"),
    /** The YR benefit. */
    BENEFIT("ydelse", "beskaeftigelsesydelse", "beskæftigelsesydelse", "benefit"),
    /** The visitation category. */
    VISITATION_CATEGORY(
        "visitationskategori", "visitationsgruppe", "visitation_category", "visitationcategory"),
    /** The activation's type. */
    ACTIVATION("aktivering", "aktiveringstype", "activation", "activation_type"),
    /** The activation course's id. */
    ACTIVATION_COURSE(
        "aktiveringsforloeb", "aktiveringsforløb", "activation_course", "activationcourse");

    private final List<String> defaultNames;

    Role(String... names) {
      this.defaultNames = List.of(names);
    }

    /**
     * The names the column is found by unless configured.
     *
     * @return the names, in order of preference
     */
    public List<String> defaultNames() {
      return defaultNames;
    }

    /**
     * The role's name in messages and options, e.g. {@code visitation-category}.
     *
     * @return the name
     */
    public String optionName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final BenchmarkQuery query;
  private final Map<Role, List<String>> columns;
  private final Consumer<BadRow> rejects;

  private BenchmarkJob(Builder b) {
    this.query = requireNonNull(b.query, "query");
    this.columns = new EnumMap<>(b.columns);
    this.rejects = b.rejects;
  }

  /**
   * Starts a job.
   *
   * @return a builder with the default column names and no reject consumer
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The result of a run: the published cells and what became of every row.
   *
   * @param cells the cells, ordered by their members
   * @param account read = used + dropped + rejected
   * @param droppedBeforeYrLink rows of weeks before 2020-01-01 (WIN-2)
   * @param droppedOutsidePeriod rows of weeks outside the query's range (on or after 2020-W01)
   */
  public record Report(
      List<BenchmarkCell> cells,
      RowAccount account,
      long droppedBeforeYrLink,
      long droppedOutsidePeriod) {
    /**
     * Copies the list and checks the drops.
     *
     * @throws IllegalArgumentException if the drops do not add up to the account's
     */
    public Report {
      cells = ImmutableList.copyOf(cells);
      requireNonNull(account, "account");
      checkArgument(
          droppedBeforeYrLink + droppedOutsidePeriod == account.dropped(),
          "the drops do not add up");
    }
  }

  /**
   * Runs the job over a stream.
   *
   * @param in the citizen-week file (UTF-8; closed by the caller)
   * @return the report
   * @throws IOException if reading fails
   * @throws InputFileException if the header is missing or lacks a required column
   */
  public Report run(InputStream in) throws IOException {
    BenchmarkAccumulator acc = BenchmarkAccumulator.of(query);
    CodeList municipalities = CodeLists.get(CodeLists.MUNICIPALITIES);
    long used = 0;
    long before = 0;
    long outside = 0;
    long rejected = 0;
    DelimitedReader r = DelimitedReader.open(in);
    int cpr = r.require(Role.CITIZEN.optionName(), columns.get(Role.CITIZEN));
    int kom = r.require(Role.MUNICIPALITY.optionName(), columns.get(Role.MUNICIPALITY));
    int wk = r.require(Role.WEEK.optionName(), columns.get(Role.WEEK));
    int ben = r.require(Role.BENEFIT.optionName(), columns.get(Role.BENEFIT));
    int vis =
        r.require(Role.VISITATION_CATEGORY.optionName(), columns.get(Role.VISITATION_CATEGORY));
    int act = r.require(Role.ACTIVATION.optionName(), columns.get(Role.ACTIVATION));
    int course =
        query.measures().contains(Measure.ACTIVATION_COURSES)
            ? r.require(
                Role.ACTIVATION_COURSE.optionName() + " (for the measure activation courses)",
                columns.get(Role.ACTIVATION_COURSE))
            : r.find(columns.get(Role.ACTIVATION_COURSE));
    while (r.next()) {
      @Nullable String reason = null;
      @Nullable CitizenWeek row = null;
      if (r.tooLong()) {
        reason = "the line is longer than " + DelimitedReader.MAX_LINE_CHARS + " characters";
      } else if (r.malformed()) {
        reason = "a quote is not closed";
      } else if (r.blank()) {
        reason = "the line is empty";
      } else {
        try {
          row = parse(r, cpr, kom, wk, ben, vis, act, course, municipalities);
        } catch (RowException e) {
          reason = e.getMessage();
        }
      }
      if (row == null) {
        rejected++;
        rejects.accept(new BadRow(r.line(), requireNonNull(reason)));
        continue;
      }
      switch (acc.add(row)) {
        case USED -> used++;
        case BEFORE_YR_LINK -> before++;
        case OUTSIDE_PERIOD -> outside++;
      }
    }
    RowAccount account = new RowAccount(r.rowsRead(), used, before + outside, rejected);
    return new Report(acc.cells(), account, before, outside);
  }

  /** A field that does not read; its message is the reason, without personal data. */
  private static final class RowException extends Exception {
    private static final long serialVersionUID = 1L;

    RowException(String message) {
      super(message, null, false, false);
    }
  }

  private static CitizenWeek parse(
      DelimitedReader r,
      int cpr,
      int kom,
      int wk,
      int ben,
      int vis,
      int act,
      int course,
      CodeList municipalities)
      throws RowException {
    String c = r.get(cpr);
    if (c.isEmpty()) {
      throw new RowException("citizen: empty");
    }
    if (!CprNumber.isValid(c)) {
      throw new RowException("citizen: not a CPR number"); // never echoed
    }
    CprNumber citizen = CprNumber.parse(c);
    String k = r.get(kom);
    int municipality;
    try {
      municipality = Integer.parseInt(k);
    } catch (NumberFormatException e) {
      throw new RowException("municipality: not a code: '" + Masking.mask(k, 40) + "'");
    }
    if (municipality < 1 || municipality > 999 || !municipalities.contains("" + municipality)) {
      throw new RowException(
          "municipality: '" + Masking.mask(k, 40) + "' is not one of the 98 municipality codes");
    }
    IsoWeek week = week(r.get(wk));
    Optional<String> benefit = optional(r.get(ben));
    Optional<VisitationCategory> category;
    String v = r.get(vis);
    try {
      category = v.isEmpty() ? Optional.empty() : Optional.of(VisitationCategory.from(v));
    } catch (IllegalArgumentException e) {
      throw new RowException(
          "visitation-category: unknown '"
              + Masking.mask(v, 40)
              + "' (Jobparat, Aktivitetsparat, Uddannelsesparat, Åbenlyst uddannelsesparat)");
    }
    Optional<String> activation = optional(r.get(act));
    Optional<String> activationCourse = optional(course < 0 ? "" : r.get(course));
    if (activationCourse.isPresent() && activation.isEmpty()) {
      throw new RowException("activation-course: a course without an activation");
    }
    return new CitizenWeek(
        citizen, municipality, week, benefit, category, activation, activationCourse);
  }

  private static IsoWeek week(String w) throws RowException {
    if (w.isEmpty()) {
      throw new RowException("week: empty");
    }
    try {
      return IsoWeek.parse(w);
    } catch (IllegalArgumentException e) {
      try {
        return IsoWeek.from(LocalDate.parse(w));
      } catch (DateTimeParseException e2) {
        throw new RowException(
            "week: not an ISO week (2020-W05) or a date (2020-01-29): '"
                + Masking.mask(w, 40)
                + "'");
      }
    }
  }

  private static Optional<String> optional(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  /** Builds a {@link BenchmarkJob}. */
  public static final class Builder {
    private @Nullable BenchmarkQuery query;
    private final Map<Role, List<String>> columns = new EnumMap<>(Role.class);
    private Consumer<BadRow> rejects = r -> {};

    private Builder() {
      for (Role role : Role.values()) {
        columns.put(role, role.defaultNames());
      }
    }

    /**
     * Sets what to count.
     *
     * @param newQuery the query; SUP-2 must allow it
     * @return this builder
     * @throws IllegalArgumentException if SUP-2 does not allow a measure by a dimension
     */
    public Builder query(BenchmarkQuery newQuery) {
      checkArgument(
          newQuery.isAllowed(), "SUP-2: the query asks a measure by a dimension it lacks");
      this.query = newQuery;
      return this;
    }

    /**
     * Names the column of a role, instead of its default names.
     *
     * @param role the role
     * @param name the column's name in the header (case ignored)
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder column(Role role, String name) {
      checkArgument(!name.isBlank(), "a column name must not be blank");
      columns.put(role, List.of(name));
      return this;
    }

    /**
     * Sets where the rejected rows go, as they are found.
     *
     * @param consumer the consumer
     * @return this builder
     */
    public Builder rejects(Consumer<BadRow> consumer) {
      this.rejects = requireNonNull(consumer, "consumer");
      return this;
    }

    /**
     * Builds the job.
     *
     * @return the job
     * @throws NullPointerException if no query was given
     */
    public BenchmarkJob build() {
      return new BenchmarkJob(this);
    }
  }
}
