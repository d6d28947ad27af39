package dk.dfdgrules.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.Dfdg;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.rules.RuleAreas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code dfdg evaluate AREA --example} works for every area of the library, in both languages. */
class EveryAreaOnTheCommandLineTest {

  static Stream<String> areas() {
    return RuleAreas.all().stream().map(RuleArea::name).filter(n -> !n.equals("test-area"));
  }

  private static String[] run(String... args) {
    CommandLine cl = Dfdg.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void evaluatesTheBundledExample(String area) {
    String[] da = run("evaluate", area, "--example", "--at", "2022-03-10");
    assertThat(da[0]).as(da[2]).isEqualTo("0");
    assertThat(da[1]).contains("Område: " + area, "Resultat: ", "Regler:").doesNotContain("{");
    String[] en = run("evaluate", area, "--example", "--at", "2022-03-10", "--lang", "en", "--format", "json");
    assertThat(en[0]).as(en[2]).isEqualTo("0");
    assertThat(en[1]).contains("\"area\" : \"" + area + "\"", "\"language\" : \"en\"");
  }

  @org.junit.jupiter.api.Test
  void everyAreaOfTheReleaseNoteIsThere() {
    assertThat(areas().toList())
        .contains(
            "support-needs", "education-letter", "udb-message", "education-contacts",
            "udb-subscription", "contact-persons", "person-group-marking", "job-titles",
            "absence", "mentor", "course-category", "cv-approval", "membership-recall",
            "retention");
  }

  @org.junit.jupiter.api.Test
  void aSatisfiedRuleWithAWarningSaysSo() {
    String[] da = run("evaluate", "support-needs", "--example", "--at", "2022-03-10");
    assertThat(da[1]).contains("SN-6 [advarsel]", "SN-6 OPFYLDT (med advarsel)");
  }
}
