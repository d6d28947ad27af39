/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.extracts.dream.KeyFigureReport;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.rules.dream.SelectedOutcome;
import dk.dfdgrules.rules.dream.Share;
import dk.dfdgrules.rules.dream.StatusOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KeyFigureWriterTest {

  @ParameterizedTest(name = "{0}/{1} = \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|5|0.0000",
        "5|5|1.0000",
        "1|3|0.3333",
        "2|3|0.6667",
        "1|8|0.1250",
        "5|20000|0.0002", // 0.00025: half to even, down
        "15|20000|0.0008", // 0.00075: half to even, up
        "1|20000|0.0000", // 0.00005: half to even, down to 0
        "123456|1000000|0.1235",
        "7|0|''"
      })
  void aShareIsWrittenAsShareTextHasIt(long n, long d, String text) {
    StringBuilder b = new StringBuilder();
    KeyFigureWriter.share(b, Share.of(n, d));
    assertThat(b).hasToString(text + "\n");
    assertThat(Share.of(n, d).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3"})
  void anyShareIsWrittenAsShareTextHasIt(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 100_000; i++) {
      long d = 1 + (i % 2 == 0 ? r.nextInt(100) : r.nextInt(6_000_000));
      long n = (long) (r.nextDouble() * (d + 1));
      StringBuilder b = new StringBuilder();
      KeyFigureWriter.share(b, Share.of(n, d));
      assertThat(b).hasToString(Share.of(n, d).text() + "\n");
    }
  }

  private static final String RANGE_BASIS = "the weeks of the file's y_YYWW columns";

  /** The CSV is the same, line by line, as the obvious writer's over the API. */
  @ParameterizedTest
  @EnumSource(PeriodType.class)
  void theCsvIsWhatTheApiSays(PeriodType period) throws IOException {
    KeyFigureReport report =
        KeyFigureJob.builder()
            .period(period)
            .build()
            .run(new ByteArrayInputStream(BundledSample.bytes()));
    StringWriter w = new StringWriter();
    KeyFigureWriter.csv(report, Locale.ROOT, RANGE_BASIS, w);
    assertThat(w.toString()).isEqualTo(obvious(report));
  }

  private static String obvious(KeyFigureReport r) {
    KeyFigures k = r.figures();
    StringBuilder b = new StringBuilder();
    for (String line : KeyFigureWriter.header(r, Locale.ROOT, RANGE_BASIS)) {
      b.append("# ").append(line).append('\n');
    }
    b.append("table;period;group;detail;persons;share\n");
    for (int p = 0; p < k.periodCount(); p++) {
      String l = k.grid().labels().get(p);
      line(b, "all", l, "", "", k.personsInPeriod(p), "");
      for (BenefitGroup g : BenefitGroup.values()) {
        long n = k.persons(p, g);
        line(b, "persons", l, g.officialName(), "", n, "");
        if (n == 0) {
          continue;
        }
        if (g != BenefitGroup.NO_BENEFIT) {
          for (StatusOutcome o : StatusOutcome.values()) {
            line(
                b,
                "status",
                l,
                g.officialName(),
                o.displayName(),
                k.persons(p, g, o),
                k.share(p, g, o).text());
          }
        }
        for (int f = 0; f < FollowUp.COUNT; f++) {
          long c = k.persons(p, g, FollowUp.ofIndex(f));
          if (c > 0) {
            line(b, "group52", l, g.officialName(), FollowUp.ofIndex(f).displayName(), c, "");
          }
        }
      }
      line(
          b,
          "selected",
          l,
          "Udvalgte ydelser",
          "Antal modtagere af udvalgte ydelser",
          k.selectedPersons(p),
          "");
      for (SelectedOutcome o : SelectedOutcome.values()) {
        line(
            b,
            "selected",
            l,
            "Udvalgte ydelser",
            o.displayName(),
            k.selectedPersons(p, o),
            k.selectedShare(p, o).text());
      }
      for (KeyFigures.KeyFigure kf : k.keyFigures(p)) {
        line(
            b,
            "keyfigure",
            l,
            kf.group().officialName(),
            kf.outcome().displayName(),
            kf.persons(),
            kf.share().text());
      }
    }
    return b.toString();
  }

  private static void line(
      StringBuilder b,
      String table,
      String period,
      String group,
      String detail,
      long persons,
      String share) {
    b.append(String.join(";", table, period, group, detail, Long.toString(persons), share))
        .append('\n');
  }
}
