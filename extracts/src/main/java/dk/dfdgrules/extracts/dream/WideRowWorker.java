/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import org.jspecify.annotations.Nullable;

/**
 * What the workers on wide rows share: the loop over a block's lines, and the outcome of the last
 * row — rejected (with its reason) or used (with its person key's {@link KeySet} code, for the
 * duplicate-key check).
 */
abstract class WideRowWorker implements BlockPipeline.Worker {

  /** Why the last row was rejected, or null when it was used. */
  @Nullable RejectReason err;

  /** What the reason concerns (a column, a count), never personal data. */
  String errDetail = "";

  /** The code and check ({@link KeySet}) of the key of the last row used. */
  long keyCode;

  int keyCheck;

  /**
   * Reads one line: sets {@link #err} when it is rejected, else {@link #keyCode} and {@link
   * #keyCheck}.
   *
   * @param b the bytes
   * @param start where the line starts
   * @param len the end of the data in {@code b}
   * @return where the next line starts
   */
  abstract int row(byte[] b, int start, int len);

  /**
   * The unlisted codes (well-formed codes the code list does not list) of the rows this worker
   * used, each with its cells and persons.
   *
   * @return the counter
   */
  abstract UnlistedCounter unlisted();

  @Override
  public final BlockPipeline.BlockResult process(byte[] b, int len) {
    BlockPipeline.BlockResult r = new BlockPipeline.BlockResult();
    int pos = 0;
    int line = 0;
    while (pos < len) {
      err = null;
      int next = row(b, pos, len);
      if (err != null) {
        r.rejects.add(new RejectedRow(line, err, errDetail));
      } else {
        r.used++;
        r.addKey(keyCode, keyCheck, line, pos);
      }
      line++;
      pos = next;
    }
    r.lines = line;
    return r;
  }
}
