/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.educationcontact;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EducationContactRulesTest {

  static final LocalDate DAY = LocalDate.of(2022, 1, 10);

  static JobcentreContact.Builder jobcentre() {
    JobcentreContact.Builder b = JobcentreContact.builder();
    b.name("Ungeteamet")
        .email("ungeteam@jobcenter.dk")
        .phone("+45 70 12 34 56")
        .kind(ContactKind.TEAM);
    return b;
  }

  static EducationInstitutionContact.Builder institution() {
    EducationInstitutionContact.Builder b = EducationInstitutionContact.builder();
    b.name("Studievejledningen")
        .email("vejledning@skole.dk")
        .phone("33123456")
        .cvr("29403473")
        .pNumber("1003456789");
    return b;
  }

  @Test
  void EC1_aCompleteJobcentreContactIsValid() {
    Answer<Verdict> r = EducationContactRules.validate(jobcentre().build(), DAY);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.violations()).isEmpty();
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(r.results())
        .extracting(x -> x.ruleId().value())
        .containsExactly("EC-1", "EC-4.1", "EC-4.2", "EC-4.3", "EC-4.4");
  }

  @Test
  void EC1_everyMissingFieldIsReportedAtOnceWithItsPath() {
    Answer<Verdict> r = EducationContactRules.validate(JobcentreContact.builder().build(), DAY);
    assertThat(r.errors())
        .extracting(Violation::path)
        .containsExactly(
            "jobcentreContact.name",
            "jobcentreContact.email",
            "jobcentreContact.phone",
            "jobcentreContact.kind");
    assertThat(r.errors()).extracting(Violation::ruleId).containsOnly(RuleId.of("EC-1"));
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(r.decision().decidedBy()).contains(RuleId.of("EC-1"));
  }

  @Test
  void EC1_aBlankNameIsMissing() {
    Answer<Verdict> r = EducationContactRules.validate(jobcentre().name(" ").build(), DAY);
    assertThat(r.errors()).extracting(Violation::path).containsExactly("jobcentreContact.name");
  }

  @Test
  void EC2_anAssignmentNeedsCitizenRolePeriodAndShownOnJobnet() {
    ContactAssignment complete =
        ContactAssignment.builder()
            .citizen(CprNumber.parse("0101901234"))
            .role(32)
            .period(DatePeriod.from(DAY))
            .shownOnJobnet(true)
            .build();
    assertThat(EducationContactRules.validate(complete, DAY).violations()).isEmpty();
    Answer<Verdict> r =
        EducationContactRules.validate(ContactAssignment.builder().role(31).build(), DAY);
    assertThat(r.errors())
        .extracting(Violation::path)
        .containsExactly("assignment.citizen", "assignment.period");
    // the note: 'Vises på Jobnet' "hvis relevant for rollen" — a warning, not an error
    assertThat(r.warnings())
        .extracting(Violation::path)
        .containsExactly("assignment.shownOnJobnet");
  }

  @Test
  void EC3_anInstitutionContactNeedsCvrAndPNumber() {
    Answer<Verdict> r =
        EducationContactRules.validate(
            EducationInstitutionContact.builder()
                .name("Skolen")
                .email("a@skole.dk")
                .phone("33123456")
                .build(),
            DAY);
    assertThat(r.errors())
        .extracting(Violation::path)
        .containsExactly("institutionContact.cvr", "institutionContact.pNumber");
    assertThat(r.errors()).extracting(Violation::ruleId).containsOnly(RuleId.of("EC-3"));
  }

  @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
  @CsvSource({
    "email, ungeteam.jobcenter.dk, EC-4.1",
    "email, ungeteam@, EC-4.1",
    "phone, 1234, EC-4.2",
    "phone, +46 12345678, EC-4.2",
    "phone, 123456789, EC-4.2",
    "cvr, 12345678, EC-4.3",
    "cvr, 2940347, EC-4.3",
    "cvr, 2940347A, EC-4.3",
    "pNumber, 100345678, EC-4.4",
    "pNumber, 10034567890, EC-4.4",
  })
  void EC4_malformedFieldsBreakTheirFormatCheck(String field, String value, String rule) {
    EducationInstitutionContact.Builder b = institution();
    switch (field) {
      case "email" -> b.email(value);
      case "phone" -> b.phone(value);
      case "cvr" -> b.cvr(value);
      default -> b.pNumber(value);
    }
    Answer<Verdict> r = EducationContactRules.validate(b.build(), DAY);
    assertThat(r.violatedRuleIds()).containsExactly(RuleId.of(rule));
    Violation v = r.errors().get(0);
    assertThat(v.path()).isEqualTo("institutionContact." + field);
    assertThat(v.text(Messages.DANISH)).contains("Ikke i kilden");
    assertThat(v.text(Messages.ENGLISH)).contains("Not in source");
    assertThat(v.text(Messages.DANISH)).doesNotContain(value);
  }

  @ParameterizedTest
  @CsvSource({"12345678", "+4512345678", "0045 1234 5678", "+45 12 34 56 78"})
  void EC4_danishPhoneNumbersAreAccepted(String phone) {
    assertThat(EducationContactRules.validate(jobcentre().phone(phone).build(), DAY).violations())
        .isEmpty();
  }

  @Test
  void EC4_eachCheckCanBeSwitchedOff() {
    JobcentreContact bad = jobcentre().email("x@").phone("1").cvr("1").pNumber("1").build();
    EvaluationContext ctx = EvaluationContext.on(DAY);
    assertThat(EducationContactRules.validate(bad, ctx).violatedRuleIds())
        .containsExactly(
            RuleId.of("EC-4.1"), RuleId.of("EC-4.2"), RuleId.of("EC-4.3"), RuleId.of("EC-4.4"));
    assertThat(
            EducationContactRules.validate(bad, ctx.switchOff(RuleId.of("EC-4.2")))
                .violatedRuleIds())
        .containsExactly(RuleId.of("EC-4.1"), RuleId.of("EC-4.3"), RuleId.of("EC-4.4"));
    assertThat(EducationContactRules.validate(bad, ctx.switchOff(RuleId.of("EC-4"))).violations())
        .isEmpty();
  }

  @Test
  void theRulesApplyFromTheSixthOfDecember2021() {
    JobcentreContact empty = JobcentreContact.builder().build();
    assertThat(EducationContactRules.validate(empty, Sources.DFDG_RELEASE.minusDays(1)).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(EducationContactRules.validate(empty, Sources.DFDG_RELEASE).outcome())
        .isEqualTo(Outcome.VIOLATED);
  }

  @Test
  void anAssignmentIsCheckedByEc2AloneAndAnInstitutionContactByEc3AndEc4() {
    ContactAssignment a = ContactAssignment.builder().role(31).build();
    assertThat(EducationContactRules.validate(a, DAY).results())
        .extracting(x -> x.ruleId().value())
        .containsExactly("EC-2");
    assertThat(EducationContactRules.validate(institution().build(), DAY).results())
        .extracting(x -> x.ruleId().value())
        .containsExactly("EC-3", "EC-4.1", "EC-4.2", "EC-4.3", "EC-4.4");
    EducationContactFacts none =
        new EducationContactFacts(Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(EducationContactRules.validate(none, EvaluationContext.on(DAY)).results())
        .extracting(x -> x.ruleId().value())
        .containsExactlyElementsOf(
            EducationContactRules.AREA.ruleIds().stream().map(RuleId::value).toList());
  }

  @Test
  void switchingOffEachRuleThatRejectsAcceptsTheContact() {
    EvaluationContext on = EvaluationContext.on(DAY);
    JobcentreContact.Builder withoutKind = JobcentreContact.builder();
    withoutKind.name("Ungeteamet").email("ungeteam@jobcenter.dk").phone("70123456");
    JobcentreContact noKind = withoutKind.build();
    assertRejectedUnlessSwitchedOff(
        EducationContactRules.validate(noKind, on),
        EducationContactRules.validate(noKind, on.switchOff(RuleId.of("EC-1"))),
        "EC-1");
    ContactAssignment noPeriod =
        ContactAssignment.builder()
            .citizen(CprNumber.parse("0101901234"))
            .role(32)
            .shownOnJobnet(true)
            .build();
    assertRejectedUnlessSwitchedOff(
        EducationContactRules.validate(noPeriod, on),
        EducationContactRules.validate(noPeriod, on.switchOff(RuleId.of("EC-2"))),
        "EC-2");
    EducationInstitutionContact.Builder withoutCvr = EducationInstitutionContact.builder();
    withoutCvr.name("Skolen").email("a@skole.dk").phone("33123456").pNumber("1003456789");
    EducationInstitutionContact noCvr = withoutCvr.build();
    assertRejectedUnlessSwitchedOff(
        EducationContactRules.validate(noCvr, on),
        EducationContactRules.validate(noCvr, on.switchOff(RuleId.of("EC-3"))),
        "EC-3");
    for (String item : new String[] {"EC-4.1", "EC-4.2", "EC-4.3", "EC-4.4"}) {
      EducationInstitutionContact.Builder b = institution();
      switch (item) {
        case "EC-4.1" -> b.email("x@");
        case "EC-4.2" -> b.phone("1");
        case "EC-4.3" -> b.cvr("12345678");
        default -> b.pNumber("1");
      }
      EducationInstitutionContact bad = b.build();
      assertRejectedUnlessSwitchedOff(
          EducationContactRules.validate(bad, on),
          EducationContactRules.validate(bad, on.switchOff(RuleId.of(item))),
          item);
    }
  }

  static void assertRejectedUnlessSwitchedOff(
      Answer<Verdict> on, Answer<Verdict> off, String rule) {
    assertThat(on.decision().kind()).as(rule).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(on.decision().decidedBy()).as(rule).contains(RuleId.of(rule));
    assertThat(off.decision().kind()).as(rule + " switched off").isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(off.decision().decidedBy()).as(rule + " switched off").isEmpty();
  }

  @Test
  void noPersonalValueReachesAViolationOrAToString() {
    JobcentreContact c =
        jobcentre().name("Karl Kontaktsen").email("karl.kontaktsen@@gentofte").build();
    Answer<Verdict> r = EducationContactRules.validate(c, DAY);
    assertThat(r.violatedRuleIds()).containsExactly(RuleId.of("EC-4.1"));
    String everything =
        r.toString()
            + r.violations().stream()
                .map(v -> v.text(Messages.DANISH) + v.text(Messages.ENGLISH))
                .toList();
    assertThat(everything).doesNotContain("Karl").doesNotContain("kontaktsen");
    EducationContactFacts facts =
        new EducationContactFacts(
            Optional.of(c),
            Optional.empty(),
            Optional.of(
                ContactAssignment.builder().citizen(CprNumber.parse("0101901234")).build()));
    assertThat(facts.toString())
        .doesNotContain("Karl")
        .doesNotContain("kontaktsen")
        .doesNotContain("1234");
  }
}
