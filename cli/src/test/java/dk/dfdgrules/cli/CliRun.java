/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One run of the {@code dfdg} command line, as the tests make it: the exit code and what the
 * command wrote to standard output and standard error.
 *
 * @param exitCode the exit code
 * @param out what was written to standard output
 * @param err what was written to standard error
 */
public record CliRun(int exitCode, String out, String err) {

  /**
   * Runs {@code dfdg} with these arguments, in this JVM, capturing its output.
   *
   * @param args the arguments, e.g. {@code "codelists", "show", "regions"}
   * @return the run
   */
  public static CliRun run(String... args) {
    return run(cl -> {}, args);
  }

  /**
   * Runs {@code dfdg} with these arguments after configuring its command line, e.g. to make a
   * command see a terminal.
   *
   * @param configure what to set on the command line or its commands before the run
   * @param args the arguments
   * @return the run
   */
  public static CliRun run(Consumer<CommandLine> configure, String... args) {
    CommandLine cl = Dfdg.commandLine();
    configure.accept(cl);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
