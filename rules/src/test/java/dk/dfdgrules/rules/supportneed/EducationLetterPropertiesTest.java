/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.codelists.SupportNeed.ACADEMIC;
import static dk.dfdgrules.codelists.SupportNeed.NONE_ASSESSED;
import static dk.dfdgrules.codelists.SupportNeed.OTHER_SUPPORT_PERSONS;
import static dk.dfdgrules.codelists.SupportNeed.SOCIAL_PERSONAL_OR_HEALTH;
import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationPlans;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.supportNeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.rules.supportneed.LetterDecision.Kind;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * The laws of the letter to the citizen, LET-1 … LET-5 (DFDG-RN-2021-12-06 §3.2, appendix 1), as
 * generated properties against {@link LetterRules}. The expected content is read from the spec
 * here, independently of the rules.
 */
class EducationLetterPropertiesTest {

  /** The letter ships with the release of 6 December 2021 — the spec's date, not the rules'. */
  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  /** LET-4's lines in the spec's order. */
  static final List<LetterLine> SPEC_ORDER =
      List.of(
          LetterLine.ORDER_TO_START,
          LetterLine.NO_SUPPORT_NEEDS,
          LetterLine.SOCIAL_PERSONAL_OR_HEALTH_NEEDS,
          LetterLine.ACADEMIC_NEEDS,
          LetterLine.SUPPORT_PERSON);

  /** A published plan: its type-1 changes, on a day. */
  record Publication(EducationPlan plan, Set<Type1Change> changes, LocalDate day) {
    PlanPublication toPublication() {
      return PlanPublication.of(plan, changes);
    }

    @Override
    public String toString() {
      return "step "
          + plan.getStep().id()
          + ", needs "
          + plan.getSupportNeeds().stream().map(SupportNeed::id).toList()
          + ", type-1 changes "
          + changes
          + ", on "
          + day;
    }
  }

  /** Type-1 changes: none about one time in four, else a non-empty set. */
  static Gen<Set<Type1Change>> type1Changes() {
    return Gens.frequency(
        Gens.weighted(1, Gens.constant(Set.<Type1Change>of())),
        Gens.weighted(
            3, Gens.subsets(List.of(Type1Change.values())).filter("non-empty", s -> !s.isEmpty())));
  }

  static Gen<Publication> publications(Gen<LocalDate> days) {
    return Gens.zip(educationPlans(), type1Changes(), days, Publication::new);
  }

  /** The spec's reading of LET-1 or LET-2: is a letter due for these needs at this step? */
  static boolean letterDue(EducationPlan plan) {
    Set<SupportNeed> n = plan.getSupportNeeds();
    boolean let1 =
        n.contains(ACADEMIC)
            || n.contains(SOCIAL_PERSONAL_OR_HEALTH)
            || n.contains(OTHER_SUPPORT_PERSONS);
    boolean let2 = stepThreeOrFour(plan.getStep()) && n.contains(NONE_ASSESSED);
    return let1 || let2;
  }

  static boolean stepThreeOrFour(Step step) {
    return step == Step.STEP_3 || step == Step.STEP_4;
  }

  /** LET-4 read from the spec: each line when its condition holds, in the spec's order. */
  static List<LetterLine> specLines(EducationPlan plan) {
    Set<SupportNeed> n = plan.getSupportNeeds();
    List<LetterLine> out = new ArrayList<>();
    for (LetterLine line : SPEC_ORDER) {
      boolean holds =
          switch (line) {
            case ORDER_TO_START -> plan.getStep() == Step.STEP_4;
            case NO_SUPPORT_NEEDS -> n.contains(NONE_ASSESSED) && stepThreeOrFour(plan.getStep());
            case SOCIAL_PERSONAL_OR_HEALTH_NEEDS -> n.contains(SOCIAL_PERSONAL_OR_HEALTH);
            case ACADEMIC_NEEDS -> n.contains(ACADEMIC);
            case SUPPORT_PERSON -> n.contains(OTHER_SUPPORT_PERSONS);
          };
      if (holds) {
        out.add(line);
      }
    }
    return out;
  }

  Gen<Publication> publishedWithATypeOneChange() {
    return Gens.zip(
        educationPlans(),
        Gens.subsets(List.of(Type1Change.values())).filter("non-empty", s -> !s.isEmpty()),
        dates(RELEASE, LAST_DAY),
        Publication::new);
  }

  @Property
  void theLettersLinesAreAlwaysInTheSpecOrder(
      @ForAll("publishedWithATypeOneChange") Publication p) {
    Answer<LetterDecision> d = LetterRules.decide(p.toPublication(), p.day());
    Statistics.cover(37, d.decision().letter().isPresent(), "a letter");
    Statistics.cover(
        10,
        d.decision().letter().map(l -> l.lines().size() >= 3).orElse(false),
        "three lines or more");
    for (LetterLine line : SPEC_ORDER) {
      Statistics.cover(
          2,
          d.decision().letter().map(l -> l.lines().contains(line)).orElse(false),
          "line " + line);
    }

    if (d.decision().letter().isEmpty()) {
      return;
    }
    List<LetterLine> lines = d.decision().letter().get().lines();
    assertThat(lines).isEqualTo(specLines(p.plan()));
    assertThat(lines).isSortedAccordingTo((a, b) -> SPEC_ORDER.indexOf(a) - SPEC_ORDER.indexOf(b));
    assertThat(d.decision().letter().get().orderToStart())
        .isEqualTo(p.plan().getStep() == Step.STEP_4);
    List<String> derived =
        d.derivedValues().stream()
            .filter(v -> v.path().startsWith("letter.lines["))
            .map(v -> v.text().orElseThrow())
            .toList();
    assertThat(derived).isEqualTo(lines.stream().map(LetterLine::name).toList());
  }

  Gen<Publication> publishedOnOrAfterTheRelease() {
    return publications(dates(RELEASE, LAST_DAY));
  }

  @Property
  void asReleasedALetterIsDueExactlyOnATypeOneChangeWhenLet1OrLet2Holds(
      @ForAll("publishedOnOrAfterTheRelease") Publication p) {
    Statistics.cover(30, letterDue(p.plan()), "LET-1 or LET-2 holds");
    Statistics.cover(10, !letterDue(p.plan()), "neither holds");
    Statistics.cover(10, p.changes().isEmpty(), "no type-1 change (the known bug)");
    Statistics.cover(
        1,
        p.plan().getSupportNeeds().contains(NONE_ASSESSED) && !stepThreeOrFour(p.plan().getStep()),
        "need 1 before step 3");

    Answer<LetterDecision> d = LetterRules.decide(p.toPublication(), p.day());

    boolean expected = letterDue(p.plan()) && !p.changes().isEmpty();
    assertThat(d.decision().kind()).isEqualTo(expected ? Kind.LETTER : Kind.NO_LETTER);
    assertThat(d.decision().letter().isPresent()).isEqualTo(expected);
  }

  /** A publication under the patched LET-5, with the needs of the last letter (if any). */
  record Patched(
      Publication publication,
      Optional<SortedSet<SupportNeed>> lastLetter,
      LocalDate enabledFrom) {}

  Gen<Patched> publishedUnderThePatch() {
    return publications(dates(RELEASE, LAST_DAY))
        .flatMap(
            p ->
                Gens.zip(
                    Gens.oneOf(
                        Gens.constant(Optional.<SortedSet<SupportNeed>>empty()),
                        Gens.constant(Optional.of(p.plan().getSupportNeeds())),
                        supportNeeds().map(Optional::of)),
                    dates(RELEASE, p.day()),
                    (last, from) -> new Patched(p, last, from)));
  }

  @Property
  void asPatchedALetterIsDueWhenLet1OrLet2HoldsAndTheNeedsChangedSinceTheLastLetter(
      @ForAll("publishedUnderThePatch") Patched c) {
    Publication p = c.publication();
    boolean changed =
        c.lastLetter().map(last -> !last.equals(p.plan().getSupportNeeds())).orElse(true);
    Statistics.cover(20, letterDue(p.plan()) && changed, "due and changed");
    Statistics.cover(10, letterDue(p.plan()) && !changed, "due, unchanged since the last letter");
    Statistics.cover(5, c.lastLetter().isEmpty(), "no letter before");
    Statistics.cover(5, p.changes().isEmpty(), "no type-1 change");

    PlanPublication publication = p.toPublication();
    if (c.lastLetter().isPresent()) {
      publication = publication.withLastLetterSupportNeeds(c.lastLetter().get());
    }
    Answer<LetterDecision> d =
        LetterRules.decide(
            publication, EvaluationContext.on(p.day()).enable("LET-5:patched", c.enabledFrom()));

    boolean expected = letterDue(p.plan()) && changed;
    assertThat(d.decision().kind()).isEqualTo(expected ? Kind.LETTER : Kind.NO_LETTER);
    if (expected) {
      assertThat(d.decision().letter().orElseThrow().lines()).isEqualTo(specLines(p.plan()));
    }
  }

  Gen<Publication> publishedBeforeTheRelease() {
    return publications(dates(FIRST_DAY, RELEASE.minusDays(1)));
  }

  @Property
  void noLetterIsProducedBefore6December2021(@ForAll("publishedBeforeTheRelease") Publication p) {
    Statistics.cover(
        25, letterDue(p.plan()) && !p.changes().isEmpty(), "a letter would be due later");

    Answer<LetterDecision> d = LetterRules.decide(p.toPublication(), p.day());

    assertThat(d.decision().kind()).isEqualTo(Kind.NO_LETTER);
    assertThat(d).isNotInForce();
    assertThat(d.derivedValues()).extracting(DerivedValue::path).doesNotContain("letter");
  }
}
