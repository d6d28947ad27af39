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
import dk.dfdgrules.codelists.ReceiverStatus;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.testkit.assertions.DfdgAssertions;
import dk.dfdgrules.testkit.assertions.RuleResultAssert;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec's worked examples of DRM-1 … DRM-13, one nested group per rule. */
class DreamRulesTest {

  private static final BenefitCodeTable TABLE = BenefitCodeTable.standard();
  private static final BenefitGroupRule GROUPS = new BenefitGroupRule(TABLE);
  private static final PriorityTable PRIORITY = PriorityTable.reconstructedDefault();

  /** An evaluation date; every DREAM rule but DRM-10 is always in force. */
  private static final LocalDate DAY = LocalDate.of(2024, 1, 15);

  @Test
  void everyRuleHasAnIdAndACitationAsData() throws Exception {
    for (int i = 1; i <= 13; i++) {
      Field field = DreamRules.class.getField("DRM_" + i);
      assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
          .isTrue();
      Rule<?> rule = (Rule<?>) field.get(null);
      assertThat(rule.id().value()).isEqualTo("DRM-" + i);
      assertThat(rule.versions()).isNotEmpty();
      for (RuleVersion v : rule.versions()) {
        SourceCitation c = v.citation();
        assertThat(c.document()).as("DRM-%s", i).isEqualTo("FLIS-DREAM");
        assertThat(c.document()).isEqualTo(Sources.FLIS_DREAM.id());
        assertThat(c.link()).as("DRM-%s", i).contains(Sources.FLIS_DREAM.link());
        assertThat(c.section()).as("DRM-%s", i).startsWith("§");
        assertThat(c.quote()).as("DRM-%s", i).isNotBlank();
      }
    }
    assertThat(DreamRules.ALL).hasSize(13);
    assertThat(DreamRules.DRM_5.versions().get(0).citation().reference())
        .isEqualTo("FLIS-DREAM §6.1.6");
    assertThat(DreamRules.STOCK_COUNT_CAVEAT_DA).contains("bestandsopgørelser");
  }

  /** The citation of every version of a rule: FLIS-DREAM at a section, with its link. */
  private static void citesFlisDream(Rule<?> rule, String section) {
    for (RuleVersion v : rule.versions()) {
      assertThat(v.citation().document()).isEqualTo("FLIS-DREAM");
      assertThat(v.citation().section()).isEqualTo(section);
      assertThat(v.citation().link()).contains(Sources.FLIS_DREAM.link());
    }
  }

  /** A benefit spell: a benefit code from one day to another. */
  private static OneBenefitPerWeek.BenefitSpell spell(int code, LocalDate from, LocalDate to) {
    return new OneBenefitPerWeek.BenefitSpell(code, from, to);
  }

  /** Dagpenge (111) on Monday and Tuesday of 2019-W38. */
  private static final OneBenefitPerWeek.BenefitSpell DAGPENGE_W38 =
      spell(111, LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 17));

  /** Sygedagpenge (890) from Thursday of 2019-W38 to Monday of 2019-W40. */
  private static final OneBenefitPerWeek.BenefitSpell SYG_W38_TO_W40 =
      spell(890, LocalDate.of(2019, 9, 19), LocalDate.of(2019, 9, 30));

  /**
   * The codes of 53 weeks from a week t: a code in week t and one 52 weeks later (0: none).
   *
   * @param atT the code in week t
   * @param fiftyTwoWeeksLater the code in week t+52
   */
  private static short[] codes(int atT, int fiftyTwoWeeksLater) {
    short[] codes = new short[53];
    codes[0] = (short) atT;
    codes[52] = (short) fiftyTwoWeeksLater;
    return codes;
  }

  /** The week t of the source's examples of DRM-5 and DRM-6. */
  private static final IsoWeek W38 = IsoWeek.of(2019, 38);

  /**
   * The source's example person, with a CPR-like key: kontanthjælp, job-ready (130) in 2019-W38,
   * sygedagpenge (890) 52 weeks later.
   */
  private static final DreamSeries JOB_READY_THEN_SICK =
      DreamSeries.of(PersonKey.of("0101901234"), W38, codes(130, 890));

  /** A DREAM rule on a person's week, {@linkplain #checked checked} and satisfied. */
  private static RuleResult satisfiedOn(
      Rule<DreamRules.PersonWeek> rule, DreamSeries series, IsoWeek week) {
    RuleResult r = rule.evaluate(new DreamRules.PersonWeek(series, week), DAY);
    checked(r).isSatisfied().isOfRule(rule.id().value());
    return r;
  }

  /** A result whose every message has a Danish and an English text and reveals no CPR. */
  private static RuleResultAssert checked(RuleResult r) {
    return DfdgAssertions.assertThat(r).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
  }

  @Nested
  class Drm1 {
    @Test
    void DRM_1_givesTheKernelsCodeForEachWeekWithABenefit() {
      List<OneBenefitPerWeek.BenefitSpell> spells = List.of(DAGPENGE_W38, SYG_W38_TO_W40);
      RuleResult r = DreamRules.DRM_1.evaluate(new DreamRules.BenefitSpells(spells), DAY);
      checked(r).isSatisfied().isOfRule("DRM-1");
      var kernel = new OneBenefitPerWeek(PRIORITY).weeks(spells);
      assertThat(r.derived(OneBenefitPerWeek.CODE)).hasSize(kernel.size()).hasSize(3);
      kernel.forEach(
          (week, d) -> assertThat(r.value(OneBenefitPerWeek.CODE.at(week))).contains(d.code()));
      assertThat(r.value(OneBenefitPerWeek.CODE.at(IsoWeek.of(2019, 38)))).contains(111);
      assertThat(r.value(OneBenefitPerWeek.CODE.at(IsoWeek.of(2019, 40)))).contains(890);
      assertThat(r.derived(OneBenefitPerWeek.CODE).get(0).path()).isEqualTo("code[2019-W38]");
      citesFlisDream(DreamRules.DRM_1, "§10");
      assertThat(r.citation()).contains(DreamRules.DRM_1.versions().get(0).citation());
      assertThat(new OneBenefitPerWeek(PRIORITY).evaluate(spells)).isEqualTo(r);
    }

    @Test
    void DRM_1_anUnknownCodeIsAnErrorForEachOfItsWeeks() {
      var unknown = spell(123, LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 23));
      var dagpenge = spell(111, LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 1));
      RuleResult r =
          DreamRules.DRM_1.evaluate(new DreamRules.BenefitSpells(List.of(unknown, dagpenge)), DAY);
      checked(r).isViolated();
      assertThat(r.errors()).hasSize(2);
      assertThat(r.derived(OneBenefitPerWeek.CODE)).hasSize(1);
      assertThat(r.value(OneBenefitPerWeek.CODE.at(IsoWeek.of(2019, 40)))).contains(111);
    }

    private final OneBenefitPerWeek rule = new OneBenefitPerWeek(PRIORITY);

    @Test
    void DRM1_oneDayInTheWeekIsEnough() {
      // a spell ending on the Monday of 2019-W39 still gives that week
      var spell = spell(111, LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 23));
      assertThat(OneBenefitPerWeek.candidates(List.of(spell)).keySet())
          .containsExactly(IsoWeek.of(2019, 38), IsoWeek.of(2019, 39));
    }

    @Test
    void DRM1_severalBenefitsInAWeekGiveOneCodeByPriority() {
      var weeks = rule.weeks(List.of(DAGPENGE_W38, SYG_W38_TO_W40));
      assertThat(weeks.get(IsoWeek.of(2019, 38)).code()).isEqualTo(111);
      assertThat(weeks.get(IsoWeek.of(2019, 38)).step()).isEqualTo(PriorityTable.Step.HIERARCHY);
      assertThat(weeks.get(IsoWeek.of(2019, 40)).code()).isEqualTo(890);
      DreamSeries s =
          rule.series(
              PersonKey.of("17"),
              IsoWeek.of(2019, 37),
              IsoWeek.of(2019, 41),
              List.of(DAGPENGE_W38, SYG_W38_TO_W40));
      assertThat(s.codes()).containsExactly(0, 111, 890, 890, 0);
      assertThat(rule.week(IsoWeek.of(2019, 37), List.of(DAGPENGE_W38))).isEmpty();
    }
  }

  @Nested
  class Drm2 {
    @Test
    void DRM_2_monthQuarterAndYearByTheThursday_andTheColumn() {
      IsoWeek w = IsoWeek.of(2019, 1); // Monday 2018-12-31, Thursday 2019-01-03
      RuleResult r = DreamRules.DRM_2.evaluate(w, DAY);
      checked(r).isSatisfied().isOfRule("DRM-2");
      assertThat(r.value(DreamCalendar.MONTH))
          .contains(YearMonth.of(2019, 1))
          .contains(w.yearMonth());
      assertThat(r.value(DreamCalendar.QUARTER))
          .contains(YearQuarter.of(2019, 1))
          .contains(w.quarter());
      assertThat(r.value(DreamCalendar.YEAR)).contains(2019);
      assertThat(r.value(DreamCalendar.MONTH).orElseThrow().toString())
          .isEqualTo(PeriodType.MONTH.label(w));
      assertThat(r.value(DreamCalendar.COLUMN)).contains("y_1901");
      assertThat(DreamCalendar.parseColumn(r.value(DreamCalendar.COLUMN).orElseThrow()))
          .contains(w);
      RuleResult w53 = DreamRules.DRM_2.evaluate(IsoWeek.of(2020, 53), DAY);
      assertThat(w53.value(DreamCalendar.MONTH)).contains(YearMonth.of(2020, 12));
      assertThat(w53.value(DreamCalendar.YEAR)).contains(2020);
      citesFlisDream(DreamRules.DRM_2, "§9.3");
    }

    @Test
    void DRM_2_aWeekBeforeTheFirstDreamWeekIsAnError() {
      RuleResult r = DreamRules.DRM_2.evaluate(IsoWeek.of(1991, 31), DAY);
      checked(r).isViolated();
      assertThat(r.derivedValues()).isEmpty();
      assertThat(DreamRules.DRM_2.evaluate(DreamCalendar.FIRST_WEEK, DAY).isSatisfied()).isTrue();
    }

    @Test
    void DRM2_columnsAndCenturies() {
      assertThat(DreamCalendar.parseColumn("y_1326")).contains(IsoWeek.of(2013, 26));
      assertThat(DreamCalendar.parseColumn("y_9132")).contains(IsoWeek.of(1991, 32));
      assertThat(DreamCalendar.parseColumn("y_8901")).contains(IsoWeek.of(2089, 1));
      assertThat(DreamCalendar.parseColumn("y_9131")).as("before the first DREAM week").isEmpty();
      assertThat(DreamCalendar.FIRST_WEEK.monday()).isEqualTo(LocalDate.of(1991, 8, 5));
    }

    @Test
    void DRM2_week53OnlyInYearsThatHaveIt() {
      assertThat(DreamCalendar.parseColumn("y_1953")).isEmpty();
      assertThat(DreamCalendar.parseColumn("y_2053")).contains(IsoWeek.of(2020, 53));
      assertThat(DreamCalendar.parseWeek("2019-W53")).isEmpty();
      assertThat(DreamCalendar.parseWeek("2020W53")).contains(IsoWeek.of(2020, 53));
      assertThat(DreamCalendar.parseWeek("202053")).contains(IsoWeek.of(2020, 53));
      assertThat(DreamCalendar.parseWeek("y_2053")).contains(IsoWeek.of(2020, 53));
      assertThat(DreamCalendar.parseWeek("2020-53")).isEmpty();
    }

    @Test
    void DRM2_aWeekBelongsToTheMonthQuarterAndYearOfItsThursday() {
      // 2019-W01 starts Monday 2018-12-31; its Thursday is 2019-01-03
      IsoWeek w = IsoWeek.of(2019, 1);
      assertThat(PeriodType.MONTH.label(w)).isEqualTo("2019-01");
      assertThat(PeriodType.QUARTER.label(w)).isEqualTo("2019-Q1");
      assertThat(PeriodType.YEAR.label(w)).isEqualTo("2019");
      // 2020-W53 runs 2020-12-28 .. 2021-01-03; Thursday 2020-12-31
      assertThat(PeriodType.MONTH.label(IsoWeek.of(2020, 53))).isEqualTo("2020-12");
      assertThat(PeriodType.WEEK.label(IsoWeek.of(2019, 38))).isEqualTo("2019-W38");
      assertThat(PeriodType.parse(" quarter ")).isEqualTo(PeriodType.QUARTER);
    }
  }

  @Nested
  class Drm3 {
    @Test
    void DRM_3_theReconstructedTablesChoice() {
      RuleResult r = DreamRules.DRM_3.evaluate(new DreamRules.Candidates(List.of(133, 890)), DAY);
      checked(r).isSatisfied().isOfRule("DRM-3");
      assertThat(r.value(PriorityTable.CODE))
          .contains(PRIORITY.choose(List.of(133, 890)).orElseThrow().code())
          .contains(890);
      assertThat(r.derived(PriorityTable.CODE).get(0).reason().key())
          .isEqualTo("DRM-3.step.SICKNESS_OVER_ACTIVATION");
      assertThat(PRIORITY.evaluate(List.of(133, 890))).isEqualTo(r);
      citesFlisDream(DreamRules.DRM_3, "§4");
      checked(DreamRules.DRM_3.evaluate(new DreamRules.Candidates(List.of(111, 123)), DAY))
          .isViolated();
      assertThatThrownBy(() -> new DreamRules.Candidates(List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    private Optional<PriorityTable.Decision> choose(Integer... codes) {
      return PRIORITY.choose(List.of(codes));
    }

    @Test
    void DRM3_populationExitsComeFirst() {
      assertThat(choose(111, 999, 997).orElseThrow().code()).isEqualTo(999);
      assertThat(choose(783, 997).orElseThrow().step())
          .isEqualTo(PriorityTable.Step.POPULATION_EXIT);
    }

    @Test
    void DRM3_sicknessBeatsActivationOfAnotherFamily() {
      var d = choose(133, 890).orElseThrow();
      assertThat(d.code()).isEqualTo(890);
      assertThat(d.step()).isEqualTo(PriorityTable.Step.SICKNESS_OVER_ACTIVATION);
      // but not a passive code: kontanthjælp ranks above sygedagpenge in the hierarchy
      assertThat(choose(130, 890).orElseThrow().code()).isEqualTo(130);
    }

    @Test
    void DRM3_hierarchyThenActivationBeforePassiveThenLowerCode() {
      assertThat(choose(111, 130).orElseThrow())
          .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
          .containsExactly(111, PriorityTable.Step.HIERARCHY);
      assertThat(choose(730, 735).orElseThrow())
          .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
          .containsExactly(735, PriorityTable.Step.ACTIVATION_BEFORE_PASSIVE);
      assertThat(choose(737, 735).orElseThrow())
          .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
          .containsExactly(735, PriorityTable.Step.LOWER_CODE);
      assertThat(choose(996, 998).orElseThrow().code()).isEqualTo(996);
      assertThat(choose(111).orElseThrow().step()).isEqualTo(PriorityTable.Step.SINGLE_CANDIDATE);
    }

    @Test
    void DRM3_unknownCodesGiveNoDecisionAndAViolation() {
      assertThat(choose(111, 123)).isEmpty();
      assertThat(PRIORITY.evaluate(List.of(123)).outcome()).isEqualTo(Outcome.VIOLATED);
      RuleResult ok = PRIORITY.evaluate(List.of(890, 133));
      assertThat(ok.derivedValues()).hasSize(1);
      assertThat(ok.value(PriorityTable.CODE)).contains(890);
      assertThat(ok.citation().orElseThrow().section()).isEqualTo("§4");
    }

    @Test
    void DRM3_aCallersTableReplacesTheReconstruction() {
      PriorityTable mine =
          PriorityTable.builder(TABLE)
              .name("mine")
              .family("syg først", "890-899")
              .family("dagpenge", "111")
              .build();
      assertThat(mine.choose(List.of(111, 890)).orElseThrow().code()).isEqualTo(890);
      assertThat(PRIORITY.name()).contains("reconstruction");
      assertThatThrownBy(
              () -> PriorityTable.builder(TABLE).family("a", "111").family("b", "111").build())
          .hasMessageContaining("two families");
    }
  }

  @Nested
  class Drm4 {
    @Test
    void DRM_4_theGroupOfAPersonWeekIsTheKernelsClassification() {
      IsoWeek w = IsoWeek.of(2019, 38);
      DreamSeries s = DreamSeries.of(PersonKey.of("0101901234"), w, new short[] {135});
      RuleResult r = satisfiedOn(DreamRules.DRM_4, s, w);
      assertThat(r.value(BenefitGroupRule.GROUP.at(w)))
          .contains(
              BenefitGroupRule.standard().classify(135, Optional.empty()).orElseThrow().group())
          .contains(BenefitGroup.CASH_BENEFIT_JOB_READY);
      assertThat(r.derived(BenefitGroupRule.GROUP).get(0).path()).isEqualTo("group[2019-W38]");
      assertThat(GROUPS.evaluate(s, w)).isEqualTo(r);
      citesFlisDream(DreamRules.DRM_4, "§6.1.10");
    }

    @Test
    void DRM_4_aKnownVisitationCategoryDecides_unknownCodesAndWeeksOutsideTheSeries() {
      IsoWeek w = IsoWeek.of(2019, 38);
      DreamSeries s =
          DreamSeries.of(
              PersonKey.of("7"),
              w,
              new short[] {130, 123},
              Map.of(YearQuarter.of(2019, 3), VisitationCategory.ACTIVITY_READY));
      RuleResult r = DreamRules.DRM_4.evaluate(new DreamRules.PersonWeek(s, w), DAY);
      assertThat(r.value(BenefitGroupRule.GROUP.at(w)))
          .contains(
              GROUPS
                  .classify(130, Optional.of(VisitationCategory.ACTIVITY_READY))
                  .orElseThrow()
                  .group())
          .contains(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY);
      checked(DreamRules.DRM_4.evaluate(new DreamRules.PersonWeek(s, w.plusWeeks(1)), DAY))
          .isViolated();
      checked(DreamRules.DRM_4.evaluate(new DreamRules.PersonWeek(s, w.plusWeeks(2)), DAY))
          .isUndetermined()
          .missing("codes[2019-W40]");
    }

    private BenefitGroup group(int code, VisitationCategory v) {
      return GROUPS.classify(code, Optional.ofNullable(v)).orElseThrow().group();
    }

    @ParameterizedTest(name = "code {0}: {1}")
    @CsvSource({
      "0,   NO_BENEFIT",
      "111, UNEMPLOYMENT_BENEFIT",
      "153, UNEMPLOYMENT_BENEFIT",
      "135, CASH_BENEFIT_JOB_READY",
      "735, CASH_BENEFIT_ACTIVITY_READY",
      "715, INTEGRATION_BENEFIT_ACTIVITY_READY",
      "781, DISABILITY_PENSION",
      "774, FLEXJOB",
      "996, OTHER_BENEFIT",
      "999, NO_BENEFIT",
    })
    void DRM4_theCodeDecidesWithoutVisitation(int code, BenefitGroup expected) {
      assertThat(group(code, null)).isEqualTo(expected);
    }

    @Test
    void DRM4_populationExitsAndUnknownCodesOfTheStandardTable() {
      assertThat(GROUPS.classify(997, Optional.empty()).orElseThrow().basis())
          .isEqualTo(BenefitGroupRule.Basis.POPULATION_EXIT);
      assertThat(GROUPS.classify(123, Optional.empty())).isEmpty();
      assertThat(TABLE.codes()).hasSize(134);
    }

    @ParameterizedTest(name = "code {0}, {1}: {2}")
    @CsvSource({
      "130, ACTIVITY_READY,            CASH_BENEFIT_ACTIVITY_READY",
      "730, JOB_READY,                 CASH_BENEFIT_JOB_READY",
      "700, JOB_READY,                 INTEGRATION_BENEFIT_JOB_READY",
      "720, EDUCATION_READY,           EDUCATION_BENEFIT_JOB_READY",
      "720, OBVIOUSLY_EDUCATION_READY, EDUCATION_BENEFIT_JOB_READY",
      "140, ACTIVITY_READY,            EDUCATION_BENEFIT_ACTIVITY_READY",
      // other families ignore visitation
      "111, ACTIVITY_READY,            UNEMPLOYMENT_BENEFIT",
    })
    void DRM4_aKnownVisitationCategoryDecidesJobReadyVersusActivityReady(
        int code, VisitationCategory category, BenefitGroup expected) {
      assertThat(group(code, category)).isEqualTo(expected);
    }

    @Test
    void DRM4_aGroupDecidedByTheVisitationCategorySaysSo() {
      assertThat(
              GROUPS
                  .classify(130, Optional.of(VisitationCategory.ACTIVITY_READY))
                  .orElseThrow()
                  .basis())
          .isEqualTo(BenefitGroupRule.Basis.VISITATION);
    }

    @Test
    void DRM4_interpretation_educationReadyDoesNotDecideForKontanthjaelp() {
      assertThat(group(730, VisitationCategory.EDUCATION_READY))
          .isEqualTo(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY);
      assertThat(group(160, VisitationCategory.OBVIOUSLY_EDUCATION_READY))
          .isEqualTo(BenefitGroup.INTEGRATION_BENEFIT_JOB_READY);
    }

    @Test
    void DRM4_theMappingIsReplaceableData() {
      BenefitCodeTable mine =
          BenefitCodeTable.builder("mine")
              .code(111, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE)
              .code(999, BenefitGroup.NO_BENEFIT, BenefitKind.PASSIVE)
              .populationExit(999)
              .build();
      BenefitGroupRule r = new BenefitGroupRule(mine);
      assertThat(r.classify(111, Optional.empty()).orElseThrow().group())
          .isEqualTo(BenefitGroup.OTHER_BENEFIT);
      assertThat(r.classify(130, Optional.empty())).isEmpty();
      assertThat(mine.version()).isEqualTo("mine");
    }

    @Test
    void DRM4_resultCarriesTheCitationAndTheDecision() {
      DreamSeries s = DreamSeries.of(PersonKey.of("1"), IsoWeek.of(2019, 38), new short[] {135});
      RuleResult r = GROUPS.evaluate(s, IsoWeek.of(2019, 38));
      assertThat(r.isSatisfied()).isTrue();
      assertThat(r.citation().orElseThrow().section()).isEqualTo("§6.1.10");
      assertThat(r.value(BenefitGroupRule.GROUP.at(IsoWeek.of(2019, 38))))
          .contains(BenefitGroup.CASH_BENEFIT_JOB_READY);
      assertThat(BenefitGroup.CASH_BENEFIT_JOB_READY.officialName())
          .isEqualTo("Kontanthjælp - (Jobparate)");
    }
  }

  @Nested
  class Drm5 {
    @Test
    void DRM_5_theSourcesExample_typedStatusAndGroupLater() {
      RuleResult r = satisfiedOn(DreamRules.DRM_5, JOB_READY_THEN_SICK, W38);
      ReceiverStatusRule kernel = new ReceiverStatusRule(BenefitGroupRule.standard());
      FollowUp later = kernel.followUp(JOB_READY_THEN_SICK, W38).orElseThrow();
      assertThat(r.value(ReceiverStatusRule.GROUP_LATER.at(W38)))
          .containsSame(later)
          .containsSame(FollowUp.group(BenefitGroup.SICKNESS_BENEFIT));
      assertThat(r.value(ReceiverStatusRule.STATUS.at(W38)))
          .isEqualTo(ReceiverStatusRule.status(BenefitGroup.CASH_BENEFIT_JOB_READY, later))
          .contains(StatusOutcome.OTHER_BENEFIT);
      assertThat(r.derived(ReceiverStatusRule.STATUS).get(0).path()).isEqualTo("status[2019-W38]");
      assertThat(r.derived(ReceiverStatusRule.GROUP_LATER).get(0).text())
          .contains("SICKNESS_BENEFIT");
      assertThat(new ReceiverStatusRule(GROUPS).evaluate(JOB_READY_THEN_SICK, W38)).isEqualTo(r);
      citesFlisDream(DreamRules.DRM_5, "§6.1.6");
    }

    @Test
    void DRM_5_noStatusForANonReceiver_unknownBeyondTheData() {
      IsoWeek t = IsoWeek.of(2019, 38);
      DreamSeries blank = DreamSeries.of(PersonKey.of("2"), t, new short[53]);
      RuleResult none = DreamRules.DRM_5.evaluate(new DreamRules.PersonWeek(blank, t), DAY);
      checked(none).isSatisfied();
      assertThat(none.derived(ReceiverStatusRule.STATUS)).isEmpty();
      assertThat(none.value(ReceiverStatusRule.GROUP_LATER.at(t)))
          .containsSame(FollowUp.group(BenefitGroup.NO_BENEFIT));
      DreamSeries shortSeries = DreamSeries.of(PersonKey.of("3"), t, new short[] {130});
      RuleResult unknown =
          DreamRules.DRM_5.evaluate(new DreamRules.PersonWeek(shortSeries, t), DAY);
      assertThat(unknown.value(ReceiverStatusRule.STATUS.at(t))).contains(StatusOutcome.UNKNOWN);
      assertThat(unknown.value(ReceiverStatusRule.GROUP_LATER.at(t)))
          .containsSame(FollowUp.beyondData());
    }

    @Test
    void DRM5_receiverStatusByGroupFiftyTwoWeeksLater() {
      BenefitGroup kh = BenefitGroup.CASH_BENEFIT_JOB_READY;
      assertThat(ReceiverStatusRule.status(kh, FollowUp.group(kh)))
          .contains(StatusOutcome.CONTINUES);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.group(BenefitGroup.SICKNESS_BENEFIT)))
          .contains(StatusOutcome.OTHER_BENEFIT);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.group(BenefitGroup.NO_BENEFIT)))
          .contains(StatusOutcome.NO_LONGER);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.leftPopulation()))
          .contains(StatusOutcome.LEFT_POPULATION);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.beyondData()))
          .contains(StatusOutcome.UNKNOWN);
      assertThat(ReceiverStatusRule.status(BenefitGroup.NO_BENEFIT, FollowUp.group(kh))).isEmpty();
      // same code family, another group: "anden ydelse" is judged at group level
      assertThat(
              ReceiverStatusRule.status(
                  kh, FollowUp.group(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)))
          .contains(StatusOutcome.OTHER_BENEFIT);
    }

    @Test
    void DRM5_displayNamesAreTheSourcesSpelling() {
      assertThat(StatusOutcome.CONTINUES.displayName()).isEqualTo("Modtager forsat ydelse");
      assertThat(StatusOutcome.CONTINUES.receiverStatus())
          .contains(ReceiverStatus.CONTINUES_SAME_BENEFIT);
      assertThat(StatusOutcome.UNKNOWN.receiverStatus()).isEmpty();
    }

    @Test
    void DRM5_fiftyTwoIsoWeeksNotTheSameWeekNumber() {
      // 2019-W38 → 2020-W38; 2020-W38 → 2021-W37 (2020 has 53 weeks); 2020-W53 → 2021-W52
      assertThat(IsoWeek.of(2019, 38).plusWeeks(52)).isEqualTo(IsoWeek.of(2020, 38));
      assertThat(IsoWeek.of(2020, 38).plusWeeks(52)).isEqualTo(IsoWeek.of(2021, 37));
      assertThat(IsoWeek.of(2020, 53).plusWeeks(52)).isEqualTo(IsoWeek.of(2021, 52));
      ReceiverStatusRule rule = new ReceiverStatusRule(GROUPS);
      short[] codes = new short[60];
      codes[0] = 130; // 2020-W38
      codes[52] = 130; // 2021-W37
      DreamSeries s = DreamSeries.of(PersonKey.of("9"), IsoWeek.of(2020, 38), codes);
      assertThat(rule.followUp(s, IsoWeek.of(2020, 38)))
          .contains(FollowUp.group(BenefitGroup.CASH_BENEFIT_JOB_READY));
      assertThat(rule.followUp(s, IsoWeek.of(2020, 46))).contains(FollowUp.beyondData());
    }

    @Test
    void DRM5_theSourcesExample_kontanthjaelpJobparate2019W38FollowedTo2020W38() {
      ReceiverStatusRule rule = new ReceiverStatusRule(GROUPS);
      IsoWeek t = IsoWeek.of(2019, 38);
      short[] stays = codes(130, 133);
      short[] leaves = codes(130, 0);
      short[] moves = codes(130, 890);
      assertThat(status(rule, stays, t)).isEqualTo(StatusOutcome.CONTINUES);
      assertThat(status(rule, leaves, t)).isEqualTo(StatusOutcome.NO_LONGER);
      assertThat(status(rule, moves, t)).isEqualTo(StatusOutcome.OTHER_BENEFIT);
      assertThat(status(rule, stays, t).displayName()).isEqualTo("Modtager forsat ydelse");
      assertThat(status(rule, leaves, t).displayName()).isEqualTo("Modtager ikke længere ydelse");
      assertThat(status(rule, moves, t).displayName()).isEqualTo("Modtager anden ydelse");
      RuleResult r = rule.evaluate(DreamSeries.of(PersonKey.of("0101901234"), t, moves), t);
      assertThat(r.citation().orElseThrow().section()).isEqualTo("§6.1.6");
      assertThat(Messages.english(r.explanation().orElseThrow())).contains("Modtager anden ydelse");
    }

    private StatusOutcome status(ReceiverStatusRule rule, short[] codes, IsoWeek t) {
      RuleResult r = rule.evaluate(DreamSeries.of(PersonKey.of("1"), t, codes), t);
      return r.value(ReceiverStatusRule.STATUS.at(t)).orElseThrow();
    }
  }

  @Nested
  class Drm6 {
    @Test
    void DRM_6_theSelectedOutcomeOfAPersonOnASelectedBenefit() {
      RuleResult r = satisfiedOn(DreamRules.DRM_6, JOB_READY_THEN_SICK, W38);
      assertThat(r.value(SelectedBenefitsRule.OUTCOME.at(W38)))
          .isEqualTo(
              SelectedBenefitsRule.outcome(
                  BenefitGroup.CASH_BENEFIT_JOB_READY,
                  FollowUp.group(BenefitGroup.SICKNESS_BENEFIT)))
          .contains(SelectedOutcome.OTHER_THAN_SELECTED);
      assertThat(SelectedBenefitsRule.evaluate(GROUPS, JOB_READY_THEN_SICK, W38)).isEqualTo(r);
      citesFlisDream(DreamRules.DRM_6, "§7.1.1");
      DreamSeries dagpenge = DreamSeries.of(PersonKey.of("5"), W38, codes(111, 0));
      RuleResult other = DreamRules.DRM_6.evaluate(new DreamRules.PersonWeek(dagpenge, W38), DAY);
      checked(other).isSatisfied();
      assertThat(other.derived(SelectedBenefitsRule.OUTCOME)).isEmpty();
    }

    @Test
    void DRM6_selectedBenefits() {
      BenefitGroup kh = BenefitGroup.CASH_BENEFIT_JOB_READY;
      assertThat(SelectedBenefitsRule.SELECTED).hasSize(6);
      assertThat(
              SelectedBenefitsRule.outcome(
                  kh, FollowUp.group(BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY)))
          .contains(SelectedOutcome.CONTINUES_SELECTED);
      assertThat(
              SelectedBenefitsRule.outcome(kh, FollowUp.group(BenefitGroup.UNEMPLOYMENT_BENEFIT)))
          .contains(SelectedOutcome.OTHER_THAN_SELECTED);
      assertThat(SelectedBenefitsRule.outcome(kh, FollowUp.group(BenefitGroup.NO_BENEFIT)))
          .contains(SelectedOutcome.NO_LONGER);
      assertThat(SelectedBenefitsRule.outcome(kh, FollowUp.beyondData()))
          .contains(SelectedOutcome.UNKNOWN);
      assertThat(
              SelectedBenefitsRule.outcome(BenefitGroup.UNEMPLOYMENT_BENEFIT, FollowUp.group(kh)))
          .isEmpty();
      for (BenefitGroup g : BenefitGroup.values()) {
        assertThat(SelectedBenefitsRule.isSelected(g)).isEqualTo(g.isSelected());
      }
    }
  }

  @Nested
  class Drm7 {
    @Test
    void DRM_7_aPersonInAllWeeksOfAMonthCountsOnce_andTheShare() {
      PersonKey a = PersonKey.of("0101901234");
      PersonKey b = PersonKey.runningNumber("17");
      List<PersonKey> cell = List.of(a, a, a, a, b);
      RuleResult r = DreamRules.DRM_7.evaluate(new DreamRules.Cell(cell, 4), DAY);
      checked(r).isSatisfied().isOfRule("DRM-7");
      assertThat(r.value(DreamRules.PERSONS)).contains(2L);
      assertThat(r.value(DreamRules.SHARE))
          .isEqualTo(Share.of(2, 4).value())
          .contains(new BigDecimal("0.5000"));
      citesFlisDream(DreamRules.DRM_7, "§7.1.1");
      for (String text :
          List.of(
              Messages.danish(r.explanation().orElseThrow()),
              Messages.english(r.explanation().orElseThrow()))) {
        assertThat(text).doesNotContain("0101901234").doesNotContain("010190");
      }
    }

    @Test
    void DRM_7_aZeroDenominatorGivesNoShareButAnExplanation_aCellAboveItsDenominatorIsAnError() {
      RuleResult zero = DreamRules.DRM_7.evaluate(new DreamRules.Cell(List.of(), 0), DAY);
      checked(zero).isSatisfied().hasExplanation("DRM-7.noShare");
      assertThat(zero.value(DreamRules.PERSONS)).contains(0L);
      assertThat(zero.value(DreamRules.SHARE)).isEmpty().isEqualTo(Share.of(0, 0).value());
      RuleResult above =
          DreamRules.DRM_7.evaluate(
              new DreamRules.Cell(List.of(PersonKey.of("1"), PersonKey.of("2")), 1), DAY);
      checked(above).isViolated();
      assertThat(above.value(DreamRules.SHARE)).isEmpty();
      assertThatThrownBy(() -> new DreamRules.Cell(List.of(), -1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void DRM7_aZeroDenominatorGivesNoValue() {
      assertThat(Share.of(0, 0).value()).isEmpty();
      assertThat(Share.of(0, 0).text()).isEmpty();
      assertThat(Share.of(1, 3).value()).contains(new BigDecimal("0.3333"));
      assertThat(Share.of(2, 2).text()).isEqualTo("1.0000");
      assertThatThrownBy(() -> Share.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Drm8 {
    @Test
    void DRM_8_whichKeyFigureCountsThePerson() {
      KeyFigureDefinition standard = KeyFigureDefinition.standard();
      BenefitGroup kh = BenefitGroup.CASH_BENEFIT_JOB_READY;
      FollowUp syg = FollowUp.group(BenefitGroup.SICKNESS_BENEFIT);
      RuleResult r = DreamRules.DRM_8.evaluate(new DreamRules.Transition(kh, syg), DAY);
      checked(r).isSatisfied().isOfRule("DRM-8");
      assertThat(r.value(KeyFigureDefinition.COUNTED)).contains(true);
      assertThat(r.value(KeyFigureDefinition.GROUP)).contains(kh);
      assertThat(standard.groups()).contains(r.value(KeyFigureDefinition.GROUP).orElseThrow());
      assertThat(r.value(KeyFigureDefinition.OUTCOME))
          .isEqualTo(ReceiverStatusRule.status(kh, syg))
          .contains(StatusOutcome.OTHER_BENEFIT);
      assertThat(standard.evaluate(kh, syg)).isEqualTo(r);
      citesFlisDream(DreamRules.DRM_8, "§8");
      for (var notCounted :
          List.of(
              new DreamRules.Transition(BenefitGroup.FLEXJOB, syg),
              new DreamRules.Transition(BenefitGroup.NO_BENEFIT, FollowUp.group(kh)),
              new DreamRules.Transition(kh, FollowUp.leftPopulation()),
              new DreamRules.Transition(kh, FollowUp.beyondData()))) {
        RuleResult n = DreamRules.DRM_8.evaluate(notCounted, DAY);
        checked(n).isSatisfied();
        assertThat(n.value(KeyFigureDefinition.COUNTED)).as("%s", notCounted).contains(false);
        assertThat(n.value(KeyFigureDefinition.GROUP)).isEmpty();
        assertThat(n.value(KeyFigureDefinition.OUTCOME)).isEmpty();
      }
    }

    @Test
    void DRM8_twentyFourKeyFiguresOverEightDefaultGroups() {
      KeyFigureDefinition d = KeyFigureDefinition.standard();
      assertThat(d.groups())
          .hasSize(8)
          .contains(BenefitGroup.UNEMPLOYMENT_BENEFIT, BenefitGroup.SICKNESS_BENEFIT);
      assertThat(d.size()).isEqualTo(24);
      assertThat(KeyFigureDefinition.of(List.of(BenefitGroup.FLEXJOB)).size()).isEqualTo(3);
      assertThatThrownBy(() -> KeyFigureDefinition.of(List.of(BenefitGroup.NO_BENEFIT)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Drm9 {
    @Test
    void DRM_9_theCorrectedDegreeIsTheKernels() {
      var facts =
          new EmploymentDegreeRule.Facts(
              BigDecimal.ONE, Optional.of(LocalDate.of(2012, 12, 31)), Optional.of(BigDecimal.TEN));
      RuleResult r = DreamRules.DRM_9.evaluate(facts, DAY);
      checked(r).isSatisfied().isOfRule("DRM-9");
      assertThat(r.value(EmploymentDegreeRule.DEGREE))
          .contains(EmploymentDegreeRule.degreeOf(BigDecimal.TEN));
      assertThat(r.derived(EmploymentDegreeRule.DEGREE).get(0).previous()).contains(BigDecimal.ONE);
      assertThat(EmploymentDegreeRule.evaluate(facts)).isEqualTo(r);
      citesFlisDream(DreamRules.DRM_9, "§7.1.2");
      var partTime =
          new EmploymentDegreeRule.Facts(new BigDecimal("0.5"), Optional.empty(), Optional.empty());
      assertThat(DreamRules.DRM_9.evaluate(partTime, DAY).value(EmploymentDegreeRule.DEGREE))
          .contains(new BigDecimal("0.5"));
      RuleResult suspect =
          DreamRules.DRM_9.evaluate(
              new EmploymentDegreeRule.Facts(
                  BigDecimal.ONE, Optional.of(LocalDate.of(2012, 12, 31)), Optional.empty()),
              DAY);
      checked(suspect).isSatisfied();
      assertThat(suspect.warnings()).hasSize(1);
      assertThat(suspect.value(EmploymentDegreeRule.DEGREE)).isEmpty();
    }

    @Test
    void DRM9_tenHoursOnAnOldSchemeFlexjobIsAboutPoint27() {
      assertThat(EmploymentDegreeRule.degreeOf(BigDecimal.TEN)).isEqualByComparingTo("0.2703");
      RuleResult r =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(
                  BigDecimal.ONE,
                  Optional.of(LocalDate.of(2012, 12, 31)),
                  Optional.of(BigDecimal.TEN)));
      assertThat(r.value(EmploymentDegreeRule.DEGREE).orElseThrow()).isEqualByComparingTo("0.2703");
      DerivedValue<BigDecimal> degree = r.derived(EmploymentDegreeRule.DEGREE).get(0);
      assertThat(degree.previous()).contains(BigDecimal.ONE);
      assertThat(degree.isChange()).isTrue();
    }

    @Test
    void DRM9_withoutHoursADegreeOfOneIsFlaggedSuspect_onBothSidesOf2013() {
      RuleResult old =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(
                  BigDecimal.ONE, Optional.of(LocalDate.of(2012, 12, 31)), Optional.empty()));
      assertThat(old.warnings()).hasSize(1);
      assertThat(old.isSatisfied()).isTrue();
      RuleResult fresh =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(
                  BigDecimal.ONE, Optional.of(LocalDate.of(2013, 1, 1)), Optional.empty()));
      assertThat(fresh.warnings()).isEmpty();
      RuleResult partTime =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(
                  new BigDecimal("0.5"), Optional.of(LocalDate.of(2010, 1, 1)), Optional.empty()));
      assertThat(partTime.warnings()).isEmpty();
    }

    @Test
    void DRM9_aNumberOfAFewBytesButMillionsOfDigitsIsRejectedBeforeAnyArithmetic() {
      Optional<LocalDate> old = Optional.of(LocalDate.of(2012, 12, 31));
      for (String n : List.of("1e100000000", "1e-10000000", "1e-1618990539", "169", "-1")) {
        BigDecimal huge = new BigDecimal(n);
        assertThatThrownBy(() -> EmploymentDegreeRule.degreeOf(huge))
            .as(n)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("hoursWorkedPerWeek must be from 0 to 168");
        assertThatThrownBy(
                () -> new EmploymentDegreeRule.Facts(BigDecimal.ONE, old, Optional.of(huge)))
            .as(n)
            .isInstanceOf(IllegalArgumentException.class)
            .message()
            .hasSizeLessThan(200);
      }
      assertThatThrownBy(
              () ->
                  new EmploymentDegreeRule.Facts(
                      new BigDecimal("1e100000000"), old, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("reportedDegree must be from 0 to 100");
      // the bounds themselves are taken
      assertThat(EmploymentDegreeRule.degreeOf(new BigDecimal("168")))
          .isEqualByComparingTo("4.5405");
      assertThat(EmploymentDegreeRule.degreeOf(new BigDecimal("37.0000000000")))
          .isEqualByComparingTo("1");
      assertThat(new EmploymentDegreeRule.Facts(new BigDecimal("1E+2"), old, Optional.empty()))
          .isNotNull();
    }
  }

  @Nested
  class Drm10 {
    @Test
    void DRM_10_bothSidesOfTheChangeDate() {
      LocalDate change = Sources.DREAM_HISTORY_WINDOW_CHANGE;
      assertThat(change).isEqualTo(LocalDate.of(2021, 2, 1));
      RuleResult before = DreamRules.DRM_10.evaluate(YearMonth.of(2020, 11), change.minusDays(1));
      checked(before).isSatisfied().isOfRule("DRM-10").appliedVersion("before 2021-02-01");
      assertThat(before.value(HistoryWindowRule.WINDOW))
          .contains(DatePeriod.of(LocalDate.of(2007, 1, 1), LocalDate.of(2020, 11, 30)))
          .contains(rule.window(YearMonth.of(2020, 11), change.minusDays(1)));
      assertThat(before.citation().orElseThrow().quote()).contains("2007");
      RuleResult since = DreamRules.DRM_10.evaluate(YearMonth.of(2020, 12), change);
      checked(since).isSatisfied().appliedVersion("2021-02-01");
      assertThat(since.value(HistoryWindowRule.WINDOW))
          .contains(DatePeriod.of(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 12, 31)))
          .contains(rule.window(YearMonth.of(2020, 12), change));
      assertThat(since.citation().orElseThrow().quote()).contains("11 års data");
      assertThat(rule.evaluate(YearMonth.of(2020, 12), change)).isEqualTo(since);
      citesFlisDream(DreamRules.DRM_10, "§3");
      assertThat(DreamRules.DRM_10.versions()).hasSize(2);
    }

    @Test
    void DRM_10_aCallersSwitchKeepsTheIdAndTheCitations() {
      HistoryWindowRule early = HistoryWindowRule.withSwitch(LocalDate.of(2020, 3, 1));
      assertThat(early.rule().id()).isEqualTo(DreamRules.DRM_10.id());
      assertThat(early.rule().versions())
          .extracting(RuleVersion::citation)
          .containsExactlyElementsOf(
              DreamRules.DRM_10.versions().stream().map(RuleVersion::citation).toList());
      RuleResult r = early.evaluate(YearMonth.of(2019, 12), LocalDate.of(2020, 3, 1));
      assertThat(r.value(HistoryWindowRule.WINDOW).orElseThrow().start())
          .isEqualTo(LocalDate.of(2009, 1, 1));
      assertThat(r.version().orElseThrow().label()).isEqualTo("2020-03-01");
    }

    private final HistoryWindowRule rule = HistoryWindowRule.standard();

    @Test
    void DRM10_afterTheSwitch_elevenYears() {
      assertThat(rule.window(YearMonth.of(2020, 12), LocalDate.of(2021, 2, 25)))
          .isEqualTo(DatePeriod.of(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 12, 31)));
      assertThat(rule.window(YearMonth.of(2021, 1), LocalDate.of(2021, 3, 25)))
          .isEqualTo(DatePeriod.of(LocalDate.of(2011, 1, 1), LocalDate.of(2021, 1, 31)));
    }

    @Test
    void DRM10_beforeTheSwitch_from2007_theDayBeforeAndTheDay() {
      assertThat(rule.window(YearMonth.of(2020, 11), LocalDate.of(2021, 1, 31)).start())
          .isEqualTo(LocalDate.of(2007, 1, 1));
      assertThat(rule.window(YearMonth.of(2020, 12), LocalDate.of(2021, 2, 1)).start())
          .isEqualTo(LocalDate.of(2010, 1, 1));
      RuleResult r = rule.evaluate(YearMonth.of(2019, 12), LocalDate.of(2020, 2, 25));
      assertThat(r.version().orElseThrow().label()).isEqualTo("before 2021-02-01");
      assertThat(r.citation().orElseThrow().quote()).contains("2007");
    }

    @Test
    void DRM10_theSwitchDateIsAParameter() {
      HistoryWindowRule early = HistoryWindowRule.withSwitch(LocalDate.of(2020, 3, 1));
      assertThat(early.window(YearMonth.of(2019, 12), LocalDate.of(2020, 3, 1)).start())
          .isEqualTo(LocalDate.of(2009, 1, 1));
      assertThat(early.rule().versions()).hasSize(2);
    }
  }

  @Nested
  class Drm11 {
    @Test
    void DRM_11_theRunMonthIsTheKernels() {
      RuleResult r = DreamRules.DRM_11.evaluate(YearMonth.of(2019, 12), DAY);
      checked(r).isSatisfied().isOfRule("DRM-11");
      assertThat(r.value(DeliveryLag.RUN_MONTH))
          .contains(DeliveryLag.runMonthOf(YearMonth.of(2019, 12)))
          .contains(YearMonth.of(2020, 2));
      citesFlisDream(DreamRules.DRM_11, "§5");
    }

    @Test
    void DRM11_dataToDecember2019ComeWithTheFebruary2020Run() {
      assertThat(DeliveryLag.runMonthOf(YearMonth.of(2019, 12))).isEqualTo(YearMonth.of(2020, 2));
      assertThat(DeliveryLag.lastDataMonthOf(YearMonth.of(2020, 2)))
          .isEqualTo(YearMonth.of(2019, 12));
    }
  }

  @Nested
  class Drm12 {
    @Test
    void DRM_12_deliveredIsTheKernels_andDeliveryScopeEvaluatesTheSame() {
      Map<Integer, Integer> residence = Map.of(2003, 101, 2010, 461);
      RuleResult r = DreamRules.DRM_12.evaluate(new DreamRules.Residence(101, residence), DAY);
      checked(r).isSatisfied().isOfRule("DRM-12");
      assertThat(r.value(DeliveryScope.DELIVERED))
          .contains(DeliveryScope.isDelivered(101, residence))
          .contains(true);
      assertThat(DeliveryScope.evaluate(101, residence)).isEqualTo(r);
      RuleResult not =
          DreamRules.DRM_12.evaluate(new DreamRules.Residence(101, Map.of(1999, 101)), DAY);
      assertThat(not.value(DeliveryScope.DELIVERED)).contains(false);
      assertThat(DeliveryScope.evaluate(101, Map.of(1999, 101))).isEqualTo(not);
      citesFlisDream(DreamRules.DRM_12, "§9.2");
    }

    @Test
    void DRM12_anyYearEndSince2000InTheMunicipality() {
      assertThat(DeliveryScope.isDelivered(101, Map.of(2003, 101, 2010, 461))).isTrue();
      assertThat(DeliveryScope.isDelivered(101, Map.of(1999, 101, 2010, 461))).isFalse();
      assertThat(DeliveryScope.isDelivered(101, Map.of(2000, 101))).isTrue();
      assertThat(DeliveryScope.evaluate(101, Map.of()).explanation().orElseThrow().key())
          .isEqualTo("DRM-12.notDelivered");
    }
  }

  @Nested
  class Drm13 {
    @Test
    void DRM_13_anOldNameResolves_anUnknownNameIsAnError() {
      RuleResult r =
          DreamRules.DRM_13.evaluate(new DreamRules.RegionName("Hovedstadens region"), DAY);
      checked(r).isSatisfied().isOfRule("DRM-13");
      assertThat(r.value(RegionNames.CODE))
          .isEqualTo(RegionNames.resolve("Hovedstadens region").flatMap(c -> c.id()))
          .contains("1084");
      assertThat(r.value(RegionNames.CURRENT_NAME))
          .isEqualTo(RegionNames.currentName("Hovedstadens region"))
          .contains("Region Hovedstaden");
      assertThat(r.value(RegionNames.FORMER_NAME))
          .isEqualTo(RegionNames.formerName("Region Hovedstaden"))
          .contains("Hovedstadens region");
      citesFlisDream(DreamRules.DRM_13, "§6.1.4");
      RuleResult unknown = DreamRules.DRM_13.evaluate(new DreamRules.RegionName("Atlantis"), DAY);
      checked(unknown).isViolated();
      assertThat(unknown.derivedValues()).isEmpty();
    }

    @Test
    void DRM13_oldAndNewRegionNamesResolve() {
      assertThat(RegionNames.currentName("Hovedstadens region")).contains("Region Hovedstaden");
      assertThat(RegionNames.currentName("Region Hovedstaden")).contains("Region Hovedstaden");
      assertThat(RegionNames.formerName("Region Sjælland")).contains("Sjællands region");
      assertThat(RegionNames.resolve("Regions Syddanmark").flatMap(c -> c.id())).contains("1083");
      assertThat(RegionNames.resolve("Atlantis")).isEmpty();
    }
  }
}
