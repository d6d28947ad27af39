/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.time.IsoWeek;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counting kernel of DRM-5 … DRM-8: a person counts once per period and cell however many weeks
 * put them there (DRM-7), for weekly and longer periods, added, taken out and merged. The expected
 * counts are worked out by hand from the persons' weeks.
 */
class KeyFigureAccumulatorTest {

  /** 2019-W01 (Thursday 3 January): index 0 of the data. W01–W05 are January, W06 February. */
  private static final IsoWeek DATA_FIRST = IsoWeek.of(2019, 1);

  private static final BenefitGroup NONE = BenefitGroup.NO_BENEFIT;
  private static final BenefitGroup A = BenefitGroup.UNEMPLOYMENT_BENEFIT;
  private static final BenefitGroup SICK = BenefitGroup.SICKNESS_BENEFIT;
  private static final BenefitGroup RES = BenefitGroup.RESOURCE_COURSE;

  /** Selected (DRM-6). */
  private static final BenefitGroup CASH = BenefitGroup.CASH_BENEFIT_JOB_READY;

  /** Selected (DRM-6), and one of the last groups (their status counters come after the 64th). */
  private static final BenefitGroup EDU = BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY;

  private static final FollowUp LEFT = FollowUp.leftPopulation();
  private static final FollowUp BEYOND = FollowUp.beyondData();

  private static FollowUp in(BenefitGroup g) {
    return FollowUp.group(g);
  }

  private static PeriodGrid grid(PeriodType type, int fromIndex, int toIndex) {
    return PeriodGrid.of(
        type, DATA_FIRST, DATA_FIRST.plusWeeks(fromIndex), DATA_FIRST.plusWeeks(toIndex));
  }

  /** One person's weeks: absent everywhere until set, t+52 beyond the data until set. */
  private static final class Person {
    final byte[] group;
    final byte[] followUp;

    Person(int weeks) {
      group = new byte[weeks];
      Arrays.fill(group, KeyFigureAccumulator.ABSENT);
      followUp = new byte[weeks + ReceiverStatusRule.WEEKS_LATER];
      Arrays.fill(followUp, (byte) FollowUp.BEYOND_DATA_INDEX);
    }

    /** Week t in {@code atT}, week t+52 at {@code later}. */
    Person week(int t, BenefitGroup atT, FollowUp later) {
      group[t] = (byte) atT.ordinal();
      followUp[t + ReceiverStatusRule.WEEKS_LATER] = (byte) later.index();
      return this;
    }

    Person weeks(int fromT, int toT, BenefitGroup atT, FollowUp later) {
      for (int t = fromT; t <= toT; t++) {
        week(t, atT, later);
      }
      return this;
    }

    void addTo(KeyFigureAccumulator acc) {
      acc.addPerson(group, followUp);
    }
  }

  /** Every count of a result, in a fixed order, to compare two results whole. */
  private static List<Long> allCounts(KeyFigures kf) {
    List<Long> out = new ArrayList<>();
    out.add(kf.persons());
    for (int p = 0; p < kf.periodCount(); p++) {
      out.add(kf.personsInPeriod(p));
      out.add(kf.selectedPersons(p));
      for (SelectedOutcome o : SelectedOutcome.values()) {
        out.add(kf.selectedPersons(p, o));
      }
      for (BenefitGroup g : BenefitGroup.values()) {
        out.add(kf.persons(p, g));
        for (StatusOutcome o : StatusOutcome.values()) {
          out.add(kf.persons(p, g, o));
        }
        for (int f = 0; f < FollowUp.COUNT; f++) {
          out.add(kf.persons(p, g, FollowUp.ofIndex(f)));
        }
      }
    }
    return out;
  }

  /** The sum of the counts of one period. */
  private static long sumOfPeriod(KeyFigures kf, int p) {
    long sum = kf.personsInPeriod(p) + kf.selectedPersons(p);
    for (SelectedOutcome o : SelectedOutcome.values()) {
      sum += kf.selectedPersons(p, o);
    }
    for (BenefitGroup g : BenefitGroup.values()) {
      sum += kf.persons(p, g);
      for (StatusOutcome o : StatusOutcome.values()) {
        sum += kf.persons(p, g, o);
      }
      for (int f = 0; f < FollowUp.COUNT; f++) {
        sum += kf.persons(p, g, FollowUp.ofIndex(f));
      }
    }
    return sum;
  }

  /** The sum of every count of a result but the persons: zero for an empty one. */
  private static long sumOfCounts(KeyFigures kf) {
    return allCounts(kf).stream().skip(1).mapToLong(Long::longValue).sum();
  }

  @Test
  void weeklyGridCountsEachWeekByItsGroupAndWhereThePersonIs52WeeksLater() {
    PeriodGrid grid = grid(PeriodType.WEEK, 0, 2);
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid);
    new Person(3).week(0, A, in(A)).week(1, A, in(NONE)).week(2, A, BEYOND).addTo(acc);
    new Person(3).week(0, CASH, in(SICK)).week(2, CASH, in(CASH)).addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(acc.persons()).isEqualTo(2);
    assertThat(kf.persons()).isEqualTo(2);
    assertThat(kf.periodCount()).isEqualTo(3);
    assertThat(kf.grid()).isSameAs(grid);
    // week 0: A continuing, CASH moving to Sygedagpenge
    assertThat(kf.personsInPeriod(0)).isEqualTo(2);
    assertThat(kf.persons(0, A)).isEqualTo(1);
    assertThat(kf.persons(0, CASH)).isEqualTo(1);
    assertThat(kf.persons(0, A, in(A))).isEqualTo(1);
    assertThat(kf.persons(0, A, in(NONE))).isZero();
    assertThat(kf.persons(0, CASH, in(SICK))).isEqualTo(1);
    assertThat(kf.persons(0, A, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.persons(0, CASH, StatusOutcome.OTHER_BENEFIT)).isEqualTo(1);
    assertThat(kf.persons(0, CASH, StatusOutcome.CONTINUES)).isZero();
    assertThat(kf.selectedPersons(0)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.OTHER_THAN_SELECTED)).isEqualTo(1);
    // week 1: only A, on no benefit a year later; the absent week of the second person is no count
    assertThat(kf.personsInPeriod(1)).isEqualTo(1);
    assertThat(kf.persons(1, A)).isEqualTo(1);
    assertThat(kf.persons(1, CASH)).isZero();
    assertThat(kf.persons(1, A, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.selectedPersons(1)).isZero();
    assertThat(kf.share(1, CASH, StatusOutcome.CONTINUES).value()).isEmpty();
    // week 2: A beyond the data, CASH continuing
    assertThat(kf.personsInPeriod(2)).isEqualTo(2);
    assertThat(kf.persons(2, A, StatusOutcome.UNKNOWN)).isEqualTo(1);
    assertThat(kf.persons(2, A, BEYOND)).isEqualTo(1);
    assertThat(kf.persons(2, CASH, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.selectedPersons(2, SelectedOutcome.CONTINUES_SELECTED)).isEqualTo(1);
    assertThat(kf.selectedShare(2, SelectedOutcome.CONTINUES_SELECTED).value())
        .contains(new BigDecimal("1.0000"));
    // nothing else: per week the persons, selected persons and outcomes, groups, statuses, pairs
    assertThat(sumOfCounts(kf))
        .isEqualTo((2 + 1 + 1 + 2 + 2 + 2) + (1 + 1 + 1 + 1) + (2 + 1 + 1 + 2 + 2 + 2));
  }

  @Test
  void weeksOfTheDataBeforeAndAfterTheGridAreNotCounted() {
    PeriodGrid grid = grid(PeriodType.WEEK, 1, 2);
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid);
    new Person(4).week(0, A, in(A)).week(1, CASH, in(CASH)).week(3, A, in(A)).addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.periodCount()).isEqualTo(2);
    assertThat(kf.persons(0, CASH)).isEqualTo(1);
    assertThat(kf.persons(0, CASH, in(CASH))).isEqualTo(1);
    assertThat(kf.persons(0, A)).isZero();
    assertThat(kf.personsInPeriod(1)).isZero();
    assertThat(kf.persons(1, A)).isZero();
    // week 1: CASH, its pair, its status, the selected person and outcome
    assertThat(sumOfCounts(kf)).isEqualTo(6);
  }

  @Test
  void longerGridHasThePeriodsOfTheWeeksThursdays() {
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.MONTH, 0, 5));
    new Person(6).weeks(0, 4, A, in(A)).week(5, A, in(NONE)).addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.grid().labels()).containsExactly("2019-01", "2019-02");
    assertThat(kf.persons(0, A)).isEqualTo(1);
    assertThat(kf.persons(0, A, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.persons(0, A, StatusOutcome.NO_LONGER)).isZero();
    assertThat(kf.persons(1, A)).isEqualTo(1);
    assertThat(kf.persons(1, A, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.persons(1, A, StatusOutcome.CONTINUES)).isZero();
  }

  @Test
  void drm7PersonWithTheSameGroupAndFollowUpInEveryWeekOfAMonthCountsOnce() {
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.MONTH, 0, 4));
    new Person(5).weeks(0, 4, A, in(A)).addTo(acc);
    new Person(5).weeks(1, 3, CASH, in(NONE)).addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.periodCount()).isEqualTo(1);
    assertThat(kf.personsInPeriod(0)).isEqualTo(2);
    assertThat(kf.persons(0, A)).isEqualTo(1);
    assertThat(kf.persons(0, A, in(A))).isEqualTo(1);
    assertThat(kf.persons(0, A, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.persons(0, CASH)).isEqualTo(1);
    assertThat(kf.persons(0, CASH, in(NONE))).isEqualTo(1);
    assertThat(kf.persons(0, CASH, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.selectedPersons(0)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.share(0, A, StatusOutcome.CONTINUES).value()).contains(new BigDecimal("1.0000"));
    // A: group, pair, status; CASH: group, pair, status, selected person and outcome; 2 persons
    assertThat(sumOfCounts(kf)).isEqualTo(3 + 5 + 2);
  }

  @Test
  void drm7PersonWithSeveralPairsInAMonthCountsOnceInTheGroupAndOncePerPairAndStatus() {
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.MONTH, 0, 4));
    // A continuing, A ending, A continuing again (not the week before), Sygedagpenge continuing
    new Person(5)
        .week(0, A, in(A))
        .week(1, A, in(NONE))
        .week(2, A, in(A))
        .week(3, SICK, in(SICK))
        .addTo(acc);
    new Person(5).weeks(0, 4, A, in(A)).addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.personsInPeriod(0)).isEqualTo(2);
    assertThat(kf.persons(0, A)).isEqualTo(2);
    assertThat(kf.persons(0, SICK)).isEqualTo(1);
    assertThat(kf.persons(0, A, in(A))).isEqualTo(2);
    assertThat(kf.persons(0, A, in(NONE))).isEqualTo(1);
    assertThat(kf.persons(0, SICK, in(SICK))).isEqualTo(1);
    assertThat(kf.persons(0, A, StatusOutcome.CONTINUES)).isEqualTo(2);
    assertThat(kf.persons(0, A, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.persons(0, SICK, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.share(0, A, StatusOutcome.NO_LONGER).value()).contains(new BigDecimal("0.5000"));
    assertThat(kf.selectedPersons(0)).isZero();
    // 2 persons in the period, groups 2 + 1, pairs 2 + 1 + 1, statuses 2 + 1 + 1
    assertThat(sumOfCounts(kf)).isEqualTo(2 + 3 + 4 + 4);
  }

  @Test
  void drm6PersonOnTwoSelectedGroupsInAMonthIsOneReceiverOfSelectedBenefits() {
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.MONTH, 0, 4));
    new Person(5)
        .week(0, CASH, in(CASH))
        .week(1, EDU, in(NONE))
        .week(2, EDU, in(EDU))
        .week(3, CASH, LEFT)
        .week(4, EDU, in(SICK))
        .addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.personsInPeriod(0)).isEqualTo(1);
    assertThat(kf.persons(0, CASH)).isEqualTo(1);
    assertThat(kf.persons(0, EDU)).isEqualTo(1);
    assertThat(kf.persons(0, CASH, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.persons(0, CASH, StatusOutcome.LEFT_POPULATION)).isEqualTo(1);
    assertThat(kf.persons(0, EDU, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.persons(0, EDU, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.persons(0, EDU, StatusOutcome.OTHER_BENEFIT)).isEqualTo(1);
    assertThat(kf.persons(0, EDU, StatusOutcome.UNKNOWN)).isZero();
    assertThat(kf.selectedPersons(0)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.CONTINUES_SELECTED)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.LEFT_POPULATION)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.OTHER_THAN_SELECTED)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.UNKNOWN)).isZero();
    // 1 person, groups 2, pairs 5, statuses 5, 1 selected person, selected outcomes 4
    assertThat(sumOfCounts(kf)).isEqualTo(1 + 2 + 5 + 5 + 1 + 4);
  }

  @Test
  void drm7CountsOfALaterPeriodOfAGridNotStartingAtTheDataStayInThatPeriod() {
    // data from 2019-W01, grid W02 … W10: January (W02–W05), February (W06–W09), March (W10)
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.MONTH, 1, 9));
    new Person(10)
        .week(0, CASH, in(CASH)) // before the grid
        .week(5, CASH, in(CASH))
        .week(6, EDU, in(NONE))
        .week(7, RES, BEYOND)
        .week(9, EDU, in(EDU))
        .addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.grid().labels()).containsExactly("2019-01", "2019-02", "2019-03");
    assertThat(sumOfPeriod(kf, 0)).isZero();
    // February: three pairs of one person
    assertThat(kf.personsInPeriod(1)).isEqualTo(1);
    assertThat(kf.persons(1, CASH)).isEqualTo(1);
    assertThat(kf.persons(1, EDU)).isEqualTo(1);
    assertThat(kf.persons(1, RES)).isEqualTo(1);
    assertThat(kf.persons(1, CASH, in(CASH))).isEqualTo(1);
    assertThat(kf.persons(1, EDU, in(NONE))).isEqualTo(1);
    assertThat(kf.persons(1, RES, BEYOND)).isEqualTo(1);
    assertThat(kf.persons(1, CASH, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.persons(1, EDU, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.persons(1, RES, StatusOutcome.UNKNOWN)).isEqualTo(1);
    assertThat(kf.selectedPersons(1)).isEqualTo(1);
    assertThat(kf.selectedPersons(1, SelectedOutcome.CONTINUES_SELECTED)).isEqualTo(1);
    assertThat(kf.selectedPersons(1, SelectedOutcome.NO_LONGER)).isEqualTo(1);
    // 1 person, 3 groups, 3 pairs, 3 statuses, 1 selected person, 2 selected outcomes
    assertThat(sumOfPeriod(kf, 1)).isEqualTo(1 + 3 + 3 + 3 + 1 + 2);
    // March: one pair
    assertThat(kf.persons(2, EDU, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.selectedPersons(2, SelectedOutcome.CONTINUES_SELECTED)).isEqualTo(1);
    assertThat(sumOfPeriod(kf, 2)).isEqualTo(6);
    assertThat(kf.definition()).isEqualTo(KeyFigureDefinition.standard());
  }

  @Test
  void statusCountersOnEitherSideOfThe64thAreKeptApart() {
    // Ressourceforløb's "left the population" and "unknown" are the 64th and 65th status counters
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.MONTH, 0, 4));
    new Person(5).week(0, RES, LEFT).week(1, RES, BEYOND).week(2, RES, in(RES)).addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.persons(0, RES)).isEqualTo(1);
    assertThat(kf.persons(0, RES, StatusOutcome.LEFT_POPULATION)).isEqualTo(1);
    assertThat(kf.persons(0, RES, StatusOutcome.UNKNOWN)).isEqualTo(1);
    assertThat(kf.persons(0, RES, StatusOutcome.CONTINUES)).isEqualTo(1);
    assertThat(kf.persons(0, NONE, StatusOutcome.CONTINUES)).isZero();
    // 1 person, 1 group, 3 pairs, 3 statuses; Ressourceforløb is not a selected benefit
    assertThat(sumOfCounts(kf)).isEqualTo(1 + 1 + 3 + 3);
  }

  @Test
  void personOnNoBenefitCountsInItsGroupButHasNoStatusAndNoSelectedOutcome() {
    KeyFigureAccumulator weekly = new KeyFigureAccumulator(grid(PeriodType.WEEK, 0, 0));
    new Person(1).week(0, NONE, in(A)).addTo(weekly);
    KeyFigureAccumulator monthly = new KeyFigureAccumulator(grid(PeriodType.MONTH, 0, 4));
    new Person(5).week(0, NONE, in(A)).week(1, NONE, in(NONE)).addTo(monthly);
    new Person(5).week(0, NONE, in(A)).addTo(monthly);

    KeyFigures w = weekly.toKeyFigures(KeyFigureDefinition.standard());
    KeyFigures m = monthly.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(w.persons(0, NONE)).isEqualTo(1);
    assertThat(w.persons(0, NONE, in(A))).isEqualTo(1);
    assertThat(w.personsInPeriod(0)).isEqualTo(1);
    assertThat(sumOfCounts(w)).isEqualTo(3);
    assertThat(m.persons(0, NONE)).isEqualTo(2);
    assertThat(m.persons(0, NONE, in(A))).isEqualTo(2);
    assertThat(m.persons(0, NONE, in(NONE))).isEqualTo(1);
    assertThat(m.personsInPeriod(0)).isEqualTo(2);
    assertThat(sumOfCounts(m)).isEqualTo(2 + 2 + 3);
  }

  @Test
  void removePersonTakesOutExactlyWhatAddPersonPutIn() {
    for (PeriodType type : PeriodType.values()) {
      PeriodGrid grid = grid(type, 0, 5);
      Person several =
          new Person(6)
              .week(0, CASH, in(CASH))
              .week(1, EDU, in(NONE))
              .week(2, RES, BEYOND)
              .week(3, RES, LEFT)
              .week(5, A, in(A));
      Person single = new Person(6).weeks(0, 5, SICK, in(A));
      KeyFigureAccumulator acc = new KeyFigureAccumulator(grid);
      several.addTo(acc);
      single.addTo(acc);
      acc.removePerson(several.group, several.followUp);
      KeyFigureAccumulator only = new KeyFigureAccumulator(grid);
      single.addTo(only);

      assertThat(acc.persons()).as("%s", type).isEqualTo(1);
      assertThat(allCounts(acc.toKeyFigures(KeyFigureDefinition.standard())))
          .as("%s", type)
          .isEqualTo(allCounts(only.toKeyFigures(KeyFigureDefinition.standard())));
      acc.removePerson(single.group, single.followUp);
      assertThat(acc.persons()).isZero();
      assertThat(sumOfCounts(acc.toKeyFigures(KeyFigureDefinition.standard()))).isZero();
    }
  }

  @Test
  void mergeSumsTheCountsOfOtherPersonsAsIfAddedToOneAccumulator() {
    for (PeriodType type : PeriodType.values()) {
      PeriodGrid grid = grid(type, 0, 5);
      List<Person> persons =
          List.of(
              new Person(6).week(0, CASH, in(CASH)).week(1, EDU, in(NONE)).week(2, RES, BEYOND),
              new Person(6).weeks(0, 5, SICK, in(A)),
              new Person(6).week(4, A, LEFT).week(5, NONE, in(A)));
      KeyFigureAccumulator all = new KeyFigureAccumulator(grid);
      persons.forEach(p -> p.addTo(all));
      KeyFigureAccumulator first = new KeyFigureAccumulator(grid);
      persons.get(0).addTo(first);
      KeyFigureAccumulator rest = new KeyFigureAccumulator(grid);
      persons.get(1).addTo(rest);
      persons.get(2).addTo(rest);

      first.merge(rest);

      assertThat(first.persons()).as("%s", type).isEqualTo(3);
      KeyFigures merged = first.toKeyFigures(KeyFigureDefinition.standard());
      assertThat(allCounts(merged))
          .as("%s", type)
          .isEqualTo(allCounts(all.toKeyFigures(KeyFigureDefinition.standard())));
      assertThat(merged.persons(0, CASH)).as("%s", type).isEqualTo(1);
      assertThat(merged.persons(0, SICK)).as("%s", type).isEqualTo(1);
    }
  }

  @Test
  void mergeSumsTheCountsOfPersonsWithSeveralPairsInAPeriod() {
    // every field of the accumulator: persons with two pairs in the month on both sides
    PeriodGrid grid = grid(PeriodType.MONTH, 0, 4);
    KeyFigureAccumulator first = new KeyFigureAccumulator(grid);
    new Person(5).week(0, CASH, in(CASH)).week(1, EDU, in(NONE)).addTo(first);
    KeyFigureAccumulator second = new KeyFigureAccumulator(grid);
    new Person(5).week(0, CASH, in(A)).week(1, RES, BEYOND).addTo(second);
    new Person(5).week(0, A, in(A)).addTo(second);

    first.merge(second);
    KeyFigures kf = first.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(kf.persons()).isEqualTo(3);
    assertThat(kf.personsInPeriod(0)).isEqualTo(3);
    assertThat(kf.persons(0, CASH)).isEqualTo(2);
    assertThat(kf.persons(0, CASH, in(CASH))).isEqualTo(1);
    assertThat(kf.persons(0, CASH, in(A))).isEqualTo(1);
    assertThat(kf.persons(0, CASH, StatusOutcome.OTHER_BENEFIT)).isEqualTo(1);
    assertThat(kf.persons(0, RES, StatusOutcome.UNKNOWN)).isEqualTo(1);
    assertThat(kf.persons(0, EDU, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.selectedPersons(0)).isEqualTo(2);
    assertThat(kf.selectedPersons(0, SelectedOutcome.OTHER_THAN_SELECTED)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.selectedPersons(0, SelectedOutcome.CONTINUES_SELECTED)).isEqualTo(1);
    assertThat(kf.persons(0, A)).isEqualTo(1);
  }

  @Test
  void mergeRefusesAnAccumulatorOfAnotherGrid() {
    KeyFigureAccumulator threeWeeks = new KeyFigureAccumulator(grid(PeriodType.WEEK, 0, 2));
    KeyFigureAccumulator twoWeeks = new KeyFigureAccumulator(grid(PeriodType.WEEK, 0, 1));
    // one week and one year: as many counters, but not the same kind of period
    KeyFigureAccumulator oneWeek = new KeyFigureAccumulator(grid(PeriodType.WEEK, 0, 0));
    KeyFigureAccumulator oneYear = new KeyFigureAccumulator(grid(PeriodType.YEAR, 0, 0));

    assertThatThrownBy(() -> threeWeeks.merge(twoWeeks))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accumulators of different grids");
    assertThatThrownBy(() -> oneWeek.merge(oneYear))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accumulators of different grids");
    assertThatThrownBy(() -> oneYear.merge(oneWeek)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addWeeklyPairsAddsTheCountsOfAFusedKernelWeekByWeek() {
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.WEEK, 0, 1));
    new Person(2).week(1, A, in(A)).addTo(acc);
    int[] counts = new int[2 * KeyFigureAccumulator.pairsPerWeek()];
    // week 1: 4 more continuing on A-dagpenge; week 0: 2 on Kontanthjælp, 1 a year later no benefit
    counts[KeyFigureAccumulator.pairsPerWeek() + A.ordinal() * FollowUp.COUNT + A.ordinal()] = 4;
    counts[CASH.ordinal() * FollowUp.COUNT + CASH.ordinal()] = 2;
    counts[CASH.ordinal() * FollowUp.COUNT + NONE.ordinal()] = 1;

    acc.addWeeklyPairs(counts, 7);
    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(acc.persons()).isEqualTo(8);
    assertThat(kf.persons(1, A)).isEqualTo(5);
    assertThat(kf.persons(1, A, StatusOutcome.CONTINUES)).isEqualTo(5);
    assertThat(kf.personsInPeriod(1)).isEqualTo(5);
    assertThat(kf.persons(0, CASH)).isEqualTo(3);
    assertThat(kf.persons(0, CASH, StatusOutcome.CONTINUES)).isEqualTo(2);
    assertThat(kf.persons(0, CASH, StatusOutcome.NO_LONGER)).isEqualTo(1);
    assertThat(kf.selectedPersons(0)).isEqualTo(3);
    assertThat(kf.selectedPersons(0, SelectedOutcome.CONTINUES_SELECTED)).isEqualTo(2);
    assertThat(kf.selectedShare(0, SelectedOutcome.NO_LONGER).value())
        .contains(new BigDecimal("0.3333"));
    assertThat(kf.persons(0, A)).isZero();
  }

  @Test
  void addWeeklyPairsRefusesALongerPeriod() {
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.MONTH, 0, 4));
    int[] counts = new int[5 * KeyFigureAccumulator.pairsPerWeek()];

    assertThatThrownBy(() -> acc.addWeeklyPairs(counts, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not a weekly grid");
  }

  @Test
  void aWeekHas17GroupsTimes19FollowUpsOfCounters() {
    assertThat(KeyFigureAccumulator.pairsPerWeek()).isEqualTo(17 * 19);
    assertThat(KeyFigureAccumulator.noBenefit()).isEqualTo(BenefitGroup.NO_BENEFIT.ordinal());
  }

  @Test
  void toKeyFiguresIsASnapshotThatLaterPersonsDoNotChange() {
    for (PeriodType type : List.of(PeriodType.WEEK, PeriodType.MONTH)) {
      KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(type, 0, 1));
      new Person(2).weeks(0, 1, A, in(A)).addTo(acc);
      KeyFigures before = acc.toKeyFigures(KeyFigureDefinition.standard());
      List<Long> countsBefore = allCounts(before);

      new Person(2).week(0, A, in(A)).week(1, CASH, in(NONE)).addTo(acc);
      KeyFigures after = acc.toKeyFigures(KeyFigureDefinition.standard());

      assertThat(allCounts(before)).as("%s", type).isEqualTo(countsBefore);
      assertThat(before.persons()).isEqualTo(1);
      assertThat(before.persons(0, A)).isEqualTo(1);
      assertThat(after.persons()).isEqualTo(2);
      assertThat(after.persons(0, A)).isEqualTo(2);
      // a second snapshot of the same counts does not count a person twice
      assertThat(allCounts(acc.toKeyFigures(KeyFigureDefinition.standard())))
          .as("%s", type)
          .isEqualTo(allCounts(after));
    }
  }

  @Test
  void drm8KeyFiguresOfAPeriodAreSameOtherAndNoBenefitPerGroupOfTheDefinition() {
    KeyFigureAccumulator acc = new KeyFigureAccumulator(grid(PeriodType.QUARTER, 0, 4));
    new Person(5).weeks(0, 4, A, in(A)).addTo(acc);
    new Person(5).weeks(0, 4, A, in(SICK)).addTo(acc);
    new Person(5).weeks(0, 4, A, in(NONE)).addTo(acc);
    new Person(5).weeks(0, 4, A, in(NONE)).addTo(acc);
    KeyFigureDefinition definition = KeyFigureDefinition.of(List.of(A, SICK));

    List<KeyFigures.KeyFigure> figures = acc.toKeyFigures(definition).keyFigures(0);

    assertThat(figures)
        .containsExactly(
            new KeyFigures.KeyFigure(A, StatusOutcome.CONTINUES, 1, Share.of(1, 4)),
            new KeyFigures.KeyFigure(A, StatusOutcome.OTHER_BENEFIT, 1, Share.of(1, 4)),
            new KeyFigures.KeyFigure(A, StatusOutcome.NO_LONGER, 2, Share.of(2, 4)),
            new KeyFigures.KeyFigure(SICK, StatusOutcome.CONTINUES, 0, Share.of(0, 0)),
            new KeyFigures.KeyFigure(SICK, StatusOutcome.OTHER_BENEFIT, 0, Share.of(0, 0)),
            new KeyFigures.KeyFigure(SICK, StatusOutcome.NO_LONGER, 0, Share.of(0, 0)));
    assertThat(figures.get(2).share().value()).contains(new BigDecimal("0.5000"));
  }

  @Test
  void emptyGridCountsThePersonsButNoPeriod() {
    PeriodGrid empty =
        PeriodGrid.of(
            PeriodType.MONTH, DATA_FIRST, DATA_FIRST.plusWeeks(3), DATA_FIRST.plusWeeks(2));
    KeyFigureAccumulator acc = new KeyFigureAccumulator(empty);
    new Person(4).weeks(0, 3, A, in(A)).addTo(acc);

    KeyFigures kf = acc.toKeyFigures(KeyFigureDefinition.standard());

    assertThat(acc.grid()).isSameAs(empty);
    assertThat(kf.persons()).isEqualTo(1);
    assertThat(kf.periodCount()).isZero();
  }
}
