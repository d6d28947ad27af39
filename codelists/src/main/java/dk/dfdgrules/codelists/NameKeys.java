/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import com.google.common.base.CharMatcher;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalisation behind {@link CodeList#byName(String)}: two lookup keys for a name.
 *
 * <ol>
 *   <li>The <em>strict key</em>: compose (NFC); trim; collapse every run of whitespace to one
 *       space; lower-case in {@link Locale#ROOT}; write æ as "ae", ø as "oe", å as "aa"; fold the
 *       dashes ‐ ‑ ‒ – — to "-"; decompose (NFD) and drop the combining marks (é → e, ü → u).
 *       "Sjællands region" and "Sjaellands region", "Åbenrå" and "Aabenraa" have the same strict
 *       key.
 *   <li>The <em>loose key</em>: the strict key with "aa" → "a", then "oe" → "o", then "ae" → "a",
 *       so the forms that write å and æ as "a" and ø as "o" match too: "Kobenhavn" and "København",
 *       "Tarnby" and "Tårnby".
 * </ol>
 */
final class NameKeys {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final CharMatcher DASHES = CharMatcher.anyOf("\u2010\u2011\u2012\u2013\u2014");

  private NameKeys() {}

  /**
   * The strict key of a name.
   *
   * @param name any string
   * @return the key; empty for a blank name
   */
  static String strict(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFC);
    s = CharMatcher.whitespace().trimAndCollapseFrom(s, ' ').toLowerCase(Locale.ROOT);
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    s = DASHES.replaceFrom(s, '-');
    return COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * The loose key of a name.
   *
   * @param name any string
   * @return the key; empty for a blank name
   */
  static String loose(String name) {
    return strict(name).replace("aa", "a").replace("oe", "o").replace("ae", "a");
  }
}
