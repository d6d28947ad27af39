/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An area's answer as the JSON that {@code dfdg evaluate --format json} prints and {@code POST
 * /areas/{area}/evaluate} returns: the area, the evaluation date, the outcome, the decision and
 * every rule's result, each message also rendered as text in one language ({@code text}, {@code
 * reasonText}, {@code explanationText}).
 *
 * <p>One shape for every caller: the command line and the web service build it here.
 */
public final class AnswerJson {

  private AnswerJson() {}

  /**
   * The answer as a JSON tree.
   *
   * @param mapper a mapper with {@link DfdgJson#module()} registered, e.g. {@link
   *     DfdgJson#mapper()}
   * @param area the area's name
   * @param at the evaluation date
   * @param answer the answer
   * @param locale the language of the rendered texts
   * @return the tree
   */
  public static ObjectNode tree(
      ObjectMapper mapper, String area, LocalDate at, Answer<?> answer, Locale locale) {
    ObjectNode root = mapper.createObjectNode();
    root.put("area", area);
    root.put("evaluationDate", at.toString());
    root.put("outcome", answer.outcome().toString());
    root.put("language", locale.getLanguage());
    ObjectNode decision = mapper.valueToTree(answer.decision());
    answer
        .decision()
        .reason()
        .ifPresent(m -> decision.put("reasonText", Messages.format(m, locale)));
    root.set("decision", decision);
    ArrayNode results = root.putArray("results");
    for (RuleResult r : answer.results()) {
      ObjectNode node = mapper.valueToTree(r);
      r.explanation().ifPresent(e -> node.put("explanationText", Messages.format(e, locale)));
      ArrayNode vs = (ArrayNode) node.path("violations");
      for (int i = 0; i < r.violations().size(); i++) {
        ((ObjectNode) vs.get(i)).put("text", r.violations().get(i).text(locale));
      }
      ArrayNode ds = (ArrayNode) node.path("derivedValues");
      for (int i = 0; i < r.derivedValues().size(); i++) {
        ((ObjectNode) ds.get(i))
            .put("reasonText", Messages.format(r.derivedValues().get(i).reason(), locale));
      }
      results.add(node);
    }
    return root;
  }
}
