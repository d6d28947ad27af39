/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.openapi;

import static dk.dfdgrules.server.openapi.OpenApiFixture.CATALOGUE;
import static dk.dfdgrules.server.openapi.OpenApiFixture.DOCUMENT;
import static dk.dfdgrules.server.openapi.OpenApiFixture.MAPPER;
import static dk.dfdgrules.server.openapi.OpenApiFixture.component;
import static dk.dfdgrules.server.openapi.OpenApiFixture.errors;
import static dk.dfdgrules.server.openapi.OpenApiFixture.pointerEscaped;
import static dk.dfdgrules.server.openapi.OpenApiFixture.schema;
import static dk.dfdgrules.server.openapi.OpenApiFixture.text;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.json.AnswerJson;
import dk.dfdgrules.server.DfdgServer;
import dk.dfdgrules.server.ServerSettings;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Area;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example of the document, sent to a running server, is answered 200, with the answer the
 * library gives for the same facts and settings, in the shape the document describes.
 */
class ExamplesAreRealRequestsTest {

  private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
  private static DfdgServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = DfdgServer.start(ServerSettings.loopback(0), LOG::add);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A request a test sent, and its answer. */
  private record Exchange(int status, String contentType, JsonNode body) {}

  private static Exchange send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    String type = response.headers().firstValue("Content-Type").orElse("");
    JsonNode body =
        type.startsWith("application/json") || type.startsWith("application/problem+json")
            ? MAPPER.readTree(response.body())
            : MAPPER.getNodeFactory().textNode(response.body());
    return new Exchange(response.statusCode(), type, body);
  }

  private static URI uri(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery.substring(1));
  }

  @Test
  void everyRequestBodyExampleIsAnsweredAsTheLibraryAnswers() throws Exception {
    int sent = 0;
    for (Area a : CATALOGUE.areas()) {
      JsonNode post =
          DOCUMENT.at("/paths/" + pointerEscaped("/areas/" + a.name() + "/evaluate") + "/post");
      JsonNode examples = post.at("/requestBody/content/application~1json/examples");
      for (Map.Entry<String, JsonNode> e : examples.properties()) {
        JsonNode example = e.getValue();
        JsonNode request = example.get(OpenApiDocument.REQUEST_EXTENSION);
        assertThat(request.get("method").asText()).isEqualTo("POST");
        String path = request.get("path").asText();
        assertThat(path).startsWith("/areas/" + a.name() + "/evaluate?at=");

        Exchange answer =
            send(
                HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text(example.get("value")))));

        String what = a.name() + " example " + e.getKey();
        assertThat(answer.status()).as(what).isEqualTo(200);
        assertThat(answer.body()).as(what).isEqualTo(libraryAnswer(a, path, example.get("value")));
        assertThat(errors(component("Answer"), answer.body())).as(what).isEmpty();
        JsonNode expected = example.path("x-dfdg-expect").path("outcome");
        if (expected.isTextual()) {
          assertThat(answer.body().get("outcome").asText()).as(what).isEqualTo(expected.asText());
        }
        sent++;
      }
    }
    assertThat(sent).isGreaterThan(CATALOGUE.areas().size() * 3);
  }

  /** What the library answers for the facts and the settings of a request's path and query. */
  private static JsonNode libraryAnswer(Area a, String path, JsonNode body) throws IOException {
    RuleArea<?, ?> area = a.area();
    LocalDate at = null;
    EvaluationContext context = null;
    List<String[]> parameters = new ArrayList<>();
    for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
      int eq = pair.indexOf('=');
      parameters.add(
          new String[] {pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), UTF_8)});
    }
    for (String[] p : parameters) {
      if (p[0].equals("at")) {
        at = LocalDate.parse(p[1]);
        context = EvaluationContext.on(at);
      }
    }
    assertThat(context).as(path).isNotNull();
    for (String[] p : parameters) {
      switch (p[0]) {
        case "at" -> {}
        case "enable" -> {
          int eq = p[1].lastIndexOf('=');
          context = context.enable(p[1].substring(0, eq), LocalDate.parse(p[1].substring(eq + 1)));
        }
        case "switchOff" -> context = context.switchOff(RuleId.of(p[1]));
        default -> throw new AssertionError("an unknown parameter in " + path);
      }
    }
    Object facts = MAPPER.readValue(MAPPER.writeValueAsBytes(body), area.factsType());
    Answer<?> answer = area.evaluateFacts(facts, context);
    // as a client reads it: the same JSON text, the same tree
    return MAPPER.readTree(
        MAPPER.writeValueAsBytes(AnswerJson.tree(MAPPER, a.name(), at, answer, Messages.DANISH)));
  }

  @Test
  void anEmptyFactsObjectIsEvaluated() throws Exception {
    Area retention = CATALOGUE.area("retention").orElseThrow();
    String path = "/areas/retention/evaluate?at=2022-03-10";
    JsonNode empty = MAPPER.createObjectNode();

    Exchange answer =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(libraryAnswer(retention, path, empty));
  }

  @Test
  void everyGetWithItsParameterExamplesIsAnsweredInTheDocumentedShape() throws Exception {
    List<String> sent = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : DOCUMENT.get("paths").properties()) {
      JsonNode get = p.getValue().get("get");
      if (get == null) {
        continue;
      }
      String path = p.getKey();
      boolean complete = true;
      for (JsonNode parameter : get.path("parameters")) {
        if (parameter.get("in").asText().equals("path")) {
          if (parameter.has("example")) {
            path =
                path.replace(
                    "{" + parameter.get("name").asText() + "}", parameter.get("example").asText());
          } else {
            complete = false; // no example to send
          }
        }
      }
      if (!complete) {
        continue;
      }
      Exchange answer =
          send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
      assertThat(answer.status()).as(path).isEqualTo(200);
      JsonNode ok = get.at("/responses/200/content");
      if (answer.contentType().startsWith("application/json")) {
        String pointer =
            "#/paths/"
                + pointerEscaped(p.getKey())
                + "/get/responses/200/content/application~1json/schema";
        assertThat(ok.has("application/json")).as(path).isTrue();
        assertThat(errors(schema(pointer), answer.body())).as(path).isEmpty();
      } else {
        assertThat(answer.contentType()).as(path).startsWith("text/html");
        assertThat(ok.has("text/html")).as(path).isTrue();
      }
      sent.add(path);
    }
    assertThat(sent).contains("/health", "/areas", "/areas/udb-subscription", "/rules/SUB-3", "/");
  }

  @Test
  void errorsAreProblemsInTheDocumentedShape() throws Exception {
    Exchange malformed =
        send(
            HttpRequest.newBuilder(uri("/areas/udb-subscription/evaluate?at=2022-03-10"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subscription\": ")));
    Exchange wrongType =
        send(
            HttpRequest.newBuilder(uri("/areas/udb-subscription/evaluate?at=2022-03-10"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subscription\": 12}")));
    Exchange notFound = send(HttpRequest.newBuilder(uri("/rules/NOPE-999")).GET());

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(notFound.status()).isEqualTo(404);
    for (Exchange e : List.of(malformed, wrongType, notFound)) {
      assertThat(e.contentType()).startsWith("application/problem+json");
      assertThat(errors(component("Problem"), e.body())).as(e.body().toString()).isEmpty();
    }
    assertThat(wrongType.body().get("field").asText()).isEqualTo("subscription");
  }
}
