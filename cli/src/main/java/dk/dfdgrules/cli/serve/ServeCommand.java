/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.server.DfdgServer;
import dk.dfdgrules.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg serve}: the rules as a web service and the browsable rule catalogue, until stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the rules over HTTP until stopped (Ctrl-C): POST /areas/AREA/evaluate?at=DATE with"
          + " the facts as JSON answers as 'dfdg evaluate --format json' does; GET /openapi.json"
          + " describes the API; / and /rules/ID are the rule catalogue for a browser.",
      "Listens on loopback (127.0.0.1) unless --host says otherwise; any other address needs"
          + " --token-file. The access log (standard error) holds method, path, status and time"
          + " only."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:stopped",
      "2:a usage error: a bad option, an unreadable token file, a port in use",
      "3:an internal error"
    })
public final class ServeCommand implements Callable<Integer> {

  private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default 127.0.0.1; 0.0.0.0 for all, with a token).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The port (default 8080; 0 for a free one).")
  int port;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "A file holding a bearer token (at least 16 characters): every request but GET /health"
              + " must then send 'Authorization: Bearer TOKEN'. Required off loopback.")
  Path tokenFile;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "Allow browser pages from this origin to call the API (CORS), e.g."
              + " https://jobcenter.example; repeatable. Off by default.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--max-body",
      defaultValue = "1048576",
      paramLabel = "BYTES",
      description = "The largest request body in bytes (default 1048576 = 1 MiB).")
  int maxBody;

  Clock clock = Clock.systemDefaultZone();

  /** Counted down to stop a server started by a test; the JVM's shutdown otherwise. */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    // Jetty's and Javalin's own lines (java.util.logging) on one line each, as the access log
    if (System.getProperty(LOG_FORMAT) == null) {
      System.setProperty(LOG_FORMAT, "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
    }
    ServerSettings settings;
    try {
      settings =
          ServerSettings.loopback(port)
              .withHost(host)
              .withCorsOrigins(corsOrigins)
              .withMaxBodyBytes(maxBody);
      if (tokenFile != null) {
        settings = settings.withToken(token(tokenFile));
      }
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    DfdgServer server;
    try {
      server = DfdgServer.start(settings, line -> log(err, line));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UserInputException(DfdgJson.mask(e.getMessage()));
    }
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                closed.await(10, TimeUnit.SECONDS); // let the server close before the JVM ends
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "dfdg-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      log(
          err,
          "dfdg serve: listening on "
              + server.uri()
              + " — the catalogue at "
              + server.uri()
              + ", the API described at "
              + server.uri().resolve("/openapi.json")
              + (settings.token().isPresent() ? " (bearer token required)" : "")
              + "; Ctrl-C stops");
      stop.await();
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs
      }
      log(err, "dfdg serve: stopped");
      closed.countDown();
    }
    return ExitCodes.OK;
  }

  private void log(PrintWriter err, String line) {
    synchronized (err) {
      err.println(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS) + " " + line);
      err.flush();
    }
  }

  private static String token(Path file) {
    String shown = DfdgJson.mask(file.toString());
    try {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("--token-file: no such file: " + shown);
      }
      if (Files.size(file) > 4096) {
        throw new UserInputException("--token-file: " + shown + " is larger than a token");
      }
      String token = new String(Files.readAllBytes(file), UTF_8).strip();
      if (token.length() < 16 || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
        throw new UserInputException(
            "--token-file: "
                + shown
                + " must hold one token of at least 16 printable ASCII characters, no spaces");
      }
      return token;
    } catch (IOException e) {
      throw new UserInputException(
          "--token-file: " + shown + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
