/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The slow, careful reading of one CSV line with quoted fields (RFC 4180 quotes). */
public final class CsvLine {

  private CsvLine() {}

  /**
   * Splits a line into fields; a field in double quotes may hold the delimiter and doubled quotes.
   *
   * @param line the line without its line end
   * @param delim the delimiter
   * @return the fields, or null if a quote is not closed
   */
  public static @Nullable List<String> split(String line, char delim) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      f.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              f.append('"');
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            f.append(c);
            i++;
          }
        }
        if (!closed) {
          return null;
        }
        while (i < n && line.charAt(i) != delim) {
          f.append(line.charAt(i++));
        }
      } else {
        while (i < n && line.charAt(i) != delim) {
          f.append(line.charAt(i++));
        }
      }
      out.add(f.toString());
      if (i >= n) {
        return out;
      }
      i++; // delimiter
    }
  }

  /**
   * Picks the delimiter of a header line: the most frequent of {@code ,} {@code ;} and tab.
   *
   * @param header the header
   * @return the delimiter, {@code ,} when none occurs
   */
  public static char detectDelimiter(String header) {
    char best = ',';
    long bestCount = 0;
    for (char d : new char[] {',', ';', '\t'}) {
      long c = header.chars().filter(ch -> ch == d).count();
      if (c > bestCount) {
        best = d;
        bestCount = c;
      }
    }
    return best;
  }
}
