/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Any failure in any of the job's threads — an error such as {@link OutOfMemoryError} or an
 * unexpected exception — ends the job promptly with a {@link DreamJobFailedException}; a failure is
 * made by the tests' seam ({@code beforeBlock}) in a worker. The 30-second bound is a hang
 * detector, not a speed goal: the job ends in milliseconds.
 */
class DreamJobFailedExceptionTest {

  private static final Duration HANG = Duration.ofSeconds(30);
  private static final byte[] WIDE = DreamFiles.wide(1000, 3, "2019-W01", "2021-W52");
  private static final byte[] LONG = DreamFiles.longForm(1000, 3, "2019-W01", "2021-W52");
  private static final int BLOCK = 4096; // many blocks: more than 60 (see below)

  private static Throwable failure(byte[] file, KeyFigureJob.Builder job) {
    return assertTimeoutPreemptively(
        HANG, () -> catchThrowable(() -> job.build().run(new ByteArrayInputStream(file))));
  }

  private static LongConsumer failingAt(long block, Throwable t) {
    return seq -> {
      if (seq == block) {
        throwUnchecked(t);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void theFilesHaveManyBlocks() {
    assertThat(WIDE.length / BLOCK).isGreaterThan(60);
    assertThat(LONG.length / BLOCK).isGreaterThan(60);
  }

  @Nested
  class AWorkerThatFailsEndsTheJob {

    @ParameterizedTest(name = "{0} thread(s), period {1}, failing at block {2}")
    @CsvSource({
      "1, WEEK, 0",
      "2, WEEK, 0",
      "2, WEEK, 7",
      "4, WEEK, 50",
      "2, MONTH, 7",
      "3, YEAR, 20",
      "2, WEEK, 1000000"
    })
    void withAnError(int threads, PeriodType period, long block) {
      OutOfMemoryError oom = new OutOfMemoryError("Java heap space (simulated)");
      KeyFigureJob.Builder job =
          KeyFigureJob.builder()
              .threads(threads)
              .period(period)
              .blockSize(BLOCK)
              .beforeBlock(failingAt(block, oom));
      Throwable t = failure(WIDE, job);
      if (block == 1_000_000) { // never reached: the job runs to its end
        assertThat(t).isNull();
        return;
      }
      assertThat(t).isInstanceOf(DreamJobFailedException.class).hasCause(oom);
      DreamJobFailedException e = (DreamJobFailedException) t;
      assertThat(e.isOutOfMemory()).isTrue();
      assertThat(e.getMessage()).contains("OutOfMemoryError");
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @CsvSource({"1", "2", "4"})
    void withARuntimeException(int threads) {
      IllegalStateException bug = new IllegalStateException("a bug");
      KeyFigureJob.Builder job =
          KeyFigureJob.builder().threads(threads).blockSize(BLOCK).beforeBlock(failingAt(5, bug));
      Throwable t = failure(WIDE, job);
      assertThat(t).isInstanceOf(DreamJobFailedException.class).hasCause(bug);
      assertThat(((DreamJobFailedException) t).isOutOfMemory()).isFalse();
    }

    @ParameterizedTest(name = "in memory: {0}")
    @CsvSource({"false", "true"})
    void ofALongFile(boolean inMemory) {
      OutOfMemoryError oom = new OutOfMemoryError("simulated");
      KeyFigureJob.Builder job =
          KeyFigureJob.builder()
              .threads(2)
              .blockSize(BLOCK)
              .inMemory(inMemory)
              .dataWeeks(IsoWeek.parse("2019-W01"), IsoWeek.parse("2021-W52"))
              .beforeBlock(failingAt(9, oom));
      assertThat(failure(LONG, job)).isInstanceOf(DreamJobFailedException.class).hasCause(oom);
    }

    @Test
    void everyWorkerHasEndedWhenItIsThrown() {
      OutOfMemoryError oom = new OutOfMemoryError("simulated");
      AtomicLong worker = new AtomicLong();
      KeyFigureJob.Builder job =
          KeyFigureJob.builder()
              .threads(3)
              .blockSize(BLOCK)
              .beforeBlock(
                  seq -> {
                    worker.set(Thread.currentThread().getId());
                    failingAt(4, oom).accept(seq);
                  });
      assertThat(failure(WIDE, job)).hasCause(oom);
      assertThat(Thread.getAllStackTraces().keySet())
          .noneMatch(th -> th.getId() == worker.get() && th.isAlive());
    }
  }

  @Nested
  class AFailureOutsideAWorkerEndsTheJobToo {

    @Test
    void theRejectListenerFailing() {
      byte[] file = DreamFiles.bytes("lobenr,y_1901,y_1902\n1,111,111\n2,1x1,111\n3,111,111\n");
      IllegalStateException bug = new IllegalStateException("listener broken");
      KeyFigureJob.Builder job =
          KeyFigureJob.builder()
              .threads(2)
              .blockSize(64)
              .rejects(
                  r -> {
                    throw bug;
                  });
      assertThat(failure(file, job)).isInstanceOf(DreamJobFailedException.class).hasCause(bug);
    }

    @Test
    void theReaderFailingWithAnError() {
      OutOfMemoryError oom = new OutOfMemoryError("simulated");
      InputStream in =
          new InputStream() {
            private final InputStream wide = new ByteArrayInputStream(WIDE);
            private long read;

            @Override
            public int read() throws IOException {
              throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
              if (read > 40 * BLOCK) {
                throw oom;
              }
              int n = wide.read(b, off, len);
              read += Math.max(n, 0);
              return n;
            }
          };
      KeyFigureJob job = KeyFigureJob.builder().threads(2).blockSize(BLOCK).build();
      Throwable t = assertTimeoutPreemptively(HANG, () -> catchThrowable(() -> job.run(in)));
      assertThat(t).isInstanceOf(DreamJobFailedException.class).hasCause(oom);
      assertThat(((DreamJobFailedException) t).bytesRead()).isPositive();
    }

    @Test
    void anInputErrorStaysWhatItIs() {
      KeyFigureJob job = KeyFigureJob.builder().threads(2).blockSize(BLOCK).build();
      InputStream broken =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("disk gone");
            }
          };
      Throwable t =
          assertTimeoutPreemptively(
              HANG,
              () ->
                  catchThrowable(
                      () ->
                          job.run(
                              new java.io.SequenceInputStream(
                                  new ByteArrayInputStream(DreamFiles.bytes("lobenr,y_1901\n")),
                                  broken))));
      assertThat(t).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
    }
  }

  @Nested
  class TheHeapNeeded {

    @Test
    void growsWithThePersonsOfTheWholeInput() {
      OutOfMemoryError oom = new OutOfMemoryError("simulated");
      KeyFigureJob.Builder job =
          KeyFigureJob.builder().threads(2).blockSize(BLOCK).beforeBlock(failingAt(30, oom));
      DreamJobFailedException e = (DreamJobFailedException) failure(WIDE, job);
      assertThat(e.personsRead()).isPositive().isLessThan(1000);
      assertThat(e.bytesRead()).isPositive().isLessThan(WIDE.length);
      long soFar = e.heapNeeded(0);
      // blocks (7 of 4 KiB here) and counts besides the JVM's baseline
      assertThat(soFar).isGreaterThan(DreamJobFailedException.BASELINE + 7 * BLOCK);
      assertThat(e.heapNeeded(WIDE.length)).isGreaterThanOrEqualTo(soFar);
      // a national file: 5.3 million persons' keys in the estimate
      long national = e.heapNeeded(e.bytesRead() * (5_300_000 / Math.max(1, e.personsRead())));
      assertThat(national - soFar).isGreaterThan(KeySet.peakBytes(5_000_000) - (1 << 20));
    }

    @Test
    void ofTheKeySetIsItsTableAndTheHalfSizeOneWhileItDoubles() {
      assertThat(KeySet.peakBytes(0)).isEqualTo(8 << 12);
      assertThat(KeySet.peakBytes(3072)).isEqualTo(8 << 12);
      assertThat(KeySet.peakBytes(3073)).isEqualTo((8 << 13) + (4 << 13));
      // a million persons: 2^21 slots, 16 MiB, and 8 MiB while doubling
      assertThat(KeySet.peakBytes(1_000_000)).isEqualTo(24L << 20);
    }
  }
}
