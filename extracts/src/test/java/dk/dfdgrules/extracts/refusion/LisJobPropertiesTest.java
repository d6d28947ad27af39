/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.refusion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.extracts.refusion.LisJob.Dimension;
import dk.dfdgrules.extracts.refusion.LisJobTest.Run;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

class LisJobPropertiesTest {

  static final String HEADER =
      "Uge;Beregnings ID;Ydelse;CPR nummer;Finansieringsbeløb;Indberetter Ekstern ID;"
          + "Posteringskonto for indberetning;Indberetning udbetalingsbeløb";

  /** Rows with plain and awkward values, valid and not, and line ends of both kinds. */
  Gen<String> files() {
    Gen<String> weeks =
        Gens.elements(
            "2020-08-31",
            "2020-09-28",
            "2020-09-28T00:00:00",
            "2020-10-05 00:00:00",
            " 2020-10-12",
            "2020-10-12T00:00",
            "2020-10-13",
            "2020-02-30",
            "2019-01-28",
            "",
            "\"2020-10-19\"");
    Gen<String> ids = Gens.elements("6600765512", "1", " 42 ", "", "abc", "1234567890123456789");
    Gen<String> benefits =
        Gens.elements(
            "Dagpenge, 80 pct. kommunal medfi",
            "\"Dagpenge, 80 pct. kommunal medfi\"",
            "Kontanthjælp",
            " Kontanthjælp ",
            "",
            "\u2003Sygedagpenge",
            "Sygedagpenge");
    Gen<String> cprs =
        Gens.elements("0101901234", "0202802345", " 0101901234", "010190-1234", "", "01019012345");
    Gen<String> amounts =
        Gens.oneOf(
            Gens.longs(-99_999_999_999L, 99_999_999_999L)
                .map(dk.dfdgrules.rules.refusion.LisValues::formatOere),
            Gens.elements(
                "909,60 kr.",
                "-145,54 kr.",
                "1.740,96 kr.",
                "909,6",
                "12",
                " 12,00 KR ",
                "1740.96",
                "1.74,96 kr.",
                "abc",
                "",
                "\"1.740,96 kr.\"",
                "-0,00 kr.",
                "999.999.999.999.999,99 kr.",
                "1.000.000.000.000.000,00 kr.",
                "12,345"));
    Gen<String> reporters = Gens.elements("MAF20230503.txt", "KMD.txt", " MAF20230503.txt", "");
    Gen<String> accounts = Gens.elements("star:konto:01.02", "star:konto:05.46", "");
    Gen<String> row =
        Gens.zip(
            Gens.zip(weeks, ids, benefits, cprs, (w, i, b, c) -> w + ";" + i + ";" + b + ";" + c),
            Gens.zip(
                amounts,
                reporters,
                accounts,
                amounts,
                (a, r, p, g) -> a + ";" + r + ";" + p + ";" + g),
            Gens.elements("\n", "\r\n", "\n\n", "\n;;\n", "\n\"unclosed;\n"),
            (x, y, end) -> x + ";" + y + end);
    return Gens.lists(row, 0, 40).map(rows -> HEADER + "\n" + String.join("", rows));
  }

  Gen<Set<Dimension>> dimensions() {
    return Gens.subsets(List.of(Dimension.values()))
        .map(s -> s.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(s));
  }

  @Property
  void theFastReadingEqualsTheCarefulReading(
      @ForAll("files") String file, @ForAll("dimensions") Set<Dimension> by) throws IOException {
    Run fast = LisJobTest.run(file, LisJob.builder().groupBy(by));
    Run careful = LisJobTest.run(file, LisJob.builder().groupBy(by).careful(true));
    assertThat(fast.report()).isEqualTo(careful.report());
    assertThat(fast.bad()).isEqualTo(careful.bad());
    assertThat(fast.problems()).isEqualTo(careful.problems());
  }

  @Property
  void theSumOverCitizensEqualsTheFileTotalToTheOere(@ForAll("files") String file)
      throws IOException {
    Run r = LisJobTest.run(file, LisJob.builder().groupBy(EnumSet.of(Dimension.CITIZEN)));
    LisJob.Summary s = r.report().summary();
    BigDecimal sum =
        r.report().groups().stream()
            .map(LisGroup::netExpense)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(s.total());
    assertThat(r.report().groups().stream().mapToLong(LisGroup::rows).sum())
        .isEqualTo(s.accepted());
    assertThat(s.read()).isEqualTo(s.accepted() + s.rejected());
  }

  @Property
  void everyGroupingSumsToTheSameTotal(
      @ForAll("files") String file, @ForAll("dimensions") Set<Dimension> by) throws IOException {
    Run all = LisJobTest.run(file, LisJob.builder().groupBy(Set.of()));
    Run grouped = LisJobTest.run(file, LisJob.builder().groupBy(by));
    BigDecimal sum =
        grouped.report().groups().stream()
            .map(LisGroup::netExpense)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(all.report().summary().total());
  }
}
