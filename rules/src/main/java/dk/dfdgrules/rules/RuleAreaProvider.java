/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules;

import dk.dfdgrules.core.rule.RuleArea;
import java.util.List;

/**
 * Adds areas of rules beyond the library's own to {@link RuleAreas}, so the command line and case
 * files find them by name: an application's own rules, or areas of another module. Implementations
 * are registered in {@code META-INF/services/dk.dfdgrules.rules.RuleAreaProvider}.
 */
public interface RuleAreaProvider {

  /**
   * The areas this provider adds; their names must not clash with the library's.
   *
   * @return the areas
   */
  List<RuleArea<?, ?>> areas();
}
