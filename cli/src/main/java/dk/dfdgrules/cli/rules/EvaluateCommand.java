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
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
                        "no rule area "
                            + DfdgJson.mask("'" + area + "'")
                            + "; known areas: "
                            + RuleAreas.all().stream().map(RuleArea::name).toList()));
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserInputException(
          "--format must be text or json, was " + DfdgJson.mask("'" + format + "'"));
    }
    LocalDate date = at != null ? at : LocalDate.now(clock);
    EvaluationContext context = EvaluationContext.on(date);
    checkEnabled(ruleArea, enable.keySet());
    for (Map.Entry<String, LocalDate> e : enable.entrySet()) {
      context = context.enable(e.getKey(), e.getValue());
    }
    for (String id : switchOff) {
      RuleId ruleId;
      try {
        ruleId = RuleId.of(id);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--switch-off: " + e.getMessage());
      }
      checkSwitchedOff(ruleArea, ruleId);
      context = context.switchOff(ruleId);
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

  private <F> Answer<?> evaluate(RuleArea<F, ?> ruleArea, EvaluationContext context) {
    String source = example ? ruleArea.name() + " example" : (file.equals("-") ? "<stdin>" : file);
    F facts;
    try (InputStream in = open(ruleArea)) {
      // bytes, not a reader: Jackson then rejects invalid UTF-8 instead of replacing it
      facts = Json.MAPPER.readValue(in, ruleArea.factsType());
    } catch (JsonProcessingException e) {
      throw new UserInputException(DfdgJson.describe(source, e), e);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(DfdgJson.mask(source + ": " + e.getMessage()), e);
    } catch (IOException e) {
      throw new UserInputException(
          DfdgJson.mask(source + ": cannot be read (" + e.getClass().getSimpleName() + ")"), e);
    }
    if (facts == null) {
      throw new UserInputException(
          DfdgJson.mask(source)
              + ": the facts are null; give a JSON object with the facts of "
              + ruleArea.name());
    }
    return ruleArea.evaluate(facts, context);
  }

  /**
   * Checks the keys of {@code --enable} against the area's announced versions: a key is a version
   * key ({@code SUB-6:announced}) or the id of a rule with an announced version ({@code SUB-6}).
   */
  static void checkEnabled(RuleArea<?, ?> ruleArea, Set<String> keys) {
    Set<String> known = ruleArea.announcedKeys();
    for (String key : new TreeSet<>(keys)) {
      if (!known.contains(key)) {
        throw new UserInputException(
            "--enable: "
                + DfdgJson.mask("'" + key + "'")
                + " is no announced rule version of "
                + ruleArea.name()
                + (known.isEmpty()
                    ? "; the area announces none"
                    : "; known keys: " + String.join(", ", known)));
      }
    }
  }

  /** Checks that {@code --switch-off} names rules of the area. */
  static void checkSwitchedOff(RuleArea<?, ?> ruleArea, RuleId id) {
    if (!ruleArea.reaches(id)) {
      throw new UserInputException(
          "--switch-off: "
              + id
              + " is no rule of "
              + ruleArea.name()
              + "; its rules: "
              + ruleArea.ruleIds().stream().map(RuleId::value).collect(Collectors.joining(", ")));
    }
  }

  private InputStream open(RuleArea<?, ?> ruleArea) {
    if (example) {
      String resource =
          ruleArea
              .exampleResource()
              .orElseThrow(() -> new UserInputException("area '" + area + "' bundles no example"));
      InputStream in = ruleArea.getClass().getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("bundled example missing: " + resource);
      }
      return in;
    }
    if (file == null) {
      throw new UserInputException(
          "give a FILE with the facts as JSON, - for standard input, or --example");
    }
    if (file.equals("-")) {
      return System.in;
    }
    String shown = DfdgJson.mask(file);
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new UserInputException("not a file name: " + shown);
    }
    if (Files.isDirectory(path)) {
      throw new UserInputException(shown + ": is a directory, not a JSON file of facts");
    }
    if (!Files.exists(path)) {
      throw new UserInputException("no such file: " + shown);
    }
    if (!Files.isRegularFile(path)) {
      throw new UserInputException(
          shown + ": not a regular file (a device or a pipe); give a JSON file, or - for stdin");
    }
    try {
      return Files.newInputStream(path);
    } catch (AccessDeniedException e) {
      throw new UserInputException(shown + ": cannot be read (permission denied)");
    } catch (IOException e) {
      throw new UserInputException(
          shown + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
