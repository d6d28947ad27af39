package dk.dfdgrules.rules.contactperson;

import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.Outcome;
import java.util.List;

/**
 * The result of {@link ContactPersonEndDating#onMove}: one decision per contact person, in input
 * order, and the rules' joined result (with the same decisions as derived values, each naming the
 * deciding rule item).
 *
 * @param decisions one decision per contact person, in input order
 * @param result the results of CP-1, CP-2 and CP-3
 */
public record EndDatingResult(List<EndDatingDecision> decisions, CombinedResult result) {

  /** Copies the list. */
  public EndDatingResult {
    decisions = List.copyOf(decisions);
  }

  /**
   * The contact persons after the move, in input order.
   *
   * @return the contact persons
   */
  public List<ContactPerson> contactPersonsAfter() {
    return decisions.stream().map(EndDatingDecision::after).toList();
  }

  /**
   * The decisions that changed a contact person.
   *
   * @return the changes
   */
  public List<EndDatingDecision> changes() {
    return decisions.stream().filter(EndDatingDecision::changed).toList();
  }

  /**
   * The joined outcome: {@link Outcome#SATISFIED} when every contact person was decided, {@link
   * Outcome#UNDETERMINED} when the move date or source is missing.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return result.outcome();
  }
}
