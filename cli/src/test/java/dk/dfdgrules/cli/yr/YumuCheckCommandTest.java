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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dfdg yr yumu-check}: one report or an array, exit codes 0, 1 and 2, no CPR printed. */
class YumuCheckCommandTest {

  static final String VALID =
      "{\"cpr\": \"1122334444\", \"periodStart\": \"15-12\", \"startYear\": \"2022\","
          + " \"periodEnd\": \"15-01\", \"endYear\": \"2023\", \"benefit\": \"TestYdelse\","
          + " \"amount\": \"1.234,56\", \"citizenBenefits\": [\"TestYdelse\"]}";

  static final String INVALID =
      "{\"cpr\": \"112233-4444\", \"periodStart\": \"1-1\", \"startYear\": \"2019\","
          + " \"periodEnd\": \"15-01\", \"endYear\": \"2023\", \"benefit\": \"TestYdelse\","
          + " \"amount\": \"1.234\", \"citizenBenefits\": [\"TestYdelse\"]}";

  @TempDir Path dir;

  String file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f.toString();
  }

  /** No CPR-like digits in the output (the temporary folder's name has long digit runs too). */
  void noCpr(CliRun r) {
    assertThat((r.out() + r.err()).replace(dir.toString(), "DIR"))
        .doesNotContainPattern("\\d{6}-?\\d{4}");
  }

  @Test
  void yumu_oneValidReportExitsZero() throws IOException {
    CliRun r = CliRun.run("yr", "yumu-check", file("r.json", VALID), "--at", "2023-06-21");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .isEqualTo(
            "Indberetning 1: gyldig.\n"
                + "1 indberetninger: 1 gyldige, 0 ugyldige (evalueret 2023-06-21).\n");
    noCpr(r);
  }

  @Test
  void yumu_anArrayWithAnInvalidReportListsEveryFieldErrorAndExitsOne() throws IOException {
    CliRun r =
        CliRun.run(
            "yr",
            "yumu-check",
            file("r.json", "[" + VALID + "," + INVALID + "]"),
            "--at",
            "2023-06-21");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.out())
        .contains("Indberetning 1: gyldig.")
        .contains("Indberetning 2: ugyldig, 4 fejl.")
        .contains(
            "  fejl YUMU-1 i feltet cpr: CPR feltet skal udfyldes uden bindestreg og består af 10"
                + " tal.")
        .contains("  fejl YUMU-2 i feltet periodStart: Periode start feltet skal udfyldes")
        .contains("  fejl YUMU-3 i feltet startYear: Der skal vælges et gyldigt årstal")
        .contains("  fejl YUMU-7 i feltet amount: Beløb feltet skal udfyldes")
        .contains("2 indberetninger: 1 gyldige, 1 ugyldige (evalueret 2023-06-21).");
    noCpr(r);
  }

  @Test
  void yumu_inEnglish() throws IOException {
    CliRun r =
        CliRun.run(
            "yr", "yumu-check", file("r.json", INVALID), "--at", "2023-06-21", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.out())
        .contains("Report 1: invalid, 4 errors.")
        .contains("  error YUMU-1 in field cpr: The CPR field must be filled in without a hyphen");
  }

  @Test
  void yumu6_withoutTheCitizensBenefitsTheChoiceIsNotDecided() throws IOException {
    CliRun r =
        CliRun.run(
            "yr",
            "yumu-check",
            file("r.json", VALID.replace(", \"citizenBenefits\": [\"TestYdelse\"]", "")),
            "--at",
            "2023-06-21");
    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("  YUMU-6 kunne ikke afgøres: mangler citizenBenefits.");
  }

  @Test
  void badInputIsOneLineExitTwoAndNeverEchoesACpr() throws IOException {
    String[][] inputs = {
      {"broken.json", "{\"cpr\": 1122334444x}"},
      {"unknown.json", "{\"cpr\": \"1122334444\", \"navn\": \"x\"}"},
      {"string.json", "\"1122334444\""},
      {"element.json", "[\"112233-4444\"]"},
      {"created.json", "{\"created\": \"1122334444\"}"},
      {"empty.json", ""},
      {"1122334444.json", "{"},
    };
    for (String[] in : inputs) {
      CliRun r = CliRun.run("yr", "yumu-check", file(in[0], in[1]));
      assertThat(r.exitCode()).as(in[0] + ": " + r.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err().strip()).as(in[0]).startsWith("dfdg: ").doesNotContain("\n", "\tat ");
      assertThat(r.out()).as(in[0]).isEmpty();
      noCpr(r);
    }
    CliRun missing = CliRun.run("yr", "yumu-check", dir.resolve("nothing.json").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void yumu3_aCprTypedAsTheYearDepthIsAnErrorThatDoesNotShowIt() throws IOException {
    CliRun r =
        CliRun.run(
            "yr",
            "yumu-check",
            file("r.json", VALID.replace("}", ", \"yearDepth\": 1122334444}")),
            "--at",
            "2023-06-21");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.out()).contains("  fejl YUMU-3 i feltet yearDepth:");
    noCpr(r);
    // a number written as a string is not read as one (no coercion), and is not shown either
    CliRun text =
        CliRun.run(
            "yr",
            "yumu-check",
            file("t.json", VALID.replace("}", ", \"yearDepth\": \"1122334444\"}")),
            "--at",
            "2023-06-21");
    assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(text.err()).contains("field 'yearDepth'").doesNotContain("\tat ");
    noCpr(text);
  }

  @Test
  void yumu_theBundledSample() {
    CliRun r = CliRun.run("yr", "yumu-check", "--sample", "--at", "2023-06-21");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.out())
        .contains("Indberetning 1: gyldig.", "Indberetning 2: gyldig.", "Indberetning 3: ugyldig")
        .contains("fejl YUMU-5 i feltet periodStart: Datoen 30-02-2023 findes ikke.")
        .contains("3 indberetninger: 2 gyldige, 1 ugyldige (evalueret 2023-06-21).");
    noCpr(r);
    CliRun after = CliRun.run("yr", "yumu-check", "--sample", "--at", "2024-02-01");
    assertThat(after.out()).contains("fejl YUMU-8 i feltet created:");
    CliRun neither = CliRun.run("yr", "yumu-check");
    assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theMaskHidesCprNumbersWithAndWithoutHyphen() {
    assertThat(YumuCheckCommand.masked("value '1122334444' and 112233-4444, year 2023"))
        .isEqualTo("value '**********' and ******-****, year 2023");
    assertThat(YumuCheckCommand.masked("amount 1.122.334.444,00"))
        .isEqualTo("amount *.***.***.***,**");
  }
}
