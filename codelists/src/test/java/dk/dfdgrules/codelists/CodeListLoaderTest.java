/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict loader, against the deliberately broken resources under {@code broken/}. */
class CodeListLoaderTest {

  @Test
  void readsMetadataColumnsAliasesAttributesAndComments() {
    CodeList list = CodeListLoader.load("broken/valid-sample.tsv");

    assertThat(list.key()).isEqualTo("valid-sample");
    assertThat(list.title()).isEqualTo("Test");
    assertThat(list.englishTitle()).isEqualTo("Test");
    assertThat(list.source()).isEqualTo("Test §1");
    assertThat(list.version()).contains("v1");
    assertThat(list.note()).contains("A note.");
    assertThat(list.isPartial()).isTrue();
    assertThat(list.acceptsOtherIds()).isTrue();
    assertThat(list.size()).isEqualTo(3);
    assertThat(list.codes().get(0))
        .isEqualTo(
            Code.builder("En")
                .id("1")
                .validFrom(LocalDate.of(2020, 1, 1))
                .validTo(LocalDate.of(2021, 12, 5))
                .alias("Én")
                .alias("Een")
                .description("The first")
                .attribute("kind", "A")
                .build());
    assertThat(list.codes().get(1)).isEqualTo(Code.of("2", "To"));
    assertThat(list.codes().get(2).id()).isEmpty();
    assertThat(list.codes().get(2).attribute("kind")).contains("B");
  }

  @ParameterizedTest(name = "{0}: line {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          wrong-field-count             | 7 | expected 6 tab-separated fields, found 5
          bad-date                      | 6 | validFrom '2021-13-01' is not an ISO date
          duplicate-id                  | 8 | duplicate id '1'
          duplicate-name                | 7 | duplicate name 'En'
          ambiguous-alias               | 7 | the same as a name or alias of 'Åbenrå'
          blank-name                    | 7 | blank name
          unknown-metadata              | 5 | unknown metadata 'colour'
          repeated-metadata             | 5 | metadata 'title' given twice
          malformed-metadata            | 5 | metadata must read '# name: value'
          no-values                     | 5 | no values after the column header
          key-mismatch                  | 1 | key 'another-key' does not match the file name
          bad-header                    | 5 | the column header must start with id name validFrom
          validto-before-validfrom      | 7 | validTo 2021-12-05 is before validFrom 2021-12-06
          blank-line                    | 7 | blank line
          missing-title                 | 4 | metadata 'title' missing
          surrounding-whitespace        | 6 | field 'name' starts or ends with whitespace
          bad-flag                      | 5 | metadata 'partial' must be true or false
          metadata-after-header         | 7 | metadata after the column header
          """)
  void malformedLineFailsNamingFileAndLine(String file, int line, String problem) {
    String resource = "broken/" + file + ".tsv";

    assertThatThrownBy(() -> CodeListLoader.load(resource))
        .isInstanceOfSatisfying(
            CodeListFormatException.class,
            e -> {
              assertThat(e.resource()).isEqualTo(resource);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.getMessage())
                  .startsWith(resource + " line " + line + ": ")
                  .contains(problem);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no-header                     | no column header
          accepts-other-ids-not-partial | accepts other ids but is not partial
          missing-resource              | resource not found
          """)
  void fileLevelErrorNamesTheFile(String file, String problem) {
    String resource = "broken/" + file + ".tsv";

    assertThatThrownBy(() -> CodeListLoader.load(resource))
        .isInstanceOfSatisfying(
            CodeListFormatException.class,
            e -> {
              assertThat(e.line()).isZero();
              assertThat(e.getMessage()).startsWith(resource + ": ").contains(problem);
            });
  }
}
