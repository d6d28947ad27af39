/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.Dfdg;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dfdg serve}: starts, answers, logs without personal data, stops; its usage errors. */
class ServeCommandTest {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");

  @Test
  @Timeout(60)
  void servesEvaluationsAndTheCatalogueAndStops(@TempDir Path dir) throws Exception {
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, "a-token-of-twenty-chars\n", UTF_8);
    CommandLine cl = Dfdg.commandLine();
    ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cl.execute("serve", "--port", "0", "--token-file", tokenFile.toString()));
    URI base = null;
    for (int i = 0; i < 300 && base == null; i++) {
      Matcher m = LISTENING.matcher(err.toString());
      if (m.find()) {
        base = URI.create(m.group(1));
      } else {
        assertThat(exit).isNotDone();
        Thread.sleep(100);
      }
    }
    assertThat(base).as(err.toString()).isNotNull();
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(
                    base.resolve("/areas/support-needs/evaluate?at=2022-01-10&lang=en"))
                .header("Authorization", "Bearer a-token-of-twenty-chars")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"plan\": {\"step\": 4, \"supportNeeds\": [1, 2]}, \"cpr\": \"0101901234\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> withoutToken =
        client.send(
            HttpRequest.newBuilder(base.resolve("/rules/SUB-3")).build(),
            HttpResponse.BodyHandlers.ofString());
    serve.stop.countDown();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(answer.statusCode()).isEqualTo(400); // "cpr" is no fact of support-needs
    assertThat(answer.body()).contains("cpr").doesNotContain("0101901234");
    assertThat(withoutToken.statusCode()).isEqualTo(401);
    assertThat(err.toString())
        .contains("POST /areas/support-needs/evaluate 400", "GET /rules/SUB-3 401")
        .contains("(bearer token required)", "dfdg serve: stopped")
        .doesNotContain("0101901234", "a-token-of-twenty-chars");
  }

  @Test
  void usageErrorsAreExit2WithOneLine(@TempDir Path dir) throws Exception {
    Path shortToken = dir.resolve("short");
    Files.writeString(shortToken, "abc", UTF_8);
    CliRun missing = CliRun.run("serve", "--token-file", dir.resolve("none").toString());
    CliRun tooShort = CliRun.run("serve", "--token-file", shortToken.toString());
    CliRun open = CliRun.run("serve", "--host", "0.0.0.0", "--port", "0");
    CliRun badPort = CliRun.run("serve", "--port", "70000");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--token-file: no such file");
    assertThat(tooShort.exitCode()).isEqualTo(2);
    assertThat(tooShort.err()).contains("at least 16").doesNotContain("abc");
    assertThat(open.exitCode()).isEqualTo(2);
    assertThat(open.err()).contains("needs a bearer token (--token-file)");
    assertThat(badPort.exitCode()).isEqualTo(2);
    assertThat(badPort.err()).contains("port must be 0-65535");
    try (ServerSocket taken = new ServerSocket(0)) {
      CliRun inUse = CliRun.run("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(inUse.exitCode()).isEqualTo(2);
      assertThat(inUse.err()).contains("cannot listen on").doesNotContain("\tat ");
    }
  }
}
