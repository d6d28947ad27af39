/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.time.IsoWeek;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DREAM rules DRM-1 … DRM-13 (the specification), each a {@link Rule} constant named after its
 * spec id, with its version(s) and its FLIS-DREAM citation as data, evaluating the rule with the
 * standard configuration — the {@linkplain BenefitCodeTable#standard() standard code table}, the
 * {@linkplain PriorityTable#reconstructedDefault() reconstructed priority table} and the
 * {@linkplain KeyFigureDefinition#standard() standard key figures} — and answering typed derived
 * values, read back with {@link RuleResult#value(DerivedKey)}:
 *
 * <pre>{@code
 * RuleResult r = DreamRules.DRM_4.evaluate(new DreamRules.PersonWeek(series, week), date);
 * BenefitGroup g = r.value(BenefitGroupRule.GROUP.at(week)).orElseThrow();
 * }</pre>
 *
 * <table>
 *   <caption>The rules (all cite {@code FLIS-DREAM}; every version {@code always} but DRM-10)</caption>
 *   <tr><th>rule</th><th>facts</th><th>derived keys</th><th>kernel</th></tr>
 *   <tr><td>{@link #DRM_1} one code per week (§10)</td><td>{@link BenefitSpells}</td>
 *       <td>{@link OneBenefitPerWeek#CODE} {@code code[week]} Integer, one per week with a
 *       benefit; an error per week with an unknown code</td><td>{@link OneBenefitPerWeek}</td></tr>
 *   <tr><td>{@link #DRM_2} weeks and calendar (§9.3)</td><td>{@link IsoWeek}</td>
 *       <td>{@link DreamCalendar#MONTH} YearMonth, {@link DreamCalendar#QUARTER} YearQuarter,
 *       {@link DreamCalendar#YEAR} Integer (by the Thursday), {@link DreamCalendar#COLUMN} String
 *       {@code y_YYWW}; an error before 1991-W32</td><td>{@link DreamCalendar}</td></tr>
 *   <tr><td>{@link #DRM_3} priority (§4)</td><td>{@link Candidates}</td>
 *       <td>{@link PriorityTable#CODE} {@code code} Integer; the step in the reason</td>
 *       <td>{@link PriorityTable#choose}</td></tr>
 *   <tr><td>{@link #DRM_4} benefit group (§6.1.10)</td><td>{@link PersonWeek}</td>
 *       <td>{@link BenefitGroupRule#GROUP} {@code group[week]} BenefitGroup</td>
 *       <td>{@link BenefitGroupRule#classify}</td></tr>
 *   <tr><td>{@link #DRM_5} receiver status (§6.1.6)</td><td>{@link PersonWeek}</td>
 *       <td>{@link ReceiverStatusRule#GROUP_LATER} {@code groupLater[week]} FollowUp, {@link
 *       ReceiverStatusRule#STATUS} {@code status[week]} StatusOutcome (receivers only)</td>
 *       <td>{@link ReceiverStatusRule#statusIndex}</td></tr>
 *   <tr><td>{@link #DRM_6} selected benefits (§7.1.1)</td><td>{@link PersonWeek}</td>
 *       <td>{@link SelectedBenefitsRule#OUTCOME} {@code selected[week]} SelectedOutcome (only on
 *       one of the six groups)</td><td>{@link SelectedBenefitsRule#outcomeIndex}</td></tr>
 *   <tr><td>{@link #DRM_7} counting (§7.1.1)</td><td>{@link Cell}</td>
 *       <td>{@link #PERSONS} {@code persons} Long, {@link #SHARE} {@code share} BigDecimal (not for
 *       a zero denominator)</td><td>{@link KeyFigureAccumulator}, {@link Share}</td></tr>
 *   <tr><td>{@link #DRM_8} key figures (§8)</td><td>{@link Transition}</td>
 *       <td>{@link KeyFigureDefinition#COUNTED} Boolean, {@link KeyFigureDefinition#GROUP}
 *       BenefitGroup, {@link KeyFigureDefinition#OUTCOME} StatusOutcome (when counted)</td>
 *       <td>{@link KeyFigures}</td></tr>
 *   <tr><td>{@link #DRM_9} employment degree (§7.1.2)</td><td>{@link EmploymentDegreeRule.Facts}
 *       </td><td>{@link EmploymentDegreeRule#DEGREE} {@code employmentDegree} BigDecimal; a
 *       warning when suspect</td><td>{@link EmploymentDegreeRule#degreeOf}</td></tr>
 *   <tr><td>{@link #DRM_10} history window (§3), before and since {@link
 *       Sources#DREAM_HISTORY_WINDOW_CHANGE}</td><td>{@link YearMonth} (data month)</td>
 *       <td>{@link HistoryWindowRule#WINDOW} {@code window} DatePeriod</td>
 *       <td>{@link HistoryWindowRule}</td></tr>
 *   <tr><td>{@link #DRM_11} delivery lag (§5)</td><td>{@link YearMonth} (last data month)</td>
 *       <td>{@link DeliveryLag#RUN_MONTH} {@code runMonth} YearMonth</td>
 *       <td>{@link DeliveryLag#runMonthOf}</td></tr>
 *   <tr><td>{@link #DRM_12} who is delivered (§9.2)</td><td>{@link Residence}</td>
 *       <td>{@link DeliveryScope#DELIVERED} {@code delivered} Boolean</td>
 *       <td>{@link DeliveryScope#isDelivered}</td></tr>
 *   <tr><td>{@link #DRM_13} region names (§6.1.4)</td><td>{@link RegionName}</td>
 *       <td>{@link RegionNames#CODE}, {@link RegionNames#CURRENT_NAME}, {@link
 *       RegionNames#FORMER_NAME} String; an error for an unknown name</td>
 *       <td>{@link RegionNames#resolve}</td></tr>
 * </table>
 *
 * <p>A caller with its own tables uses the classes' own evaluations, which answer the same typed
 * shape with the same versions: {@link OneBenefitPerWeek#evaluate(List)}, {@link
 * PriorityTable#evaluate(java.util.Collection)}, {@link BenefitGroupRule#evaluate(DreamSeries,
 * IsoWeek)}, {@link ReceiverStatusRule#evaluate(DreamSeries, IsoWeek)}, {@link
 * SelectedBenefitsRule#evaluate(BenefitGroupRule, DreamSeries, IsoWeek)}, {@link
 * KeyFigureDefinition#evaluate(BenefitGroup, FollowUp)} and {@link
 * HistoryWindowRule#withSwitch(java.time.LocalDate)}.
 *
 * <p>Source: FLIS – DREAM, vejledning til dataområdet (KOMBIT), {@link Sources#FLIS_DREAM}, cited
 * as {@code FLIS-DREAM §x}; appendix 2 is DREAM vejledning 44 v2 (2019-11-04). DRM-7 implements the
 * count since Release 6.0 (March 2020, distinct persons); the older count of person-weeks is not
 * implemented.
 *
 * <p><b>Caveat carried by every count:</b> {@value #STOCK_COUNT_CAVEAT_DA} (FLIS-DREAM §2).
 */
public final class DreamRules {

  private DreamRules() {}

  /**
   * STAR's caveat, in Danish, that goes with every count: DREAM is not for stock counts (FLIS-DREAM
   * §2: "det fremhæves fra STAR at DREAM ikke bør anvendes til bestandsopgørelser").
   */
  public static final String STOCK_COUNT_CAVEAT_DA =
      "STAR fremhæver, at DREAM ikke bør anvendes til bestandsopgørelser, og at DREAM-data ikke"
          + " er sammenlignelige med andre datakilder (FLIS-DREAM §2).";

  /** STAR's caveat in English. */
  public static final String STOCK_COUNT_CAVEAT_EN =
      "STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is"
          + " not comparable with other data sources (FLIS-DREAM §2).";

  // ---- the facts ----

  /**
   * The facts of DRM-1: the periods in which one person received benefits.
   *
   * @param spells the periods, in any order
   */
  public record BenefitSpells(List<OneBenefitPerWeek.BenefitSpell> spells) {
    /** Copies the list. */
    public BenefitSpells {
      spells = ImmutableList.copyOf(spells);
    }
  }

  /**
   * The facts of DRM-3: the candidate codes of one person-week.
   *
   * @param codes the codes, at least one; duplicates are ignored
   */
  public record Candidates(List<Integer> codes) {
    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException if there is no candidate
     */
    public Candidates {
      codes = ImmutableList.copyOf(codes);
      checkArgument(!codes.isEmpty(), "at least one candidate");
    }
  }

  /**
   * The facts of DRM-4, DRM-5 and DRM-6: a person's series and one week of it.
   *
   * @param series the person's series (its last week is the end of the data)
   * @param week the week t
   */
  public record PersonWeek(DreamSeries series, IsoWeek week) {
    /** Checks nulls. */
    public PersonWeek {
      requireNonNull(series, "series");
      requireNonNull(week, "week");
    }
  }

  /**
   * The facts of DRM-7: the person-weeks observed in one cell (one person key per person-week) and
   * the cell's denominator, "Antal borgere" of the group (or "Antal modtagere af udvalgte
   * ydelser").
   *
   * @param personWeeks the person key of each person-week in the cell
   * @param denominator the denominator's count of distinct persons, ≥ 0
   */
  public record Cell(List<PersonKey> personWeeks, long denominator) {
    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException if the denominator is negative
     */
    public Cell {
      personWeeks = ImmutableList.copyOf(personWeeks);
      checkArgument(
          denominator >= 0, "the denominator must be >= 0, was %s", Masking.lazy(denominator));
    }
  }

  /**
   * The facts of DRM-8: a person's group at week t and where the person is 52 weeks later.
   *
   * @param groupAtT the group at t (DRM-4)
   * @param later where the person is at t+52 (DRM-5)
   */
  public record Transition(BenefitGroup groupAtT, FollowUp later) {
    /** Checks nulls. */
    public Transition {
      requireNonNull(groupAtT, "groupAtT");
      requireNonNull(later, "later");
    }
  }

  /**
   * The facts of DRM-12: a municipality and a person's residence municipality at each year end (the
   * yearly {@code nykom} variable).
   *
   * @param municipality the municipality code (e.g. 101)
   * @param residenceAtYearEnd year → residence municipality code at its end
   */
  public record Residence(int municipality, Map<Integer, Integer> residenceAtYearEnd) {
    /** Copies the map. */
    public Residence {
      residenceAtYearEnd = ImmutableMap.copyOf(residenceAtYearEnd);
    }
  }

  /**
   * The facts of DRM-13: a region name, old or new.
   *
   * @param name e.g. "Sjællands region" or "Region Sjælland"
   */
  public record RegionName(String name) {
    /** Checks nulls. */
    public RegionName {
      requireNonNull(name, "name");
    }
  }

  // ---- the derived keys of DRM-7 (the others are in the rules' classes) ----

  /** DRM-7: the distinct persons of a cell. */
  public static final DerivedKey<Long> PERSONS = DerivedKey.of("persons", Long.class);

  /** DRM-7: the cell's "Andel", its distinct persons over the denominator, 4 decimals. */
  public static final DerivedKey<BigDecimal> SHARE = DerivedKey.of("share", BigDecimal.class);

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(Sources.FLIS_DREAM, section, quote);
  }

  // ---- the rules ----

  /**
   * DRM-1 — one code per person-week: a benefit counts for a week if it was received on one day of
   * it; of several, the reconstructed priority (DRM-3) chooses (FLIS-DREAM §10, §4). Derives {@link
   * OneBenefitPerWeek#CODE} at each week with a benefit; an error per week whose candidates hold a
   * code not in the code list.
   */
  public static final Rule<BenefitSpells> DRM_1 =
      Rule.define("DRM-1", BenefitSpells.class)
          .always(
              cite(
                  "§10",
                  "man modtager en given ydelse, blot man har modtaget den en dag i den uge"),
              (facts, v, ctx) -> Standard.ONE_PER_WEEK.evaluate(facts.spells(), v))
          .build();

  /**
   * DRM-2 — a week's month, quarter and year are those of its Thursday; its weekly column is {@code
   * y_YYWW} (FLIS-DREAM §9.3, §11, §9.2). Derives {@link DreamCalendar#MONTH}, {@link
   * DreamCalendar#QUARTER}, {@link DreamCalendar#YEAR} and {@link DreamCalendar#COLUMN}; an error
   * for a week before {@link DreamCalendar#FIRST_WEEK}.
   */
  public static final Rule<IsoWeek> DRM_2 =
      Rule.define("DRM-2", IsoWeek.class)
          .always(
              cite(
                  "§9.3",
                  "Oplysninger på måneds, kvartalsniveau og årsniveau lægges ud på uger ud fra"
                      + " torsdagen i ugen"),
              (week, v, ctx) -> DreamCalendar.evaluate(week, v))
          .build();

  /**
   * DRM-3 — the priority of coinciding benefits by the {@linkplain
   * PriorityTable#reconstructedDefault() reconstructed default table} (FLIS-DREAM §4). Derives
   * {@link PriorityTable#CODE}; the reason names the deciding step; an error for an unknown code.
   */
  public static final Rule<Candidates> DRM_3 =
      Rule.define("DRM-3", Candidates.class)
          .always(
              cite(
                  "§4",
                  "Hvis der modtages oplysninger om den samme borger i den samme uge, foretager"
                      + " STAR en prioritering"),
              (facts, v, ctx) -> Standard.PRIORITY.evaluate(facts.codes(), v))
          .build();

  /**
   * DRM-4 — the benefit group of a person-week by the standard code table, a known visitation
   * category deciding job-ready versus activity-ready (FLIS-DREAM §6.1.10). Derives {@link
   * BenefitGroupRule#GROUP} at the week; an error for an unknown code; undetermined for a week
   * outside the series.
   */
  public static final Rule<PersonWeek> DRM_4 =
      Rule.define("DRM-4", PersonWeek.class)
          .always(
              cite(
                  "§6.1.10",
                  "samt kombineres dem med visitationskategorierne ”Jobparat” og"
                      + " ”Aktivitetsparat”"),
              (facts, v, ctx) -> Standard.GROUPS.evaluate(facts.series(), facts.week(), v))
          .build();

  /**
   * DRM-5 — receiver status 52 weeks later (FLIS-DREAM §6.1.6). Derives {@link
   * ReceiverStatusRule#GROUP_LATER} and, for a receiver at t, {@link ReceiverStatusRule#STATUS} at
   * the week; an error for an unknown code at t or t+52; undetermined for a week outside the
   * series.
   */
  public static final Rule<PersonWeek> DRM_5 =
      Rule.define("DRM-5", PersonWeek.class)
          .always(
              cite(
                  "§6.1.6",
                  "’Modtager anden ydelse’, ’Modtager forsat ydelse’ eller ’Modtager ikke længere"
                      + " ydelse’"),
              (facts, v, ctx) -> Standard.STATUS.evaluate(facts.series(), facts.week(), v))
          .build();

  /**
   * DRM-6 — the selected benefits (FLIS-DREAM §7.1.1). Derives {@link SelectedBenefitsRule#OUTCOME}
   * at the week for a person on one of the six selected groups at t; nothing for anyone else.
   */
  public static final Rule<PersonWeek> DRM_6 =
      Rule.define("DRM-6", PersonWeek.class)
          .always(
              cite("§7.1.1", "Tæller alle borgere der modtager udvalgte ydelser"),
              (facts, v, ctx) ->
                  SelectedBenefitsRule.evaluate(Standard.STATUS, facts.series(), facts.week(), v))
          .build();

  /**
   * DRM-7 — a cell counts distinct persons, once each however many of its weeks they are in (since
   * Release 6.0); its "Andel" is that count over the denominator (FLIS-DREAM §7.1.1). Derives
   * {@link #PERSONS} and, for a denominator other than 0, {@link #SHARE}; an error when the cell
   * holds more persons than the denominator.
   */
  public static final Rule<Cell> DRM_7 =
      Rule.define("DRM-7", Cell.class)
          .always(
              cite(
                  "§7.1.1",
                  "Ved Release 6.0 er opgørelsen ændret til kun at tælle den unikke forekomst af"
                      + " borgeren i data."),
              (cell, v, ctx) -> count(cell, v))
          .build();

  /**
   * DRM-8 — the key figures: whether and which of the {@linkplain KeyFigureDefinition#standard()
   * standard 24 key figures} counts a person (FLIS-DREAM §8). Derives {@link
   * KeyFigureDefinition#COUNTED} and, when counted, {@link KeyFigureDefinition#GROUP} and {@link
   * KeyFigureDefinition#OUTCOME}.
   */
  public static final Rule<Transition> DRM_8 =
      Rule.define("DRM-8", Transition.class)
          .always(
              cite(
                  "§8",
                  "For 8 afgræsesde ydelsesgrupper er der vurderet om de enkelte ydelsesmodtagere"
                      + " er i samme, anden eller ingen ydelse et år."),
              (facts, v, ctx) -> Standard.KEY_FIGURES.evaluate(facts.groupAtT(), facts.later(), v))
          .build();

  /**
   * DRM-9 — the employment degree of an old-scheme flexjob (FLIS-DREAM §7.1.2). Derives {@link
   * EmploymentDegreeRule#DEGREE}: corrected from the hours when given, else as reported; a warning
   * for a suspect degree without hours.
   */
  public static final Rule<EmploymentDegreeRule.Facts> DRM_9 =
      Rule.define("DRM-9", EmploymentDegreeRule.Facts.class)
          .always(
              cite(
                  "§7.1.2", "men den burde være 10/37, så altså en beskæftigelsesgrad på ca. 0,27"),
              (facts, v, ctx) -> EmploymentDegreeRule.evaluate(facts, v))
          .build();

  /**
   * DRM-10 — the history window of the data package for a data month, by the day of the delivery
   * run (the evaluation date): from {@link Sources#FLIS_DATAMART_START} before {@link
   * Sources#DREAM_HISTORY_WINDOW_CHANGE}, 11 years since (FLIS-DREAM §3). Derives {@link
   * HistoryWindowRule#WINDOW}. A caller's switch date: {@link
   * HistoryWindowRule#withSwitch(java.time.LocalDate)}.
   */
  public static final Rule<YearMonth> DRM_10 =
      Rule.define("DRM-10", YearMonth.class)
          .before(
              Sources.DREAM_HISTORY_WINDOW_CHANGE,
              cite("§3", "I FLIS datamarterne vil data være tilgængelige fra 2007 og frem"),
              HistoryWindowRule::beforeSwitch)
          .since(
              Sources.DREAM_HISTORY_WINDOW_CHANGE,
              cite("§3", "der altid kun er op til 11 års data i DREAM"),
              HistoryWindowRule::sinceSwitch)
          .build();

  /**
   * DRM-11 — data up to a month are delivered with the run two months later (FLIS-DREAM §5).
   * Derives {@link DeliveryLag#RUN_MONTH}.
   */
  public static final Rule<YearMonth> DRM_11 =
      Rule.define("DRM-11", YearMonth.class)
          .always(
              cite("§5", "data til og med december 2019 vil blive leveret ved februar kørslen"),
              (month, v, ctx) -> DeliveryLag.evaluate(month, v))
          .build();

  /**
   * DRM-12 — a municipality's delivery holds every person who lived there at the end of a year
   * since 2000 (FLIS-DREAM §9.2). Derives {@link DeliveryScope#DELIVERED}.
   */
  public static final Rule<Residence> DRM_12 =
      Rule.define("DRM-12", Residence.class)
          .always(
              cite(
                  "§9.2",
                  "Der leveres fuld historik for alle borgere, som i et af årene siden 2000 har"
                      + " haft bopæl i kommunen (ultimo året)."),
              (facts, v, ctx) -> DeliveryScope.evaluate(facts, v))
          .build();

  /**
   * DRM-13 — old and new region names resolve to the same region (FLIS-DREAM §6.1.4). Derives
   * {@link RegionNames#CODE}, {@link RegionNames#CURRENT_NAME} and {@link RegionNames#FORMER_NAME};
   * an error for an unknown name.
   */
  public static final Rule<RegionName> DRM_13 =
      Rule.define("DRM-13", RegionName.class)
          .always(
              cite(
                  "§6.1.4",
                  "Ved Release 6.0 bliver der foretaget følgende rettelse til regionsnavnene."),
              (facts, v, ctx) -> RegionNames.evaluate(facts.name(), v))
          .build();

  /** The 13 rules, in order. */
  public static final List<Rule<?>> ALL =
      List.of(
          DRM_1, DRM_2, DRM_3, DRM_4, DRM_5, DRM_6, DRM_7, DRM_8, DRM_9, DRM_10, DRM_11, DRM_12,
          DRM_13);

  /**
   * The version every {@code always} rule applies: its only one.
   *
   * @param rule a rule of one version
   * @return the version
   */
  static RuleVersion only(Rule<?> rule) {
    return rule.versions().get(0);
  }

  private static RuleResult count(Cell cell, RuleVersion v) {
    long persons = new HashSet<>(cell.personWeeks()).size();
    long denominator = cell.denominator();
    RuleResult.Builder b =
        RuleResult.builder(v)
            .derived(
                PERSONS,
                persons,
                Message.of("DRM-7.persons", "personWeeks", cell.personWeeks().size()));
    if (persons > denominator) {
      return b.error(
              "denominator",
              Message.of(
                  "DRM-7.denominatorTooSmall", "persons", persons, "denominator", denominator))
          .build();
    }
    Optional<BigDecimal> share = Share.of(persons, denominator).value();
    if (share.isEmpty()) {
      return b.explanation(Message.of("DRM-7.noShare", "persons", persons)).build();
    }
    return b.derived(
            SHARE,
            share.get(),
            Message.of("DRM-7.share", "persons", persons, "denominator", denominator))
        .explanation(
            Message.of(
                "DRM-7.explanation",
                "personWeeks",
                cell.personWeeks().size(),
                "persons",
                persons,
                "share",
                share.get().toPlainString()))
        .build();
  }

  /** The standard configuration, built on first use (never during this class's initialisation). */
  private static final class Standard {
    static final PriorityTable PRIORITY = PriorityTable.reconstructedDefault();
    static final OneBenefitPerWeek ONE_PER_WEEK = new OneBenefitPerWeek(PRIORITY);
    static final BenefitGroupRule GROUPS = BenefitGroupRule.standard();
    static final ReceiverStatusRule STATUS = new ReceiverStatusRule(GROUPS);
    static final KeyFigureDefinition KEY_FIGURES = KeyFigureDefinition.standard();

    private Standard() {}
  }
}
