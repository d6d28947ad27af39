/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
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
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
  public static final class JobcentreContactGen
      extends FieldsGen<JobcentreContact, JobcentreContact.Builder> {

    /** What EC-1 requires. */
    private static final List<Field<JobcentreContact.Builder>> REQUIRED =
        List.of(
            Field.plain(JobcentreContact.Builder::name, Texts.names()),
            Field.email(JobcentreContact.Builder::email),
            Field.phone(JobcentreContact.Builder::phone),
            Field.plain(JobcentreContact.Builder::kind, Gens.enumValues(ContactKind.class)));

    /** What type 32 may have. */
    private static final List<Field<JobcentreContact.Builder>> OPTIONAL =
        List.of(
            Field.cvr(JobcentreContact.Builder::cvr),
            Field.pNumber(JobcentreContact.Builder::pNumber),
            Field.plain(JobcentreContact.Builder::internalKey, Texts.keys()));

    JobcentreContactGen(Fault fault) {
      super(fault, REQUIRED, OPTIONAL, JobcentreContact::builder, JobcentreContact.Builder::build);
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
  }

  /** Education-institution contacts, type 31 (EC-3, EC-4). */
  public static final class EducationInstitutionContactGen
      extends FieldsGen<EducationInstitutionContact, EducationInstitutionContact.Builder> {

    /** What EC-3 requires; type 31 has nothing else. */
    private static final List<Field<EducationInstitutionContact.Builder>> REQUIRED =
        List.of(
            Field.plain(EducationInstitutionContact.Builder::name, Texts.names()),
            Field.email(EducationInstitutionContact.Builder::email),
            Field.phone(EducationInstitutionContact.Builder::phone),
            Field.cvr(EducationInstitutionContact.Builder::cvr),
            Field.pNumber(EducationInstitutionContact.Builder::pNumber));

    EducationInstitutionContactGen(Fault fault) {
      super(
          fault,
          REQUIRED,
          List.of(),
          EducationInstitutionContact::builder,
          EducationInstitutionContact.Builder::build);
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
  }

  /** Assignments of a type-31 or type-32 contact to a citizen (EC-2). */
  public static final class ContactAssignmentGen
      extends FieldsGen<ContactAssignment, ContactAssignment.Builder> {

    /** What EC-2 requires. */
    private static final List<Field<ContactAssignment.Builder>> REQUIRED =
        List.of(
            Field.plain(ContactAssignment.Builder::citizen, DfdgGenerators.cprNumbers()),
            Field.plain(
                ContactAssignment.Builder::role,
                Gens.elements(
                    ContactPersonTypes.EDUCATION_INSTITUTION_CONTACT,
                    ContactPersonTypes.JOBCENTRE_CONTACT)),
            Field.plain(ContactAssignment.Builder::period, DfdgGenerators.periods()),
            (b, source, malformed) -> b.shownOnJobnet(source.coin(0.5)));

    ContactAssignmentGen(boolean missing) {
      super(
          missing ? Fault.MISSING : Fault.NONE,
          REQUIRED,
          List.of(),
          ContactAssignment::builder,
          ContactAssignment.Builder::build);
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
  }

  /**
   * One field of a contact: sets a value drawn from the source on the builder.
   *
   * @param <B> the builder
   */
  @FunctionalInterface
  private interface Field<B> {

    /**
     * Draws the value and sets it.
     *
     * @param builder the builder
     * @param source the source
     * @param malformed whether to draw a malformed value (EC-4); only for {@link #isChecked()}
     *     fields
     */
    void set(B builder, Source source, boolean malformed);

    /** Whether EC-4 checks the field's form, so that a generator may draw it malformed. */
    default boolean isChecked() {
      return false;
    }

    static <B, T> Field<B> plain(BiConsumer<B, T> setter, Gen<T> values) {
      return (b, source, malformed) -> setter.accept(b, source.draw(values));
    }

    static <B> Field<B> email(BiConsumer<B, String> setter) {
      return checked(setter, Texts.emails(), InvalidInputs.emailStrings());
    }

    static <B> Field<B> phone(BiConsumer<B, String> setter) {
      return checked(setter, Texts.phones(), InvalidInputs.phoneStrings());
    }

    static <B> Field<B> cvr(BiConsumer<B, String> setter) {
      return checked(setter, Texts.cvrs(), InvalidInputs.cvrStrings());
    }

    static <B> Field<B> pNumber(BiConsumer<B, String> setter) {
      return checked(setter, Texts.pNumbers(), InvalidInputs.pNumberStrings());
    }

    private static <B> Field<B> checked(
        BiConsumer<B, String> setter, Gen<String> valid, Gen<String> invalid) {
      Gen<String> malformedValues = malformed(invalid);
      return new Field<>() {
        @Override
        public void set(B b, Source source, boolean malformed) {
          setter.accept(b, source.draw(malformed ? malformedValues : valid));
        }

        @Override
        public boolean isChecked() {
          return true;
        }
      };
    }
  }

  /**
   * A generator of one kind of record that fills its builder from a table of fields: every required
   * field but the one a {@link Fault#MISSING} leaves out, each optional field at random; with
   * {@link Fault#MALFORMED}, one of the fields EC-4 checks (required or optional, which is then
   * present) is drawn malformed.
   *
   * @param <T> what it generates
   * @param <B> its builder
   */
  abstract static class FieldsGen<T, B> implements Gen<T> {
    private final Fault fault;
    private final List<Field<B>> required;
    private final List<Field<B>> optional;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final int checked;

    FieldsGen(
        Fault fault,
        List<Field<B>> required,
        List<Field<B>> optional,
        Supplier<B> builder,
        Function<B, T> build) {
      this.fault = fault;
      this.required = required;
      this.optional = optional;
      this.builder = builder;
      this.build = build;
      this.checked =
          (int)
              Stream.concat(required.stream(), optional.stream()).filter(Field::isChecked).count();
    }

    @Override
    public T generate(Source source) {
      B b = builder.get();
      int missing = fault == Fault.MISSING ? source.index(required.size()) : -1;
      int malformed = fault == Fault.MALFORMED ? source.index(checked) : -1;
      int checkedIndex = 0;
      for (int i = 0; i < required.size(); i++) {
        Field<B> field = required.get(i);
        boolean breakIt = field.isChecked() && checkedIndex++ == malformed;
        if (i != missing) {
          field.set(b, source, breakIt);
        }
      }
      for (Field<B> field : optional) {
        boolean breakIt = field.isChecked() && checkedIndex++ == malformed;
        if (breakIt || source.coin(0.5)) {
          field.set(b, source, breakIt);
        }
      }
      return build.apply(b);
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
