/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import org.junit.jupiter.api.Test;

/** Every key of every module's message bundle has a Danish and an English text. */
class MessageBundlesTest {

  @Test
  void everyRegisteredBundleIsCompleteInBothLanguages() {
    assertThat(Messages.baseNames())
        .contains("dk.dfdgrules.core.rule.messages", dk.dfdgrules.cli.common.CliMessages.BASE_NAME);
    for (String base : Messages.baseNames()) {
      assertThat(Messages.ownKeys(base, Messages.ENGLISH))
          .as("keys of %s in English vs Danish", base)
          .isEqualTo(Messages.ownKeys(base, Messages.DANISH));
    }
  }
}
