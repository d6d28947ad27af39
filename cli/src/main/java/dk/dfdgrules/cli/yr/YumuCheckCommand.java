/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.InputFiles;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.refusion.YumuReport;
import dk.dfdgrules.rules.refusion.YumuRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dfdg yr yumu-check FILE.json}: checks YUMU reports (YUMU-1 … YUMU-8) — one report (a JSON
 * object) or an array of them — and prints, per report, every field error with its rule, its field
 * and the source's message, in Danish or English. Never prints a field's text, nor a CPR number
 * from a JSON error.
 */
@Command(
    name = "yumu-check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks YUMU reports (benefits paid in error, YUMU-1 … YUMU-8): one report as a JSON object,"
          + " or an array of reports, e.g.",
      "{\"cpr\": \"1122334444\", \"periodStart\": \"15-12\", \"startYear\": \"2022\","
          + " \"periodEnd\": \"15-01\", \"endYear\": \"2023\", \"benefit\": \"Kontanthjælp\","
          + " \"amount\": \"1.234,56\", \"citizenBenefits\": [\"Kontanthjælp\"]}",
      "Prints every field error of each report with its rule and field; no field's text is shown."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every report is valid (warnings allowed)",
      "1:at least one report has an error",
      "2:a usage or input error: no such file, malformed JSON, an unknown field",
      "3:an internal error"
    })
public final class YumuCheckCommand implements Callable<Integer> {

  /** The mapper, built on first use (picocli makes every command at start-up). */
  private static final class Json {
    static final ObjectMapper MAPPER = DfdgJson.mapper();
  }

  @Spec CommandSpec spec;

  /**
   * The bundled sample: the slides' two CPR examples, one valid report, one broken in every field.
   */
  static final String SAMPLE = "/dk/dfdgrules/cli/yr/yumu-reports.json";

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The reports as JSON (or --sample).")
  Path file;

  @Option(
      names = "--sample",
      description =
          "Check the bundled sample: three reports, with the slides' CPR examples (try --at"
              + " 2023-06-21).")
  boolean sample;

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description =
          "The evaluation date (yyyy-MM-dd), which gives the year list; today when left out.")
  LocalDate at;

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the messages: da (default) or en.")
  String lang;

  Clock clock = Clock.systemDefaultZone();

  /** Creates the command (for picocli). */
  public YumuCheckCommand() {}

  @Override
  public Integer call() {
    Locale locale = CliMessages.locale(lang);
    if (file == null && !sample) {
      throw new UserInputException("give a JSON file of YUMU reports or --sample");
    }
    if (file != null && sample) {
      throw new UserInputException("give either a FILE or --sample, not both");
    }
    List<YumuReport> reports = file == null ? readSample() : read(file);
    LocalDate date = at != null ? at : LocalDate.now(clock);
    EvaluationContext context = EvaluationContext.on(date);
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    for (int i = 0; i < reports.size(); i++) {
      Answer<Verdict> answer = YumuRules.validate(reports.get(i), context);
      List<Violation> errors = answer.errors();
      if (errors.isEmpty()) {
        out.println(CliMessages.text("cli.yumu.valid", locale, "n", i + 1));
      } else {
        invalid++;
        out.println(
            CliMessages.text("cli.yumu.invalid", locale, "n", i + 1, "errors", errors.size()));
      }
      for (RuleResult r : answer.results()) {
        for (Violation v : r.violations()) {
          out.println(
              "  "
                  + CliMessages.text(
                      v.isError() ? "cli.yumu.error" : "cli.yumu.warning",
                      locale,
                      "rule",
                      v.ruleId().value(),
                      "field",
                      v.path(),
                      "message",
                      Messages.format(v.message(), locale)));
        }
        if (r.isUndetermined()) {
          out.println(
              "  "
                  + CliMessages.text(
                      "cli.yumu.undetermined",
                      locale,
                      "rule",
                      r.ruleId().value(),
                      "missing",
                      String.join(", ", r.missingFacts())));
        }
      }
    }
    out.println(
        CliMessages.text(
            "cli.yumu.summary",
            locale,
            "total",
            reports.size(),
            "valid",
            reports.size() - invalid,
            "invalid",
            invalid,
            "date",
            date));
    out.flush();
    return invalid == 0 ? ExitCodes.OK : ExitCodes.FOUND_PROBLEMS;
  }

  /**
   * Reads one report or an array of reports; every problem a one-line input error, masked (the
   * file's own name may hold a CPR number).
   */
  static List<YumuReport> read(Path f) {
    try {
      return readUnmasked(f);
    } catch (UserInputException e) {
      throw new UserInputException(masked(e.getMessage()));
    }
  }

  private static List<YumuReport> readUnmasked(Path f) {
    try {
      if (Files.isRegularFile(f) && Files.size(f) == 0) {
        throw new UserInputException(
            f + ": the file is empty; give one report (a JSON object) or an array of reports");
      }
    } catch (IOException e) {
      throw new UserInputException(f + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    InputFiles.checkInput(f, "JSON file of YUMU reports");
    JsonNode tree;
    try (InputStream in = Files.newInputStream(f)) {
      tree = Json.MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new UserInputException(DfdgJson.describe(f.toString(), e));
    } catch (IOException e) {
      throw new UserInputException(f + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (tree == null || tree.isMissingNode()) {
      throw new UserInputException(
          f + ": no JSON; give one report (a JSON object) or an array of reports");
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (tree.isArray()) {
      tree.forEach(nodes::add);
    } else if (tree.isObject()) {
      nodes.add(tree);
    } else {
      throw new UserInputException(
          f + ": give one report (a JSON object) or an array of reports, not a " + kind(tree));
    }
    List<YumuReport> reports = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String where = f + (tree.isArray() ? " report " + (i + 1) : "");
      if (!node.isObject()) {
        throw new UserInputException(where + ": a report is a JSON object, not a " + kind(node));
      }
      try {
        reports.add(Json.MAPPER.treeToValue(node, YumuReport.class));
      } catch (JsonProcessingException e) {
        throw new UserInputException(masked(where) + ": " + DfdgJson.describeField(e));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(masked(where + ": " + e.getMessage()));
      }
    }
    return reports;
  }

  private static List<YumuReport> readSample() {
    try (InputStream in = YumuCheckCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample missing: " + SAMPLE);
      }
      return List.of(Json.MAPPER.readValue(in, YumuReport[].class));
    } catch (IOException e) {
      throw new IllegalStateException("bundled sample unreadable: " + SAMPLE, e);
    }
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /**
   * A message masked by the library's policy ({@link DfdgJson#mask}): Jackson's messages quote the
   * value they could not read, and a CPR number, also written with dots or spaces, may be it.
   *
   * @param message the message
   * @return the message, masked
   */
  static String masked(String message) {
    return DfdgJson.mask(message);
  }
}
