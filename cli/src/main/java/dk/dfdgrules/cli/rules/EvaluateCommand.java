/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.rules.cases.CaseFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dfdg evaluate AREA --at DATE [FILE|-]}: evaluates the rules of an area on facts. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates every rule of an area on facts given as JSON (a file, or - for standard input),",
      "and prints the area's decision and each rule's outcome, violations, derived values,",
      "explanation and source.",
      "Without AREA, lists the areas.",
      "The exit code follows the outcome: 0 when no rule is violated (SATISFIED; warnings do not"
          + " fail, nor do rules not in force), 1 when a rule is violated (an error: a validating"
          + " area REJECTS), 4 when no rule is violated but a fact is missing (UNDETERMINED)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:SATISFIED or NOT_IN_FORCE: no error (warnings allowed), nothing missing",
      "1:VIOLATED: at least one rule reports an error",
      "2:a usage or input error: unknown area, malformed facts, bad option",
      "3:an internal error",
      "4:UNDETERMINED: no error, but a fact the rules need is missing"
    })
public final class EvaluateCommand implements Callable<Integer> {

  /**
   * The mapper, built on first use: picocli makes every command at start-up, and building it takes
   * most of a second that {@code dfdg dream keyfigures} and the others do not need.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = DfdgJson.mapper();
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "AREA", description = "The rule area.")
  String area;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Facts as JSON; - for standard input.")
  String file;

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description = "The evaluation date (yyyy-MM-dd); today when left out.")
  LocalDate at;

  @Option(
      names = "--example",
      description = "Evaluate the area's bundled example instead of a file.")
  boolean example;

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the messages: da (default) or en.")
  String lang;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Option(
      names = "--enable",
      paramLabel = "KEY=DATE",
      description =
          "Enable an announced rule version (e.g. SUB-6=2022-01-01 or LET-5:patched=2022-01-01).")
  Map<String, LocalDate> enable = Map.of();

  @Option(
      names = "--switch-off",
      paramLabel = "RULE",
      description = "Switch a rule off (e.g. EC-4).")
  List<String> switchOff = new ArrayList<>();

  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = CliMessages.locale(lang);
    if (area == null) {
      for (RuleArea<?, ?> a : RuleAreas.all()) {
        out.printf("%-22s %-9s %s%n", a.name(), a.verb().word(), a.description());
      }
      out.flush();
      return ExitCodes.OK;
    }
    RuleArea<?, ?> ruleArea =
        RuleAreas.find(area)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "no rule area '"
                            + area
                            + "'; known areas: "
                            + RuleAreas.all().stream().map(RuleArea::name).toList()));
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserInputException("--format must be text or json, was '" + format + "'");
    }
    LocalDate date = at != null ? at : LocalDate.now(clock);
    EvaluationContext context = EvaluationContext.on(date);
    for (Map.Entry<String, LocalDate> e : enable.entrySet()) {
      context = context.enable(e.getKey(), e.getValue());
    }
    for (String id : switchOff) {
      try {
        context = context.switchOff(RuleId.of(id));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--switch-off: " + e.getMessage());
      }
    }
    Answer<?> result = evaluate(ruleArea, context);
    if (format.equals("json")) {
      ResultPrinter.json(out, ruleArea.name(), date, result, locale);
    } else {
      ResultPrinter.text(out, ruleArea.name(), date, result, locale);
    }
    return exitCode(result);
  }

  /** The exit code of an answer: its outcome, as the command's help lists it. */
  static int exitCode(Answer<?> answer) {
    return switch (answer.outcome()) {
      case VIOLATED -> ExitCodes.FOUND_PROBLEMS;
      case UNDETERMINED -> ExitCodes.UNDETERMINED;
      case SATISFIED, NOT_IN_FORCE -> ExitCodes.OK;
    };
  }

  private <F> Answer<?> evaluate(RuleArea<F, ?> ruleArea, EvaluationContext context)
      throws IOException {
    String source;
    F facts;
    try (Reader reader = open(ruleArea)) {
      source = example ? ruleArea.name() + " example" : (file.equals("-") ? "<stdin>" : file);
      try {
        facts = Json.MAPPER.readValue(reader, ruleArea.factsType());
      } catch (JsonProcessingException e) {
        throw new UserInputException(CaseFiles.describe(source, e), e);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(source + ": " + e.getMessage(), e);
      }
    }
    return ruleArea.evaluate(facts, context);
  }

  private Reader open(RuleArea<?, ?> ruleArea) throws IOException {
    if (example) {
      String resource =
          ruleArea
              .exampleResource()
              .orElseThrow(() -> new UserInputException("area '" + area + "' bundles no example"));
      InputStream in = ruleArea.getClass().getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("bundled example missing: " + resource);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
    if (file == null) {
      throw new UserInputException(
          "give a FILE with the facts as JSON, - for standard input, or --example");
    }
    if (file.equals("-")) {
      return new InputStreamReader(System.in, StandardCharsets.UTF_8);
    }
    try {
      return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + file);
    }
  }
}
