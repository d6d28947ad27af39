/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.educationcontact;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The contacts for young people with an education order, EC-1 … EC-4 (DFDG-RN-2021-12-06 §3.3): the
 * entry points "is this jobcentre contact complete and well-formed", {@link
 * #validate(JobcentreContact, LocalDate)}, and the same for an education-institution contact and a
 * contact assignment.
 *
 * <p>The contact-person types 31 'Kontaktperson på uddannelsesstedet (uddannelsespålæg)' and 32
 * 'Kontaktperson i jobcenteret (uddannelsespålæg)' are in force from {@link
 * dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06); before that day every rule answers
 * <em>not in force</em>.
 *
 * <ul>
 *   <li>{@link #EC_1} — a jobcentre contact (type 32) needs name, e-mail, phone and kind; CVR/P
 *       number and an internal key are optional;
 *   <li>{@link #EC_2} — an assignment needs citizen, role and period; a missing 'shown on Jobnet'
 *       is a warning (the note: "hvis relevant for rollen");
 *   <li>{@link #EC_3} — an education-institution contact (type 31) needs name, e-mail, phone, CVR
 *       number and P number;
 *   <li>EC-4 — <em>not in source</em>, the library's own format checks, each an item that the
 *       caller can switch off ({@code switchOff(EC-4.2)}, or all with {@code EC-4}): {@link
 *       #EC_4_1} e-mail, {@link #EC_4_2} Danish phone number, {@link #EC_4_3} CVR number with its
 *       modulus-11 check, {@link #EC_4_4} P number of ten digits. Their messages say they are not
 *       in the source.
 * </ul>
 *
 * <p>Each rule concerns one part of {@link EducationContactFacts}: EC-1 the jobcentre contact, EC-2
 * the assignment, EC-3 the institution contact, EC-4 both contacts. The area evaluates the rules
 * that concern the parts given (all of them when none is given), so validating a jobcentre contact
 * evaluates EC-1 and EC-4, an assignment EC-2 only. The answer is the {@link Verdict} of the
 * results: rejected by the first error, accepted otherwise (EC-2's warning does not reject).
 *
 * <p>A blank field counts as missing. Messages never show the offending value (names and e-mail
 * addresses are personal data).
 *
 * <p>Not a rule here: DFDG fetches institution contacts from UDB daily for citizens with a UDB
 * subscription, whether or not they are admitted or at step 4 (§3.3) — a batch behaviour, not a
 * check on data.
 */
public final class EducationContactRules {

  private static final String SECTION = "§3.3";

  /** The facts' field of the jobcentre contact, the start of its paths. */
  public static final String JOBCENTRE_CONTACT = "jobcentreContact";

  /** The facts' field of the institution contact, the start of its paths. */
  public static final String INSTITUTION_CONTACT = "institutionContact";

  /** The facts' field of the assignment, the start of its paths. */
  public static final String ASSIGNMENT = "assignment";

  /**
   * EC-1 — "Der skal registreres følgende oplysninger om ansvarlig person/team i jobcentret: Navn
   * på ansvarlig person/team; E-mail på ansvarlig person/team; Telefonnummer på ansvarlig
   * person/team; Typen af kontaktperson (en person/et team/et generisk team). Det er desuden muligt
   * at registrere: CVR-/ P-nr.; Egen intern nøgle" (§3.3). One error per missing field.
   */
  public static final Rule<EducationContactFacts> EC_1 =
      Rule.define("EC-1", EducationContactFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "Der skal registreres følgende oplysninger om ansvarlig person/team i jobcentret:"
                      + " - Navn på ansvarlig person/team - E-mail på ansvarlig person/team -"
                      + " Telefonnummer på ansvarlig person/team - Typen af kontaktperson"),
              (facts, v, ctx) -> {
                if (facts.jobcentreContact().isEmpty()) {
                  return RuleResult.builder(v).explanation(Message.of("EC-1.notGiven")).build();
                }
                JobcentreContact c = facts.jobcentreContact().get();
                Map<String, Boolean> present = new LinkedHashMap<>();
                present.put("name", isGiven(c.getName()));
                present.put("email", isGiven(c.getEmail()));
                present.put("phone", isGiven(c.getPhone()));
                present.put("kind", c.getKind().isPresent());
                return missingFields(v, JOBCENTRE_CONTACT, present, "EC-1");
              })
          .build();

  /**
   * EC-2 — "Der kan registreres følgende oplysninger på kontaktpersontilknytning til borger:
   * Borger; Rolle; Periode; Vises på Jobnet (til styring af om kontaktpersonen ønskes vist på
   * Jobnet, hvis relevant for rollen)" (§3.3). An assignment without citizen, role or period is no
   * assignment: one error per missing field. 'Vises på Jobnet' is relevant only for some roles
   * ("hvis relevant for rollen"), so a missing one is a warning, not an error (the spec says the
   * assignment "has" all four; the note's "kan" and "hvis relevant" win).
   */
  public static final Rule<EducationContactFacts> EC_2 =
      Rule.define("EC-2", EducationContactFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "Der kan registreres følgende oplysninger på kontaktpersontilknytning til borger:"
                      + " Borger, Rolle, Periode, Vises på Jobnet"),
              (facts, v, ctx) -> {
                if (facts.assignment().isEmpty()) {
                  return RuleResult.builder(v).explanation(Message.of("EC-2.notGiven")).build();
                }
                ContactAssignment a = facts.assignment().get();
                Map<String, Boolean> present = new LinkedHashMap<>();
                present.put("citizen", a.getCitizen().isPresent());
                present.put("role", a.getRole().isPresent());
                present.put("period", a.getPeriod().isPresent());
                RuleResult required = missingFields(v, ASSIGNMENT, present, "EC-2");
                if (a.getShownOnJobnet().isPresent()) {
                  return required;
                }
                return RuleResult.builder(v)
                    .violations(required.violations())
                    .warning(
                        ASSIGNMENT + ".shownOnJobnet", Message.of("EC-2.missing.shownOnJobnet"))
                    .build();
              })
          .build();

  /**
   * EC-3 — "Uddannelsesinstitutionen skal registrere følgende oplysninger om ansvarlig person/team
   * i uddannelsesinstitutionen: Navn; E-mail; Telefonnummer; CVR- og P-nummer" (§3.3). One error
   * per missing field.
   */
  public static final Rule<EducationContactFacts> EC_3 =
      Rule.define("EC-3", EducationContactFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "Uddannelsesinstitutionen skal registrere følgende oplysninger om ansvarlig"
                      + " person/team i uddannelsesinstitutionen: - Navn på ansvarlig person/team"
                      + " … - CVR- og P-nummer"),
              (facts, v, ctx) -> {
                if (facts.institutionContact().isEmpty()) {
                  return RuleResult.builder(v).explanation(Message.of("EC-3.notGiven")).build();
                }
                EducationInstitutionContact c = facts.institutionContact().get();
                Map<String, Boolean> present = new LinkedHashMap<>();
                present.put("name", isGiven(c.getName()));
                present.put("email", isGiven(c.getEmail()));
                present.put("phone", isGiven(c.getPhone()));
                present.put("cvr", isGiven(c.getCvr()));
                present.put("pNumber", isGiven(c.getPNumber()));
                return missingFields(v, INSTITUTION_CONTACT, present, "EC-3");
              })
          .build();

  /** The citation of the library's own checks (EC-4): not in the source. */
  static final SourceCitation NOT_IN_SOURCE =
      SourceCitation.of(
          Sources.LIBRARY,
          "EC-4",
          "Ikke i kilden: bibliotekets eget formattjek (DFDG-RN-2021-12-06 §3.3 nævner felterne,"
              + " ikke deres format)");

  /**
   * EC-4.1 — <em>not in source</em>: an e-mail address given is syntactically valid ({@link
   * EmailAddress#isValid(CharSequence)}). Switch off with {@code EC-4.1} (or {@code EC-4}).
   */
  public static final Rule<EducationContactFacts> EC_4_1 =
      Rule.define("EC-4.1", EducationContactFacts.class)
          .since(
              DFDG_RELEASE,
              NOT_IN_SOURCE,
              (facts, v, ctx) ->
                  format(
                      facts,
                      v,
                      "email",
                      JobcentreContact::getEmail,
                      EducationInstitutionContact::getEmail,
                      EmailAddress::isValid))
          .build();

  /**
   * EC-4.2 — <em>not in source</em>: a phone number given is Danish: 8 digits, optionally after +45
   * or 0045, spaces allowed ({@link PhoneNumber#isValid(CharSequence)}).
   */
  public static final Rule<EducationContactFacts> EC_4_2 =
      Rule.define("EC-4.2", EducationContactFacts.class)
          .since(
              DFDG_RELEASE,
              NOT_IN_SOURCE,
              (facts, v, ctx) ->
                  format(
                      facts,
                      v,
                      "phone",
                      JobcentreContact::getPhone,
                      EducationInstitutionContact::getPhone,
                      PhoneNumber::isValid))
          .build();

  /**
   * EC-4.3 — <em>not in source</em>: a CVR number given has 8 digits and passes the modulus-11
   * check (weights 2,7,6,5,4,3,2,1) ({@link CvrNumber#isValid(CharSequence)}).
   */
  public static final Rule<EducationContactFacts> EC_4_3 =
      Rule.define("EC-4.3", EducationContactFacts.class)
          .since(
              DFDG_RELEASE,
              NOT_IN_SOURCE,
              (facts, v, ctx) ->
                  format(
                      facts,
                      v,
                      "cvr",
                      JobcentreContact::getCvr,
                      EducationInstitutionContact::getCvr,
                      CvrNumber::isValid))
          .build();

  /**
   * EC-4.4 — <em>not in source</em>: a P number given has 10 digits ({@link
   * PNumber#isValid(CharSequence)}).
   */
  public static final Rule<EducationContactFacts> EC_4_4 =
      Rule.define("EC-4.4", EducationContactFacts.class)
          .since(
              DFDG_RELEASE,
              NOT_IN_SOURCE,
              (facts, v, ctx) ->
                  format(
                      facts,
                      v,
                      "pNumber",
                      JobcentreContact::getPNumber,
                      EducationInstitutionContact::getPNumber,
                      PNumber::isValid))
          .build();

  /**
   * The area {@code education-contacts}: EC-1, EC-2, EC-3 and EC-4.1 … EC-4.4 on {@link
   * EducationContactFacts}, validating; only the rules that concern the parts given are evaluated.
   */
  public static final RuleArea<EducationContactFacts, Verdict> AREA =
      RuleArea.builder("education-contacts", EducationContactFacts.class)
          .description(
              "Contacts for young people with an education order, types 31 and 32 (EC-1 … EC-4)")
          .rules(EC_1, EC_2, EC_3, EC_4_1, EC_4_2, EC_4_3, EC_4_4)
          .concerned(EducationContactRules::concerned)
          .example("dk/dfdgrules/rules/educationcontact/education-contacts-example.json")
          .validates();

  private EducationContactRules() {}

  /**
   * Validates a jobcentre contact (type 32): EC-1 and the format checks EC-4.
   *
   * @param contact the contact
   * @param date the evaluation date
   * @return the verdict and the results of EC-1 and EC-4.1 … EC-4.4; every violation at once
   */
  public static Answer<Verdict> validate(JobcentreContact contact, LocalDate date) {
    return validate(contact, EvaluationContext.on(date));
  }

  /**
   * Validates a jobcentre contact (type 32) in a context (e.g. with {@code EC-4} switched off).
   *
   * @param contact the contact
   * @param context the evaluation date and the caller's settings
   * @return the verdict and the results of EC-1 and EC-4.1 … EC-4.4
   */
  public static Answer<Verdict> validate(JobcentreContact contact, EvaluationContext context) {
    return AREA.evaluate(EducationContactFacts.of(contact), context);
  }

  /**
   * Validates an education-institution contact (type 31): EC-3 and the format checks EC-4.
   *
   * @param contact the contact
   * @param date the evaluation date
   * @return the verdict and the results of EC-3 and EC-4.1 … EC-4.4
   */
  public static Answer<Verdict> validate(EducationInstitutionContact contact, LocalDate date) {
    return validate(contact, EvaluationContext.on(date));
  }

  /**
   * Validates an education-institution contact (type 31) in a context.
   *
   * @param contact the contact
   * @param context the evaluation date and the caller's settings
   * @return the verdict and the results of EC-3 and EC-4.1 … EC-4.4
   */
  public static Answer<Verdict> validate(
      EducationInstitutionContact contact, EvaluationContext context) {
    return AREA.evaluate(EducationContactFacts.of(contact), context);
  }

  /**
   * Validates a contact assignment: EC-2.
   *
   * @param assignment the assignment
   * @param date the evaluation date
   * @return the verdict and the result of EC-2
   */
  public static Answer<Verdict> validate(ContactAssignment assignment, LocalDate date) {
    return validate(assignment, EvaluationContext.on(date));
  }

  /**
   * Validates a contact assignment in a context.
   *
   * @param assignment the assignment
   * @param context the evaluation date and the caller's settings
   * @return the verdict and the result of EC-2
   */
  public static Answer<Verdict> validate(ContactAssignment assignment, EvaluationContext context) {
    return AREA.evaluate(EducationContactFacts.of(assignment), context);
  }

  /**
   * Validates every contact given, with the rules that concern it.
   *
   * @param facts the contacts
   * @param context the evaluation date and the caller's settings
   * @return the verdict and the results of the rules that concern the contacts given (all of EC-1,
   *     EC-2, EC-3, EC-4.1 … EC-4.4 when none is given)
   */
  public static Answer<Verdict> validate(EducationContactFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  /**
   * The rules that concern the parts given, in the area's order: EC-1 for a jobcentre contact, EC-2
   * for an assignment, EC-3 for an institution contact, EC-4.1 … EC-4.4 for either contact; every
   * rule when no part is given (each then says so).
   */
  private static List<? extends Rule<? super EducationContactFacts>> concerned(
      EducationContactFacts facts) {
    boolean jobcentre = facts.jobcentreContact().isPresent();
    boolean institution = facts.institutionContact().isPresent();
    boolean assignment = facts.assignment().isPresent();
    if (!jobcentre && !institution && !assignment) {
      return AREA.rules();
    }
    ImmutableList.Builder<Rule<EducationContactFacts>> b = ImmutableList.builder();
    if (jobcentre) {
      b.add(EC_1);
    }
    if (assignment) {
      b.add(EC_2);
    }
    if (institution) {
      b.add(EC_3);
    }
    if (jobcentre || institution) {
      b.addAll(List.of(EC_4_1, EC_4_2, EC_4_3, EC_4_4));
    }
    return b.build();
  }

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, SECTION, quote);
  }

  private static boolean isGiven(Optional<String> text) {
    return text.map(t -> !t.isBlank()).orElse(false);
  }

  private static RuleResult missingFields(
      RuleVersion v, String prefix, Map<String, Boolean> present, String id) {
    RuleResult.Builder b = RuleResult.builder(v);
    present.forEach(
        (field, given) -> {
          if (!given) {
            b.error(prefix + "." + field, Message.of(id + ".missing." + field));
          }
        });
    if (!present.containsValue(false)) {
      b.explanation(Message.of(id + ".complete"));
    }
    return b.build();
  }

  /** The evaluation of a format check EC-4.n: the field of each contact given, if not blank. */
  private static RuleResult format(
      EducationContactFacts facts,
      RuleVersion v,
      String field,
      Function<JobcentreContact, Optional<String>> ofJobcentre,
      Function<EducationInstitutionContact, Optional<String>> ofInstitution,
      Predicate<String> isValid) {
    String id = v.ruleId().value();
    RuleResult.Builder b = RuleResult.builder(v);
    int checked = 0;
    int invalid = 0;
    Optional<String> j = facts.jobcentreContact().flatMap(ofJobcentre).filter(t -> !t.isBlank());
    if (j.isPresent()) {
      checked++;
      if (!isValid.test(j.get())) {
        invalid++;
        b.error(JOBCENTRE_CONTACT + "." + field, Message.of(id + ".invalid", "rule", id));
      }
    }
    Optional<String> i =
        facts.institutionContact().flatMap(ofInstitution).filter(t -> !t.isBlank());
    if (i.isPresent()) {
      checked++;
      if (!isValid.test(i.get())) {
        invalid++;
        b.error(INSTITUTION_CONTACT + "." + field, Message.of(id + ".invalid", "rule", id));
      }
    }
    if (checked == 0) {
      b.explanation(Message.of("EC-4.nothingToCheck", "rule", id));
    } else if (invalid == 0) {
      b.explanation(Message.of(id + ".checked", "rule", id, "count", checked));
    }
    return b.build();
  }
}
