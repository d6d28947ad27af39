package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CodeListsCommandTest {

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Dfdg.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsEveryList() {
    Run r = run("codelists");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("dream-benefit-codes", "municipalities", "support-needs");
  }

  @Test
  void showsOneListAsATable() {
    Run r = run("codelists", "show", "dream-benefit-codes");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("111", "Dagpenge, Ledighed", "DREAM vejledning 44 v2");
  }

  @Test
  void showsTheValuesValidOnADate() {
    assertThat(run("codelists", "show", "course-categories", "--on", "2021-12-05").out())
        .contains("Udskrivningskordinator, individuel");
    assertThat(run("codelists", "show", "course-categories", "--on", "2021-12-06").out())
        .doesNotContain("Udskrivningskordinator, individuel");
  }

  @Test
  void showsJsonAndCsv() {
    assertThat(run("codelists", "show", "regions", "--format", "json").out())
        .contains("\"key\" : \"regions\"", "Region Hovedstaden");
    assertThat(run("codelists", "show", "regions", "--format", "csv").out())
        .startsWith("id;name;").contains("1084;Region Hovedstaden");
  }

  @Test
  void aWrongNameOrOptionIsExit2WithAOneLineMessage() {
    Run r = run("codelists", "show", "no-such-list");
    assertThat(r.exitCode()).isEqualTo(dk.dfdgrules.cli.common.ExitCodes.USAGE);
    assertThat(r.err().strip()).startsWith("dfdg: no code list 'no-such-list'").doesNotContain("Exception");
    Run bad = run("codelists", "show", "regions", "--on", "2021-13-01");
    assertThat(bad.exitCode()).isEqualTo(dk.dfdgrules.cli.common.ExitCodes.USAGE);
    assertThat(bad.err()).doesNotContain("at dk.").doesNotContain("at picocli");
    assertThat(run("codelists", "show", "regions", "--format", "xml").exitCode()).isEqualTo(dk.dfdgrules.cli.common.ExitCodes.USAGE);
  }
}
