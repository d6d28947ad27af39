/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.codelists.SupportNeed;
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
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.GenProvider;
import dk.dfdgrules.testkit.property.GenRegistry;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Registers the default generator of every model type of {@code core} and of the values of its rule
 * framework ({@link RuleValueGens}) (and {@link LocalDate} as {@link DfdgGenerators#dates()}, a
 * {@code Set} or {@code SortedSet} of {@link SupportNeed} as {@link DfdgGenerators#supportNeeds()})
 * for {@code @ForAll} parameters found by type. Loaded by {@link java.util.ServiceLoader};
 * code-list enums are served by the registry's built-in enum support.
 */
public final class DomainGenProvider implements GenProvider {

  private static final Map<Class<?>, Supplier<Gen<?>>> BY_CLASS =
      ImmutableMap.<Class<?>, Supplier<Gen<?>>>builder()
          .put(LocalDate.class, DfdgGenerators::dates)
          .put(CprNumber.class, DfdgGenerators::cprNumbers)
          .put(Citizen.class, DfdgGenerators::citizens)
          .put(ContactGroupMembership.class, DfdgGenerators::contactGroupMemberships)
          .put(PersonGroupMarking.class, DfdgGenerators::personGroupMarkings)
          .put(ContactPerson.class, DfdgGenerators::contactPersons)
          .put(JobcentreContact.class, DfdgGenerators::jobcentreContacts)
          .put(EducationInstitutionContact.class, DfdgGenerators::educationInstitutionContacts)
          .put(ContactAssignment.class, DfdgGenerators::contactAssignments)
          .put(PhoneNumber.class, DfdgGenerators::phoneNumbers)
          .put(EmailAddress.class, DfdgGenerators::emailAddresses)
          .put(CvrNumber.class, DfdgGenerators::cvrNumbers)
          .put(PNumber.class, DfdgGenerators::pNumbers)
          .put(DatePeriod.class, DfdgGenerators::periods)
          .put(IsoWeek.class, DfdgGenerators::isoWeeks)
          .put(YearQuarter.class, DfdgGenerators::yearQuarters)
          .put(Money.class, DfdgGenerators::money)
          .put(EducationPlan.class, DfdgGenerators::educationPlans)
          .put(UdbSubscription.class, DfdgGenerators::udbSubscriptions)
          .put(VisitationRegistration.class, DfdgGenerators::visitationRegistrations)
          .put(VisitationCourse.class, DfdgGenerators::visitationCourses)
          .put(Activity.class, DfdgGenerators::activities)
          .put(MentorIntervention.class, DfdgGenerators::mentorInterventions)
          .put(CvState.class, DfdgGenerators::cvStates)
          .put(AbsenceRegistration.class, DfdgGenerators::absenceRegistrations)
          .put(UnemploymentFundMembership.class, DfdgGenerators::unemploymentFundMemberships)
          .put(DreamSeries.class, DfdgGenerators::dreamSeries)
          .put(PersonKey.class, DfdgGenerators::personKeys)
          .put(dk.dfdgrules.core.rule.RuleId.class, RuleValueGens::ruleIds)
          .put(dk.dfdgrules.core.rule.SourceCitation.class, RuleValueGens::citations)
          .put(dk.dfdgrules.core.rule.RuleVersion.class, RuleValueGens::versions)
          .put(dk.dfdgrules.core.rule.Message.class, RuleValueGens::messages)
          .put(dk.dfdgrules.core.rule.Violation.class, RuleValueGens::violations)
          .put(dk.dfdgrules.core.rule.DerivedValue.class, RuleValueGens::derivedValues)
          .put(dk.dfdgrules.core.rule.RuleResult.class, RuleValueGens::ruleResults)
          .put(dk.dfdgrules.core.rule.RuleResults.class, RuleValueGens::joinedResults)
          .put(dk.dfdgrules.core.rule.EvaluationContext.class, RuleValueGens::evaluationContexts)
          .buildOrThrow();

  /** Made by {@link java.util.ServiceLoader}. */
  public DomainGenProvider() {}

  /**
   * The model types this provider serves.
   *
   * @return the classes
   */
  public static Set<Class<?>> types() {
    return BY_CLASS.keySet();
  }

  @Override
  public Optional<Gen<?>> forType(Type type, GenRegistry registry) {
    if (type instanceof Class<?> c) {
      Supplier<Gen<?>> gen = BY_CLASS.get(c);
      return gen == null ? Optional.empty() : Optional.of(gen.get());
    }
    if (type instanceof ParameterizedType p
        && (p.getRawType() == Set.class || p.getRawType() == SortedSet.class)
        && p.getActualTypeArguments()[0] == SupportNeed.class) {
      return Optional.of(DfdgGenerators.supportNeeds());
    }
    return Optional.empty();
  }
}
