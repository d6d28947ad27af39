/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.rules;

import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.rules.cases.CaseFile;
import dk.dfdgrules.rules.cases.CaseFileException;
import dk.dfdgrules.rules.cases.CaseFiles;
import dk.dfdgrules.rules.cases.CaseRunner;
import dk.dfdgrules.rules.cases.CaseVerdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dfdg cases DIR}: runs case files and reports passed/failed per case. */
@Command(
    name = "cases",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every case file (*.yaml, *.yml, *.json) under DIR (or one file) and reports each case",
      "as passed or failed."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every case passes",
      "1:a case fails",
      "2:a file cannot be read, or DIR holds no case (a usage or input error)",
      "3:an internal error"
    })
public final class CasesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A directory or a case file.")
  Path dir;

  @Option(names = "--lang", defaultValue = "da", description = "da (default) or en.")
  String lang;

  @Option(names = "--verbose", description = "Also list the cases that passed.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Locale locale = CliMessages.locale(lang);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(dir)) {
      throw new UserInputException("no such file or directory: " + dir);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
              .sorted()
              .toList();
    }
    if (files.isEmpty()) {
      // nothing checked is not "every case passes"
      throw new UserInputException("no case file (*.yaml, *.yml, *.json) in " + dir);
    }
    int total = 0;
    int passed = 0;
    int malformed = 0;
    for (Path f : files) {
      CaseFile caseFile;
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        caseFile =
            CaseFiles.read(
                r,
                dir.relativize(f).toString().isEmpty()
                    ? f.toString()
                    : dir.relativize(f).toString());
      } catch (CaseFileException e) {
        err.println("dfdg: " + e.getMessage());
        malformed++;
        continue;
      }
      for (CaseVerdict v : CaseRunner.run(caseFile)) {
        total++;
        if (v.passed()) {
          passed++;
          if (verbose) {
            out.println(
                CliMessages.text("cli.cases.pass", locale) + "  " + v.source() + ": " + v.name());
          }
        } else {
          out.println(
              CliMessages.text("cli.cases.fail", locale) + "  " + v.source() + ": " + v.name());
          v.mismatches().forEach(m -> out.println("        " + m));
        }
      }
    }
    out.println(
        CliMessages.text(
            "cli.cases.summary",
            locale,
            "total",
            total,
            "passed",
            passed,
            "failed",
            total - passed,
            "malformed",
            malformed));
    out.flush();
    err.flush();
    // a file that cannot be read, or no case run at all, is not "every case passes"
    if (malformed > 0 || total == 0) {
      return ExitCodes.USAGE;
    }
    return passed == total ? ExitCodes.OK : ExitCodes.FOUND_PROBLEMS;
  }
}
