package dk.dfdgrules.rules.mentor;

import dk.dfdgrules.core.rule.CombinedResult;
import java.util.List;

/**
 * The result of {@link MentorRules#validate}: MEN-3's effects in 'Min plan' per type-6
 * intervention, and the joined result of MEN-1 … MEN-3 (MEN-1 errors, MEN-2 warnings).
 *
 * @param myPlanEffects one entry per mentor intervention of type 6 (none before 2021-12-06)
 * @param result the rules' results
 */
public record MentorResult(List<MyPlanEffect> myPlanEffects, CombinedResult result) {

  /** Copies the list. */
  public MentorResult {
    myPlanEffects = List.copyOf(myPlanEffects);
  }
}
