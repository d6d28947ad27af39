/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.unemploymentfund;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/**
 * The message bundle of the a-kasse membership recall rule (AK) (Danish base file, English {@code
 * _en}).
 */
public final class UnemploymentFundMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.unemploymentfund.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public UnemploymentFundMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
