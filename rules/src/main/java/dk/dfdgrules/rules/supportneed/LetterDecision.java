package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import java.util.Optional;

/**
 * Whether publishing a plan produces a letter to the citizen, its content, and which rule decided
 * (the result of {@link LetterRules#letterFor(PlanPublication, java.time.LocalDate)}).
 *
 * @param kind letter, no letter, or undetermined (a fact is missing)
 * @param letter the letter's content, when there is one
 * @param decidedBy the rule that decided: LET-1 or LET-2 for a letter; LET-1, LET-2 or LET-5 for
 *     no letter
 * @param reason why, as a message
 * @param result every LET rule's result, with the derived values ({@code letter}, {@code
 *     letter.orderToStart}, {@code letter.lines[i]}, {@code letter.jobcentreContact})
 */
public record LetterDecision(
    Kind kind,
    Optional<EducationLetter> letter,
    RuleId decidedBy,
    Message reason,
    CombinedResult result) {

  /** What the decision is. */
  public enum Kind {
    /** A letter is produced. */
    LETTER,
    /** No letter is produced. */
    NO_LETTER,
    /** A fact needed to decide is missing; {@link CombinedResult#missingFacts()} names it. */
    UNDETERMINED
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
