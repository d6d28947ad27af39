/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.internal.mapping;

import com.google.common.collect.ImmutableList;
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
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import java.math.BigDecimal;
import java.util.List;

/**
 * The table of the model's value types that need a mapping of their own: the types with named
 * attributes (every Immutables type and {@code DreamSeries}) and the types written as one scalar.
 * The JSON shapes it gives are the library's published ones: attributes by their names without
 * prefix, in the order below; scalars in their parse form, unmasked.
 *
 * <p>Records that are not listed here ({@code RuleResult}, {@code Violation}, {@code Message} …)
 * are mapped by the JSON libraries' own record support.
 */
public final class ModelTypes {

  private static final ImmutableList<ValueType<?>> STRUCTURED =
      ImmutableList.of(
          ValueType.built(Citizen.class, "cpr", "residenceMunicipality", "contactGroups"),
          ValueType.made(ContactGroupMembership.class, "contactGroup", "period"),
          ValueType.built(
              PersonGroupMarking.class,
              "type",
              "coveredMunicipalities",
              "createdByMunicipality",
              "period"),
          ValueType.built(ContactPerson.class, "key", "type", "period", "kind", "name"),
          ValueType.built(
              JobcentreContact.class,
              "name",
              "email",
              "phone",
              "kind",
              "cvr",
              "pNumber",
              "internalKey"),
          ValueType.built(
              EducationInstitutionContact.class, "name", "email", "phone", "cvr", "pNumber"),
          ValueType.built(ContactAssignment.class, "citizen", "role", "period", "shownOnJobnet"),
          ValueType.built(
              EducationPlan.class, "planType", "step", "supportNeeds", "jobcentreContact"),
          ValueType.built(
              UdbSubscription.class,
              "createdOn",
              "closedOn",
              "closeReason",
              "createdInError",
              "jobcentreMunicipality"),
          ValueType.made(VisitationRegistration.class, "citizen", "start", "category"),
          ValueType.built(VisitationCourse.class, "citizen", "category", "start", "end"),
          ValueType.built(
              Activity.class,
              "type",
              "status",
              "cause",
              "pool",
              "period",
              "hoursPerWeek",
              "cost",
              "courseCategory"),
          ValueType.made(MentorIntervention.class, "mentorType", "period"),
          ValueType.made(CvState.class, "status", "searchable"),
          ValueType.made(AbsenceRegistration.class, "absenceType", "period"),
          ValueType.made(UnemploymentFundMembership.class, "fund", "period"),
          ValueType.made(DreamSeries.class, "person", "firstWeek", "codes", "visitation"));

  private static final ImmutableList<ScalarType<?, ?>> SCALARS =
      ImmutableList.of(
          text(CprNumber.class, CprNumber::parse, CprNumber::unmaskedValue),
          text(CvrNumber.class, CvrNumber::parse, CvrNumber::value),
          text(PNumber.class, PNumber::parse, PNumber::value),
          text(PhoneNumber.class, PhoneNumber::parse, PhoneNumber::nationalDigits),
          text(EmailAddress.class, EmailAddress::parse, EmailAddress::value),
          text(PersonKey.class, PersonKey::of, PersonKey::unmaskedValue),
          text(IsoWeek.class, IsoWeek::parse, IsoWeek::toString),
          text(YearQuarter.class, YearQuarter::parse, YearQuarter::toString),
          text(DatePeriod.class, DatePeriod::parse, DatePeriod::toString),
          text(RuleId.class, RuleId::of, RuleId::value),
          new ScalarType<>(Money.class, BigDecimal.class, Money::of, Money::amount));

  private ModelTypes() {}

  /**
   * The types with named attributes.
   *
   * @return every one, once
   */
  public static List<ValueType<?>> structured() {
    return STRUCTURED;
  }

  /**
   * The types written as one scalar.
   *
   * @return every one, once
   */
  public static List<ScalarType<?, ?>> scalars() {
    return SCALARS;
  }

  private static <T> ScalarType<T, String> text(
      Class<T> type,
      java.util.function.Function<String, T> parse,
      java.util.function.Function<T, String> write) {
    return new ScalarType<>(type, String.class, parse, write);
  }
}
