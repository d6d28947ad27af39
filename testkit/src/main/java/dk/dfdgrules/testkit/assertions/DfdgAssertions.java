package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.Violation;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ entry points for rule results. Import statically beside (or instead of) AssertJ's own:
 *
 * <pre>{@code
 * import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
 *
 * assertThat(result).isViolated().hasViolation("SN-1").atPath("supportNeeds");
 * assertThat(result).isUndetermined().missing("birthDate");
 * }</pre>
 *
 * <p>Failure messages name rule ids, paths, message keys and argument names — never a message's
 * rendered text with its arguments, so no personal value reaches a test report through them.
 */
public final class DfdgAssertions {

  private DfdgAssertions() {}

  /**
   * Assertions on a rule result.
   *
   * @param actual the result
   * @return the assertion
   */
  public static RuleResultAssert assertThat(RuleResult actual) {
    return new RuleResultAssert(actual);
  }

  /**
   * Assertions on an area's answer: its rules' results and its decision.
   *
   * @param actual the answer
   * @return the assertion
   */
  public static AnswerAssert assertThat(Answer<?> actual) {
    return new AnswerAssert(actual);
  }

  /**
   * Assertions on the joined results of several rules.
   *
   * @param actual the results
   * @return the assertion
   */
  public static RuleResultsAssert.Joined assertThat(RuleResults actual) {
    return new RuleResultsAssert.Joined(actual);
  }

  /**
   * Assertions on one violation.
   *
   * @param actual the violation
   * @return the assertion; its {@code and()} returns null
   */
  public static ViolationAssert<@Nullable Void> assertThat(Violation actual) {
    return new ViolationAssert<>(actual, null);
  }
}
