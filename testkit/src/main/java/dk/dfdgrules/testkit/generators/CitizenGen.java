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

import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.citizen.ContactGroupMembership;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Citizens (borgere): a synthetic {@link CprNumber} (see {@link CprNumberGen} — for tests only), an
 * optional residence municipality from the code list {@code municipalities}, and 0–3 contact group
 * memberships from {@code contact-groups}, one after another without overlap (the last one possibly
 * open).
 *
 * <p>Defaults: born 1930-01-01 to 2010-12-31; memberships between 2015 and 2030. Shrinks towards a
 * citizen with the earliest birth date, no municipality and no membership.
 *
 * <pre>{@code
 * citizens().agedBetween(16, 29).on(LocalDate.of(2022, 1, 1))
 * citizens().inContactGroup(ContactGroups.UNEMPLOYMENT_BENEFIT_RECIPIENT).on(day)
 * }</pre>
 */
public final class CitizenGen implements Gen<Citizen> {

  private static final LocalDate MEMBERSHIPS_FROM = LocalDate.of(2015, 1, 1);
  private static final LocalDate MEMBERSHIPS_TO = LocalDate.of(2030, 12, 31);

  private final CprNumberGen cprs;
  private final @Nullable Integer contactGroup;
  private final @Nullable LocalDate contactGroupDay;

  private CitizenGen(CprNumberGen cprs, @Nullable Integer contactGroup, @Nullable LocalDate day) {
    this.cprs = cprs;
    this.contactGroup = contactGroup;
    this.contactGroupDay = day;
  }

  static CitizenGen defaults() {
    return new CitizenGen(
        CprNumberGen.any().bornBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2010, 12, 31)),
        null,
        null);
  }

  /**
   * Citizens of an age, on a day to name with {@link AgeRange#on(LocalDate)}.
   *
   * @param minAge the least age in whole years, at least 0
   * @param maxAge the largest age, not below {@code minAge}
   * @return the age range, to complete with a day
   * @throws IllegalArgumentException if the ages are negative or reversed
   */
  public AgeRange agedBetween(int minAge, int maxAge) {
    checkArgument(minAge >= 0 && maxAge >= minAge, "ages must be 0 <= %s <= %s", minAge, maxAge);
    return new AgeRange(minAge, maxAge);
  }

  /**
   * Citizens born in a period.
   *
   * @param first the first birth date
   * @param last the last birth date
   * @return the generator
   * @throws IllegalArgumentException as {@link CprNumberGen#bornBetween(LocalDate, LocalDate)}
   */
  public CitizenGen bornBetween(LocalDate first, LocalDate last) {
    return new CitizenGen(cprs.bornBetween(first, last), contactGroup, contactGroupDay);
  }

  /**
   * Citizens whose CPR numbers come from a given generator.
   *
   * @param numbers the CPR generator, e.g. {@code cprNumbers().withoutModulus11()}
   * @return the generator
   */
  public CitizenGen withCprNumbers(CprNumberGen numbers) {
    return new CitizenGen(requireNonNull(numbers), contactGroup, contactGroupDay);
  }

  /**
   * Citizens in a contact group on a day, to name with {@link ContactGroupDay#on(LocalDate)}:
   * {@link Citizen#contactGroupOn(LocalDate)} answers the group on that day.
   *
   * @param group a contact group id, e.g. {@code ContactGroups.EDUCATION_BENEFIT_RECIPIENT}
   * @return the group, to complete with a day
   */
  public ContactGroupDay inContactGroup(int group) {
    checkArgument(group > 0, "contact group must be positive, was %s", group);
    return new ContactGroupDay(group);
  }

  /** An age range waiting for the day the ages hold on. */
  public final class AgeRange {
    private final int minAge;
    private final int maxAge;

    private AgeRange(int minAge, int maxAge) {
      this.minAge = minAge;
      this.maxAge = maxAge;
    }

    /**
     * Citizens of this age on a day ({@link CprNumber#ageOn(LocalDate)}); the youngest and the
     * oldest are edge cases.
     *
     * @param day the day
     * @return the generator
     * @throws IllegalArgumentException if such birth dates are outside what CPR expresses
     */
    public CitizenGen on(LocalDate day) {
      LocalDate latest = day.minusYears(minAge);
      LocalDate earliest = day.minusYears(maxAge + 1L).plusDays(1);
      return new CitizenGen(cprs.bornBetween(earliest, latest), contactGroup, contactGroupDay);
    }
  }

  /** A contact group waiting for the day it holds on. */
  public final class ContactGroupDay {
    private final int group;

    private ContactGroupDay(int group) {
      this.group = group;
    }

    /**
     * Citizens in the group on the day.
     *
     * @param day the day
     * @return the generator
     */
    public CitizenGen on(LocalDate day) {
      return new CitizenGen(cprs, group, requireNonNull(day));
    }
  }

  @Override
  public Citizen generate(Source source) {
    CprNumber cpr = cprs.generate(source);
    Citizen.Builder b = Citizen.builder().cpr(cpr);
    if (source.coin(0.8)) {
      b.residenceMunicipality(source.draw(DfdgGenerators.codes(CodeLists.MUNICIPALITIES).ids()));
    }
    Integer group = contactGroup;
    LocalDate day = contactGroupDay;
    if (group != null && day != null) {
      b.addAllContactGroups(membershipsThrough(source, group, day));
    } else {
      b.addAllContactGroups(memberships(source));
    }
    return b.build();
  }

  private static List<ContactGroupMembership> memberships(Source source) {
    List<ContactGroupMembership> out = new ArrayList<>();
    Gen<Integer> groups = DfdgGenerators.contactGroupIds();
    LocalDate start = source.draw(DfdgGenerators.dates(MEMBERSHIPS_FROM, MEMBERSHIPS_TO));
    while (out.size() < 3 && source.coin(0.6)) {
      int group = groups.generate(source);
      if (source.coin(0.3)) {
        out.add(ContactGroupMembership.of(group, DatePeriod.from(start)));
        break;
      }
      LocalDate end = start.plusDays(source.intBetween(0, 730));
      out.add(ContactGroupMembership.of(group, DatePeriod.of(start, end)));
      start = end.plusDays(1 + source.intBetween(0, 180));
    }
    return out;
  }

  private static List<ContactGroupMembership> membershipsThrough(
      Source source, int group, LocalDate day) {
    List<ContactGroupMembership> out = new ArrayList<>();
    LocalDate start = day.minusDays(source.intBetween(0, 730));
    Optional<LocalDate> end =
        source.coin(0.5) ? Optional.empty() : Optional.of(day.plusDays(source.intBetween(0, 730)));
    if (source.coin(0.5)) {
      LocalDate earlierEnd = start.minusDays(1 + source.intBetween(0, 180));
      LocalDate earlierStart = earlierEnd.minusDays(source.intBetween(0, 730));
      out.add(
          ContactGroupMembership.of(
              source.draw(DfdgGenerators.contactGroupIds()),
              DatePeriod.of(earlierStart, earlierEnd)));
    }
    out.add(ContactGroupMembership.of(group, DatePeriod.of(start, end)));
    return out;
  }
}
