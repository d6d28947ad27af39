/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

import static dk.dfdgrules.codelists.AbsenceTypes.EDUCATION_UNDER_EDUCATION_BOOST_POOL;
import static dk.dfdgrules.codelists.AbsenceTypes.SENIOR_JOB;
import static dk.dfdgrules.codelists.AbsenceTypes.WORK_SHARING_COVID_19;
import static dk.dfdgrules.codelists.AbsenceTypes.WORK_SHARING_UP_TO_6_WEEKS;
import static dk.dfdgrules.codelists.ContactGroups.CASH_BENEFIT_RECIPIENT;
import static dk.dfdgrules.codelists.ContactGroups.TRANSITION_BENEFIT_RECIPIENT;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.rules.absence.AbsenceResult.Kind;
import dk.dfdgrules.rules.internal.Decided;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ABS-1 … ABS-3 — absence (fravær) and exemptions: {@link #decide(AbsenceFacts, LocalDate)}, and
 * per question {@link #decide(List, LocalDate)} (ABS-1), {@link #decide(RecoveryReport, LocalDate)}
 * (ABS-2), {@link #decide(List, int, VisitationCategory, LocalDate)} (ABS-3).
 *
 * <ul>
 *   <li><b>ABS-1</b> (DFDG-RN-2021-12-06 §2.1, {@code PersonHistoryService}) the citizen's
 *       <em>current</em> a-kasse may read absence history of three types back in time, "uanset, om
 *       borgeren på daværende tidspunkt var medlem af den nuværende a-kasse eller ej": Seniorjob
 *       (25) {@value #SENIOR_JOB_YEARS} years; Arbejdsfordeling op til 6 uger (71) and
 *       Arbejdsfordeling – ny midlertidig ordning. Covid-19 (78) {@value #WORK_SHARING_YEARS}
 *       years. <em>Interpretation:</em> a registration is readable if its period [start, end — or
 *       the evaluation date when open] overlaps [evaluation date − N years, evaluation date]: an
 *       ongoing registration is always readable, a closed one if it ended on or after evaluation
 *       date − N years. For other types ABS-1 says nothing ({@link HistoryAccess#NOT_COVERED}). In
 *       force from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}; the access before it is not
 *       in the source (not in force). Derives {@link #HISTORY_ACCESS} per registration.
 *   <li><b>ABS-2</b> (§2.2) on a recovery report (raskmelding) from KSD the re-registration
 *       (gentilmelding) date is the processing date — "DFDG-batchjob altid tilmelder med dags dato"
 *       — which is the evaluation date. Before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}
 *       DFDG tried the report's historical date, which could fail: the older version derives that
 *       date and warns. Derives {@link #RE_REGISTRATION_DATE}.
 *   <li><b>ABS-3</b> (§2.3) absence 'Uddannelse under pulje til uddannelsesløft' (74) may be
 *       registered for job-ready (jobparate) citizens in contact group 26; while active it exempts
 *       job-ready citizens in contact groups 2 and 26 from the joblog requirement. Before {@link
 *       dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (the errors the release corrected) such a
 *       registration was rejected and the absence exempted neither group. ABS-3 says nothing about
 *       other groups or categories. Derives {@link #NEW_REGISTRATION_PERMITTED} (for a registration
 *       it covers) and {@link #JOBLOG_EXEMPTION}.
 * </ul>
 *
 * <p>The area decides: its {@link AbsenceResult} is folded from the values the rules derived —
 * rejected when ABS-3 rejects the registration, undetermined when a rule misses a fact, decided by
 * the first rule (in the order ABS-1, ABS-2, ABS-3) that says something about the facts, and not
 * covered when none does.
 */
public final class AbsenceRules {

  /** ABS-1: how far back the current a-kasse reads Seniorjob (25). */
  public static final int SENIOR_JOB_YEARS = 8;

  /** ABS-1: how far back the current a-kasse reads the work-sharing types (71, 78). */
  public static final int WORK_SHARING_YEARS = 5;

  /** ABS-1: years of read-back by absence type id. */
  public static final Map<Integer, Integer> READ_BACK_YEARS =
      ImmutableMap.of(
          SENIOR_JOB, SENIOR_JOB_YEARS,
          WORK_SHARING_UP_TO_6_WEEKS, WORK_SHARING_YEARS,
          WORK_SHARING_COVID_19, WORK_SHARING_YEARS);

  /** ABS-3: the contact groups whose job-ready citizens an absence 74 exempts from the joblog. */
  public static final Set<Integer> JOBLOG_EXEMPT_GROUPS =
      ImmutableSet.of(CASH_BENEFIT_RECIPIENT, TRANSITION_BENEFIT_RECIPIENT);

  /**
   * ABS-1: whether the current a-kasse may read each absence registration, {@code
   * absences[i].access} for the registration at index i.
   */
  public static final DerivedKey<HistoryAccess> HISTORY_ACCESS =
      DerivedKey.of("absences[].access", HistoryAccess.class);

  /** ABS-2: the date DFDG re-registers the citizen on a recovery report. */
  public static final DerivedKey<LocalDate> RE_REGISTRATION_DATE =
      DerivedKey.of("reRegistrationDate", LocalDate.class);

  /**
   * ABS-3: whether absence 74 may be registered for a job-ready citizen in contact group 26 (false
   * before the fix, with an error); not derived for a registration ABS-3 does not cover.
   */
  public static final DerivedKey<Boolean> NEW_REGISTRATION_PERMITTED =
      DerivedKey.of("newRegistration.permitted", Boolean.class);

  /** ABS-3: what an absence 74 does to the joblog requirement. */
  public static final DerivedKey<JoblogExemption> JOBLOG_EXEMPTION =
      DerivedKey.of("joblogExemption", JoblogExemption.class);

  /**
   * ABS-1 — "'Seniorjob' (id 25): Borgers nuværende a-kasse kan læse registreringer op til 8 år
   * tilbage i tid" (§2.1), and 5 years for types 71 and 78; from {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<AbsenceFacts> ABS_1 =
      Rule.define("ABS-1", AbsenceFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§2.1",
                  "'Seniorjob' (id 25): Borgers nuværende a-kasse kan læse registreringer op til 8"
                      + " år tilbage i tid"),
              AbsenceRules::abs1)
          .build();

  /**
   * ABS-2 — before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} the historical date ("DFDG
   * forsøgte at gentilmelde borgeren med en historisk tilmeldedato"); from it, the processing date
   * ("Fejlen er rettet sådan, at DFDG-batchjob altid tilmelder med dags dato.").
   */
  public static final Rule<AbsenceFacts> ABS_2 =
      Rule.define("ABS-2", AbsenceFacts.class)
          .before(
              DFDG_RELEASE,
              cite(
                  "§2.2",
                  "fejlede raskmelding fra sygedagpengesystemet (KSD), fordi DFDG forsøgte at"
                      + " gentilmelde borgeren med en historisk tilmeldedato"),
              (f, v, c) -> abs2(f, v, c, false))
          .since(
              DFDG_RELEASE,
              cite(
                  "§2.2",
                  "Fejlen er rettet sådan, at DFDG-batchjob altid tilmelder med dags dato."),
              (f, v, c) -> abs2(f, v, c, true))
          .build();

  /**
   * ABS-3 — before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} the errors ("Fravær
   * 'Uddannelse under pulje til uddannelsesløft' (id 74) kunne ved en fejl ikke registreres på
   * jobparate i kontaktgruppe 26"); from it, corrected ("Fraværforholdet fritog desuden ikke
   * jobparate i kontaktgruppe 2 'Kontanthjælpsmodtager' for brug af joblog. Fejlene er rettet.").
   */
  public static final Rule<AbsenceFacts> ABS_3 =
      Rule.define("ABS-3", AbsenceFacts.class)
          .before(
              DFDG_RELEASE,
              cite(
                  "§2.3",
                  "Fravær 'Uddannelse under pulje til uddannelsesløft' (id 74) kunne ved en fejl"
                      + " ikke registreres på jobparate i kontaktgruppe 26"),
              (f, v, c) -> abs3(f, v, c, false))
          .since(
              DFDG_RELEASE,
              cite(
                  "§2.3",
                  "Fraværforholdet fritog desuden ikke jobparate i kontaktgruppe 2"
                      + " 'Kontanthjælpsmodtager' for brug af joblog. Fejlene er rettet."),
              (f, v, c) -> abs3(f, v, c, true))
          .build();

  /** The area {@code absence}: ABS-1 … ABS-3 on {@link AbsenceFacts}, deciding. */
  public static final RuleArea<AbsenceFacts, AbsenceResult> AREA =
      RuleArea.builder("absence", AbsenceFacts.class)
          .description(
              "Absence history for the current a-kasse, re-registration on recovery, absence 74"
                  + " and the joblog (ABS-1 … ABS-3)")
          .rules(ABS_1, ABS_2, ABS_3)
          .example("dk/dfdgrules/rules/absence/example.json")
          .decides(AbsenceRules::fold);

  private AbsenceRules() {}

  /**
   * Decides ABS-1 … ABS-3 on a date.
   *
   * @param facts the facts
   * @param evaluationDate the evaluation date (for ABS-2 the processing date)
   * @return the decision — the typed derivations — and the rules' results
   */
  public static Answer<AbsenceResult> decide(AbsenceFacts facts, LocalDate evaluationDate) {
    return decide(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Decides ABS-1 … ABS-3 in a context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the decision and the rules' results
   */
  public static Answer<AbsenceResult> decide(AbsenceFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  /**
   * ABS-1: which of these absence registrations the citizen's current a-kasse may read ({@link
   * AbsenceResult#historyAccess()}).
   *
   * @param absences the registrations
   * @param evaluationDate the date of reading
   * @return the decision, with one entry per registration (none before {@link
   *     dk.dfdgrules.codelists.Sources#DFDG_RELEASE}), and the rules' results
   */
  public static Answer<AbsenceResult> decide(
      List<AbsenceRegistration> absences, LocalDate evaluationDate) {
    return decide(AbsenceFacts.history(absences), evaluationDate);
  }

  /**
   * ABS-2: the date DFDG re-registers the citizen on a recovery report ({@link
   * AbsenceResult#reRegistrationDate()}).
   *
   * @param report the report
   * @param processingDate the date DFDG processes it
   * @return the decision — the date, or none when it cannot be decided (before {@link
   *     dk.dfdgrules.codelists.Sources#DFDG_RELEASE} without the report's date) — and the rules'
   *     results
   */
  public static Answer<AbsenceResult> decide(RecoveryReport report, LocalDate processingDate) {
    requireNonNull(report, "report");
    return decide(
        new AbsenceFacts(
            List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(report)),
        processingDate);
  }

  /**
   * ABS-3: what the citizen's absences do to the joblog requirement ({@link
   * AbsenceResult#joblogExemption()}).
   *
   * @param absences the citizen's absence registrations
   * @param contactGroup the contact group on the date
   * @param category the visitation category on the date
   * @param evaluationDate the date
   * @return the decision and the rules' results
   */
  public static Answer<AbsenceResult> decide(
      List<AbsenceRegistration> absences,
      int contactGroup,
      VisitationCategory category,
      LocalDate evaluationDate) {
    return decide(
        new AbsenceFacts(
            absences,
            Optional.of(contactGroup),
            Optional.of(category),
            Optional.empty(),
            Optional.empty()),
        evaluationDate);
  }

  /**
   * ABS-1's read-back window for a type on a date: [date − N years, date].
   *
   * @param absenceType an absence type id
   * @param date the evaluation date
   * @return the window, or empty for a type ABS-1 does not cover
   */
  public static Optional<DatePeriod> readBackWindow(int absenceType, LocalDate date) {
    return Optional.ofNullable(READ_BACK_YEARS.get(absenceType))
        .map(years -> DatePeriod.of(date.minusYears(years), date));
  }

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, section, quote);
  }

  // ---- the rules ----

  private static RuleResult abs1(AbsenceFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    LocalDate date = ctx.date();
    int readable = 0;
    for (int i = 0; i < f.absences().size(); i++) {
      AbsenceRegistration a = f.absences().get(i);
      Optional<DatePeriod> window = readBackWindow(a.getAbsenceType(), date);
      HistoryAccess access;
      Message why;
      if (window.isEmpty()) {
        access = HistoryAccess.NOT_COVERED;
        why = Message.of("ABS-1.notCovered", "type", shownId(a.getAbsenceType()));
      } else {
        int years = READ_BACK_YEARS.get(a.getAbsenceType());
        access =
            a.getPeriod().overlaps(window.get())
                ? HistoryAccess.READABLE
                : HistoryAccess.NOT_READABLE;
        why =
            Message.of(
                access == HistoryAccess.READABLE ? "ABS-1.readable" : "ABS-1.notReadable",
                "type",
                shownId(a.getAbsenceType()),
                "years",
                years,
                "from",
                window.get().start(),
                "to",
                date);
        if (access == HistoryAccess.READABLE) {
          readable++;
        }
      }
      b.derived(HISTORY_ACCESS.at(i), access, why);
    }
    return b.explanation(
            Message.of("ABS-1.explanation", "readable", readable, "count", f.absences().size()))
        .build();
  }

  private static RuleResult abs2(
      AbsenceFacts f, RuleVersion version, EvaluationContext ctx, boolean fixed) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.recoveryReport().isEmpty()) {
      return b.explanation(Message.of("ABS-2.noReport")).build();
    }
    LocalDate processing = ctx.date();
    if (fixed) {
      Message why = Message.of("ABS-2.processingDate", "date", processing);
      return b.derived(RE_REGISTRATION_DATE, processing, why).explanation(why).build();
    }
    Optional<LocalDate> historical = f.recoveryReport().get().recoveryDate();
    if (historical.isEmpty()) {
      return b.missing("recoveryReport.recoveryDate").build();
    }
    Message why =
        Message.of("ABS-2.historicalDate", "date", historical.get(), "fixed", DFDG_RELEASE);
    b.derived(RE_REGISTRATION_DATE, historical.get(), why);
    if (historical.get().isBefore(processing)) {
      b.warning(
          "recoveryReport.recoveryDate",
          Message.of(
              "ABS-2.historicalMayFail",
              "date",
              historical.get(),
              "processing",
              processing,
              "fixed",
              DFDG_RELEASE));
    }
    return b.explanation(why).build();
  }

  private static RuleResult abs3(
      AbsenceFacts f, RuleVersion version, EvaluationContext ctx, boolean fixed) {
    RuleResult.Builder b = RuleResult.builder(version);
    LocalDate date = ctx.date();
    boolean registering =
        f.newRegistration()
            .map(a -> a.getAbsenceType() == EDUCATION_UNDER_EDUCATION_BOOST_POOL)
            .orElse(false);
    boolean active74 =
        f.absences().stream()
            .anyMatch(
                a ->
                    a.getAbsenceType() == EDUCATION_UNDER_EDUCATION_BOOST_POOL
                        && a.getPeriod().contains(date));
    if (!registering && !active74) {
      Message why = Message.of("ABS-3.noActive74");
      return b.derived(JOBLOG_EXEMPTION, JoblogExemption.NOT_COVERED, why).explanation(why).build();
    }
    f.contactGroup().ifPresentOrElse(g -> {}, () -> b.missing("contactGroup"));
    f.visitationCategory().ifPresentOrElse(g -> {}, () -> b.missing("visitationCategory"));
    if (f.contactGroup().isEmpty() || f.visitationCategory().isEmpty()) {
      return b.build();
    }
    int group = f.contactGroup().get();
    boolean jobReady = f.visitationCategory().get() == VisitationCategory.JOB_READY;
    List<Message> said = new ArrayList<>();
    if (registering) {
      if (jobReady && group == TRANSITION_BENEFIT_RECIPIENT) {
        if (fixed) {
          Message why = Message.of("ABS-3.mayRegister", "group", shownId(group));
          b.derived(NEW_REGISTRATION_PERMITTED, true, why);
          said.add(why);
        } else {
          Message why =
              Message.of("ABS-3.couldNotRegister", "group", shownId(group), "fixed", DFDG_RELEASE);
          b.derived(NEW_REGISTRATION_PERMITTED, false, why);
          b.error("newRegistration", why);
          said.add(why);
        }
      } else {
        said.add(Message.of("ABS-3.registrationNotCovered", "group", shownId(group)));
      }
    }
    if (active74) {
      JoblogExemption exemption;
      Message why;
      if (jobReady && JOBLOG_EXEMPT_GROUPS.contains(group)) {
        exemption = fixed ? JoblogExemption.EXEMPT : JoblogExemption.NOT_EXEMPT;
        why =
            fixed
                ? Message.of("ABS-3.exempt", "group", shownId(group))
                : Message.of("ABS-3.notExempt", "group", shownId(group), "fixed", DFDG_RELEASE);
      } else {
        exemption = JoblogExemption.NOT_COVERED;
        why = Message.of("ABS-3.exemptionNotCovered", "group", shownId(group));
      }
      b.derived(JOBLOG_EXEMPTION, exemption, why);
      said.add(why);
    } else {
      b.derived(JOBLOG_EXEMPTION, JoblogExemption.NOT_COVERED, Message.of("ABS-3.noActive74"));
    }
    return b.explanation(said.get(said.size() - 1)).build();
  }

  // ---- the decision, folded from the results ----

  private static AbsenceResult fold(AbsenceFacts f, RuleResults results, EvaluationContext ctx) {
    List<AbsenceAccess> access = new ArrayList<>();
    for (int i = 0; i < f.absences().size(); i++) {
      AbsenceRegistration a = f.absences().get(i);
      int index = i;
      results
          .value(HISTORY_ACCESS.at(i))
          .ifPresent(
              h ->
                  access.add(
                      new AbsenceAccess(
                          index,
                          a,
                          h,
                          readBackWindow(a.getAbsenceType(), ctx.date()).map(DatePeriod::start))));
    }
    Optional<LocalDate> reRegistration = results.value(RE_REGISTRATION_DATE);
    Optional<Boolean> permitted = results.value(NEW_REGISTRATION_PERMITTED);
    Optional<JoblogExemption> exemption = results.value(JOBLOG_EXEMPTION);

    Decided<Kind> d =
        results.derived(NEW_REGISTRATION_PERMITTED).stream()
            .filter(v -> v.value().equals(Optional.of(false)))
            .findFirst()
            .map(rejection -> Decided.by(Kind.REJECTED, rejection))
            .or(() -> Decided.firstUndetermined(results, Kind.UNDETERMINED))
            .or(() -> Decided.firstSaying(results, AbsenceRules::saysSomething, Kind.DECIDED))
            .orElseGet(
                () ->
                    Decided.byNoRule(
                        Kind.NOT_COVERED,
                        Optional.of(Message.of("ABS.notCovered", "date", ctx.date()))));
    return new AbsenceResult(
        d.kind(), access, reRegistration, permitted, exemption, d.rule(), d.reason());
  }

  /** A derived value that says something: not a {@code NOT_COVERED} of ABS-1 or ABS-3. */
  private static boolean saysSomething(DerivedValue<?> d) {
    return d.value()
        .filter(v -> v != HistoryAccess.NOT_COVERED && v != JoblogExemption.NOT_COVERED)
        .isPresent();
  }

  /**
   * An id of the facts as a message shows it: a code is a few digits, and a longer number (a CPR
   * number in the wrong field) is masked, never shown.
   */
  private static String shownId(int id) {
    return Masking.mask(Integer.toString(id));
  }
}
