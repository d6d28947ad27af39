/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.json.AnswerJson;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load run of {@code dfdg serve}: the packaged {@code dfdg.jar} serves on loopback in its own
 * process, and {@code wrk} (Debian's package) sends evaluations of an area's example at 1, 8 and 64
 * connections — requests per second and the 50th and 99th percentile of latency, with every non-2xx
 * answer and socket error counted — while a second {@code wrk} sends malformed, oversized and
 * deeply nested bodies at the same time. A paced run holds 2,000 requests per second (each
 * connection waits its share of a second between requests, less the time a request takes alone) to
 * check the goal of a 99th percentile under 10 ms there; the table gives the rate reached. The
 * in-process rate of the same evaluation (JSON in, evaluation, JSON out) gives the ratio.
 *
 * <pre>
 * benchmarks/bench.sh serve [--duration SECONDS] [--areas support-needs,udb-subscription]
 *     [--connections 1,8,64] [--rate 2000] [--no-faults]
 * </pre>
 */
public final class ServeBench {

  private static final ObjectMapper MAPPER = DfdgJson.mapper();
  private static final LocalDate AT = LocalDate.of(2022, 3, 10);

  private ServeBench() {}

  /** One wrk run's figures. */
  record Run(
      String area,
      String load,
      double rps,
      double p50ms,
      double p99ms,
      long requests,
      long non2xx,
      long socketErrors,
      long faults) {}

  /**
   * Runs the benchmark.
   *
   * @param args the options
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    int duration = 60;
    List<String> areas = List.of("support-needs", "udb-subscription");
    List<Integer> connections = List.of(1, 8, 64);
    int rate = 2000;
    boolean faults = true;
    Path jar = Path.of("cli", "target", "dfdg.jar");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--duration" -> duration = Integer.parseInt(args[++i]);
        case "--areas" -> areas = List.of(args[++i].split(","));
        case "--connections" -> {
          String list = args[++i];
          connections =
              list.equals("none")
                  ? List.of()
                  : List.of(list.split(",")).stream().map(Integer::valueOf).toList();
        }
        case "--rate" -> rate = Integer.parseInt(args[++i]);
        case "--no-faults" -> faults = false;
        case "--jar" -> jar = Path.of(args[++i]);
        case "--help", "-h" -> {
          System.out.println(
              "benchmarks/bench.sh serve [--duration SECONDS] [--areas A,B] [--connections 1,8,64|none]"
                  + " [--rate RPS] [--no-faults] [--jar cli/target/dfdg.jar]");
          return;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dir = Files.createTempDirectory("dfdg-serve-bench");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process server =
        new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    List<Run> runs = new ArrayList<>();
    try {
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      awaitHealth(base, server);
      Path faultScript = faultScript(dir);
      for (String area : areas) {
        String facts = example(area);
        Path script = script(dir, area, facts, 0);
        run(base, area, script, 8, 10, null); // warm-up, not reported
        for (int c : connections) {
          runs.add(run(base, area, script, c, duration, faults ? faultScript : null));
          System.err.println(runs.get(runs.size() - 1));
        }
        // each connection waits its share of a second, less the time a request takes alone
        int paced = 8;
        Run alone = run(base, area, script, 1, 5, null);
        double delay = Math.max(0.1, paced * 1000.0 / rate - alone.p50ms());
        Path pacedScript = script(dir, area, facts, delay);
        Run r = run(base, area, pacedScript, paced, duration, faults ? faultScript : null);
        runs.add(
            new Run(
                area,
                "paced to " + rate + "/s (" + paced + " conn.)",
                r.rps(),
                r.p50ms(),
                r.p99ms(),
                r.requests(),
                r.non2xx(),
                r.socketErrors(),
                r.faults()));
        System.err.println(runs.get(runs.size() - 1));
      }
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
    System.out.println();
    System.out.println(
        "| area | load | requests/s | p50 ms | p99 ms | requests | errors | faulty requests"
            + " alongside | in-process/s | ratio |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String area : areas) {
      double inProcess = inProcessRate(area, example(area));
      for (Run r : runs) {
        if (!r.area().equals(area)) {
          continue;
        }
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %,.0f | %.2f | %.2f | %,d | %d | %,d | %,.0f | %.1f× |%n",
            r.area(),
            r.load(),
            r.rps(),
            r.p50ms(),
            r.p99ms(),
            r.requests(),
            r.non2xx() + r.socketErrors(),
            r.faults(),
            inProcess,
            inProcess / r.rps());
      }
    }
  }

  private static void awaitHealth(URI base, Process server) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 300; i++) {
      if (!server.isAlive()) {
        throw new IllegalStateException("dfdg serve ended with exit " + server.exitValue());
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(base.resolve("/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not yet listening
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("dfdg serve did not answer /health in 30 s");
  }

  private static String example(String area) throws IOException {
    RuleArea<?, ?> a = RuleAreas.get(area);
    String resource = a.exampleResource().orElseThrow();
    try (InputStream in = a.getClass().getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static String lua(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** A wrk script posting the facts; with a delay in ms per request when paced. */
  private static Path script(Path dir, String area, String facts, double delayMs)
      throws IOException {
    String s =
        "wrk.method = \"POST\"\n"
            + "wrk.body = "
            + lua(facts)
            + "\n"
            + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
            + (delayMs > 0 ? "function delay() return " + delayMs + " end\n" : "")
            + "function done(summary, latency, requests)\n"
            + "  io.write(string.format(\"DFDG %d %d %d %d %d %d %d\\n\", summary.requests,"
            + " summary.errors.status, summary.errors.connect + summary.errors.read"
            + " + summary.errors.write + summary.errors.timeout, latency:percentile(50),"
            + " latency:percentile(99), summary.duration, 0))\n"
            + "end\n";
    Path p = dir.resolve(area + (delayMs > 0 ? "-paced" : "") + ".lua");
    Files.writeString(p, s, UTF_8);
    return p;
  }

  /** A wrk script that sends malformed, oversized and deeply nested bodies, in turn. */
  private static Path faultScript(Path dir) throws IOException {
    String s =
        "local bodies = {\"{\\\"plan\\\": {\\\"step\\\": 4,,}}\", string.rep(\"[\", 5000),"
            + " \"{\\\"plan\\\": {\\\"step\\\": \\\"0101901234\\\"}}\", \"{\\\"x\\\": \\\"\" .."
            + " string.rep(\"a\", 1100000) .. \"\\\"}\", \"null\"}\n"
            + "local i = 0\n"
            + "request = function()\n"
            + "  i = i % #bodies + 1\n"
            + "  return wrk.format(\"POST\","
            + " \"/areas/support-needs/evaluate?at=2022-03-10\","
            + " {[\"Content-Type\"] = \"application/json\"}, bodies[i])\n"
            + "end\n"
            + "function done(summary, latency, requests)\n"
            + "  io.write(string.format(\"FAULTS %d\\n\", summary.requests))\n"
            + "end\n";
    Path p = dir.resolve("faults.lua");
    Files.writeString(p, s, UTF_8);
    return p;
  }

  private static final Pattern FIGURES =
      Pattern.compile("DFDG (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");
  private static final Pattern FAULTS = Pattern.compile("FAULTS (\\d+)");

  private static Run run(
      URI base, String area, Path script, int connections, int seconds, Path faultScript)
      throws Exception {
    String url = base.resolve("/areas/" + area + "/evaluate?at=" + AT).toString();
    Process faults = null;
    if (faultScript != null) {
      faults =
          new ProcessBuilder(
                  "wrk", "-t1", "-c2", "-d" + seconds + "s", "-s", faultScript.toString(), url)
              .redirectErrorStream(true)
              .start();
    }
    Process wrk =
        new ProcessBuilder(
                "wrk",
                "-t" + Math.min(2, connections),
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "5s",
                "-s",
                script.toString(),
                url)
            .redirectErrorStream(true)
            .start();
    String out = new String(wrk.getInputStream().readAllBytes(), UTF_8);
    wrk.waitFor();
    long faultCount = 0;
    if (faults != null) {
      String f = new String(faults.getInputStream().readAllBytes(), UTF_8);
      faults.waitFor();
      Matcher fm = FAULTS.matcher(f);
      if (fm.find()) {
        faultCount = Long.parseLong(fm.group(1));
      }
    }
    Matcher m = FIGURES.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("wrk said:\n" + out);
    }
    long requests = Long.parseLong(m.group(1));
    double micros = Long.parseLong(m.group(6));
    return new Run(
        area,
        connections + (connections == 1 ? " connection" : " connections"),
        requests / (micros / 1e6),
        Long.parseLong(m.group(4)) / 1000.0,
        Long.parseLong(m.group(5)) / 1000.0,
        requests,
        Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)),
        faultCount);
  }

  /** Evaluations per second in one thread: JSON in, the evaluation, the answer's JSON out. */
  private static double inProcessRate(String area, String facts) throws Exception {
    RuleArea<?, ?> a = RuleAreas.get(area);
    byte[] body = facts.getBytes(UTF_8);
    long count = 0;
    long sink = 0;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    long start = 0;
    for (int phase = 0; phase < 2; phase++) {
      count = 0;
      start = System.nanoTime();
      end = start + TimeUnit.SECONDS.toNanos(phase == 0 ? 3 : 5);
      while (System.nanoTime() < end) {
        Object f = MAPPER.readValue(body, a.factsType());
        Answer<?> answer = a.evaluateFacts(f, EvaluationContext.on(AT));
        sink +=
            MAPPER.writeValueAsBytes(AnswerJson.tree(MAPPER, area, AT, answer, Messages.DANISH))
                .length;
        count++;
      }
    }
    if (sink == 42) {
      System.err.print("");
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
