/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.flis.BenchmarkModel.CellCount;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import dk.dfdgrules.rules.flis.BenchmarkModel.MeasureRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SUP-1 and SUP-2 (FLIS-DFDG §7.3): the source's table, the suppression, the counting. */
class BenchmarkModelTest {

  static final LocalDate AT = LocalDate.of(2021, 1, 1);
  static final IsoWeek W10 = IsoWeek.of(2020, 10);

  /**
   * A CPR number of a citizen born on a day (a serial of 4xxx puts years 00–36 in the 2000s, 37–99
   * in the 1900s).
   */
  static CprNumber born(LocalDate d, int serial) {
    return CprNumber.parse(
        String.format(
            "%02d%02d%02d%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100, serial));
  }

  static CitizenWeek week(
      CprNumber c, IsoWeek w, String benefit, String activation, String course) {
    return new CitizenWeek(
        c,
        101,
        w,
        Optional.ofNullable(benefit),
        Optional.of(VisitationCategory.JOB_READY),
        Optional.ofNullable(activation),
        Optional.ofNullable(course));
  }

  @Nested
  class Sup2 {

    @Test
    void sup2TheTableOfTheSourceExactly() {
      EnumSet<Dimension> all = EnumSet.allOf(Dimension.class);
      assertThat(
              EnumSet.copyOf(
                  all.stream().filter(Measure.CITIZENS_16_TO_66::isAvailableBy).toList()))
          .containsExactlyInAnyOrder(Dimension.TIME, Dimension.MUNICIPALITY);
      for (Measure m :
          List.of(Measure.BENEFIT_RECEIVERS, Measure.ACTIVATED, Measure.ACTIVATION_COURSES)) {
        assertThat(all).allMatch(m::isAvailableBy);
      }
    }

    @ParameterizedTest
    @EnumSource(
        value = Dimension.class,
        names = {"ACTIVATION", "BENEFIT", "VISITATION_GROUP"})
    void sup2Citizens16To66ByADimensionTheTableDoesNotAllowIsAViolation(Dimension d) {
      RuleResult r =
          BenchmarkModel.SUP_2.evaluate(
              new MeasureRequest(Measure.CITIZENS_16_TO_66, List.of(Dimension.TIME, d)), AT);
      assertThat(r.isViolated()).isTrue();
      assertThat(r.errors()).singleElement().extracting(v -> v.path()).isEqualTo("by[" + d + "]");
      assertThat(r.value(BenchmarkModel.AVAILABLE)).contains(false);
      assertThat(r.errors().get(0).text(Messages.ENGLISH)).contains("is not available by");
    }

    @Test
    void sup2Citizens16To66ByTimeAndMunicipalityIsAllowed() {
      RuleResult r =
          BenchmarkModel.SUP_2.evaluate(
              new MeasureRequest(
                  Measure.CITIZENS_16_TO_66, List.of(Dimension.TIME, Dimension.MUNICIPALITY)),
              AT);
      assertThat(r.isSatisfied()).isTrue();
      assertThat(r.value(BenchmarkModel.AVAILABLE)).contains(true);
    }

    @Test
    void sup2TheDefaultMeasuresAreThoseTheDimensionsAllow() {
      assertThat(BenchmarkModel.measuresAvailableBy(List.of(Dimension.TIME)))
          .containsExactly(Measure.values());
      assertThat(BenchmarkModel.measuresAvailableBy(List.of(Dimension.ACTIVATION)))
          .containsExactly(
              Measure.BENEFIT_RECEIVERS, Measure.ACTIVATED, Measure.ACTIVATION_COURSES);
    }

    @Test
    void sup2AnAccumulatorRefusesAQueryTheTableDoesNotAllow() {
      BenchmarkQuery q =
          new BenchmarkQuery(
              List.of(Dimension.BENEFIT),
              List.of(Measure.CITIZENS_16_TO_66),
              W10,
              W10,
              Suppression.OFF);
      assertThat(q.isAllowed()).isFalse();
      assertThat(q.check(AT)).singleElement().matches(RuleResult::isViolated);
      assertThatThrownBy(() -> BenchmarkAccumulator.of(q))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SUP-2");
    }

    @Test
    void sup2DimensionsAndMeasuresAreReadInDanishAndEnglish() {
      assertThat(Dimension.parse("tid")).isEqualTo(Dimension.TIME);
      assertThat(Dimension.parse("Kommune")).isEqualTo(Dimension.MUNICIPALITY);
      assertThat(Dimension.parse("beskæftigelsesydelse")).isEqualTo(Dimension.BENEFIT);
      assertThat(Dimension.parse("visitation-group")).isEqualTo(Dimension.VISITATION_GROUP);
      assertThat(Measure.parse("receivers")).isEqualTo(Measure.BENEFIT_RECEIVERS);
      assertThatThrownBy(() -> Measure.parse("sum")).hasMessageContaining("courses");
    }
  }

  @Nested
  class Sup1 {

    @Test
    void sup1TheModelHasNoBorgerDimension() {
      assertThat(Dimension.values()).hasSize(5);
      assertThatThrownBy(() -> Dimension.parse("borger"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no Borger")
          .hasMessageContaining("SUP-1");
    }

    @Test
    void sup1SuppressionIsOffByDefaultSmallCellsAreShown() {
      RuleResult r = BenchmarkModel.SUP_1.evaluate(new CellCount(3, 3, Suppression.OFF), AT);
      assertThat(r.value(BenchmarkModel.PUBLISHED)).contains(CellValue.count(3));
    }

    @Test
    void sup1WhenOnOneToFourCitizensAreSuppressedFiveAreShown() {
      Suppression on = Suppression.below(5);
      for (int n = 1; n <= 4; n++) {
        assertThat(published(n, n, on)).isEqualTo(CellValue.suppressed());
      }
      assertThat(published(5, 5, on)).isEqualTo(CellValue.count(5));
    }

    @Test
    void sup1ZeroStaysZeroNeverSuppressed() {
      assertThat(published(0, 0, Suppression.below(5))).isEqualTo(CellValue.count(0));
      RuleResult r = BenchmarkModel.SUP_1.evaluate(new CellCount(0, 0, Suppression.below(5)), AT);
      assertThat(r.derived(BenchmarkModel.PUBLISHED).get(0).reason().key()).isEqualTo("SUP-1.zero");
    }

    @Test
    void sup1ManyCoursesOfFewCitizensAreSuppressedByTheCitizens() {
      assertThat(published(9, 2, Suppression.below(5))).isEqualTo(CellValue.suppressed());
    }

    @Test
    void sup1ASuppressedCellIsNeverANumber() {
      CellValue s = CellValue.suppressed();
      assertThat(s.isSuppressed()).isTrue();
      assertThat(s.toString()).doesNotContainPattern("[0-9]");
      assertThat(s).isNotInstanceOf(CellValue.Count.class);
    }

    @Test
    void sup1AThresholdBelow2IsRefused() {
      assertThatThrownBy(() -> Suppression.below(1)).isInstanceOf(IllegalArgumentException.class);
    }

    private CellValue published(long value, long citizens, Suppression s) {
      return BenchmarkModel.SUP_1
          .evaluate(new CellCount(value, citizens, s), AT)
          .value(BenchmarkModel.PUBLISHED)
          .orElseThrow();
    }
  }

  @Nested
  class Counting {

    @Test
    void aCitizenCountsOncePerCellHoweverManyRows() {
      CprNumber a = born(LocalDate.of(1980, 1, 1), 1111);
      BenchmarkAccumulator acc = BenchmarkAccumulator.of(BenchmarkQuery.of(List.of(), W10, W10));
      acc.add(week(a, W10, "Kontanthjælp", "Virksomhedspraktik", "K1"));
      acc.add(week(a, W10, "Kontanthjælp", "Løntilskud", "K2"));
      Map<Measure, CellValue> v = values(acc.cells());
      assertThat(v)
          .containsEntry(Measure.CITIZENS_16_TO_66, CellValue.count(1))
          .containsEntry(Measure.BENEFIT_RECEIVERS, CellValue.count(1))
          .containsEntry(Measure.ACTIVATED, CellValue.count(1))
          .containsEntry(Measure.ACTIVATION_COURSES, CellValue.count(2));
    }

    @Test
    void ageBothEndsIncludedAtTheEndOfTheMeasuredPeriod() {
      LocalDate sunday = W10.sunday(); // 2020-03-08
      CprNumber turns16OnSunday = born(sunday.minusYears(16), 4001);
      CprNumber turns16Monday = born(sunday.minusYears(16).plusDays(1), 4002);
      CprNumber is66 = born(sunday.minusYears(67).plusDays(1), 4003);
      CprNumber turned67OnSunday = born(sunday.minusYears(67), 4004);
      assertThat(BenchmarkAccumulator.isAged16To66(turns16OnSunday, sunday)).isTrue();
      assertThat(BenchmarkAccumulator.isAged16To66(turns16Monday, sunday)).isFalse();
      assertThat(BenchmarkAccumulator.isAged16To66(is66, sunday)).isTrue();
      assertThat(BenchmarkAccumulator.isAged16To66(turned67OnSunday, sunday)).isFalse();
      BenchmarkAccumulator acc =
          BenchmarkAccumulator.of(
              BenchmarkQuery.of(List.of(Dimension.TIME), W10, W10)
                  .withMeasures(List.of(Measure.CITIZENS_16_TO_66)));
      for (CprNumber c : List.of(turns16OnSunday, turns16Monday, is66, turned67OnSunday)) {
        acc.add(week(c, W10, null, null, null));
      }
      assertThat(values(acc.cells())).containsEntry(Measure.CITIZENS_16_TO_66, CellValue.count(2));
    }

    @Test
    void withoutTidTheAgeIsTakenAtTheEndOfTheLastWeekCountedNotALaterTo() {
      IsoWeek to = IsoWeek.of(2020, 30);
      CprNumber turns16InW20 = born(IsoWeek.of(2020, 20).monday().minusYears(16), 4001);
      BenchmarkAccumulator acc =
          BenchmarkAccumulator.of(
              BenchmarkQuery.of(List.of(Dimension.MUNICIPALITY), W10, to)
                  .withMeasures(List.of(Measure.CITIZENS_16_TO_66)));
      acc.add(week(turns16InW20, W10, null, null, null));
      assertThat(acc.measuredPeriodEnd()).isEqualTo(W10.sunday());
      assertThat(values(acc.cells())).containsEntry(Measure.CITIZENS_16_TO_66, CellValue.count(0));
      acc.add(week(turns16InW20, IsoWeek.of(2020, 20), null, null, null));
      assertThat(acc.measuredPeriodEnd()).isEqualTo(IsoWeek.of(2020, 20).sunday());
      assertThat(values(acc.cells())).containsEntry(Measure.CITIZENS_16_TO_66, CellValue.count(1));
    }

    @Test
    void win3ACitizenWithoutYrBenefitIsInTheUdenYdelseMemberAndNoReceiver() {
      CprNumber a = born(LocalDate.of(1980, 1, 1), 1111);
      BenchmarkAccumulator acc =
          BenchmarkAccumulator.of(BenchmarkQuery.of(List.of(Dimension.BENEFIT), W10, W10));
      acc.add(week(a, W10, null, "Virksomhedspraktik", null));
      List<BenchmarkCell> cells = acc.cells();
      assertThat(cells)
          .allMatch(c -> c.members().get(Dimension.BENEFIT).equals("Uden ydelse i YR"));
      assertThat(values(cells))
          .containsEntry(Measure.BENEFIT_RECEIVERS, CellValue.count(0))
          .containsEntry(Measure.ACTIVATED, CellValue.count(1));
    }

    @Test
    void win2RowsOfWeeksBeforeTheYrLinkAreLeftOut() {
      CprNumber a = born(LocalDate.of(1980, 1, 1), 1111);
      BenchmarkAccumulator acc =
          BenchmarkAccumulator.of(
              BenchmarkQuery.of(List.of(), IsoWeek.of(2020, 1), IsoWeek.of(2020, 1)));
      assertThat(acc.add(week(a, IsoWeek.of(2019, 52), "Kontanthjælp", null, null)))
          .isEqualTo(BenchmarkAccumulator.Fate.BEFORE_YR_LINK);
      assertThat(acc.add(week(a, IsoWeek.of(2020, 1), "Kontanthjælp", null, null)))
          .isEqualTo(BenchmarkAccumulator.Fate.USED);
      assertThat(acc.add(week(a, IsoWeek.of(2020, 2), "Kontanthjælp", null, null)))
          .isEqualTo(BenchmarkAccumulator.Fate.OUTSIDE_PERIOD);
    }

    @Test
    void cellsAreOrderedByTheirMembersInTheQuerysOrder() {
      BenchmarkAccumulator acc =
          BenchmarkAccumulator.of(
              BenchmarkQuery.of(
                      List.of(Dimension.MUNICIPALITY, Dimension.TIME), W10, W10.plusWeeks(1))
                  .withMeasures(List.of(Measure.ACTIVATED)));
      CprNumber a = born(LocalDate.of(1980, 1, 1), 1111);
      acc.add(week(a, W10.plusWeeks(1), null, null, null));
      acc.add(week(a, W10, null, null, null));
      List<String> keys = new ArrayList<>();
      for (BenchmarkCell c : acc.cells()) {
        keys.add(String.join("/", c.members().values()));
        assertThat(c.members().keySet()).containsExactly(Dimension.MUNICIPALITY, Dimension.TIME);
      }
      assertThat(keys).containsExactly("101/2020-W10", "101/2020-W11");
    }

    @Test
    void aCitizenWeekShowsTheCprMasked() {
      CprNumber a = CprNumber.parse("0101801111");
      CitizenWeek w = week(a, W10, null, null, null);
      assertThat(w.toString()).contains("010180-****").doesNotContain("0101801111");
    }

    @Test
    void aCourseNeedsItsActivation() {
      CprNumber a = born(LocalDate.of(1980, 1, 1), 1111);
      assertThatThrownBy(() -> week(a, W10, null, null, "K1"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    private Map<Measure, CellValue> values(List<BenchmarkCell> cells) {
      Map<Measure, CellValue> m = new java.util.EnumMap<>(Measure.class);
      for (BenchmarkCell c : cells) {
        m.put(c.measure(), c.value());
      }
      return m;
    }
  }

  @Test
  void everyKeyHasDanishAndEnglishText() {
    assertThat(Messages.ownKeys(FlisMessages.BENCHMARK, Messages.ENGLISH))
        .isEqualTo(Messages.ownKeys(FlisMessages.BENCHMARK, Messages.DANISH))
        .isNotEmpty();
  }
}
