/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The support needs (støttebehov) of an education plan, SN-1 … SN-6 (DFDG-RN-2021-12-06 §3.2): the
 * entry point "validate these support needs at this step", {@link #validate(EducationPlan,
 * LocalDate)}.
 *
 * <p>Every rule is in force from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06),
 * when the codes and DFDG's validations shipped; before that day each answers <em>not in
 * force</em>. Validation reports every broken rule at once, each with its id, the offending need
 * ids, the field path {@code plan.supportNeeds} and a Danish and an English message:
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>id</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>{@link #SN_1}</td><td>error</td><td>1 cannot be given together with 2 and/or 3</td></tr>
 *   <tr><td>{@link #SN_2}</td><td>error</td><td>4 only together with 2 and/or 3</td></tr>
 *   <tr><td>{@link #SN_3}</td><td>never broken</td><td>5 and 6 may be given alone</td></tr>
 *   <tr><td>{@link #SN_4}</td><td>error</td><td>at step 4, at least one of 1, 2, 3</td></tr>
 *   <tr><td>{@link #SN_5}</td><td>never broken</td><td>no free text: needs are codes only</td></tr>
 *   <tr><td>{@link #SN_6}</td><td>warning</td><td>4 should be set before step 4</td></tr>
 * </table>
 *
 * <p>Laws: the result does not depend on the order in which the needs are given (they are a set);
 * needs 5 and 6 never cause an error at steps 1–3.
 */
public final class SupportNeedRules {

  /** The path of the needs in {@link SupportNeedFacts}. */
  public static final String NEEDS_PATH = "plan.supportNeeds";

  private static final Set<SupportNeed> NEEDS_1_2_3 =
      Set.of(
          SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC, SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
  private static final Set<SupportNeed> NEEDS_2_3 =
      Set.of(SupportNeed.ACADEMIC, SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
  private static final Set<SupportNeed> NEEDS_5_6 =
      Set.of(SupportNeed.OTHER_SUPPORT_PERSONS, SupportNeed.CONTACT_JOBCENTRE);

  /**
   * SN-1 — "'Der vurderes ingen støttebehov' (id 1) kan ikke angives sammen med støttebehov id 2
   * og/eller id 3" (DFDG-RN-2021-12-06 §3.2). Error; the violation names the ids 1, 2, 3 given.
   */
  public static final Rule<SupportNeedFacts> SN_1 =
      Rule.define("SN-1", SupportNeedFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "'Der vurderes ingen støttebehov' (id 1) kan ikke angives sammen med støttebehov"
                      + " id 2 og/eller id 3"),
              (facts, v, ctx) -> {
                Set<SupportNeed> needs = facts.plan().getSupportNeeds();
                if (needs.contains(SupportNeed.NONE_ASSESSED) && containsAny(needs, NEEDS_2_3)) {
                  return RuleResult.builder(v)
                      .error(
                          NEEDS_PATH,
                          Message.of("SN-1.violated", "ids", ids(needs, NEEDS_1_2_3::contains)))
                      .build();
                }
                return RuleResult.builder(v).explanation(Message.of("SN-1.satisfied")).build();
              })
          .build();

  /**
   * SN-2 — "'Støttebehov (-ene) er dokumenteret' (id 4) kan kun angives, hvis også der er
   * registreret et støtte behov (id 2 og/eller id 3)" (DFDG-RN-2021-12-06 §3.2). Error; the
   * violation names id 4.
   */
  public static final Rule<SupportNeedFacts> SN_2 =
      Rule.define("SN-2", SupportNeedFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "'Støttebehov (-ene) er dokumenteret' (id 4) kan kun angives, hvis også der er"
                      + " registreret et støtte behov (id 2 og/eller id 3)"),
              (facts, v, ctx) -> {
                Set<SupportNeed> needs = facts.plan().getSupportNeeds();
                if (needs.contains(SupportNeed.DOCUMENTED) && !containsAny(needs, NEEDS_2_3)) {
                  return RuleResult.builder(v)
                      .error(
                          NEEDS_PATH,
                          Message.of("SN-2.violated", "ids", List.of(SupportNeed.DOCUMENTED.id())))
                      .build();
                }
                return RuleResult.builder(v).explanation(Message.of("SN-2.satisfied")).build();
              })
          .build();

  /**
   * SN-3 — "'Borgeren har øvrige støttepersoner tilknyttet' (id 5) og 'Jobcenteret vil gerne
   * kontaktes af uddannelsesinstitutionen' (Id 6) kan angives, selvom der ikke er angivet andre
   * støttebehov" (DFDG-RN-2021-12-06 §3.2). A permission: never broken; its explanation says when
   * it is what allows the needs.
   */
  public static final Rule<SupportNeedFacts> SN_3 =
      Rule.define("SN-3", SupportNeedFacts.class)
          .since(
              DFDG_RELEASE,
              cite("(id 5) og … (Id 6) kan angives, selvom der ikke er angivet andre støttebehov"),
              (facts, v, ctx) -> {
                Set<SupportNeed> needs = facts.plan().getSupportNeeds();
                boolean alone = !needs.isEmpty() && NEEDS_5_6.containsAll(needs);
                return RuleResult.builder(v)
                    .explanation(
                        alone
                            ? Message.of("SN-3.alone", "ids", ids(needs, n -> true))
                            : Message.of("SN-3.satisfied"))
                    .build();
              })
          .build();

  /**
   * SN-4 — "DFDG validerer på, at støttebehov skal være registreret ved gem af uddannelsesplan på
   * trin 4. Følgende skal som minimum være registreret: (id 1), (id 2) eller (id 3)"
   * (DFDG-RN-2021-12-06 §3.2). Error at step 4 when none of 1, 2, 3 is given (needs 4, 5, 6 do not
   * count).
   */
  public static final Rule<SupportNeedFacts> SN_4 =
      Rule.define("SN-4", SupportNeedFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "DFDG validerer på, at støttebehov skal være registreret ved gem af"
                      + " uddannelsesplan på trin 4"),
              (facts, v, ctx) -> {
                EducationPlan plan = facts.plan();
                if (plan.getStep() != Step.STEP_4) {
                  return RuleResult.builder(v)
                      .explanation(Message.of("SN-4.notStep4", "step", plan.getStep().id()))
                      .build();
                }
                if (!containsAny(plan.getSupportNeeds(), NEEDS_1_2_3)) {
                  return RuleResult.builder(v)
                      .error(NEEDS_PATH, Message.of("SN-4.violated", "step", plan.getStep().id()))
                      .build();
                }
                return RuleResult.builder(v)
                    .explanation(
                        Message.of(
                            "SN-4.satisfied",
                            "ids",
                            ids(plan.getSupportNeeds(), NEEDS_1_2_3::contains)))
                    .build();
              })
          .build();

  /**
   * SN-5 — "Der er af GDPR-hensyn ikke fritekstfelter til specifikation af de pågældende
   * støttebehov" (DFDG-RN-2021-12-06 §3.2). Holds by construction: {@link EducationPlan} and {@link
   * SupportNeedFacts} hold the needs as the closed code list {@link SupportNeed} and have no text
   * attribute for them (a test checks this by reflection). The rule is evaluated so that its
   * explanation is shown with the others.
   */
  public static final Rule<SupportNeedFacts> SN_5 =
      Rule.define("SN-5", SupportNeedFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "Der er af GDPR-hensyn ikke fritekstfelter til specifikation af de pågældende"
                      + " støttebehov"),
              (facts, v, ctx) ->
                  RuleResult.builder(v).explanation(Message.of("SN-5.satisfied")).build())
          .build();

  /**
   * SN-6 — need 4 "bør være sat inden uddannelsesplanens trin 4" (DFDG-RN-2021-12-06 §3.2). A
   * warning, not an error: when the plan is at step 4 and need 4 is registered for the first time —
   * it is not among {@link SupportNeedFacts#previousSupportNeeds()}. Once registered, later saves
   * do not repeat the warning.
   */
  public static final Rule<SupportNeedFacts> SN_6 =
      Rule.define("SN-6", SupportNeedFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "Registreringen er alene til uddannelsesinstitutionens information og bør være"
                      + " sat inden uddannelsesplanens trin 4"),
              (facts, v, ctx) -> {
                EducationPlan plan = facts.plan();
                boolean has4 = plan.getSupportNeeds().contains(SupportNeed.DOCUMENTED);
                if (plan.getStep() == Step.STEP_4
                    && has4
                    && !facts.previousSupportNeeds().contains(SupportNeed.DOCUMENTED)) {
                  return RuleResult.builder(v)
                      .warning(
                          NEEDS_PATH,
                          Message.of("SN-6.warning", "ids", List.of(SupportNeed.DOCUMENTED.id())))
                      .build();
                }
                String why =
                    !has4
                        ? "SN-6.notGiven"
                        : plan.getStep() != Step.STEP_4
                            ? "SN-6.beforeStep4"
                            : "SN-6.registeredEarlier";
                return RuleResult.builder(v).explanation(Message.of(why)).build();
              })
          .build();

  /** The area {@code support-needs}: SN-1 … SN-6 on {@link SupportNeedFacts}, validating. */
  public static final RuleArea<SupportNeedFacts, Verdict> AREA =
      RuleArea.builder("support-needs", SupportNeedFacts.class)
          .description("Support needs in the education plan at its step (SN-1 … SN-6)")
          .rules(SN_1, SN_2, SN_3, SN_4, SN_5, SN_6)
          .example("dk/dfdgrules/rules/supportneed/support-needs-example.json")
          .validates();

  private SupportNeedRules() {}

  /**
   * Validates the support needs of a plan saved for the first time, on a date: "validate these
   * support needs at this step".
   *
   * @param plan the plan, with its step and needs
   * @param date the evaluation date (which picks the rule versions)
   * @return the verdict and every rule's result; every violation at once
   */
  public static Answer<Verdict> validate(EducationPlan plan, LocalDate date) {
    return validate(SupportNeedFacts.of(plan), EvaluationContext.on(date));
  }

  /**
   * Validates the support needs of a plan whose previous saved version had some needs (SN-6 warns
   * only when need 4 is new).
   *
   * @param plan the plan, with its step and needs
   * @param previousSupportNeeds the needs of the previous saved version
   * @param date the evaluation date
   * @return every rule's result
   */
  public static Answer<Verdict> validate(
      EducationPlan plan, Set<SupportNeed> previousSupportNeeds, LocalDate date) {
    return validate(new SupportNeedFacts(plan, previousSupportNeeds), EvaluationContext.on(date));
  }

  /**
   * Validates support needs in a context (announced versions, switched-off rules).
   *
   * @param facts the plan and the previous needs
   * @param context the evaluation date and the caller's settings
   * @return every rule's result, SN-1 … SN-6 in order
   */
  public static Answer<Verdict> validate(SupportNeedFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  /** A citation of §3.2 of the release note, where the support needs are. */
  static SourceCitation cite(String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, "§3.2", quote);
  }

  private static boolean containsAny(Set<SupportNeed> needs, Set<SupportNeed> any) {
    for (SupportNeed n : needs) {
      if (any.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** The ids of the needs that match, in id order, for messages. */
  static List<Integer> ids(Set<SupportNeed> needs, Predicate<SupportNeed> which) {
    return needs.stream().filter(which).map(SupportNeed::id).sorted().toList();
  }
}
