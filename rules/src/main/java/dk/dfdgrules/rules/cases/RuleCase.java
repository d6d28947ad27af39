/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case: a sentence naming it, the evaluation date, the facts, and what is expected.
 *
 * @param name the case as a sentence a caseworker can read
 * @param at the evaluation date
 * @param enable announced versions to enable (by version key or rule id) and from when
 * @param switchOff rules to switch off
 * @param facts the facts, as read from the file
 * @param expect the expectation
 */
// Jackson is optional (requires static, not transitive): a module that reads case files reads
// Jackson
@SuppressWarnings("exports")
public record RuleCase(
    String name,
    LocalDate at,
    Optional<Map<String, LocalDate>> enable,
    Optional<List<RuleId>> switchOff,
    JsonNode facts,
    Expectation expect) {

  /**
   * Checks the case: a date, facts and an expectation, a date for every enabled version and no
   * empty entry among the rules switched off.
   *
   * @throws IllegalArgumentException if a part is missing, naming it
   */
  public RuleCase {
    checkArgument(at != null, "'at' (the evaluation date) is missing");
    checkArgument(facts != null, "'facts' is missing (write facts: {} for none)");
    checkArgument(expect != null, "'expect' is missing");
    enable = enable == null ? Optional.empty() : enable;
    switchOff = switchOff == null ? Optional.empty() : switchOff;
    enable.ifPresent(
        m ->
            m.forEach(
                (key, date) ->
                    checkArgument(
                        key != null && date != null,
                        "enable: %s has no date (write KEY: YYYY-MM-DD)",
                        Masking.quoted(key))));
    switchOff.ifPresent(
        ids -> checkArgument(!ids.contains(null), "switchOff: an empty entry (a '-' with no id)"));
  }

  /**
   * The evaluation context the case describes.
   *
   * @return the context
   */
  public EvaluationContext context() {
    EvaluationContext c = EvaluationContext.on(at);
    for (Map.Entry<String, LocalDate> e : enable.orElse(Map.of()).entrySet()) {
      c = c.enable(e.getKey(), e.getValue());
    }
    for (RuleId id : switchOff.orElse(List.of())) {
      c = c.switchOff(id);
    }
    return c;
  }
}
