/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.persongroup;

import static dk.dfdgrules.rules.persongroup.PersonGroupMarkingRulesTest.closeRequest;
import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.municipalityCodes;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.personGroupMarkings;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.rules.contactperson.MoveSource;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The laws of the person-group marking of type 5, PG-1 and PG-2 (DFDG-RN-2021-12-06 §1.2), as
 * generated properties against {@link PersonGroupMarkingRules}.
 */
class PersonGroupMarkingPropertiesTest {

  static final LocalDate FIXED = LocalDate.of(2021, 12, 6);

  /** A marking, and a move to a municipality on a day it is going on. */
  record Move(PersonGroupMarking marking, String to, LocalDate moveDate) {
    /** The spec's reading: the marking covers the municipality (no list = every municipality). */
    boolean covered() {
      return marking.getCoveredMunicipalities().isEmpty()
          || marking.getCoveredMunicipalities().contains(to);
    }
  }

  /** Moves on a day within the marking, half of them to a municipality it names. */
  Gen<Move> moves() {
    return personGroupMarkings()
        .flatMap(
            m -> {
              Gen<String> named =
                  m.getCoveredMunicipalities().isEmpty()
                      ? municipalityCodes()
                      : Gens.elements(List.copyOf(m.getCoveredMunicipalities()));
              LocalDate last = m.getPeriod().end().orElse(m.getPeriod().start().plusYears(3));
              return Gens.zip(
                  Gens.oneOf(named, municipalityCodes()),
                  dates(m.getPeriod().start(), last),
                  (to, day) -> new Move(m, to, day));
            });
  }

  @Property
  void pg1AType5MarkingIsClosedOnACprMoveExactlyWhenItDoesNotCoverTheNewMunicipality(
      @ForAll("moves") Move m) {
    boolean type5 = m.marking().getType() == 5;
    Statistics.cover(8, type5 && !m.covered(), "type 5, moved out of what it covers");
    Statistics.cover(20, type5 && m.covered(), "type 5, moved within what it covers");
    Statistics.cover(5, !type5, "another type");

    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(
            m.marking(), new PersonGroupMove(m.moveDate(), MoveSource.CPR, m.to()), m.moveDate());

    boolean closes = type5 && !m.covered();
    assertThat(d.decision().closedAutomatically().orElse(false)).isEqualTo(closes);
    assertThat(d.decision().kind())
        .isEqualTo(
            closes
                ? PersonGroupDecision.Kind.CLOSES
                : type5
                    ? PersonGroupDecision.Kind.STAYS_OPEN
                    : PersonGroupDecision.Kind.NOT_CONCERNED);
    assertThat(d.decision().closedOn())
        .isEqualTo(closes ? Optional.of(m.moveDate()) : Optional.empty());
  }

  @Property
  void pg2AJobcentresOwnMoveNeverClosesTheMarkingAutomatically(@ForAll("moves") Move m) {
    Statistics.cover(10, !m.covered(), "to a municipality it does not cover");

    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(
            m.marking(),
            new PersonGroupMove(m.moveDate(), MoveSource.JOBCENTRE, m.to()),
            m.moveDate());

    assertThat(d.decision().closedAutomatically().orElse(false)).isFalse();
    assertThat(d.decision().closedOn()).isEmpty();
  }

  /** A type-5 marking created by one municipality, the citizen moved by the new jobcentre. */
  record CloseRequest(PersonGroupMarking marking, String newJobcentre, LocalDate day) {}

  Gen<CloseRequest> closeRequests() {
    return source -> {
      String previous = source.draw(municipalityCodes());
      String next =
          source.draw(municipalityCodes().filter("another municipality", m -> !m.equals(previous)));
      PersonGroupMarking marking =
          PersonGroupMarking.builder()
              .from(source.draw(personGroupMarkings()))
              .type(5)
              .createdByMunicipality(previous)
              .build();
      return new CloseRequest(marking, next, source.draw(dates(FIRST_DAY, LAST_DAY)));
    };
  }

  @Property
  void pg2TheNewJobcentreMayCloseTheMarkingOfThePreviousOneExactlyFrom6December2021(
      @ForAll("closeRequests") CloseRequest r) {
    Statistics.cover(10, r.day().isBefore(FIXED), "before the fix");
    Statistics.cover(20, !r.day().isBefore(FIXED), "from the fix");

    Answer<PersonGroupDecision> d = closeRequest(r.marking(), r.day(), r.newJobcentre());

    assertThat(d.decision().closeRequestPermitted()).contains(!r.day().isBefore(FIXED));
    assertThat(d.decision().kind())
        .isEqualTo(
            r.day().isBefore(FIXED)
                ? PersonGroupDecision.Kind.CLOSE_REFUSED
                : PersonGroupDecision.Kind.CLOSE_PERMITTED);
    assertThat(d.decision().decidedBy()).contains(PersonGroupMarkingRules.PG_2.id());
    assertThat(d.decision().closedAutomatically()).contains(false);
    if (r.day().isBefore(FIXED)) {
      assertThat(d).isViolated().hasViolation("PG-2").isError();
    } else {
      assertThat(d).hasNoViolations();
    }
  }
}
