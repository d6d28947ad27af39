/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.educationcontact;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactAssignments;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationInstitutionContacts;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.jobcentreContacts;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.testkit.generators.EducationContactGens;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The laws of the contacts for young people with an education order, EC-1 … EC-4
 * (DFDG-RN-2021-12-06 §3.3; EC-4 the library's own format checks), as generated properties against
 * {@link EducationContactRules}. Contacts come from the testkit's generators, whose {@code
 * violating(EC_n)} break one rule on purpose.
 */
class EducationContactPropertiesTest {

  /** Types 31 and 32 are in force from 6 December 2021 — the spec's date, not the rules'. */
  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  static final RuleId EC_1 = EducationContactGens.EC_1;
  static final RuleId EC_2 = EducationContactGens.EC_2;
  static final RuleId EC_3 = EducationContactGens.EC_3;
  static final RuleId EC_4 = EducationContactGens.EC_4;

  /**
   * One contact — a jobcentre contact (type 32), an institution contact (type 31) or an assignment
   * to a citizen — the rule it was generated to break (if any), and a day.
   */
  record Contact(EducationContactFacts facts, Optional<RuleId> broken, LocalDate day) {
    Answer<Verdict> validate(EvaluationContext context) {
      if (facts.jobcentreContact().isPresent()) {
        return EducationContactRules.validate(facts.jobcentreContact().get(), context);
      }
      if (facts.institutionContact().isPresent()) {
        return EducationContactRules.validate(facts.institutionContact().get(), context);
      }
      return EducationContactRules.validate(facts.assignment().orElseThrow(), context);
    }

    Answer<Verdict> validate() {
      return validate(EvaluationContext.on(day));
    }

    String kind() {
      return facts.jobcentreContact().isPresent()
          ? "jobcentre contact"
          : facts.institutionContact().isPresent() ? "institution contact" : "assignment";
    }

    @Override
    public String toString() {
      return kind()
          + " breaking "
          + broken.map(RuleId::value).orElse("nothing")
          + " on "
          + day
          + ": "
          + facts
              .jobcentreContact()
              .map(Object::toString)
              .or(() -> facts.institutionContact().map(Object::toString))
              .orElseGet(() -> facts.assignment().orElseThrow().toString());
    }
  }

  static Gen<Contact> jobcentre(
      Gen<JobcentreContact> gen, Optional<RuleId> broken, Gen<LocalDate> days) {
    return gen.zip(days, (c, d) -> new Contact(EducationContactFacts.of(c), broken, d));
  }

  static Gen<Contact> institution(
      Gen<EducationInstitutionContact> gen, Optional<RuleId> broken, Gen<LocalDate> days) {
    return gen.zip(days, (c, d) -> new Contact(EducationContactFacts.of(c), broken, d));
  }

  static Gen<Contact> assignment(
      Gen<ContactAssignment> gen, Optional<RuleId> broken, Gen<LocalDate> days) {
    return gen.zip(days, (c, d) -> new Contact(EducationContactFacts.of(c), broken, d));
  }

  static Gen<Contact> validContacts(Gen<LocalDate> days) {
    return Gens.oneOf(
        jobcentre(jobcentreContacts(), Optional.empty(), days),
        institution(educationInstitutionContacts(), Optional.empty(), days),
        assignment(contactAssignments(), Optional.empty(), days));
  }

  /**
   * Every contact the testkit can generate to break one rule: EC-1, EC-2, EC-3 and EC-4 (the
   * testkit never draws a blank value for EC-4: blank is missing, EC-1/EC-3, not malformed).
   */
  static Gen<Contact> brokenContacts(Gen<LocalDate> days) {
    return Gens.oneOf(
        jobcentre(jobcentreContacts().violating(EC_1), Optional.of(EC_1), days),
        jobcentre(jobcentreContacts().violating(EC_4), Optional.of(EC_4), days),
        institution(educationInstitutionContacts().violating(EC_3), Optional.of(EC_3), days),
        institution(educationInstitutionContacts().violating(EC_4), Optional.of(EC_4), days),
        assignment(contactAssignments().violating(EC_2), Optional.of(EC_2), days));
  }

  static Gen<Contact> anyContacts(Gen<LocalDate> days) {
    return Gens.oneOf(validContacts(days), brokenContacts(days));
  }

  /** The rules violated, EC-4.1 … EC-4.4 counted as EC-4. */
  static Set<RuleId> violated(RuleResults r) {
    return r.violations().stream().map(v -> v.ruleId().withoutItem()).collect(Collectors.toSet());
  }

  Gen<Contact> validContactsFromTheRelease() {
    return validContacts(dates(RELEASE, LAST_DAY));
  }

  @Property
  void aValidContactPassesEc1ToEc4(@ForAll("validContactsFromTheRelease") Contact c) {
    Statistics.cover(17, c.facts().jobcentreContact().isPresent(), "a jobcentre contact");
    Statistics.cover(19, c.facts().institutionContact().isPresent(), "an institution contact");
    Statistics.cover(12, c.facts().assignment().isPresent(), "an assignment");

    Answer<Verdict> r = c.validate();

    assertThat(r).isSatisfied().hasNoViolations();
  }

  Gen<Contact> brokenContactsFromTheRelease() {
    return brokenContacts(dates(RELEASE, LAST_DAY));
  }

  @Property
  void aContactFromViolatingEcNReportsExactlyEcN(
      @ForAll("brokenContactsFromTheRelease") Contact c) {
    RuleId rule = c.broken().orElseThrow();
    for (RuleId r : List.of(EC_1, EC_2, EC_3, EC_4)) {
      Statistics.cover(7, rule.equals(r), "violating(" + r + ")");
    }

    Answer<Verdict> r = c.validate();

    assertThat(violated(r)).as("the rules violated").containsExactly(rule);
    if (!rule.equals(EC_2)) {
      // a missing 'shown on Jobnet' (EC-2) is a warning; every other fault is an error
      assertThat(r).isViolated();
    }
  }

  Gen<Contact> anyContactsFromTheRelease() {
    return anyContacts(dates(RELEASE, LAST_DAY));
  }

  @Property
  void switchingEc4OffRemovesExactlyTheEc4Violations(
      @ForAll("anyContactsFromTheRelease") Contact c) {
    Statistics.cover(7, c.broken().filter(EC_4::equals).isPresent(), "violating(EC_4)");
    Statistics.cover(
        10, c.broken().filter(b -> !b.equals(EC_4)).isPresent(), "violating another rule");
    Statistics.cover(20, c.broken().isEmpty(), "valid");
    EvaluationContext on = EvaluationContext.on(c.day());

    Answer<Verdict> with = c.validate(on);
    Answer<Verdict> without = c.validate(on.switchOff(EC_4));

    List<Violation> expected = new ArrayList<>(with.violations());
    expected.removeIf(v -> v.ruleId().withoutItem().equals(EC_4));
    assertThat(without.violations()).isEqualTo(expected);
    assertThat(without.results())
        .filteredOn(x -> x.ruleId().withoutItem().equals(EC_4))
        .hasSize(c.facts().assignment().isPresent() ? 0 : 4)
        .allSatisfy(x -> assertThat(x).isNotInForce().hasExplanation("rule.switchedOff"));
  }

  @Property(tries = 30)
  void everyViolationHasDanishAndEnglishTextAndRevealsNoPersonalData(
      @ForAll("anyContactsFromTheRelease") Contact c) {
    Statistics.cover(
        5, c.facts().assignment().flatMap(ContactAssignment::getCitizen).isPresent(), "with a CPR");

    Answer<Verdict> r = c.validate();

    assertThat(r).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
    List<String> personal = new ArrayList<>();
    c.facts()
        .jobcentreContact()
        .ifPresent(
            j -> {
              j.getName().ifPresent(personal::add);
              j.getEmail().ifPresent(personal::add);
              j.getPhone().ifPresent(personal::add);
            });
    c.facts()
        .institutionContact()
        .ifPresent(
            i -> {
              i.getName().ifPresent(personal::add);
              i.getEmail().ifPresent(personal::add);
              i.getPhone().ifPresent(personal::add);
            });
    c.facts()
        .assignment()
        .flatMap(ContactAssignment::getCitizen)
        .ifPresent(cpr -> personal.add(cpr.unmaskedValue()));
    personal.removeIf(String::isBlank);
    for (Violation v : r.violations()) {
      for (String text : List.of(v.text(Messages.DANISH), v.text(Messages.ENGLISH), v.path())) {
        for (String p : personal) {
          assertThat(text).doesNotContain(p);
        }
      }
    }
  }

  Gen<Contact> anyContactsBeforeTheRelease() {
    return anyContacts(dates(FIRST_DAY, RELEASE.minusDays(1)));
  }

  @Property
  void noContactRuleIsInForceBefore6December2021(@ForAll("anyContactsBeforeTheRelease") Contact c) {
    Statistics.cover(23, c.broken().isPresent(), "a broken contact");

    assertThat(c.validate()).isNotInForce().hasNoViolations();
  }
}
