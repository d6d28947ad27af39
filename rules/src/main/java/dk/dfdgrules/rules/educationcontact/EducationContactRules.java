package dk.dfdgrules.rules.educationcontact;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The contacts for young people with an education order, EC-1 … EC-4 (DFDG-RN-2021-12-06 §3.3):
 * the entry points "is this jobcentre contact complete and well-formed", {@link
 * #validate(JobcentreContact, LocalDate)}, and the same for an education-institution contact and
 * a contact assignment.
 *
 * <p>The contact-person types 31 'Kontaktperson på uddannelsesstedet (uddannelsespålæg)' and 32
 * 'Kontaktperson i jobcenteret (uddannelsespålæg)' are in force from {@link #IN_FORCE}
 * (2021-12-06); before that day every rule answers <em>not in force</em>.
 *
 * <ul>
 *   <li>{@link #EC_1} — a jobcentre contact (type 32) needs name, e-mail, phone and kind; CVR/P
 *       number and an internal key are optional;
 *   <li>{@link #EC_2} — an assignment needs citizen, role and period; a missing 'shown on Jobnet'
 *       is a warning (the note: "hvis relevant for rollen");
 *   <li>{@link #EC_3} — an education-institution contact (type 31) needs name, e-mail, phone,
 *       CVR number and P number;
 *   <li>EC-4 — <em>not in source</em>, the library's own format checks, each an item that the
 *       caller can switch off ({@code switchOff(EC-4.2)}, or all with {@code EC-4}): {@link
 *       #EC_4_1} e-mail, {@link #EC_4_2} Danish phone number, {@link #EC_4_3} CVR number with its
 *       modulus-11 check, {@link #EC_4_4} P number of ten digits. Their messages say they are not
 *       in the source.
 * </ul>
 *
 * <p>A blank field counts as missing. Messages never show the offending value (names and e-mail
 * addresses are personal data).
 *
 * <p>Not a rule here: DFDG fetches institution contacts from UDB daily for citizens with a UDB
 * subscription, whether or not they are admitted or at step 4 (§3.3) — a batch behaviour, not a
 * check on data.
 */
public final class EducationContactRules {

  /** The day contact-person types 31 and 32 came into force: 2021-12-06. */
  public static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);

  private static final String RELEASE_NOTE = "DFDG-RN-2021-12-06";
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
  public static final VersionedRule<EducationContactFacts> EC_1 =
      rule(
          "EC-1",
          citation(
              "Der skal registreres følgende oplysninger om ansvarlig person/team i jobcentret: -"
                  + " Navn på ansvarlig person/team - E-mail på ansvarlig person/team -"
                  + " Telefonnummer på ansvarlig person/team - Typen af kontaktperson"),
          (facts, v) -> {
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
          });

  /**
   * EC-2 — "Der kan registreres følgende oplysninger på kontaktpersontilknytning til borger:
   * Borger; Rolle; Periode; Vises på Jobnet (til styring af om kontaktpersonen ønskes vist på
   * Jobnet, hvis relevant for rollen)" (§3.3). An assignment without citizen, role or period is no
   * assignment: one error per missing field. 'Vises på Jobnet' is relevant only for some roles
   * ("hvis relevant for rollen"), so a missing one is a warning, not an error (the spec says the
   * assignment "has" all four; the note's "kan" and "hvis relevant" win).
   */
  public static final VersionedRule<EducationContactFacts> EC_2 =
      rule(
          "EC-2",
          citation(
              "Der kan registreres følgende oplysninger på kontaktpersontilknytning til borger:"
                  + " Borger, Rolle, Periode, Vises på Jobnet"),
          (facts, v) -> {
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
                .warning(ASSIGNMENT + ".shownOnJobnet", Message.of("EC-2.missing.shownOnJobnet"))
                .build();
          });

  /**
   * EC-3 — "Uddannelsesinstitutionen skal registrere følgende oplysninger om ansvarlig person/team
   * i uddannelsesinstitutionen: Navn; E-mail; Telefonnummer; CVR- og P-nummer" (§3.3). One error
   * per missing field.
   */
  public static final VersionedRule<EducationContactFacts> EC_3 =
      rule(
          "EC-3",
          citation(
              "Uddannelsesinstitutionen skal registrere følgende oplysninger om ansvarlig"
                  + " person/team i uddannelsesinstitutionen: - Navn på ansvarlig person/team …"
                  + " - CVR- og P-nummer"),
          (facts, v) -> {
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
          });

  /** The citation of the library's own checks (EC-4): not in the source. */
  static final SourceCitation NOT_IN_SOURCE =
      SourceCitation.of(
          "dfdg-rules",
          "EC-4",
          "Ikke i kilden: bibliotekets eget formattjek (DFDG-RN-2021-12-06 §3.3 nævner felterne,"
              + " ikke deres format)");

  /**
   * EC-4.1 — <em>not in source</em>: an e-mail address given is syntactically valid ({@link
   * EmailAddress#isValid(CharSequence)}). Switch off with {@code EC-4.1} (or {@code EC-4}).
   */
  public static final VersionedRule<EducationContactFacts> EC_4_1 =
      format("EC-4.1", "email", JobcentreContact::getEmail, EducationInstitutionContact::getEmail, EmailAddress::isValid);

  /**
   * EC-4.2 — <em>not in source</em>: a phone number given is Danish: 8 digits, optionally after
   * +45 or 0045, spaces allowed ({@link PhoneNumber#isValid(CharSequence)}).
   */
  public static final VersionedRule<EducationContactFacts> EC_4_2 =
      format("EC-4.2", "phone", JobcentreContact::getPhone, EducationInstitutionContact::getPhone, PhoneNumber::isValid);

  /**
   * EC-4.3 — <em>not in source</em>: a CVR number given has 8 digits and passes the modulus-11
   * check (weights 2,7,6,5,4,3,2,1) ({@link CvrNumber#isValid(CharSequence)}).
   */
  public static final VersionedRule<EducationContactFacts> EC_4_3 =
      format("EC-4.3", "cvr", JobcentreContact::getCvr, EducationInstitutionContact::getCvr, CvrNumber::isValid);

  /**
   * EC-4.4 — <em>not in source</em>: a P number given has 10 digits ({@link
   * PNumber#isValid(CharSequence)}).
   */
  public static final VersionedRule<EducationContactFacts> EC_4_4 =
      format("EC-4.4", "pNumber", JobcentreContact::getPNumber, EducationInstitutionContact::getPNumber, PNumber::isValid);

  private static final List<Rule<EducationContactFacts>> RULES =
      ImmutableList.of(EC_1, EC_2, EC_3, EC_4_1, EC_4_2, EC_4_3, EC_4_4);

  private static final List<Rule<EducationContactFacts>> FORMATS =
      ImmutableList.of(EC_4_1, EC_4_2, EC_4_3, EC_4_4);

  private EducationContactRules() {}

  /**
   * Validates a jobcentre contact (type 32): EC-1 and the format checks EC-4.
   *
   * @param contact the contact
   * @param date the evaluation date
   * @return every rule's result; every violation at once
   */
  public static CombinedResult validate(JobcentreContact contact, LocalDate date) {
    return validate(contact, EvaluationContext.on(date));
  }

  /**
   * Validates a jobcentre contact (type 32) in a context (e.g. with {@code EC-4} switched off).
   *
   * @param contact the contact
   * @param context the evaluation date and the caller's settings
   * @return the results of EC-1 and EC-4.1 … EC-4.4
   */
  public static CombinedResult validate(JobcentreContact contact, EvaluationContext context) {
    return evaluate(EducationContactFacts.of(contact), context, EC_1);
  }

  /**
   * Validates an education-institution contact (type 31): EC-3 and the format checks EC-4.
   *
   * @param contact the contact
   * @param date the evaluation date
   * @return every rule's result
   */
  public static CombinedResult validate(EducationInstitutionContact contact, LocalDate date) {
    return validate(contact, EvaluationContext.on(date));
  }

  /**
   * Validates an education-institution contact (type 31) in a context.
   *
   * @param contact the contact
   * @param context the evaluation date and the caller's settings
   * @return the results of EC-3 and EC-4.1 … EC-4.4
   */
  public static CombinedResult validate(
      EducationInstitutionContact contact, EvaluationContext context) {
    return evaluate(EducationContactFacts.of(contact), context, EC_3);
  }

  /**
   * Validates a contact assignment: EC-2.
   *
   * @param assignment the assignment
   * @param date the evaluation date
   * @return the result of EC-2
   */
  public static CombinedResult validate(ContactAssignment assignment, LocalDate date) {
    return validate(assignment, EvaluationContext.on(date));
  }

  /**
   * Validates a contact assignment in a context.
   *
   * @param assignment the assignment
   * @param context the evaluation date and the caller's settings
   * @return the result of EC-2
   */
  public static CombinedResult validate(ContactAssignment assignment, EvaluationContext context) {
    return new CombinedResult(List.of(EC_2.evaluate(EducationContactFacts.of(assignment), context)));
  }

  /**
   * Validates every contact given, with every rule.
   *
   * @param facts the contacts
   * @param context the evaluation date and the caller's settings
   * @return the results of EC-1, EC-2, EC-3, EC-4.1 … EC-4.4
   */
  public static CombinedResult validate(EducationContactFacts facts, EvaluationContext context) {
    return CombinedResult.evaluate(RULES, facts, context);
  }

  /**
   * The rules: EC-1, EC-2, EC-3 and the items EC-4.1 … EC-4.4.
   *
   * @return the rules
   */
  public static List<Rule<EducationContactFacts>> rules() {
    return RULES;
  }

  /**
   * The ids of the rules.
   *
   * @return EC-1, EC-2, EC-3, EC-4.1, EC-4.2, EC-4.3, EC-4.4
   */
  public static List<RuleId> ruleIds() {
    return RULES.stream().map(Rule::id).toList();
  }

  private static CombinedResult evaluate(
      EducationContactFacts facts, EvaluationContext context, Rule<EducationContactFacts> first) {
    ImmutableList.Builder<RuleResult> results = ImmutableList.builder();
    results.add(first.evaluate(facts, context));
    FORMATS.forEach(r -> results.add(r.evaluate(facts, context)));
    return new CombinedResult(results.build());
  }

  private static SourceCitation citation(String quote) {
    return SourceCitation.of(RELEASE_NOTE, SECTION, quote);
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

  private interface Check {
    RuleResult evaluate(EducationContactFacts facts, RuleVersion version);
  }

  private static VersionedRule<EducationContactFacts> rule(
      String id, SourceCitation citation, Check check) {
    RuleId ruleId = RuleId.of(id);
    return VersionedRule.<EducationContactFacts>builder(ruleId)
        .version(RuleVersion.since(ruleId, IN_FORCE, citation), (f, v, ctx) -> check.evaluate(f, v))
        .build();
  }

  private static VersionedRule<EducationContactFacts> format(
      String id,
      String field,
      Function<JobcentreContact, Optional<String>> ofJobcentre,
      Function<EducationInstitutionContact, Optional<String>> ofInstitution,
      Predicate<String> isValid) {
    return rule(
        id,
        NOT_IN_SOURCE,
        (facts, v) -> {
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
        });
  }
}
