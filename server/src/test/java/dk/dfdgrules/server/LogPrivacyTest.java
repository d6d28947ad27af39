/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No CPR number in any log line: the access log holds the method, the masked path, the status and
 * the time; bodies, queries and headers are never logged. Every line the server, Javalin and Jetty
 * log (through SLF4J to java.util.logging, at every level) is read.
 */
class LogPrivacyTest {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6,}");

  @Test
  void cprNumbersSentEverywhereReachNoLogLine() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    Logger root = Logger.getLogger("");
    Level level = root.getLevel();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            String name = String.valueOf(r.getLoggerName());
            if (name.startsWith("jdk.") || name.startsWith("java.")) {
              return; // the test's HTTP client, not the server
            }
            lines.add(
                r.getLoggerName()
                    + " "
                    + r.getMessage()
                    + " "
                    + (r.getParameters() == null ? "" : Arrays.asList(r.getParameters()))
                    + " "
                    + (r.getThrown() == null ? "" : r.getThrown()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
    root.setLevel(Level.ALL);
    List<String> access = new ArrayList<>();
    try (DfdgServer server = DfdgServer.start(ServerSettings.loopback(0), access::add)) {
      HttpClient client = HttpClient.newHttpClient();
      String[] cprs = {"0101901234", "010190-1234", "0101 90 1234"};
      for (String cpr : cprs) {
        String enc = cpr.replace(" ", "%20");
        for (HttpRequest.Builder b :
            List.of(
                HttpRequest.newBuilder(
                        server.uri().resolve("/areas/" + enc + "/evaluate?at=2022-01-10"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"cpr\": \"" + cpr + "\"}")),
                HttpRequest.newBuilder(
                        server
                            .uri()
                            .resolve("/areas/support-needs/evaluate?at=" + enc + "&x=" + enc))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")),
                HttpRequest.newBuilder(
                        server.uri().resolve("/areas/activation-measures/evaluate?at=2022-01-10"))
                    .header("X-Citizen", cpr.replace(" ", ""))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"from\": \"2022-03-01\", \"to\": \"2022-03-31\", \"activations\":"
                                + " [{\"citizen\": \""
                                + cpr
                                + "\", \"municipality\": \"101\", \"start\": \"2022-03-01\","
                                + " \"status\": \"Optaget\", \"type\": \"Kursus\"}]}")),
                HttpRequest.newBuilder(server.uri().resolve("/rules/" + enc)).GET(),
                HttpRequest.newBuilder(server.uri().resolve("/" + enc))
                    .header("Accept", "text/html")
                    .GET())) {
          HttpRequest request = b.build();
          try {
            client.send(request, HttpResponse.BodyHandlers.discarding());
          } catch (java.io.IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + ": " + e, e);
          }
        }
      }
    } finally {
      root.removeHandler(capture);
      root.setLevel(level);
    }
    assertThat(access).hasSize(15);
    assertThat(access)
        .allSatisfy(l -> assertThat(l).matches("(GET|POST) /\\S* \\d{3} \\d+\\.\\d ms"));
    assertThat(access)
        .anySatisfy(l -> assertThat(l).contains("POST /areas/activation-measures/evaluate 200"));
    List<String> all = new ArrayList<>(lines);
    all.addAll(access);
    assertThat(lines).isNotEmpty(); // Jetty logs at debug level: the capture sees them
    for (String line : access) {
      assertThat(SIX_DIGITS.matcher(line).find()).as(line).isFalse();
    }
    for (String line : all) {
      assertThat(line)
          .doesNotContain("0101901234", "010190-1234", "0101 90 1234", "0101%2090", "citizen");
    }
  }
}
