/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LisCommandTest {

  static final String HEADER =
      "Beregnings ID;Uge;CPR nummer;Ydelse;Indberetter Ekstern ID;Indberetning"
          + " udbetalingsbeløb;Posteringskonto for indberetning;Finansieringsbeløb\n";

  @TempDir Path dir;

  Path file(String text) throws IOException {
    Path f = dir.resolve("lis.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void theSampleByCitizenWithTheCprMasked() {
    CliRun r = CliRun.run("yr", "lis", "--sample");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .isEqualTo(
            "citizen;rows;net_expense\n" + "010190-****;10;11132.34\n" + "020280-****;4;9810.00\n");
    assertThat(r.err())
        .contains("rækker læst 14, godtaget 14, afvist 0; MAF-rækker 10, rækker i delte uger 6")
        .contains("nettoudgift 20942.34 kr.")
        .doesNotContain("0101901234");
  }

  @Test
  void theCprOnlyWhenAskedFor() {
    CliRun r = CliRun.run("yr", "lis", "--sample", "--show-cpr", "--by", "citizen,week");
    assertThat(r.out()).contains("0101901234;2020-09-28;2;2398.08\n");
  }

  @Test
  void byBenefitAndMonth() {
    CliRun r = CliRun.run("yr", "lis", "--sample", "--by", "benefit,month");
    assertThat(r.out())
        .startsWith("benefit;month;rows;net_expense\n")
        .contains("Kontanthjælp;2022-02;2;3270.00\n");
  }

  @Test
  void theSummaryAsJson() {
    CliRun r = CliRun.run("yr", "lis", "--sample", "--summary", "--format", "json", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("\"read\" : 14")
        .contains("\"mafRows\" : 10")
        .contains("\"netExpense\" : 20942.34")
        .doesNotContain("groups");
    assertThat(r.err()).contains("rows read 14, accepted 14");
  }

  @Test
  void jsonGroupsMaskTheCpr() {
    CliRun r = CliRun.run("yr", "lis", "--sample", "--format", "json");
    assertThat(r.out()).contains("\"citizen\" : \"010190-****\"").doesNotContain("0101901234");
  }

  @Test
  void badRowsByLineAndReasonWithoutCprExitOne() throws IOException {
    Path f =
        file(
            HEADER
                + "1;2020-09-01;0101901234;Dagpenge;x;909,60 kr.;y;-145,54 kr.\n"
                + "2;2020-08-31;0101901234;Dagpenge;x;909,60 kr.;y;-145.54\n"
                + "3;2020-08-31;0101901234;Dagpenge;x;909,60 kr.;y;-145,54 kr.\n");
    CliRun r =
        CliRun.run(
            "yr",
            "lis",
            f.toString(),
            "--mapping",
            "Indberetning udbetalingsbeløb + Finansieringsbeløb");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.err())
        .contains(f + ":2: Uge is not a Monday")
        .contains(f + ":3: Finansieringsbeløb has a '.'")
        .doesNotContain("0101901234");
    assertThat(r.out()).isEqualTo("citizen;rows;net_expense\n010190-****;1;764.06\n");
  }

  @Test
  void badInputIsOneLineAndExitTwoWithoutAStackTrace() throws IOException {
    CliRun missing =
        CliRun.run("yr", "lis", file("Uge;CPR nummer\n2020-08-31;0101901234\n").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err())
        .contains("no column 'Ydelse'")
        .doesNotContain("0101901234", "Exception", "\tat ");
    assertThat(missing.err().strip().lines()).hasSize(1);
    CliRun none = CliRun.run("yr", "lis", dir.resolve("nope.csv").toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun by = CliRun.run("yr", "lis", "--sample", "--by", "year");
    assertThat(by.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(by.err()).contains("--by takes citizen, benefit, week, month or none");
    CliRun mapping = CliRun.run("yr", "lis", "--sample", "--mapping", "Uge + uge");
    assertThat(mapping.exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun headerOnly = CliRun.run("yr", "lis", file(HEADER).toString());
    assertThat(headerOnly.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theBundledSampleIsTheRepositorysSample() throws IOException {
    try (InputStream in = LisCommand.class.getResourceAsStream(LisCommand.SAMPLE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(Path.of("..", "samples", "yr-lis-sample.csv")));
    }
  }
}
