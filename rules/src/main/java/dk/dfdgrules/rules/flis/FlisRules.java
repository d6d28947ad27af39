/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.core.rule.Rule;
import java.util.List;

/**
 * The 16 FLIS DFDG rules of the specification, in its order, each declared where its work is done:
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>ids</th><th>declared in</th><th>facts</th><th>area</th></tr>
 *   <tr><td>VIS-1 … VIS-4 (§5.1.2)</td><td>{@link VisitationRules}</td>
 *       <td>{@link VisitationFacts}</td><td>{@code visitation-courses}</td></tr>
 *   <tr><td>ACT-1 … ACT-7 (§6)</td><td>{@link ActivationMeasures}</td>
 *       <td>{@link ActivationMeasuresFacts}</td><td>{@code activation-measures}</td></tr>
 *   <tr><td>WIN-1 … WIN-3 (§3, §7.2, §9)</td><td>{@link CubeWindows}</td><td>per rule</td>
 *       <td>—</td></tr>
 *   <tr><td>SUP-1, SUP-2 (§7.3)</td><td>{@link BenchmarkModel}</td><td>per rule</td>
 *       <td>—</td></tr>
 * </table>
 *
 * <p>The batch jobs over files are in {@code dk.dfdgrules.extracts.flis}.
 */
public final class FlisRules {

  private FlisRules() {}

  /** Every FLIS DFDG rule: VIS-1 … VIS-4, ACT-1 … ACT-7, WIN-1 … WIN-3, SUP-1, SUP-2. */
  public static final List<Rule<?>> ALL =
      ImmutableList.<Rule<?>>builder()
          .addAll(VisitationRules.ALL)
          .addAll(ActivationMeasures.ALL)
          .addAll(CubeWindows.ALL)
          .addAll(BenchmarkModel.ALL)
          .build();
}
