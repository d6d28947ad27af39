/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.unemploymentfund;

import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import java.util.List;
import java.util.Optional;

/**
 * The facts of the {@code membership-recall} area: the membership registration (medlemstilgang) an
 * a-kasse recalls, and the citizen's other memberships.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"recalled": {"fund": "A12", "period": "2021-06-01/.."},
 *  "otherMemberships": [{"fund": "A12", "period": "2015-01-01/2019-12-31"}]}
 * }</pre>
 *
 * @param recalled the membership whose registration is recalled (the latest one)
 * @param otherMemberships the citizen's other memberships, of any a-kasse
 */
public record MembershipRecallFacts(
    Optional<UnemploymentFundMembership> recalled,
    List<UnemploymentFundMembership> otherMemberships) {

  /** Copies the list; treats missing parts as absent or empty. */
  public MembershipRecallFacts {
    recalled = orEmpty(recalled);
    otherMemberships = copyOrEmpty(otherMemberships);
  }

  /**
   * The facts of a recall.
   *
   * @param recalled the recalled membership
   * @param otherMemberships the other memberships
   * @return the facts
   */
  public static MembershipRecallFacts of(
      UnemploymentFundMembership recalled, List<UnemploymentFundMembership> otherMemberships) {
    return new MembershipRecallFacts(Optional.of(recalled), otherMemberships);
  }
}
