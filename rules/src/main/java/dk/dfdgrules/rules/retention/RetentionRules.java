/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import static com.google.common.base.Preconditions.checkArgument;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;
import static dk.dfdgrules.codelists.Sources.UDK_WEB_SERVICE_EXPECTED;

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
import dk.dfdgrules.core.time.Anniversaries;
import dk.dfdgrules.rules.internal.Decided;
import dk.dfdgrules.rules.retention.RetentionResult.Kind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * RET-1 … RET-4 — retention of and access to early-pension and booking data: {@link
 * #decide(RetentionFacts, LocalDate)}; the dates alone by {@link #earlyPensionDeletionDate} and
 * {@link #bookingDeletionDate}.
 *
 * <ul>
 *   <li><b>RET-1</b> (DFDG-RN-2021-12-06 §6.1) "DFDG sletter oplysninger om Tidlig pension og
 *       kompensationsbeløb 6 år efter folkepensionsalder": deleted {@value
 *       #EARLY_PENSION_RETENTION_YEARS} years after the day the citizen reaches state pension age.
 *       The age is an input ({@link StatePensionAge}); the library offers no table of it, as the
 *       release note cites no legal source for one. Derives {@link #STATE_PENSION_DATE}, {@link
 *       #EARLY_PENSION_DELETION_DATE} and {@link #EARLY_PENSION_DUE_FOR_DELETION}.
 *   <li><b>RET-2</b> (§7.1) "Der er fastsat sletteregler for data om booking/indkaldelser. Data
 *       slettes efter 6 år. Skæringsdatoen er mødedatoen": deleted {@value
 *       #BOOKING_RETENTION_YEARS} years after the meeting date (meeting 2021-12-10 → deleted from
 *       2027-12-10). The section's heading names only "frist for selvbooking" (self-booking
 *       deadlines); its body, implemented here, all booking/summons data. Derives {@link
 *       #BOOKING_DELETION_DATE} and {@link #BOOKING_DUE_FOR_DELETION}.
 *   <li><b>RET-3</b> (§6.1) UDK reports early-pension data to DFDG, which forwards it to the
 *       citizen's current a-kasse (WSRM {@code GetTidligPensionVersion1}); "Jobcentrene har ikke
 *       adgang til oplysninger om Tidlig Pension": a jobcentre's request is refused.
 *       <em>Interpretation (the library's):</em> an a-kasse the citizen is not a member of now is
 *       refused too, as the data goes to "borgerens aktuelle a-kasse" only. Derives {@link
 *       #EARLY_PENSION_ACCESS}; a refusal is also an error.
 *   <li><b>RET-4</b> (§6.1) UDK may read DFDG's history of a-kasse membership and the dates of
 *       entry to and exit from efterløn; UDK's reporting through the web service "forventes at
 *       påbegynde … i marts 2022" — until then STAR distributes lists. The start is a parameter
 *       ({@code udkWebServiceFrom}), by default {@link
 *       dk.dfdgrules.codelists.Sources#UDK_WEB_SERVICE_EXPECTED}. Derives {@link
 *       #UDK_REPORTING_CHANNEL} and, when UDK asks, {@link #UDK_READ_ACCESS}.
 * </ul>
 *
 * <p>All four are in force from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06);
 * the source gives no earlier rules. The area decides: its {@link RetentionResult} is folded from
 * the values the rules derived — refused when RET-3 refuses, undetermined when a rule misses a
 * fact, decided by the first rule (in the order RET-1 … RET-4) that says something about the facts,
 * and not covered when none does.
 *
 * <p>Dates: "N years after" a day is the same day N years later; a day that does not exist then (29
 * February, or the 31st after adding months) moves to the next day — the library's one convention,
 * {@link Anniversaries}. Data is due for deletion from the deletion date on.
 */
public final class RetentionRules {

  /** RET-1: years after state pension age before early-pension data is deleted. */
  public static final int EARLY_PENSION_RETENTION_YEARS = 6;

  /** RET-2: years after the meeting date before booking/summons data is deleted. */
  public static final int BOOKING_RETENTION_YEARS = 6;

  /** RET-1: the day the citizen reaches state pension age. */
  public static final DerivedKey<LocalDate> STATE_PENSION_DATE =
      DerivedKey.of("earlyPension.statePensionDate", LocalDate.class);

  /** RET-1: the first day the early-pension data is deleted. */
  public static final DerivedKey<LocalDate> EARLY_PENSION_DELETION_DATE =
      DerivedKey.of("earlyPension.deletionDate", LocalDate.class);

  /** RET-1: whether the early-pension data is due for deletion on the evaluation date. */
  public static final DerivedKey<Boolean> EARLY_PENSION_DUE_FOR_DELETION =
      DerivedKey.of("earlyPension.dueForDeletion", Boolean.class);

  /** RET-2: the first day the booking/summons data is deleted. */
  public static final DerivedKey<LocalDate> BOOKING_DELETION_DATE =
      DerivedKey.of("booking.deletionDate", LocalDate.class);

  /** RET-2: whether the booking/summons data is due for deletion on the evaluation date. */
  public static final DerivedKey<Boolean> BOOKING_DUE_FOR_DELETION =
      DerivedKey.of("booking.dueForDeletion", Boolean.class);

  /** RET-3: whether the requester gets the early-pension data. */
  public static final DerivedKey<EarlyPensionAccess> EARLY_PENSION_ACCESS =
      DerivedKey.of("earlyPensionRequestedBy", EarlyPensionAccess.class);

  /** RET-4: whether UDK may read what it asks for. */
  public static final DerivedKey<UdkReadAccess> UDK_READ_ACCESS =
      DerivedKey.of("udkReads", UdkReadAccess.class);

  /** RET-4: how UDK's data reaches the a-kasser on the evaluation date. */
  public static final DerivedKey<UdkReportingChannel> UDK_REPORTING_CHANNEL =
      DerivedKey.of("udk.reportingChannel", UdkReportingChannel.class);

  /**
   * RET-1 — "DFDG sletter oplysninger om Tidlig pension og kompensationsbeløb 6 år efter
   * folkepensionsalder." (§6.1); from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<RetentionFacts> RET_1 =
      Rule.define("RET-1", RetentionFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§6.1",
                  "DFDG sletter oplysninger om Tidlig pension og kompensationsbeløb 6 år efter"
                      + " folkepensionsalder."),
              RetentionRules::ret1)
          .build();

  /**
   * RET-2 — "Der er fastsat sletteregler for data om booking/indkaldelser. Data slettes efter 6 år.
   * Skæringsdatoen er mødedatoen." (§7.1); from {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<RetentionFacts> RET_2 =
      Rule.define("RET-2", RetentionFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§7.1",
                  "Der er fastsat sletteregler for data om booking/indkaldelser. Data slettes efter"
                      + " 6 år. Skæringsdatoen er mødedatoen."),
              RetentionRules::ret2)
          .build();

  /**
   * RET-3 — "DFDG sender ny webservicebesked (WSRM GetTidligPensionVersion1) til borgerens aktuelle
   * a-kasse, når oplysningerne er modtaget fra UDK. Jobcentrene har ikke adgang til oplysninger om
   * Tidlig Pension." (§6.1); from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<RetentionFacts> RET_3 =
      Rule.define("RET-3", RetentionFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§6.1",
                  "DFDG sender ny webservicebesked (WSRM GetTidligPensionVersion1) til borgerens"
                      + " aktuelle a-kasse, når oplysningerne er modtaget fra UDK. Jobcentrene har"
                      + " ikke adgang til oplysninger om Tidlig Pension."),
              RetentionRules::ret3)
          .build();

  /**
   * RET-4 — "UDK forventes at påbegynde indberetningen via webservicesnitfladen i marts 2022. STAR
   * vil indtil da bistå med at distribuere lister fra UDK til a-kasserne." (§6.1); from {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<RetentionFacts> RET_4 =
      Rule.define("RET-4", RetentionFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§6.1",
                  "UDK forventes at påbegynde indberetningen via webservicesnitfladen i marts 2022."
                      + " STAR vil indtil da bistå med at distribuere lister fra UDK til"
                      + " a-kasserne."),
              RetentionRules::ret4)
          .build();

  /** The area {@code retention}: RET-1 … RET-4 on {@link RetentionFacts}, deciding. */
  public static final RuleArea<RetentionFacts, RetentionResult> AREA =
      RuleArea.builder("retention", RetentionFacts.class)
          .description(
              "Deletion of early-pension and booking data; who gets early-pension data (RET-1 …"
                  + " RET-4)")
          .rules(RET_1, RET_2, RET_3, RET_4)
          .example("dk/dfdgrules/rules/retention/example.json")
          .decides(RetentionRules::fold);

  /**
   * The first day a birth date or meeting date may be: 0001-01-01, as for {@link
   * dk.dfdgrules.core.time.IsoWeek}.
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  /**
   * The last day a birth date or meeting date may be: 9999-12-31, so that every deletion date
   * counted from it (at most 99 years 11 months and {@value #EARLY_PENSION_RETENTION_YEARS} years
   * later) is a date; {@code +999999999-12-31} would have none.
   */
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private RetentionRules() {}

  /**
   * Checks that a day a deletion date is counted from lies from {@link #FIRST_DAY} to {@link
   * #LAST_DAY}.
   *
   * @param day the day
   * @param name the fact's name, for the message
   * @return the day
   * @throws IllegalArgumentException if it lies outside
   */
  static LocalDate checkDay(LocalDate day, String name) {
    checkArgument(
        !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY),
        "%s must be from %s to %s",
        name,
        FIRST_DAY,
        LAST_DAY);
    return day;
  }

  /**
   * Decides RET-1 … RET-4 on a date.
   *
   * @param facts the facts
   * @param evaluationDate the evaluation date
   * @return the decision — the derived dates and decisions, typed — and the rules' results
   */
  public static Answer<RetentionResult> decide(RetentionFacts facts, LocalDate evaluationDate) {
    return decide(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Decides RET-1 … RET-4 in a context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the decision and the rules' results
   */
  public static Answer<RetentionResult> decide(RetentionFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  /**
   * RET-1: the first day early-pension data is deleted.
   *
   * @param birthDate the citizen's birth date, from {@link #FIRST_DAY} to {@link #LAST_DAY}
   * @param age the citizen's state pension age
   * @return the day the citizen reaches the age, plus {@value #EARLY_PENSION_RETENTION_YEARS} years
   * @throws IllegalArgumentException if the birth date lies outside 0001-01-01 … 9999-12-31
   */
  public static LocalDate earlyPensionDeletionDate(LocalDate birthDate, StatePensionAge age) {
    return after(statePensionDate(birthDate, age), EARLY_PENSION_RETENTION_YEARS, 0);
  }

  /**
   * The day a citizen reaches state pension age.
   *
   * @param birthDate the birth date, from {@link #FIRST_DAY} to {@link #LAST_DAY}
   * @param age the state pension age
   * @return the day
   * @throws IllegalArgumentException if the birth date lies outside 0001-01-01 … 9999-12-31
   */
  public static LocalDate statePensionDate(LocalDate birthDate, StatePensionAge age) {
    return after(checkDay(birthDate, "birthDate"), age.years(), age.months());
  }

  /**
   * RET-2: the first day booking/summons data is deleted.
   *
   * @param meetingDate the meeting date, from {@link #FIRST_DAY} to {@link #LAST_DAY}
   * @return the meeting date plus {@value #BOOKING_RETENTION_YEARS} years
   * @throws IllegalArgumentException if the meeting date lies outside 0001-01-01 … 9999-12-31
   */
  public static LocalDate bookingDeletionDate(LocalDate meetingDate) {
    return after(checkDay(meetingDate, "meetingDate"), BOOKING_RETENTION_YEARS, 0);
  }

  private static LocalDate after(LocalDate from, int years, int months) {
    return Anniversaries.after(from, years, months);
  }

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, section, quote);
  }

  // ---- the rules ----

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
    return b.derived(
            STATE_PENSION_DATE,
            pensionDate,
            Message.of("RET-1.pensionDate", "age", age.years(), "months", age.months()))
        .derived(EARLY_PENSION_DELETION_DATE, deletion, why)
        .derived(
            EARLY_PENSION_DUE_FOR_DELETION,
            due,
            Message.of(due ? "RET.due" : "RET.notDue", "deletion", deletion, "date", ctx.date()))
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
            "RET-2.deletion",
            "meeting",
            meeting.get(),
            "years",
            BOOKING_RETENTION_YEARS,
            "deletion",
            deletion);
    return b.derived(BOOKING_DELETION_DATE, deletion, why)
        .derived(
            BOOKING_DUE_FOR_DELETION,
            due,
            Message.of(due ? "RET.due" : "RET.notDue", "deletion", deletion, "date", ctx.date()))
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
      return b.derived(EARLY_PENSION_ACCESS, EarlyPensionAccess.PERMITTED, why)
          .explanation(why)
          .build();
    }
    Message why =
        Message.of(who == EarlyPensionRequester.JOBCENTRE ? "RET-3.jobcentre" : "RET-3.otherFund");
    return b.derived(EARLY_PENSION_ACCESS, EarlyPensionAccess.REFUSED, why)
        .error(EARLY_PENSION_ACCESS.path(), why)
        .explanation(why)
        .build();
  }

  private static RuleResult ret4(RetentionFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    LocalDate start = f.udkWebServiceFrom().orElse(UDK_WEB_SERVICE_EXPECTED);
    UdkReportingChannel channel =
        ctx.date().isBefore(start)
            ? UdkReportingChannel.LISTS_DISTRIBUTED_BY_STAR
            : UdkReportingChannel.WEB_SERVICE;
    Message channelWhy =
        Message.of(
            channel == UdkReportingChannel.WEB_SERVICE ? "RET-4.webService" : "RET-4.lists",
            "start",
            start);
    b.derived(UDK_REPORTING_CHANNEL, channel, channelWhy);
    if (f.udkReads().isPresent()) {
      UdkData data = f.udkReads().get();
      if (data == UdkData.OTHER) {
        b.derived(UDK_READ_ACCESS, UdkReadAccess.NOT_COVERED, Message.of("RET-4.readNotCovered"));
      } else {
        b.derived(
            UDK_READ_ACCESS,
            UdkReadAccess.PERMITTED,
            Message.of(
                data == UdkData.MEMBERSHIP_HISTORY
                    ? "RET-4.readMembership"
                    : "RET-4.readEarlyRetirement"));
      }
    }
    return b.explanation(channelWhy).build();
  }

  // ---- the decision, folded from the results ----

  private static RetentionResult fold(
      RetentionFacts f, RuleResults results, EvaluationContext ctx) {
    Decided<Kind> d =
        results.derived(EARLY_PENSION_ACCESS).stream()
            .filter(v -> v.value().equals(Optional.of(EarlyPensionAccess.REFUSED)))
            .findFirst()
            .map(refusal -> Decided.by(Kind.REFUSED, refusal))
            .or(() -> Decided.firstUndetermined(results, Kind.UNDETERMINED))
            .or(() -> Decided.firstSaying(results, RetentionRules::saysSomething, Kind.DECIDED))
            .orElseGet(
                () ->
                    Decided.byNoRule(
                        Kind.NOT_COVERED,
                        Optional.of(Message.of("RET.notCovered", "date", ctx.date()))));
    return new RetentionResult(
        d.kind(),
        results.value(STATE_PENSION_DATE),
        results.value(EARLY_PENSION_DELETION_DATE),
        results.value(EARLY_PENSION_DUE_FOR_DELETION),
        results.value(BOOKING_DELETION_DATE),
        results.value(BOOKING_DUE_FOR_DELETION),
        results.value(EARLY_PENSION_ACCESS).map(a -> a == EarlyPensionAccess.PERMITTED),
        results.value(UDK_READ_ACCESS),
        results.value(UDK_REPORTING_CHANNEL),
        d.rule(),
        d.reason());
  }

  /** A derived value that says something: not RET-4's {@link UdkReadAccess#NOT_COVERED}. */
  private static boolean saysSomething(DerivedValue<?> d) {
    return d.value().filter(v -> v != UdkReadAccess.NOT_COVERED).isPresent();
  }
}
