/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The YUMU report form (Ydelser Udbetalt med Urette, benefits paid in error; YR-webinar-2023-06-21,
 * 'Ny funktionalitet ift. YUMU'): YUMU-1 … YUMU-8 over one {@link YumuReport}, each a {@link Rule}
 * constant named after its spec id, and the area {@code yumu-report} that evaluates them all, so
 * that every field error is reported at once — each with the source's Danish message verbatim (and
 * an English one), the field it concerns as its path, and the rule id.
 *
 * <table>
 *   <caption>The rules and the fields they check</caption>
 *   <tr><th>rule</th><th>field</th><th>check</th></tr>
 *   <tr><td>{@link #YUMU_1}</td><td>{@code cpr}</td><td>10 digits, no hyphen; no date or
 *       modulus-11 check</td></tr>
 *   <tr><td>{@link #YUMU_2}</td><td>{@code periodStart}</td><td>{@code dd-mm}</td></tr>
 *   <tr><td>{@link #YUMU_3}</td><td>{@code startYear}, {@code endYear}</td><td>a year of the
 *       list ({@link YumuYears}); derives {@link #YEARS}</td></tr>
 *   <tr><td>{@link #YUMU_4}</td><td>{@code periodEnd}</td><td>{@code dd-mm}</td></tr>
 *   <tr><td>{@link #YUMU_5}</td><td>{@code periodStart}, {@code periodEnd}</td><td><em>not in
 *       source:</em> real dates, end not before start</td></tr>
 *   <tr><td>{@link #YUMU_6}</td><td>{@code benefit}</td><td>one of the citizen's own
 *       benefits</td></tr>
 *   <tr><td>{@link #YUMU_7}</td><td>{@code amount}</td><td>kroner, at least 0.01, in the
 *       grammar of {@link YumuAmount}; derives {@link #AMOUNT}</td></tr>
 *   <tr><td>{@link #YUMU_8}</td><td>{@code created}</td><td>a submitted report can still be
 *       edited or deleted ({@link YumuLifeCycle}); derives {@link #STATE}, {@link
 *       #LIST_EMPTIED_FROM}</td></tr>
 * </table>
 *
 * <p>A field that is absent or empty is not filled in, and breaks its rule with the source's
 * message ("… feltet skal udfyldes …"). Nothing is trimmed. Messages never show a field's text (a
 * field may hold a CPR number).
 *
 * <p>The rules have one version each, in force always: the source dates the form's new functions
 * only by the webinar (June 2023), and the checks of each field are older.
 */
public final class YumuRules {

  private YumuRules() {}

  private static final String SECTION = "Ny funktionalitet ift. YUMU";

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(Sources.YR_WEBINAR, SECTION, quote);
  }

  /** YUMU-3: the years the list offers on the evaluation date, newest first. */
  public static final DerivedKey<List<Integer>> YEARS = DerivedKey.listOf("years", Integer.class);

  /** YUMU-7: the amount in kroner, two decimals. */
  public static final DerivedKey<BigDecimal> AMOUNT = DerivedKey.of("amount", BigDecimal.class);

  /** YUMU-8: where a submitted report stands on the evaluation date. */
  public static final DerivedKey<YumuLifeCycle.State> STATE =
      DerivedKey.of("created.state", YumuLifeCycle.State.class);

  /** YUMU-8: the first day a submitted report is off the list. */
  public static final DerivedKey<LocalDate> LIST_EMPTIED_FROM =
      DerivedKey.of("created.listEmptiedFrom", LocalDate.class);

  /**
   * YUMU-1 — the CPR field: "CPR feltet skal udfyldes uden bindestreg og består af 10 tal." Ten
   * ASCII digits, nothing else. No birth-date or modulus-11 check: the source's own examples,
   * 1122334444 and 2837000000, have no valid date part.
   */
  public static final Rule<YumuReport> YUMU_1 =
      Rule.define("YUMU-1", YumuReport.class)
          .always(
              cite("CPR feltet skal udfyldes uden bindestreg og består af 10 tal."),
              (r, v, ctx) -> field(v, "cpr", isCpr(r.cpr()), "YUMU-1.invalid"))
          .build();

  /**
   * YUMU-2 — the period start: "Periode start feltet skal udfyldes og består af 2 tal for dag, en
   * bindestreg, og 2 tal for måned. Eksempelvis 12-01 hvor 01 er januar måned." Two ASCII digits of
   * a day 01 … 31, a hyphen, two of a month 01 … 12; whether the day exists in that month and year
   * is YUMU-5's.
   */
  public static final Rule<YumuReport> YUMU_2 =
      Rule.define("YUMU-2", YumuReport.class)
          .always(
              cite(
                  "Periode start feltet skal udfyldes og består af 2 tal for dag, en bindestreg,"
                      + " og 2 tal for måned. Eksempelvis 12-01 hvor 01 er januar måned."),
              (r, v, ctx) ->
                  field(v, "periodStart", dayMonth(r.periodStart()).isPresent(), "YUMU-2.invalid"))
          .build();

  /**
   * YUMU-3 — the years of the start and the end: "Der skal vælges et gyldigt årstal fra
   * årstalslisten." The list: "Indberetning kan ske hele året, samt 3 år tilbage" — {@link
   * YumuYears#offered(LocalDate, int)} on the evaluation date with the report's {@code yearDepth}
   * (3 by default, the text's reading; 2 gives the screenshot's three years). <em>Interpretation
   * </em> (the specification's): the form asks the year after both the start and the end, so each
   * has its own year from the list (a period may cross New Year). Derives {@link #YEARS}.
   */
  public static final Rule<YumuReport> YUMU_3 =
      Rule.define("YUMU-3", YumuReport.class)
          .always(
              cite(
                  "Der skal vælges et gyldigt årstal fra årstalslisten. … Indberetning kan ske hele"
                      + " året, samt 3 år tilbage."),
              YumuRules::years)
          .build();

  /**
   * YUMU-4 — the period end, as YUMU-2: "Periode slut feltet skal udfyldes og består af 2 tal for
   * dag, en bindestreg, og 2 tal for måned. Eksempelvis 12-01 hvor 01 er januar måned."
   */
  public static final Rule<YumuReport> YUMU_4 =
      Rule.define("YUMU-4", YumuReport.class)
          .always(
              cite(
                  "Periode slut feltet skal udfyldes og består af 2 tal for dag, en bindestreg,"
                      + " og 2 tal for måned. Eksempelvis 12-01 hvor 01 er januar måned."),
              (r, v, ctx) ->
                  field(v, "periodEnd", dayMonth(r.periodEnd()).isPresent(), "YUMU-4.invalid"))
          .build();

  /**
   * YUMU-5 — <em>not in source</em>: the start and the end, each with its year, are real dates (no
   * 30-02; 29-02 only in a leap year), and the end is not before the start; a form that accepted
   * them would lose data. Checked only for the parts that YUMU-2, YUMU-3 and YUMU-4 can read (a
   * year of four digits, whether offered or not).
   */
  public static final Rule<YumuReport> YUMU_5 =
      Rule.define("YUMU-5", YumuReport.class)
          .always(
              SourceCitation.of(
                  Sources.LIBRARY,
                  "YUMU-5",
                  "Ikke i kilden: perioden består af rigtige datoer, og slut ligger ikke før"
                      + " start"),
              YumuRules::realDates)
          .build();

  /**
   * YUMU-6 — the benefit: "Der skal vælges en gyldig ydelse fra ydelseslisten."; the list offered
   * is only the citizen's own benefits ("Bruger får kun vist de ydelser som borgeren har
   * modtaget"). Undetermined ({@code citizenBenefits} missing) when a benefit is chosen but the
   * citizen's list is not given.
   */
  public static final Rule<YumuReport> YUMU_6 =
      Rule.define("YUMU-6", YumuReport.class)
          .always(
              cite(
                  "Bruger får kun vist de ydelser som borgeren har modtaget … Der skal vælges en"
                      + " gyldig ydelse fra ydelseslisten."),
              YumuRules::benefit)
          .build();

  /**
   * YUMU-7 — the amount: "Beløb feltet skal udfyldes, på et beløb i kroner, med en værdi på 0.01
   * krone eller større." <em>Not in source — the grammar</em> of {@link YumuAmount}: {@code
   * 1.234,56} yes, {@code 1.234} rejected as ambiguous; each rejection adds its reason to the
   * source's message. Derives {@link #AMOUNT}, exact.
   */
  public static final Rule<YumuReport> YUMU_7 =
      Rule.define("YUMU-7", YumuReport.class)
          .always(
              cite(
                  "Beløb feltet skal udfyldes, på et beløb i kroner, med en værdi på 0.01 krone"
                      + " eller større."),
              YumuRules::amount)
          .build();

  /**
   * YUMU-8 — the life cycle of a submitted report: "Bruger har mulighed for at finde, slette og
   * redigere YUMU-indberetninger i løbet af året." and "Når YUMU-kørslen i januar er færdig,
   * nulstilles listen over tidligere YUMU-indberetninger." For a report with {@code created}: an
   * error when it is off the list on the evaluation date (it can no longer be edited or deleted) or
   * created after it, a warning in the January after its year while the day the run finished is not
   * known ({@link YumuLifeCycle}). Derives {@link #STATE} and {@link #LIST_EMPTIED_FROM}. A new
   * report (no {@code created}) satisfies it.
   */
  public static final Rule<YumuReport> YUMU_8 =
      Rule.define("YUMU-8", YumuReport.class)
          .always(
              cite(
                  "Bruger har mulighed for at finde, slette og redigere YUMU-indberetninger i løbet"
                      + " af året. … Når YUMU-kørslen i januar er færdig, nulstilles listen over"
                      + " tidligere YUMU-indberetninger."),
              YumuRules::lifeCycle)
          .build();

  /** The eight rules, in the order of the form. */
  public static final List<Rule<YumuReport>> ALL =
      List.of(YUMU_1, YUMU_2, YUMU_3, YUMU_4, YUMU_5, YUMU_6, YUMU_7, YUMU_8);

  /**
   * The area {@code yumu-report}: YUMU-1 … YUMU-8 over one report, every field error at once. Its
   * verdict is rejected by the first error, accepted otherwise.
   */
  public static final RuleArea<YumuReport, Verdict> AREA =
      RuleArea.builder("yumu-report", YumuReport.class)
          .description("A YUMU report of a benefit paid in error, every field (YUMU-1 … YUMU-8)")
          .rules(ALL)
          .example("dk/dfdgrules/rules/refusion/yumu-example.json")
          .validates();

  /**
   * Validates one report on a date: every rule, every field error.
   *
   * @param report the report
   * @param context the evaluation date and the caller's settings
   * @return the answer
   */
  public static dk.dfdgrules.core.rule.Answer<Verdict> validate(
      YumuReport report, EvaluationContext context) {
    return AREA.evaluate(report, context);
  }

  /**
   * Whether a text is a CPR field per YUMU-1: exactly ten ASCII digits.
   *
   * @param text the text
   * @return true if it is
   */
  public static boolean isCpr(Optional<String> text) {
    if (text.isEmpty() || text.get().length() != 10) {
      return false;
    }
    String s = text.get();
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The day and month of a {@code dd-mm} field per YUMU-2 and YUMU-4.
   *
   * @param text the field
   * @return {day, month}, or empty if it is not {@code dd-mm} with a day 01 … 31 and a month 01 …
   *     12
   */
  static Optional<int[]> dayMonth(Optional<String> text) {
    if (text.isEmpty() || text.get().length() != 5) {
      return Optional.empty();
    }
    String s = text.get();
    if (!isDigit(s.charAt(0))
        || !isDigit(s.charAt(1))
        || s.charAt(2) != '-'
        || !isDigit(s.charAt(3))
        || !isDigit(s.charAt(4))) {
      return Optional.empty();
    }
    int day = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    int month = (s.charAt(3) - '0') * 10 + (s.charAt(4) - '0');
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(new int[] {day, month});
  }

  /** A year field's value: four ASCII digits, not starting with 0. */
  static Optional<Integer> year(Optional<String> text) {
    if (text.isEmpty() || text.get().length() != 4 || text.get().charAt(0) == '0') {
      return Optional.empty();
    }
    String s = text.get();
    int y = 0;
    for (int i = 0; i < 4; i++) {
      if (!isDigit(s.charAt(i))) {
        return Optional.empty();
      }
      y = y * 10 + (s.charAt(i) - '0');
    }
    return Optional.of(y);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static RuleResult field(RuleVersion v, String path, boolean ok, String key) {
    return ok
        ? RuleResult.satisfied(v)
        : RuleResult.builder(v).error(path, Message.of(key)).build();
  }

  private static RuleResult years(YumuReport r, RuleVersion v, EvaluationContext ctx) {
    int depth = r.yearDepth().orElse(YumuYears.DEFAULT_DEPTH);
    if (depth < 0 || depth > YumuYears.MAX_DEPTH) {
      return RuleResult.builder(v)
          // the depth given is not shown: any number may stand there, a CPR number too
          .error("yearDepth", Message.of("YUMU-3.depth", "max", YumuYears.MAX_DEPTH))
          .build();
    }
    List<Integer> offered = YumuYears.offered(ctx.date(), depth);
    RuleResult.Builder b =
        RuleResult.builder(v)
            .derived(
                YEARS,
                offered,
                Message.of("YUMU-3.years", "date", ctx.date(), "years", offered, "depth", depth));
    for (String path : List.of("startYear", "endYear")) {
      Optional<String> text = path.equals("startYear") ? r.startYear() : r.endYear();
      Optional<Integer> y = year(text);
      if (y.isEmpty() || !offered.contains(y.get())) {
        b.error(path, Message.of("YUMU-3.invalid"));
      }
    }
    return b.build();
  }

  private static RuleResult realDates(YumuReport r, RuleVersion v, EvaluationContext ctx) {
    Optional<LocalDate> start = date(r.periodStart(), r.startYear());
    Optional<LocalDate> end = date(r.periodEnd(), r.endYear());
    RuleResult.Builder b = RuleResult.builder(v);
    boolean startReal = checkReal(b, "periodStart", r.periodStart(), r.startYear(), start);
    boolean endReal = checkReal(b, "periodEnd", r.periodEnd(), r.endYear(), end);
    if (startReal && endReal && start.isPresent() && end.isPresent()) {
      if (end.get().isBefore(start.get())) {
        b.error(
            "periodEnd",
            Message.of("YUMU-5.endBeforeStart", "start", start.get(), "end", end.get()));
      }
    }
    return b.build();
  }

  /** Adds the error of a day-month and year that YUMU-2/4 and the year can read but is no date. */
  private static boolean checkReal(
      RuleResult.Builder b,
      String path,
      Optional<String> dayMonth,
      Optional<String> yearText,
      Optional<LocalDate> date) {
    Optional<int[]> dm = dayMonth(dayMonth);
    Optional<Integer> y = year(yearText);
    if (dm.isEmpty() || y.isEmpty() || date.isPresent()) {
      return true;
    }
    b.error(
        path,
        Message.of(
            "YUMU-5.noSuchDate",
            "date",
            String.format("%02d-%02d-%04d", dm.get()[0], dm.get()[1], y.get())));
    return false;
  }

  private static Optional<LocalDate> date(Optional<String> dayMonth, Optional<String> yearText) {
    Optional<int[]> dm = dayMonth(dayMonth);
    Optional<Integer> y = year(yearText);
    if (dm.isEmpty() || y.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y.get(), dm.get()[1], dm.get()[0]));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static RuleResult benefit(YumuReport r, RuleVersion v, EvaluationContext ctx) {
    if (r.benefit().isEmpty() || r.benefit().get().isBlank()) {
      return RuleResult.builder(v).error("benefit", Message.of("YUMU-6.invalid")).build();
    }
    if (r.citizenBenefits().isEmpty()) {
      return RuleResult.undetermined(v, "citizenBenefits");
    }
    return field(
        v, "benefit", r.citizenBenefits().get().contains(r.benefit().get()), "YUMU-6.invalid");
  }

  private static RuleResult amount(YumuReport r, RuleVersion v, EvaluationContext ctx) {
    YumuAmount.Parsed p = YumuAmount.parse(r.amount().orElse(null));
    if (p.problem().isPresent()) {
      return RuleResult.builder(v)
          .error(
              "amount",
              Message.of("YUMU-7." + p.problem().get().name(), "max", YumuAmount.MAX_LENGTH))
          .build();
    }
    BigDecimal kroner = p.value().orElseThrow();
    return RuleResult.builder(v)
        .derived(AMOUNT, kroner, Message.of("YUMU-7.amount", "amount", YumuAmount.format(kroner)))
        .build();
  }

  private static RuleResult lifeCycle(YumuReport r, RuleVersion v, EvaluationContext ctx) {
    if (r.created().isEmpty()) {
      return RuleResult.builder(v).explanation(Message.of("YUMU-8.new")).build();
    }
    LocalDate created = r.created().get();
    int next = created.getYear() + 1;
    if (r.januaryRunFinished().isPresent() && r.januaryRunFinished().get().getYear() != next) {
      return RuleResult.builder(v)
          .error(
              "januaryRunFinished", Message.of("YUMU-8.runYear", "created", created, "year", next))
          .build();
    }
    YumuLifeCycle.State state = YumuLifeCycle.state(created, ctx.date(), r.januaryRunFinished());
    LocalDate emptied = YumuLifeCycle.listEmptiedFrom(created.getYear(), r.januaryRunFinished());
    RuleResult.Builder b =
        RuleResult.builder(v)
            .derived(
                STATE,
                state,
                Message.of("YUMU-8.state." + state.name(), "created", created, "date", ctx.date()))
            .derived(
                LIST_EMPTIED_FROM,
                emptied,
                Message.of(
                    r.januaryRunFinished().isPresent()
                        ? "YUMU-8.emptiedFrom.known"
                        : "YUMU-8.emptiedFrom.assumed",
                    "emptied",
                    emptied,
                    "year",
                    created.getYear()));
    switch (state) {
      case NOT_CREATED ->
          b.error(
              "created", Message.of("YUMU-8.notCreated", "created", created, "date", ctx.date()));
      case EMPTIED ->
          b.error("created", Message.of("YUMU-8.emptied", "created", created, "emptied", emptied));
      case UNTIL_JANUARY_RUN ->
          b.warning("created", Message.of("YUMU-8.untilJanuaryRun", "created", created));
      case EDITABLE -> {}
    }
    return b.build();
  }
}
