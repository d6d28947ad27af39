/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.html.CataloguePages;
import dk.dfdgrules.server.problem.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rules as a web service: a Javalin server on Jetty that evaluates every area over HTTP with
 * the same facts and the same answers as {@code dfdg evaluate}, serves the catalogue of areas,
 * rules, versions, examples and code lists as JSON and HTML, and describes itself in an OpenAPI 3.1
 * document at {@code /openapi.json}.
 *
 * <p>Stateless and read-only. Errors are {@code application/problem+json} ({@link Problem}), never
 * a stack trace. The access log holds the method, the path (masked), the status and the time only:
 * no body, no query, no header is ever logged; Jetty's and Javalin's own loggers are held at INFO
 * in java.util.logging, because at debug level Jetty logs the raw bytes of requests.
 *
 * <pre>{@code
 * try (DfdgServer server = DfdgServer.start(ServerSettings.loopback(8080), System.err::println)) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class DfdgServer implements AutoCloseable {

  /**
   * Jetty's and Javalin's loggers in java.util.logging, held so that their level stays: at debug
   * level Jetty logs the raw bytes of requests — bodies with CPR numbers — so the server keeps them
   * at INFO. (With another SLF4J provider than java.util.logging, keep {@code org.eclipse.jetty} at
   * INFO or above in its configuration.)
   */
  private static final List<java.util.logging.Logger> QUIET =
      List.of(
          java.util.logging.Logger.getLogger("org.eclipse.jetty"),
          java.util.logging.Logger.getLogger("io.javalin"));

  private final Javalin app;
  private final ServerSettings settings;

  private DfdgServer(Javalin app, ServerSettings settings) {
    this.app = app;
    this.settings = settings;
  }

  /**
   * Starts a server with the library's areas.
   *
   * @param settings where and how to listen
   * @param log where the access log and the start line go, one line each
   * @return the started server
   * @throws IllegalArgumentException if the host is not loopback and no token is set, or the host
   *     is unknown
   * @throws IllegalStateException if the port cannot be bound
   */
  public static DfdgServer start(ServerSettings settings, Consumer<String> log) {
    return start(settings, RuleAreas.all(), log);
  }

  /**
   * Starts a server with the given areas.
   *
   * @param settings where and how to listen
   * @param areas the areas to serve
   * @param log where the access log goes, one line per request
   * @return the started server
   * @throws IllegalArgumentException if the host is not loopback and no token is set, or the host
   *     is unknown
   * @throws IllegalStateException if the port cannot be bound
   */
  public static DfdgServer start(
      ServerSettings settings, List<RuleArea<?, ?>> areas, Consumer<String> log) {
    if (settings.token().isEmpty() && !isLoopback(settings.host())) {
      throw new IllegalArgumentException(
          "binding to "
              + DfdgJson.mask(settings.host())
              + " (not loopback) needs a bearer token (--token-file)");
    }
    for (java.util.logging.Logger l : QUIET) {
      l.setLevel(java.util.logging.Level.INFO);
    }
    ObjectMapper mapper = DfdgJson.mapper();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(settings.maxNesting())
                .maxNumberLength(100)
                .maxStringLength(settings.maxBodyBytes())
                .build());
    RuleCatalogue catalogue = RuleCatalogue.of(areas);
    Api api = new Api(catalogue, mapper, settings);
    CataloguePages pages = new CataloguePages(catalogue, CataloguePages.Mode.LIVE);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              config.http.maxRequestSize = settings.maxBodyBytes();
              config.http.prefer405over404 = true;
              config.http.defaultContentType = "application/json";
              if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              for (String origin : settings.corsOrigins()) {
                                rule.allowHost(origin);
                              }
                            }));
              }
              config.requestLogger.http(
                  (ctx, ms) ->
                      log.accept(
                          "%s %s %d %.1f ms"
                              .formatted(
                                  ctx.method(), DfdgJson.mask(ctx.path()), ctx.statusCode(), ms)));
              config.routes.before(ctx -> authorize(ctx, settings));
              api.routes(config.routes, pages);
              config.routes.exception(
                  ProblemException.class, (e, ctx) -> api.problem(ctx, e.problem()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    log.accept(
                        "internal error: "
                            + e.getClass().getName()
                            + ": "
                            + DfdgJson.mask(String.valueOf(e.getMessage())));
                    api.problem(
                        ctx,
                        Problem.of(
                            Problem.Kind.INTERNAL,
                            "the service failed on this request; the log names the error"));
                  });
              config.routes.error(404, ctx -> api.notFound(ctx, pages));
              config.routes.error(
                  405,
                  ctx ->
                      api.problem(
                          ctx,
                          Problem.of(
                              Problem.Kind.METHOD_NOT_ALLOWED,
                              ctx.method() + " is not allowed on this path")));
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot listen on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e), e);
    }
    return new DfdgServer(app, settings);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
  }

  private static void authorize(Context ctx, ServerSettings settings) {
    Optional<String> token = settings.token();
    if (token.isEmpty()
        || ctx.method() == HandlerType.OPTIONS
        || (ctx.method() == HandlerType.GET && ctx.path().equals("/health"))) {
      return;
    }
    String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    byte[] expected = ("Bearer " + token.get()).getBytes(UTF_8);
    if (!MessageDigest.isEqual(expected, given.getBytes(UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"dfdg\"");
      throw new ProblemException(
          Problem.Kind.UNAUTHORIZED,
          given.isEmpty()
              ? "give the token as 'Authorization: Bearer TOKEN'"
              : "the bearer token is wrong");
    }
  }

  static boolean isLoopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + DfdgJson.mask(host), e);
    }
  }

  /**
   * The port the server listens on (useful after asking for port 0).
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /**
   * The base address of the server, e.g. {@code http://127.0.0.1:8080/}.
   *
   * @return the address
   */
  public URI uri() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /**
   * Blocks until the server stops (another thread calls {@link #close}, or the JVM ends).
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitStop() throws InterruptedException {
    app.jettyServer().server().join();
  }

  /** Stops the server. */
  @Override
  public void close() {
    app.stop();
  }

  /**
   * The language of a request: {@code ?lang=da|en}, else the best of {@code Accept-Language}, else
   * Danish.
   */
  static Locale language(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang != null) {
      return switch (lang) {
        case "da" -> Messages.DANISH;
        case "en" -> Messages.ENGLISH;
        default ->
            throw new ProblemException(
                Problem.Kind.BAD_PARAMETER,
                "lang must be da or en, was " + DfdgJson.mask("'" + lang + "'"));
      };
    }
    String header = ctx.header("Accept-Language");
    if (header != null && !header.isBlank() && header.length() < 500) {
      try {
        String best = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("da", "en"));
        if ("en".equals(best)) {
          return Messages.ENGLISH;
        }
      } catch (IllegalArgumentException e) {
        // a malformed header: the default
      }
    }
    return Messages.DANISH;
  }
}
