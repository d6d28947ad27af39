package dk.dfdgrules.cli;

import dk.dfdgrules.cli.codelists.CodeListsCommand;
import dk.dfdgrules.cli.rules.CasesCommand;
import dk.dfdgrules.cli.rules.EvaluateCommand;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dfdg} command: the library's rules, code lists and DREAM key figures on the command
 * line. Exit codes: 0 success, 1 the job ran but found problems (e.g. failing case files), 2 a
 * usage or input error (a one-line message, never a stack trace), 3 an internal error.
 */
@Command(
    name = "dfdg",
    mixinStandardHelpOptions = true,
    versionProvider = Dfdg.Version.class,
    description = {
      "The business rules of Danish employment administration (DFDG, DREAM, Ydelsesrefusion).",
      "Every rule carries its spec id, its source and the date it is in force."
    },
    subcommands = {
      CodeListsCommand.class,
      EvaluateCommand.class,
      CasesCommand.class,
      dk.dfdgrules.cli.dream.DreamCommand.class,
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
    cl.setExitCodeExceptionMapper(
        e -> e instanceof UserInputException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
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
          if (ex instanceof UserInputException u) {
            err.println("dfdg: " + u.getMessage());
            return ExitCodes.USAGE;
          }
          err.println("dfdg: internal error: " + ex);
          return ExitCodes.INTERNAL;
        });
    return cl;
  }

  /**
   * Runs the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Dfdg.class.getPackage().getImplementationVersion();
      return new String[] {"dfdg-rules " + (v == null ? "development build" : v)};
    }
  }
}
