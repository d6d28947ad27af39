/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.core.rule.Rule;
import java.util.List;

/**
 * The 16 Ydelsesrefusion rules of the specification, in its order, each declared where its work is
 * done:
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>ids</th><th>declared in</th><th>facts</th><th>area</th></tr>
 *   <tr><td>YUMU-1 … YUMU-8</td><td>{@link YumuRules}</td><td>{@link YumuReport}</td>
 *       <td>{@code yumu-report}</td></tr>
 *   <tr><td>LIS-1 … LIS-5</td><td>{@link LisRules}</td><td>{@link LisRowFacts}</td>
 *       <td>{@code lis-row}</td></tr>
 *   <tr><td>REF-1 … REF-3</td><td>{@link RefusionRules}</td><td>{@link RefusionFacts}</td>
 *       <td>{@code refusion-steps}</td></tr>
 * </table>
 *
 * <p>The batch jobs over files are in {@code dk.dfdgrules.extracts.refusion} (LIS) and {@code
 * dk.dfdgrules.extracts.dream} (the DREAM series REF counts).
 */
public final class YrRules {

  private YrRules() {}

  /** Every Ydelsesrefusion rule: YUMU-1 … YUMU-8, LIS-1 … LIS-5, REF-1 … REF-3. */
  public static final List<Rule<?>> ALL =
      ImmutableList.<Rule<?>>builder()
          .addAll(YumuRules.ALL)
          .addAll(LisRules.ALL)
          .addAll(RefusionRules.ALL)
          .build();
}
