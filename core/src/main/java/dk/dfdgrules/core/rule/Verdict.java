/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import java.util.Optional;

/**
 * The decision of an area that checks data: accepted, rejected (an error), or undetermined (a fact
 * is missing). Folded from the rules' results by {@link #of(RuleResults)}, so switching off the
 * rule that rejects accepts the data. A checking area with content of its own (the CV comment, the
 * job titles given twice, the effects in 'Min plan') answers with a record of its own whose kind is
 * this {@link Kind}, taken from {@link #of(RuleResults)}.
 *
 * @param kind accepted, rejected or undetermined
 * @param decidedBy the rule of the first error, or of the first undetermined result; empty when
 *     accepted
 * @param reason the first error's message, or which facts are missing; empty when accepted
 */
public record Verdict(Kind kind, Optional<RuleId> decidedBy, Optional<Message> reason)
    implements Decision {

  /** The verdict in one word. */
  public enum Kind {
    /** No rule reports an error (warnings may be present) and no fact is missing. */
    ACCEPTED,
    /** At least one rule reports an error. */
    REJECTED,
    /** No error, but a fact needed to decide is missing. */
    UNDETERMINED
  }

  private static final Verdict ACCEPTED =
      new Verdict(Kind.ACCEPTED, Optional.empty(), Optional.empty());

  /**
   * The verdict of results: rejected by the first error, else undetermined by the first rule that
   * misses a fact, else accepted.
   *
   * @param results the rules' results
   * @return the verdict
   */
  public static Verdict of(RuleResults results) {
    for (RuleResult r : results.results()) {
      for (Violation v : r.violations()) {
        if (v.isError()) {
          return new Verdict(Kind.REJECTED, Optional.of(v.ruleId()), Optional.of(v.message()));
        }
      }
    }
    for (RuleResult r : results.results()) {
      if (r.isUndetermined()) {
        return new Verdict(
            Kind.UNDETERMINED,
            Optional.of(r.ruleId()),
            Optional.of(
                Message.of("rule.undetermined", "rule", r.ruleId(), "missing", r.missingFacts())));
      }
    }
    return ACCEPTED;
  }

  /**
   * Tells whether the data is accepted.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return kind == Kind.ACCEPTED;
  }

  /**
   * Tells whether the data is rejected.
   *
   * @return true if rejected
   */
  public boolean isRejected() {
    return kind == Kind.REJECTED;
  }
}
