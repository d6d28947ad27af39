/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

/** Receives each valid person of a DREAM file, as parsed; one instance per worker thread. */
interface PersonHandler {

  /**
   * One person.
   *
   * @param keyBuf holds the person key's bytes (UTF-8), personal data
   * @param keyOff where the key starts
   * @param keyLen its length
   * @param codes per data week the code (0 = blank), or -1 where the file has no such week
   * @param visit per data quarter 0 (unknown) or 1 + the visitation category's ordinal
   * @param hasVisit true if any quarter has a category
   * @return false to reject the row (a person key already seen)
   */
  boolean person(
      byte[] keyBuf, int keyOff, int keyLen, short[] codes, byte[] visit, boolean hasVisit);
}
