/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.unemploymentfund;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.periods;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The law of AK-1, the recall of an a-kasse membership registration (DFDG-RN-2021-12-06 §5.1), as
 * generated properties against {@link MembershipRecallRules}: before 2021-12-06 a recall is
 * rejected exactly for the earlier memberships of the same a-kasse; from then it is accepted.
 */
class MembershipRecallPropertiesTest {

  static final LocalDate REMOVED = LocalDate.of(2021, 12, 6);

  /**
   * The recalled membership, the citizen's other memberships (few a-kasser, so often the same), a
   * day.
   */
  record Recall(
      UnemploymentFundMembership recalled, List<UnemploymentFundMembership> others, LocalDate day) {
    /** The indices of the other memberships of the same a-kasse that started earlier. */
    List<Integer> earlierOfTheSameFund() {
      return IntStream.range(0, others.size())
          .filter(i -> others.get(i).getFund().equals(recalled.getFund()))
          .filter(i -> others.get(i).getPeriod().start().isBefore(recalled.getPeriod().start()))
          .boxed()
          .toList();
    }
  }

  static Gen<UnemploymentFundMembership> memberships() {
    return Gens.zip(Gens.elements("1", "2", "3"), periods(), UnemploymentFundMembership::of);
  }

  /** Recalls whose other memberships start around the recalled one, half of them of its a-kasse. */
  Gen<Recall> recalls() {
    return memberships()
        .flatMap(
            recalled ->
                Gens.zip(
                    Gens.zip(
                            Gens.oneOf(
                                Gens.constant(recalled.getFund()), Gens.elements("1", "2", "3")),
                            periods().around(recalled.getPeriod().start()),
                            UnemploymentFundMembership::of)
                        .list(0, 4),
                    dates(FIRST_DAY, LAST_DAY),
                    (others, day) -> new Recall(recalled, others, day)));
  }

  @Property
  void ak1RejectsARecallForEachEarlierMembershipOfTheSameFundOnlyBefore6December2021(
      @ForAll("recalls") Recall r) {
    boolean before = r.day().isBefore(REMOVED);
    Statistics.cover(
        7, before && !r.earlierOfTheSameFund().isEmpty(), "rejected before the change");
    Statistics.cover(
        10, before && r.earlierOfTheSameFund().isEmpty(), "accepted before the change");
    Statistics.cover(
        6,
        !before && !r.earlierOfTheSameFund().isEmpty(),
        "an earlier membership after the change");

    Answer<Verdict> result = MembershipRecallRules.validate(r.recalled(), r.others(), r.day());

    if (before) {
      assertThat(result.errors().stream().map(Violation::path).toList())
          .containsExactlyElementsOf(
              r.earlierOfTheSameFund().stream().map(i -> "otherMemberships[" + i + "]").toList());
      assertThat(result.decision().isRejected()).isEqualTo(!r.earlierOfTheSameFund().isEmpty());
    } else {
      assertThat(result).isSatisfied().hasNoViolations();
      assertThat(result.decision().isAccepted()).isTrue();
    }
  }
}
