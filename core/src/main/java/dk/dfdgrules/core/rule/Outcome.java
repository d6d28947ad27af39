/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

/** What a rule concluded. */
public enum Outcome {
  /** The rule holds (possibly with warnings). */
  SATISFIED,
  /** The rule is broken: at least one violation of severity {@link Severity#ERROR}. */
  VIOLATED,
  /** A fact the rule needs was not given; the result names the missing facts. */
  UNDETERMINED,
  /**
   * No version of the rule is in force on the evaluation date (or the caller switched the rule off,
   * or an announced rule was not enabled).
   */
  NOT_IN_FORCE
}
