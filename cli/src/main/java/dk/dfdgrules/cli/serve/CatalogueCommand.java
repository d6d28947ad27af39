/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.serve;

import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.html.StaticCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dfdg catalogue --out DIR}: the rule catalogue as a static site. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the rule catalogue of 'dfdg serve' as a static site: index.html with the areas and"
          + " rules, a page per rule (its texts in Danish and English, source quotes, versions on a"
          + " timeline, worked examples), English under en/. Without the 'try it' forms, which"
          + " need the service."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:written",
      "2:a usage error: no --out, a file where the folder should be, a folder that cannot be"
          + " written",
      "3:an internal error"
    })
public final class CatalogueCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write to (made if missing; pages in it are replaced).")
  Path out;

  @Override
  public Integer call() {
    String shown = DfdgJson.mask(out.toString());
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserInputException("--out: " + shown + " is a file, not a folder");
    }
    int files;
    try {
      files = StaticCatalogue.write(RuleCatalogue.of(RuleAreas.all()), out);
    } catch (IOException e) {
      throw new UserInputException(
          "--out: " + shown + ": cannot be written (" + e.getClass().getSimpleName() + ")");
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println(
        "dfdg catalogue: "
            + files
            + " files in "
            + out
            + " — open "
            + out.resolve("index.html")
            + " in a browser");
    o.flush();
    return ExitCodes.OK;
  }
}
