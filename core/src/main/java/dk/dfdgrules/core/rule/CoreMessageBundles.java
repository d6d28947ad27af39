/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import java.util.List;

/** The core module's own message bundle. */
public final class CoreMessageBundles implements MessageBundleProvider {

  /** The base name of the framework's messages. */
  public static final String BASE_NAME = "dk.dfdgrules.core.rule.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public CoreMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
