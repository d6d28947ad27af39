package dk.dfdgrules.cli;

import dk.dfdgrules.cli.rules.CasesCommand;
import dk.dfdgrules.cli.rules.EvaluateCommand;
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
      EvaluateCommand.class,
      CasesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Dfdg implements Runnable {

  /** Exit code: success. */
  public static final int OK = 0;

  /** Exit code: the job ran and found problems (e.g. failing cases). */
  public static final int FOUND_PROBLEMS = 1;

  /** Exit code: a usage or input error. */
  public static final int USAGE = 2;

  /** Exit code: an internal error. */
  public static final int INTERNAL = 3;

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
        e -> e instanceof UserInputException ? USAGE : INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("dfdg: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof UserInputException u) {
            err.println("dfdg: " + u.getMessage());
            return USAGE;
          }
          err.println("dfdg: internal error: " + ex);
          return INTERNAL;
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
