/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedReaderTest {

  static DelimitedReader open(String text) throws IOException {
    return DelimitedReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static DelimitedReader open(byte[] bytes) throws IOException {
    return DelimitedReader.open(new ByteArrayInputStream(bytes));
  }

  @Test
  void readsColumnsByNameWithAnyDelimiterBomAndCrlf() throws IOException {
    for (String d : List.of(";", ",", "\t")) {
      String text = "\uFEFFCPR" + d + " Start " + d + "kategori\r\n1" + d + "2" + d + "3\r\n";
      try (DelimitedReader r = open(text)) {
        assertThat(r.header()).containsExactly("cpr", "start", "kategori");
        assertThat(r.delimiter()).isEqualTo(d.charAt(0));
        int cat = r.require("category", List.of("category", "kategori"));
        assertThat(r.next()).isTrue();
        assertThat(r.get(cat)).isEqualTo("3");
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.next()).isFalse();
        assertThat(r.rowsRead()).isEqualTo(1);
      }
    }
  }

  @Test
  void numbersLinesAsAnEditorAndFlagsBlankMalformedAndShortRows() throws IOException {
    try (DelimitedReader r = open("a;b\n1;2\n\n\"x;2\n7\n;\n")) {
      List<String> seen = new ArrayList<>();
      while (r.next()) {
        seen.add(
            r.line() + ":" + (r.blank() ? "blank" : r.malformed() ? "malformed" : r.size() + ""));
      }
      assertThat(seen).containsExactly("2:2", "3:blank", "4:malformed", "5:1", "6:blank");
      assertThat(r.rowsRead()).isEqualTo(5);
    }
  }

  @Test
  void aMissingFieldIsEmptyAndQuotesAreRead() throws IOException {
    try (DelimitedReader r = open("a;b;c\n\"x;y\";\"say \"\"hi\"\"\"\n")) {
      r.next();
      assertThat(r.get(0)).isEqualTo("x;y");
      assertThat(r.get(1)).isEqualTo("say \"hi\"");
      assertThat(r.get(2)).isEmpty();
      assertThat(r.get(-1)).isEmpty();
    }
  }

  @Test
  void aLineLongerThanTheLimitIsFlaggedAndTheNextLineIsReadWhole() throws IOException {
    String huge = "x".repeat(DelimitedReader.MAX_LINE_CHARS + 10);
    try (DelimitedReader r = open("a;b\n" + huge + "\n1;2\n")) {
      assertThat(r.next()).isTrue();
      assertThat(r.tooLong()).isTrue();
      assertThat(r.next()).isTrue();
      assertThat(r.tooLong()).isFalse();
      assertThat(r.get(1)).isEqualTo("2");
      assertThat(r.line()).isEqualTo(3);
    }
  }

  @Test
  void anEmptyFileOrAMissingColumnIsAFileErrorWithoutTheRowsData() throws IOException {
    assertThatThrownBy(() -> open(""))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("empty");
    try (DelimitedReader r = open("0101901234;x\n")) {
      assertThatThrownBy(() -> r.require("citizen", List.of("cpr")))
          .isInstanceOf(InputFileException.class)
          .hasMessageContaining("no citizen column")
          .hasMessageNotContaining("0101901234");
    }
  }

  @Test
  void malformedUtf8IsReadAsAReplacementCharacterNotAnError() throws IOException {
    byte[] bytes = {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    try (DelimitedReader r = open(bytes)) {
      assertThat(r.next()).isTrue();
      assertThat(r.get(0)).contains("\uFFFD");
    }
  }
}
