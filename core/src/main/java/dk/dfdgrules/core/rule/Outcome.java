package dk.dfdgrules.core.rule;

/** What a rule concluded. */
public enum Outcome {
  /** The rule holds (possibly with warnings). */
  SATISFIED,
  /** The rule is broken: at least one violation of severity {@link Severity#ERROR}. */
  VIOLATED,
  /** A fact the rule needs was not given; the result names the missing facts. */
  UNDETERMINED,
  /**
   * No version of the rule is in force on the evaluation date (or the caller switched the rule
   * off, or an announced rule was not enabled).
   */
  NOT_IN_FORCE
}
