/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** Test texts: one key with both languages, one in Danish only. */
public final class TestMessageBundles implements MessageBundleProvider {

  /** For the ServiceLoader. */
  public TestMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of("dk.dfdgrules.testkit.assertions.testmessages");
  }
}
