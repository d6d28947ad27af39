/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/**
 * The message bundles of the FLIS DFDG rules (Danish base files, English {@code _en}): one for the
 * visitation courses (VIS), one for the activation measures (ACT), one for the windows and the
 * benchmark model (WIN, SUP).
 */
public final class FlisMessages implements MessageBundleProvider {

  /** The bundle of VIS-1 … VIS-4. */
  public static final String VISITATION = "dk.dfdgrules.rules.flis.visitation";

  /** The bundle of ACT-1 … ACT-7. */
  public static final String ACTIVATION = "dk.dfdgrules.rules.flis.activation";

  /** The bundle of WIN-1 … WIN-3 and SUP-1 … SUP-2. */
  public static final String BENCHMARK = "dk.dfdgrules.rules.flis.benchmark";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public FlisMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(VISITATION, ACTIVATION, BENCHMARK);
  }
}
