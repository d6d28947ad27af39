/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_2;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactPersons;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationPlans;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ContactPersonTypes;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/**
 * The laws of the rules issue, written as properties over the testkit's generators — here against
 * small fixture implementations, since the testkit may not depend on the {@code rules} module. The
 * rules module's own tests state the same laws against the real rules.
 */
class LawsOnFixturesTest {

  private static final SourceCitation RN = SourceCitation.of("DFDG-RN-2021-12-06", "§3.2", "");
  private static final LocalDate DAY = LocalDate.of(2022, 1, 10);

  /** A fixture validator of SN-1, SN-2, SN-4, written as the rules module would. */
  static RuleResults validate(Step step, List<SupportNeed> needs) {
    boolean one = needs.contains(SupportNeed.NONE_ASSESSED);
    boolean twoOrThree =
        needs.contains(SupportNeed.ACADEMIC)
            || needs.contains(SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
    List<RuleResult> results = new ArrayList<>();
    results.add(result("SN-1", one && twoOrThree));
    results.add(result("SN-2", needs.contains(SupportNeed.DOCUMENTED) && !twoOrThree));
    results.add(result("SN-4", step == Step.STEP_4 && !one && !twoOrThree));
    return RuleResults.of(results);
  }

  private static RuleResult result(String id, boolean broken) {
    RuleResult.Builder b =
        RuleResult.builder(RuleVersion.since(RuleId.of(id), LocalDate.of(2021, 12, 6), RN));
    if (broken) {
      b.error("supportNeeds", Message.of("rule.notInForce", "rule", id, "date", "-"));
    }
    return b.build();
  }

  @Nested
  class SupportNeeds {
    @Property
    void aValidPlanFromTheGeneratorPassesSn1ToSn4(@ForAll EducationPlan plan) {
      Statistics.cover(10, plan.getStep() == Step.STEP_4, "at step 4");
      assertThat(validate(plan.getStep(), List.copyOf(plan.getSupportNeeds())))
          .isSatisfied()
          .hasNoViolations();
    }

    @Property
    void aPlanFromViolatingSn2ReportsExactlySn2(@ForAll("violatingSn2") EducationPlan plan) {
      assertThat(validate(plan.getStep(), List.copyOf(plan.getSupportNeeds())))
          .isViolated()
          .violatesExactly("SN-2")
          .hasViolation("SN-2")
          .atPath("supportNeeds");
    }

    Gen<EducationPlan> violatingSn2() {
      return educationPlans().violating(SN_2);
    }

    @Property
    void validationReportsTheSameViolationsWhateverTheOrderOfTheNeeds(
        @ForAll("plansWithOrders") Object[] planAndOrder) {
      EducationPlan plan = (EducationPlan) planAndOrder[0];
      @SuppressWarnings("unchecked")
      List<SupportNeed> reordered = (List<SupportNeed>) planAndOrder[1];
      assertThat(validate(plan.getStep(), reordered).violatedRuleIds())
          .isEqualTo(
              validate(plan.getStep(), List.copyOf(plan.getSupportNeeds())).violatedRuleIds());
    }

    Gen<Object[]> plansWithOrders() {
      Gen<EducationPlan> plans =
          Gens.oneOf(
              educationPlans(),
              educationPlans().violating(SN_2),
              educationPlans().violating("SN-1"));
      return plans.flatMap(
          p ->
              Gens.permutations(List.copyOf(p.getSupportNeeds()))
                  .map(order -> new Object[] {p, order}));
    }
  }

  /** CP-2: the contact-person types never closed automatically. */
  private static final Set<Integer> EXEMPT = Set.of(8, 9, 10, 25, 26, 31, 15, 2, 3);

  /** A fixture of CP-3's end-dating of contact persons on a move (spec §1.1). */
  static ContactPerson endDate(ContactPerson c, LocalDate move) {
    if (EXEMPT.contains(c.getType())) {
      return c; // CP-2
    }
    DatePeriod p = c.getPeriod();
    if (p.start().isAfter(move)) {
      return c.withPeriod(DatePeriod.of(move.minusDays(1), move.minusDays(1))); // CP-3.1
    }
    if (p.end().map(e -> e.isAfter(move)).orElse(true)) {
      return c.withPeriod(p.withEnd(move)); // CP-3.2, CP-3.3
    }
    return c; // CP-3.4
  }

  @Nested
  class EndDating {
    @Property
    void endDatingTwiceChangesNothing(@ForAll("aroundTheMove") ContactPerson person) {
      ContactPerson once = endDate(person, DAY);
      Statistics.cover(5, person.getPeriod().start().isAfter(DAY), "CP-3.1");
      Statistics.cover(5, person.getPeriod().isOpenEnded(), "open");
      Statistics.cover(
          1, person.getPeriod().end().filter(DAY::equals).isPresent(), "ends on the move date");
      assertThat(endDate(once, DAY)).isEqualTo(once);
    }

    @Property
    void afterEndDatingNoContactPersonOutlivesTheMove(
        @ForAll("aroundTheMove") ContactPerson person, @ForAll("moveDates") LocalDate move) {
      ContactPerson after = endDate(person, move);
      if (EXEMPT.contains(person.getType())) {
        assertThat(after).isEqualTo(person);
      } else {
        assertThat(after.getPeriod().end().orElseThrow()).isBeforeOrEqualTo(move);
      }
    }

    Gen<ContactPerson> aroundTheMove() {
      return contactPersons()
          .ofTypes(
              1,
              ContactPersonTypes.COMPANION,
              ContactPersonTypes.JOBCENTRE_CONTACT,
              ContactPersonTypes.MENTOR)
          .around(DAY);
    }

    Gen<LocalDate> moveDates() {
      return dates();
    }
  }
}
