/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

/**
 * The fast path of the fused wide kernels ({@link WeeklyWideCounter}, {@link PeriodWideCounter})
 * through the columns around a row's weekly ones — the key and other variables before the weeks,
 * and after them — up to the line end. Anything but plain (a quote, a missing or extra column, an
 * invalid key) sends the row to the kernel's careful path, which says why it is rejected.
 */
final class OuterColumns {

  private final int[] kind;
  private final byte delim;
  private final int columns;
  private final int weeks;

  /** The column of the first week. */
  final int firstWeekColumn;

  /** Where the last row's key starts, and its length. */
  int keyOff;

  int keyLen;

  OuterColumns(WideLayout layout) {
    this.kind = layout.kind;
    this.delim = layout.delim;
    this.columns = layout.columns;
    this.weeks = layout.weeks;
    int first = -1;
    for (int c = 0; c < columns && first < 0; c++) {
      if (kind[c] == 0) {
        first = c;
      }
    }
    this.firstWeekColumn = first;
  }

  /**
   * Reads the columns before the weeks.
   *
   * @param b the bytes
   * @param start where the row starts
   * @param len the end of the data in {@code b}
   * @return where the first week's cell starts, or -1 for the careful path
   */
  int before(byte[] b, int start, int len) {
    byte first = b[start];
    if (first == '\n' || first == '\r') {
      return -1;
    }
    final byte d = delim;
    int pos = start;
    keyOff = start;
    keyLen = 0;
    for (int col = 0; col < firstWeekColumn; col++) {
      int fs = pos;
      while (pos < len) {
        byte y = b[pos];
        if (y == d || y == '\n' || y == '\r' || y == '"') {
          break;
        }
        pos++;
      }
      if (pos >= len || b[pos] != d) {
        return -1;
      }
      if (kind[col] == WideLayout.KEY) {
        keyOff = fs;
        keyLen = pos - fs;
      }
      pos++;
    }
    return pos;
  }

  /**
   * Reads the columns after the weeks and the line end, and checks the key.
   *
   * @param b the bytes
   * @param pos where the last week's cell ends (at a delimiter or the line end)
   * @param len the end of the data in {@code b}
   * @return where the next row starts, or -1 for the careful path
   */
  int after(byte[] b, int pos, int len) {
    final byte d = delim;
    int col = firstWeekColumn + weeks;
    while (true) {
      byte y = pos < len ? b[pos] : (byte) '\n';
      if (y == d) {
        if (col >= columns) {
          return -1;
        }
        pos++;
        int fs = pos;
        while (pos < len) {
          byte z = b[pos];
          if (z == d || z == '\n' || z == '\r') {
            break;
          }
          if (z == '"') {
            return -1;
          }
          pos++;
        }
        if (kind[col] == WideLayout.KEY) {
          keyOff = fs;
          keyLen = pos - fs;
        }
        col++;
        continue;
      }
      // the line end
      if (col != columns || !WideParser.validKey(b, keyOff, keyLen)) {
        return -1;
      }
      if (pos < len) {
        pos++;
        if (y == '\r' && pos < len && b[pos] == '\n') {
          pos++;
        }
      }
      return pos;
    }
  }
}
