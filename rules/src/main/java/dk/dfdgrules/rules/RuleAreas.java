/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.rules.absence.AbsenceRules;
import dk.dfdgrules.rules.contactperson.ContactPersonEndDating;
import dk.dfdgrules.rules.cv.CvApprovalRules;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import dk.dfdgrules.rules.flis.ActivationMeasures;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every {@link RuleArea} by name: the library's own, one registration line each, and those of
 * {@link RuleAreaProvider}s on the class path.
 */
public final class RuleAreas {

  /** The library's areas: one line per area. */
  private static final ImmutableList<RuleArea<?, ?>> LIBRARY =
      ImmutableList.of(
          SupportNeedRules.AREA,
          LetterRules.AREA,
          UdbMessages.AREA,
          EducationContactRules.AREA,
          SubscriptionRules.AREA,
          ContactPersonEndDating.AREA,
          PersonGroupMarkingRules.AREA,
          DuplicateJobTitles.AREA,
          AbsenceRules.AREA,
          MentorRules.AREA,
          CourseCategoryRules.AREA,
          CvApprovalRules.AREA,
          MembershipRecallRules.AREA,
          RetentionRules.AREA,
          VisitationRules.AREA,
          ActivationMeasures.AREA,
          YumuRules.AREA,
          LisRules.AREA,
          RefusionRules.AREA);

  private static final Supplier<ImmutableMap<String, RuleArea<?, ?>>> AREAS =
      Suppliers.memoize(RuleAreas::load);

  private RuleAreas() {}

  private static ImmutableMap<String, RuleArea<?, ?>> load() {
    ImmutableList.Builder<RuleArea<?, ?>> all =
        ImmutableList.<RuleArea<?, ?>>builder().addAll(LIBRARY);
    ServiceLoader.load(RuleAreaProvider.class, RuleAreas.class.getClassLoader())
        .forEach(p -> all.addAll(p.areas()));
    ImmutableMap.Builder<String, RuleArea<?, ?>> b = ImmutableMap.builder();
    all.build().stream()
        .sorted(Comparator.comparing(RuleArea::name))
        .forEach(a -> b.put(a.name(), a));
    return b.buildOrThrow();
  }

  /**
   * The library's own areas, in the order of the release note.
   *
   * @return the areas
   */
  public static List<RuleArea<?, ?>> library() {
    return LIBRARY;
  }

  /**
   * Every area, by name.
   *
   * @return the areas, sorted by name
   */
  public static List<RuleArea<?, ?>> all() {
    return AREAS.get().values().asList();
  }

  /**
   * The area with a name.
   *
   * @param name e.g. {@code support-needs}
   * @return the area, or empty
   */
  public static Optional<RuleArea<?, ?>> find(String name) {
    return Optional.ofNullable(AREAS.get().get(name));
  }

  /**
   * The area with a name.
   *
   * @param name e.g. {@code support-needs}
   * @return the area
   * @throws IllegalArgumentException naming the known areas, if there is none of that name
   */
  public static RuleArea<?, ?> get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no rule area '" + name + "'; known areas: " + AREAS.get().keySet()));
  }
}
