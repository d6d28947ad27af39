/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Derivation of seeds: stable across JVMs and platforms. */
final class Seeds {

  private Seeds() {}

  /**
   * The default seed of a property: a fingerprint of its name, so each property has its own seed
   * and every run of it sees the same values.
   */
  static long forName(String name) {
    return Hashing.farmHashFingerprint64().hashString(name, StandardCharsets.UTF_8).asLong();
  }

  /** The seed of one try of a run (SplitMix64 of seed and index). */
  static long forTry(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
