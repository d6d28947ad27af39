/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static java.util.Objects.requireNonNull;

/**
 * The key-figure job stopped because something other than its input went wrong: a worker thread (or
 * the reading thread) failed with an error or an unexpected exception — most often {@link
 * OutOfMemoryError}, the heap being too small for the job — which is the {@linkplain #getCause()
 * cause}. The job ends promptly: the other threads are stopped, no thread is left waiting.
 *
 * <p>For an exhausted heap, {@link #heapNeeded(long)} estimates what the job needs for the whole
 * input from what it had read when it failed; an input that cannot be read is a {@link
 * DreamInputException} or an {@link java.io.UncheckedIOException} instead. The message never holds
 * personal data.
 */
public final class DreamJobFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What else the job's heap holds: the JVM's own objects, slack for fragmentation. */
  static final long BASELINE = 24L << 20;

  /** How the job's memory grows with the persons of the input. */
  enum PersonMemory {
    /** It does not (a long file read in step). */
    NONE,
    /** The wide file's set of person keys ({@code KeySet}). */
    KEY_SET,
    /** A long file read in memory: every person's weeks. */
    IN_MEMORY
  }

  private final long bytesRead;
  private final long personsRead;
  private final long fixedBytes;
  private final PersonMemory personMemory;
  private final int weeks;

  /**
   * A failure with what is known of the job's memory.
   *
   * @param cause what failed
   * @param bytesRead the input bytes read when it failed
   * @param personsRead the persons held when it failed
   * @param fixedBytes what the job holds whatever the number of persons (blocks, counts)
   * @param personMemory how memory grows with the persons
   * @param weeks the weeks of the data
   */
  DreamJobFailedException(
      Throwable cause,
      long bytesRead,
      long personsRead,
      long fixedBytes,
      PersonMemory personMemory,
      int weeks) {
    super("the key-figure job failed: " + requireNonNull(cause, "cause"), cause);
    this.bytesRead = bytesRead;
    this.personsRead = personsRead;
    this.fixedBytes = fixedBytes;
    this.personMemory = requireNonNull(personMemory, "personMemory");
    this.weeks = weeks;
  }

  /**
   * A failure of which only the bytes read are known.
   *
   * @param cause what failed
   * @param bytesRead the input bytes read when it failed
   */
  DreamJobFailedException(Throwable cause, long bytesRead) {
    this(cause, bytesRead, 0, 0, PersonMemory.NONE, 0);
  }

  /**
   * Tells whether the heap was exhausted.
   *
   * @return true if the cause is an {@link OutOfMemoryError}
   */
  public boolean isOutOfMemory() {
    return getCause() instanceof OutOfMemoryError;
  }

  /**
   * The input bytes read (after the header) when the job failed.
   *
   * @return at least 0
   */
  public long bytesRead() {
    return bytesRead;
  }

  /**
   * The persons the job held when it failed (a wide file's keys, a long file's persons in memory; 0
   * for a long file read in step, whose memory does not grow with the persons).
   *
   * @return at least 0
   */
  public long personsRead() {
    return personsRead;
  }

  /**
   * Estimates the heap the job needs for the whole input: its blocks and counts, plus — for a wide
   * file or a long one read in memory — the persons, extrapolated from those read so far, plus
   * {@value #BASELINE} bytes for the JVM's own objects. An estimate, not a promise: give a little
   * more.
   *
   * @param inputBytes the size of the whole input, or 0 if unknown (then the persons read so far)
   * @return bytes
   */
  public long heapNeeded(long inputBytes) {
    long persons = personsRead;
    if (bytesRead > 0 && inputBytes > bytesRead) {
      persons = (long) Math.ceil(personsRead * (double) inputBytes / bytesRead);
    }
    long perPersons =
        switch (personMemory) {
          case NONE -> 0;
          case KEY_SET -> KeySet.peakBytes(persons);
          case IN_MEMORY -> persons * (2L * weeks + 128);
        };
    return BASELINE + fixedBytes + perPersons;
  }
}
