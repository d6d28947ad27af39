/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_1;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_2;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_4;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationPlans;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;

/**
 * The laws of the support-need rules SN-1 … SN-6 (DFDG-RN-2021-12-06 §3.2) as generated properties
 * against {@link SupportNeedRules}: plans come from the testkit's {@code educationPlans()}, whose
 * {@code violating(…)} is the testkit's own reading of the spec — so each property also checks the
 * rules against an independent implementation.
 */
class SupportNeedPropertiesTest {

  /** The validations ship with the release of 6 December 2021 — the spec's date, not the rules'. */
  static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);

  private static final ObjectMapper JSON = DfdgJson.mapper();

  /** The rules a set of needs can break; SN-3 and SN-5 are never broken, SN-6 only warns. */
  static final Set<RuleId> ERROR_RULES = Set.of(SN_1, SN_2, SN_4);

  /** Days on which the validations are in force; 2021-12-06 itself is the first edge case. */
  static Gen<LocalDate> daysInForce() {
    return dates(IN_FORCE, LAST_DAY);
  }

  /** Days before the release; 2021-12-05 is an edge case. */
  static Gen<LocalDate> daysBefore() {
    return dates(FIRST_DAY, IN_FORCE.minusDays(1));
  }

  /** A plan and the rule it was generated to break (none for a valid plan). */
  record Case(EducationPlan plan, Set<RuleId> broken, LocalDate day) {
    @Override
    public String toString() {
      return "step "
          + plan.getStep().id()
          + ", needs "
          + ids(plan.getSupportNeeds())
          + ", breaks "
          + broken
          + ", on "
          + day;
    }
  }

  /** Valid plans and plans breaking exactly one of SN-1, SN-2, SN-4, in equal parts. */
  static Gen<Case> anyPlanOn(Gen<LocalDate> days) {
    Gen<Case> valid = educationPlans().zip(days, (p, d) -> new Case(p, Set.of(), d));
    Gen<Case> broken =
        Gens.elements(SN_1, SN_2, SN_4)
            .flatMap(
                rule ->
                    educationPlans()
                        .violating(rule)
                        .zip(days, (p, d) -> new Case(p, Set.of(rule), d)));
    return Gens.oneOf(valid, broken);
  }

  static List<Integer> ids(Set<SupportNeed> needs) {
    return needs.stream().map(SupportNeed::id).sorted().toList();
  }

  static Set<RuleId> errorIds(Answer<Verdict> r) {
    return r.errors().stream().map(Violation::ruleId).collect(Collectors.toSet());
  }

  static void labelNeeds(EducationPlan plan) {
    Set<SupportNeed> n = plan.getSupportNeeds();
    Statistics.cover(9, plan.getStep() == Step.STEP_4, "at step 4");
    Statistics.cover(35, plan.getStep() != Step.STEP_4, "at steps 1-3");
    Statistics.cover(3, n.isEmpty(), "no need");
    Statistics.cover(5, n.contains(SupportNeed.NONE_ASSESSED), "need 1");
    Statistics.cover(
        10,
        n.contains(SupportNeed.ACADEMIC) || n.contains(SupportNeed.SOCIAL_PERSONAL_OR_HEALTH),
        "need 2 or 3");
    Statistics.cover(
        2,
        !n.isEmpty()
            && Set.of(SupportNeed.OTHER_SUPPORT_PERSONS, SupportNeed.CONTACT_JOBCENTRE)
                .containsAll(n),
        "only needs 5 and 6 (SN-3)");
  }

  @Nested
  class InForce {

    Gen<Case> validPlans() {
      return educationPlans().zip(daysInForce(), (p, d) -> new Case(p, Set.of(), d));
    }

    @Property
    void aValidPlanFromTheGeneratorPassesSn1ToSn4AtItsStep(@ForAll("validPlans") Case c) {
      labelNeeds(c.plan());
      Statistics.cover(
          2,
          c.plan().getStep() == Step.STEP_4
              && c.plan().getSupportNeeds().contains(SupportNeed.DOCUMENTED),
          "need 4 at step 4 (SN-6 warns)");
      Statistics.cover(1, c.day().equals(IN_FORCE), "on the day of the release");

      Answer<Verdict> r = SupportNeedRules.validate(c.plan(), c.day());

      assertThat(r).isSatisfied();
      assertThat(r.errors()).isEmpty();
      assertThat(r.warnings()).allSatisfy(w -> assertThat(w.ruleId()).isEqualTo(RuleId.of("SN-6")));
      assertThat(r.results()).allSatisfy(x -> assertThat(x.version()).isPresent());
    }

    Gen<Case> brokenPlans() {
      return Gens.elements(SN_1, SN_2, SN_4)
          .flatMap(
              rule ->
                  educationPlans()
                      .violating(rule)
                      .zip(daysInForce(), (p, d) -> new Case(p, Set.of(rule), d)));
    }

    @Property
    void aPlanFromViolatingReportsExactlyThatRuleAsAnError(@ForAll("brokenPlans") Case c) {
      RuleId rule = c.broken().iterator().next();
      Statistics.cover(19, rule.equals(SN_1), "violating(SN_1)");
      Statistics.cover(18, rule.equals(SN_2), "violating(SN_2)");
      Statistics.cover(12, rule.equals(SN_4), "violating(SN_4)");
      Statistics.cover(1, rule.equals(SN_2) && c.plan().getStep() == Step.STEP_4, "SN-2 at step 4");
      Statistics.cover(
          10, rule.equals(SN_1) && c.plan().getStep() != Step.STEP_4, "SN-1 at steps 1-3");

      Answer<Verdict> r = SupportNeedRules.validate(c.plan(), c.day());

      assertThat(errorIds(r)).containsExactly(rule);
      assertThat(r).isViolated().hasViolation(rule).isError().atPath(SupportNeedRules.NEEDS_PATH);
      assertThat(r.warnings()).allSatisfy(w -> assertThat(w.ruleId()).isEqualTo(RuleId.of("SN-6")));
    }

    Gen<Case> anyPlans() {
      return anyPlanOn(daysInForce());
    }

    @Property(tries = 100)
    void everyViolationHasDanishAndEnglishTextAndRevealsNoPersonalData(@ForAll("anyPlans") Case c) {
      Statistics.cover(22, !c.broken().isEmpty(), "a violating plan");
      Statistics.cover(10, c.plan().getJobcentreContact().isPresent(), "with a jobcentre contact");

      Answer<Verdict> r = SupportNeedRules.validate(c.plan(), c.day());

      assertThat(r).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
      c.plan()
          .getJobcentreContact()
          .ifPresent(
              contact -> {
                for (RuleResult x : r.results()) {
                  for (Violation v : x.violations()) {
                    for (String text : List.of(v.text(Messages.DANISH), v.text(Messages.ENGLISH))) {
                      contact.getName().ifPresent(n -> assertThat(text).doesNotContain(n));
                      contact.getEmail().ifPresent(e -> assertThat(text).doesNotContain(e));
                      contact.getPhone().ifPresent(p -> assertThat(text).doesNotContain(p));
                    }
                  }
                }
              });
    }
  }

  @Nested
  class BeforeTheRelease {

    Gen<Case> anyPlans() {
      return anyPlanOn(daysBefore());
    }

    @Property
    void noSupportNeedRuleIsInForceBefore6December2021(@ForAll("anyPlans") Case c) {
      Statistics.cover(22, !c.broken().isEmpty(), "a violating plan");
      Statistics.cover(1, c.day().equals(IN_FORCE.minusDays(1)), "the day before the release");

      Answer<Verdict> r = SupportNeedRules.validate(c.plan(), c.day());

      assertThat(r).isNotInForce().hasNoViolations();
      assertThat(r.results()).extracting(RuleResult::outcome).containsOnly(Outcome.NOT_IN_FORCE);
    }
  }

  /** A plan, and its needs (and previous needs) in another order. */
  record Reordered(Case plan, List<SupportNeed> needs, List<SupportNeed> previous) {
    @Override
    public String toString() {
      return plan
          + ", given as "
          + needs.stream().map(SupportNeed::id).toList()
          + ", previous "
          + previous.stream().map(SupportNeed::id).toList();
    }
  }

  Gen<Reordered> plansInAnyOrder() {
    return anyPlanOn(daysInForce())
        .flatMap(
            c ->
                Gens.subsets(List.of(SupportNeed.values()))
                    .flatMap(
                        previous ->
                            Gens.zip(
                                Gens.permutations(List.copyOf(c.plan().getSupportNeeds())),
                                Gens.permutations(List.copyOf(previous)),
                                (n, p) -> new Reordered(c, n, p))));
  }

  @Property
  void validationDoesNotDependOnTheOrderOfTheIds(@ForAll("plansInAnyOrder") Reordered r)
      throws JsonProcessingException {
    EducationPlan plan = r.plan().plan();
    Statistics.cover(19, plan.getSupportNeeds().size() >= 3, "at least three needs");
    Statistics.cover(
        10, !r.needs().equals(List.copyOf(plan.getSupportNeeds())), "given out of id order");
    Set<SupportNeed> previousInOrder = new LinkedHashSet<>(r.previous());
    Answer<Verdict> expected =
        SupportNeedRules.validate(plan, Set.copyOf(r.previous()), r.plan().day());

    EducationPlan rebuilt =
        EducationPlan.builder()
            .step(plan.getStep())
            .planType(plan.getPlanType())
            .jobcentreContact(plan.getJobcentreContact())
            .addAllSupportNeeds(r.needs())
            .build();
    Answer<Verdict> byBuilder = SupportNeedRules.validate(rebuilt, previousInOrder, r.plan().day());
    Answer<Verdict> byJson =
        SupportNeedRules.AREA.evaluate(
            JSON.readValue(json(plan.getStep(), r.needs(), r.previous()), SupportNeedFacts.class),
            EvaluationContext.on(r.plan().day()));

    assertThat(byBuilder).isEqualTo(expected);
    assertThat(byJson.violations()).isEqualTo(expected.violations());
    assertThat(byJson.outcome()).isEqualTo(expected.outcome());
  }

  private static String json(Step step, List<SupportNeed> needs, List<SupportNeed> previous) {
    return "{\"plan\": {\"step\": "
        + step.id()
        + ", \"supportNeeds\": "
        + needs.stream().map(SupportNeed::id).toList()
        + "}, \"previousSupportNeeds\": "
        + previous.stream().map(SupportNeed::id).toList()
        + "}";
  }

  Gen<Case> anyPlansInForce() {
    return anyPlanOn(daysInForce());
  }

  @Property
  void theErrorsAreExactlyTheRulesTheGeneratorBroke(@ForAll("anyPlansInForce") Case c) {
    labelNeeds(c.plan());
    assertThat(errorIds(SupportNeedRules.validate(c.plan(), c.day()))).isEqualTo(c.broken());
    assertThat(c.broken()).isSubsetOf(ERROR_RULES);
  }
}
