/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.codelists.VisitationCategory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a visitation category as written in a DREAM file: its official name or constant name. */
final class Visitations {

  private static final Map<String, VisitationCategory> BY_NAME = new HashMap<>();

  static {
    for (VisitationCategory v : VisitationCategory.values()) {
      BY_NAME.put(v.officialName().toLowerCase(Locale.ROOT), v);
      BY_NAME.put(v.name().toLowerCase(Locale.ROOT), v);
    }
    // appendix 2 spells "åbenlys uddannelsesparat"
    BY_NAME.put("åbenlys uddannelsesparat", VisitationCategory.OBVIOUSLY_EDUCATION_READY);
  }

  private Visitations() {}

  /**
   * Parses a value.
   *
   * @param text the value; blank = not known
   * @return 0 for blank, 1 + the category's ordinal, or -1 when not a known category
   */
  static int parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    VisitationCategory v = BY_NAME.get(s.toLowerCase(Locale.ROOT));
    return v == null ? -1 : v.ordinal() + 1;
  }

  private static final byte[][] ASCII_LOWER_NAMES;
  private static final int[] ASCII_LOWER_VALUES;

  static {
    java.util.List<byte[]> names = new java.util.ArrayList<>();
    java.util.List<Integer> values = new java.util.ArrayList<>();
    BY_NAME.forEach(
        (name, v) -> {
          names.add(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          values.add(v.ordinal() + 1);
        });
    ASCII_LOWER_NAMES = names.toArray(byte[][]::new);
    ASCII_LOWER_VALUES = values.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Parses a value at byte level: as {@link #parse(String)}, without a String for the common
   * spellings (ASCII letters in any case); anything else goes through {@link #parse(String)}.
   *
   * @param b the bytes (UTF-8)
   * @param s where the value starts
   * @param e where it ends
   * @return 0 for blank, 1 + the category's ordinal, or -1 when not a known category
   */
  static int parse(byte[] b, int s, int e) {
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    if (s == e) {
      return 0;
    }
    int n = e - s;
    for (int k = 0; k < ASCII_LOWER_NAMES.length; k++) {
      byte[] name = ASCII_LOWER_NAMES[k];
      if (name.length != n) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < n && same; i++) {
        byte x = b[s + i];
        if (x >= 'A' && x <= 'Z') {
          x = (byte) (x + ('a' - 'A'));
        }
        same = x == name[i];
      }
      if (same) {
        return ASCII_LOWER_VALUES[k];
      }
    }
    return parse(new String(b, s, n, java.nio.charset.StandardCharsets.UTF_8));
  }

  static Optional<VisitationCategory> of(int parsed) {
    return parsed <= 0 ? Optional.empty() : Optional.of(VisitationCategory.values()[parsed - 1]);
  }
}
