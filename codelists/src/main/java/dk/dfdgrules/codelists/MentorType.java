/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Mentortype — the type of a mentor intervention (mentorindsats).
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.5. Type 6 'Personlig jobformidler' is new from 2021-12-06.
 */
public enum MentorType implements NumberedCode {
  /** 1 — "Mentor, individuel". */
  MENTOR_INDIVIDUAL(1, "Mentor, individuel", "Mentor, individuel", null),
  /** 2 — "Mentor, plads". */
  MENTOR_PLACE(2, "Mentor, plads", "Mentor, plads", null),
  /**
   * 3 — "Udskrivningskoordinator, individuel"; alias "Udskrivningskordinator, individuel", the
   * spelling of course category 42 (§3.6).
   */
  DISCHARGE_COORDINATOR_INDIVIDUAL(
      3,
      "Udskrivningskoordinator, individuel",
      "Udskrivningskoordinator, individuel",
      null,
      "Udskrivningskordinator, individuel"),
  /**
   * 4 — "Udskrivningskoordinator, plads"; alias "Udskrivningskordinator, plads", the spelling of
   * course category 43 (§3.6).
   */
  DISCHARGE_COORDINATOR_PLACE(
      4,
      "Udskrivningskoordinator, plads",
      "Udskrivningskoordinator, plads",
      null,
      "Udskrivningskordinator, plads"),
  /** 5 — "Udslusningskoordinator" (from the Prison and Probation Service). */
  RELEASE_COORDINATOR(
      5,
      "Udslusningskoordinator",
      "Udslusningskoordinator i forbindelse med udslusning fra Kriminalforsorgen",
      null),
  /** 6 — "Personlig jobformidler", in force from 2021-12-06 (§ 113 a LAB). */
  PERSONAL_JOB_BROKER(6, "Personlig jobformidler", "Personlig jobformidler", Sources.DFDG_RELEASE);

  private final int id;
  private final String officialName;
  private final String description;
  private final @Nullable LocalDate validFrom;
  private final ImmutableList<String> aliases;

  MentorType(
      int id,
      String officialName,
      String description,
      @Nullable LocalDate validFrom,
      String... aliases) {
    this.id = id;
    this.officialName = officialName;
    this.description = description;
    this.validFrom = validFrom;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The first day this type may be used, where the source gives one.
   *
   * @return the date, or empty when valid since before the sources
   */
  @Override
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /** The source's "Beskrivelse" (§3.5). */
  @Override
  public Optional<String> description() {
    return Optional.of(description);
  }

  /** The spelling of the course categories for types 3 and 4; none for the others. */
  @Override
  public List<String> aliases() {
    return aliases;
  }

  /**
   * The mentor type with this id, if there is one.
   *
   * @param id any int
   * @return the type, or empty
   */
  public static Optional<MentorType> find(int id) {
    return CodeLookup.byId(MentorType.class, id);
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * MentorType} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MentorType from(Object value) {
    return OfficialCodes.parse(MentorType.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code MentorType} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
