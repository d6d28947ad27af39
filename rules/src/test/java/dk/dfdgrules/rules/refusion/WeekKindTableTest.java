/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeLists;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WeekKindTableTest {

  final WeekKindTable table = WeekKindTable.standard();

  @Test
  void theStandardTableMapsEveryCodeOfTheCodeList() throws Exception {
    java.util.Set<Integer> listed = new java.util.HashSet<>();
    try (var in = WeekKindTable.class.getResourceAsStream("week-kinds.tsv")) {
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.startsWith("code") && !line.isBlank()) {
          listed.add(Integer.parseInt(line.substring(0, 3)));
        }
      }
    }
    for (Code c : CodeLists.get(CodeLists.DREAM_BENEFIT_CODES).codes()) {
      c.id().ifPresent(id -> assertThat(listed).as(id).contains(Integer.parseInt(id)));
    }
  }

  @Test
  void theDocumentedChoices() {
    assertThat(table.kindOf(0)).isEqualTo(WeekKind.SELF_SUPPORT);
    assertThat(table.kindOf(651)).isEqualTo(WeekKind.OTHER_SUPPORT);
    assertThat(table.kindOf(652)).isEqualTo(WeekKind.OTHER_SUPPORT);
    assertThat(table.kindOf(998)).isEqualTo(WeekKind.OTHER_SUPPORT);
    assertThat(table.kindOf(621)).isEqualTo(WeekKind.OTHER_SUPPORT);
    assertThat(table.kindOf(997)).isEqualTo(WeekKind.OTHER_SUPPORT);
    assertThat(table.kindOf(999)).isEqualTo(WeekKind.OTHER_SUPPORT);
    assertThat(table.kindOf(996)).isEqualTo(WeekKind.SELF_SUPPORT);
    assertThat(table.kindOf(771)).isEqualTo(WeekKind.WAGE_SUBSIDY);
    assertThat(table.kindOf(135)).isEqualTo(WeekKind.WAGE_SUBSIDY);
    assertThat(table.kindOf(215)).isEqualTo(WeekKind.WAGE_SUBSIDY);
    assertThat(table.kindOf(130)).isEqualTo(WeekKind.BENEFIT);
    assertThat(table.kindOf(890)).isEqualTo(WeekKind.BENEFIT);
    assertThat(table.isCoFinanced(111)).isTrue();
    assertThat(table.isCoFinanced(152)).isTrue();
    assertThat(table.isCoFinanced(130)).isFalse();
  }

  @Test
  void anUnlistedCodeGetsTheKindOfItsRange() {
    assertThat(table.kindOf(131)).isEqualTo(WeekKind.BENEFIT); // kontanthjælp 130-139
    assertThat(table.kindOf(500)).isEqualTo(WeekKind.OTHER_SUPPORT); // anden ydelse
    assertThat(table.isCoFinanced(131)).isFalse();
  }

  @Test
  void aCallerReplacesTheTable() {
    WeekKindTable own =
        WeekKindTable.parse(
            new StringReader("# own\ncode\tkind\tcoFinanced\n651\tSELF_SUPPORT\tfalse\n"), "own");
    assertThat(own.kindOf(651)).isEqualTo(WeekKind.SELF_SUPPORT);
    assertThat(own.version()).isEqualTo("own");
  }

  @Test
  void aMalformedTableFailsNamingTheLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                WeekKindTable.parse(
                    new StringReader("code\tkind\tcoFinanced\n651\tSTUDENT\tfalse\n"), "bad"))
        .withMessageContaining("line 2");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                WeekKindTable.parse(
                    new StringReader("code\tkind\tcoFinanced\n651\tOTHER_SUPPORT\ttrue\n"), "bad"))
        .withMessageContaining("co-financed");
  }
}
