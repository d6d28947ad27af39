package dk.dfdgrules.rules.dream.io;

import dk.dfdgrules.core.rule.Message;

/**
 * A row of a DREAM file that was rejected and skipped: its line number (1 = the header) and why.
 * Never holds the person key or any other personal value.
 *
 * @param line the physical line number, 1-based (the header is line 1)
 * @param reason why
 * @param detail what was wrong, without personal data (e.g. {@code y_1326: 123}, {@code 881 of
 *     882 fields})
 */
public record RejectedRow(long line, RejectReason reason, String detail) {

  /**
   * The reason as a message with the arguments {@code line} and {@code detail}.
   *
   * @return the message
   */
  public Message message() {
    return Message.of(reason.messageKey(), "line", line, "detail", detail);
  }

  RejectedRow atLine(long absoluteLine) {
    return new RejectedRow(absoluteLine, reason, detail);
  }
}
