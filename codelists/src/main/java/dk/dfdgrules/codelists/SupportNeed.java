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
import java.time.LocalDate;
import java.util.Optional;

/**
 * Støttebehov — the support needs a jobcentre registers in a young person's education plan.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.2, in force 2021-12-06. "Der er ikke mulighed for at angive
 * fritekst" — the list is closed and there is no free text (SN-5).
 */
public enum SupportNeed implements NumberedCode {
  /** 1 — "Der vurderes ingen støttebehov". */
  NONE_ASSESSED(
      1,
      "Der vurderes ingen støttebehov",
      "Jobcenteret vurderer, at der ikke umiddelbart er et støttebehov i forhold til at klare sig"
          + " igennem uddannelsen"),
  /** 2 — "Der vurderes faglige støttebehov - fx læse, skrive, regne". */
  ACADEMIC(
      2,
      "Der vurderes faglige støttebehov - fx læse, skrive, regne",
      "Jobcenteret vurderer, at der er brug for faglig støtte under uddannelsen"),
  /** 3 — "Der vurderes sociale, personlige eller helbredsmæssige støttebehov". */
  SOCIAL_PERSONAL_OR_HEALTH(
      3,
      "Der vurderes sociale, personlige eller helbredsmæssige støttebehov",
      "Jobcenteret vurderer, at der er brug for støtte til sociale, personlige eller"
          + " helbredsmæssige udfordringer under uddannelsen"),
  /** 4 — "Støttebehov (-ene) er dokumenteret". */
  DOCUMENTED(
      4,
      "Støttebehov (-ene) er dokumenteret",
      "Jobcenteret har dokumentation for ét eller flere støttebehov"),
  /** 5 — "Borgeren har øvrige støttepersoner tilknyttet". */
  OTHER_SUPPORT_PERSONS(
      5,
      "Borgeren har øvrige støttepersoner tilknyttet",
      "Der er tilknyttet en mentor og/eller en anden støtteperson i overgangen til uddannelse"),
  /** 6 — "Jobcenteret vil gerne kontaktes af uddannelsesinstitutionen". */
  CONTACT_JOBCENTRE(
      6,
      "Jobcenteret vil gerne kontaktes af uddannelsesinstitutionen",
      "Jobcenteret vil gerne kontaktes af uddannelsesinstitutionen mhp. konkret dialog om"
          + " vedkommendes start på uddannelsen");

  /** The day the support-need codes came with DFDG's release: 2021-12-06. */
  public static final LocalDate VALID_FROM = Sources.DFDG_RELEASE;

  private final int id;
  private final String officialName;
  private final String description;

  SupportNeed(int id, String officialName, String description) {
    this.id = id;
    this.officialName = officialName;
    this.description = description;
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /** The source's "Beskrivelse" (§3.2). */
  @Override
  public Optional<String> description() {
    return Optional.of(description);
  }

  /**
   * {@link #VALID_FROM}: the codes came with the release of 2021-12-06 (the legal duty to register
   * them applies from 2022-01-01, §3.2 OBS; that is a rule date, not a code date).
   */
  @Override
  public Optional<LocalDate> validFrom() {
    return Optional.of(VALID_FROM);
  }

  /**
   * The support need with this id.
   *
   * @param id an id, 1–6
   * @return the support need
   * @throws IllegalArgumentException if {@code id} is not 1–6
   */
  public static SupportNeed of(int id) {
    return CodeLookup.ofId(SupportNeed.class, id, "support need id");
  }

  /**
   * The support need with this id, if there is one.
   *
   * @param id any int
   * @return the support need, or empty
   */
  public static Optional<SupportNeed> find(int id) {
    return CodeLookup.byId(SupportNeed.class, id);
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * SupportNeed} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SupportNeed from(Object value) {
    return OfficialCodes.parse(SupportNeed.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code SupportNeed} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
