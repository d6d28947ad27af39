/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import dk.dfdgrules.core.rule.RuleId;
import java.util.Optional;

/**
 * A derived value a case expects.
 *
 * @param path the value's path, e.g. {@code contactPersons[0].end}
 * @param value the expected value as text, if checked
 * @param previous the expected previous value as text, if checked
 * @param decidedBy the expected deciding rule (item), if checked
 */
public record ExpectedDerivedValue(
    String path, Optional<String> value, Optional<String> previous, Optional<RuleId> decidedBy) {}
