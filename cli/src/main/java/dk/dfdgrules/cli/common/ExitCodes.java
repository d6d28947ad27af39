package dk.dfdgrules.cli.common;

/** The exit codes of every {@code dfdg} command. */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** The job ran and found problems (e.g. failing cases). */
  public static final int FOUND_PROBLEMS = 1;

  /** A usage or input error: a one-line message, never a stack trace. */
  public static final int USAGE = 2;

  /** An internal error. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
