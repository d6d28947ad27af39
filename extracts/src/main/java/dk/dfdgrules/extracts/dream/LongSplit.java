/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import java.util.Arrays;

/** Cuts a block of a long file before the rows of its last person, who may go on after it. */
final class LongSplit {

  private LongSplit() {}

  static int cut(byte[] b, int len, int keyCol, byte delim) {
    int e = lastNewline(b, len - 1);
    if (e < 0) {
      return 0;
    }
    int ls = lastNewline(b, e - 1) + 1;
    int[] k = LongParser.keyOf(b, ls, e + 1, keyCol, delim);
    int cut = ls;
    while (cut > 0) {
      int ps = lastNewline(b, cut - 2) + 1;
      int[] p = LongParser.keyOf(b, ps, cut, keyCol, delim);
      if (!Arrays.equals(b, k[0], k[0] + k[1], b, p[0], p[0] + p[1])) {
        break;
      }
      cut = ps;
    }
    return cut;
  }

  private static int lastNewline(byte[] b, int from) {
    for (int i = from; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
