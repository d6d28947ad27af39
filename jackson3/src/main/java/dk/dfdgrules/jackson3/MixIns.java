/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.jackson3;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Outcome;
import java.util.Optional;

/**
 * The JSON shape of the rule framework's records, as mix-ins: their derived checks ({@code
 * isViolated()} …) are not properties, a derived value is written by its path, an answer with its
 * outcome. A copy of dfdg-json's mix-ins: the annotations are the same for Jackson 2 and 3.
 */
final class MixIns {

  private MixIns() {}

  abstract static class RuleResultMixIn {
    @JsonIgnore
    abstract boolean isSatisfied();

    @JsonIgnore
    abstract boolean isViolated();

    @JsonIgnore
    abstract boolean isUndetermined();
  }

  abstract static class ViolationMixIn {
    @JsonIgnore
    abstract boolean isError();
  }

  @JsonPropertyOrder({"path", "previous", "value", "decidedBy", "reason"})
  abstract static class DerivedValueMixIn {
    @JsonIgnore
    abstract DerivedKey<?> key();

    @JsonProperty("path")
    abstract String path();

    @JsonIgnore
    abstract Optional<String> text();

    @JsonIgnore
    abstract Optional<String> previousText();

    @JsonIgnore
    abstract boolean isChange();
  }

  @JsonPropertyOrder({"area", "context", "outcome", "decision", "results"})
  abstract static class AnswerMixIn {
    @JsonProperty("outcome")
    abstract Outcome outcome();
  }
}
