/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Derived values keep their type: read back typed, rendered as text, never parsed (JSON:
 * dfdg-json).
 */
class DerivedValueTest {

  private static final LocalDate D = LocalDate.of(2022, 3, 10);
  private static final RuleId CP_3_2 = RuleId.of("CP-3.2");
  private static final Message WHY = Message.of("x");
  private static final DerivedKey<LocalDate> CLOSED_ON =
      DerivedKey.of("subscription.closedOn", LocalDate.class);
  private static final DerivedKey<DatePeriod> PERIOD =
      DerivedKey.of("contactPersons[].period", DatePeriod.class);
  private static final DerivedKey<List<Integer>> NEEDS =
      DerivedKey.listOf("udbMessage.supportNeeds", Integer.class);
  private static final RuleVersion V =
      RuleVersion.since(
          RuleId.of("CP-3"),
          Sources.DFDG_RELEASE,
          SourceCitation.of(Sources.DFDG_RELEASE_NOTE, "§1.1", "Hvis ingen slutdato"));

  @Test
  void aTemplateNamesOneValuePerElement() {
    assertThat(PERIOD.isTemplate()).isTrue();
    DerivedKey<DatePeriod> third = PERIOD.at(2);
    assertThat(third.path()).isEqualTo("contactPersons[2].period");
    assertThat(third.template()).isEqualTo("contactPersons[].period");
    assertThat(third.element()).contains("2");
    assertThat(PERIOD.covers(third)).isTrue();
    assertThat(third.covers(PERIOD.at(3))).isFalse();
    assertThat(DerivedKey.of("group[]", String.class).at(IsoWeek.of(2019, 38)).path())
        .isEqualTo("group[2019-W38]");
    assertThatThrownBy(() -> third.at(4)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DerivedValue.of(PERIOD, DatePeriod.from(D), CP_3_2, WHY))
        .hasMessageContaining("use key.at(element)");
  }

  @Test
  void aValueOfTheWrongTypeIsACallerError() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    DerivedKey<Object> raw = (DerivedKey) CLOSED_ON;
    assertThatThrownBy(() -> DerivedValue.of(raw, "2022-03-10", CP_3_2, WHY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subscription.closedOn holds a LocalDate");
    @SuppressWarnings({"unchecked", "rawtypes"})
    DerivedKey<List<Object>> rawList = (DerivedKey) NEEDS;
    assertThatThrownBy(() -> DerivedValue.of(rawList, List.of("2"), CP_3_2, WHY))
        .hasMessageContaining("holds Integer elements");
  }

  @Test
  void valuesAreReadBackTypedFromAResult() {
    RuleResult r =
        RuleResult.builder(V)
            .derived(
                DerivedValue.changed(
                    PERIOD.at(0), DatePeriod.from(D), DatePeriod.of(D, D), CP_3_2, WHY))
            .derived(
                DerivedValue.changed(
                    PERIOD.at(1), DatePeriod.of(D, D), DatePeriod.of(D, D), CP_3_2, WHY))
            .derived(CLOSED_ON, D, WHY)
            .build();
    assertThat(r.value(CLOSED_ON)).contains(D);
    assertThat(r.value(PERIOD.at(0))).contains(DatePeriod.of(D, D));
    assertThat(r.derived(PERIOD)).hasSize(2).allSatisfy(d -> assertThat(d.value()).isPresent());
    assertThat(r.value(DerivedKey.of("subscription.closeReason", CloseReason.class))).isEmpty();
    RuleResults joined = RuleResults.of(List.of(r, RuleResult.satisfied(V)));
    assertThat(joined.value(CLOSED_ON)).contains(D);
    assertThat(joined.derived(PERIOD)).hasSize(2);
  }

  @Test
  void textIsIsoDatesPeriodsNamesAndJoinedLists() {
    assertThat(DerivedValue.of(CLOSED_ON, D, CP_3_2, WHY).text()).contains("2022-03-10");
    assertThat(DerivedValue.of(PERIOD.at(0), DatePeriod.from(D), CP_3_2, WHY).text())
        .contains("2022-03-10/..");
    assertThat(
            DerivedValue.of(
                    DerivedKey.of("subscription.closeReason", CloseReason.class),
                    CloseReason.CONTACT_GROUP_CLOSED,
                    CP_3_2,
                    WHY)
                .text())
        .contains("CONTACT_GROUP_CLOSED");
    assertThat(DerivedValue.of(NEEDS, List.of(2, 3), CP_3_2, WHY).text()).contains("2, 3");
    assertThat(DerivedKey.text(new BigDecimal("1E+2"))).isEqualTo("100");
    DerivedValue<LocalDate> removed = DerivedValue.changed(CLOSED_ON, D, null, CP_3_2, WHY);
    assertThat(removed.text()).isEmpty();
    assertThat(removed.previousText()).contains("2022-03-10");
    assertThat(removed.isChange()).isTrue();
  }
}
