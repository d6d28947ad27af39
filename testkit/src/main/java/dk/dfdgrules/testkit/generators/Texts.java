/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;

/** Text generators shared by the domain generators: names, e-mail, phone, CVR and P numbers. */
final class Texts {

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private Texts() {}

  /** Synthetic names of people and teams (not real people). */
  static Gen<String> names() {
    return Gens.oneOf(
        Gens.zip(
            Gens.elements("Anne", "Mads", "Fatima", "Søren", "Ida", "Ahmad", "Mette", "Jens"),
            Gens.elements("Hansen", "Nielsen", "Jensen", "Pedersen", "Ali", "Kristensen"),
            (first, last) -> first + " " + last),
        Gens.elements(
            "Ungeteamet", "Team Uddannelse", "Jobcenter Vest, Ungeenheden", "Uddannelsesteam 2"));
  }

  static Gen<String> emails() {
    Gen<String> label = Gens.strings(LOWER + DIGITS, 1, 10);
    Gen<String> local = label.list(1, 2).map(parts -> String.join(".", parts));
    Gen<String> domain =
        Gens.zip(
            label.list(1, 2).map(parts -> String.join(".", parts)),
            Gens.elements("dk", "com", "org", "eu"),
            (d, tld) -> d + "." + tld);
    return local.zip(domain, (l, d) -> l + "@" + d);
  }

  static Gen<String> phones() {
    Gen<String> eight = Gens.strings(DIGITS, 8, 8);
    return Gens.zip(
        eight,
        Gens.elements("", "+45", "+45 ", "0045", "0045 "),
        Gens.integers(0, 2),
        (digits, prefix, layout) ->
            prefix
                + switch (layout) {
                  case 0 -> digits;
                  case 1 ->
                      digits.substring(0, 2)
                          + " "
                          + digits.substring(2, 4)
                          + " "
                          + digits.substring(4, 6)
                          + " "
                          + digits.substring(6);
                  default -> digits.substring(0, 4) + " " + digits.substring(4);
                });
  }

  /** Eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11; first digit 1–9. */
  static Gen<String> cvrs() {
    return source -> {
      int[] d = new int[8];
      d[0] = source.intBetween(1, 9);
      for (int i = 1; i < 7; i++) {
        d[i] = source.intBetween(0, 9);
      }
      int seventh = d[6];
      for (int k = 0; k < 10; k++) {
        d[6] = (seventh + k) % 10;
        int sum = 0;
        for (int i = 0; i < 7; i++) {
          sum += d[i] * CVR_WEIGHTS[i];
        }
        int last = Math.floorMod(-sum, 11);
        if (last <= 9) {
          d[7] = last;
          break;
        }
      }
      StringBuilder b = new StringBuilder();
      for (int x : d) {
        b.append(x);
      }
      return b.toString();
    };
  }

  static Gen<String> pNumbers() {
    return Gens.zip(Gens.integers(1, 9), Gens.strings(DIGITS, 9, 9), (first, rest) -> first + rest);
  }

  static Gen<String> keys() {
    return Gens.strings(LOWER.toUpperCase(java.util.Locale.ROOT) + DIGITS + "-", 1, 12);
  }
}
