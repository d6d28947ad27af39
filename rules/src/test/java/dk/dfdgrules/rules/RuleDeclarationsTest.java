/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.rules.absence.AbsenceRules;
import dk.dfdgrules.rules.contactperson.ContactPersonEndDating;
import dk.dfdgrules.rules.cv.CvApprovalRules;
import dk.dfdgrules.rules.dream.DreamRules;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import dk.dfdgrules.rules.flis.ActivationMeasures;
import dk.dfdgrules.rules.flis.BenchmarkModel;
import dk.dfdgrules.rules.flis.CubeWindows;
import dk.dfdgrules.rules.flis.FlisRules;
import dk.dfdgrules.rules.flis.VisitationRules;
import dk.dfdgrules.rules.jobsearch.DuplicateJobTitles;
import dk.dfdgrules.rules.mentor.CourseCategoryRules;
import dk.dfdgrules.rules.mentor.MentorRules;
import dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules;
import dk.dfdgrules.rules.refusion.LisRules;
import dk.dfdgrules.rules.refusion.RefusionRules;
import dk.dfdgrules.rules.refusion.YumuRules;
import dk.dfdgrules.rules.retention.RetentionRules;
import dk.dfdgrules.rules.subscription.SubscriptionRules;
import dk.dfdgrules.rules.supportneed.LetterRules;
import dk.dfdgrules.rules.supportneed.SupportNeedRules;
import dk.dfdgrules.rules.supportneed.UdbMessages;
import dk.dfdgrules.rules.unemploymentfund.MembershipRecallRules;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the library is declared the same way: a {@code public static final Rule} constant
 * named after its spec id ({@code SN_1}, {@code CP_3}, {@code DRM_3}), built by {@code
 * Rule.define}, each version citing one of the {@link Sources} documents and dated by one of the
 * legal dates that {@link Sources} names.
 */
class RuleDeclarationsTest {

  /** The classes that declare the rules, one or more per area, and the DREAM rules. */
  static final List<Class<?>> DECLARING =
      List.of(
          SupportNeedRules.class,
          LetterRules.class,
          UdbMessages.class,
          EducationContactRules.class,
          SubscriptionRules.class,
          ContactPersonEndDating.class,
          PersonGroupMarkingRules.class,
          DuplicateJobTitles.class,
          AbsenceRules.class,
          MentorRules.class,
          CourseCategoryRules.class,
          CvApprovalRules.class,
          MembershipRecallRules.class,
          RetentionRules.class,
          VisitationRules.class,
          ActivationMeasures.class,
          CubeWindows.class,
          BenchmarkModel.class,
          DreamRules.class,
          YumuRules.class,
          LisRules.class,
          RefusionRules.class);

  /** The rule constants of the declaring classes, by rule, with the name of their field. */
  static Map<Rule<?>, String> constants() throws IllegalAccessException {
    Map<Rule<?>, String> out = new IdentityHashMap<>();
    for (Class<?> c : DECLARING) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Rule.class.isAssignableFrom(f.getType())) {
          assertThat(Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m))
              .as("%s.%s is a public static final constant", c.getSimpleName(), f.getName())
              .isTrue();
          out.put((Rule<?>) f.get(null), c.getSimpleName() + "." + f.getName());
        }
      }
    }
    return out;
  }

  static Stream<Rule<?>> everyRule() {
    return Stream.concat(
        RuleAreas.library().stream().flatMap(a -> a.rules().stream()),
        Stream.concat(
            Stream.concat(DreamRules.ALL.stream(), FlisRules.ALL.stream()),
            RefusionRules.ALL.stream()));
  }

  @Test
  void everyRuleIsAConstantNamedAfterItsId() throws IllegalAccessException {
    Map<Rule<?>, String> constants = constants();
    assertThat(constants).hasSizeGreaterThanOrEqualTo(68);
    constants.forEach(
        (rule, field) ->
            assertThat(field.substring(field.indexOf('.') + 1))
                .as(field)
                .isEqualTo(rule.id().value().replace('-', '_').replace('.', '_')));
    everyRule()
        .forEach(
            r ->
                assertThat(constants)
                    .as("%s, a rule of an area, is one of the declared constants", r.id())
                    .containsKey(r));
  }

  @Test
  void everyRuleIsBuiltByRuleDefine() {
    everyRule().forEach(r -> assertThat(r).as(r.id().toString()).isInstanceOf(VersionedRule.class));
  }

  @Test
  void aRuleIdIsDeclaredOnlyAsARuleOrAsAnItemOfOne() throws IllegalAccessException {
    Set<RuleId> ruleIds = everyRule().map(Rule::id).collect(Collectors.toSet());
    for (Class<?> c : DECLARING) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == RuleId.class && Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          RuleId id = (RuleId) f.get(null);
          assertThat(id.item())
              .as(
                  "%s.%s: a bare RuleId constant names only an item of a rule",
                  c.getSimpleName(), f.getName())
              .isPositive();
          assertThat(ruleIds).as("the rule of item %s", id).contains(id.withoutItem());
        }
      }
    }
  }

  @Test
  void everyVersionCitesASourceAndIsDatedByANamedLegalDate() throws IllegalAccessException {
    Set<String> documents = new java.util.HashSet<>();
    Set<LocalDate> dates = new java.util.HashSet<>();
    for (Field f : Sources.class.getFields()) {
      if (f.getType() == Sources.Source.class) {
        documents.add(((Sources.Source) f.get(null)).id());
      } else if (f.getType() == LocalDate.class) {
        dates.add((LocalDate) f.get(null));
      }
    }
    List<String> checked = new ArrayList<>();
    everyRule()
        .forEach(
            r -> {
              assertThat(r.versions()).as(r.id().toString()).isNotEmpty();
              for (RuleVersion v : r.versions()) {
                assertThat(v.citation().document()).as("the source of %s", v.key()).isIn(documents);
                v.inForceFrom().ifPresent(d -> assertThat(d).as("from of %s", v.key()).isIn(dates));
                v.inForceUntil()
                    .ifPresent(d -> assertThat(d).as("until of %s", v.key()).isIn(dates));
                checked.add(v.key());
              }
            });
    assertThat(checked).contains("SUB-5:before 2021-12-06", "SUB-6:announced", "LET-5:patched");
  }

  @Test
  void everyAreaEvaluatesOnlyItsOwnDeclaredRules() {
    for (RuleArea<?, ?> area : RuleAreas.library()) {
      assertThat(area.ruleIds()).as(area.name()).doesNotHaveDuplicates().isNotEmpty();
    }
    assertThat(RuleAreas.library().stream().flatMap(a -> a.ruleIds().stream()))
        .as("a rule belongs to one area")
        .doesNotHaveDuplicates();
  }
}
