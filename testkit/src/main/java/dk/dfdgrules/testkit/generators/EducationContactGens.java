package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.ContactPersonTypes;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;

/**
 * Generators of the contacts for young people with an education order (DFDG-RN-2021-12-06 §3.3,
 * spec EC): jobcentre contacts (type 32), education-institution contacts (type 31) and their
 * assignments to citizens. Valid by default (every field EC-1 / EC-2 / EC-3 requires, well formed
 * by EC-4); {@code violating(EC_n)} breaks exactly one requirement of that rule and keeps the
 * others. Names are synthetic.
 */
public final class EducationContactGens {

  /** EC-1: a jobcentre contact (type 32) needs name, e-mail, phone and kind. */
  public static final RuleId EC_1 = RuleId.of("EC-1");

  /** EC-2: an assignment needs citizen, role, period and 'shown on Jobnet'. */
  public static final RuleId EC_2 = RuleId.of("EC-2");

  /** EC-3: an education-institution contact (type 31) needs name, e-mail, phone, CVR and P. */
  public static final RuleId EC_3 = RuleId.of("EC-3");

  /** EC-4: e-mail, phone, CVR and P number are well formed (the library's own checks). */
  public static final RuleId EC_4 = RuleId.of("EC-4");

  private EducationContactGens() {}

  /** What is wrong with a generated contact. */
  enum Fault {
    NONE,
    MISSING,
    MALFORMED
  }

  static Fault fault(RuleId rule, RuleId missingRule) {
    if (rule.equals(missingRule)) {
      return Fault.MISSING;
    }
    checkArgument(
        rule.equals(EC_4), "this generator can break %s or %s, not %s", missingRule, EC_4, rule);
    return Fault.MALFORMED;
  }

  /** Jobcentre contacts, type 32 (EC-1, EC-4). */
  public static final class JobcentreContactGen implements Gen<JobcentreContact> {
    private final Fault fault;

    JobcentreContactGen(Fault fault) {
      this.fault = fault;
    }

    /**
     * Contacts that break one requirement of a rule: EC-1 (a required field missing) or EC-4 (a
     * field malformed).
     *
     * @param rule {@link #EC_1} or {@link #EC_4}
     * @return the generator
     * @throws IllegalArgumentException for another rule
     */
    public JobcentreContactGen violating(RuleId rule) {
      return new JobcentreContactGen(fault(rule, EC_1));
    }

    @Override
    public JobcentreContact generate(Source source) {
      int missing = fault == Fault.MISSING ? source.index(4) : -1;
      int malformed = fault == Fault.MALFORMED ? source.index(4) : -1;
      JobcentreContact.Builder b = JobcentreContact.builder();
      if (missing != 0) {
        b.name(source.draw(Texts.names()));
      }
      if (missing != 1) {
        b.email(source.draw(malformed == 0 ? malformed(InvalidInputs.emailStrings()) : Texts.emails()));
      }
      if (missing != 2) {
        b.phone(source.draw(malformed == 1 ? malformed(InvalidInputs.phoneStrings()) : Texts.phones()));
      }
      if (missing != 3) {
        b.kind(source.draw(Gens.enumValues(ContactKind.class)));
      }
      if (malformed == 2 || source.coin(0.5)) {
        b.cvr(source.draw(malformed == 2 ? malformed(InvalidInputs.cvrStrings()) : Texts.cvrs()));
      }
      if (malformed == 3 || source.coin(0.5)) {
        b.pNumber(source.draw(malformed == 3 ? malformed(InvalidInputs.pNumberStrings()) : Texts.pNumbers()));
      }
      if (source.coin(0.5)) {
        b.internalKey(source.draw(Texts.keys()));
      }
      return b.build();
    }
  }

  /** Education-institution contacts, type 31 (EC-3, EC-4). */
  public static final class EducationInstitutionContactGen
      implements Gen<EducationInstitutionContact> {
    private final Fault fault;

    EducationInstitutionContactGen(Fault fault) {
      this.fault = fault;
    }

    /**
     * Contacts that break one requirement of a rule: EC-3 (a required field missing) or EC-4 (a
     * field malformed).
     *
     * @param rule {@link #EC_3} or {@link #EC_4}
     * @return the generator
     * @throws IllegalArgumentException for another rule
     */
    public EducationInstitutionContactGen violating(RuleId rule) {
      return new EducationInstitutionContactGen(fault(rule, EC_3));
    }

    @Override
    public EducationInstitutionContact generate(Source source) {
      int missing = fault == Fault.MISSING ? source.index(5) : -1;
      int malformed = fault == Fault.MALFORMED ? source.index(4) : -1;
      EducationInstitutionContact.Builder b = EducationInstitutionContact.builder();
      if (missing != 0) {
        b.name(source.draw(Texts.names()));
      }
      if (missing != 1) {
        b.email(source.draw(malformed == 0 ? malformed(InvalidInputs.emailStrings()) : Texts.emails()));
      }
      if (missing != 2) {
        b.phone(source.draw(malformed == 1 ? malformed(InvalidInputs.phoneStrings()) : Texts.phones()));
      }
      if (missing != 3) {
        b.cvr(source.draw(malformed == 2 ? malformed(InvalidInputs.cvrStrings()) : Texts.cvrs()));
      }
      if (missing != 4) {
        b.pNumber(source.draw(malformed == 3 ? malformed(InvalidInputs.pNumberStrings()) : Texts.pNumbers()));
      }
      return b.build();
    }
  }

  /** Assignments of a type-31 or type-32 contact to a citizen (EC-2). */
  public static final class ContactAssignmentGen implements Gen<ContactAssignment> {
    private final boolean missing;

    ContactAssignmentGen(boolean missing) {
      this.missing = missing;
    }

    /**
     * Assignments with one of the fields EC-2 requires missing.
     *
     * @param rule {@link #EC_2}
     * @return the generator
     * @throws IllegalArgumentException for another rule
     */
    public ContactAssignmentGen violating(RuleId rule) {
      checkArgument(rule.equals(EC_2), "this generator can break %s, not %s", EC_2, rule);
      return new ContactAssignmentGen(true);
    }

    @Override
    public ContactAssignment generate(Source source) {
      int absent = missing ? source.index(4) : -1;
      ContactAssignment.Builder b = ContactAssignment.builder();
      if (absent != 0) {
        b.citizen(source.draw(DfdgGenerators.cprNumbers()));
      }
      if (absent != 1) {
        b.role(
            source.draw(
                Gens.elements(
                    ContactPersonTypes.EDUCATION_INSTITUTION_CONTACT,
                    ContactPersonTypes.JOBCENTRE_CONTACT)));
      }
      if (absent != 2) {
        b.period(source.draw(DfdgGenerators.periods()));
      }
      if (absent != 3) {
        b.shownOnJobnet(source.coin(0.5));
      }
      return b.build();
    }
  }

  /**
   * Malformed but present: a blank value is reported as missing (EC-1, EC-3), not as malformed
   * (EC-4), so a generator that breaks EC-4 alone must not draw one.
   */
  private static Gen<String> malformed(Gen<String> invalid) {
    return invalid.filter("not blank (blank is missing, not malformed)", s -> !s.isBlank());
  }
}
