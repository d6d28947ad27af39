/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

/**
 * The person keys already seen in a wide DREAM file, so that a person on two rows is found (DRM-7:
 * a person counts once in a cell, FLIS-DREAM §7.1.1 "kun at tælle den unikke forekomst af borgeren
 * i data"). Holds no key, only a 64-bit code per key, in an open-addressing table of primitive
 * longs:
 *
 * <ul>
 *   <li>a key of 1–17 digits (a CPR number, with or without its hyphen, or a running number such as
 *       {@code lobenr}) is coded <em>exactly</em> — its value and its length — so two such keys
 *       have the same code only when they are the same key;
 *   <li>any other key by a 63-bit hash plus, in a second table made on the first such key, an
 *       independent 32-bit check hash: two different keys are taken for one with a probability of
 *       about n² / 2⁹⁶ (10⁻¹⁶ for 5.3 million keys).
 * </ul>
 *
 * <p>Spaces and tabs around a key are ignored. Memory: 8 bytes per slot (12 with non-numeric keys),
 * the table doubling at 3/4 full: 17 MB for a million persons and 67 MB for the 5.3 million of the
 * whole country (100 MB with non-numeric keys), whatever the number of columns; while it doubles,
 * the old table is held too.
 *
 * <p>Not thread-safe: the job uses it in file order, under its pipeline's lock.
 */
final class KeySet {

  private static final int MAX_DIGITS = 17;

  private long[] slots = new long[1 << 12];
  private int[] checks; // made on the first hashed key
  private int size;

  /**
   * The code of a key: exact for 1–17 digits (and for a CPR number written {@code DDMMYY-SSSS}),
   * else a hash with the top bit set. Never 0.
   *
   * @param b the bytes
   * @param off where the key starts
   * @param len its length
   * @return the code
   */
  static long code(byte[] b, int off, int len) {
    int e = trimmedEnd(b, off, off + len);
    int s = trimmedStart(b, off, e);
    int n = e - s;
    boolean cprHyphen = n == 11 && b[s + 6] == '-';
    int digits = cprHyphen ? 10 : n;
    if (digits >= 1 && digits <= MAX_DIGITS) {
      long v = 0;
      boolean ok = true;
      for (int i = s; i < e && ok; i++) {
        if (cprHyphen && i == s + 6) {
          continue;
        }
        int d = b[i] - '0';
        ok = d >= 0 && d <= 9;
        v = v * 10 + d;
      }
      if (ok) {
        return ((long) digits << 57) | v;
      }
    }
    long h = 0xcbf29ce484222325L;
    for (int i = s; i < e; i++) {
      h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
    }
    return mix(h) | Long.MIN_VALUE;
  }

  /**
   * A second hash of a key, independent of {@link #code}'s, for keys that are not digits.
   *
   * @param b the bytes
   * @param off where the key starts
   * @param len its length
   * @return the check
   */
  static int check(byte[] b, int off, int len) {
    int e = trimmedEnd(b, off, off + len);
    int s = trimmedStart(b, off, e);
    int h = 0x5bd1e995;
    for (int i = s; i < e; i++) {
      h = h * 31 + (b[i] & 0xff);
      h ^= h >>> 15;
    }
    return h ^ (e - s);
  }

  /** The end of {@code b[s..e)} without its trailing blanks (spaces and tabs). */
  private static int trimmedEnd(byte[] b, int s, int e) {
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    return e;
  }

  /** The start of {@code b[s..e)} without its leading blanks (spaces and tabs). */
  private static int trimmedStart(byte[] b, int s, int e) {
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    return s;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /**
   * Adds a key.
   *
   * @param code the key's {@link #code}
   * @param check the key's {@link #check} (used only for a hashed key)
   * @return false if the key was already there
   */
  boolean add(long code, int check) {
    if (code < 0 && checks == null) {
      checks = new int[slots.length];
    }
    int mask = slots.length - 1;
    int i = (int) mix(code) & mask;
    while (true) {
      long s = slots[i];
      if (s == 0) {
        slots[i] = code;
        if (checks != null) {
          checks[i] = check;
        }
        if (++size > slots.length / 4 * 3) {
          grow();
        }
        return true;
      }
      if (s == code && (code > 0 || checks[i] == check)) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] old = slots;
    int[] oldChecks = checks;
    slots = new long[old.length * 2];
    checks = oldChecks == null ? null : new int[slots.length];
    int mask = slots.length - 1;
    for (int j = 0; j < old.length; j++) {
      long s = old[j];
      if (s != 0) {
        int i = (int) mix(s) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
        if (checks != null) {
          checks[i] = oldChecks[j];
        }
      }
    }
  }

  /**
   * The most the set takes for a number of keys: its table of 8-byte slots, doubled at 3/4 full,
   * and the half-size table it held while it doubled (checks of 4 bytes a slot not counted: keys of
   * digits, as DREAM's, need none).
   *
   * @param keys the number of keys, at least 0
   * @return bytes
   */
  static long peakBytes(long keys) {
    long slots = 1 << 12;
    while (keys > slots / 4 * 3) {
      slots *= 2;
    }
    return slots * 8 + (slots > 1 << 12 ? slots * 4 : 0);
  }

  /**
   * The number of keys.
   *
   * @return the size
   */
  int size() {
    return size;
  }
}
