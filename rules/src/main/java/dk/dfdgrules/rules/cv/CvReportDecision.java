package dk.dfdgrules.rules.cv;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link CvApprovalRules#check}: accepted, or rejected with every failed condition
 * (or undetermined, naming the missing facts); for an a-kasse's 'CV ej godkendt' on a CV that is
 * not searchable (CV-5), the comment DFDG sets instead of changing the status.
 *
 * @param commentSet the comment DFDG sets (CV-5), if it sets one
 * @param result the results of CV-1 … CV-6
 */
public record CvReportDecision(Optional<String> commentSet, CombinedResult result) {

  /**
   * Tells whether DFDG accepts the report: no condition failed and no fact is missing.
   *
   * @return true if accepted
   */
  public boolean accepted() {
    return result.outcome() == Outcome.SATISFIED;
  }

  /**
   * Tells whether DFDG rejects the report: at least one condition failed.
   *
   * @return true if rejected
   */
  public boolean rejected() {
    return result.outcome() == Outcome.VIOLATED;
  }

  /**
   * Every failed condition, each with its rule id, field path and message.
   *
   * @return the errors
   */
  public List<Violation> failedConditions() {
    return result.errors();
  }
}
