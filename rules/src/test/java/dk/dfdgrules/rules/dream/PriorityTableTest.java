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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DRM-3: the steps of the priority table beyond the spec's worked examples (see {@code
 * DreamRulesTest.Drm3}), the rank used by readers, and the checks of a caller's table.
 */
class PriorityTableTest {

  private static final PriorityTable DEFAULT = PriorityTable.reconstructedDefault();

  private static PriorityTable.Decision choose(Integer... codes) {
    return DEFAULT.choose(List.of(codes)).orElseThrow();
  }

  @Test
  void drm3TheDefaultIsNamedAReconstructionWithTheSpecsFamiliesInOrder() {
    assertThat(PriorityTable.reconstructedDefault().name())
        .isEqualTo("reconstruction (spec DRM-3), not STAR's Figure 2");
    assertThat(DEFAULT)
        .hasToString("PriorityTable{reconstruction (spec DRM-3), not STAR's Figure 2}");
    assertThat(DEFAULT.families()).hasSize(18);
    assertThat(DEFAULT.families().get(0))
        .isEqualTo(
            new PriorityTable.Family(
                "a-dagpenge", List.of(111, 115, 121, 213, 214, 215, 216, 217, 218, 219, 231, 299)));
    assertThat(DEFAULT.families().get(4).name()).isEqualTo("kontanthjælp");
    assertThat(DEFAULT.families().get(4).codes()).hasSize(20).startsWith(130).endsWith(739);
    assertThat(DEFAULT.families().get(17))
        .isEqualTo(new PriorityTable.Family("folkepension", List.of(996, 998)));
    assertThat(PriorityTable.reconstructedDefault(BenefitCodeTable.standard()).families())
        .isEqualTo(DEFAULT.families());
  }

  @Test
  void drm3SicknessOverrideThatDoesNotChangeTheChoiceIsNotTheDecidingStep() {
    // 133 (kontanthjælp, activation) is beaten by 890, but a-dagpenge 111 wins by the hierarchy
    // with or without the override
    PriorityTable.Decision d = choose(890, 133, 111);

    assertThat(d.code()).isEqualTo(111);
    assertThat(d.step()).isEqualTo(PriorityTable.Step.HIERARCHY);
    assertThat(d.candidates()).containsExactly(111, 133, 890);
  }

  @Test
  void drm3ActivationBeatsPassiveThenTheLowerCodeWinsAmongActivations() {
    // 735 and 737 activation, 730 passive: two of the chosen kind, so the lower code decided
    assertThat(choose(737, 730, 735))
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
        .containsExactly(735, PriorityTable.Step.LOWER_CODE);
    // 130 and 730 passive, 133 activation: the only activation decided
    assertThat(choose(730, 130, 133))
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
        .containsExactly(133, PriorityTable.Step.ACTIVATION_BEFORE_PASSIVE);
    // two passives of one family: the lower code
    assertThat(choose(730, 130))
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
        .containsExactly(130, PriorityTable.Step.LOWER_CODE);
  }

  @Test
  void drm3DuplicateCandidatesAreOneCandidate() {
    assertThat(choose(890, 890))
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
        .containsExactly(890, PriorityTable.Step.SINGLE_CANDIDATE);
    assertThat(choose(997, 997, 111).step()).isEqualTo(PriorityTable.Step.POPULATION_EXIT);
    assertThat(choose(997, 997, 111).code()).isEqualTo(997);
  }

  @Test
  void noCandidateIsTheCallersMistake() {
    assertThatThrownBy(() -> DEFAULT.choose(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one candidate");
  }

  @Test
  void rankOrdersExitsThenFamiliesThenActivationThenTheLowerCode() {
    // 999 before 997 before every family
    assertThat(DEFAULT.rank(999)).isLessThan(DEFAULT.rank(997));
    assertThat(DEFAULT.rank(997)).isLessThan(DEFAULT.rank(111));
    // a-dagpenge before særlig uddannelsesydelse before kontanthjælp before sygedagpenge
    assertThat(DEFAULT.rank(299)).isLessThan(DEFAULT.rank(151));
    assertThat(DEFAULT.rank(151)).isLessThan(DEFAULT.rank(130));
    assertThat(DEFAULT.rank(739)).isLessThan(DEFAULT.rank(890));
    // within kontanthjælp: the activation 133 before the passive 130; passive 130 before 730
    assertThat(DEFAULT.rank(133)).isLessThan(DEFAULT.rank(130));
    assertThat(DEFAULT.rank(735)).isLessThan(DEFAULT.rank(130));
    assertThat(DEFAULT.rank(130)).isLessThan(DEFAULT.rank(730));
    assertThat(DEFAULT.rank(733)).isLessThan(DEFAULT.rank(735));
    // the last family
    assertThat(DEFAULT.rank(996)).isLessThan(DEFAULT.rank(998));
    // the rank agrees with choose when no override is involved
    for (List<Integer> pair :
        List.of(List.of(111, 130), List.of(730, 735), List.of(996, 998), List.of(890, 130))) {
      int chosen = DEFAULT.choose(pair).orElseThrow().code();
      int byRank =
          DEFAULT.rank(pair.get(0)) < DEFAULT.rank(pair.get(1)) ? pair.get(0) : pair.get(1);
      assertThat(byRank).as("%s", pair).isEqualTo(chosen);
    }
  }

  @Test
  void rankPutsACodeOfNoFamilyAfterEveryFamily() {
    BenefitCodeTable codes =
        BenefitCodeTable.builder("own")
            .code(111, BenefitGroup.UNEMPLOYMENT_BENEFIT, BenefitKind.PASSIVE)
            .code(412, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE)
            .code(998, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE)
            .build();
    PriorityTable table =
        PriorityTable.builder(codes).family("first", "998").family("second", "111").build();

    assertThat(table.rank(998)).isLessThan(table.rank(111));
    assertThat(table.rank(111)).isLessThan(table.rank(412));
    assertThat(table.choose(List.of(111, 412)).orElseThrow().code()).isEqualTo(111);
    assertThat(table.choose(List.of(998, 412, 111)).orElseThrow())
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
        .containsExactly(998, PriorityTable.Step.HIERARCHY);
    assertThat(table.name()).isEqualTo("caller's table");
  }

  @Test
  void callersTableWithTheSicknessFamilyFirstAndCodesAtBothEndsOfTheRange() {
    BenefitCodeTable codes =
        BenefitCodeTable.builder("own")
            .code(100, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE)
            .code(133, BenefitGroup.CASH_BENEFIT_JOB_READY, BenefitKind.ACTIVATION)
            .code(890, BenefitGroup.SICKNESS_BENEFIT, BenefitKind.PASSIVE)
            .code(999, BenefitGroup.NO_BENEFIT, BenefitKind.PASSIVE)
            .build();
    PriorityTable table =
        PriorityTable.builder(codes)
            .name("own")
            .exits(999)
            .family("sygedagpenge", "890-899")
            .family("kontanthjælp", "130-139")
            .family("ends", "100")
            .sicknessOverride("sygedagpenge")
            .build();

    assertThat(table.choose(List.of(133, 890)).orElseThrow().code()).isEqualTo(890);
    assertThat(table.choose(List.of(100, 999)).orElseThrow())
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
        .containsExactly(999, PriorityTable.Step.POPULATION_EXIT);
    assertThat(table.families())
        .extracting(PriorityTable.Family::name)
        .containsExactly("sygedagpenge", "kontanthjælp", "ends");
    assertThat(
            PriorityTable.builder(codes).family("all", "100,999").build().families().get(0).codes())
        .containsExactly(100, 999);
  }

  @Test
  void tableWithoutASicknessOverrideLetsTheHierarchyDecide() {
    PriorityTable table =
        PriorityTable.builder(BenefitCodeTable.standard())
            .family("kontanthjælp", "130-139")
            .family("sygedagpenge", "890-899")
            .build();

    assertThat(table.choose(List.of(133, 890)).orElseThrow())
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::step)
        .containsExactly(133, PriorityTable.Step.HIERARCHY);
  }

  @Test
  void callersTableIsCheckedWhenBuilt() {
    BenefitCodeTable codes = BenefitCodeTable.standard();
    assertThatThrownBy(() -> PriorityTable.builder(codes).family("low", "99").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must be 100-999, was 99");
    assertThatThrownBy(
            () -> PriorityTable.builder(codes).family("a", "111").family("b", "110-112").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code 111 is in two families");
    assertThatThrownBy(
            () -> PriorityTable.builder(codes).family("a", "111").sicknessOverride("syge").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no family named syge");
    assertThatThrownBy(() -> new PriorityTable.Family(" ", List.of(111)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("family name must not be blank");
  }

  @Test
  void parseCodesTakesARangeOfOneCodeAndRefusesAnEmptyRange() {
    assertThat(PriorityTable.parseCodes("111-111")).containsExactly(111);
    assertThat(PriorityTable.parseCodes(" 998 - 999 ")).containsExactly(998, 999);
    assertThatThrownBy(() -> PriorityTable.parseCodes("114-111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range 114-111 is empty");
  }

  @Test
  void parseCodesRefusesANonDigitWithTheDocumentedExceptionAndAShortenedEcho() {
    assertThatThrownBy(() -> PriorityTable.parseCodes("1a1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a benefit code is one to three digits 0-9 (a range: 111-114), was '1a1'");
    // a part of 20 characters is echoed whole, one of 21 shortened to 20
    assertThatThrownBy(() -> PriorityTable.parseCodes("abcdefghijabcdefghij"))
        .hasMessageEndingWith("was 'abcdefghijabcdefghij'");
    assertThatThrownBy(() -> PriorityTable.parseCodes("abcdefghijabcdefghijk"))
        .hasMessageEndingWith("was 'abcdefghijabcdefghij…'");
    assertThatThrownBy(() -> PriorityTable.parseCodes("111,1234"))
        .hasMessageEndingWith("was '####'");
  }
}
