/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.codelists.Step;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the subscription rules may read about the young person and the jobcentre on the evaluation
 * date. Every fact is optional: a rule that needs a fact the caller did not give answers
 * <em>undetermined</em> and names it; no rule guesses.
 *
 * <p>In JSON: {@code {"birthDate": "1996-05-01", "contactGroup": 12}}.
 *
 * @param birthDate the birth date of the citizen's CPR number ({@code CprNumber.birthDate()});
 *     SUB-1
 * @param contactGroup the citizen's contact group on the evaluation date; SUB-1 (age 25 in group 1)
 * @param step the step of the education plan; SUB-6 ("before step 4")
 * @param receivesSicknessBenefit whether the young person receives sickness benefit (sygedagpenge);
 *     SUB-4 from 2021-12-06
 * @param hadEducationPlanInJobcentre whether the citizen has had an education plan in the jobcentre
 *     that asks to close; SUB-7 from 2021-12-06
 * @param trialMunicipality whether that jobcentre's municipality is a trial municipality
 *     (forsøgskommune); SUB-7
 * @param educationPlansAsPlanWithoutPlanType whether the trial municipality registers education
 *     plans with the plan type 'Plan uden plantype'; SUB-7
 * @param admissionReportedOn the day UDB reported the young person admitted to an education, if it
 *     has; SUB-6. Left out: no admission has been reported
 */
public record SubscriptionFacts(
    Optional<LocalDate> birthDate,
    Optional<Integer> contactGroup,
    Optional<Step> step,
    Optional<Boolean> receivesSicknessBenefit,
    Optional<Boolean> hadEducationPlanInJobcentre,
    Optional<Boolean> trialMunicipality,
    Optional<Boolean> educationPlansAsPlanWithoutPlanType,
    Optional<LocalDate> admissionReportedOn) {

  /** Absent facts (null from JSON) are empty. */
  public SubscriptionFacts(
      @Nullable Optional<LocalDate> birthDate,
      @Nullable Optional<Integer> contactGroup,
      @Nullable Optional<Step> step,
      @Nullable Optional<Boolean> receivesSicknessBenefit,
      @Nullable Optional<Boolean> hadEducationPlanInJobcentre,
      @Nullable Optional<Boolean> trialMunicipality,
      @Nullable Optional<Boolean> educationPlansAsPlanWithoutPlanType,
      @Nullable Optional<LocalDate> admissionReportedOn) {
    this.birthDate = orEmpty(birthDate);
    this.contactGroup = orEmpty(contactGroup);
    this.step = orEmpty(step);
    this.receivesSicknessBenefit = orEmpty(receivesSicknessBenefit);
    this.hadEducationPlanInJobcentre = orEmpty(hadEducationPlanInJobcentre);
    this.trialMunicipality = orEmpty(trialMunicipality);
    this.educationPlansAsPlanWithoutPlanType = orEmpty(educationPlansAsPlanWithoutPlanType);
    this.admissionReportedOn = orEmpty(admissionReportedOn);
  }

  /**
   * No facts; add them with the {@code with…} methods.
   *
   * @return the facts
   */
  public static SubscriptionFacts none() {
    return new SubscriptionFacts(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * A copy with the birth date.
   *
   * @param date the birth date
   * @return the facts
   */
  public SubscriptionFacts withBirthDate(LocalDate date) {
    return copy(c -> c.birthDate = Optional.of(date));
  }

  /**
   * A copy with the contact group on the evaluation date.
   *
   * @param group the contact group id
   * @return the facts
   */
  public SubscriptionFacts withContactGroup(int group) {
    return copy(c -> c.contactGroup = Optional.of(group));
  }

  /**
   * A copy with the plan's step.
   *
   * @param planStep the step
   * @return the facts
   */
  public SubscriptionFacts withStep(Step planStep) {
    return copy(c -> c.step = Optional.of(planStep));
  }

  /**
   * A copy saying whether the young person receives sickness benefit.
   *
   * @param receives true if on sickness benefit
   * @return the facts
   */
  public SubscriptionFacts withReceivesSicknessBenefit(boolean receives) {
    return copy(c -> c.receivesSicknessBenefit = Optional.of(receives));
  }

  /**
   * A copy saying whether the citizen has had an education plan in the jobcentre.
   *
   * @param had true if so
   * @return the facts
   */
  public SubscriptionFacts withHadEducationPlanInJobcentre(boolean had) {
    return copy(c -> c.hadEducationPlanInJobcentre = Optional.of(had));
  }

  /**
   * A copy saying whether the municipality is a trial municipality and whether it registers
   * education plans as 'Plan uden plantype'.
   *
   * @param trial true for a trial municipality
   * @param asPlanWithoutPlanType true if it uses 'Plan uden plantype' for education plans
   * @return the facts
   */
  public SubscriptionFacts withTrialMunicipality(boolean trial, boolean asPlanWithoutPlanType) {
    return copy(
        c -> {
          c.trialMunicipality = Optional.of(trial);
          c.educationPlansAsPlanWithoutPlanType = Optional.of(asPlanWithoutPlanType);
        });
  }

  /**
   * A copy with the day UDB reported an admission.
   *
   * @param date the day
   * @return the facts
   */
  public SubscriptionFacts withAdmissionReportedOn(LocalDate date) {
    return copy(c -> c.admissionReportedOn = Optional.of(date));
  }

  /** A copy with some facts changed. */
  private SubscriptionFacts copy(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** The facts of a copy, while they change. */
  private static final class Copy {
    Optional<LocalDate> birthDate;
    Optional<Integer> contactGroup;
    Optional<Step> step;
    Optional<Boolean> receivesSicknessBenefit;
    Optional<Boolean> hadEducationPlanInJobcentre;
    Optional<Boolean> trialMunicipality;
    Optional<Boolean> educationPlansAsPlanWithoutPlanType;
    Optional<LocalDate> admissionReportedOn;

    Copy(SubscriptionFacts f) {
      birthDate = f.birthDate;
      contactGroup = f.contactGroup;
      step = f.step;
      receivesSicknessBenefit = f.receivesSicknessBenefit;
      hadEducationPlanInJobcentre = f.hadEducationPlanInJobcentre;
      trialMunicipality = f.trialMunicipality;
      educationPlansAsPlanWithoutPlanType = f.educationPlansAsPlanWithoutPlanType;
      admissionReportedOn = f.admissionReportedOn;
    }

    SubscriptionFacts build() {
      return new SubscriptionFacts(
          birthDate,
          contactGroup,
          step,
          receivesSicknessBenefit,
          hadEducationPlanInJobcentre,
          trialMunicipality,
          educationPlansAsPlanWithoutPlanType,
          admissionReportedOn);
    }
  }
}
