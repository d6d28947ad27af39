/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/**
 * The message bundles of the Ydelsesrefusion rules (Danish base files, English {@code _en}): one
 * for the YUMU report (YUMU), one for the LIS raw data (LIS), one for the refusion steps (REF).
 */
public final class RefusionMessages implements MessageBundleProvider {

  /** The bundle of YUMU-1 … YUMU-8. */
  public static final String YUMU = "dk.dfdgrules.rules.refusion.yumu";

  /** The bundle of LIS-1 … LIS-5. */
  public static final String LIS = "dk.dfdgrules.rules.refusion.lis";

  /** The bundle of REF-1 … REF-3. */
  public static final String STEPS = "dk.dfdgrules.rules.refusion.steps";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public RefusionMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(YUMU, LIS, STEPS);
  }
}
