package dk.dfdgrules.rules.mentor;

/**
 * What a jobcentre does with a course intervention (kursusindsats): create a new one or update one.
 */
public enum CourseAction {
  /** A new course intervention. */
  CREATE,
  /** An update of an existing course intervention. */
  UPDATE
}
