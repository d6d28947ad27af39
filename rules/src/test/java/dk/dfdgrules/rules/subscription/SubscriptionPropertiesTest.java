/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactGroupIds;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.steps;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.udbSubscriptions;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.rules.subscription.SubscriptionDecision.Kind;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.AgeCheck;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.CompletedVocationalEducation;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ContactGroupChanged;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ContactGroupClosed;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ManualClose;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.PlanTypeChanged;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The laws of closing the subscription to UDB education events, SUB-1 … SUB-7 (DFDG-RN-2021-12-06
 * §3.4), as generated properties against {@link SubscriptionRules}. Ages, groups and dates are read
 * from the spec here, not from the rules' constants.
 */
class SubscriptionPropertiesTest {

  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  /** SUB-2: the contact groups a change to keeps the subscription open. */
  static final Set<Integer> KEPT = Set.of(1, 8, 12, 25, 28);

  /** The day on which a person born on {@code born} has lived {@code years} whole years. */
  static LocalDate birthday(LocalDate born, int years) {
    LocalDate day = born.plusYears(years).minusDays(3);
    while (ChronoUnit.YEARS.between(born, day) < years) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Birth dates from 1985 to 2005, one in ten on a 29 February. */
  static Gen<LocalDate> birthDates() {
    return Gens.frequency(
        Gens.weighted(9, dates(LocalDate.of(1985, 1, 1), LocalDate.of(2005, 12, 31))),
        Gens.weighted(
            1, Gens.elements(1988, 1992, 1996, 2000, 2004).map(y -> LocalDate.of(y, 2, 29))));
  }

  /** Contact groups of the code list, group 1 (the age limit 25) one time in three. */
  static Gen<Integer> contactGroups() {
    return Gens.frequency(Gens.weighted(1, Gens.constant(1)), Gens.weighted(2, contactGroupIds()));
  }

  /** A citizen of a contact group, a subscription open since {@code created}, checked on a day. */
  record AgeCase(LocalDate born, int group, LocalDate created, LocalDate day) {
    int limit() {
      return group == 1 ? 25 : 30;
    }

    LocalDate limitBirthday() {
      return birthday(born, limit());
    }
  }

  Gen<AgeCase> ageChecks() {
    return Gens.zip(
        birthDates(),
        contactGroups(),
        Gens.frequency(
            Gens.weighted(1, Gens.elements(0, -1, 1)), Gens.weighted(3, Gens.integers(-800, 800))),
        Gens.integers(0, 3000),
        (born, group, offset, before) -> {
          LocalDate limitDay = birthday(born, group == 1 ? 25 : 30);
          LocalDate day = limitDay.plusDays(offset);
          LocalDate created = (day.isBefore(limitDay) ? day : limitDay).minusDays(before);
          return new AgeCase(born, group, created, day);
        });
  }

  @Property
  void sub1ClosesExactlyOnThe30thOr25thInGroup1BirthdayAndNeverBefore(
      @ForAll("ageChecks") AgeCase c) {
    LocalDate limitDay = c.limitBirthday();
    Statistics.cover(20, c.group() == 1, "contact group 1 (25 years)");
    Statistics.cover(27, c.group() != 1, "another group (30 years)");
    Statistics.cover(19, c.day().isBefore(limitDay), "before the birthday");
    Statistics.cover(5, c.day().equals(limitDay), "on the birthday");
    Statistics.cover(5, c.day().equals(limitDay.minusDays(1)), "the day before");
    Statistics.cover(20, c.day().isAfter(limitDay), "after the birthday");
    Statistics.cover(
        3, c.born().getMonthValue() == 2 && c.born().getDayOfMonth() == 29, "born on 29 February");
    Statistics.cover(5, c.day().isBefore(RELEASE), "before the release (both versions)");

    Answer<SubscriptionDecision> d =
        SubscriptionRules.decide(
            UdbSubscription.createdOn(c.created()),
            SubscriptionFacts.none().withBirthDate(c.born()).withContactGroup(c.group()),
            new AgeCheck(),
            c.day());

    if (c.day().isBefore(limitDay)) {
      assertThat(d.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
      assertThat(d.decision().closeDate()).isEmpty();
    } else {
      assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.decision().closeDate()).contains(limitDay);
      assertThat(ChronoUnit.YEARS.between(c.born(), d.decision().closeDate().get()))
          .isEqualTo(c.limit());
      assertThat(d.decision().closeReason()).contains(CloseReason.AGE);
      assertThat(d.decision().decidedBy()).contains(RuleId.of("SUB-1"));
    }
  }

  /** A change of contact group on a day, for a subscription open since {@code created}. */
  record GroupChange(int from, int to, LocalDate created, LocalDate day) {}

  Gen<GroupChange> groupChanges() {
    Gen<Integer> groups =
        Gens.frequency(Gens.weighted(2, contactGroupIds()), Gens.weighted(1, Gens.integers(1, 40)));
    return Gens.zip(
        groups,
        groups,
        dates(FIRST_DAY, LAST_DAY),
        Gens.integers(0, 2000),
        (from, to, day, age) -> new GroupChange(from, to, day.minusDays(age), day));
  }

  @Property
  void sub2ClosesForEveryGroupOutside1_8_12_25_28AndNeverInside(
      @ForAll("groupChanges") GroupChange c) {
    boolean change = c.from() != c.to();
    Statistics.cover(20, change && KEPT.contains(c.to()), "to a group that keeps it open");
    Statistics.cover(20, change && !KEPT.contains(c.to()), "to another group");
    Statistics.cover(
        3,
        change && !KEPT.contains(c.to()) && c.to() > 28,
        "to a group the code list does not name");
    Statistics.cover(3, !change, "no change");

    Answer<SubscriptionDecision> d =
        SubscriptionRules.decide(
            UdbSubscription.createdOn(c.created()),
            SubscriptionFacts.none(),
            new ContactGroupChanged(c.from(), c.to()),
            c.day());

    if (change && !KEPT.contains(c.to())) {
      assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.decision().closeReason()).contains(CloseReason.CONTACT_GROUP_CHANGE);
      assertThat(d.decision().closeDate()).contains(c.day());
      assertThat(d.decision().decidedBy()).contains(RuleId.of("SUB-2"));
    } else {
      assertThat(d.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
      assertThat(d.decision().closeDate()).isEmpty();
    }
  }

  /** A group closed by the jobcentre on a day, before a step, for an open subscription. */
  record GroupClosed(int group, Step step, LocalDate created, LocalDate closedOn, LocalDate day) {}

  /**
   * Closures of a group on a day, evaluated on the day itself, on or just before the first day
   * after the whole calendar month that follows (SUB-6), or up to 120 days later.
   */
  Gen<GroupClosed> groupClosures() {
    return Gens.zip(
            contactGroups(),
            steps(),
            dates(FIRST_DAY, LAST_DAY),
            Gens.integers(0, 1000),
            ClosedOn::new)
        .flatMap(
            c -> {
              LocalDate firstAfterWholeMonth = YearMonth.from(c.closedOn()).plusMonths(2).atDay(1);
              return Gens.frequency(
                      Gens.weighted(
                          1,
                          Gens.elements(firstAfterWholeMonth, firstAfterWholeMonth.minusDays(1))),
                      Gens.weighted(3, Gens.integers(0, 120).map(c.closedOn()::plusDays)))
                  .map(
                      day ->
                          new GroupClosed(
                              c.group(),
                              c.step(),
                              c.closedOn().minusDays(c.age()),
                              c.closedOn(),
                              day));
            });
  }

  private record ClosedOn(int group, Step step, LocalDate closedOn, int age) {}

  @Property
  void sub5ClosesOnAClosedContactGroupOnlyBefore6December2021(
      @ForAll("groupClosures") GroupClosed c) {
    Statistics.cover(10, c.day().isBefore(RELEASE), "before the release");
    Statistics.cover(23, !c.day().isBefore(RELEASE), "from the release");

    Answer<SubscriptionDecision> d =
        SubscriptionRules.decide(
            UdbSubscription.createdOn(c.created()),
            SubscriptionFacts.none().withStep(c.step()),
            new ContactGroupClosed(c.group(), Optional.of(c.closedOn())),
            c.day());

    if (c.day().isBefore(RELEASE)) {
      assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.decision().closeReason()).contains(CloseReason.CONTACT_GROUP_CLOSED);
      assertThat(d.decision().closeDate()).contains(c.closedOn());
    } else {
      assertThat(d.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
    }
  }

  @Property
  void sub6WhenEnabledClosesAfterOneWholeCalendarMonthAndNeverBefore(
      @ForAll("groupClosures") GroupClosed c) {
    LocalDate closesOn = YearMonth.from(c.closedOn()).plusMonths(2).atDay(1);
    boolean applies = KEPT.contains(c.group()) && c.step() != Step.STEP_4;
    Statistics.cover(26, applies, "a group of SUB-6 closed before step 4");
    Statistics.cover(10, applies && c.day().isBefore(closesOn), "the whole month has not passed");
    Statistics.cover(10, applies && !c.day().isBefore(closesOn), "the whole month has passed");
    Statistics.cover(
        2, applies && c.day().equals(closesOn), "on the first day after the whole month");
    Statistics.cover(10, !applies, "another group, or step 4");

    Answer<SubscriptionDecision> d =
        SubscriptionRules.decide(
            new SubscriptionEvaluation(
                UdbSubscription.createdOn(c.created()),
                SubscriptionFacts.none().withStep(c.step()),
                new ContactGroupClosed(c.group(), Optional.of(c.closedOn()))),
            EvaluationContext.on(c.day()).enable("SUB-6", FIRST_DAY));

    if (c.day().isBefore(RELEASE)) {
      return; // SUB-5 as before the release closes at once
    }
    if (applies && !c.day().isBefore(closesOn)) {
      assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.decision().closeDate()).contains(closesOn);
      assertThat(d.decision().decidedBy()).contains(RuleId.of("SUB-6"));
    } else {
      assertThat(d.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
      assertThat(d.decision().scheduledClose())
          .isEqualTo(applies ? Optional.of(closesOn) : Optional.empty());
    }
  }

  /** Any event on a subscription that is closed (or not yet created) on the day. */
  record NotOpen(UdbSubscription subscription, SubscriptionEvent event, LocalDate day) {}

  static Gen<SubscriptionEvent> events() {
    return Gens.oneOf(
        Gens.constant(new AgeCheck()),
        Gens.zip(contactGroupIds(), contactGroupIds(), ContactGroupChanged::new),
        contactGroupIds().map(ContactGroupClosed::of),
        Gens.zip(
            Gens.elements(PlanType.values()),
            Gens.elements(PlanType.values()),
            PlanTypeChanged::new),
        Gens.constant(new CompletedVocationalEducation()),
        Gens.constant(new ManualClose()));
  }

  Gen<NotOpen> eventsOnSubscriptionsNotOpen() {
    return udbSubscriptions()
        .flatMap(
            s ->
                Gens.zip(
                    events(),
                    s.getClosedOn().isPresent()
                        ? Gens.oneOf(
                            dates(s.getClosedOn().get(), s.getClosedOn().get().plusDays(1000)),
                            dates(s.getCreatedOn().minusDays(500), s.getCreatedOn().minusDays(1)))
                        : dates(s.getCreatedOn().minusDays(500), s.getCreatedOn().minusDays(1)),
                    (e, day) -> new NotOpen(s, e, day)));
  }

  @Property
  void aSubscriptionThatIsNotOpenIsNeverClosedAgain(
      @ForAll("eventsOnSubscriptionsNotOpen") NotOpen c) {
    Statistics.cover(15, c.subscription().getClosedOn().isPresent(), "closed already");
    Statistics.cover(20, c.day().isBefore(c.subscription().getCreatedOn()), "not created yet");
    for (Class<?> kind : List.of(AgeCheck.class, ContactGroupChanged.class, ManualClose.class)) {
      Statistics.cover(5, kind.isInstance(c.event()), kind.getSimpleName());
    }

    Answer<SubscriptionDecision> d =
        SubscriptionRules.decide(
            c.subscription(),
            SubscriptionFacts.none()
                .withBirthDate(LocalDate.of(1960, 1, 1))
                .withContactGroup(2)
                .withStep(Step.STEP_1)
                .withReceivesSicknessBenefit(false)
                .withHadEducationPlanInJobcentre(false),
            c.event(),
            c.day());

    assertThat(d.decision().kind()).isEqualTo(Kind.NOT_OPEN);
    assertThat(d.decision().closeDate()).isEmpty();
    assertThat(d).hasMessagesInDanishAndEnglish();
  }
}
