/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.BenefitGroup;

/**
 * A well-formed benefit code that the code table does not list, as a read met it: not a bad row but
 * counted in the group its DRM-4 range gives ({@link
 * dk.dfdgrules.rules.dream.BenefitCodeTable#groupByRange(int)}), and reported once per file.
 *
 * <p><em>Interpretation</em> (spec, "Processing DREAM files"): older and newer vejledninger have
 * codes appendix 2 of vejledning 44 v2 does not list; DRM-4's table still gives them a group.
 *
 * @param code the three digits as written, {@code 000} … {@code 999}
 * @param group the group the code was counted in
 * @param cells the cells (wide) or rows (long) used that hold the code
 * @param persons the distinct persons with at least one such cell
 */
public record UnlistedCode(String code, BenefitGroup group, long cells, long persons) {

  /** Checks the code's form and the counts. */
  public UnlistedCode {
    requireNonNull(group, "group");
    checkArgument(
        code.length() == 3 && code.chars().allMatch(c -> c >= '0' && c <= '9'),
        "code must be three digits, was '%s'",
        code);
    checkArgument(cells >= persons && persons >= 0, "cells %s, persons %s", cells, persons);
  }
}
