/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium driven through chromedriver by the W3C WebDriver protocol: JSON over HTTP,
 * with the JDK's client and Jackson, no Selenium. Enough of the protocol for the catalogue's
 * browser test: open a page, find elements by CSS selector, click, type, read text, run a script,
 * take a screenshot. The browser asks for Danish pages first ({@code Accept-Language: da,en}).
 */
final class WebDriverClient implements AutoCloseable {

  /** The key of an element reference in the protocol. */
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

  private static final Duration COMMAND = Duration.ofSeconds(30);

  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Process driver;
  private final URI base;
  private String session;

  private WebDriverClient(Process driver, URI base) {
    this.driver = driver;
    this.base = base;
  }

  /**
   * Starts chromedriver on a free loopback port and a headless browser session in it.
   *
   * @param chromedriver the driver, e.g. {@code /usr/bin/chromedriver}
   * @param chromium the browser, e.g. {@code /usr/bin/chromium}
   * @param profile an empty directory for the browser's profile
   * @param log where the driver writes its log
   * @param width the window's width in CSS pixels
   * @param height the window's height
   * @param javascript whether pages may run scripts
   */
  static WebDriverClient start(
      Path chromedriver,
      Path chromium,
      Path profile,
      Path log,
      int width,
      int height,
      boolean javascript)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p =
        new ProcessBuilder(chromedriver.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    WebDriverClient client = new WebDriverClient(p, URI.create("http://127.0.0.1:" + port + "/"));
    try {
      client.awaitReady();
      client.newSession(chromium, profile, width, height, javascript);
      return client;
    } catch (IOException | InterruptedException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private void awaitReady() throws InterruptedException {
    Instant end = Instant.now().plusSeconds(15);
    while (true) {
      if (!driver.isAlive()) {
        throw new IllegalStateException("chromedriver ended with status " + driver.exitValue());
      }
      try {
        if (send("GET", "status", null).path("ready").asBoolean()) {
          return;
        }
      } catch (IOException | IllegalStateException e) {
        // not listening yet
      }
      if (Instant.now().isAfter(end)) {
        throw new IllegalStateException("chromedriver was not ready within 15 s");
      }
      Thread.sleep(100);
    }
  }

  private void newSession(Path chromium, Path profile, int width, int height, boolean javascript)
      throws IOException, InterruptedException {
    ObjectNode body = mapper.createObjectNode();
    ObjectNode always = body.putObject("capabilities").putObject("alwaysMatch");
    always.put("browserName", "chrome");
    ObjectNode options = always.putObject("goog:chromeOptions");
    options.put("binary", chromium.toString());
    // the language the browser asks for (Accept-Language), as a Danish reader's would
    ObjectNode prefs = options.putObject("prefs").put("intl.accept_languages", "da,en");
    if (!javascript) {
      prefs.put("profile.managed_default_content_settings.javascript", 2);
    }
    ArrayNode args = options.putArray("args");
    for (String a :
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--no-proxy-server",
            "--lang=da",
            "--user-data-dir=" + profile,
            "--window-size=" + width + "," + height)) {
      args.add(a);
    }
    session = send("POST", "session", body).path("sessionId").asText();
    if (session.isEmpty()) {
      throw new IllegalStateException("chromedriver gave no session id");
    }
  }

  /** Opens an address and waits until the page has loaded. */
  void open(URI uri) throws IOException, InterruptedException {
    ObjectNode body = mapper.createObjectNode().put("url", uri.toString());
    command("POST", "url", body);
  }

  /** The address of the page. */
  String url() throws IOException, InterruptedException {
    return command("GET", "url", null).asText();
  }

  /** The source of the page as the browser holds it. */
  String source() throws IOException, InterruptedException {
    return command("GET", "source", null).asText();
  }

  /** The first element a CSS selector finds, or empty. */
  Optional<String> find(String css) throws IOException, InterruptedException {
    List<String> all = findAll(css);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every element a CSS selector finds. */
  List<String> findAll(String css) throws IOException, InterruptedException {
    ObjectNode body = mapper.createObjectNode().put("using", "css selector").put("value", css);
    List<String> ids = new ArrayList<>();
    for (JsonNode e : command("POST", "elements", body)) {
      ids.add(e.path(ELEMENT).asText());
    }
    return ids;
  }

  /** The element a CSS selector finds, waiting for it at most the given time. */
  String await(String css, Duration within) throws IOException, InterruptedException {
    Instant end = Instant.now().plus(within);
    while (true) {
      Optional<String> e = find(css);
      if (e.isPresent()) {
        return e.get();
      }
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("no element '" + css + "' within " + within + " on " + url());
      }
      Thread.sleep(100);
    }
  }

  void click(String element) throws IOException, InterruptedException {
    command("POST", "element/" + element + "/click", mapper.createObjectNode());
  }

  void clear(String element) throws IOException, InterruptedException {
    command("POST", "element/" + element + "/clear", mapper.createObjectNode());
  }

  /** Types text into an element, key by key. */
  void type(String element, String text) throws IOException, InterruptedException {
    command("POST", "element/" + element + "/value", mapper.createObjectNode().put("text", text));
  }

  /** The rendered text of an element. */
  String text(String element) throws IOException, InterruptedException {
    return command("GET", "element/" + element + "/text", null).asText();
  }

  /** Whether an element is displayed. */
  boolean displayed(String element) throws IOException, InterruptedException {
    return command("GET", "element/" + element + "/displayed", null).asBoolean();
  }

  /** Runs a script in the page; {@code arguments[0]} … are the given element ids. */
  JsonNode script(String script, String... elements) throws IOException, InterruptedException {
    ObjectNode body = mapper.createObjectNode().put("script", script);
    ArrayNode args = body.putArray("args");
    for (String e : elements) {
      args.addObject().put(ELEMENT, e);
    }
    return command("POST", "execute/sync", body);
  }

  /** Resizes the window. */
  void windowSize(int width, int height) throws IOException, InterruptedException {
    command(
        "POST", "window/rect", mapper.createObjectNode().put("width", width).put("height", height));
  }

  /** A PNG of the visible part of the page. */
  byte[] screenshot() throws IOException, InterruptedException {
    return Base64.getDecoder().decode(command("GET", "screenshot", null).asText());
  }

  private JsonNode command(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    return send(method, "session/" + session + "/" + path, body);
  }

  private JsonNode send(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(COMMAND)
            .header("Content-Type", "application/json; charset=utf-8");
    r.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
    HttpResponse<byte[]> response = http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    JsonNode value = mapper.readTree(response.body()).path("value");
    if (response.statusCode() != 200) {
      String message = value.path("message").asText();
      throw new IllegalStateException(
          "WebDriver "
              + method
              + " /"
              + path
              + ": "
              + value.path("error").asText()
              + ": "
              + (message.length() > 500 ? message.substring(0, 500) + "…" : message));
    }
    return value;
  }

  /** Ends the session and the driver (which ends the browser). */
  @Override
  public void close() {
    try {
      if (session != null) {
        send("DELETE", "session/" + session, null);
      }
    } catch (IOException | RuntimeException e) {
      // the driver is ended below all the same
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      driver.descendants().forEach(ProcessHandle::destroy);
      driver.destroy();
      try {
        if (!driver.waitFor(5, TimeUnit.SECONDS)) {
          driver.destroyForcibly();
        }
      } catch (InterruptedException e) {
        driver.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
