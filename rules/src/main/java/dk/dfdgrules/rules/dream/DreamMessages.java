/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/**
 * The DREAM rules' message bundle (Danish default, English), found by {@link
 * java.util.ServiceLoader}.
 */
public final class DreamMessages implements MessageBundleProvider {

  /** The base name of the DREAM messages. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.dream.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public DreamMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
