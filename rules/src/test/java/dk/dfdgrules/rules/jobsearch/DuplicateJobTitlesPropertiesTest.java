/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.jobsearch;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The laws of DUP-1 and DUP-2 — a job title or alias at most once on a registration, in 'Krav til
 * jobsøgning' and in the job goals (DFDG-RN-2021-12-06 §1.3, §3.7) — as generated properties
 * against {@link DuplicateJobTitles}. Titles are compared as a caseworker reads them: whatever
 * their case and surrounding or repeated blanks.
 */
class DuplicateJobTitlesPropertiesTest {

  static final LocalDate FIXED = LocalDate.of(2021, 12, 6);

  /** Job titles, some of several words; few enough that a list of eight often repeats one. */
  static final List<String> TITLES =
      List.of(
          "Kok",
          "Tjener",
          "Smed",
          "Maler",
          "Pædagog",
          "Social- og sundhedsassistent",
          "Lagermedarbejder",
          "Butiksassistent",
          "Chauffør",
          "Økonomiassistent",
          "Tømrer",
          "Pædagogisk assistent",
          "Frisør",
          "Elektriker",
          "IT-supporter",
          "Rengøringsassistent");

  /** The title as a caseworker would compare it: case and blanks aside. */
  static String key(String title) {
    return String.join(" ", title.strip().split("\\s+")).toLowerCase(Locale.ROOT);
  }

  /** The same title typed differently: in another case, with blanks around and between words. */
  static Gen<String> typedDifferently(String title) {
    Gen<String> cased =
        Gens.elements(
            title,
            title.toUpperCase(Locale.ROOT),
            title.toLowerCase(Locale.ROOT),
            title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1));
    Gen<String> blank = Gens.elements("", " ", "  ", "\t");
    return Gens.zip(
        cased,
        blank,
        blank,
        Gens.elements(" ", "  ", " \t "),
        (t, before, after, between) -> before + t.replace(" ", between) + after);
  }

  static Gen<String> titles() {
    return Gens.elements(TITLES)
        .flatMap(
            t ->
                Gens.frequency(
                    Gens.weighted(1, Gens.constant(t)), Gens.weighted(1, typedDifferently(t))));
  }

  static Gen<List<String>> titleLists() {
    return titles().list(0, 8);
  }

  /** The keys given more than once. */
  static Set<String> repeated(List<String> titles) {
    Map<String, Integer> count = new HashMap<>();
    titles.forEach(t -> count.merge(key(t), 1, Integer::sum));
    return count.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> keys(List<String> titles) {
    return titles.stream()
        .map(DuplicateJobTitlesPropertiesTest::key)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The three lists of a check, and a day. */
  record Titles(
      List<String> registration, List<String> requirements, List<String> goals, LocalDate day) {
    JobTitleFacts facts() {
      return new JobTitleFacts(registration, requirements, goals);
    }

    Answer<JobTitleCheck> check() {
      return DuplicateJobTitles.validate(facts(), day);
    }
  }

  static Gen<Titles> titlesOn(Gen<LocalDate> days) {
    return Gens.zip(titleLists(), titleLists(), titleLists(), days, Titles::new);
  }

  static void label(Titles t) {
    Statistics.cover(
        11, !repeated(t.registration()).isEmpty(), "a title repeated on the registration");
    Statistics.cover(
        20, repeated(t.registration()).isEmpty(), "no title repeated on the registration");
    Statistics.cover(10, !repeated(t.goals()).isEmpty(), "a title repeated in the job goals");
    Statistics.cover(
        5,
        t.registration().stream()
            .anyMatch(x -> !x.equals(x.strip()) || x.contains("  ") || x.contains("\t")),
        "blanks around or between words");
  }

  Gen<Titles> titlesFromTheFix() {
    return titlesOn(dates(FIXED, LAST_DAY));
  }

  @Property
  void theDuplicatedTitlesAreExactlyThoseGivenMoreThanOnce(@ForAll("titlesFromTheFix") Titles t) {
    label(t);

    Answer<JobTitleCheck> c = t.check();

    assertThat(keys(c.decision().duplicatedInRegistration())).isEqualTo(repeated(t.registration()));
    assertThat(keys(c.decision().duplicatedInJobSearchRequirements()))
        .isEqualTo(repeated(t.requirements()));
    assertThat(keys(c.decision().duplicatedInJobGoals())).isEqualTo(repeated(t.goals()));
    assertThat(c.decision().accepted())
        .isEqualTo(
            repeated(t.registration()).isEmpty()
                && repeated(t.requirements()).isEmpty()
                && repeated(t.goals()).isEmpty());
    // each violation names its title, as given (stripped)
    for (Violation v : c.errors()) {
      String title = v.message().arguments().get("title");
      assertThat(title).isNotNull().isEqualTo(title.strip());
      assertThat(
              List.of(repeated(t.registration()), repeated(t.requirements()), repeated(t.goals())))
          .anySatisfy(s -> assertThat(s).contains(key(title)));
    }
  }

  /** The lists and the orders to give them in. */
  record Shuffled(
      Titles titles, List<String> registration, List<String> requirements, List<String> goals) {}

  Gen<Shuffled> shuffledTitles() {
    return titlesOn(dates(FIRST_DAY, LAST_DAY))
        .flatMap(
            t ->
                Gens.zip(
                    Gens.permutations(t.registration()),
                    Gens.permutations(t.requirements()),
                    Gens.permutations(t.goals()),
                    (a, b, c) -> new Shuffled(t, a, b, c)));
  }

  @Property
  void duplicateDetectionDoesNotDependOnTheOrderOfTheTitles(@ForAll("shuffledTitles") Shuffled s) {
    label(s.titles());
    Titles t = s.titles();

    Answer<JobTitleCheck> original = t.check();
    Answer<JobTitleCheck> shuffled =
        DuplicateJobTitles.validate(
            new JobTitleFacts(s.registration(), s.requirements(), s.goals()), t.day());

    assertThat(keys(shuffled.decision().duplicatedInRegistration()))
        .isEqualTo(keys(original.decision().duplicatedInRegistration()));
    assertThat(keys(shuffled.decision().duplicatedInJobSearchRequirements()))
        .isEqualTo(keys(original.decision().duplicatedInJobSearchRequirements()));
    assertThat(keys(shuffled.decision().duplicatedInJobGoals()))
        .isEqualTo(keys(original.decision().duplicatedInJobGoals()));
    assertThat(shuffled.decision().accepted()).isEqualTo(original.decision().accepted());
    assertThat(shuffled.errors()).hasSameSizeAs(original.errors());
  }

  /** The lists, and each title typed differently. */
  record Retyped(Titles titles, List<String> registration, List<String> goals) {}

  static Gen<List<String>> retyped(List<String> titles) {
    Gen<List<String>> out = Gens.constant(List.of());
    for (String title : titles) {
      out = out.flatMap(done -> typedDifferently(title.strip()).map(t -> append(done, t)));
    }
    return out;
  }

  private static List<String> append(List<String> list, String t) {
    List<String> out = new ArrayList<>(list);
    out.add(t);
    return List.copyOf(out);
  }

  Gen<Retyped> retypedTitles() {
    return titlesOn(dates(FIXED, LAST_DAY))
        .flatMap(
            t ->
                Gens.zip(
                    retyped(t.registration()), retyped(t.goals()), (r, g) -> new Retyped(t, r, g)));
  }

  @Property
  void duplicateDetectionDoesNotDependOnCaseOrBlanks(@ForAll("retypedTitles") Retyped r) {
    label(r.titles());
    Titles t = r.titles();

    Answer<JobTitleCheck> original = t.check();
    Answer<JobTitleCheck> retyped =
        DuplicateJobTitles.validate(
            new JobTitleFacts(r.registration(), t.requirements(), r.goals()), t.day());

    assertThat(keys(retyped.decision().duplicatedInRegistration()))
        .isEqualTo(keys(original.decision().duplicatedInRegistration()));
    assertThat(keys(retyped.decision().duplicatedInJobGoals()))
        .isEqualTo(keys(original.decision().duplicatedInJobGoals()));
    assertThat(retyped.decision().accepted()).isEqualTo(original.decision().accepted());
  }

  /** Distinct titles, each typed in some way, in some order. */
  Gen<Titles> distinctTitles() {
    Gen<List<String>> distinct =
        Gens.subsets(TITLES)
            .flatMap(s -> Gens.permutations(List.copyOf(s)))
            .flatMap(DuplicateJobTitlesPropertiesTest::retyped);
    return Gens.zip(distinct, distinct, distinct, dates(FIRST_DAY, LAST_DAY), Titles::new);
  }

  @Property
  void aListOfDistinctTitlesNeverViolates(@ForAll("distinctTitles") Titles t) {
    Statistics.cover(30, t.registration().size() >= 5, "five titles or more");
    Statistics.cover(10, !t.day().isBefore(FIXED), "from the fix");

    Answer<JobTitleCheck> c = t.check();

    assertThat(c.decision().accepted()).isTrue();
    assertThat(c).hasNoViolations();
  }

  Gen<Titles> titlesBeforeTheFix() {
    return titlesOn(dates(FIRST_DAY, FIXED.minusDays(1)));
  }

  @Property
  void beforeTheFixOf6December2021NothingIsRejected(@ForAll("titlesBeforeTheFix") Titles t) {
    label(t);

    Answer<JobTitleCheck> c = t.check();

    assertThat(c.decision().accepted()).isTrue();
    assertThat(c).hasNoViolations();
  }

  @Property(tries = 30)
  void everyViolationHasDanishAndEnglishText(@ForAll("titlesFromTheFix") Titles t) {
    assertThat(t.check()).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
  }
}
