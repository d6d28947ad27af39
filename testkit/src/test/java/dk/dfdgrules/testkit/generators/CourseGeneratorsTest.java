/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.Statistics;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Subscriptions, visitation, activities, mentors, CV, absence, a-kasse, person groups. */
class CourseGeneratorsTest {

  @Test
  @DisplayName("UDB subscriptions close on or after creation, with a reason only when closed")
  void subscriptions() {
    PropertyCheck.forAll(DfdgGenerators.udbSubscriptions())
        .verify(
            s -> {
              Statistics.cover(10, s.getClosedOn().isPresent(), "closed");
              Statistics.cover(10, s.getCloseReason().isPresent(), "with reason");
              assertThat(s.getClosedOn().map(c -> !c.isBefore(s.getCreatedOn())).orElse(true))
                  .isTrue();
              assertThat(s.getCloseReason().isEmpty() || s.getClosedOn().isPresent()).isTrue();
            });
  }

  @Test
  @DisplayName("visitation courses end on or after their start; registrations mask the CPR")
  void visitation() {
    PropertyCheck.forAll(DfdgGenerators.visitationCourses())
        .cover(10, c -> c.getEnd().isEmpty(), "active")
        .check(c -> c.getEnd().map(e -> !e.isBefore(c.getStart())).orElse(true));
    PropertyCheck.forAll(DfdgGenerators.visitationRegistrations())
        .check(r -> !r.toString().contains(r.getCitizen().unmaskedValue()));
  }

  @Test
  @DisplayName(
      "activities: names from their code lists, 0-168 hours, non-negative cost, valid course category")
  void activities() {
    PropertyCheck.forAll(DfdgGenerators.activities())
        .verify(
            a -> {
              a.getType()
                  .ifPresent(
                      t ->
                          assertThat(CodeLists.get(CodeLists.ACTIVITY_TYPES).byName(t))
                              .isPresent());
              a.getCause()
                  .ifPresent(
                      t ->
                          assertThat(CodeLists.get(CodeLists.ACTIVITY_CAUSES).byName(t))
                              .isPresent());
              a.getPool()
                  .ifPresent(
                      t ->
                          assertThat(CodeLists.get(CodeLists.ACTIVATION_POOLS).byName(t))
                              .isPresent());
              a.getHoursPerWeek()
                  .ifPresent(
                      h -> assertThat(h).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(168)));
              a.getCost().ifPresent(c -> assertThat(c.isNegative()).isFalse());
              a.getCourseCategory()
                  .ifPresent(
                      c ->
                          assertThat(
                                  CodeLists.get(CodeLists.COURSE_CATEGORIES)
                                      .byId(String.valueOf(c))
                                      .orElseThrow()
                                      .isValidOn(a.getPeriod().start()))
                              .isTrue());
            });
  }

  @Test
  @DisplayName("mentor type 6 only from 2021-12-06; every type reached")
  void mentors() {
    PropertyCheck.forAll(DfdgGenerators.mentorInterventions())
        .tries(400)
        .verify(
            m -> {
              MentorType t = MentorType.find(m.getMentorType()).orElseThrow();
              Statistics.cover(3, t == MentorType.PERSONAL_JOB_BROKER, "type 6");
              t.validFrom().ifPresent(f -> assertThat(m.getPeriod().start()).isAfterOrEqualTo(f));
            });
  }

  @Test
  @DisplayName(
      "absence types, CV states, a-kasse memberships, person-group markings, memberships are valid")
  void others() {
    PropertyCheck.forAll(DfdgGenerators.absenceRegistrations())
        .check(
            a ->
                CodeLists.get(CodeLists.ABSENCE_TYPES)
                    .contains(String.valueOf(a.getAbsenceType())));
    PropertyCheck.forAll(DfdgGenerators.cvStates())
        .cover(30, c -> c.isSearchable(), "searchable")
        .check(c -> c.getStatus() != null);
    PropertyCheck.forAll(DfdgGenerators.unemploymentFundMemberships())
        .check(m -> !m.getFund().isBlank());
    PropertyCheck.forAll(DfdgGenerators.personGroupMarkings())
        .cover(50, p -> p.getType() == 5, "type 5")
        .check(
            p ->
                p.getCoveredMunicipalities().stream()
                    .allMatch(CodeLists.get(CodeLists.MUNICIPALITIES)::contains));
    PropertyCheck.forAll(DfdgGenerators.contactGroupMemberships())
        .check(
            m ->
                CodeLists.get(CodeLists.CONTACT_GROUPS)
                    .contains(String.valueOf(m.getContactGroup())));
    PropertyCheck.forAll(DfdgGenerators.personKeys())
        .check(k -> !k.isCpr() || !k.toString().contains(k.unmaskedValue()));
  }
}
