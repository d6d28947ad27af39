/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.activity.Activity;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.citizen.ContactGroupMembership;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.cv.CvState;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model type and rule result serialises to JSON and back to an equal value. */
class JsonRoundTripTest {

  private static final ObjectMapper JSON = DfdgJson.mapper();
  private static final CprNumber CPR = CprNumber.parse("010190-1234");
  private static final LocalDate D = LocalDate.of(2022, 3, 10);

  static Stream<Object> values() {
    RuleId sn1 = RuleId.of("SN-1");
    RuleVersion v =
        RuleVersion.since(
            sn1,
            LocalDate.of(2021, 12, 6),
            SourceCitation.of("DFDG-RN-2021-12-06", "§3.2", "kan ikke"));
    RuleResult violated =
        RuleResult.builder(v)
            .error("supportNeeds", Message.of("SN-1.violated", "ids", java.util.List.of(1, 2)))
            .warning("supportNeeds", Message.of("SN-6.warning"))
            .explanation(Message.of("done"))
            .build();
    return Stream.of(
        CPR,
        CvrNumber.parse("29403473"),
        PNumber.parse("1234567890"),
        PhoneNumber.parse("+45 12 34 56 78"),
        EmailAddress.parse("kontakt@jobcenter.dk"),
        DatePeriod.of(D, D.plusDays(3)),
        DatePeriod.from(D),
        IsoWeek.of(2020, 53),
        YearQuarter.of(2014, 1),
        Money.parse("1.740,96 kr."),
        Citizen.builder()
            .cpr(CPR)
            .residenceMunicipality("101")
            .addContactGroups(ContactGroupMembership.of(12, DatePeriod.from(D)))
            .build(),
        PersonGroupMarking.builder()
            .type(5)
            .addCoveredMunicipalities("101")
            .period(DatePeriod.from(D))
            .build(),
        ContactPerson.builder()
            .type(1)
            .period(DatePeriod.from(D))
            .kind(ContactKind.TEAM)
            .name("Team Ung")
            .build(),
        JobcentreContact.builder()
            .name("Team Ung")
            .email("ung@jobcenter.dk")
            .phone("12345678")
            .kind(ContactKind.GENERIC_TEAM)
            .build(),
        EducationInstitutionContact.builder()
            .name("Studievejledningen")
            .cvr("29403473")
            .pNumber("1234567890")
            .build(),
        ContactAssignment.builder()
            .citizen(CPR)
            .role(32)
            .period(DatePeriod.from(D))
            .shownOnJobnet(true)
            .build(),
        EducationPlan.of(Step.STEP_4, SupportNeed.ACADEMIC, SupportNeed.DOCUMENTED),
        UdbSubscription.builder()
            .createdOn(D)
            .closedOn(D.plusDays(5))
            .closeReason(CloseReason.AGE)
            .build(),
        VisitationRegistration.of(
            CPR, LocalDateTime.of(2019, 3, 4, 14, 30), VisitationCategory.JOB_READY),
        VisitationCourse.builder()
            .citizen(CPR)
            .category(VisitationCategory.ACTIVITY_READY)
            .start(D)
            .build(),
        Activity.builder()
            .status(ActivityStatus.COMPLETED)
            .period(DatePeriod.of(D, D))
            .hoursPerWeek(new BigDecimal("37.5"))
            .cost(Money.parse("909,60"))
            .courseCategory(37)
            .build(),
        MentorIntervention.of(6, DatePeriod.from(D)),
        CvState.of(CvStatus.APPROVED, true),
        AbsenceRegistration.of(25, DatePeriod.of(D, D.plusYears(1))),
        UnemploymentFundMembership.of("12", DatePeriod.from(D)),
        DreamSeries.of(
            PersonKey.of("0101901234"),
            IsoWeek.of(2019, 38),
            new short[] {130, 0, 0, 731},
            Map.of(YearQuarter.of(2019, 3), VisitationCategory.JOB_READY)),
        violated,
        RuleResult.undetermined(v, "birthDate"),
        RuleResult.notInForce(sn1, D),
        EvaluationContext.on(D).enable("SUB-6", D).switchOff(RuleId.of("EC-4")));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTrips(Object value) throws Exception {
    String json = JSON.writeValueAsString(value);
    Class<?> type =
        value.getClass().getSimpleName().startsWith("Immutable")
            ? value.getClass().getSuperclass()
            : value.getClass();
    Object back = JSON.readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
  }
}
