/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.json.DfdgJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A caller's mistakes are 4xx {@code application/problem+json} with a clear detail — the field and
 * the line of the JSON where there is one — never a stack trace and never 500.
 */
class ProblemsTest {

  private static final ObjectMapper MAPPER = DfdgJson.mapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final List<String> LOG = new CopyOnWriteArrayList<>();
  private static DfdgServer server;

  @BeforeAll
  static void start() {
    server = DfdgServer.start(ServerSettings.loopback(0).withMaxBodyBytes(64 * 1024), LOG::add);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Problem(int status, String contentType, JsonNode json, String body) {}

  static Problem send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertThat(r.body()).doesNotContain("Exception", "\tat ", "dk.dfdgrules.");
    return new Problem(r.statusCode(), type, MAPPER.readTree(r.body()), r.body());
  }

  static Problem post(String path, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static Problem get(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(server.uri().resolve(path)).header("Accept", "application/json"));
  }

  static void isProblem(Problem p, int status, String detailPart) {
    assertThat(p.status()).as(p.body()).isEqualTo(status);
    assertThat(p.contentType()).startsWith("application/problem+json");
    assertThat(p.json().get("status").asInt()).isEqualTo(status);
    assertThat(p.json().get("type").asText()).startsWith("/problems/");
    assertThat(p.json().get("title").asText()).isNotBlank();
    assertThat(p.json().get("detail").asText()).contains(detailPart);
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() throws Exception {
    Problem p =
        post("/areas/support-needs/evaluate?at=2022-01-10", "{\n  \"plan\": {\"step\": 4,,}\n}");
    isProblem(p, 400, "");
    assertThat(p.json().get("type").asText()).isEqualTo("/problems/malformed-json");
    assertThat(p.json().get("line").asInt()).isEqualTo(2);
    assertThat(p.json().get("column").asInt()).isPositive();
  }

  @Test
  void aWrongTypeNamesTheFieldAndItsLine() throws Exception {
    Problem p =
        post(
            "/areas/support-needs/evaluate?at=2022-01-10",
            "{\n  \"plan\": {\n    \"step\": \"four\",\n    \"supportNeeds\": [1]\n  }\n}");
    isProblem(p, 400, "plan.step");
    assertThat(p.json().get("type").asText()).isEqualTo("/problems/invalid-facts");
    assertThat(p.json().get("field").asText()).isEqualTo("plan.step");
    assertThat(p.json().get("line").asInt()).isEqualTo(3);
  }

  @Test
  void anUnknownFieldIsNamed() throws Exception {
    Problem p =
        post(
            "/areas/support-needs/evaluate?at=2022-01-10",
            "{\"plan\": {\"step\": 4}, \"colour\": 1}");
    isProblem(p, 400, "colour");
  }

  @Test
  void settingsFieldsAfterTheFactsKeepTheLineOfAnError() throws Exception {
    Problem p =
        post(
            "/areas/udb-subscription/evaluate?at=2022-01-10",
            "{\"switchOff\": [\"SUB-3\"],\n\"subscription\": {\"createdOn\": \"2021-13-01\"},\n"
                + "\"event\": {\"type\": \"ageCheck\"}}");
    isProblem(p, 400, "subscription.createdOn");
    assertThat(p.json().get("line").asInt()).isEqualTo(2);
  }

  @Test
  void nullEmptyAndTrailingBodiesAreRefused() throws Exception {
    isProblem(post("/areas/support-needs/evaluate?at=2022-01-10", "null"), 400, "null");
    isProblem(post("/areas/support-needs/evaluate?at=2022-01-10", ""), 400, "empty");
    isProblem(post("/areas/support-needs/evaluate?at=2022-01-10", "{} {}"), 400, "");
  }

  @Test
  void theEvaluationDateIsRequiredAndMustBeADate() throws Exception {
    isProblem(post("/areas/support-needs/evaluate", "{}"), 400, "at is required");
    isProblem(post("/areas/support-needs/evaluate?at=10-01-2022", "{}"), 400, "YYYY-MM-DD");
    isProblem(post("/areas/support-needs/evaluate?at=2022-02-30", "{}"), 400, "YYYY-MM-DD");
    isProblem(post("/areas/support-needs/evaluate?at=+99999-01-01", "{}"), 400, "YYYY-MM-DD");
  }

  @Test
  void unknownAreasRulesPathsAndParametersAre404Or400() throws Exception {
    isProblem(post("/areas/no-such-area/evaluate?at=2022-01-10", "{}"), 404, "no rule area");
    isProblem(get("/rules/XYZ-99"), 404, "no rule XYZ-99");
    isProblem(get("/rules/not%20a%20rule"), 404, "no rule");
    isProblem(get("/no/such/path"), 404, "no such path");
    isProblem(post("/areas/support-needs/evaluate?at=2022-01-10&date=1", "{}"), 400, "'date'");
    isProblem(
        post("/areas/udb-subscription/evaluate?at=2022-01-10&enable=SUB-9=2022-01-01", "{}"),
        400,
        "no announced rule version");
    isProblem(
        post("/areas/udb-subscription/evaluate?at=2022-01-10&switchOff=SN-1", "{}"),
        400,
        "SN-1 is no rule of udb-subscription");
    isProblem(post("/areas/support-needs/evaluate?at=2022-01-10&lang=fr", "{}"), 400, "da or en");
  }

  @Test
  void theWrongMethodIs405() throws Exception {
    isProblem(get("/areas/support-needs/evaluate"), 405, "GET");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String big = "{\"plan\": {\"step\": 4, \"supportNeeds\": [" + "1,".repeat(40_000) + "1]}}";
    for (int i = 0; i < 20; i++) { // the caller gets the answer, not a reset, every time
      isProblem(post("/areas/support-needs/evaluate?at=2022-01-10", big), 413, "at most");
    }
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    Problem chunked =
        send(
            HttpRequest.newBuilder(
                    server.uri().resolve("/areas/support-needs/evaluate?at=2022-01-10"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes))));
    isProblem(chunked, 413, "more than");
  }

  @Test
  void deeplyNestedJsonIs400() throws Exception {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    isProblem(post("/areas/support-needs/evaluate?at=2022-01-10", deep), 400, "");
    String deepObject = "{\"plan\": " + "{\"a\": ".repeat(200) + "1" + "}".repeat(201);
    isProblem(post("/areas/support-needs/evaluate?at=2022-01-10", deepObject), 400, "");
  }

  @Test
  void aHugeNumberIsRefusedQuickly() throws Exception {
    isProblem(
        post(
            "/areas/activation-measures/evaluate?at=2022-01-10",
            "{\"from\": \"2022-03-01\", \"to\": \"2022-03-31\", \"activations\": [{\"hoursPerWeek\": 1e100000000}]}"),
        400,
        "");
  }

  @Test
  void noProblemEchoesACprNumber() throws Exception {
    for (Problem p :
        List.of(
            post("/areas/0101901234/evaluate?at=2022-01-10", "{}"),
            post("/areas/support-needs/evaluate?at=0101901234", "{}"),
            post("/areas/support-needs/evaluate?at=2022-01-10&0101901234=1", "{}"),
            post(
                "/areas/support-needs/evaluate?at=2022-01-10",
                "{\"plan\": {\"step\": \"010190-1234\"}}"),
            post("/areas/support-needs/evaluate?at=2022-01-10", "{\"0101901234\": 1}"),
            get("/rules/SN-0101901234"),
            get("/codelists/0101901234"))) {
      assertThat(p.status()).isBetween(400, 499);
      assertThat(p.body()).doesNotContain("0101901234", "010190-1234", "901234");
    }
  }
}
