/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of SUB (Danish base file, English {@code _en}). */
public final class SubscriptionMessageBundles implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.subscription.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public SubscriptionMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
