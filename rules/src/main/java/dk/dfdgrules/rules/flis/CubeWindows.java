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

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The time windows of the FLIS DFDG cubes, WIN-1 … WIN-3, each a {@link Rule} constant named after
 * its spec id, evaluated on an evaluation date (the day the cube is looked at):
 *
 * <table>
 *   <caption>The rules (all cite {@code FLIS-DFDG})</caption>
 *   <tr><th>rule</th><th>facts</th><th>derived keys</th><th>versions</th></tr>
 *   <tr><td>{@link #WIN_1} the DFDG cube (§3, §9)</td><td>{@link DataDay}</td>
 *       <td>{@link #WINDOW} DatePeriod, {@link #HELD} Boolean</td><td>always</td></tr>
 *   <tr><td>{@link #WIN_2} the YR-linked cubes (§3, §9)</td><td>{@link DataDay}</td>
 *       <td>{@link #WINDOW} DatePeriod, {@link #HELD} Boolean</td><td>since {@link
 *       Sources#DFDG_YR_LINK}; not in force before</td></tr>
 *   <tr><td>{@link #WIN_3} "Uden ydelse i YR" (§7.2)</td><td>{@link WeekBenefit}</td>
 *       <td>{@link #BENEFIT} String; an error for a week before the YR link</td>
 *       <td>always</td></tr>
 * </table>
 *
 * <p><b>A data day.</b> A row of a cube is about a day or a week; a week is placed on its Thursday,
 * as FLIS places weeks on months (FLIS-DFDG §5.1.2, FLIS-DREAM §9.3): 2020-W01 (Thursday
 * 2020-01-02) is in the YR-linked cubes, 2019-W52 (Thursday 2019-12-26) is not.
 *
 * <p><b>Interpretations.</b> WIN-1: "the current year" is the year of the evaluation date, and the
 * window ends on the evaluation date (§9's example: the first delivery holds 2017-01-01 to
 * 2020-02-29). WIN-2: the source gives no upper bound nor a rolling limit for the YR-linked cubes,
 * so their window is 2020-01-01 to the evaluation date; before 2020-01-01 the cubes hold no data at
 * all, so WIN-2 is {@linkplain dk.dfdgrules.core.rule.Outcome#NOT_IN_FORCE not in force} (there is
 * no window) rather than an empty window. WIN-3: a week before the YR link is not "without a YR
 * benefit" — YR says nothing about it — so it is an error, not the label.
 */
public final class CubeWindows {

  private CubeWindows() {}

  /** The benefit of a citizen-week that YR has no benefit for (FLIS-DFDG §7.2). */
  public static final String WITHOUT_YR_BENEFIT = "Uden ydelse i YR";

  /** WIN-1: the number of whole years before the evaluation date's year the DFDG cube holds. */
  public static final int DFDG_YEARS_BEFORE = 3;

  /** WIN-2: the first day of the YR-linked cubes, {@link Sources#DFDG_YR_LINK}, 2020-01-01. */
  public static final LocalDate YR_LINK = Sources.DFDG_YR_LINK;

  /** WIN-1, WIN-2: the cube's window on the evaluation date. */
  public static final DerivedKey<DatePeriod> WINDOW = DerivedKey.of("window", DatePeriod.class);

  /** WIN-1, WIN-2: whether the cube holds the data day. */
  public static final DerivedKey<Boolean> HELD = DerivedKey.of("held", Boolean.class);

  /** WIN-3: the benefit of the citizen-week, the YR benefit or {@value #WITHOUT_YR_BENEFIT}. */
  public static final DerivedKey<String> BENEFIT = DerivedKey.of("benefit", String.class);

  /**
   * The facts of WIN-1 and WIN-2: the day a row of data is about.
   *
   * @param day the day; for a week, its Thursday ({@link #of(IsoWeek)})
   */
  public record DataDay(LocalDate day) {
    /** Checks nulls. */
    public DataDay {
      requireNonNull(day, "day");
    }

    /**
     * The data day of a day.
     *
     * @param day the day
     * @return the facts
     */
    public static DataDay of(LocalDate day) {
      return new DataDay(day);
    }

    /**
     * The data day of a week: its Thursday.
     *
     * @param week the week
     * @return the facts
     */
    public static DataDay of(IsoWeek week) {
      return new DataDay(week.thursday());
    }
  }

  /**
   * The facts of WIN-3: a citizen-week and the citizen's benefit in YR that week, if any.
   *
   * @param week the week
   * @param yrBenefit the benefit's name as YR gives it, e.g. "Kontanthjælp"; empty when the citizen
   *     is not found in YR that week; never blank
   */
  public record WeekBenefit(IsoWeek week, Optional<String> yrBenefit) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the benefit is blank
     */
    public WeekBenefit {
      requireNonNull(week, "week");
      requireNonNull(yrBenefit, "yrBenefit");
      checkArgument(
          yrBenefit.isEmpty() || !yrBenefit.get().isBlank(),
          "a YR benefit is not blank; give empty for none");
    }
  }

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(Sources.FLIS_DFDG, section, quote);
  }

  /**
   * WIN-1 — the DFDG cube holds the current year and the three before it: on an evaluation date, 1
   * January of (its year − 3) to the evaluation date (FLIS-DFDG §3 "det muligt at trække
   * statistikker fra indeværende år og 3 foregående i den kube der hedder DFDG"; §9 "data fra 1.
   * januar 2017 og frem til 29. februar 2020"). Derives {@link #WINDOW} and {@link #HELD}.
   */
  public static final Rule<DataDay> WIN_1 =
      Rule.define("WIN-1", DataDay.class)
          .always(
              cite("§3", "i den kube der hedder DFDG…data fra 1. januar 2017 og frem til"),
              (facts, v, ctx) -> window(facts, v, ctx, dfdgStart(ctx.date())))
          .build();

  /**
   * WIN-2 — the Ydelsesaktivitet and YdelsesAktivitetBenchmark cubes hold data from {@link
   * #YR_LINK} 2020-01-01 only, the day of their link to YR (FLIS-DFDG §3 "For kuberne
   * Ydelsesaktivitet og YdelsesAktivitetBenchmark er det dog kun muligt at se data efter 1. januar
   * 2020"; §9). In force from 2020-01-01; derives {@link #WINDOW} (2020-01-01 to the evaluation
   * date) and {@link #HELD}.
   */
  public static final Rule<DataDay> WIN_2 =
      Rule.define("WIN-2", DataDay.class)
          .since(
              YR_LINK,
              cite(
                  "§3",
                  "For kuberne Ydelsesaktivitet og YdelsesAktivitetBenchmark er det dog kun muligt"
                      + " at se data efter 1. januar 2020"),
              (facts, v, ctx) -> window(facts, v, ctx, YR_LINK))
          .build();

  /**
   * WIN-3 — in Ydelsesaktivitet (and the benchmark model), a citizen not found in YR in a week gets
   * the benefit {@value #WITHOUT_YR_BENEFIT} for that week (FLIS-DFDG §7.2 "Findes borgeren ikke i
   * YR for en given uge, så vil han/hun blive vist med ydelsen "Uden ydelse i YR""). Derives {@link
   * #BENEFIT}; an error for a week whose Thursday is before {@link #YR_LINK} (WIN-2).
   */
  public static final Rule<WeekBenefit> WIN_3 =
      Rule.define("WIN-3", WeekBenefit.class)
          .always(
              cite(
                  "§7.2",
                  "Findes borgeren ikke i YR for en given uge…med ydelsen \"Uden ydelse i YR\""),
              (facts, v, ctx) -> benefit(facts, v))
          .build();

  /** The three rules, in order. */
  public static final List<Rule<?>> ALL = List.of(WIN_1, WIN_2, WIN_3);

  /**
   * A cube's window on an evaluation date: WIN-1 for {@link Cube#DFDG}, WIN-2 for the YR-linked
   * cubes.
   *
   * @param cube the cube
   * @param evaluationDate the day the cube is looked at
   * @return the window, or empty for a YR-linked cube before {@link #YR_LINK}
   */
  public static Optional<DatePeriod> window(Cube cube, LocalDate evaluationDate) {
    Rule<DataDay> rule = cube.isYrLinked() ? WIN_2 : WIN_1;
    return rule.evaluate(DataDay.of(evaluationDate), evaluationDate).value(WINDOW);
  }

  /**
   * WIN-3's benefit of a citizen-week, without a result.
   *
   * @param yrBenefit the YR benefit, or empty
   * @return the benefit, or {@value #WITHOUT_YR_BENEFIT}
   */
  public static String benefitOf(Optional<String> yrBenefit) {
    return yrBenefit.orElse(WITHOUT_YR_BENEFIT);
  }

  /**
   * Tells whether a week is held by the YR-linked cubes: its Thursday is on or after {@link
   * #YR_LINK} (2020-W01 is, 2019-W52 is not).
   *
   * @param week a week
   * @return true if on or after the YR link
   */
  public static boolean isInYrPeriod(IsoWeek week) {
    return !week.thursday().isBefore(YR_LINK);
  }

  private static LocalDate dfdgStart(LocalDate evaluationDate) {
    // in the first three years of LocalDate's calendar the window starts at its first day
    return LocalDate.of(
        Math.max(evaluationDate.getYear() - DFDG_YEARS_BEFORE, Year.MIN_VALUE), 1, 1);
  }

  private static RuleResult window(
      DataDay facts, RuleVersion v, EvaluationContext ctx, LocalDate start) {
    DatePeriod window = DatePeriod.of(start, ctx.date());
    boolean held = window.contains(facts.day());
    String id = v.ruleId().value();
    return RuleResult.builder(v)
        .derived(WINDOW, window, Message.of(id + ".window", "from", start, "to", ctx.date()))
        .derived(
            HELD,
            held,
            Message.of(
                id + (held ? ".held" : ".notHeld"),
                "day",
                facts.day(),
                "from",
                start,
                "to",
                ctx.date()))
        .build();
  }

  private static RuleResult benefit(WeekBenefit facts, RuleVersion v) {
    if (!isInYrPeriod(facts.week())) {
      return RuleResult.builder(v)
          .error(
              "week",
              Message.of(
                  "WIN-3.beforeYrLink",
                  "week",
                  facts.week(),
                  "thursday",
                  facts.week().thursday(),
                  "link",
                  YR_LINK))
          .build();
    }
    return RuleResult.builder(v)
        .derived(
            BENEFIT,
            benefitOf(facts.yrBenefit()),
            facts.yrBenefit().isPresent()
                ? Message.of("WIN-3.yrBenefit", "week", facts.week())
                : Message.of("WIN-3.withoutYrBenefit", "week", facts.week()))
        .build();
  }
}
