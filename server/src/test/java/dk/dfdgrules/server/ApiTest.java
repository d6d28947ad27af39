/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.json.AnswerJson;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API against a real server on a free loopback port. */
class ApiTest {

  private static final ObjectMapper MAPPER = DfdgJson.mapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final List<String> LOG = new CopyOnWriteArrayList<>();
  private static DfdgServer server;

  @BeforeAll
  static void start() {
    server = DfdgServer.start(ServerSettings.loopback(0), LOG::add);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Reply(int status, String contentType, String body) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(body);
    }
  }

  static Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(server.uri().resolve(path)).GET();
  }

  static HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(server.uri().resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  @Test
  void healthSaysUpWithTheNumberOfAreasAndRules() throws Exception {
    Reply r = send(get("/health"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("UP");
    assertThat(r.json().get("areas").asInt()).isEqualTo(RuleAreas.all().size());
  }

  @Test
  void everyAreaWithAnExampleAnswersOverHttpAsTheLibraryDoes() throws Exception {
    RuleCatalogue catalogue = RuleCatalogue.of(RuleAreas.all());
    int evaluated = 0;
    for (RuleCatalogue.Area a : catalogue.areas()) {
      if (a.example().isEmpty()) {
        continue;
      }
      LocalDate at = LocalDate.of(2022, 1, 10);
      Reply r = send(post("/areas/" + a.name() + "/evaluate?at=" + at, a.example().get()));
      assertThat(r.status()).as(a.name() + ": " + r.body()).isEqualTo(200);
      assertThat(r.contentType()).startsWith("application/json");
      Object facts = MAPPER.readValue(a.example().get(), a.area().factsType());
      JsonNode expected =
          AnswerJson.tree(
              MAPPER,
              a.name(),
              at,
              a.area().evaluateFacts(facts, EvaluationContext.on(at)),
              Messages.DANISH);
      assertThat(r.body()).as(a.name()).isEqualTo(MAPPER.writeValueAsString(expected));
      evaluated++;
    }
    assertThat(evaluated).isGreaterThanOrEqualTo(18);
  }

  @Test
  void everyAreaIsListedAndHasItsEvaluatePath() throws Exception {
    JsonNode areas = send(get("/areas")).json().get("areas");
    assertThat(areas).hasSize(RuleAreas.all().size());
    for (JsonNode a : areas) {
      assertThat(a.get("evaluate").asText())
          .isEqualTo("/areas/" + a.get("name").asText() + "/evaluate");
      Reply one = send(get("/areas/" + a.get("name").asText()));
      assertThat(one.status()).isEqualTo(200);
      assertThat(one.json().get("rules")).isEqualTo(a.get("rules"));
    }
  }

  @Test
  void acceptLanguageEnglishGivesEnglishTexts() throws Exception {
    String facts = "{\"plan\": {\"step\": 2, \"supportNeeds\": [1]}}";
    Reply da = send(post("/areas/support-needs/evaluate?at=2022-01-10", facts));
    Reply en =
        send(
            post("/areas/support-needs/evaluate?at=2022-01-10", facts)
                .header("Accept-Language", "en-GB,en;q=0.9"));
    Reply query = send(post("/areas/support-needs/evaluate?at=2022-01-10&lang=en", facts));
    assertThat(da.json().get("language").asText()).isEqualTo("da");
    assertThat(en.json().get("language").asText()).isEqualTo("en");
    assertThat(query.json()).isEqualTo(en.json());
    assertThat(en.json().get("outcome")).isEqualTo(da.json().get("outcome"));
    assertThat(en.body()).isNotEqualTo(da.body());
  }

  @Test
  void enableAndSwitchOffWorkAsQueryAndAsBodyFields() throws Exception {
    RuleArea<?, ?> area = RuleAreas.get("udb-subscription");
    String facts =
        "{\"subscription\": {\"createdOn\": \"2021-01-01\"},"
            + " \"event\": {\"type\": \"completedVocationalEducation\"}}";
    LocalDate at = LocalDate.of(2021, 12, 6);
    JsonNode off =
        AnswerJson.tree(
            MAPPER,
            area.name(),
            at,
            area.evaluateFacts(
                MAPPER.readValue(facts, area.factsType()),
                EvaluationContext.on(at).switchOff(RuleId.of("SUB-3"))),
            Messages.DANISH);
    Reply byQuery =
        send(post("/areas/udb-subscription/evaluate?at=2021-12-06&switchOff=SUB-3", facts));
    String withBody = facts.substring(0, facts.length() - 1) + ", \"switchOff\": [\"SUB-3\"]}";
    Reply byBody = send(post("/areas/udb-subscription/evaluate?at=2021-12-06", withBody));
    assertThat(byQuery.body()).isEqualTo(MAPPER.writeValueAsString(off));
    assertThat(byBody.body()).isEqualTo(byQuery.body());
    assertThat(off.get("outcome").asText()).isEqualTo("NOT_IN_FORCE");

    String closed =
        "{\"subscription\": {\"createdOn\": \"2021-01-01\"},"
            + " \"facts\": {\"contactGroup\": 12, \"step\": 3},"
            + " \"event\": {\"type\": \"contactGroupClosed\", \"contactGroup\": 12,"
            + " \"closedOn\": \"2022-01-15\"}}";
    Reply announced =
        send(
            post("/areas/udb-subscription/evaluate?at=2022-03-01&enable=SUB-6=2022-01-01", closed));
    Reply announcedBody =
        send(
            post(
                "/areas/udb-subscription/evaluate?at=2022-03-01",
                closed.substring(0, closed.length() - 1)
                    + ", \"enable\": {\"SUB-6\": \"2022-01-01\"}}"));
    assertThat(announced.status()).as(announced.body()).isEqualTo(200);
    assertThat(announcedBody.body()).isEqualTo(announced.body());
    JsonNode expected =
        AnswerJson.tree(
            MAPPER,
            area.name(),
            LocalDate.of(2022, 3, 1),
            area.evaluateFacts(
                MAPPER.readValue(closed, area.factsType()),
                EvaluationContext.on(LocalDate.of(2022, 3, 1))
                    .enable("SUB-6", LocalDate.of(2022, 1, 1))),
            Messages.DANISH);
    assertThat(announced.body()).isEqualTo(MAPPER.writeValueAsString(expected));
  }

  @Test
  void ruleJsonHasItsSourceVersionsAndExamples() throws Exception {
    Reply r = send(get("/rules/SUB-3"));
    assertThat(r.status()).isEqualTo(200);
    JsonNode rule = r.json();
    assertThat(rule.get("area").asText()).isEqualTo("udb-subscription");
    assertThat(rule.get("title").get("en").asText())
        .isEqualTo("Completed vocational education closes the subscription");
    assertThat(rule.get("title").get("da").asText()).contains("erhvervskompetencegivende");
    assertThat(rule.get("summary").get("da").asText()).contains("6. december 2021");
    assertThat(rule.get("quote").asText()).isNotBlank();
    assertThat(rule.get("versions").findValuesAsText("inForceFrom")).contains("2021-12-06");
    assertThat(rule.get("versions").findValuesAsText("inForceUntil")).contains("2021-12-06");
    assertThat(rule.get("examples").size()).isGreaterThanOrEqualTo(3);
    JsonNode example = rule.get("examples").get(1);
    assertThat(example.get("request").get("path").asText())
        .isEqualTo("/areas/udb-subscription/evaluate?at=2021-12-06");
    Reply answer =
        send(
            post(
                example.get("request").get("path").asText(),
                example.get("request").get("body").toString()));
    assertThat(answer.json().get("outcome").asText())
        .isEqualTo(example.get("expect").get("outcome").asText());
    assertThat(answer.json().get("decision").get("kind").asText())
        .isEqualTo(example.get("expect").get("decision").asText());

    Reply announced = send(get("/rules/SUB-6"));
    assertThat(announced.json().get("announcedVersions")).isNotEmpty();
    JsonNode all = send(get("/rules")).json().get("rules");
    assertThat(all.size()).isEqualTo(RuleCatalogue.of(RuleAreas.all()).rules().size());
  }

  @Test
  void codeListsAreServedWholeAndOnADate() throws Exception {
    JsonNode lists = send(get("/codelists")).json().get("codeLists");
    assertThat(lists.findValuesAsText("key")).contains("contact-groups", "mentor-types");
    JsonNode all = send(get("/codelists/course-categories")).json();
    JsonNode onDate = send(get("/codelists/course-categories?at=2022-01-10")).json();
    assertThat(all.get("codes").size()).isGreaterThan(0);
    assertThat(onDate.get("codes").size()).isLessThanOrEqualTo(all.get("codes").size());
    assertThat(send(get("/codelists/no-such-list")).status()).isEqualTo(404);
    assertThat(send(get("/codelists/course-categories?at=2022-13-01")).status()).isEqualTo(400);
  }

  @Test
  void aNonLoopbackAddressNeedsAToken() {
    assertThatThrownBy(
            () -> DfdgServer.start(ServerSettings.loopback(0).withHost("0.0.0.0"), LOG::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--token-file");
  }

  @Test
  void withATokenEveryPathButHealthNeedsIt() throws Exception {
    String token = "s3cret-token-of-the-test";
    try (DfdgServer guarded =
        DfdgServer.start(ServerSettings.loopback(0).withToken(token), LOG::add)) {
      URI base = guarded.uri();
      Reply none = send(HttpRequest.newBuilder(base.resolve("/areas")).GET());
      Reply wrong =
          send(
              HttpRequest.newBuilder(base.resolve("/areas"))
                  .header("Authorization", "Bearer wrong-token-wrong-token")
                  .GET());
      Reply right =
          send(
              HttpRequest.newBuilder(base.resolve("/areas"))
                  .header("Authorization", "Bearer " + token)
                  .GET());
      Reply health = send(HttpRequest.newBuilder(base.resolve("/health")).GET());
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.contentType()).startsWith(Problem.MEDIA_TYPE);
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(right.status()).isEqualTo(200);
      assertThat(health.status()).isEqualTo(200);
    }
  }

  @Test
  void aBrowserGetsTheCataloguesNotFoundPageWithoutThePath() throws Exception {
    Reply r = send(get("/no-such-page/0101901234").header("Accept", "text/html"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.body()).contains("<h1").doesNotContain("0101901234");
    Reply rule = send(get("/rules/SUB-3").header("Accept", "text/html,application/xhtml+xml"));
    assertThat(rule.contentType()).startsWith("text/html");
    assertThat(rule.body()).contains("SUB-3", "erhvervskompetencegivende");
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    Reply r = send(get("/areas").header("Origin", "https://elsewhere.example"));
    assertThat(r.status()).isEqualTo(200);
    HttpResponse<Void> raw =
        CLIENT.send(
            get("/areas").header("Origin", "https://elsewhere.example").build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(raw.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
