/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.rules.dream.DreamMessages;
import org.junit.jupiter.api.Test;

/** The texts of the reject reasons live in the DREAM message bundle of {@code dfdg-rules}. */
class RejectReasonMessagesTest {

  @Test
  void everyRejectReasonHasAText() {
    var keys = Messages.ownKeys(DreamMessages.BASE_NAME, Messages.DANISH);
    for (RejectReason r : RejectReason.values()) {
      assertThat(keys).contains(r.messageKey());
    }
  }
}
