package dk.dfdgrules.core.rule;

/** How serious a violation is. */
public enum Severity {
  /** The data may not be saved or sent as it is. */
  ERROR,
  /** The data may be saved, but something should be looked at (e.g. SN-6). */
  WARNING
}
