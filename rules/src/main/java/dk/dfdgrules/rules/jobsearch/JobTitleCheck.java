package dk.dfdgrules.rules.jobsearch;

import dk.dfdgrules.core.rule.CombinedResult;
import java.util.List;

/**
 * The result of {@link DuplicateJobTitles#validate}: the duplicated titles per list (as first
 * written), and the rules' joined result with one error per duplicated title.
 *
 * @param duplicatedInRegistration titles given more than once on registration (DUP-1)
 * @param duplicatedInJobSearchRequirements titles given more than once in 'Krav til jobsøgning'
 *     (DUP-2)
 * @param duplicatedInJobGoals titles given more than once in the job goals (DUP-2)
 * @param result the results of DUP-1 and DUP-2
 */
public record JobTitleCheck(
    List<String> duplicatedInRegistration,
    List<String> duplicatedInJobSearchRequirements,
    List<String> duplicatedInJobGoals,
    CombinedResult result) {

  /** Copies the lists. */
  public JobTitleCheck {
    duplicatedInRegistration = List.copyOf(duplicatedInRegistration);
    duplicatedInJobSearchRequirements = List.copyOf(duplicatedInJobSearchRequirements);
    duplicatedInJobGoals = List.copyOf(duplicatedInJobGoals);
  }

  /**
   * Tells whether the titles may be saved: no duplicate was found (or none is checked on the date).
   *
   * @return true if accepted
   */
  public boolean accepted() {
    return result.errors().isEmpty();
  }
}
