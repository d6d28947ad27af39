/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * Contact persons (kontaktpersoner): a type from the code list {@code contact-person-types} that is
 * valid on the period's start (types 31 and 32 only from 2021-12-06), a period, and optionally a
 * kind, a key and a synthetic name.
 *
 * <pre>{@code
 * contactPersons().around(moveDate)          // for the CP end-dating rules
 * contactPersons().ofTypes(ContactPersonTypes.MENTOR)
 * }</pre>
 */
public final class ContactPersonGen implements Gen<ContactPerson> {

  private final List<Integer> types;
  private final Gen<DatePeriod> periods;

  private ContactPersonGen(List<Integer> types, Gen<DatePeriod> periods) {
    this.types = types;
    this.periods = periods;
  }

  static ContactPersonGen defaults() {
    return new ContactPersonGen(ImmutableList.of(), DfdgGenerators.periods());
  }

  /**
   * Contact persons of given types only (any id, also one the partial list does not name).
   *
   * @param typeIds contact-person type ids
   * @return the generator
   */
  public ContactPersonGen ofTypes(int... typeIds) {
    checkArgument(typeIds.length > 0, "name at least one type");
    ImmutableList.Builder<Integer> b = ImmutableList.builder();
    for (int t : typeIds) {
      checkArgument(t > 0, "a type id is positive, was %s", t);
      b.add(t);
    }
    return new ContactPersonGen(b.build(), periods);
  }

  /**
   * Contact persons with periods from a given generator.
   *
   * @param periodGen the periods
   * @return the generator
   */
  public ContactPersonGen withPeriods(Gen<DatePeriod> periodGen) {
    return new ContactPersonGen(types, requireNonNull(periodGen));
  }

  /**
   * Contact persons whose periods start and end on, just before and just after a day (and further
   * away): see {@link DatePeriodGen#around(LocalDate)}.
   *
   * @param day e.g. a move date
   * @return the generator
   */
  public ContactPersonGen around(LocalDate day) {
    return withPeriods(DfdgGenerators.periods().around(day));
  }

  @Override
  public ContactPerson generate(Source source) {
    DatePeriod period = periods.generate(source);
    int type =
        types.isEmpty()
            ? Integer.parseInt(
                source.draw(
                    DfdgGenerators.codes(CodeLists.CONTACT_PERSON_TYPES)
                        .validOn(period.start())
                        .ids()))
            : types.get(source.index(types.size()));
    ContactPerson.Builder b = ContactPerson.builder().type(type).period(period);
    if (source.coin(0.7)) {
      b.kind(source.draw(Gens.enumValues(ContactKind.class)));
    }
    if (source.coin(0.5)) {
      b.key(source.draw(Texts.keys()));
    }
    if (source.coin(0.5)) {
      b.name(source.draw(Texts.names()));
    }
    return b.build();
  }
}
