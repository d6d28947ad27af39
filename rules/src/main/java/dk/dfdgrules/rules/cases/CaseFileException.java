package dk.dfdgrules.rules.cases;

/** A case file that cannot be read: the message names the file, line and field. */
public final class CaseFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An error.
   *
   * @param message file, line, field and reason
   */
  public CaseFileException(String message) {
    super(message);
  }

  /**
   * An error with its cause.
   *
   * @param message file, line, field and reason
   * @param cause the parser's error
   */
  public CaseFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
