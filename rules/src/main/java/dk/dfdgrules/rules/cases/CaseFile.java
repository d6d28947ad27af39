/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import java.util.List;

/**
 * A file of cases for one area.
 *
 * @param source where the cases were read from (a file name), for reports
 * @param area the area's name, e.g. {@code support-needs}
 * @param cases the cases
 */
public record CaseFile(String source, String area, List<RuleCase> cases) {}
