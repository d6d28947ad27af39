package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.ReceiverStatus;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The spec's worked examples of DRM-1 … DRM-13, one nested group per rule. */
class DreamRulesTest {

  private static final BenefitCodeTable TABLE = BenefitCodeTable.standard();
  private static final BenefitGroupRule GROUPS = new BenefitGroupRule(TABLE);
  private static final PriorityTable PRIORITY = PriorityTable.reconstructedDefault();

  @Test
  void everyRuleHasAnIdAndACitationAsData() throws Exception {
    for (int i = 1; i <= 13; i++) {
      Field id = DreamRules.class.getField("DRM_" + i);
      assertThat(id.get(null).toString()).isEqualTo("DRM-" + i);
    }
    assertThat(DreamRules.DRM_5_SOURCE.reference()).isEqualTo("FLIS-DREAM §6.1.6");
    assertThat(DreamRules.STOCK_COUNT_CAVEAT_DA).contains("bestandsopgørelser");
  }

  @Nested
  class Drm1 {
    private final OneBenefitPerWeek rule = new OneBenefitPerWeek(PRIORITY);

    @Test
    void DRM1_oneDayInTheWeekIsEnough() {
      // a spell ending on the Monday of 2019-W39 still gives that week
      var spell = new OneBenefitPerWeek.BenefitSpell(111, LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 23));
      assertThat(OneBenefitPerWeek.candidates(List.of(spell)).keySet())
          .containsExactly(IsoWeek.of(2019, 38), IsoWeek.of(2019, 39));
    }

    @Test
    void DRM1_severalBenefitsInAWeekGiveOneCodeByPriority() {
      var dagpenge = new OneBenefitPerWeek.BenefitSpell(111, LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 17));
      var syg = new OneBenefitPerWeek.BenefitSpell(890, LocalDate.of(2019, 9, 19), LocalDate.of(2019, 9, 30));
      var weeks = rule.weeks(List.of(dagpenge, syg));
      assertThat(weeks.get(IsoWeek.of(2019, 38)).code()).isEqualTo(111);
      assertThat(weeks.get(IsoWeek.of(2019, 38)).step()).isEqualTo(PriorityTable.Step.HIERARCHY);
      assertThat(weeks.get(IsoWeek.of(2019, 40)).code()).isEqualTo(890);
      DreamSeries s =
          rule.series(PersonKey.of("17"), IsoWeek.of(2019, 37), IsoWeek.of(2019, 41), List.of(dagpenge, syg));
      assertThat(s.codes()).containsExactly(0, 111, 890, 890, 0);
      assertThat(rule.week(IsoWeek.of(2019, 37), List.of(dagpenge))).isEmpty();
    }
  }

  @Nested
  class Drm2 {
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
    private Optional<PriorityTable.Decision> choose(Integer... codes) {
      return PRIORITY.choose(List.of(codes));
    }

    @Test
    void DRM3_populationExitsComeFirst() {
      assertThat(choose(111, 999, 997).orElseThrow().code()).isEqualTo(999);
      assertThat(choose(783, 997).orElseThrow().step()).isEqualTo(PriorityTable.Step.POPULATION_EXIT);
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
      assertThat(choose(111, 130).orElseThrow()).extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
          .containsExactly(111, PriorityTable.Step.HIERARCHY);
      assertThat(choose(730, 735).orElseThrow()).extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
          .containsExactly(735, PriorityTable.Step.ACTIVATION_BEFORE_PASSIVE);
      assertThat(choose(737, 735).orElseThrow()).extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
          .containsExactly(735, PriorityTable.Step.LOWER_CODE);
      assertThat(choose(996, 998).orElseThrow().code()).isEqualTo(996);
      assertThat(choose(111).orElseThrow().step()).isEqualTo(PriorityTable.Step.SINGLE_CANDIDATE);
    }

    @Test
    void DRM3_unknownCodesGiveNoDecisionAndAViolation() {
      assertThat(choose(111, 123)).isEmpty();
      assertThat(PRIORITY.evaluate(List.of(123)).outcome()).isEqualTo(Outcome.VIOLATED);
      RuleResult ok = PRIORITY.evaluate(List.of(890, 133));
      assertThat(ok.derivedValues()).extracting(DerivedValue::text).containsExactly(Optional.of("890"));
      assertThat(ok.citation().orElseThrow().section()).isEqualTo("§4");
    }

    @Test
    void DRM3_aCallersTableReplacesTheReconstruction() {
      PriorityTable mine =
          PriorityTable.builder(TABLE).name("mine").family("syg først", "890-899").family("dagpenge", "111").build();
      assertThat(mine.choose(List.of(111, 890)).orElseThrow().code()).isEqualTo(890);
      assertThat(PRIORITY.name()).contains("reconstruction");
      assertThatThrownBy(() -> PriorityTable.builder(TABLE).family("a", "111").family("b", "111").build())
          .hasMessageContaining("two families");
    }
  }

  @Nested
  class Drm4 {
    private BenefitGroup group(int code, VisitationCategory v) {
      return GROUPS.classify(code, Optional.ofNullable(v)).orElseThrow().group();
    }

    @Test
    void DRM4_theCodeDecidesWithoutVisitation() {
      assertThat(group(0, null)).isEqualTo(BenefitGroup.NO_BENEFIT);
      assertThat(group(111, null)).isEqualTo(BenefitGroup.UNEMPLOYMENT_BENEFIT);
      assertThat(group(153, null)).isEqualTo(BenefitGroup.UNEMPLOYMENT_BENEFIT);
      assertThat(group(135, null)).isEqualTo(BenefitGroup.CASH_BENEFIT_JOB_READY);
      assertThat(group(735, null)).isEqualTo(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY);
      assertThat(group(715, null)).isEqualTo(BenefitGroup.INTEGRATION_BENEFIT_ACTIVITY_READY);
      assertThat(group(781, null)).isEqualTo(BenefitGroup.DISABILITY_PENSION);
      assertThat(group(774, null)).isEqualTo(BenefitGroup.FLEXJOB);
      assertThat(group(996, null)).isEqualTo(BenefitGroup.OTHER_BENEFIT);
      assertThat(group(999, null)).isEqualTo(BenefitGroup.NO_BENEFIT);
      assertThat(GROUPS.classify(997, Optional.empty()).orElseThrow().basis())
          .isEqualTo(BenefitGroupRule.Basis.POPULATION_EXIT);
      assertThat(GROUPS.classify(123, Optional.empty())).isEmpty();
      assertThat(TABLE.codes()).hasSize(134);
    }

    @Test
    void DRM4_aKnownVisitationCategoryDecidesJobReadyVersusActivityReady() {
      assertThat(group(130, VisitationCategory.ACTIVITY_READY)).isEqualTo(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY);
      assertThat(group(730, VisitationCategory.JOB_READY)).isEqualTo(BenefitGroup.CASH_BENEFIT_JOB_READY);
      assertThat(group(700, VisitationCategory.JOB_READY)).isEqualTo(BenefitGroup.INTEGRATION_BENEFIT_JOB_READY);
      assertThat(group(720, VisitationCategory.EDUCATION_READY)).isEqualTo(BenefitGroup.EDUCATION_BENEFIT_JOB_READY);
      assertThat(group(720, VisitationCategory.OBVIOUSLY_EDUCATION_READY))
          .isEqualTo(BenefitGroup.EDUCATION_BENEFIT_JOB_READY);
      assertThat(group(140, VisitationCategory.ACTIVITY_READY)).isEqualTo(BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY);
      assertThat(GROUPS.classify(130, Optional.of(VisitationCategory.ACTIVITY_READY)).orElseThrow().basis())
          .isEqualTo(BenefitGroupRule.Basis.VISITATION);
      // other families ignore visitation
      assertThat(group(111, VisitationCategory.ACTIVITY_READY)).isEqualTo(BenefitGroup.UNEMPLOYMENT_BENEFIT);
    }

    @Test
    void DRM4_interpretation_educationReadyDoesNotDecideForKontanthjaelp() {
      assertThat(group(730, VisitationCategory.EDUCATION_READY)).isEqualTo(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY);
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
      assertThat(r.classify(111, Optional.empty()).orElseThrow().group()).isEqualTo(BenefitGroup.OTHER_BENEFIT);
      assertThat(r.classify(130, Optional.empty())).isEmpty();
      assertThat(mine.version()).isEqualTo("mine");
    }

    @Test
    void DRM4_resultCarriesTheCitationAndTheDecision() {
      DreamSeries s = DreamSeries.of(PersonKey.of("1"), IsoWeek.of(2019, 38), new short[] {135});
      RuleResult r = GROUPS.evaluate(s, IsoWeek.of(2019, 38));
      assertThat(r.isSatisfied()).isTrue();
      assertThat(r.citation().orElseThrow().section()).isEqualTo("§6.1.10");
      assertThat(r.derivedValues().get(0).text()).contains("Kontanthjælp - (Jobparate)");
    }
  }

  @Nested
  class Drm5 {
    @Test
    void DRM5_receiverStatusByGroupFiftyTwoWeeksLater() {
      BenefitGroup kh = BenefitGroup.CASH_BENEFIT_JOB_READY;
      assertThat(ReceiverStatusRule.status(kh, FollowUp.group(kh))).contains(StatusOutcome.CONTINUES);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.group(BenefitGroup.SICKNESS_BENEFIT)))
          .contains(StatusOutcome.OTHER_BENEFIT);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.group(BenefitGroup.NO_BENEFIT))).contains(StatusOutcome.NO_LONGER);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.leftPopulation())).contains(StatusOutcome.LEFT_POPULATION);
      assertThat(ReceiverStatusRule.status(kh, FollowUp.beyondData())).contains(StatusOutcome.UNKNOWN);
      assertThat(ReceiverStatusRule.status(BenefitGroup.NO_BENEFIT, FollowUp.group(kh))).isEmpty();
      // same code family, another group: "anden ydelse" is judged at group level
      assertThat(ReceiverStatusRule.status(kh, FollowUp.group(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)))
          .contains(StatusOutcome.OTHER_BENEFIT);
    }

    @Test
    void DRM5_displayNamesAreTheSourcesSpelling() {
      assertThat(StatusOutcome.CONTINUES.displayName()).isEqualTo("Modtager forsat ydelse");
      assertThat(StatusOutcome.CONTINUES.receiverStatus()).contains(ReceiverStatus.CONTINUES_SAME_BENEFIT);
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
      assertThat(rule.followUp(s, IsoWeek.of(2020, 38))).contains(FollowUp.group(BenefitGroup.CASH_BENEFIT_JOB_READY));
      assertThat(rule.followUp(s, IsoWeek.of(2020, 46))).contains(FollowUp.beyondData());
    }

    @Test
    void DRM5_theSourcesExample_kontanthjaelpJobparate2019W38FollowedTo2020W38() {
      ReceiverStatusRule rule = new ReceiverStatusRule(GROUPS);
      IsoWeek t = IsoWeek.of(2019, 38);
      short[] stays = new short[53];
      stays[0] = 130;
      stays[52] = 133;
      short[] leaves = new short[53];
      leaves[0] = 130;
      short[] moves = new short[53];
      moves[0] = 130;
      moves[52] = 890;
      assertThat(status(rule, stays, t)).isEqualTo("Modtager forsat ydelse");
      assertThat(status(rule, leaves, t)).isEqualTo("Modtager ikke længere ydelse");
      assertThat(status(rule, moves, t)).isEqualTo("Modtager anden ydelse");
      RuleResult r = rule.evaluate(DreamSeries.of(PersonKey.of("0101901234"), t, moves), t);
      assertThat(r.citation().orElseThrow().section()).isEqualTo("§6.1.6");
      assertThat(Messages.english(r.explanation().orElseThrow())).contains("Modtager anden ydelse");
    }

    private String status(ReceiverStatusRule rule, short[] codes, IsoWeek t) {
      RuleResult r = rule.evaluate(DreamSeries.of(PersonKey.of("1"), t, codes), t);
      return r.derivedValues().stream()
          .filter(v -> v.path().startsWith("status"))
          .findFirst()
          .orElseThrow()
          .text()
          .orElseThrow();
    }
  }

  @Nested
  class Drm6 {
    @Test
    void DRM6_selectedBenefits() {
      BenefitGroup kh = BenefitGroup.CASH_BENEFIT_JOB_READY;
      assertThat(SelectedBenefitsRule.SELECTED).hasSize(6);
      assertThat(SelectedBenefitsRule.outcome(kh, FollowUp.group(BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY)))
          .contains(SelectedOutcome.CONTINUES_SELECTED);
      assertThat(SelectedBenefitsRule.outcome(kh, FollowUp.group(BenefitGroup.UNEMPLOYMENT_BENEFIT)))
          .contains(SelectedOutcome.OTHER_THAN_SELECTED);
      assertThat(SelectedBenefitsRule.outcome(kh, FollowUp.group(BenefitGroup.NO_BENEFIT)))
          .contains(SelectedOutcome.NO_LONGER);
      assertThat(SelectedBenefitsRule.outcome(kh, FollowUp.beyondData())).contains(SelectedOutcome.UNKNOWN);
      assertThat(SelectedBenefitsRule.outcome(BenefitGroup.UNEMPLOYMENT_BENEFIT, FollowUp.group(kh))).isEmpty();
      for (BenefitGroup g : BenefitGroup.values()) {
        assertThat(SelectedBenefitsRule.isSelected(g)).isEqualTo(g.isSelected());
      }
    }
  }

  @Nested
  class Drm7 {
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
    void DRM8_twentyFourKeyFiguresOverEightDefaultGroups() {
      KeyFigureDefinition d = KeyFigureDefinition.standard();
      assertThat(d.groups()).hasSize(8).contains(BenefitGroup.UNEMPLOYMENT_BENEFIT, BenefitGroup.SICKNESS_BENEFIT);
      assertThat(d.size()).isEqualTo(24);
      assertThat(KeyFigureDefinition.of(List.of(BenefitGroup.FLEXJOB)).size()).isEqualTo(3);
      assertThatThrownBy(() -> KeyFigureDefinition.of(List.of(BenefitGroup.NO_BENEFIT)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Drm9 {
    @Test
    void DRM9_tenHoursOnAnOldSchemeFlexjobIsAboutPoint27() {
      assertThat(EmploymentDegreeRule.degreeOf(BigDecimal.TEN)).isEqualByComparingTo("0.2703");
      RuleResult r =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(BigDecimal.ONE, Optional.of(LocalDate.of(2012, 12, 31)), Optional.of(BigDecimal.TEN)));
      assertThat(r.derivedValues().get(0).text()).contains("0.2703");
      assertThat(r.derivedValues().get(0).previousText()).contains("1");
    }

    @Test
    void DRM9_withoutHoursADegreeOfOneIsFlaggedSuspect_onBothSidesOf2013() {
      RuleResult old =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(BigDecimal.ONE, Optional.of(LocalDate.of(2012, 12, 31)), Optional.empty()));
      assertThat(old.warnings()).hasSize(1);
      assertThat(old.isSatisfied()).isTrue();
      RuleResult fresh =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(BigDecimal.ONE, Optional.of(LocalDate.of(2013, 1, 1)), Optional.empty()));
      assertThat(fresh.warnings()).isEmpty();
      RuleResult partTime =
          EmploymentDegreeRule.evaluate(
              new EmploymentDegreeRule.Facts(new BigDecimal("0.5"), Optional.of(LocalDate.of(2010, 1, 1)), Optional.empty()));
      assertThat(partTime.warnings()).isEmpty();
    }
  }

  @Nested
  class Drm10 {
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
      assertThat(rule.window(YearMonth.of(2020, 11), LocalDate.of(2021, 1, 31)).start()).isEqualTo(LocalDate.of(2007, 1, 1));
      assertThat(rule.window(YearMonth.of(2020, 12), LocalDate.of(2021, 2, 1)).start()).isEqualTo(LocalDate.of(2010, 1, 1));
      RuleResult r = rule.evaluate(YearMonth.of(2019, 12), LocalDate.of(2020, 2, 25));
      assertThat(r.version().orElseThrow().label()).isEqualTo("before 2021-02-01");
      assertThat(r.citation().orElseThrow().quote()).contains("2007");
    }

    @Test
    void DRM10_theSwitchDateIsAParameter() {
      HistoryWindowRule early = HistoryWindowRule.withSwitch(LocalDate.of(2020, 3, 1));
      assertThat(early.window(YearMonth.of(2019, 12), LocalDate.of(2020, 3, 1)).start()).isEqualTo(LocalDate.of(2009, 1, 1));
      assertThat(early.rule().versions()).hasSize(2);
    }
  }

  @Nested
  class Drm11 {
    @Test
    void DRM11_dataToDecember2019ComeWithTheFebruary2020Run() {
      assertThat(DeliveryLag.runMonthOf(YearMonth.of(2019, 12))).isEqualTo(YearMonth.of(2020, 2));
      assertThat(DeliveryLag.lastDataMonthOf(YearMonth.of(2020, 2))).isEqualTo(YearMonth.of(2019, 12));
    }
  }

  @Nested
  class Drm12 {
    @Test
    void DRM12_anyYearEndSince2000InTheMunicipality() {
      assertThat(DeliveryScope.isDelivered(101, Map.of(2003, 101, 2010, 461))).isTrue();
      assertThat(DeliveryScope.isDelivered(101, Map.of(1999, 101, 2010, 461))).isFalse();
      assertThat(DeliveryScope.isDelivered(101, Map.of(2000, 101))).isTrue();
      assertThat(DeliveryScope.evaluate(101, Map.of()).explanation().orElseThrow().key()).isEqualTo("DRM-12.notDelivered");
    }
  }

  @Nested
  class Drm13 {
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
