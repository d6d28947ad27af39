/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import dk.dfdgrules.cli.codelists.CodeListsCommand;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.cli.rules.CasesCommand;
import dk.dfdgrules.cli.rules.EvaluateCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dfdg} command: the library's rules, code lists, DREAM key figures and FLIS activation
 * measures on the command line. Exit codes ({@link ExitCodes}): 0 success, 1 the job ran but found
 * problems (a violated rule, failing case files, rejected rows), 2 a usage or input error (a
 * one-line message, never a stack trace), 3 an internal error, 4 an undetermined evaluation, 5 not
 * enough memory (the message names the {@code -Xmx} to try).
 */
@Command(
    name = "dfdg",
    mixinStandardHelpOptions = true,
    versionProvider = Dfdg.Version.class,
    description = {
      "The business rules of Danish employment administration (DFDG, DREAM, Ydelsesrefusion).",
      "Every rule carries its spec id, its source and the date it is in force."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:success",
      "1:the job ran and found problems: a violated rule, a failing case, a rejected row",
      "2:a usage or input error (a one-line message, never a stack trace)",
      "3:an internal error",
      "4:dfdg evaluate: undetermined, a fact the rules need is missing",
      "5:not enough memory; the message names the -Xmx to try"
    },
    subcommands = {
      CodeListsCommand.class,
      EvaluateCommand.class,
      CasesCommand.class,
      dk.dfdgrules.cli.dream.DreamCommand.class,
      dk.dfdgrules.cli.activity.ActivityCommand.class,
      dk.dfdgrules.cli.visitation.VisitationCommand.class,
      dk.dfdgrules.cli.yr.YrCommand.class,
      dk.dfdgrules.cli.serve.ServeCommand.class,
      dk.dfdgrules.cli.serve.CatalogueCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Dfdg implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the command line with every subcommand and the project's error handling.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Dfdg());
    versionEverywhere(cl, new Version());
    cl.setExitCodeExceptionMapper(Dfdg::exitCode);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("dfdg: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println(message(ex));
          err.flush();
          return exitCode(ex);
        });
    return cl;
  }

  /**
   * The exit code of a command's exception: {@value ExitCodes#USAGE} for the user's mistake — a
   * {@link UserInputException}, an input that is not UTF-8 text, a file that cannot be opened —,
   * {@value ExitCodes#OUT_OF_MEMORY} for an exhausted heap (also when a job wraps it), {@value
   * ExitCodes#INTERNAL} for anything else.
   *
   * @param ex what the command threw
   * @return the exit code
   */
  static int exitCode(Throwable ex) {
    if (ex instanceof UserInputException) {
      return ExitCodes.USAGE;
    }
    if (cause(ex, OutOfMemoryError.class) != null) {
      return ExitCodes.OUT_OF_MEMORY;
    }
    if (cause(ex, CharacterCodingException.class) != null
        || cause(ex, FileSystemException.class) != null) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.INTERNAL;
  }

  /** The one line {@code dfdg} prints for a command's exception, as {@link #exitCode} sorts it. */
  static String message(Throwable ex) {
    if (ex instanceof UserInputException u) {
      return "dfdg: " + u.getMessage();
    }
    if (cause(ex, OutOfMemoryError.class) != null) {
      return outOfMemory();
    }
    if (cause(ex, CharacterCodingException.class) != null) {
      return "dfdg: an input file is not UTF-8 text (a byte sequence UTF-8 does not allow)";
    }
    FileSystemException f = cause(ex, FileSystemException.class);
    if (f != null) {
      String reason =
          f instanceof NoSuchFileException
              ? "no such file or folder"
              : f instanceof AccessDeniedException
                  ? "permission denied"
                  : f.getReason() == null ? "a file-system error" : f.getReason();
      return "dfdg: " + f.getFile() + ": cannot be opened (" + reason + ")";
    }
    return "dfdg: internal error: " + ex;
  }

  private static String outOfMemory() {
    return "dfdg: out of memory: the heap has "
        + (Runtime.getRuntime().maxMemory() >> 20)
        + " MB; give more with JAVA_OPTS=-Xmx… or java -Xmx… -jar dfdg.jar";
  }

  /** The first throwable of a type in a cause chain (at most 20 deep), or null. */
  private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
    Throwable t = ex;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Every subcommand's {@code --version} says the same as {@code dfdg --version}. */
  private static void versionEverywhere(CommandLine cl, Version version) {
    cl.getCommandSpec().versionProvider(version);
    for (CommandLine sub : cl.getSubcommands().values()) {
      versionEverywhere(sub, version);
    }
  }

  /**
   * Runs the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) { // a command's own job says more (dfdg dream keyfigures)
      System.err.println(outOfMemory());
      code = ExitCodes.OUT_OF_MEMORY;
    }
    System.exit(code);
  }

  /**
   * The version: the project's, from {@value #VERSION_RESOURCE}, which the build fills in, and the
   * Java that runs the command.
   */
  static final class Version implements CommandLine.IVersionProvider {

    /** The resource with the version, filtered by the build. */
    static final String VERSION_RESOURCE = "/dk/dfdgrules/cli/dfdg-version.properties";

    @Override
    public String[] getVersion() {
      return new String[] {
        "dfdg-rules " + projectVersion(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }

    /**
     * The project's version.
     *
     * @return e.g. {@code 0.1.0}; the jar manifest's {@code Implementation-Version} if the resource
     *     is missing or unfiltered, or {@code development build} if neither says
     */
    static String projectVersion() {
      try (InputStream in = Dfdg.class.getResourceAsStream(VERSION_RESOURCE)) {
        if (in != null) {
          Properties p = new Properties();
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          String v = p.getProperty("version", "").strip();
          if (!v.isEmpty() && !v.contains("${")) {
            return v;
          }
        }
      } catch (IOException e) {
        // fall through to the manifest
      }
      String v = Dfdg.class.getPackage().getImplementationVersion();
      return v == null ? "development build" : v;
    }
  }
}
