package dk.dfdgrules.cli.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.core.json.DfdgJson;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Prints an area's answer — its decision, when it has one, and its rules' results — as text for a
 * caseworker, or as JSON with rendered messages.
 */
final class ResultPrinter {

  private static final ObjectMapper JSON = DfdgJson.mapper();

  private ResultPrinter() {}

  static void text(PrintWriter out, String area, LocalDate at, Answer<?> result, Locale locale) {
    out.println(CliMessages.text("cli.area", locale) + ": " + area);
    out.println(CliMessages.text("cli.evaluationDate", locale) + ": " + at);
    out.println(
        CliMessages.text("cli.outcome", locale)
            + ": "
            + CliMessages.text("cli.outcome." + result.outcome(), locale));
    Decision decision = result.decision();
    out.println(
        CliMessages.text("cli.decision", locale)
            + ": "
            + decision.kind().name()
            + decision
                .decidedBy()
                .map(r -> " (" + CliMessages.text("cli.decidedBy", locale) + " " + r + ")")
                .orElse("")
            + decision.reason().map(m -> ": " + Messages.format(m, locale)).orElse(""));
    if (result.violations().isEmpty()) {
      out.println("  " + CliMessages.text("cli.noViolations", locale));
    }
    for (Violation v : result.violations()) {
      out.println(
          "  "
              + v.ruleId()
              + " ["
              + CliMessages.text("cli.severity." + v.severity(), locale)
              + "]"
              + (v.path().isEmpty() ? "" : " " + v.path())
              + ": "
              + v.text(locale));
      out.println(
          "      "
              + CliMessages.text("cli.source", locale)
              + ": "
              + v.citation().reference()
              + (v.citation().quote().isEmpty() ? "" : " — \"" + v.citation().quote() + "\""));
    }
    if (!result.missingFacts().isEmpty()) {
      out.println(
          CliMessages.text("cli.missing", locale)
              + ": "
              + String.join(", ", result.missingFacts()));
    }
    if (!result.derivedValues().isEmpty()) {
      out.println(CliMessages.text("cli.derived", locale) + ":");
      for (DerivedValue<?> d : result.derivedValues()) {
        out.println(
            "  "
                + d.path()
                + ": "
                + d.previousText().orElse("–")
                + " → "
                + d.text().orElse("–")
                + " ("
                + d.decidedBy()
                + ") "
                + Messages.format(d.reason(), locale));
      }
    }
    out.println(CliMessages.text("cli.rules", locale) + ":");
    for (RuleResult r : result.results()) {
      out.println(
          "  "
              + r.ruleId()
              + " "
              + CliMessages.text("cli.outcome." + r.outcome(), locale)
              + (r.warnings().isEmpty() ? "" : " " + CliMessages.text("cli.withWarnings", locale))
              + r.version()
                  .map(
                      v ->
                          " ("
                              + CliMessages.text("cli.version", locale)
                              + " "
                              + v.label()
                              + ", "
                              + v.citation().reference()
                              + ")")
                  .orElse("")
              + r.explanation().map(e -> ": " + Messages.format(e, locale)).orElse(""));
    }
    out.flush();
  }

  static ObjectNode json(String area, LocalDate at, Answer<?> result, Locale locale) {
    ObjectNode root = JSON.createObjectNode();
    root.put("area", area);
    root.put("evaluationDate", at.toString());
    root.put("outcome", result.outcome().toString());
    root.put("language", locale.getLanguage());
    ObjectNode decision = JSON.valueToTree(result.decision());
    result
        .decision()
        .reason()
        .ifPresent(m -> decision.put("reasonText", Messages.format(m, locale)));
    root.set("decision", decision);
    ArrayNode results = root.putArray("results");
    for (RuleResult r : result.results()) {
      ObjectNode node = JSON.valueToTree(r);
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

  static void json(PrintWriter out, String area, LocalDate at, Answer<?> result, Locale locale) {
    try {
      out.println(
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(area, at, result, locale)));
      out.flush();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
