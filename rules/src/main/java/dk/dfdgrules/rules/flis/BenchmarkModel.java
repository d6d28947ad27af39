/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The YdelsesAktivitetBenchmark model (FLIS-DFDG §7.3), SUP-1 and SUP-2, each a {@link Rule}
 * constant named after its spec id: its four measures by its five dimensions, exactly as the
 * source's table, and the library's optional suppression of small cells.
 *
 * <table>
 *   <caption>SUP-2: the measures and the dimensions each is available by (FLIS-DFDG §7.3)</caption>
 *   <tr><th>dimension</th><th>citizens 16–66</th><th>benefit receivers</th><th>activated</th>
 *       <th>activation courses</th></tr>
 *   <tr><td>Aktivering</td><td></td><td>x</td><td>x</td><td>x</td></tr>
 *   <tr><td>Beskæftigelsesydelse</td><td></td><td>x</td><td>x</td><td>x</td></tr>
 *   <tr><td>Tid</td><td>x</td><td>x</td><td>x</td><td>x</td></tr>
 *   <tr><td>Visitationsgruppe</td><td></td><td>x</td><td>x</td><td>x</td></tr>
 *   <tr><td>Kommune</td><td>x</td><td>x</td><td>x</td><td>x</td></tr>
 * </table>
 *
 * <table>
 *   <caption>The rules (both cite {@code FLIS-DFDG §7.3}, both always in force)</caption>
 *   <tr><th>rule</th><th>facts</th><th>derived keys</th></tr>
 *   <tr><td>{@link #SUP_1} small groups</td><td>{@link CellCount}</td><td>{@link #PUBLISHED}
 *       CellValue</td></tr>
 *   <tr><td>{@link #SUP_2} measures by dimensions</td><td>{@link MeasureRequest}</td><td>{@link
 *       #AVAILABLE} Boolean; an error per dimension the measure is not available by</td></tr>
 * </table>
 *
 * <p><b>The measures</b> (<em>interpretations</em> where the source only names them), each over the
 * {@linkplain CitizenWeek citizen-weeks} of a cell, always distinct citizens, never a sum of rows
 * (FLIS-DFDG §6.1): {@link Measure#CITIZENS_16_TO_66} the citizens aged 16 to 66, both included, at
 * the end of the measured period (the cell's week when counted by Tid, else the last week counted:
 * the query's last, or the last with a counted row if earlier); {@link Measure#BENEFIT_RECEIVERS}
 * the citizens with a benefit in YR (not "Uden ydelse i YR", WIN-3); {@link Measure#ACTIVATED} the
 * citizens with an activation; {@link Measure#ACTIVATION_COURSES} the distinct activation courses
 * (a course is its citizen and id). The members of a dimension are the values in the data:
 * Aktivering the activation type or {@value #WITHOUT_ACTIVATION}, Beskæftigelsesydelse the YR
 * benefit or "Uden ydelse i YR" (WIN-3), Tid the ISO week, Visitationsgruppe the category's Danish
 * name or {@value #WITHOUT_VISITATION}, Kommune the 3-digit code. The two "Uden …" members other
 * than WIN-3's are the library's labels.
 */
public final class BenchmarkModel {

  private BenchmarkModel() {}

  /** The Aktivering member of a citizen-week without an activation (the library's label). */
  public static final String WITHOUT_ACTIVATION = "Uden aktivering";

  /**
   * The Visitationsgruppe member of a citizen-week without a visitation category (the library's
   * label).
   */
  public static final String WITHOUT_VISITATION = "Uden visitationskategori";

  /**
   * The dimensions of the benchmark model (FLIS-DFDG §7.3). There is no Borger (citizen) dimension:
   * SUP-1.
   */
  public enum Dimension {
    /** Aktivering: the activation type. */
    ACTIVATION("Aktivering", "activation", "aktivering"),
    /** Beskæftigelsesydelse: the benefit from YR, or "Uden ydelse i YR" (WIN-3). */
    BENEFIT(
        "Beskæftigelsesydelse",
        "benefit",
        "beskaeftigelsesydelse",
        "beskæftigelsesydelse",
        "ydelse"),
    /** Tid: the ISO week. */
    TIME("Tid", "time", "tid", "week", "uge"),
    /** Visitationsgruppe: the visitation category. */
    VISITATION_GROUP(
        "Visitationsgruppe",
        "visitation-group",
        "visitationsgruppe",
        "visitation",
        "visitationgroup"),
    /** Kommune: the municipality. */
    MUNICIPALITY("Kommune", "municipality", "kommune");

    private final String danishName;
    private final String englishName;
    private final List<String> names;

    Dimension(String danishName, String englishName, String... names) {
      this.danishName = danishName;
      this.englishName = englishName;
      this.names = List.of(names);
    }

    /**
     * The dimension's name in FLIS.
     *
     * @return e.g. {@code Visitationsgruppe}
     */
    public String danishName() {
      return danishName;
    }

    /**
     * The dimension's name in English, as a column or JSON field.
     *
     * @return e.g. {@code visitation-group}
     */
    public String englishName() {
      return englishName;
    }

    /**
     * The dimension a word names: its constant name, English or Danish name, case ignored ({@code
     * tid}, {@code time}, {@code kommune}, {@code municipality}, {@code ydelse}, …).
     *
     * @param word the word
     * @return the dimension
     * @throws IllegalArgumentException if the word names none; for {@code borger} or {@code
     *     citizen}, saying that the model has no citizen dimension (SUP-1)
     */
    public static Dimension parse(String word) {
      String w = word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      for (Dimension d : values()) {
        if (w.equals(d.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            || w.equals(d.englishName)
            || w.equals(d.danishName.toLowerCase(Locale.ROOT))
            || d.names.contains(w)) {
          return d;
        }
      }
      if (w.equals("borger") || w.equals("citizen") || w.equals("cpr")) {
        throw new IllegalArgumentException(
            "the benchmark model has no Borger (citizen) dimension (SUP-1, FLIS-DFDG §7.3)");
      }
      throw new IllegalArgumentException(
          "no dimension '"
              + word.strip()
              + "' in the benchmark model; its dimensions are Aktivering, Beskæftigelsesydelse,"
              + " Tid, Visitationsgruppe and Kommune");
    }
  }

  /** The measures of the benchmark model (FLIS-DFDG §7.3, the table's columns). */
  public enum Measure {
    /** Antal borgere 16 til 66-årige: distinct citizens aged 16–66 (both included). */
    CITIZENS_16_TO_66(
        "Antal borgere 16 til 66-årige",
        "citizens",
        EnumSet.of(Dimension.TIME, Dimension.MUNICIPALITY)),
    /** Antal ydelsesmodtagere: distinct citizens with a benefit in YR. */
    BENEFIT_RECEIVERS("Antal ydelsesmodtagere", "receivers", EnumSet.allOf(Dimension.class)),
    /** Antal aktiverede: distinct citizens with an activation. */
    ACTIVATED("Antal aktiverede", "activated", EnumSet.allOf(Dimension.class)),
    /** Antal aktiveringsforløb: distinct activation courses. */
    ACTIVATION_COURSES("Antal aktiveringsforløb", "courses", EnumSet.allOf(Dimension.class));

    private final String danishName;
    private final String shortName;
    private final Set<Dimension> availableBy;

    Measure(String danishName, String shortName, Set<Dimension> availableBy) {
      this.danishName = danishName;
      this.shortName = shortName;
      this.availableBy = Set.copyOf(availableBy);
    }

    /**
     * The measure's name in FLIS.
     *
     * @return e.g. {@code Antal aktiverede}
     */
    public String danishName() {
      return danishName;
    }

    /**
     * The measure's short English name, for a command line.
     *
     * @return {@code citizens}, {@code receivers}, {@code activated} or {@code courses}
     */
    public String shortName() {
      return shortName;
    }

    /**
     * Tells whether the measure is available by a dimension (SUP-2's table).
     *
     * @param dimension a dimension
     * @return true when the table has an x
     */
    public boolean isAvailableBy(Dimension dimension) {
      return availableBy.contains(dimension);
    }

    /**
     * The measure a word names: its constant name or short name, case ignored.
     *
     * @param word e.g. {@code receivers} or {@code BENEFIT_RECEIVERS}
     * @return the measure
     * @throws IllegalArgumentException if the word names none
     */
    public static Measure parse(String word) {
      String w = word.strip().toLowerCase(Locale.ROOT).replace('-', '_');
      for (Measure m : values()) {
        if (w.equals(m.shortName) || w.equals(m.name().toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
      throw new IllegalArgumentException(
          "no measure '"
              + word.strip()
              + "' in the benchmark model; its measures are citizens, receivers, activated and"
              + " courses");
    }
  }

  /**
   * The facts of SUP-2: a measure asked for by dimensions.
   *
   * @param measure the measure
   * @param by the dimensions, in the order of the cells' members; no duplicates
   */
  public record MeasureRequest(Measure measure, List<Dimension> by) {
    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException if a dimension is given twice
     */
    public MeasureRequest {
      requireNonNull(measure, "measure");
      by = ImmutableList.copyOf(by);
      checkArgument(Set.copyOf(by).size() == by.size(), "a dimension given twice: %s", by);
    }
  }

  /**
   * The facts of SUP-1: a cell's count, the distinct citizens it rests on, and the suppression.
   *
   * @param value the measure's count, ≥ 0
   * @param citizens the distinct citizens behind the count, ≥ 0 (the count itself for the three
   *     citizen measures; the citizens with the courses for activation courses)
   * @param suppression the suppression, {@link Suppression#OFF} by default
   */
  public record CellCount(long value, long citizens, Suppression suppression) {
    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative, or one is 0 and the other not
     */
    public CellCount {
      requireNonNull(suppression, "suppression");
      checkArgument(value >= 0 && citizens >= 0, "counts are >= 0: %s, %s", value, citizens);
      checkArgument(
          (value == 0) == (citizens == 0), "a count of 0 rests on 0 citizens, and only then");
    }
  }

  /** SUP-1: what a cell shows. */
  public static final DerivedKey<CellValue> PUBLISHED = DerivedKey.of("published", CellValue.class);

  /** SUP-2: whether the measure is available by all the dimensions asked. */
  public static final DerivedKey<Boolean> AVAILABLE = DerivedKey.of("available", Boolean.class);

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(Sources.FLIS_DFDG, "§7.3", quote);
  }

  /**
   * SUP-1 — the benchmark model goes across all 98 municipalities and has no Borger dimension, so
   * that no group of fewer than 5 citizens is shown (FLIS-DFDG §7.3 "Da denne model er en
   * aggregeret model der går på tværs af alle 98 kommuner er der fjernet en del dimensioner, for at
   * undgå personsporbarhed når der vises grupper på færre end 5 borgere"). The source removes
   * dimensions ({@link Dimension} has no citizen); it does not describe cell suppression. <em>Not
   * in the source — the library's addition, off by default:</em> with {@link
   * Suppression#below(int)} a cell resting on 1–4 distinct citizens is {@linkplain
   * CellValue.Suppressed suppressed}, never shown as 0; a cell of 0 is 0. Derives {@link
   * #PUBLISHED}.
   */
  public static final Rule<CellCount> SUP_1 =
      Rule.define("SUP-1", CellCount.class)
          .always(
              cite("Da denne model er en aggregeret model…alle 98 kommuner…end 5 borgere"),
              (facts, v, ctx) -> publish(facts, v))
          .build();

  /**
   * SUP-2 — the benchmark model's measures and the dimensions each is available by, the source's
   * table (FLIS-DFDG §7.3 "Antal borgere 16 til 66 årige, Antal ydelsesmodtagere, Antal aktiverede,
   * Antal aktiveringsforløb"). Derives {@link #AVAILABLE}; an error at {@code by[DIMENSION]} for
   * each dimension the measure is not available by (only Tid and Kommune for citizens 16–66).
   */
  public static final Rule<MeasureRequest> SUP_2 =
      Rule.define("SUP-2", MeasureRequest.class)
          .always(
              cite("Antal borgere…16 til 66…modtagere aktiverede"),
              (facts, v, ctx) -> check(facts, v))
          .build();

  /** The two rules, in order. */
  public static final List<Rule<?>> ALL = List.of(SUP_1, SUP_2);

  /**
   * The measures available by all of some dimensions, in table order.
   *
   * @param by the dimensions
   * @return the measures
   */
  public static List<Measure> measuresAvailableBy(List<Dimension> by) {
    return java.util.Arrays.stream(Measure.values())
        .filter(m -> by.stream().allMatch(m::isAvailableBy))
        .toList();
  }

  /**
   * SUP-1's value of a cell, without a result.
   *
   * @param count the cell
   * @return the count, or the suppressed mark
   */
  public static CellValue published(CellCount count) {
    return count.suppression().suppresses(count.citizens())
        ? CellValue.suppressed()
        : CellValue.count(count.value());
  }

  private static RuleResult publish(CellCount facts, RuleVersion v) {
    CellValue shown = published(facts);
    String key =
        shown.isSuppressed()
            ? "SUP-1.suppressed"
            : facts.value() == 0 ? "SUP-1.zero" : "SUP-1.shown";
    return RuleResult.builder(v)
        .derived(
            PUBLISHED,
            shown,
            Message.of(
                key,
                "threshold",
                facts.suppression().threshold().isPresent()
                    ? facts.suppression().threshold().getAsInt()
                    : "-"))
        .build();
  }

  private static RuleResult check(MeasureRequest facts, RuleVersion v) {
    RuleResult.Builder b = RuleResult.builder(v);
    boolean available = true;
    for (Dimension d : facts.by()) {
      if (!facts.measure().isAvailableBy(d)) {
        available = false;
        b.error(
            "by[" + d.name() + "]",
            Message.of(
                "SUP-2.notAvailable",
                "measure",
                facts.measure().danishName(),
                "dimension",
                d.danishName()));
      }
    }
    return b.derived(
            AVAILABLE,
            available,
            Message.of(
                available ? "SUP-2.available" : "SUP-2.refused",
                "measure",
                facts.measure().danishName()))
        .build();
  }
}
