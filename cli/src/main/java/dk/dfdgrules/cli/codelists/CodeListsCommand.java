/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.codelists;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.extracts.csv.Masking;
import dk.dfdgrules.json.CodeListJson;
import dk.dfdgrules.json.DfdgJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dfdg codelists [show NAME]}: the official code lists. */
@Command(
    name = "codelists",
    mixinStandardHelpOptions = true,
    description = "Lists the code lists; 'show NAME' prints one.",
    subcommands = CodeListsCommand.Show.class)
public final class CodeListsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-34s %5s  %-8s %s%n", "NAME", "SIZE", "", "TITLE — SOURCE");
    for (CodeList l : CodeLists.all()) {
      out.printf(
          "%-34s %5d  %-8s %s — %s%n",
          l.key(), l.size(), l.isPartial() ? "partial" : "", l.title(), l.source());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code dfdg codelists show NAME [--on DATE] [--format table|json|csv]}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints one code list: every value, or those valid on a date.")
  static final class Show implements Callable<Integer> {

    /** The mapper, built on first use (picocli makes every command at start-up). */
    private static final class Json {
      static final ObjectMapper MAPPER = DfdgJson.mapper();
    }

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "The list, e.g. dream-benefit-codes.")
    String name;

    @Option(names = "--on", paramLabel = "DATE", description = "Only values valid on this date.")
    LocalDate on;

    @Option(
        names = "--format",
        defaultValue = "table",
        description = "table (default), json or csv.")
    String format;

    @Override
    public Integer call() throws Exception {
      CodeList list =
          CodeLists.find(name)
              .orElseThrow(
                  () ->
                      new UserInputException(
                          "no code list '"
                              + Masking.mask(name, 40)
                              + "'; run 'dfdg codelists' to see the "
                              + CodeLists.all().size()
                              + " lists"));
      List<Code> codes = on == null ? list.codes() : list.validOn(on);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case "table" -> table(out, list, codes);
        case "csv" -> csv(out, codes);
        case "json" ->
            out.println(
                Json.MAPPER
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(CodeListJson.tree(Json.MAPPER, list, codes)));
        default ->
            throw new UserInputException(
                "--format must be table, json or csv, was '" + Masking.mask(format, 40) + "'");
      }
      out.flush();
      return ExitCodes.OK;
    }

    private void table(PrintWriter out, CodeList list, List<Code> codes) {
      out.println(list.title() + " (" + list.englishTitle() + ")");
      out.println("Kilde/source: " + list.source() + list.version().map(v -> ", " + v).orElse(""));
      if (list.isPartial()) {
        out.println("Delvis liste / partial list: the sources give only these values.");
      }
      if (on != null) {
        out.println("Gyldige den / valid on " + on + ": " + codes.size() + " of " + list.size());
      }
      out.println();
      for (Code c : codes) {
        out.printf(
            "%-6s %s%s%s%n",
            c.id().orElse("–"),
            c.name(),
            validity(c),
            c.attributes().isEmpty() ? "" : "  " + attributes(c.attributes()));
      }
    }

    private static String validity(Code c) {
      if (c.validFrom().isEmpty() && c.validTo().isEmpty()) {
        return "";
      }
      return "  ["
          + c.validFrom().map(LocalDate::toString).orElse("")
          + ".."
          + c.validTo().map(LocalDate::toString).orElse("")
          + "]";
    }

    private static String attributes(Map<String, String> attributes) {
      return attributes.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(" "));
    }

    private static void csv(PrintWriter out, List<Code> codes) {
      out.println("id;name;validFrom;validTo;aliases;attributes");
      for (Code c : codes) {
        out.println(
            String.join(
                ";",
                c.id().orElse(""),
                quote(c.name()),
                c.validFrom().map(LocalDate::toString).orElse(""),
                c.validTo().map(LocalDate::toString).orElse(""),
                quote(String.join("|", c.aliases())),
                quote(attributes(c.attributes()))));
      }
    }

    private static String quote(String s) {
      return s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
  }
}
