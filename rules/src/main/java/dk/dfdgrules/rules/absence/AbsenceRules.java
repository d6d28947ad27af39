package dk.dfdgrules.rules.absence;

import static dk.dfdgrules.codelists.AbsenceTypes.EDUCATION_UNDER_EDUCATION_BOOST_POOL;
import static dk.dfdgrules.codelists.AbsenceTypes.SENIOR_JOB;
import static dk.dfdgrules.codelists.AbsenceTypes.WORK_SHARING_COVID_19;
import static dk.dfdgrules.codelists.AbsenceTypes.WORK_SHARING_UP_TO_6_WEEKS;
import static dk.dfdgrules.codelists.ContactGroups.CASH_BENEFIT_RECIPIENT;
import static dk.dfdgrules.codelists.ContactGroups.TRANSITION_BENEFIT_RECIPIENT;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ABS-1 … ABS-3 — absence (fravær) and exemptions: {@link #evaluate(AbsenceFacts, LocalDate)},
 * and per rule {@link #historyAccess}, {@link #reRegistrationDate}, {@link #joblogExemption}.
 *
 * <ul>
 *   <li><b>ABS-1</b> (DFDG-RN-2021-12-06 §2.1, {@code PersonHistoryService}) the citizen's
 *       <em>current</em> a-kasse may read absence history of three types back in time, "uanset,
 *       om borgeren på daværende tidspunkt var medlem af den nuværende a-kasse eller ej": Seniorjob
 *       (25) {@value #SENIOR_JOB_YEARS} years; Arbejdsfordeling op til 6 uger (71) and
 *       Arbejdsfordeling – ny midlertidig ordning. Covid-19 (78) {@value #WORK_SHARING_YEARS}
 *       years. <em>Interpretation:</em> a registration is readable if its period [start, end — or
 *       the evaluation date when open] overlaps [evaluation date − N years, evaluation date]: an
 *       ongoing registration is always readable, a closed one if it ended on or after evaluation
 *       date − N years. For other types ABS-1 says nothing ({@link HistoryAccess#NOT_COVERED}). In
 *       force from {@link #RELEASE}; the access before it is not in the source (not in force).
 *   <li><b>ABS-2</b> (§2.2) on a recovery report (raskmelding) from KSD the re-registration
 *       (gentilmelding) date is the processing date — "DFDG-batchjob altid tilmelder med dags
 *       dato" — which is the evaluation date. Before {@link #RELEASE} DFDG tried the report's
 *       historical date, which could fail: the older version derives that date and warns.
 *   <li><b>ABS-3</b> (§2.3) absence 'Uddannelse under pulje til uddannelsesløft' (74) may be
 *       registered for job-ready (jobparate) citizens in contact group 26; while active it exempts
 *       job-ready citizens in contact groups 2 and 26 from the joblog requirement. Before {@link
 *       #RELEASE} (the errors the release corrected) such a registration was rejected and the
 *       absence exempted neither group. ABS-3 says nothing about other groups or categories.
 * </ul>
 */
public final class AbsenceRules {

  /** The day the ABS rules (and fixes) came into force: the DFDG release of 6 December 2021. */
  public static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

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

  /** ABS-1: the current a-kasse's read access to absence history. */
  public static final RuleId ABS_1 = RuleId.of("ABS-1");

  /** ABS-2: the re-registration date on a recovery report is the processing date. */
  public static final RuleId ABS_2 = RuleId.of("ABS-2");

  /** ABS-3: absence 74 for job-ready citizens in contact groups 2 and 26. */
  public static final RuleId ABS_3 = RuleId.of("ABS-3");

  /** Derived-value path of ABS-2. */
  public static final String RE_REGISTRATION_DATE = "reRegistrationDate";

  /** Derived-value path of ABS-3. */
  public static final String JOBLOG_EXEMPTION = "joblogExemption";

  private static final String DOCUMENT = "DFDG-RN-2021-12-06";

  private static final SourceCitation ABS_1_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§2.1",
          "'Seniorjob' (id 25): Borgers nuværende a-kasse kan læse registreringer op til 8 år"
              + " tilbage i tid");
  private static final SourceCitation ABS_2_BEFORE_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§2.2",
          "fejlede raskmelding fra sygedagpengesystemet (KSD), fordi DFDG forsøgte at gentilmelde"
              + " borgeren med en historisk tilmeldedato");
  private static final SourceCitation ABS_2_SOURCE =
      SourceCitation.of(
          DOCUMENT, "§2.2", "Fejlen er rettet sådan, at DFDG-batchjob altid tilmelder med dags dato.");
  private static final SourceCitation ABS_3_BEFORE_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§2.3",
          "Fravær 'Uddannelse under pulje til uddannelsesløft' (id 74) kunne ved en fejl ikke"
              + " registreres på jobparate i kontaktgruppe 26");
  private static final SourceCitation ABS_3_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§2.3",
          "Fraværforholdet fritog desuden ikke jobparate i kontaktgruppe 2 'Kontanthjælpsmodtager'"
              + " for brug af joblog. Fejlene er rettet.");

  /** ABS-1 — from {@link #RELEASE}. */
  public static final VersionedRule<AbsenceFacts> ABS1 =
      VersionedRule.<AbsenceFacts>builder(ABS_1)
          .version(RuleVersion.since(ABS_1, RELEASE, ABS_1_SOURCE), AbsenceRules::abs1)
          .build();

  /** ABS-2 — before {@link #RELEASE} the historical date; from it, the processing date. */
  public static final VersionedRule<AbsenceFacts> ABS2 =
      VersionedRule.<AbsenceFacts>builder(ABS_2)
          .version(
              RuleVersion.before(ABS_2, RELEASE, ABS_2_BEFORE_SOURCE),
              (f, v, c) -> abs2(f, v, c, false))
          .version(RuleVersion.since(ABS_2, RELEASE, ABS_2_SOURCE), (f, v, c) -> abs2(f, v, c, true))
          .build();

  /** ABS-3 — before {@link #RELEASE} the errors; from it, corrected. */
  public static final VersionedRule<AbsenceFacts> ABS3 =
      VersionedRule.<AbsenceFacts>builder(ABS_3)
          .version(
              RuleVersion.before(ABS_3, RELEASE, ABS_3_BEFORE_SOURCE),
              (f, v, c) -> abs3(f, v, c, false))
          .version(RuleVersion.since(ABS_3, RELEASE, ABS_3_SOURCE), (f, v, c) -> abs3(f, v, c, true))
          .build();

  /** The rules of the area, in evaluation order. */
  public static final List<VersionedRule<AbsenceFacts>> RULES = List.of(ABS1, ABS2, ABS3);

  private AbsenceRules() {}

  /**
   * Evaluates ABS-1 … ABS-3 on a date.
   *
   * @param facts the facts
   * @param evaluationDate the evaluation date (for ABS-2 the processing date)
   * @return the typed derivations and the rules' results
   */
  public static AbsenceResult evaluate(AbsenceFacts facts, LocalDate evaluationDate) {
    return evaluate(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Evaluates ABS-1 … ABS-3 in a context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the typed derivations and the rules' results
   */
  public static AbsenceResult evaluate(AbsenceFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    CombinedResult r =
        CombinedResult.evaluate(RULES, facts, context);
    List<AbsenceAccess> access = new ArrayList<>();
    for (int i = 0; i < facts.absences().size(); i++) {
      AbsenceRegistration a = facts.absences().get(i);
      int index = i;
      derived(r, accessPath(i))
          .map(HistoryAccess::valueOf)
          .ifPresent(
              h ->
                  access.add(
                      new AbsenceAccess(index, a, h, windowStart(a.getAbsenceType(), context.date()))));
    }
    return new AbsenceResult(
        access,
        derived(r, RE_REGISTRATION_DATE).map(LocalDate::parse),
        derived(r, JOBLOG_EXEMPTION).map(JoblogExemption::valueOf),
        r);
  }

  /**
   * ABS-1: which of these absence registrations the citizen's current a-kasse may read.
   *
   * @param absences the registrations
   * @param evaluationDate the date of reading
   * @return one entry per registration (none before {@link #RELEASE})
   */
  public static List<AbsenceAccess> historyAccess(
      List<AbsenceRegistration> absences, LocalDate evaluationDate) {
    return evaluate(AbsenceFacts.history(absences), evaluationDate).historyAccess();
  }

  /**
   * ABS-2: the date DFDG re-registers the citizen on a recovery report.
   *
   * @param report the report
   * @param processingDate the date DFDG processes it
   * @return the date, or empty when it cannot be decided (before {@link #RELEASE} without the
   *     report's date)
   */
  public static Optional<LocalDate> reRegistrationDate(
      RecoveryReport report, LocalDate processingDate) {
    requireNonNull(report, "report");
    return evaluate(
            new AbsenceFacts(
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(report)),
            processingDate)
        .reRegistrationDate();
  }

  /**
   * ABS-3: what the citizen's absences do to the joblog requirement.
   *
   * @param absences the citizen's absence registrations
   * @param contactGroup the contact group on the date
   * @param category the visitation category on the date
   * @param evaluationDate the date
   * @return the exemption
   */
  public static AbsenceResult joblogExemption(
      List<AbsenceRegistration> absences,
      int contactGroup,
      VisitationCategory category,
      LocalDate evaluationDate) {
    return evaluate(
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

  private static Optional<LocalDate> windowStart(int absenceType, LocalDate date) {
    return readBackWindow(absenceType, date).map(DatePeriod::start);
  }

  static String accessPath(int index) {
    return "absences[" + index + "].access";
  }

  private static Optional<String> derived(CombinedResult r, String path) {
    return r.derivedValues().stream()
        .filter(d -> d.path().equals(path))
        .findFirst()
        .flatMap(DerivedValue::text);
  }

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
        why = Message.of("ABS-1.notCovered", "type", a.getAbsenceType());
      } else {
        int years = READ_BACK_YEARS.get(a.getAbsenceType());
        access = a.getPeriod().overlaps(window.get()) ? HistoryAccess.READABLE : HistoryAccess.NOT_READABLE;
        why =
            Message.of(
                access == HistoryAccess.READABLE ? "ABS-1.readable" : "ABS-1.notReadable",
                "type",
                a.getAbsenceType(),
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
      b.derived(DerivedValue.of(accessPath(i), access.name(), ABS_1, why));
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
      return b.derived(DerivedValue.of(RE_REGISTRATION_DATE, processing, ABS_2, why))
          .explanation(why)
          .build();
    }
    Optional<LocalDate> historical = f.recoveryReport().get().recoveryDate();
    if (historical.isEmpty()) {
      return b.missing("recoveryReport.recoveryDate").build();
    }
    Message why = Message.of("ABS-2.historicalDate", "date", historical.get(), "fixed", RELEASE);
    b.derived(DerivedValue.of(RE_REGISTRATION_DATE, historical.get(), ABS_2, why));
    if (historical.get().isBefore(processing)) {
      b.warning(
          "recoveryReport.recoveryDate",
          Message.of("ABS-2.historicalMayFail", "date", historical.get(), "processing", processing, "fixed", RELEASE));
    }
    return b.explanation(why).build();
  }

  private static RuleResult abs3(
      AbsenceFacts f, RuleVersion version, EvaluationContext ctx, boolean fixed) {
    RuleResult.Builder b = RuleResult.builder(version);
    LocalDate date = ctx.date();
    boolean registering =
        f.newRegistration().map(a -> a.getAbsenceType() == EDUCATION_UNDER_EDUCATION_BOOST_POOL).orElse(false);
    boolean active74 =
        f.absences().stream()
            .anyMatch(a -> a.getAbsenceType() == EDUCATION_UNDER_EDUCATION_BOOST_POOL && a.getPeriod().contains(date));
    if (!registering && !active74) {
      Message why = Message.of("ABS-3.noActive74");
      return b.derived(DerivedValue.of(JOBLOG_EXEMPTION, JoblogExemption.NOT_COVERED.name(), ABS_3, why))
          .explanation(why)
          .build();
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
          said.add(Message.of("ABS-3.mayRegister", "group", group));
        } else {
          Message why = Message.of("ABS-3.couldNotRegister", "group", group, "fixed", RELEASE);
          b.error("newRegistration", why);
          said.add(why);
        }
      } else {
        said.add(Message.of("ABS-3.registrationNotCovered", "group", group));
      }
    }
    if (active74) {
      JoblogExemption exemption;
      Message why;
      if (jobReady && JOBLOG_EXEMPT_GROUPS.contains(group)) {
        exemption = fixed ? JoblogExemption.EXEMPT : JoblogExemption.NOT_EXEMPT;
        why =
            fixed
                ? Message.of("ABS-3.exempt", "group", group)
                : Message.of("ABS-3.notExempt", "group", group, "fixed", RELEASE);
      } else {
        exemption = JoblogExemption.NOT_COVERED;
        why = Message.of("ABS-3.exemptionNotCovered", "group", group);
      }
      b.derived(DerivedValue.of(JOBLOG_EXEMPTION, exemption.name(), ABS_3, why));
      said.add(why);
    } else {
      b.derived(
          DerivedValue.of(
              JOBLOG_EXEMPTION,
              JoblogExemption.NOT_COVERED.name(),
              ABS_3,
              Message.of("ABS-3.noActive74")));
    }
    return b.explanation(said.get(said.size() - 1)).build();
  }
}
