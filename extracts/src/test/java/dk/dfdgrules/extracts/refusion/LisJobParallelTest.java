/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.refusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.refusion.LisJob.Dimension;
import dk.dfdgrules.extracts.refusion.LisJob.Problem;
import dk.dfdgrules.extracts.refusion.LisJobTest.Run;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LisJobParallelTest {

  static final String ROW =
      "2020-08-31;6600765512;Kontanthjælp;0101901234;909,60 kr.;KMD.txt;star:konto:01.02;12,00";

  static Run runFile(Path file, LisJob.Builder b) throws IOException {
    List<BadRow> bad = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    LisJob.Report r =
        b.build()
            .run(
                file,
                new LisJob.Output() {
                  @Override
                  public void rejected(BadRow row, Problem problem) {
                    bad.add(row);
                    problems.add(problem);
                  }
                });
    return new Run(r, bad, problems);
  }

  static Path write(String text) throws IOException {
    Path f = Files.createTempFile("lis", ".csv");
    f.toFile().deleteOnExit();
    Files.write(f, text.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  /** The property test's files, with or without a BOM and a line end after the last row. */
  Gen<String> files() {
    return Gens.zip(
        new LisJobPropertiesTest().files(),
        Gens.booleans(),
        Gens.elements("", "\n", "\r\n", "\"x;y\n"),
        (f, bom, tail) -> {
          String s = (bom ? "\uFEFF" : "") + f;
          while (s.endsWith("\n") && !tail.isEmpty()) {
            s = s.substring(0, s.length() - 1); // the last line without a line end
          }
          return s + (tail.equals("\"x;y\n") ? tail.strip() : tail);
        });
  }

  Gen<Set<Dimension>> dimensions() {
    return new LisJobPropertiesTest().dimensions();
  }

  void assertSame(String text, Set<Dimension> by, int threads) throws IOException {
    Path file = write(text);
    LisJob.Builder parallel = LisJob.builder().groupBy(by).threads(threads);
    Run seq;
    try {
      seq = LisJobTest.run(text, LisJob.builder().groupBy(by));
    } catch (InputFileException e) { // an unusable header: the same failure
      assertThatThrownBy(() -> runFile(file, parallel))
          .isInstanceOf(InputFileException.class)
          .hasMessage(e.getMessage());
      return;
    }
    Run par = runFile(file, parallel);
    assertThat(par.report()).isEqualTo(seq.report());
    assertThat(par.bad()).isEqualTo(seq.bad());
    assertThat(par.problems()).isEqualTo(seq.problems());
  }

  @Property
  void theParallelRunEqualsTheSequentialRun(
      @ForAll("files") String file, @ForAll("dimensions") Set<Dimension> by) throws IOException {
    for (int threads : new int[] {2, 3, 7}) {
      assertSame(file, by, threads);
    }
  }

  @Test
  void tinyFilesGiveTheSequentialResult() throws IOException {
    String h = LisJobPropertiesTest.HEADER;
    for (String text :
        List.of(
            h,
            h + "\n",
            h + "\r\n",
            h + "\n" + ROW,
            h + "\n" + ROW + "\n",
            h + "\r\n" + ROW + "\r\n" + ROW + "\r\n",
            h + "\n\n",
            h + "\n\"x;y\n" + ROW)) {
      for (int threads : new int[] {1, 2, 3, 7}) {
        assertSame(text, EnumSet.of(Dimension.CITIZEN, Dimension.BENEFIT), threads);
      }
    }
    assertThatThrownBy(() -> runFile(write(""), LisJob.builder().threads(3)))
        .isInstanceOf(InputFileException.class);
  }

  @Test
  void theRangesStartAtLineStarts() throws IOException {
    String text = LisJobPropertiesTest.HEADER + "\n" + ("\"a;\"b\";c\n" + ROW + "\r\n").repeat(20);
    Path f = write(text);
    byte[] bytes = Files.readAllBytes(f);
    int header = text.indexOf('\n') + 1;
    try (FileChannel ch = FileChannel.open(f)) {
      for (int n = 1; n <= 40; n++) {
        long[] cuts = LisJob.cuts(ch, header, bytes.length, n);
        assertThat(cuts[0]).isEqualTo(header);
        assertThat(cuts[n]).isEqualTo(bytes.length);
        for (int k = 1; k < n; k++) {
          assertThat(cuts[k]).isGreaterThanOrEqualTo(cuts[k - 1]);
          assertThat(cuts[k] == bytes.length || bytes[(int) cuts[k] - 1] == '\n').isTrue();
        }
      }
    }
  }

  /** More rejected rows per range than a range keeps while it waits for its turn. */
  static String manyRejects() {
    StringBuilder b = new StringBuilder(LisJobPropertiesTest.HEADER).append('\n');
    for (int i = 0; i < 30_000; i++) {
      b.append(i % 3 == 0 ? ROW : ROW.replace("2020-08-31", "2020-09-01")).append('\n');
    }
    return b.toString();
  }

  @Test
  void manyRejectedRowsComeInFileOrder() throws IOException {
    String text = manyRejects();
    assertSame(text, EnumSet.of(Dimension.CITIZEN), 3);
    assertSame(text, EnumSet.of(Dimension.WEEK), 7);
  }

  @Test
  void aFailingWorkerEndsTheJob() throws IOException {
    Path f = write(manyRejects());
    for (int failAt : new int[] {1, 5_000, 15_000, 19_999}) {
      AtomicInteger seen = new AtomicInteger();
      LisJob job = LisJob.builder().threads(3).build();
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              assertThatThrownBy(
                      () ->
                          job.run(
                              f,
                              new LisJob.Output() {
                                @Override
                                public void rejected(BadRow row, Problem problem) {
                                  if (seen.incrementAndGet() == failAt) {
                                    throw new IllegalStateException("stop at " + failAt);
                                  }
                                }
                              }))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessage("stop at " + failAt));
    }
  }
}
