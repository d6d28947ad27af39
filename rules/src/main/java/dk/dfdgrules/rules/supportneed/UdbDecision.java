/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import java.util.Optional;

/**
 * What DFDG sends to UDB, or "nothing to send", and which rule decided — folded by {@link
 * UdbMessages} from the results of UDB-1 … UDB-5.
 *
 * @param kind send, or nothing to send
 * @param message the content, when something is sent
 * @param decidedBy the rule that decided: UDB-1 or UDB-2 (by step), UDB-4 (only test/mentor facts),
 *     UDB-5 (an update before any admission)
 * @param reason why, as a message
 */
public record UdbDecision(
    Kind kind, Optional<UdbMessage> message, Optional<RuleId> decidedBy, Optional<Message> reason)
    implements Decision {

  /** What the decision is. */
  public enum Kind {
    /** DFDG sends a message to UDB. */
    SEND,
    /** There is nothing to send. */
    NOTHING_TO_SEND
  }

  static UdbDecision send(UdbMessage message, RuleId decidedBy, Message reason) {
    return new UdbDecision(
        Kind.SEND, Optional.of(message), Optional.of(decidedBy), Optional.of(reason));
  }

  static UdbDecision nothingToSend(RuleId decidedBy, Message reason) {
    return new UdbDecision(
        Kind.NOTHING_TO_SEND, Optional.empty(), Optional.of(decidedBy), Optional.of(reason));
  }

  /**
   * Tells whether there is nothing to send.
   *
   * @return true if nothing is sent
   */
  public boolean isNothingToSend() {
    return kind == Kind.NOTHING_TO_SEND;
  }
}
