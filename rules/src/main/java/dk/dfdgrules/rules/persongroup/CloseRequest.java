package dk.dfdgrules.rules.persongroup;

/**
 * What PG-2 answers to the new jobcentre's request to close a marking created by the citizen's
 * previous jobcentre, after it moved the citizen itself (the derived {@code closeRequestedBy}).
 */
public enum CloseRequest {
  /** The new jobcentre may close the marking (from 2021-12-06). */
  PERMITTED,
  /** The new jobcentre could not close the marking (before 2021-12-06): an error of PG-2. */
  REFUSED
}
