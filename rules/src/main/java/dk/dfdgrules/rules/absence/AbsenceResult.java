package dk.dfdgrules.rules.absence;

import dk.dfdgrules.core.rule.CombinedResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link AbsenceRules#evaluate}: what each rule derived, typed, and the rules'
 * joined result.
 *
 * @param historyAccess ABS-1, one entry per absence registration (empty when ABS-1 is not in
 *     force)
 * @param reRegistrationDate ABS-2, the re-registration date for a recovery report, when one was
 *     given and the date could be decided
 * @param joblogExemption ABS-3, what an active absence 74 does to the joblog requirement, when it
 *     could be decided
 * @param result the results of ABS-1, ABS-2 and ABS-3
 */
public record AbsenceResult(
    List<AbsenceAccess> historyAccess,
    Optional<LocalDate> reRegistrationDate,
    Optional<JoblogExemption> joblogExemption,
    CombinedResult result) {

  /** Copies the list. */
  public AbsenceResult {
    historyAccess = List.copyOf(historyAccess);
  }
}
