/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.codelists.CourseCategories.DISCHARGE_COORDINATOR_INDIVIDUAL;
import static dk.dfdgrules.codelists.CourseCategories.DISCHARGE_COORDINATOR_PLACE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.InterventionTypes;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import java.time.LocalDate;
import java.util.Set;

/**
 * HC-1 — course categories 42 and 43 retired: {@link #validate(CourseCategoryFacts, LocalDate)}.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.6: "Følgende afholdelseskategorier i kursusindsats (aktiviteter)
 * er udgået: Id 42 'Udskrivningskordinator, individuel'; Id 43 'Udskrivningskordinator, plads'. Det
 * er muligt at opdatere eksisterende kursusindsatser med afholdelseskategorierne.
 * Udskrivningskordinator skal oprettes i indsats af typen 'Mentor' (id 7)."
 *
 * <p>From {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06) a <em>new</em> course
 * intervention may not use category 42 or 43 (an error, with intervention type 7 'Mentor' derived
 * as {@link #INTERVENTION_TYPE}, where to register it instead); an existing one using them may
 * still be updated. Before that day both categories are valid (the older version). The names are
 * kept as published — the course categories spell "Udskrivningskordinator", mentor types 3 and 4
 * "Udskrivningskoordinator"; the code lists alias each spelling to the other.
 */
public final class CourseCategoryRules {

  /** The retired course categories: 42 and 43. */
  public static final Set<Integer> RETIRED_CATEGORIES =
      ImmutableSet.of(DISCHARGE_COORDINATOR_INDIVIDUAL, DISCHARGE_COORDINATOR_PLACE);

  /** HC-1: the intervention type to register a discharge coordinator under (7 'Mentor'). */
  public static final DerivedKey<Integer> INTERVENTION_TYPE =
      DerivedKey.of("interventionType", Integer.class);

  private static final String SECTION = "§3.6";

  /**
   * HC-1 — course categories 42 and 43 retired for new course interventions: before {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE} valid; from it, retired for new course
   * interventions.
   */
  public static final Rule<CourseCategoryFacts> HC_1 =
      Rule.define("HC-1", CourseCategoryFacts.class)
          .before(
              DFDG_RELEASE,
              cite("Afholdelseskategori 42 og 43 om udskrivningskordinator er udgået"),
              (f, v, c) -> hc1(f, v, false))
          .since(
              DFDG_RELEASE,
              cite(
                  "Det er muligt at opdatere eksisterende kursusindsatser med"
                      + " afholdelseskategorierne. Udskrivningskordinator skal oprettes i indsats"
                      + " af typen 'Mentor' (id 7)."),
              (f, v, c) -> hc1(f, v, true))
          .build();

  /** The area {@code course-category}: HC-1 on {@link CourseCategoryFacts}, validating. */
  public static final RuleArea<CourseCategoryFacts, Verdict> AREA =
      RuleArea.builder("course-category", CourseCategoryFacts.class)
          .description("Course categories 42 and 43 retired for new course interventions (HC-1)")
          .rules(HC_1)
          .example("dk/dfdgrules/rules/mentor/course-category-example.json")
          .validates();

  private CourseCategoryRules() {}

  /**
   * May a course intervention with this course category be created or updated on this date (HC-1)?
   *
   * @param facts the course category and the action
   * @param evaluationDate the date of registration
   * @return the verdict and the result
   */
  public static Answer<Verdict> validate(CourseCategoryFacts facts, LocalDate evaluationDate) {
    return AREA.evaluate(facts, evaluationDate);
  }

  /**
   * Validates in an evaluation context.
   *
   * @param facts the course category and the action
   * @param context the evaluation date and the caller's settings
   * @return the verdict and the result
   */
  public static Answer<Verdict> validate(CourseCategoryFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  /**
   * The official name of a course category as published, e.g. "Udskrivningskordinator, individuel"
   * for 42.
   *
   * @param id a course category id
   * @return the name, or the id as text when the sources do not name it
   */
  public static String officialName(int id) {
    return CodeLists.get(CodeLists.COURSE_CATEGORIES)
        .byId(Integer.toString(id))
        .map(Code::name)
        .orElse(Integer.toString(id));
  }

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, SECTION, quote);
  }

  private static RuleResult hc1(CourseCategoryFacts f, RuleVersion version, boolean retired) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.courseCategory().isEmpty()) {
      return b.missing("courseCategory").build();
    }
    int category = f.courseCategory().get();
    if (!RETIRED_CATEGORIES.contains(category)) {
      return b.explanation(Message.of("HC-1.notCovered", "category", category)).build();
    }
    String name = officialName(category);
    if (!retired) {
      return b.explanation(
              Message.of("HC-1.valid", "category", category, "name", name, "date", DFDG_RELEASE))
          .build();
    }
    if (f.action().isEmpty()) {
      return b.missing("action").build();
    }
    if (f.action().get() == CourseAction.UPDATE) {
      return b.explanation(Message.of("HC-1.update", "category", category, "name", name)).build();
    }
    Message why =
        Message.of("HC-1.retired", "category", category, "name", name, "date", DFDG_RELEASE);
    return b.error("courseCategory", why)
        .derived(INTERVENTION_TYPE, InterventionTypes.MENTOR, Message.of("HC-1.registerAsMentor"))
        .explanation(why)
        .build();
  }
}
