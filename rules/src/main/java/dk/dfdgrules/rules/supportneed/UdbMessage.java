/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import java.util.Set;

/**
 * The content DFDG sends to UDB about a young person (DFDG-RN-2021-12-06 §3.2): the support needs
 * sent (UDB-1 … UDB-3), and whether the young person completed a reading, writing and arithmetic
 * test and has a current or future mentor (UDB-4) — never the test's result.
 *
 * @param step the plan's step when the message is made
 * @param supportNeeds the needs sent, 1–6, in id order (possibly none when only UDB-4 facts are
 *     sent)
 * @param readingTestCompleted whether a course activity 'Læse-, skrive- og regnetest' (37) was
 *     completed
 * @param mentor whether a current or future mentor intervention of a counted type is registered
 */
public record UdbMessage(
    Step step, Set<SupportNeed> supportNeeds, boolean readingTestCompleted, boolean mentor) {

  /** Copies the needs. */
  public UdbMessage {
    supportNeeds = ImmutableSortedSet.copyOf(supportNeeds);
  }
}
