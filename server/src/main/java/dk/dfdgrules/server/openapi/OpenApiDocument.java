/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.openapi;

import static dk.dfdgrules.server.openapi.JsonSchemas.object;
import static dk.dfdgrules.server.openapi.JsonSchemas.ref;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CaseFormat;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Severity;
import dk.dfdgrules.rules.cases.RuleCase;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Area;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Example;
import dk.dfdgrules.server.catalogue.RuleCatalogue.RuleEntry;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The service's OpenAPI 3.1 document ({@code GET /openapi.json}), generated from the areas, their
 * facts types and the case files' worked examples.
 *
 * <h2>Schemas</h2>
 *
 * <p>Every area's facts type has a JSON Schema (draft 2020-12) under {@code components/schemas},
 * generated from the type through the mapper's own introspection (see {@link JsonSchemas}): the
 * schema accepts what {@code dfdg evaluate} and the service read, field for field. Each area also
 * has a request schema ({@code SupportNeedsRequest} for {@code support-needs}): the facts' fields
 * plus the optional evaluation settings {@code enable} (announced rule versions by key, with the
 * date each is enabled from) and {@code switchOff} (rule ids), which the service takes out of the
 * body before it reads the facts. The answer ({@code Answer}), the catalogue's JSON and the
 * problems ({@code Problem}, {@code application/problem+json}) have hand-written schemas.
 *
 * <h2>One path per area</h2>
 *
 * <p>{@code POST /areas/{area}/evaluate} is described as one concrete path per area ({@code
 * /areas/support-needs/evaluate}, {@code /areas/udb-subscription/evaluate} …), each with its own
 * request schema, rather than one templated path whose body is a {@code oneOf} of all the facts
 * types. A client generator then makes one typed operation per area ({@code
 * evaluateSupportNeeds(SupportNeedsRequest)}); a {@code oneOf} of nineteen unrelated object schemas
 * without a discriminator would be ambiguous (several facts types accept the same object, e.g.
 * {@code {}}), and generators turn it into a weak union type or give up.
 *
 * <h2>Examples</h2>
 *
 * <p>Every example in the document is a real request. An area's request body has named {@code
 * examples}: {@code example}, the area's bundled example (as {@code dfdg evaluate AREA --example}),
 * and a few cases of its case files named after the file and position ({@code SUB-3-2}: the second
 * case of {@code udb-subscription/SUB-3.yaml}). Each Example Object carries the extension {@code
 * x-dfdg-request}: {@code method} ({@code POST}) and {@code path}, the path and query to send the
 * body to, with the case's evaluation date {@code at} and its {@code enable} and {@code switchOff}
 * as query parameters; its {@code x-dfdg-expect} is what the case file expects. Each evaluate
 * operation names its area and its facts schema in {@code x-dfdg-area}. The path parameters'
 * examples of the {@code GET} operations name an area, a rule and a code list that exist. {@code
 * ExamplesAreRealRequestsTest} sends them all to a running server.
 *
 * <h2>Authentication</h2>
 *
 * <p>The service asks for a bearer token only when it runs with one ({@code dfdg serve
 * --token-file}, required when it listens on anything but loopback): the document's {@code
 * security} is {@code [{}, {"bearer": []}]}, anonymous or bearer. {@code GET /health} never asks.
 */
public final class OpenApiDocument {

  /** The JSON Schema dialect of OpenAPI 3.1. */
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** How many cases of the case files an area's request body shows, besides its own example. */
  static final int CASES_PER_AREA = 4;

  /** The extension of an Example Object that names the request to send its value with. */
  public static final String REQUEST_EXTENSION = "x-dfdg-request";

  /**
   * The extension of an area's evaluate operation that names the area and the schema of its facts
   * (without the evaluation settings): {@code {"name": "support-needs", "facts":
   * "#/components/schemas/SupportNeedFacts"}}.
   */
  public static final String AREA_EXTENSION = "x-dfdg-area";

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";
  private static final String HTML = "text/html";

  private OpenApiDocument() {}

  /**
   * The document.
   *
   * @param catalogue the areas and rules served
   * @param mapper the mapper the service reads facts with
   * @return the document
   * @throws IllegalStateException if a facts type has a form this generator cannot describe (a
   *     build defect)
   */
  public static ObjectNode of(RuleCatalogue catalogue, ObjectMapper mapper) {
    ObjectNode doc = mapper.createObjectNode();
    doc.put("openapi", "3.1.0");
    doc.put("jsonSchemaDialect", DIALECT);
    doc.set("info", info(catalogue));
    ArrayNode security = doc.putArray("security");
    security.addObject();
    security.addObject().putArray("bearer");
    doc.set("tags", tags());
    ObjectNode paths = doc.putObject("paths");
    ObjectNode components = doc.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    Responses.schemas(schemas, catalogue);
    JsonSchemas types = new JsonSchemas(mapper, schemas);
    components.set("responses", Responses.problems());
    components
        .putObject("securitySchemes")
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer")
        .put(
            "description",
            "The token the service was started with (dfdg serve --token-file), as 'Authorization:"
                + " Bearer TOKEN'. Only when the service runs with a token; GET /health never asks.");

    paths.set("/health", health());
    paths.set("/openapi.json", openApi());
    paths.set("/areas", areas());
    paths.set("/areas/{area}", area(catalogue));
    for (Area a : catalogue.areas()) {
      String facts = types.component(a.area().factsType());
      String request = requestSchema(schemas, a, facts);
      paths.set("/areas/" + a.name() + "/evaluate", evaluate(mapper, a, facts, request));
    }
    paths.set("/rules", rules());
    paths.set("/rules/{id}", rule(catalogue));
    paths.set("/codelists", codeLists());
    paths.set("/codelists/{name}", codeList());
    paths.set("/", index());
    paths.set("/assets/{name}", asset());
    return doc;
  }

  private static ObjectNode info(RuleCatalogue catalogue) {
    ObjectNode info = object();
    info.put("title", "dfdg-rules");
    info.put(
        "version",
        Optional.ofNullable(OpenApiDocument.class.getPackage().getImplementationVersion())
            .orElse("development"));
    info.put(
        "summary",
        "The rules of Danish employment administration (DFDG) as a web service: evaluate facts,"
            + " read the catalogue of rules.");
    info.put(
        "description",
        "Evaluates the rules of "
            + catalogue.areas().size()
            + " areas on facts given as JSON, with the same facts and the same answers as the"
            + " command line (dfdg evaluate AREA --at DATE --format json), and serves the catalogue"
            + " of areas, rules, their versions and worked examples, and the code lists.\n\n"
            + "Stateless and read-only. Dates are ISO (2022-03-10). Messages are Danish by default;"
            + " ?lang=en or Accept-Language: en gives English. Every error is"
            + " application/problem+json (RFC 9457) with the field and the line of the JSON that"
            + " is wrong; a method a path does not allow is 405, an unknown path 404. No request"
            + " body is ever logged, and no CPR number comes back in an error.\n\n"
            + "Every example in this document is a request a client can send as it is: an"
            + " example of a request body names its path and query in x-dfdg-request.");
    info.putObject("license").put("name", "MPL-2.0").put("identifier", "MPL-2.0");
    return info;
  }

  private static ArrayNode tags() {
    ArrayNode tags = object().arrayNode();
    tags.addObject()
        .put("name", "evaluate")
        .put("description", "Evaluate the rules of an area on facts");
    tags.addObject().put("name", "areas").put("description", "The areas of rules");
    tags.addObject()
        .put("name", "rules")
        .put("description", "The rules: source quotes, versions and worked examples");
    tags.addObject().put("name", "codelists").put("description", "The official code lists");
    tags.addObject()
        .put("name", "catalogue")
        .put("description", "The browsable catalogue in HTML, for people");
    tags.addObject().put("name", "service").put("description", "The service itself");
    return tags;
  }

  // --- operations ---

  private static ObjectNode operation(String tag, String id, String summary) {
    ObjectNode op = object();
    op.putArray("tags").add(tag);
    op.put("operationId", id);
    op.put("summary", summary);
    return op;
  }

  private static ObjectNode get(ObjectNode operation) {
    ObjectNode path = object();
    path.set("get", operation);
    return path;
  }

  private static ObjectNode json(ObjectNode responses, String description, ObjectNode schema) {
    ObjectNode ok = responses.putObject("200").put("description", description);
    ok.putObject("content").putObject(JSON).set("schema", schema);
    return ok;
  }

  private static ObjectNode responses(ObjectNode op) {
    return op.putObject("responses");
  }

  private static void problems(ObjectNode responses, String... names) {
    for (String name : names) {
      String status =
          switch (name) {
            case "BadRequest" -> "400";
            case "Unauthorized" -> "401";
            case "NotFound" -> "404";
            case "TooLarge" -> "413";
            case "Internal" -> "500";
            default -> throw new IllegalArgumentException(name);
          };
      responses.putObject(status).put("$ref", "#/components/responses/" + name);
    }
  }

  private static ObjectNode health() {
    ObjectNode op = operation("service", "health", "Whether the service is up");
    op.put(
        "description",
        "The service's status, the number of areas and rules it serves and its version. Never"
            + " asks for a token.");
    op.putArray("security");
    ObjectNode responses = responses(op);
    json(responses, "The service is up", ref("Health"));
    problems(responses, "Internal");
    return get(op);
  }

  private static ObjectNode openApi() {
    ObjectNode op = operation("service", "openApi", "This OpenAPI 3.1 document");
    ObjectNode responses = responses(op);
    json(
        responses,
        "The document",
        object().put("type", "object").put("description", "An OpenAPI 3.1.0 document"));
    problems(responses, "Unauthorized", "Internal");
    return get(op);
  }

  private static ObjectNode areas() {
    ObjectNode op = operation("areas", "listAreas", "The areas of rules");
    ObjectNode responses = responses(op);
    json(responses, "Every area, by name", ref("AreaList"));
    problems(responses, "Unauthorized", "Internal");
    return get(op);
  }

  /** A required path parameter. */
  private static ObjectNode pathParameter(ArrayNode parameters, String name, String description) {
    return parameters
        .addObject()
        .put("name", name)
        .put("in", "path")
        .put("required", true)
        .put("description", description);
  }

  private static ObjectNode area(RuleCatalogue catalogue) {
    ObjectNode op = operation("areas", "getArea", "An area of rules");
    op.put(
        "description",
        "The area's rules, the keys of its announced rule versions and its bundled example of"
            + " facts.");
    ArrayNode parameters = op.putArray("parameters");
    ObjectNode area = pathParameter(parameters, "area", "The area's name");
    ObjectNode schema = area.putObject("schema").put("type", "string");
    ArrayNode names = schema.putArray("enum");
    catalogue.areas().forEach(a -> names.add(a.name()));
    area.put("example", firstArea(catalogue));
    ObjectNode responses = responses(op);
    json(responses, "The area", ref("Area"));
    problems(responses, "Unauthorized", "NotFound", "Internal");
    return get(op);
  }

  private static String firstArea(RuleCatalogue catalogue) {
    return catalogue.area("udb-subscription").orElse(catalogue.areas().get(0)).name();
  }

  private static ObjectNode evaluate(ObjectMapper mapper, Area a, String facts, String request) {
    RuleArea<?, ?> area = a.area();
    String name = a.name();
    ObjectNode op =
        operation("evaluate", "evaluate" + camel(name), "Evaluate " + name + " on facts");
    op.put(
        "description",
        area.description()
            + ".\n\nThe body is the facts ("
            + facts
            + ", as dfdg evaluate "
            + name
            + " reads them), optionally with the evaluation settings enable and switchOff as"
            + " top-level fields. The answer is the same as dfdg evaluate "
            + name
            + " --format json: the outcome, the area's decision and every rule's result. A"
            + " violated rule is an answer (200), not an error.");
    op.putObject(AREA_EXTENSION).put("name", name).put("facts", JsonSchemas.REF + facts);
    LocalDate exampleDate = exampleDate(a);
    ArrayNode parameters = op.putArray("parameters");
    ObjectNode at =
        parameters
            .addObject()
            .put("name", "at")
            .put("in", "query")
            .put("required", true)
            .put("description", "The evaluation date: the rules in force on it are applied.");
    at.set("schema", JsonSchemas.date());
    at.put("example", exampleDate.toString());
    parameters.add(lang());
    ObjectNode enable =
        parameters
            .addObject()
            .put("name", "enable")
            .put("in", "query")
            .put("required", false)
            .put("style", "form")
            .put("explode", true)
            .put(
                "description",
                area.announcedKeys().isEmpty()
                    ? "Enables an announced rule version from a date, as KEY=DATE; "
                        + name
                        + " announces none."
                    : "Enables an announced rule version from a date, as KEY=DATE (e.g. "
                        + area.announcedKeys().first()
                        + "="
                        + exampleDate
                        + "); repeat it for several. Keys: "
                        + String.join(", ", area.announcedKeys())
                        + ".");
    ObjectNode enableSchema = enable.putObject("schema").put("type", "array");
    if (area.announcedKeys().isEmpty()) {
      enableSchema.put("maxItems", 0);
    }
    enableSchema
        .putObject("items")
        .put("type", "string")
        .put(
            "pattern",
            "^("
                + area.announcedKeys().stream().map(OpenApiDocument::quote).collect(joining())
                + ")=[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    ObjectNode switchOff =
        parameters
            .addObject()
            .put("name", "switchOff")
            .put("in", "query")
            .put("required", false)
            .put("style", "form")
            .put("explode", true)
            .put(
                "description",
                "Switches a rule off (or one item of it): its result is NOT_IN_FORCE. Repeat it,"
                    + " or separate ids by commas.");
    switchOff
        .putObject("schema")
        .put("type", "array")
        .putObject("items")
        .put("type", "string")
        .put("pattern", "^" + ruleIds(area) + "(," + ruleIds(area) + ")*$");
    parameters.add(acceptLanguage());

    ObjectNode body = op.putObject("requestBody").put("required", true);
    body.put(
        "description",
        "The facts of " + name + ", optionally with the settings enable and switchOff.");
    ObjectNode content = body.putObject("content").putObject(JSON);
    content.set("schema", ref(request));
    content.set("examples", examples(mapper, a, exampleDate));

    ObjectNode responses = responses(op);
    json(responses, "The answer: the outcome, the decision and every rule's result", ref("Answer"));
    problems(responses, "BadRequest", "Unauthorized", "TooLarge", "Internal");
    ObjectNode path = object();
    path.set("post", op);
    return path;
  }

  private static String ruleIds(RuleArea<?, ?> area) {
    return "("
        + area.ruleIds().stream()
            .map(RuleId::withoutItem)
            .map(RuleId::value)
            .distinct()
            .map(OpenApiDocument::quote)
            .collect(joining())
        + ")(\\.[0-9]{1,2})?";
  }

  private static String quote(String s) {
    return s.replace(".", "\\.");
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining("|");
  }

  /** The request body's schema: the facts' fields and the evaluation settings. */
  private static String requestSchema(ObjectNode schemas, Area a, String facts) {
    JsonNode factsSchema = schemas.get(facts);
    if (!factsSchema.has("properties")) {
      throw new IllegalStateException(
          "the facts of " + a.name() + " (" + facts + ") are not one kind of object");
    }
    String name = camel(a.name()) + "Request";
    ObjectNode s = schemas.putObject(name);
    s.put(
        "description",
        "The facts of "
            + a.name()
            + " (the fields of "
            + facts
            + ") and, optionally, the evaluation settings enable and switchOff.");
    s.put("type", "object");
    ObjectNode properties = s.putObject("properties");
    properties.setAll((ObjectNode) factsSchema.get("properties"));
    RuleArea<?, ?> area = a.area();
    ObjectNode enable =
        properties
            .putObject("enable")
            .put(
                "description",
                "Announced rule versions to enable, each with the date it is enabled from.")
            .put("type", "object");
    if (area.announcedKeys().isEmpty()) {
      enable.put("maxProperties", 0);
    } else {
      ArrayNode keys = enable.putObject("propertyNames").putArray("enum");
      area.announcedKeys().forEach(keys::add);
    }
    enable.set("additionalProperties", JsonSchemas.date());
    ObjectNode switchOff =
        properties
            .putObject("switchOff")
            .put("description", "Rules (or items of rules) to switch off.")
            .put("type", "array");
    switchOff.putObject("items").put("type", "string").put("pattern", "^" + ruleIds(area) + "$");
    if (factsSchema.has("required")) {
      s.set("required", factsSchema.get("required").deepCopy());
    }
    s.put("additionalProperties", false);
    return name;
  }

  /** The date the bundled example is evaluated on: that of the area's first worked example. */
  static LocalDate exampleDate(Area a) {
    return a.rules().stream()
        .flatMap(r -> r.examples().stream())
        .map(e -> e.rule().at())
        .findFirst()
        .orElse(LocalDate.of(2022, 1, 10));
  }

  private static ObjectNode examples(ObjectMapper mapper, Area a, LocalDate exampleDate) {
    ObjectNode examples = object();
    if (a.example().isPresent()) {
      ObjectNode e = examples.putObject("example");
      e.put("summary", "The bundled example of " + a.name());
      e.put(
          "description",
          "dfdg evaluate " + a.name() + " --example --at " + exampleDate + " sends the same.");
      try {
        e.set("value", mapper.readTree(a.example().get()));
      } catch (JsonProcessingException ex) {
        throw new UncheckedIOException("the bundled example of " + a.name(), ex);
      }
      e.putObject(REQUEST_EXTENSION)
          .put("method", "POST")
          .put("path", "/areas/" + a.name() + "/evaluate?at=" + exampleDate);
    }
    for (Map.Entry<String, Example> named : cases(a).entrySet()) {
      Example example = named.getValue();
      RuleCase c = example.rule();
      ObjectNode e = examples.putObject(named.getKey());
      e.put("summary", c.name());
      e.put(
          "description",
          "Case " + example.position() + " of the case file " + example.source() + ".");
      e.set("value", c.facts());
      e.putObject(REQUEST_EXTENSION).put("method", "POST").put("path", requestPath(a.name(), c));
      e.set("x-dfdg-expect", mapper.valueToTree(c.expect()));
    }
    return examples;
  }

  /**
   * The cases an area shows: the first case of each of its first rules, and one that enables or
   * switches off a rule if the area has one.
   */
  static Map<String, Example> cases(Area a) {
    Map<String, Example> chosen = new LinkedHashMap<>();
    List<Example> all = new ArrayList<>();
    for (RuleEntry r : a.rules()) {
      all.addAll(r.examples());
    }
    for (RuleEntry r : a.rules()) {
      if (chosen.size() >= CASES_PER_AREA) {
        break;
      }
      r.examples().stream().findFirst().ifPresent(e -> chosen.putIfAbsent(name(e), e));
    }
    all.stream()
        .filter(e -> e.rule().enable().isPresent() || e.rule().switchOff().isPresent())
        .findFirst()
        .ifPresent(e -> chosen.putIfAbsent(name(e), e));
    return chosen;
  }

  private static String name(Example e) {
    String file = e.source().substring(e.source().lastIndexOf('/') + 1);
    return file.replace(".yaml", "") + "-" + e.position();
  }

  /** The path and query of the request that evaluates a case. */
  static String requestPath(String area, RuleCase c) {
    StringBuilder b =
        new StringBuilder("/areas/").append(area).append("/evaluate?at=").append(c.at());
    for (Map.Entry<String, LocalDate> en : c.enable().orElse(Map.of()).entrySet()) {
      b.append("&enable=")
          .append(URLEncoder.encode(en.getKey() + "=" + en.getValue(), StandardCharsets.UTF_8));
    }
    for (RuleId id : c.switchOff().orElse(List.of())) {
      b.append("&switchOff=").append(id.value());
    }
    return b.toString();
  }

  private static ObjectNode lang() {
    ObjectNode lang =
        object()
            .put("name", "lang")
            .put("in", "query")
            .put("required", false)
            .put(
                "description",
                "The language of the texts: da (the default) or en; before Accept-Language.");
    lang.putObject("schema").put("type", "string").putArray("enum").add("da").add("en");
    return lang;
  }

  private static ObjectNode acceptLanguage() {
    ObjectNode header =
        object()
            .put("name", "Accept-Language")
            .put("in", "header")
            .put("required", false)
            .put(
                "description",
                "The language of the texts when lang is not given: en picks English, anything"
                    + " else Danish.");
    header.putObject("schema").put("type", "string");
    return header;
  }

  private static ObjectNode rules() {
    ObjectNode op = operation("rules", "listRules", "Every rule");
    op.put(
        "description",
        "The rules of every area, as JSON; as the catalogue's HTML index when Accept asks for"
            + " text/html or format=html.");
    ArrayNode parameters = op.putArray("parameters");
    parameters.add(format());
    parameters.add(lang());
    ObjectNode responses = responses(op);
    ObjectNode ok = json(responses, "The rules", ref("RuleList"));
    ok.withObject("/content").putObject(HTML).putObject("schema").put("type", "string");
    problems(responses, "BadRequest", "Unauthorized", "Internal");
    return get(op);
  }

  private static ObjectNode format() {
    ObjectNode format =
        object()
            .put("name", "format")
            .put("in", "query")
            .put("required", false)
            .put("description", "json or html; before the Accept header.");
    format.putObject("schema").put("type", "string").putArray("enum").add("json").add("html");
    return format;
  }

  private static ObjectNode rule(RuleCatalogue catalogue) {
    ObjectNode op = operation("rules", "getRule", "A rule");
    op.put(
        "description",
        "The rule: its Danish source quote and section, its versions with their in-force dates,"
            + " its announced versions and the worked examples of its case file, each with the"
            + " request that evaluates it. As the catalogue's HTML page when Accept asks for"
            + " text/html or format=html.");
    ArrayNode parameters = op.putArray("parameters");
    ObjectNode id = pathParameter(parameters, "id", "The rule's id, e.g. SUB-3");
    id.putObject("schema").put("type", "string").put("pattern", RULE_ID);
    id.put(
        "example",
        catalogue
            .rule(RuleId.of("SUB-3"))
            .map(r -> r.id().value())
            .orElse(catalogue.rules().get(0).id().value()));
    parameters.add(format());
    parameters.add(lang());
    ObjectNode responses = responses(op);
    ObjectNode ok = json(responses, "The rule", ref("Rule"));
    ok.withObject("/content").putObject(HTML).putObject("schema").put("type", "string");
    problems(responses, "BadRequest", "Unauthorized", "NotFound", "Internal");
    return get(op);
  }

  static final String RULE_ID = "^[A-Z]{2,5}-[0-9]{1,3}(\\.[0-9]{1,2})?$";

  private static ObjectNode codeLists() {
    ObjectNode op = operation("codelists", "listCodeLists", "The code lists");
    ObjectNode responses = responses(op);
    json(responses, "Every code list, without its codes", ref("CodeListList"));
    problems(responses, "Unauthorized", "Internal");
    return get(op);
  }

  private static ObjectNode codeList() {
    ObjectNode op = operation("codelists", "getCodeList", "A code list and its codes");
    ArrayNode parameters = op.putArray("parameters");
    ObjectNode name = pathParameter(parameters, "name", "The code list's key");
    ObjectNode schema = name.putObject("schema").put("type", "string");
    ArrayNode keys = schema.putArray("enum");
    CodeLists.all().stream().map(CodeList::key).forEach(keys::add);
    name.put("example", CodeLists.all().get(0).key());
    ObjectNode at =
        parameters
            .addObject()
            .put("name", "at")
            .put("in", "query")
            .put("required", false)
            .put("description", "Only the codes valid on this date; every code when left out.");
    at.set("schema", JsonSchemas.date());
    ObjectNode responses = responses(op);
    json(responses, "The code list", ref("CodeList"));
    problems(responses, "BadRequest", "Unauthorized", "NotFound", "Internal");
    return get(op);
  }

  private static ObjectNode index() {
    ObjectNode op = operation("catalogue", "cataloguePage", "The catalogue's index page");
    op.putArray("parameters").add(lang());
    ObjectNode responses = op.putObject("responses");
    responses
        .putObject("200")
        .put("description", "The areas and their rules, as HTML")
        .putObject("content")
        .putObject(HTML)
        .putObject("schema")
        .put("type", "string");
    problems(responses, "BadRequest", "Unauthorized", "Internal");
    return get(op);
  }

  private static ObjectNode asset() {
    ObjectNode op =
        operation("catalogue", "catalogueAsset", "A style sheet or script of the pages");
    ArrayNode parameters = op.putArray("parameters");
    parameters
        .addObject()
        .put("name", "name")
        .put("in", "path")
        .put("required", true)
        .put("description", "The asset's file name")
        .putObject("schema")
        .put("type", "string");
    ObjectNode responses = op.putObject("responses");
    responses
        .putObject("200")
        .put("description", "The asset")
        .putObject("content")
        .putObject("*/*")
        .putObject("schema")
        .put("type", "string");
    problems(responses, "Unauthorized", "NotFound", "Internal");
    return get(op);
  }

  static String camel(String area) {
    return CaseFormat.LOWER_HYPHEN.to(CaseFormat.UPPER_CAMEL, area);
  }

  /** The hand-written schemas of the answers and problems. */
  private static final class Responses {

    private Responses() {}

    static void schemas(ObjectNode schemas, RuleCatalogue catalogue) {
      schemas.set("Problem", problem());
      schemas.set("Answer", answer());
      schemas.set("Outcome", enumOf("The outcome of a rule, or of all", Outcome.values()));
      schemas.set("Decision", decision());
      schemas.set("RuleResult", ruleResult());
      schemas.set("RuleVersion", ruleVersion());
      schemas.set("Citation", citation());
      schemas.set("Violation", violation());
      schemas.set("DerivedValue", derivedValue());
      schemas.set("Message", message());
      schemas.set("Health", health());
      schemas.set("AreaSummary", areaSummary(false));
      schemas.set("Area", areaSummary(true));
      schemas.set("AreaList", list("areas", "AreaSummary"));
      schemas.set("RuleSummary", ruleSummary());
      schemas.set("RuleList", list("rules", "RuleSummary"));
      schemas.set("Rule", ruleJson());
      schemas.set("Texts", texts());
      schemas.set("Source", source());
      schemas.set("VersionSummary", versionSummary());
      schemas.set("WorkedExample", workedExample());
      schemas.set("CodeListSummary", codeListSummary(false));
      schemas.set("CodeList", codeListSummary(true));
      schemas.set("CodeListList", list("codeLists", "CodeListSummary"));
      schemas.set("Code", code());
    }

    static ObjectNode problems() {
      ObjectNode r = object();
      r.set(
          "BadRequest",
          problemResponse(
              "The request is wrong: malformed JSON (400 malformed-json), JSON that is not facts"
                  + " of the area (400 invalid-facts, with the field and the line), or a wrong"
                  + " parameter (400 bad-parameter)"));
      ObjectNode unauthorized =
          problemResponse(
              "The service runs with a bearer token and the request gives none, or a wrong one");
      unauthorized
          .putObject("headers")
          .putObject("WWW-Authenticate")
          .put("description", "Bearer realm=\"dfdg\"")
          .putObject("schema")
          .put("type", "string");
      r.set("Unauthorized", unauthorized);
      r.set("NotFound", problemResponse("No such area, rule, code list or asset"));
      r.set("TooLarge", problemResponse("The body is larger than the service reads (1 MiB)"));
      r.set(
          "Internal",
          problemResponse("The service failed: a defect, reported without its details"));
      return r;
    }

    private static ObjectNode problemResponse(String description) {
      ObjectNode r = object().put("description", description);
      r.putObject("content").putObject(PROBLEM).set("schema", ref("Problem"));
      return r;
    }

    private static ObjectNode problem() {
      ObjectNode s = open("An error, as RFC 9457 application/problem+json");
      ObjectNode p = s.putObject("properties");
      ObjectNode type = string(p, "type", "The problem's type, relative to the service");
      ArrayNode types = type.putArray("enum");
      Arrays.stream(dk.dfdgrules.server.problem.Problem.Kind.values())
          .map(dk.dfdgrules.server.problem.Problem.Kind::type)
          .forEach(types::add);
      string(p, "title", "The kind of problem");
      p.putObject("status")
          .put("type", "integer")
          .put("minimum", 400)
          .put("maximum", 599)
          .put("description", "The HTTP status");
      string(p, "detail", "What is wrong with this request");
      string(p, "instance", "The request's path");
      string(p, "field", "The JSON path of the field that is wrong, e.g. plan.step");
      integer(p, "line", 1, "The line of the JSON where the problem is");
      integer(p, "column", 1, "The column of the JSON where the problem is");
      required(s, "type", "title", "status", "detail", "instance");
      return s;
    }

    private static ObjectNode answer() {
      ObjectNode s = open("The answer of an evaluation, as dfdg evaluate --format json writes it");
      ObjectNode p = s.putObject("properties");
      string(p, "area", "The area's name");
      p.set("evaluationDate", JsonSchemas.date().put("description", "The evaluation date"));
      p.set("outcome", ref("Outcome"));
      ObjectNode language = string(p, "language", "The language of the texts");
      language.putArray("enum").add("da").add("en");
      p.set("decision", ref("Decision"));
      array(p, "results", ref("RuleResult"), "Every rule's result, in the area's order");
      required(s, "area", "evaluationDate", "outcome", "language", "decision", "results");
      return s;
    }

    private static ObjectNode decision() {
      ObjectNode s =
          open(
              "The area's decision: its kind and, for an area that decides, the values decided;"
                  + " the fields besides these differ by area");
      ObjectNode p = s.putObject("properties");
      string(p, "kind", "The kind of decision, e.g. VALID, INVALID, STAYS_OPEN");
      string(p, "decidedBy", "The rule that decided").put("pattern", RULE_ID);
      p.set("reason", ref("Message"));
      string(p, "reasonText", "The reason, in the answer's language");
      required(s, "kind");
      return s;
    }

    private static ObjectNode ruleResult() {
      ObjectNode s = open("One rule's result");
      ObjectNode p = s.putObject("properties");
      string(p, "ruleId", "The rule").put("pattern", RULE_ID);
      p.set("outcome", ref("Outcome"));
      p.set("version", ref("RuleVersion"));
      array(p, "violations", ref("Violation"), "What the facts break");
      array(
          p,
          "missingFacts",
          object().put("type", "string"),
          "The facts the rule needs and was not given (UNDETERMINED)");
      array(p, "derivedValues", ref("DerivedValue"), "The values the rule derived");
      p.set("explanation", ref("Message"));
      string(p, "explanationText", "The explanation, in the answer's language");
      required(s, "ruleId", "outcome", "violations", "missingFacts", "derivedValues");
      return s;
    }

    private static ObjectNode ruleVersion() {
      ObjectNode s = open("The version of a rule that applied");
      ObjectNode p = s.putObject("properties");
      string(p, "ruleId", "The rule").put("pattern", RULE_ID);
      string(p, "label", "The version's label, e.g. always or 2022-01-01");
      p.set("inForceFrom", JsonSchemas.date());
      p.set("inForceUntil", JsonSchemas.date());
      p.putObject("announced").put("type", "boolean");
      p.set("citation", ref("Citation"));
      required(s, "ruleId", "label", "announced", "citation");
      return s;
    }

    private static ObjectNode citation() {
      ObjectNode s = open("Where a rule comes from");
      ObjectNode p = s.putObject("properties");
      string(p, "document", "The source document");
      string(p, "section", "Its section");
      string(p, "quote", "The Danish text of the rule");
      string(p, "link", "Where the document can be read");
      required(s, "document", "section", "quote");
      return s;
    }

    private static ObjectNode violation() {
      ObjectNode s = open("A violation of a rule");
      ObjectNode p = s.putObject("properties");
      string(p, "ruleId", "The rule").put("pattern", RULE_ID);
      p.set("severity", enumOf("ERROR breaks the rule; WARNING does not", Severity.values()));
      string(p, "path", "The path of the offending field");
      p.set("message", ref("Message"));
      p.set("citation", ref("Citation"));
      string(p, "text", "The message, in the answer's language");
      required(s, "ruleId", "severity", "path", "message", "citation", "text");
      return s;
    }

    private static ObjectNode derivedValue() {
      ObjectNode s = open("A value a rule derived, e.g. a closing date");
      ObjectNode p = s.putObject("properties");
      string(p, "path", "What the value is, e.g. subscription.closedOn");
      p.putObject("previous").put("description", "The value before, when the rule changed it");
      p.putObject("value").put("description", "The value; left out when the rule emptied it");
      string(p, "decidedBy", "The rule that derived it").put("pattern", RULE_ID);
      p.set("reason", ref("Message"));
      string(p, "reasonText", "The reason, in the answer's language");
      required(s, "path", "decidedBy", "reason", "reasonText");
      return s;
    }

    private static ObjectNode message() {
      ObjectNode s = open("A message: its key in the message bundles and its arguments");
      ObjectNode p = s.putObject("properties");
      string(p, "key", "The message's key");
      p.putObject("arguments")
          .put("type", "object")
          .put("description", "The arguments, by name")
          .putObject("additionalProperties")
          .put("type", "string");
      required(s, "key", "arguments");
      return s;
    }

    private static ObjectNode health() {
      ObjectNode s = open("The service's health");
      ObjectNode p = s.putObject("properties");
      p.putObject("status").put("type", "string").putArray("enum").add("UP");
      integer(p, "areas", 0, null);
      integer(p, "rules", 0, null);
      string(p, "version", "The library's version, or development");
      required(s, "status", "areas", "rules", "version");
      return s;
    }

    private static ObjectNode areaSummary(boolean full) {
      ObjectNode s = open(full ? "An area of rules" : "An area of rules, in brief");
      ObjectNode p = s.putObject("properties");
      string(p, "name", "The area's name, e.g. udb-subscription");
      ObjectNode verb = string(p, "verb", "validate checks data; decide derives values");
      ArrayNode verbs = verb.putArray("enum");
      Arrays.stream(RuleArea.Verb.values()).map(RuleArea.Verb::word).forEach(verbs::add);
      string(p, "description", "What the area does");
      string(p, "evaluate", "The path that evaluates the area");
      array(p, "rules", object().put("type", "string").put("pattern", RULE_ID), "Its rules");
      if (full) {
        array(
            p,
            "announcedKeys",
            object().put("type", "string"),
            "The keys of its announced rule versions, for enable");
        p.putObject("example")
            .put("type", "object")
            .put("description", "Its bundled example of facts");
        required(s, "name", "verb", "description", "evaluate", "rules", "announcedKeys");
      } else {
        required(s, "name", "verb", "description", "evaluate", "rules");
      }
      return s;
    }

    private static ObjectNode ruleSummary() {
      ObjectNode s = open("A rule, in brief");
      ObjectNode p = s.putObject("properties");
      string(p, "id", "The rule's id").put("pattern", RULE_ID);
      string(p, "area", "Its area");
      p.set("title", ref("Texts"));
      string(p, "href", "Its page");
      integer(p, "examples", 0, "How many worked examples it has");
      required(s, "id", "area", "title", "href", "examples");
      return s;
    }

    private static ObjectNode texts() {
      ObjectNode s = open("A text in Danish and English");
      ObjectNode p = s.putObject("properties");
      string(p, "da", "In Danish");
      string(p, "en", "In English");
      required(s, "da", "en");
      s.put("additionalProperties", false);
      return s;
    }

    private static ObjectNode ruleJson() {
      ObjectNode s = open("A rule: its source, versions and worked examples");
      ObjectNode p = s.putObject("properties");
      string(p, "id", "The rule's id").put("pattern", RULE_ID);
      string(p, "area", "Its area");
      p.set("title", ref("Texts"));
      p.set("summary", ref("Texts"));
      string(p, "quote", "The Danish source text of its latest dated version");
      p.set("source", ref("Source"));
      array(p, "versions", ref("VersionSummary"), "Every version, the announced ones last");
      array(
          p,
          "announcedVersions",
          object().put("type", "string"),
          "The keys of its announced versions");
      array(p, "examples", ref("WorkedExample"), "The worked examples of its case files");
      required(s, "id", "area", "title", "summary", "versions", "announcedVersions", "examples");
      return s;
    }

    private static ObjectNode source() {
      ObjectNode s = open("A version's source");
      ObjectNode p = s.putObject("properties");
      string(p, "document", "The source document");
      string(p, "section", "Its section");
      string(p, "quote", "The Danish text");
      string(p, "reference", "The citation as one line");
      string(p, "link", "Where the document can be read");
      required(s, "document", "section", "quote", "reference");
      return s;
    }

    private static ObjectNode versionSummary() {
      ObjectNode s = open("A version of a rule");
      ObjectNode p = s.putObject("properties");
      string(p, "label", "Its label");
      string(p, "key", "Its key, for enable when announced");
      p.putObject("announced").put("type", "boolean");
      p.set("inForceFrom", JsonSchemas.date());
      p.set("inForceUntil", JsonSchemas.date());
      p.set("source", ref("Source"));
      required(s, "label", "key", "announced", "source");
      return s;
    }

    private static ObjectNode workedExample() {
      ObjectNode s = open("A worked example: a case of a case file, and the request to send it");
      ObjectNode p = s.putObject("properties");
      string(p, "name", "What the case shows");
      string(p, "source", "The case file, e.g. udb-subscription/SUB-3.yaml");
      integer(p, "position", 1, null);
      p.set("at", JsonSchemas.date().put("description", "The evaluation date"));
      p.putObject("enable").put("type", "object").set("additionalProperties", JsonSchemas.date());
      array(p, "switchOff", object().put("type", "string"), "Rules switched off");
      p.putObject("facts").put("type", "object").put("description", "The facts");
      p.putObject("expect").put("type", "object").put("description", "The expected result");
      ObjectNode request = p.putObject("request").put("type", "object");
      ObjectNode rp = request.putObject("properties");
      rp.putObject("method").put("type", "string").putArray("enum").add("POST");
      string(rp, "path", "The path and query");
      rp.putObject("body").put("type", "object");
      required(request, "method", "path", "body");
      required(s, "name", "source", "position", "at", "facts", "expect", "request");
      return s;
    }

    private static ObjectNode codeListSummary(boolean full) {
      ObjectNode s = open(full ? "A code list and its codes" : "A code list, without its codes");
      ObjectNode p = s.putObject("properties");
      string(p, "key", "The list's key");
      string(p, "title", "Its Danish title");
      string(p, "englishTitle", "Its English title");
      string(p, "source", "Where it comes from");
      string(p, "version", "Its version");
      p.putObject("partial")
          .put("type", "boolean")
          .put("description", "Whether the library holds only some of its codes");
      integer(p, "size", 0, null);
      if (full) {
        array(p, "codes", ref("Code"), "The codes (valid on at, when given)");
        required(s, "key", "title", "englishTitle", "source", "partial", "size", "codes");
      } else {
        required(s, "key", "title", "englishTitle", "source", "partial", "size");
      }
      return s;
    }

    private static ObjectNode code() {
      ObjectNode s = open("A code of a code list");
      ObjectNode p = s.putObject("properties");
      string(p, "id", "The official id");
      string(p, "name", "The official name");
      array(p, "aliases", object().put("type", "string"), "Other names");
      string(p, "description", "What it means");
      p.set("validFrom", JsonSchemas.date());
      p.set("validTo", JsonSchemas.date());
      p.putObject("attributes")
          .put("type", "object")
          .putObject("additionalProperties")
          .put("type", "string");
      required(s, "name");
      return s;
    }

    private static ObjectNode list(String field, String item) {
      ObjectNode s = open("A list of " + field);
      array(s.putObject("properties"), field, ref(item), "The " + field);
      required(s, field);
      return s;
    }

    private static ObjectNode enumOf(String description, Enum<?>[] values) {
      ObjectNode s = object().put("type", "string").put("description", description);
      ArrayNode e = s.putArray("enum");
      for (Enum<?> v : values) {
        e.add(v.name());
      }
      return s;
    }

    private static ObjectNode open(String description) {
      return object().put("type", "object").put("description", description);
    }

    /** An integer property from a minimum on, with a description if given. */
    private static ObjectNode integer(
        ObjectNode properties, String name, int minimum, @Nullable String description) {
      ObjectNode n = properties.putObject(name).put("type", "integer").put("minimum", minimum);
      if (description != null) {
        n.put("description", description);
      }
      return n;
    }

    private static ObjectNode string(ObjectNode properties, String name, String description) {
      return properties.putObject(name).put("type", "string").put("description", description);
    }

    private static void array(
        ObjectNode properties, String name, ObjectNode items, String description) {
      properties
          .putObject(name)
          .put("type", "array")
          .put("description", description)
          .set("items", items);
    }

    private static void required(ObjectNode schema, String... names) {
      ArrayNode r = schema.putArray("required");
      for (String n : names) {
        r.add(n);
      }
    }
  }
}
