/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DreamSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bundled sample: 300 synthetic persons, 2019-W01 … 2026-W47, seed 1 — the same bytes as {@code
 * samples/dream-wide-sample.csv} and {@code dfdg dream sample --persons 300 --seed 1 --from
 * 2019-W01 --to 2026-W47}.
 */
final class BundledSample {

  static final int PERSONS = 300;
  static final long SEED = 1;
  static final IsoWeek FIRST = IsoWeek.of(2019, 1);
  static final IsoWeek LAST = IsoWeek.of(2026, 47);

  private BundledSample() {}

  static byte[] bytes() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DreamSample(FIRST, LAST).writeWide(out, PERSONS, SEED);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
