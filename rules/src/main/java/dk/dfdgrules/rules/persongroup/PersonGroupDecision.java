package dk.dfdgrules.rules.persongroup;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.Outcome;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What PG-1 and PG-2 decided about a person-group marking.
 *
 * @param closedAutomatically whether DFDG closes the marking automatically on the move; empty
 *     when the rules could not decide (facts missing) or say nothing (a marking of another type)
 * @param closedOn the date DFDG closes it (the move date), when it does
 * @param closeRequestPermitted whether the new jobcentre may close the marking, when it asked
 *     and PG-2 covers the request
 * @param result the results of PG-1 and PG-2
 */
public record PersonGroupDecision(
    Optional<Boolean> closedAutomatically,
    Optional<LocalDate> closedOn,
    Optional<Boolean> closeRequestPermitted,
    CombinedResult result) {

  /**
   * The joined outcome: {@link Outcome#VIOLATED} when a close request is refused.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return result.outcome();
  }
}
