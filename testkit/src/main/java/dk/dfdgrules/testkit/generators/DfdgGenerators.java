/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.ReceiverStatus;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.activity.Activity;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.citizen.ContactGroupMembership;
import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.core.citizen.Sex;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.cv.CvState;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import dk.dfdgrules.testkit.generators.EducationContactGens.ContactAssignmentGen;
import dk.dfdgrules.testkit.generators.EducationContactGens.EducationInstitutionContactGen;
import dk.dfdgrules.testkit.generators.EducationContactGens.Fault;
import dk.dfdgrules.testkit.generators.EducationContactGens.JobcentreContactGen;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The single entry point to the domain generators: one static method per model type of {@code core}
 * and per code list, in domain words. Import it statically:
 *
 * <pre>{@code
 * import static dk.dfdgrules.testkit.generators.DfdgGenerators.*;
 *
 * citizens().agedBetween(16, 29).on(LocalDate.of(2022, 1, 1))
 * cprNumbers().withoutModulus11()
 * educationPlans().atStep(4)
 * supportNeeds().violating(SN_1)
 * invalidCprStrings()
 * }</pre>
 *
 * <p>Every generator yields <em>valid</em> values by default — structurally valid, and valid by the
 * code lists on the dates they carry; generators of <em>invalid</em> input are named {@code
 * invalid…} (see {@link InvalidInputs}), and {@code violating(ruleId)} asks a generator for values
 * that break one named rule.
 *
 * <p><b>Personal data.</b> CPR numbers, names, e-mail addresses and phone numbers are synthetic,
 * made of random digits and letters: they can coincide with those of real people. They belong in
 * tests only.
 */
public final class DfdgGenerators {

  /** SN-1, for {@code supportNeeds().violating(SN_1)}. */
  public static final RuleId SN_1 = SupportNeedRuleIds.SN_1;

  /** SN-2, for {@code educationPlans().violating(SN_2)}. */
  public static final RuleId SN_2 = SupportNeedRuleIds.SN_2;

  /** SN-4, for {@code educationPlans().violating(SN_4)}. */
  public static final RuleId SN_4 = SupportNeedRuleIds.SN_4;

  /** The first day of the default date range, 2015-01-01. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  /** The last day of the default date range, 2030-12-31. */
  public static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);

  /**
   * The in-force dates of the sources ({@link Sources}), each with the day before it: tried as edge
   * cases by {@link #dates()}, so each date rule is tested on both sides of its boundary. The last
   * pair is 1 January 2021, the date §3.1 of the release note names and the library reads as a slip
   * for {@link Sources#UDB_SUPPORT_NEEDS_FLOW}: nothing may change on it.
   */
  public static final List<LocalDate> IN_FORCE_BOUNDARIES =
      List.of(
          Sources.DFDG_RELEASE.minusDays(1),
          Sources.DFDG_RELEASE,
          Sources.UDB_SUPPORT_NEEDS_FLOW.minusDays(1),
          Sources.UDB_SUPPORT_NEEDS_FLOW,
          Sources.UDB_SUPPORT_NEEDS_FLOW.minusYears(1).minusDays(1),
          Sources.UDB_SUPPORT_NEEDS_FLOW.minusYears(1));

  private DfdgGenerators() {}

  // ---------------------------------------------------------------- time

  /**
   * Days from 2015-01-01 to 2030-12-31; one in ten is one of the {@link #IN_FORCE_BOUNDARIES}
   * (2021-12-06 and 2022-01-01 with the day before each), all of them edge cases.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Gens.frequency(
        Gens.weighted(9, Gens.dates(FIRST_DAY, LAST_DAY)),
        Gens.weighted(1, Gens.elements(IN_FORCE_BOUNDARIES)));
  }

  /**
   * Days in a range, both included; the first and the last are edge cases.
   *
   * @param from the first day
   * @param to the last day
   * @return the generator
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return Gens.dates(from, to);
  }

  /**
   * Periods of days; see {@link DatePeriodGen}.
   *
   * @return the generator
   */
  public static DatePeriodGen periods() {
    return DatePeriodGen.defaults();
  }

  /**
   * ISO weeks; see {@link IsoWeekGen}.
   *
   * @return the generator
   */
  public static IsoWeekGen isoWeeks() {
    return IsoWeekGen.defaults();
  }

  /**
   * DREAM week column names {@code y_YYWW}, 1991-W32 to 2030-W52.
   *
   * @return the generator
   */
  public static Gen<String> dreamColumns() {
    return isoWeeks().asDreamColumns();
  }

  /**
   * Quarters from 2014-Q1 (the first of the DSA {@code visit} table) to 2030-Q4.
   *
   * @return the generator
   */
  public static Gen<YearQuarter> yearQuarters() {
    return yearQuarters(YearQuarter.of(2014, 1), YearQuarter.of(2030, 4));
  }

  /**
   * Quarters in a range, both included.
   *
   * @param first the first quarter
   * @param last the last quarter
   * @return the generator
   */
  public static Gen<YearQuarter> yearQuarters(YearQuarter first, YearQuarter last) {
    long span = (last.year() * 4L + last.quarter()) - (first.year() * 4L + first.quarter());
    return Gens.longs(0, span).map(first::plusQuarters);
  }

  // ---------------------------------------------------------------- money, organisations, contact
  // details

  /**
   * Amounts of kroner; see {@link MoneyGen}.
   *
   * @return the generator
   */
  public static MoneyGen money() {
    return MoneyGen.defaults();
  }

  /**
   * CVR numbers (with a valid modulus-11 check).
   *
   * @return the generator
   */
  public static Gen<CvrNumber> cvrNumbers() {
    return Texts.cvrs().map(CvrNumber::parse);
  }

  /**
   * P numbers (ten digits).
   *
   * @return the generator
   */
  public static Gen<PNumber> pNumbers() {
    return Texts.pNumbers().map(PNumber::parse);
  }

  /**
   * Danish phone numbers.
   *
   * @return the generator
   */
  public static Gen<PhoneNumber> phoneNumbers() {
    return phoneTexts().map(PhoneNumber::parse);
  }

  /**
   * Danish phone numbers as typed: eight digits, optionally after {@code +45} or {@code 0045}, with
   * or without spaces.
   *
   * @return the generator
   */
  public static Gen<String> phoneTexts() {
    return Texts.phones();
  }

  /**
   * E-mail addresses (synthetic).
   *
   * @return the generator
   */
  public static Gen<EmailAddress> emailAddresses() {
    return emailTexts().map(EmailAddress::parse);
  }

  /**
   * E-mail addresses as text (synthetic).
   *
   * @return the generator
   */
  public static Gen<String> emailTexts() {
    return Texts.emails();
  }

  // ---------------------------------------------------------------- citizens

  /**
   * Synthetic CPR numbers, every century rule, with and without modulus 11; see {@link
   * CprNumberGen}. For tests only: they can coincide with real numbers.
   *
   * @return the generator
   */
  public static CprNumberGen cprNumbers() {
    return CprNumberGen.any();
  }

  /**
   * Citizens; see {@link CitizenGen}.
   *
   * @return the generator
   */
  public static CitizenGen citizens() {
    return CitizenGen.defaults();
  }

  /**
   * Ids of the code list {@code contact-groups} (1, 2, 8, 11, 12, 14, 25, 26, 28).
   *
   * @return the generator
   */
  public static Gen<Integer> contactGroupIds() {
    return codes(CodeLists.CONTACT_GROUPS).ids().map(Integer::parseInt);
  }

  /**
   * Contact group memberships.
   *
   * @return the generator
   */
  public static Gen<ContactGroupMembership> contactGroupMemberships() {
    return contactGroupIds().zip(periods(), ContactGroupMembership::of);
  }

  /**
   * Person-group markings: mostly type 5 (DFDG-RN-2021-12-06 §1.2), covering 0–3 municipalities
   * (none = all), sometimes with the creating municipality.
   *
   * @return the generator
   */
  public static Gen<PersonGroupMarking> personGroupMarkings() {
    Gen<String> municipalities = codes(CodeLists.MUNICIPALITIES).ids();
    return source ->
        PersonGroupMarking.builder()
            .type(source.coin(0.8) ? 5 : source.intBetween(1, 10))
            .coveredMunicipalities(source.draw(municipalities.set(0, 3)))
            .createdByMunicipality(source.draw(municipalities.optional()))
            .period(source.draw(periods()))
            .build();
  }

  /**
   * Residence municipality codes (3 digits) from the code list {@code municipalities}.
   *
   * @return the generator
   */
  public static Gen<String> municipalityCodes() {
    return codes(CodeLists.MUNICIPALITIES).ids();
  }

  // ---------------------------------------------------------------- plans and support needs

  /**
   * Valid education plans; see {@link EducationPlanGen}.
   *
   * @return the generator
   */
  public static EducationPlanGen educationPlans() {
    return EducationPlanGen.valid();
  }

  /**
   * Valid sets of support needs; see {@link SupportNeedsGen}.
   *
   * @return the generator
   */
  public static SupportNeedsGen supportNeeds() {
    return SupportNeedsGen.valid();
  }

  // ---------------------------------------------------------------- contacts

  /**
   * Contact persons; see {@link ContactPersonGen}.
   *
   * @return the generator
   */
  public static ContactPersonGen contactPersons() {
    return ContactPersonGen.defaults();
  }

  /**
   * Jobcentre contacts (type 32), valid by EC-1 and EC-4.
   *
   * @return the generator
   */
  public static JobcentreContactGen jobcentreContacts() {
    return new JobcentreContactGen(Fault.NONE);
  }

  /**
   * Education-institution contacts (type 31), valid by EC-3 and EC-4.
   *
   * @return the generator
   */
  public static EducationInstitutionContactGen educationInstitutionContacts() {
    return new EducationInstitutionContactGen(Fault.NONE);
  }

  /**
   * Assignments of type-31/32 contacts to citizens, valid by EC-2.
   *
   * @return the generator
   */
  public static ContactAssignmentGen contactAssignments() {
    return new ContactAssignmentGen(false);
  }

  // ---------------------------------------------------------------- subscriptions, visitation,
  // activities

  /**
   * UDB subscriptions: created on a day of {@link #dates()}; closed about a third of the time, on
   * or after that day, mostly with a close reason; rarely created in error; sometimes with the
   * jobcentre's municipality.
   *
   * @return the generator
   */
  public static Gen<UdbSubscription> udbSubscriptions() {
    return source -> {
      LocalDate created = source.draw(dates());
      UdbSubscription.Builder b = UdbSubscription.builder().createdOn(created);
      if (source.coin(1.0 / 3)) {
        b.closedOn(created.plusDays(source.intBetween(0, 1500)));
        if (source.coin(0.8)) {
          b.closeReason(source.draw(Gens.enumValues(CloseReason.class)));
        }
      }
      b.createdInError(source.coin(0.05));
      if (source.coin(0.5)) {
        b.jobcentreMunicipality(source.draw(municipalityCodes()));
      }
      return b.build();
    };
  }

  /**
   * Visitation registrations: a citizen, a start date and time, a category.
   *
   * @return the generator
   */
  public static Gen<VisitationRegistration> visitationRegistrations() {
    return Gens.zip(
        cprNumbers(),
        dates()
            .zip(
                Gens.integers(0, 24 * 60 - 1),
                (d, m) -> LocalDateTime.of(d, LocalTime.ofSecondOfDay(m * 60L))),
        Gens.enumValues(VisitationCategory.class),
        VisitationRegistration::of);
  }

  /**
   * Visitation courses: a start and, for all but the active course, an end not before it.
   *
   * @return the generator
   */
  public static Gen<VisitationCourse> visitationCourses() {
    return source -> {
      LocalDate start = source.draw(dates());
      VisitationCourse.Builder b =
          VisitationCourse.builder()
              .citizen(source.draw(cprNumbers()))
              .category(source.draw(Gens.enumValues(VisitationCategory.class)))
              .start(start);
      if (source.coin(0.7)) {
        b.end(start.plusDays(source.intBetween(0, 1000)));
      }
      return b.build();
    };
  }

  /**
   * Activation activities: a status, and optionally a type, cause and pool from their code lists
   * (by official name), a period, hours per week (0–168, one decimal), a cost (0–100,000 kr.) and a
   * course category valid on the start.
   *
   * @return the generator
   */
  public static Gen<Activity> activities() {
    return source -> {
      DatePeriod period = source.draw(periods());
      Activity.Builder b =
          Activity.builder()
              .status(source.draw(Gens.enumValues(ActivityStatus.class)))
              .period(period)
              .type(source.draw(codes(CodeLists.ACTIVITY_TYPES).names().optional()))
              .cause(source.draw(codes(CodeLists.ACTIVITY_CAUSES).names().optional()))
              .pool(source.draw(codes(CodeLists.ACTIVATION_POOLS).names().optional()));
      if (source.coin(0.7)) {
        b.hoursPerWeek(BigDecimal.valueOf(source.intBetween(0, 1680), 1));
      }
      if (source.coin(0.5)) {
        b.cost(source.draw(money().between(Money.ZERO, Money.ofOere(10_000_000))));
      }
      if (source.coin(0.3)) {
        b.courseCategory(
            Integer.parseInt(
                source.draw(codes(CodeLists.COURSE_CATEGORIES).validOn(period.start()).ids())));
      }
      return b.build();
    };
  }

  /**
   * Mentor interventions, with a mentor type valid on the period's start (type 6 'Personlig
   * jobformidler' only from 2021-12-06).
   *
   * @return the generator
   */
  public static Gen<MentorIntervention> mentorInterventions() {
    return source -> {
      DatePeriod period = source.draw(periods());
      List<MentorType> valid =
          Arrays.stream(MentorType.values())
              .filter(t -> t.validFrom().map(f -> !period.start().isBefore(f)).orElse(true))
              .toList();
      return MentorIntervention.of(valid.get(source.index(valid.size())).id(), period);
    };
  }

  /**
   * CV states: any status, searchable or not.
   *
   * @return the generator
   */
  public static Gen<CvState> cvStates() {
    return Gens.enumValues(CvStatus.class).zip(Gens.booleans(), CvState::of);
  }

  /**
   * Absence registrations, with a type of the code list {@code absence-types}.
   *
   * @return the generator
   */
  public static Gen<AbsenceRegistration> absenceRegistrations() {
    return codes(CodeLists.ABSENCE_TYPES)
        .ids()
        .map(Integer::parseInt)
        .zip(periods(), AbsenceRegistration::of);
  }

  /**
   * A-kasse memberships. The funds' ids are not in the sources: they are synthetic, {@code
   * "1"}–{@code "40"}.
   *
   * @return the generator
   */
  public static Gen<UnemploymentFundMembership> unemploymentFundMemberships() {
    return Gens.integers(1, 40).map(String::valueOf).zip(periods(), UnemploymentFundMembership::of);
  }

  // ---------------------------------------------------------------- DREAM

  /**
   * DREAM weekly series; see {@link DreamSeriesGen}.
   *
   * @return the generator
   */
  public static DreamSeriesGen dreamSeries() {
    return DreamSeriesGen.defaults();
  }

  /**
   * DREAM person keys: a synthetic CPR number half the time, else a running number.
   *
   * @return the generator
   */
  public static Gen<PersonKey> personKeys() {
    return Gens.oneOf(
        Gens.integers(1, 999_999_999).map(n -> PersonKey.runningNumber(Integer.toString(n))),
        cprNumbers().map(c -> PersonKey.of(c.unmaskedValue())));
  }

  /**
   * The codes of the DREAM benefit code list ({@code dream-benefit-codes}).
   *
   * @return the generator
   */
  public static CodeGen benefitCodes() {
    return codes(CodeLists.DREAM_BENEFIT_CODES);
  }

  // ---------------------------------------------------------------- code lists

  /**
   * The values of any code list; see {@link CodeGen}.
   *
   * @param listKey a key of {@link CodeLists}, e.g. {@link CodeLists#CONTACT_PERSON_TYPES}
   * @return the generator
   * @throws IllegalArgumentException if there is no such list
   */
  public static CodeGen codes(String listKey) {
    return CodeGen.of(CodeLists.get(listKey));
  }

  /**
   * The values of a code list.
   *
   * @param list the list
   * @return the generator
   */
  public static CodeGen codes(CodeList list) {
    return CodeGen.of(list);
  }

  /**
   * The constants of a code-list enum, in declaration order.
   *
   * @param type e.g. {@code SupportNeed.class}
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<E> values(Class<E> type) {
    return Gens.enumValues(type);
  }

  /**
   * Steps 1–4.
   *
   * @return the generator
   */
  public static Gen<Step> steps() {
    return values(Step.class);
  }

  /**
   * Plan types.
   *
   * @return the generator
   */
  public static Gen<PlanType> planTypes() {
    return values(PlanType.class);
  }

  /**
   * Contact kinds: person, team, generic team.
   *
   * @return the generator
   */
  public static Gen<ContactKind> contactKinds() {
    return values(ContactKind.class);
  }

  /**
   * Visitation categories.
   *
   * @return the generator
   */
  public static Gen<VisitationCategory> visitationCategories() {
    return values(VisitationCategory.class);
  }

  /**
   * UDB subscription close reasons.
   *
   * @return the generator
   */
  public static Gen<CloseReason> closeReasons() {
    return values(CloseReason.class);
  }

  /**
   * Mentor types.
   *
   * @return the generator
   */
  public static Gen<MentorType> mentorTypes() {
    return values(MentorType.class);
  }

  /**
   * CV statuses.
   *
   * @return the generator
   */
  public static Gen<CvStatus> cvStatuses() {
    return values(CvStatus.class);
  }

  /**
   * Activity statuses.
   *
   * @return the generator
   */
  public static Gen<ActivityStatus> activityStatuses() {
    return values(ActivityStatus.class);
  }

  /**
   * DREAM benefit groups.
   *
   * @return the generator
   */
  public static Gen<BenefitGroup> benefitGroups() {
    return values(BenefitGroup.class);
  }

  /**
   * DREAM receiver statuses.
   *
   * @return the generator
   */
  public static Gen<ReceiverStatus> receiverStatuses() {
    return values(ReceiverStatus.class);
  }

  /**
   * Sexes.
   *
   * @return the generator
   */
  public static Gen<Sex> sexes() {
    return values(Sex.class);
  }

  /**
   * Every code of every code list, with its list: for properties over all lists.
   *
   * @return the generator of (list, code) pairs as {@code Map.Entry}
   */
  public static Gen<Map.Entry<CodeList, Code>> anyCode() {
    return Gens.elements(CodeLists.all())
        .flatMap(list -> codes(list).map(code -> Map.entry(list, code)));
  }

  // ---------------------------------------------------------------- rule framework values

  /**
   * Rule results, consistent with their outcome; see {@link RuleValueGens}.
   *
   * @return the generator
   */
  public static Gen<RuleResult> ruleResults() {
    return RuleValueGens.ruleResults();
  }

  /**
   * The joined results of 0 to 5 rule results.
   *
   * @return the generator
   */
  public static Gen<RuleResults> joinedResults() {
    return RuleValueGens.joinedResults();
  }

  /**
   * Rule ids of every area of the spec.
   *
   * @return the generator
   */
  public static Gen<RuleId> ruleIds() {
    return RuleValueGens.ruleIds();
  }

  /**
   * Evaluation contexts: a date, sometimes announced versions enabled and rules switched off.
   *
   * @return the generator
   */
  public static Gen<EvaluationContext> evaluationContexts() {
    return RuleValueGens.evaluationContexts();
  }

  // ---------------------------------------------------------------- invalid input

  /**
   * Texts that are not CPR numbers; see {@link InvalidInputs#cprStrings()}.
   *
   * @return the generator
   */
  public static Gen<String> invalidCprStrings() {
    return InvalidInputs.cprStrings();
  }

  /**
   * Texts that are not CVR numbers.
   *
   * @return the generator
   */
  public static Gen<String> invalidCvrStrings() {
    return InvalidInputs.cvrStrings();
  }

  /**
   * Texts that are not P numbers.
   *
   * @return the generator
   */
  public static Gen<String> invalidPNumberStrings() {
    return InvalidInputs.pNumberStrings();
  }

  /**
   * Texts that are not Danish phone numbers.
   *
   * @return the generator
   */
  public static Gen<String> invalidPhoneStrings() {
    return InvalidInputs.phoneStrings();
  }

  /**
   * Texts that are not e-mail addresses.
   *
   * @return the generator
   */
  public static Gen<String> invalidEmailStrings() {
    return InvalidInputs.emailStrings();
  }

  /**
   * Texts that are not amounts, or are ambiguous.
   *
   * @return the generator
   */
  public static Gen<String> invalidMoneyStrings() {
    return InvalidInputs.moneyStrings();
  }

  /**
   * DREAM week columns that name no week.
   *
   * @return the generator
   */
  public static Gen<String> invalidDreamColumns() {
    return InvalidInputs.dreamColumns();
  }

  /**
   * Texts that are not ISO weeks.
   *
   * @return the generator
   */
  public static Gen<String> invalidIsoWeekStrings() {
    return InvalidInputs.isoWeekStrings();
  }

  /**
   * Texts that are not date periods.
   *
   * @return the generator
   */
  public static Gen<String> invalidDatePeriodStrings() {
    return InvalidInputs.datePeriodStrings();
  }
}
