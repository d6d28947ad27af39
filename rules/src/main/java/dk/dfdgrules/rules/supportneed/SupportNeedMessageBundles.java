/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of SN, LET and UDB (Danish base file, English {@code _en}). */
public final class SupportNeedMessageBundles implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.supportneed.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public SupportNeedMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
