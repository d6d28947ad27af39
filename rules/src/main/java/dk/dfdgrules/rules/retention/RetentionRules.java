package dk.dfdgrules.rules.retention;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.core.time.Anniversaries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * RET-1 … RET-4 — retention of and access to early-pension and booking data: {@link
 * #evaluate(RetentionFacts, LocalDate)}, {@link #earlyPensionDeletionDate}, {@link
 * #bookingDeletionDate}.
 *
 * <ul>
 *   <li><b>RET-1</b> (DFDG-RN-2021-12-06 §6.1) "DFDG sletter oplysninger om Tidlig pension og
 *       kompensationsbeløb 6 år efter folkepensionsalder": deleted {@value
 *       #EARLY_PENSION_RETENTION_YEARS} years after the day the citizen reaches state pension age.
 *       The age is an input ({@link StatePensionAge}); the library offers no table of it, as the
 *       release note cites no legal source for one.
 *   <li><b>RET-2</b> (§7.1) "Der er fastsat sletteregler for data om booking/indkaldelser. Data
 *       slettes efter 6 år. Skæringsdatoen er mødedatoen": deleted {@value
 *       #BOOKING_RETENTION_YEARS} years after the meeting date (meeting 2021-12-10 → deleted from
 *       2027-12-10). The section's heading names only "frist for selvbooking" (self-booking
 *       deadlines); its body, implemented here, all booking/summons data.
 *   <li><b>RET-3</b> (§6.1) UDK reports early-pension data to DFDG, which forwards it to the
 *       citizen's current a-kasse (WSRM {@code GetTidligPensionVersion1}); "Jobcentrene har ikke
 *       adgang til oplysninger om Tidlig Pension": a jobcentre's request is refused.
 *       <em>Interpretation (the library's):</em> an a-kasse the citizen is not a member of now is
 *       refused too, as the data goes to "borgerens aktuelle a-kasse" only.
 *   <li><b>RET-4</b> (§6.1) UDK may read DFDG's history of a-kasse membership and the dates of entry
 *       to and exit from efterløn; UDK's reporting through the web service "forventes at påbegynde
 *       … i marts 2022" — until then STAR distributes lists. The start is a parameter ({@code
 *       udkWebServiceFrom}), by default {@link #EXPECTED_UDK_WEB_SERVICE_START}.
 * </ul>
 *
 * <p>All four are in force from {@link #IN_FORCE} (2021-12-06); the source gives no earlier rules.
 *
 * <p>Dates: "N years after" a day is the same day N years later; a day that does not exist then
 * (29 February, or the 31st after adding months) moves to the next day — the library's one
 * convention, {@link Anniversaries}. Data is due for deletion
 * from the deletion date on.
 */
public final class RetentionRules {

  /** The day the rules came into force: the DFDG release of 6 December 2021. */
  public static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);

  /** RET-1: years after state pension age before early-pension data is deleted. */
  public static final int EARLY_PENSION_RETENTION_YEARS = 6;

  /** RET-2: years after the meeting date before booking/summons data is deleted. */
  public static final int BOOKING_RETENTION_YEARS = 6;

  /**
   * RET-4: the default start of UDK's reporting through the web service — "marts 2022", read as
   * its first day.
   */
  public static final LocalDate EXPECTED_UDK_WEB_SERVICE_START = LocalDate.of(2022, 3, 1);

  /** RET-1. */
  public static final RuleId RET_1 = RuleId.of("RET-1");
  /** RET-2. */
  public static final RuleId RET_2 = RuleId.of("RET-2");
  /** RET-3. */
  public static final RuleId RET_3 = RuleId.of("RET-3");
  /** RET-4. */
  public static final RuleId RET_4 = RuleId.of("RET-4");

  private static final String DOCUMENT = "DFDG-RN-2021-12-06";

  private static final SourceCitation RET_1_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§6.1",
          "DFDG sletter oplysninger om Tidlig pension og kompensationsbeløb 6 år efter"
              + " folkepensionsalder.");
  private static final SourceCitation RET_2_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§7.1",
          "Der er fastsat sletteregler for data om booking/indkaldelser. Data slettes efter 6 år."
              + " Skæringsdatoen er mødedatoen.");
  private static final SourceCitation RET_3_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§6.1",
          "DFDG sender ny webservicebesked (WSRM GetTidligPensionVersion1) til borgerens aktuelle"
              + " a-kasse, når oplysningerne er modtaget fra UDK. Jobcentrene har ikke adgang til"
              + " oplysninger om Tidlig Pension.");
  private static final SourceCitation RET_4_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§6.1",
          "UDK forventes at påbegynde indberetningen via webservicesnitfladen i marts 2022. STAR"
              + " vil indtil da bistå med at distribuere lister fra UDK til a-kasserne.");

  /** RET-1 — from {@link #IN_FORCE}. */
  public static final VersionedRule<RetentionFacts> RET1 =
      VersionedRule.<RetentionFacts>builder(RET_1)
          .version(RuleVersion.since(RET_1, IN_FORCE, RET_1_SOURCE), RetentionRules::ret1)
          .build();

  /** RET-2 — from {@link #IN_FORCE}. */
  public static final VersionedRule<RetentionFacts> RET2 =
      VersionedRule.<RetentionFacts>builder(RET_2)
          .version(RuleVersion.since(RET_2, IN_FORCE, RET_2_SOURCE), RetentionRules::ret2)
          .build();

  /** RET-3 — from {@link #IN_FORCE}. */
  public static final VersionedRule<RetentionFacts> RET3 =
      VersionedRule.<RetentionFacts>builder(RET_3)
          .version(RuleVersion.since(RET_3, IN_FORCE, RET_3_SOURCE), RetentionRules::ret3)
          .build();

  /** RET-4 — from {@link #IN_FORCE}. */
  public static final VersionedRule<RetentionFacts> RET4 =
      VersionedRule.<RetentionFacts>builder(RET_4)
          .version(RuleVersion.since(RET_4, IN_FORCE, RET_4_SOURCE), RetentionRules::ret4)
          .build();

  /** The rules of the area, in evaluation order. */
  public static final List<VersionedRule<RetentionFacts>> RULES = List.of(RET1, RET2, RET3, RET4);

  /** Derived-value paths. */
  static final String STATE_PENSION_DATE = "earlyPension.statePensionDate";

  static final String EARLY_PENSION_DELETION = "earlyPension.deletionDate";
  static final String EARLY_PENSION_DUE = "earlyPension.dueForDeletion";
  static final String BOOKING_DELETION = "booking.deletionDate";
  static final String BOOKING_DUE = "booking.dueForDeletion";
  static final String ACCESS = "earlyPensionRequestedBy";
  static final String UDK_READS = "udkReads";
  static final String UDK_CHANNEL = "udk.reportingChannel";

  private RetentionRules() {}

  /**
   * Evaluates RET-1 … RET-4 on a date.
   *
   * @param facts the facts
   * @param evaluationDate the evaluation date
   * @return the derived dates and decisions, and the rules' results
   */
  public static RetentionResult evaluate(RetentionFacts facts, LocalDate evaluationDate) {
    return evaluate(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Evaluates RET-1 … RET-4 in a context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the derived dates and decisions, and the rules' results
   */
  public static RetentionResult evaluate(RetentionFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    CombinedResult r =
        CombinedResult.evaluate(RULES, facts, context);
    return new RetentionResult(
        derived(r, STATE_PENSION_DATE).map(LocalDate::parse),
        derived(r, EARLY_PENSION_DELETION).map(LocalDate::parse),
        derived(r, BOOKING_DELETION).map(LocalDate::parse),
        derived(r, ACCESS).map("PERMITTED"::equals),
        derived(r, UDK_CHANNEL).map(UdkReportingChannel::valueOf),
        r);
  }

  /**
   * RET-1: the first day early-pension data is deleted.
   *
   * @param birthDate the citizen's birth date
   * @param age the citizen's state pension age
   * @return the day the citizen reaches the age, plus {@value #EARLY_PENSION_RETENTION_YEARS}
   *     years
   */
  public static LocalDate earlyPensionDeletionDate(LocalDate birthDate, StatePensionAge age) {
    return after(statePensionDate(birthDate, age), EARLY_PENSION_RETENTION_YEARS, 0);
  }

  /**
   * The day a citizen reaches state pension age.
   *
   * @param birthDate the birth date
   * @param age the state pension age
   * @return the day
   */
  public static LocalDate statePensionDate(LocalDate birthDate, StatePensionAge age) {
    return after(birthDate, age.years(), age.months());
  }

  /**
   * RET-2: the first day booking/summons data is deleted.
   *
   * @param meetingDate the meeting date
   * @return the meeting date plus {@value #BOOKING_RETENTION_YEARS} years
   */
  public static LocalDate bookingDeletionDate(LocalDate meetingDate) {
    return after(meetingDate, BOOKING_RETENTION_YEARS, 0);
  }

  private static LocalDate after(LocalDate from, int years, int months) {
    return Anniversaries.after(from, years, months);
  }

  private static Optional<String> derived(CombinedResult r, String path) {
    return r.derivedValues().stream()
        .filter(d -> d.path().equals(path))
        .findFirst()
        .flatMap(DerivedValue::text);
  }

  private static RuleResult ret1(RetentionFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.earlyPension().isEmpty()) {
      return b.explanation(Message.of("RET-1.nothing")).build();
    }
    EarlyPensionData data = f.earlyPension().get();
    if (data.knownBirthDate().isEmpty()) {
      b.missing("earlyPension.birthDate");
    }
    if (data.statePensionAge().isEmpty()) {
      b.missing("earlyPension.statePensionAge");
    }
    if (data.knownBirthDate().isEmpty() || data.statePensionAge().isEmpty()) {
      return b.build();
    }
    StatePensionAge age = data.statePensionAge().get();
    LocalDate pensionDate = statePensionDate(data.knownBirthDate().get(), age);
    LocalDate deletion = after(pensionDate, EARLY_PENSION_RETENTION_YEARS, 0);
    boolean due = !ctx.date().isBefore(deletion);
    Message why =
        Message.of(
            "RET-1.deletion",
            "age",
            age.years(),
            "months",
            age.months(),
            "pensionDate",
            pensionDate,
            "years",
            EARLY_PENSION_RETENTION_YEARS,
            "deletion",
            deletion);
    return b.derived(DerivedValue.of(STATE_PENSION_DATE, pensionDate, RET_1, Message.of("RET-1.pensionDate", "age", age.years(), "months", age.months())))
        .derived(DerivedValue.of(EARLY_PENSION_DELETION, deletion, RET_1, why))
        .derived(
            DerivedValue.of(
                EARLY_PENSION_DUE,
                due,
                RET_1,
                Message.of(due ? "RET.due" : "RET.notDue", "deletion", deletion, "date", ctx.date())))
        .explanation(why)
        .build();
  }

  private static RuleResult ret2(RetentionFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.booking().isEmpty()) {
      return b.explanation(Message.of("RET-2.nothing")).build();
    }
    Optional<LocalDate> meeting = f.booking().get().meetingDate();
    if (meeting.isEmpty()) {
      return b.missing("booking.meetingDate").build();
    }
    LocalDate deletion = bookingDeletionDate(meeting.get());
    boolean due = !ctx.date().isBefore(deletion);
    Message why =
        Message.of(
            "RET-2.deletion", "meeting", meeting.get(), "years", BOOKING_RETENTION_YEARS, "deletion", deletion);
    return b.derived(DerivedValue.of(BOOKING_DELETION, deletion, RET_2, why))
        .derived(
            DerivedValue.of(
                BOOKING_DUE,
                due,
                RET_2,
                Message.of(due ? "RET.due" : "RET.notDue", "deletion", deletion, "date", ctx.date())))
        .explanation(why)
        .build();
  }

  private static RuleResult ret3(RetentionFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.earlyPensionRequestedBy().isEmpty()) {
      return b.explanation(Message.of("RET-3.forwarded")).build();
    }
    EarlyPensionRequester who = f.earlyPensionRequestedBy().get();
    if (who == EarlyPensionRequester.CURRENT_UNEMPLOYMENT_FUND) {
      Message why = Message.of("RET-3.permitted");
      return b.derived(DerivedValue.of(ACCESS, "PERMITTED", RET_3, why)).explanation(why).build();
    }
    Message why =
        Message.of(who == EarlyPensionRequester.JOBCENTRE ? "RET-3.jobcentre" : "RET-3.otherFund");
    return b.derived(DerivedValue.of(ACCESS, "REFUSED", RET_3, why))
        .error(ACCESS, why)
        .explanation(why)
        .build();
  }

  private static RuleResult ret4(RetentionFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    LocalDate start = f.udkWebServiceFrom().orElse(EXPECTED_UDK_WEB_SERVICE_START);
    UdkReportingChannel channel =
        ctx.date().isBefore(start)
            ? UdkReportingChannel.LISTS_DISTRIBUTED_BY_STAR
            : UdkReportingChannel.WEB_SERVICE;
    Message channelWhy =
        Message.of(
            channel == UdkReportingChannel.WEB_SERVICE ? "RET-4.webService" : "RET-4.lists",
            "start",
            start);
    b.derived(DerivedValue.of(UDK_CHANNEL, channel.name(), RET_4, channelWhy));
    if (f.udkReads().isPresent()) {
      UdkData data = f.udkReads().get();
      if (data == UdkData.OTHER) {
        b.derived(DerivedValue.of(UDK_READS, "NOT_COVERED", RET_4, Message.of("RET-4.readNotCovered")));
      } else {
        b.derived(
            DerivedValue.of(
                UDK_READS,
                "PERMITTED",
                RET_4,
                Message.of(
                    data == UdkData.MEMBERSHIP_HISTORY
                        ? "RET-4.readMembership"
                        : "RET-4.readEarlyRetirement")));
      }
    }
    return b.explanation(channelWhy).build();
  }
}
