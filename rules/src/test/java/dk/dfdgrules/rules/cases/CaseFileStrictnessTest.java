/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A case file says what it means: what YAML would let through without a word (a tag, an alias, a
 * second document, a key given twice, no case at all) is a {@link CaseFileException} naming the
 * file, the line and what is wrong — and no message shows a CPR number of the input.
 */
class CaseFileStrictnessTest {

  private static final String CASE =
      """
        - name: c
          at: 2021-11-01
          facts: {subscription: {createdOn: 2021-01-01}}
          expect: {decision: STAYS_OPEN}
      """;

  private static CaseFile read(String yaml) throws IOException {
    return CaseFiles.read(new StringReader(yaml), "f.yaml");
  }

  private static String rejection(String yaml) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> read(yaml));
    assertThat(t).isInstanceOf(CaseFileException.class);
    return t.getMessage();
  }

  @Test
  void aPlainFileIsRead() throws IOException {
    CaseFile f = read("area: udb-subscription\ncases:\n" + CASE + "...\n");
    assertThat(f.source()).isEqualTo("f.yaml");
    assertThat(f.area()).isEqualTo("udb-subscription");
    assertThat(f.cases()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("c"));
    assertThat(f.broken()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a tag on a value            | area: !area udb-subscription
          a standard tag on a value   | area: !!str udb-subscription
          a tag on a mapping          | area: udb-subscription\\nextra: !thing {a: 1}
          a tag on a list             | area: udb-subscription\\nextra: !thing [1]
          a tag on the document       | --- !file\\narea: udb-subscription
          """)
  void aYamlTagIsRejected(String what, String head) {
    String message = rejection(head.replace("\\n", "\n") + "\ncases:\n" + CASE);
    assertThat(message).startsWith("f.yaml line ").contains("a YAML tag (!", "uses no tags");
  }

  @Test
  void theTagIsNamedWithItsLine() {
    assertThat(rejection("area: udb-subscription\ncases:\n" + CASE + "extra: !thing 1\n"))
        .isEqualTo("f.yaml line 7, column 8: a YAML tag (!thing); a case file uses no tags");
  }

  @Test
  void aStandardTagIsShownAsWritten() {
    assertThat(rejection("area: !!str udb-subscription\ncases:\n" + CASE))
        .isEqualTo("f.yaml line 1, column 7: a YAML tag (!!str); a case file uses no tags");
  }

  @Test
  void anAliasIsRejectedNotReadAsItsName() {
    assertThat(rejection("area: &a udb-subscription\nother: *a\ncases:\n" + CASE))
        .isEqualTo(
            "f.yaml line 2, column 8: a YAML alias (*a); a case file writes every value out");
  }

  @Test
  void aSecondDocumentIsRejected() {
    assertThat(rejection("area: udb-subscription\ncases:\n" + CASE + "---\narea: cv-approval\n"))
        .isEqualTo(
            "f.yaml line 8, column 1: a second YAML document (after ---); a case file is one"
                + " document");
    assertThat(rejection("area: udb-subscription\ncases:\n" + CASE + "--- x\n"))
        .contains("a second YAML document");
  }

  @Test
  void aKeyGivenTwiceIsRejected() {
    assertThat(rejection("area: udb-subscription\narea: cv-approval\ncases:\n" + CASE))
        .startsWith("f.yaml line 2, column ")
        .endsWith(": Duplicate field 'area'");
    assertThat(rejection("area: udb-subscription\ncases:\n" + CASE + "    at: 2021-11-02\n"))
        .contains("Duplicate field 'at'");
  }

  @Test
  void aFileWithoutCasesIsRejected() {
    assertThat(rejection("area: udb-subscription\ncases: []\n"))
        .isEqualTo("f.yaml: 'cases' holds no case; a case file needs one");
    assertThat(rejection("area: udb-subscription\ncases:\n"))
        .isEqualTo("f.yaml: 'cases' must be a list of cases (- name: …)");
    assertThat(rejection("area: udb-subscription\ncases: {name: c}\n"))
        .isEqualTo("f.yaml: 'cases' must be a list of cases (- name: …)");
    assertThat(rejection("area: udb-subscription\n"))
        .isEqualTo("f.yaml: a case file needs 'area' and 'cases'");
    assertThat(rejection("cases:\n" + CASE))
        .isEqualTo("f.yaml: a case file needs 'area' and 'cases'");
    assertThat(rejection("area:\ncases:\n" + CASE))
        .isEqualTo("f.yaml: a case file needs 'area' and 'cases'");
    assertThat(rejection("")).isEqualTo("f.yaml: a case file needs 'area' and 'cases'");
    assertThat(rejection("- a list\n")).isEqualTo("f.yaml: a case file needs 'area' and 'cases'");
  }

  @Test
  void malformedYamlNamesTheLineAndColumn() {
    assertThat(rejection("area: udb-subscription\ncases: [\n")).startsWith("f.yaml line ");
  }

  @Test
  void aCprNumberInTheInputIsNotEchoed() throws IOException {
    String cpr = "0101901234";
    CaseFile f =
        read(
            "area: udb-subscription\ncases:\n  - name: c\n    at: "
                + cpr
                + "\n    facts: {}\n    expect: {}\n  - name: d\n    at: 010190-1234\n"
                + "    facts: {}\n    expect: {}\n");
    assertThat(f.broken()).hasSize(2);
    assertThat(f.broken().get(0).problem())
        .startsWith("field 'at': ")
        .contains("**********")
        .doesNotContain(cpr);
    assertThat(f.broken().get(1).problem()).contains("******-****").doesNotContain("010190");
    assertThat(rejection("area: udb-subscription\n" + cpr + ": [\n")).doesNotContain(cpr);
    assertThat(rejection("area: !t" + cpr + " x\ncases:\n" + CASE))
        .contains("(!t**********)")
        .doesNotContain(cpr);
  }

  @Test
  void aCprNumberInTheFactsIsNotEchoed() throws IOException {
    CaseFile f =
        read(
            """
            area: cv-approval
            cases:
              - name: c
                at: 2022-03-10
                facts: {reportedStatus: "0101901234"}
                expect: {}
            """);
    CaseVerdict v = CaseRunner.run(f).get(0);
    assertThat(v.passed()).isFalse();
    assertThat(String.join("\n", v.mismatches()))
        .startsWith("facts: ")
        .doesNotContain("0101901234");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0101901234, **********",
    "010190-1234, ******-****",
    "x123456y, x******y",
    "12345, 12345",
    "2021-11-01, 2021-11-01",
    "'a 0101901234 and 1111111111', 'a ********** and **********'",
    "1234567-1234, *******-****",
    "0101.901.234, ****.***.***",
  })
  void maskHidesEveryRunOfSixDigits(String text, String masked) {
    assertThat(CaseFiles.mask(text)).isEqualTo(masked);
  }

  @Test
  void aBrokenEntryNamesItsMisspeltKeysAndAFieldPathNamesTheListIndex() throws IOException {
    CaseFile f =
        read(
            """
            area: contact-persons
            cases:
              - name: {not: a name}
                at: 2022-03-10
                fact: {}
                expected: {}
              - name: an index
                at: 2022-03-10
                facts: {}
                expect: {}
                switchOff: [CP-1, [x]]
            """);
    assertThat(f.broken())
        .extracting(CaseFile.BrokenCase::position, CaseFile.BrokenCase::name)
        .containsExactly(tuple(1, "case 1"), tuple(2, "an index"));
    assertThat(f.broken().get(0).problem())
        .isEqualTo(
            "missing 'facts' (write facts: {} for none), 'expect'; unknown key 'fact',"
                + " 'expected'");
    assertThat(f.broken().get(1).problem()).startsWith("field 'switchOff[1]': ");
    CaseVerdict v =
        CaseRunner.run(
                read(
                    """
                    area: contact-persons
                    cases:
                      - name: c
                        at: 2022-03-10
                        facts: {moveDate: 2022-03-10, contactPersons: [{type: 1, period: [1]}]}
                        expect: {}
                    """))
            .get(0);
    assertThat(v.mismatches())
        .singleElement()
        .asString()
        .startsWith("facts: field 'contactPersons[0].period': ");
  }
}
