/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigureAccumulator;
import dk.dfdgrules.rules.dream.ReceiverStatusRule;
import java.util.Arrays;

/** Maps a person's codes to groups and follow-ups (DRM-4) and adds them to an accumulator. */
final class CountingHandler implements PersonHandler {

  private final KeyFigureAccumulator acc;
  private final GroupTables t;
  private final int weeks;
  private final int[] quarterOfWeek;
  private final byte[] group;
  private final byte[] followUp;
  private boolean remove;

  CountingHandler(KeyFigureAccumulator acc, GroupTables t, int weeks, int[] quarterOfWeek) {
    this.acc = acc;
    this.t = t;
    this.weeks = weeks;
    this.quarterOfWeek = quarterOfWeek;
    this.group = new byte[weeks];
    this.followUp = new byte[weeks + ReceiverStatusRule.WEEKS_LATER + 1];
    Arrays.fill(followUp, (byte) FollowUp.BEYOND_DATA_INDEX);
  }

  KeyFigureAccumulator accumulator() {
    return acc;
  }

  /** Takes each person out of the accumulator instead (to undo a row counted by mistake). */
  CountingHandler removing() {
    this.remove = true;
    return this;
  }

  @Override
  public boolean person(
      byte[] keyBuf, int keyOff, int keyLen, short[] codes, byte[] visit, boolean hasVisit) {
    final byte[] now = t.now;
    final byte[] later = t.later;
    final byte[] g = group;
    final byte[] l = followUp;
    for (int w = 0; w < weeks; w++) {
      int c = codes[w];
      if (c < 0) {
        g[w] = KeyFigureAccumulator.ABSENT;
        l[w] = (byte) FollowUp.BEYOND_DATA_INDEX;
      } else {
        g[w] = now[c];
        l[w] = later[c];
      }
    }
    if (hasVisit) {
      for (int w = 0; w < weeks; w++) {
        int v = visit[quarterOfWeek[w]];
        if (v != 0 && codes[w] > 0) {
          g[w] = t.visit[g[w]][v];
          if (l[w] < FollowUp.GROUP_COUNT) {
            l[w] = t.visit[l[w]][v];
          }
        }
      }
    }
    if (remove) {
      acc.removePerson(g, l);
    } else {
      acc.addPerson(g, l);
    }
    return true;
  }
}
