/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.ByteStreams;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.json.AnswerJson;
import dk.dfdgrules.json.CodeListJson;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.catalogue.RuleCatalogue.RuleEntry;
import dk.dfdgrules.server.html.CataloguePages;
import dk.dfdgrules.server.openapi.OpenApiDocument;
import dk.dfdgrules.server.problem.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The handlers of the service's JSON API, and the negotiation between JSON and HTML. */
final class Api {

  /** The query parameters {@code POST /areas/{area}/evaluate} knows. */
  private static final Set<String> EVALUATE_PARAMETERS =
      Set.of("at", "lang", "enable", "switchOff");

  /** The top-level body fields that are settings of the evaluation, not facts. */
  /** Marks a request a handler answered with a problem, so the 404 handler leaves it. */
  private static final String ANSWERED = "dfdg.problem";

  static final Set<String> SETTINGS_FIELDS = Set.of("enable", "switchOff");

  private final RuleCatalogue catalogue;
  private final ObjectMapper mapper;
  private final ServerSettings settings;
  private final CatalogueJson json;
  private final Supplier<byte[]> openApi;

  Api(RuleCatalogue catalogue, ObjectMapper mapper, ServerSettings settings) {
    this.catalogue = catalogue;
    this.mapper = mapper;
    this.settings = settings;
    this.json = new CatalogueJson(mapper);
    byte[] document = bytes(OpenApiDocument.of(catalogue, mapper));
    this.openApi = () -> document;
  }

  void routes(RoutesConfig routes, CataloguePages pages) {
    routes.get("/health", ctx -> health(ctx));
    routes.get("/openapi.json", ctx -> json(ctx, openApi.get()));
    routes.get("/areas", ctx -> json(ctx, json.areas(catalogue)));
    routes.get("/areas/{area}", ctx -> json(ctx, json.area(area(ctx))));
    routes.post("/areas/{area}/evaluate", this::evaluate);
    routes.get(
        "/rules",
        ctx -> {
          if (wantsHtml(ctx)) {
            html(ctx, pages.index(DfdgServer.language(ctx)));
          } else {
            json(ctx, json.rules(catalogue));
          }
        });
    routes.get(
        "/rules/{id}",
        ctx -> {
          RuleEntry rule = rule(ctx);
          if (wantsHtml(ctx)) {
            html(ctx, pages.rule(rule, DfdgServer.language(ctx)));
          } else {
            json(ctx, json.rule(rule));
          }
        });
    routes.get("/codelists", ctx -> json(ctx, codeLists()));
    routes.get("/codelists/{name}", this::codeList);
    routes.get("/", ctx -> html(ctx, pages.index(DfdgServer.language(ctx))));
    routes.get(
        "/assets/{name}",
        ctx -> {
          CataloguePages.Asset asset =
              CataloguePages.asset(ctx.pathParam("name"))
                  .orElseThrow(() -> notFound("no asset " + quoted(ctx.pathParam("name"))));
          ctx.contentType(asset.contentType());
          ctx.header("Cache-Control", "max-age=3600");
          ctx.result(asset.bytes());
        });
  }

  private void health(Context ctx) {
    ObjectNode n = mapper.createObjectNode();
    n.put("status", "UP");
    n.put("areas", catalogue.areas().size());
    n.put("rules", catalogue.rules().size());
    n.put(
        "version",
        Optional.ofNullable(Api.class.getPackage().getImplementationVersion())
            .orElse("development"));
    json(ctx, n);
  }

  private void evaluate(Context ctx) throws IOException {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!EVALUATE_PARAMETERS.contains(name)) {
        throw new ProblemException(
            Problem.Kind.BAD_PARAMETER,
            "unknown query parameter " + quoted(name) + "; known: at, lang, enable, switchOff");
      }
    }
    RuleArea<?, ?> area = area(ctx).area();
    LocalDate at = date("at", ctx.queryParam("at"));
    Locale locale = DfdgServer.language(ctx);
    byte[] body = body(ctx);
    JsonNode tree = readTree(body);
    EvaluationContext context = EvaluationContext.on(at);
    Map<String, LocalDate> enable = new LinkedHashMap<>();
    List<String> switchOff = new ArrayList<>();
    for (String e : ctx.queryParams("enable")) {
      int eq = e.lastIndexOf('=');
      if (eq <= 0) {
        throw new ProblemException(
            Problem.Kind.BAD_PARAMETER, "enable must be KEY=DATE, was " + quoted(e));
      }
      enable.put(e.substring(0, eq), date("enable", e.substring(eq + 1)));
    }
    for (String s : ctx.queryParams("switchOff")) {
      for (String id : s.split(",", -1)) {
        switchOff.add(id.strip());
      }
    }
    if (tree instanceof ObjectNode obj) {
      settingsFromBody(obj, enable, switchOff);
    }
    for (String key : enable.keySet()) {
      if (!area.announcedKeys().contains(key)) {
        throw new ProblemException(
            Problem.Kind.BAD_PARAMETER,
            "enable: "
                + quoted(key)
                + " is no announced rule version of "
                + area.name()
                + (area.announcedKeys().isEmpty()
                    ? "; the area announces none"
                    : "; known keys: " + String.join(", ", area.announcedKeys())));
      }
      context = context.enable(key, enable.get(key));
    }
    for (String id : switchOff) {
      RuleId ruleId;
      try {
        ruleId = RuleId.of(id);
      } catch (IllegalArgumentException e) {
        throw new ProblemException(Problem.Kind.BAD_PARAMETER, "switchOff: " + e.getMessage());
      }
      if (!area.reaches(ruleId)) {
        throw new ProblemException(
            Problem.Kind.BAD_PARAMETER, "switchOff: " + ruleId + " is no rule of " + area.name());
      }
      context = context.switchOff(ruleId);
    }
    Object facts = readFacts(body, area.factsType());
    Answer<?> answer;
    try {
      answer = area.evaluateFacts(facts, context);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.Kind.INVALID_FACTS, String.valueOf(e.getMessage()));
    }
    json(ctx, AnswerJson.tree(mapper, area.name(), at, answer, locale));
  }

  private void settingsFromBody(
      ObjectNode obj, Map<String, LocalDate> enable, List<String> switchOff) {
    JsonNode e = obj.get("enable");
    if (e != null) {
      if (!e.isObject()) {
        throw new ProblemException(
            new Problem(
                Problem.Kind.BAD_PARAMETER.type(),
                Problem.Kind.BAD_PARAMETER.title(),
                400,
                "enable must be an object of KEY: DATE, e.g. {\"SUB-6\": \"2022-01-01\"}",
                Optional.of("enable"),
                Optional.empty(),
                Optional.empty()));
      }
      for (Map.Entry<String, JsonNode> f : e.properties()) {
        enable.put(f.getKey(), date("enable." + f.getKey(), f.getValue().asText()));
      }
    }
    JsonNode s = obj.get("switchOff");
    if (s != null) {
      if (!s.isArray()) {
        throw new ProblemException(
            new Problem(
                Problem.Kind.BAD_PARAMETER.type(),
                Problem.Kind.BAD_PARAMETER.title(),
                400,
                "switchOff must be an array of rule ids, e.g. [\"SUB-3\"]",
                Optional.of("switchOff"),
                Optional.empty(),
                Optional.empty()));
      }
      s.forEach(id -> switchOff.add(id.asText()));
    }
  }

  private byte[] body(Context ctx) throws IOException {
    long length = ctx.req().getContentLengthLong();
    int max = settings.maxBodyBytes();
    InputStream in = ctx.req().getInputStream();
    if (length > max) {
      drain(in);
      throw new ProblemException(
          Problem.Kind.TOO_LARGE,
          "the body has " + length + " bytes; at most " + max + " are read");
    }
    byte[] body = ByteStreams.toByteArray(ByteStreams.limit(in, max + 1L));
    if (body.length > max) {
      drain(in);
      throw new ProblemException(
          Problem.Kind.TOO_LARGE,
          "the body has more than " + max + " bytes; at most " + max + " are read");
    }
    if (body.length == 0) {
      throw new ProblemException(
          Problem.Kind.MALFORMED_JSON, "the body is empty; give the facts as a JSON object");
    }
    return body;
  }

  /**
   * Reads and drops the rest of a body that is too large, up to {@link #DRAIN_LIMIT} bytes, so that
   * the caller, still sending, gets the 413 answer rather than a connection reset; a larger body is
   * cut off (the connection closes).
   */
  private static void drain(InputStream in) {
    try {
      ByteStreams.exhaust(ByteStreams.limit(in, DRAIN_LIMIT));
    } catch (IOException e) {
      // the caller stopped sending: nothing more to drop
    }
  }

  /** The most bytes of a too-large body read and dropped before the 413 answer: 64 MiB. */
  private static final long DRAIN_LIMIT = 64L << 20;

  private JsonNode readTree(byte[] body) {
    try {
      JsonNode tree = mapper.readTree(body);
      if (tree == null || tree.isNull()) {
        throw new ProblemException(
            Problem.Kind.INVALID_FACTS, "the facts are null; give a JSON object with the facts");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new ProblemException(problem(Problem.Kind.MALFORMED_JSON, e));
    } catch (IOException e) {
      throw new ProblemException(Problem.Kind.MALFORMED_JSON, "the body cannot be read");
    }
  }

  private Object readFacts(byte[] body, Class<?> type) {
    try (JsonParser p =
        new FilteringParserDelegate(
            mapper.getFactory().createParser(body),
            new WithoutSettings(),
            TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH,
            true)) {
      return mapper.readValue(p, type);
    } catch (JsonProcessingException e) {
      throw new ProblemException(problem(Problem.Kind.INVALID_FACTS, e));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.Kind.INVALID_FACTS, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new ProblemException(Problem.Kind.MALFORMED_JSON, "the body cannot be read");
    }
  }

  /** Leaves out the top-level settings fields, so that the facts are read with their locations. */
  private static final class WithoutSettings extends TokenFilter {
    @Override
    public TokenFilter includeProperty(String name) {
      return SETTINGS_FIELDS.contains(name) ? null : TokenFilter.INCLUDE_ALL;
    }

    @Override
    public boolean includeEmptyObject(boolean contentsFiltered) {
      return true; // {} is facts too (an area whose facts are all optional)
    }
  }

  static Problem problem(Problem.Kind kind, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    boolean located = loc != null && loc.getLineNr() > 0;
    return new Problem(
        kind.type(),
        kind.title(),
        kind.status(),
        plain(DfdgJson.describeField(e)),
        DfdgJson.field(e),
        located ? Optional.of(loc.getLineNr()) : Optional.empty(),
        located && loc.getColumnNr() > 0 ? Optional.of(loc.getColumnNr()) : Optional.empty());
  }

  private static final Pattern JAVA_CLASS = Pattern.compile("\\s*\\(class [\\w.$]+\\)");
  private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[\\w$]+\\.)+([\\w$]+)`");
  private static final Pattern JAVA_EXCEPTION =
      Pattern.compile("\\((?:[\\w$]+\\.)+\\w*(?:Exception|Error)\\)\\s*");

  /**
   * A reader's message for a caller who does not write Java: without the library's class names and
   * the exception types that Jackson quotes.
   */
  static String plain(String message) {
    String m = JAVA_CLASS.matcher(message).replaceAll("");
    m = JAVA_TYPE.matcher(m).replaceAll("$1");
    m = JAVA_EXCEPTION.matcher(m).replaceAll("");
    return m.replace(", not marked as ignorable", "");
  }

  private ObjectNode codeLists() {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode lists = root.putArray("codeLists");
    for (CodeList l : CodeLists.all()) {
      lists.add(CodeListJson.summary(mapper, l));
    }
    return root;
  }

  private void codeList(Context ctx) {
    String name = ctx.pathParam("name");
    CodeList list =
        CodeLists.find(name)
            .orElseThrow(
                () ->
                    notFound(
                        "no code list "
                            + quoted(name)
                            + "; GET /codelists lists the "
                            + CodeLists.all().size()));
    for (String p : ctx.queryParamMap().keySet()) {
      if (!p.equals("at")) {
        throw new ProblemException(
            Problem.Kind.BAD_PARAMETER, "unknown query parameter " + quoted(p) + "; known: at");
      }
    }
    String at = ctx.queryParam("at");
    List<Code> codes = at == null ? list.codes() : list.validOn(date("at", at));
    json(ctx, CodeListJson.tree(mapper, list, codes));
  }

  private RuleCatalogue.Area area(Context ctx) {
    String name = ctx.pathParam("area");
    return catalogue
        .area(name)
        .orElseThrow(
            () ->
                notFound(
                    "no rule area "
                        + quoted(name)
                        + "; known areas: "
                        + String.join(
                            ", ",
                            catalogue.areas().stream().map(RuleCatalogue.Area::name).toList())));
  }

  private RuleEntry rule(Context ctx) {
    String id = ctx.pathParam("id");
    RuleId ruleId;
    try {
      ruleId = RuleId.of(id);
    } catch (IllegalArgumentException e) {
      throw notFound("no rule " + quoted(id) + ": " + e.getMessage());
    }
    return catalogue
        .rule(ruleId)
        .orElseThrow(() -> notFound("no rule " + ruleId + "; GET /rules lists them"));
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isEmpty()) {
      throw new ProblemException(
          Problem.Kind.BAD_PARAMETER, name + " is required: the evaluation date as YYYY-MM-DD");
    }
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.Kind.BAD_PARAMETER, name + " must be a date YYYY-MM-DD, was " + quoted(value));
    }
  }

  static ProblemException notFound(String detail) {
    return new ProblemException(Problem.Kind.NOT_FOUND, detail);
  }

  void notFound(Context ctx, CataloguePages pages) {
    if (ctx.attribute(ANSWERED) != null) {
      return; // a handler answered 404 with a problem already
    }
    if (wantsHtml(ctx)) {
      ctx.status(404);
      html(ctx, pages.notFound(DfdgServer.language(ctx)));
      return;
    }
    problem(ctx, Problem.of(Problem.Kind.NOT_FOUND, "no such path; GET /openapi.json lists them"));
  }

  void problem(Context ctx, Problem problem) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(problem.status());
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(bytes(problem.toJson(mapper, ctx.path())));
  }

  private static boolean wantsHtml(Context ctx) {
    String format = ctx.queryParam("format");
    if (format != null) {
      return format.equals("html");
    }
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  private void json(Context ctx, JsonNode node) {
    json(ctx, bytes(node));
  }

  private static void json(Context ctx, byte[] bytes) {
    ctx.contentType("application/json");
    ctx.result(bytes);
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(page.getBytes(UTF_8));
  }

  private byte[] bytes(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static String quoted(String value) {
    return DfdgJson.mask("'" + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "'");
  }
}
