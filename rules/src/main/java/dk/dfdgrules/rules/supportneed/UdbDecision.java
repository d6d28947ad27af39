package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import java.util.Optional;

/**
 * What DFDG sends to UDB, or "nothing to send", and which rule decided (the result of {@link
 * UdbMessages#onAdmission(dk.dfdgrules.core.plan.EducationPlan, UdbFacts, java.time.LocalDate)}).
 *
 * @param message the content, when something is sent
 * @param decidedBy the rule that decided: UDB-1 or UDB-2 (by step), UDB-4 (only test/mentor
 *     facts), UDB-5 (an update before any admission)
 * @param reason why, as a message
 * @param result every UDB rule's result, with the derived values ({@code udbMessage}, {@code
 *     udbMessage.supportNeeds}, …)
 */
public record UdbDecision(
    Optional<UdbMessage> message, RuleId decidedBy, Message reason, CombinedResult result) {

  /**
   * Tells whether there is nothing to send.
   *
   * @return true if nothing is sent
   */
  public boolean isNothingToSend() {
    return message.isEmpty();
  }

  /**
   * The reason in Danish.
   *
   * @return the text
   */
  public String reasonDanish() {
    return Messages.danish(reason);
  }

  /**
   * The reason in English.
   *
   * @return the text
   */
  public String reasonEnglish() {
    return Messages.english(reason);
  }
}
