package dk.dfdgrules.rules.retention;

/** RET-3: whether a requester gets the citizen's early-pension data. */
public enum EarlyPensionAccess {
  /** The citizen's current a-kasse: DFDG forwards the data to it. */
  PERMITTED,
  /** A jobcentre, or an a-kasse the citizen is not a member of now: refused. */
  REFUSED
}
