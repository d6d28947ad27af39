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
import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.visitation.VisitationCourse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The activation measures ACT-1 … ACT-7 of FLIS (FLIS-DFDG §6, "Beregninger"): each a {@link Rule}
 * constant named after its spec id, with its FLIS-DFDG citation as data, over the records and the
 * period of {@link ActivationMeasuresFacts}, answering typed derived values; and the area {@link
 * #AREA} ({@code activation-measures}) that folds them into an {@link ActivationMeasuresResult}.
 * The calculations themselves are public pure functions over records and a closed period ({@link
 * #citizens}, {@link #visitationCourses}, {@link #activationCourses}, {@link #conversations},
 * {@link #aidCosts}, {@link #daysActivated(Activation, DatePeriod)}, {@link #hoursPerWeek}); each
 * throws {@link IllegalArgumentException} for an open-ended period, the caller's mistake.
 *
 * <table>
 *   <caption>The measures (all cite {@code FLIS-DFDG}; every version {@code always})</caption>
 *   <tr><th>rule</th><th>derived key</th><th>what</th></tr>
 *   <tr><td>{@link #ACT_1} antal borgere (§6.1)</td><td>{@link #CITIZENS} Long</td><td>distinct
 *       citizens with a record in the period — never a sum of rows</td></tr>
 *   <tr><td>{@link #ACT_2} antal visitationsforløb (§6.2)</td><td>{@link #VISITATION_COURSES}
 *       Long</td><td>visitation courses whose half-open [start, end) meets the period</td></tr>
 *   <tr><td>{@link #ACT_3} antal aktiveringsforløb (§6.3)</td><td>{@link #ACTIVATION_COURSES}
 *       Long</td><td>activations whose closed [start, end] meets the period; a warning per
 *       unlisted cause, pool or type</td></tr>
 *   <tr><td>{@link #ACT_4} antal samtaler (§6.4)</td><td>{@link #CONVERSATIONS} Long</td>
 *       <td>conversations held in the period; a warning per unlisted type, contact form or
 *       participant</td></tr>
 *   <tr><td>{@link #ACT_5} hjælpemiddeludgifter (§6.5)</td><td>{@link #AID_COSTS} Money</td>
 *       <td>the exact sum of the aid expenses dated in the period; a warning per unlisted kind or
 *       type</td></tr>
 *   <tr><td>{@link #ACT_6} antal dage aktiveret (§6.6)</td><td>{@link #DAYS_ACTIVATED} Long</td>
 *       <td>the sum over activations of their days in the period</td></tr>
 *   <tr><td>{@link #ACT_7} antal timer aktiveret pr. uge (§6.7)</td><td>{@link #HOURS_PER_WEEK}
 *       BigDecimal, {@link #ACTIVATIONS_WITH_HOURS}, {@link #ACTIVATIONS_WITHOUT_HOURS} Long</td>
 *       <td>the sum of the hours per week entered, over the activations in the period that have
 *       them; those without are left out and counted</td></tr>
 * </table>
 *
 * <p><b>Periods.</b> The measured period is closed: its first and last day are in it. An
 * activation's end date is its last day (closed [start, end]; open while it runs); a visitation
 * course ends on the day the next one starts (half-open [start, end), VIS-1), so a course ending on
 * the period's first day does not count (ACT-2).
 *
 * <p><b>Interpretations</b> (the source gives one line per calculation):
 *
 * <ul>
 *   <li><em>Interpretation (ACT-1):</em> the citizens counted are those with at least one record
 *       that the other measures count in the period — an activation or visitation course that
 *       overlaps it, a conversation or an aid expense dated in it; each once, whatever their number
 *       of rows.
 *   <li><em>Interpretation (ACT-5):</em> an aid expense falls wholly in the period that holds its
 *       date (the day of the expense); it is not spread over the activation it belongs to. The sum
 *       is exact kroner and øre ({@link Money}); a correction may be negative.
 *   <li><em>Interpretation (ACT-3, ACT-6, ACT-7):</em> every activation given counts, whatever its
 *       status: the source filters on none, so a caller who wants only e.g. {@code Optaget}
 *       activations gives only those.
 *   <li><em>Interpretation (ACT-7):</em> the activations summed are those ACT-3 counts; hours per
 *       week are summed as entered (not weighted by the days in the period).
 * </ul>
 */
public final class ActivationMeasures {

  private ActivationMeasures() {}

  // ---- the derived keys ----

  /** ACT-1: the distinct citizens with a record in the period. */
  public static final DerivedKey<Long> CITIZENS = DerivedKey.of("citizens", Long.class);

  /** ACT-2: the visitation courses overlapping the period. */
  public static final DerivedKey<Long> VISITATION_COURSES =
      DerivedKey.of("visitationCourses", Long.class);

  /** ACT-3: the activation courses overlapping the period. */
  public static final DerivedKey<Long> ACTIVATION_COURSES =
      DerivedKey.of("activationCourses", Long.class);

  /** ACT-4: the conversations held in the period. */
  public static final DerivedKey<Long> CONVERSATIONS = DerivedKey.of("conversations", Long.class);

  /** ACT-5: the total cost of the aids dated in the period. */
  public static final DerivedKey<Money> AID_COSTS = DerivedKey.of("aidCosts", Money.class);

  /** ACT-6: the sum over activations of their days in the period. */
  public static final DerivedKey<Long> DAYS_ACTIVATED = DerivedKey.of("daysActivated", Long.class);

  /** ACT-7: the sum of the hours per week entered. */
  public static final DerivedKey<BigDecimal> HOURS_PER_WEEK =
      DerivedKey.of("hoursPerWeek", BigDecimal.class);

  /** ACT-7: the activations in the period with hours per week entered (those summed). */
  public static final DerivedKey<Long> ACTIVATIONS_WITH_HOURS =
      DerivedKey.of("hoursPerWeek.activationsWithHours", Long.class);

  /** ACT-7: the activations in the period without hours per week (left out of the sum). */
  public static final DerivedKey<Long> ACTIVATIONS_WITHOUT_HOURS =
      DerivedKey.of("hoursPerWeek.activationsWithoutHours", Long.class);

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(Sources.FLIS_DFDG, section, quote);
  }

  // ---- the rules ----

  /**
   * ACT-1 — antal borgere: "Denne beregning tæller antallet af unikke borgere der indgår i
   * forskellige grupperinger" (FLIS-DFDG §6.1). Derives {@link #CITIZENS}: the distinct citizens
   * with a record in the period, never a sum of rows.
   */
  public static final Rule<ActivationMeasuresFacts> ACT_1 =
      Rule.define("ACT-1", ActivationMeasuresFacts.class)
          .always(cite("§6.1", "antallet af unikke borgere der"), ActivationMeasures::act1)
          .build();

  /**
   * ACT-2 — antal visitationsforløb: "Denne forløbsberegning opgøres som antal visitationsgrupper
   * afgrænset af en start- og slutdato" (FLIS-DFDG §6.2). Derives {@link #VISITATION_COURSES}: the
   * courses whose half-open [start, end) meets the period.
   */
  public static final Rule<ActivationMeasuresFacts> ACT_2 =
      Rule.define("ACT-2", ActivationMeasuresFacts.class)
          .always(
              cite("§6.2", "som antal visitationsgrupper … af en start- og slutdato"),
              ActivationMeasures::act2)
          .build();

  /**
   * ACT-3 — antal aktiveringsforløb: "Aktiveringsforløb tæller antallet af aktiveringer der er
   * afgrænset af en start- og slutdato" (FLIS-DFDG §6.3). Derives {@link #ACTIVATION_COURSES}: the
   * activations whose closed [start, end] meets the period; a warning for each cause, pool or type
   * its code list does not list.
   */
  public static final Rule<ActivationMeasuresFacts> ACT_3 =
      Rule.define("ACT-3", ActivationMeasuresFacts.class)
          .always(
              cite("§6.3", "antallet af aktiveringer der er … af en start- og slutdato"),
              ActivationMeasures::act3)
          .build();

  /**
   * ACT-4 — antal samtaler: "Der tæller antallet af samtaler" (FLIS-DFDG §6.4). Derives {@link
   * #CONVERSATIONS}: the conversations held in the period (only held conversations are delivered);
   * a warning for each type, contact form or participant its code list does not list.
   */
  public static final Rule<ActivationMeasuresFacts> ACT_4 =
      Rule.define("ACT-4", ActivationMeasuresFacts.class)
          .always(cite("§6.4", "antallet af samtaler"), ActivationMeasures::act4)
          .build();

  /**
   * ACT-5 — hjælpemiddeludgifter: "Den samlede udgift til hjælpemidler" (FLIS-DFDG §6.5). Derives
   * {@link #AID_COSTS}: the exact sum of the expenses dated in the period (<em>interpretation:</em>
   * an expense falls in the period holding its date); a warning for each kind or type its code list
   * does not list.
   */
  public static final Rule<ActivationMeasuresFacts> ACT_5 =
      Rule.define("ACT-5", ActivationMeasuresFacts.class)
          .always(cite("§6.5", "Den samlede udgift til"), ActivationMeasures::act5)
          .build();

  /**
   * ACT-6 — antal dage aktiveret: "Denne beregning summerer samlet set hvormange dage der er mellem
   * samtlige start- og slutdatoer i en given periode" (FLIS-DFDG §6.6). Derives {@link
   * #DAYS_ACTIVATED}: the sum over activations of the days of [start, end] in the period, both ends
   * counted, an open activation cut at the period's end; a sum over activations, not distinct days.
   */
  public static final Rule<ActivationMeasuresFacts> ACT_6 =
      Rule.define("ACT-6", ActivationMeasuresFacts.class)
          .always(
              cite(
                  "§6.6",
                  "summerer samlet set hvormange dage der er mellem samtlig start- og slutdatoer i"
                      + " en given periode"),
              ActivationMeasures::act6)
          .build();

  /**
   * ACT-7 — antal timer aktiveret pr. uge: "Har kommunen ikke oplyst hvormange timer pr. uge en
   * given aktivitet varer, vil det selvfølgelig ikke blive medtaget i beregningen" (FLIS-DFDG
   * §6.7). Derives {@link #HOURS_PER_WEEK} over the activations in the period with hours entered,
   * {@link #ACTIVATIONS_WITH_HOURS} and {@link #ACTIVATIONS_WITHOUT_HOURS}: those left out are
   * counted, never taken as 0.
   */
  public static final Rule<ActivationMeasuresFacts> ACT_7 =
      Rule.define("ACT-7", ActivationMeasuresFacts.class)
          .always(
              cite(
                  "§6.7",
                  "Har kommunen ikke oplyst hvormange timer. pr. uge en given aktivitet varer …"
                      + " ikke bliver medtaget i beregningen"),
              ActivationMeasures::act7)
          .build();

  /** The seven rules, in order. */
  public static final List<Rule<ActivationMeasuresFacts>> ALL =
      List.of(ACT_1, ACT_2, ACT_3, ACT_4, ACT_5, ACT_6, ACT_7);

  /**
   * The area {@code activation-measures}: ACT-1 … ACT-7 on {@link ActivationMeasuresFacts} (those
   * its {@code measures} name, or all), deciding an {@link ActivationMeasuresResult}.
   */
  public static final RuleArea<ActivationMeasuresFacts, ActivationMeasuresResult> AREA =
      RuleArea.builder("activation-measures", ActivationMeasuresFacts.class)
          .description(
              "The FLIS activation measures of a period: citizens, courses, conversations, aid"
                  + " costs, days and hours activated (ACT-1 … ACT-7)")
          .rules(ALL)
          .concerned(ActivationMeasures::concerned)
          .example("dk/dfdgrules/rules/flis/activation-measures-example.json")
          .decides(ActivationMeasures::fold);

  /**
   * Measures a period.
   *
   * @param facts the period and the records
   * @param evaluationDate the evaluation date (the measures are in force on every date)
   * @return the answer: the typed measures and the rules' results
   */
  public static Answer<ActivationMeasuresResult> measure(
      ActivationMeasuresFacts facts, LocalDate evaluationDate) {
    return AREA.evaluate(facts, EvaluationContext.on(evaluationDate));
  }

  // ---- the calculations, pure functions over records and a closed period ----

  /**
   * ACT-1: the distinct citizens with at least one record counted in the period (an activation or
   * visitation course overlapping it, a conversation or aid expense dated in it).
   *
   * @param facts the records and the period
   * @return the number of distinct citizens, ≤ the number of records
   */
  public static long citizens(ActivationMeasuresFacts facts) {
    DatePeriod period = facts.period();
    Set<CprNumber> seen = new HashSet<>();
    for (Activation a : facts.activations()) {
      if (overlaps(a, period)) {
        seen.add(a.citizen());
      }
    }
    for (VisitationCourse c : facts.visitationCourses()) {
      if (overlaps(c, period)) {
        seen.add(c.getCitizen());
      }
    }
    for (Conversation c : facts.conversations()) {
      if (period.contains(c.date())) {
        seen.add(c.citizen());
      }
    }
    for (AidExpense e : facts.aidExpenses()) {
      if (period.contains(e.date())) {
        seen.add(e.citizen());
      }
    }
    return seen.size();
  }

  /**
   * ACT-2: the visitation courses that overlap a period, a course being half-open [start, end): a
   * course ending on the period's first day does not overlap it; an empty course (end = start)
   * overlaps nothing.
   *
   * @param courses the courses
   * @param period a closed period
   * @return the number of overlapping courses
   */
  public static long visitationCourses(List<VisitationCourse> courses, DatePeriod period) {
    checkClosed(period);
    return courses.stream().filter(c -> overlaps(c, period)).count();
  }

  /**
   * ACT-3: the activations that overlap a period, an activation being closed [start, end].
   *
   * @param activations the activations
   * @param period a closed period
   * @return the number of overlapping activations
   */
  public static long activationCourses(List<Activation> activations, DatePeriod period) {
    checkClosed(period);
    return activations.stream().filter(a -> overlaps(a, period)).count();
  }

  /**
   * ACT-4: the conversations held in a period.
   *
   * @param conversations the conversations
   * @param period a closed period
   * @return the number held on a day of the period
   */
  public static long conversations(List<Conversation> conversations, DatePeriod period) {
    checkClosed(period);
    return conversations.stream().filter(c -> period.contains(c.date())).count();
  }

  /**
   * ACT-5: the exact sum of the aid expenses dated in a period.
   *
   * @param expenses the expenses
   * @param period a closed period
   * @return the sum, {@link Money#ZERO} when none
   */
  public static Money aidCosts(List<AidExpense> expenses, DatePeriod period) {
    checkClosed(period);
    Money sum = Money.ZERO;
    for (AidExpense e : expenses) {
      if (period.contains(e.date())) {
        sum = sum.plus(e.cost());
      }
    }
    return sum;
  }

  /**
   * ACT-6 for one activation: its days in a period, both ends counted, an open activation cut at
   * the period's end.
   *
   * @param a the activation
   * @param period a closed period
   * @return the days of [start, end] ∩ period, 0 when they do not overlap
   */
  public static long daysActivated(Activation a, DatePeriod period) {
    checkClosed(period);
    LocalDate periodEnd = period.end().orElseThrow();
    LocalDate first = a.start().isAfter(period.start()) ? a.start() : period.start();
    LocalDate last = a.end().filter(e -> e.isBefore(periodEnd)).orElse(periodEnd);
    return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
  }

  /**
   * ACT-6: the sum over activations of their days in a period (a sum over activations: two
   * activations of one citizen on the same day count two days).
   *
   * @param activations the activations
   * @param period a closed period
   * @return the sum
   */
  public static long daysActivated(List<Activation> activations, DatePeriod period) {
    checkClosed(period);
    long sum = 0;
    for (Activation a : activations) {
      sum += daysActivated(a, period);
    }
    return sum;
  }

  /**
   * ACT-7's result: the sum of the hours per week and how many activations were summed or left out.
   *
   * @param total the sum of the hours entered
   * @param withHours the activations summed
   * @param withoutHours the activations left out, having no hours entered
   */
  public record Hours(BigDecimal total, long withHours, long withoutHours) {}

  /**
   * ACT-7: the sum of the hours per week entered, over the activations overlapping a period that
   * have them; the others are left out and counted.
   *
   * @param activations the activations
   * @param period a closed period
   * @return the sum and the counts
   */
  public static Hours hoursPerWeek(List<Activation> activations, DatePeriod period) {
    checkClosed(period);
    BigDecimal total = BigDecimal.ZERO;
    long with = 0;
    long without = 0;
    for (Activation a : activations) {
      if (!overlaps(a, period)) {
        continue;
      }
      if (a.hoursPerWeek().isPresent()) {
        total = total.add(a.hoursPerWeek().get());
        with++;
      } else {
        without++;
      }
    }
    return new Hours(total, with, without);
  }

  /**
   * ACT-3's test of one activation: whether its closed [start, end] shares a day with a period.
   *
   * @param a the activation
   * @param period a closed period
   * @return true if it overlaps
   */
  public static boolean overlaps(Activation a, DatePeriod period) {
    checkClosed(period);
    return a.period().overlaps(period);
  }

  /**
   * ACT-2's test of one visitation course: whether its half-open [start, end) shares a day with a
   * period.
   *
   * @param c the course
   * @param period a closed period
   * @return true if it overlaps (never for an empty course, end = start)
   */
  public static boolean overlaps(VisitationCourse c, DatePeriod period) {
    checkClosed(period);
    LocalDate last = period.end().orElseThrow();
    return !c.getStart().isAfter(last)
        && c.getEnd().map(e -> e.isAfter(c.getStart()) && e.isAfter(period.start())).orElse(true);
  }

  private static void checkClosed(DatePeriod period) {
    requireNonNull(period, "period");
    checkArgument(
        !period.isOpenEnded(), "a measured period has an end, was %s", Masking.lazy(period));
  }

  // ---- the rules' evaluations ----

  private static Message periodMessage(String key, ActivationMeasuresFacts f, Object... more) {
    Object[] args = new Object[4 + more.length];
    args[0] = "from";
    args[1] = f.from();
    args[2] = "to";
    args[3] = f.to();
    System.arraycopy(more, 0, args, 4, more.length);
    return Message.of(key, args);
  }

  private static RuleResult act1(ActivationMeasuresFacts f, RuleVersion v, EvaluationContext c) {
    long citizens = citizens(f);
    Message why = periodMessage("ACT-1.citizens", f, "citizens", citizens, "records", f.records());
    return RuleResult.builder(v).derived(CITIZENS, citizens, why).explanation(why).build();
  }

  private static RuleResult act2(ActivationMeasuresFacts f, RuleVersion v, EvaluationContext c) {
    long n = visitationCourses(f.visitationCourses(), f.period());
    Message why =
        periodMessage("ACT-2.courses", f, "courses", n, "records", f.visitationCourses().size());
    return RuleResult.builder(v).derived(VISITATION_COURSES, n, why).explanation(why).build();
  }

  private static RuleResult act3(ActivationMeasuresFacts f, RuleVersion v, EvaluationContext c) {
    long n = activationCourses(f.activations(), f.period());
    Message why =
        periodMessage("ACT-3.courses", f, "courses", n, "records", f.activations().size());
    RuleResult.Builder b = RuleResult.builder(v).derived(ACTIVATION_COURSES, n, why);
    for (int i = 0; i < f.activations().size(); i++) {
      for (FlisCodes.Problem p : FlisCodes.check(f.activations().get(i))) {
        b.warning("activations[" + i + "]." + p.field(), p.message());
      }
    }
    return b.explanation(why).build();
  }

  private static RuleResult act4(ActivationMeasuresFacts f, RuleVersion v, EvaluationContext c) {
    long n = conversations(f.conversations(), f.period());
    Message why =
        periodMessage(
            "ACT-4.conversations", f, "conversations", n, "records", f.conversations().size());
    RuleResult.Builder b = RuleResult.builder(v).derived(CONVERSATIONS, n, why);
    for (int i = 0; i < f.conversations().size(); i++) {
      for (FlisCodes.Problem p : FlisCodes.check(f.conversations().get(i))) {
        b.warning("conversations[" + i + "]." + p.field(), p.message());
      }
    }
    return b.explanation(why).build();
  }

  private static RuleResult act5(ActivationMeasuresFacts f, RuleVersion v, EvaluationContext c) {
    DatePeriod period = f.period();
    Money sum = aidCosts(f.aidExpenses(), period);
    long counted = f.aidExpenses().stream().filter(e -> period.contains(e.date())).count();
    Message why =
        periodMessage(
            "ACT-5.costs",
            f,
            "costs",
            sum.toString(),
            "expenses",
            counted,
            "records",
            f.aidExpenses().size());
    RuleResult.Builder b = RuleResult.builder(v).derived(AID_COSTS, sum, why);
    for (int i = 0; i < f.aidExpenses().size(); i++) {
      for (FlisCodes.Problem p : FlisCodes.check(f.aidExpenses().get(i))) {
        b.warning("aidExpenses[" + i + "]." + p.field(), p.message());
      }
    }
    return b.explanation(why).build();
  }

  private static RuleResult act6(ActivationMeasuresFacts f, RuleVersion v, EvaluationContext c) {
    long days = daysActivated(f.activations(), f.period());
    Message why = periodMessage("ACT-6.days", f, "days", days, "records", f.activations().size());
    return RuleResult.builder(v).derived(DAYS_ACTIVATED, days, why).explanation(why).build();
  }

  private static RuleResult act7(ActivationMeasuresFacts f, RuleVersion v, EvaluationContext c) {
    Hours h = hoursPerWeek(f.activations(), f.period());
    Message why =
        periodMessage(
            "ACT-7.hours",
            f,
            "hours",
            h.total().toPlainString(),
            "withHours",
            h.withHours(),
            "withoutHours",
            h.withoutHours());
    return RuleResult.builder(v)
        .derived(HOURS_PER_WEEK, h.total(), why)
        .derived(
            ACTIVATIONS_WITH_HOURS,
            h.withHours(),
            periodMessage("ACT-7.withHours", f, "withHours", h.withHours()))
        .derived(
            ACTIVATIONS_WITHOUT_HOURS,
            h.withoutHours(),
            periodMessage("ACT-7.withoutHours", f, "withoutHours", h.withoutHours()))
        .explanation(why)
        .build();
  }

  // ---- the area ----

  private static List<Rule<ActivationMeasuresFacts>> concerned(ActivationMeasuresFacts f) {
    if (f.measures().isEmpty()) {
      return ALL;
    }
    return ALL.stream()
        .filter(r -> f.measures().contains(r.id().value()))
        .collect(ImmutableList.toImmutableList());
  }

  private static ActivationMeasuresResult fold(
      ActivationMeasuresFacts f, RuleResults results, EvaluationContext ctx) {
    return new ActivationMeasuresResult(
        ActivationMeasuresResult.Kind.MEASURED,
        f.from(),
        f.to(),
        results.value(CITIZENS),
        results.value(VISITATION_COURSES),
        results.value(ACTIVATION_COURSES),
        results.value(CONVERSATIONS),
        results.value(AID_COSTS),
        results.value(DAYS_ACTIVATED),
        results.value(HOURS_PER_WEEK),
        results.value(ACTIVATIONS_WITHOUT_HOURS),
        Optional.empty(),
        Optional.of(periodMessage("ACT.measured", f, "records", f.records())));
  }
}
