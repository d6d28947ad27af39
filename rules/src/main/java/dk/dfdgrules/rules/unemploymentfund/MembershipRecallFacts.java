package dk.dfdgrules.rules.unemploymentfund;

import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facts of the {@code membership-recall} area: the membership registration (medlemstilgang)
 * an a-kasse recalls, and the citizen's other memberships.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"recalled": {"fund": "A12", "period": "2021-06-01/.."},
 *  "otherMemberships": [{"fund": "A12", "period": "2015-01-01/2019-12-31"}]}
 * }</pre>
 *
 * @param recalled the membership whose registration is recalled (the latest one)
 * @param otherMemberships the citizen's other memberships, of any a-kasse
 */
public record MembershipRecallFacts(
    Optional<UnemploymentFundMembership> recalled,
    List<UnemploymentFundMembership> otherMemberships) {

  /** Copies the list; treats missing parts as absent or empty. */
  public MembershipRecallFacts {
    recalled = recalled == null ? Optional.empty() : recalled;
    otherMemberships = copy(otherMemberships);
  }

  private static List<UnemploymentFundMembership> copy(
      @Nullable List<UnemploymentFundMembership> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * The facts of a recall.
   *
   * @param recalled the recalled membership
   * @param otherMemberships the other memberships
   * @return the facts
   */
  public static MembershipRecallFacts of(
      UnemploymentFundMembership recalled, List<UnemploymentFundMembership> otherMemberships) {
    return new MembershipRecallFacts(Optional.of(recalled), otherMemberships);
  }
}
