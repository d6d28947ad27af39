/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import dk.dfdgrules.core.rule.Answer;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one case.
 *
 * @param source the case file
 * @param name the case's name
 * @param mismatches what differed from the expectation; empty when the case passed
 * @param actual the area's answer, when the facts could be read and evaluated
 */
public record CaseVerdict(
    String source, String name, List<String> mismatches, Optional<Answer<?>> actual) {

  /**
   * Tells whether the case passed.
   *
   * @return true if nothing differed
   */
  public boolean passed() {
    return mismatches.isEmpty();
  }
}
