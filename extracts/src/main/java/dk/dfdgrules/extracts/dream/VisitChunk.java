/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The persons of the DSA {@code visit} table whose keys fall in one block of the {@code y} table
 * (after the block before it, up to the block's last key), in key order, each with the visitation
 * category of every quarter of the data; and the visit rows rejected on the way, with their line
 * numbers in the visit file. Filled by {@link VisitReader} on the reading thread, read by the one
 * worker that parses the block.
 */
final class VisitChunk {

  private final int quarters;
  int n;
  byte[] keys = new byte[256];
  int keysLen;
  int[] keyOff = new int[16];
  int[] keyLen = new int[16];
  byte[] cats;
  boolean[] has = new boolean[16];
  final List<RejectedRow> rejects = new ArrayList<>();

  /** The worker's cursor: the next person not yet handed on. */
  int next;

  VisitChunk(int quarters) {
    this.quarters = quarters;
    this.cats = new byte[16 * Math.max(1, quarters)];
  }

  /** Starts a new person; returns its index. */
  int add(byte[] b, int off, int len) {
    if (n == keyOff.length) {
      int m = n * 2;
      keyOff = Arrays.copyOf(keyOff, m);
      keyLen = Arrays.copyOf(keyLen, m);
      has = Arrays.copyOf(has, m);
      cats = Arrays.copyOf(cats, m * Math.max(1, quarters));
    }
    if (keysLen + len > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysLen + len));
    }
    System.arraycopy(b, off, keys, keysLen, len);
    keyOff[n] = keysLen;
    keyLen[n] = len;
    keysLen += len;
    return n++;
  }

  /**
   * Sets a quarter's category of the last person.
   *
   * @return the category already set for that quarter (0 if none)
   */
  int set(int quarter, int category) {
    int i = (n - 1) * quarters + quarter;
    int before = cats[i];
    if (before == 0) {
      cats[i] = (byte) category;
      has[n - 1] = true;
    }
    return before;
  }

  /** Copies person {@code i}'s categories into {@code out} (one per quarter). */
  void copyTo(int i, byte[] out) {
    System.arraycopy(cats, i * quarters, out, 0, quarters);
  }

  int compareKey(int i, byte[] b, int off, int len) {
    return LongParser.compareKeys(keys, keyOff[i], keyLen[i], b, off, len);
  }
}
