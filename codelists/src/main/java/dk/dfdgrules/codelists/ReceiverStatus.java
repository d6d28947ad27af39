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
import java.util.List;
import java.util.Optional;

/**
 * Dream Modtagerstatus — what a benefit recipient receives 52 weeks later (spec DRM-5).
 *
 * <p>Source: FLIS-DREAM §6.1.6, whose dimension values are the display names, exactly as published
 * — including "Modtager forsat ydelse" (sic). The variants of §7.1.1 and §10 ("Modtager forsat
 * ydelsen", "Modtager anden ydelsen", "Modtager ikke længere ydelsen", "Modtager ikke længere
 * ydelser") and the corrected spelling "fortsat" are aliases. The source gives no ids.
 */
public enum ReceiverStatus implements UnnumberedCode {
  /** "Modtager forsat ydelse" (sic) — the same benefit group 52 weeks later. */
  CONTINUES_SAME_BENEFIT(
      "Modtager forsat ydelse",
      "Modtager fortsat ydelse",
      "Modtager forsat ydelsen",
      "Modtager fortsat ydelsen"),
  /** "Modtager anden ydelse" — another benefit group 52 weeks later. */
  OTHER_BENEFIT("Modtager anden ydelse", "Modtager anden ydelsen"),
  /** "Modtager ikke længere ydelse" — no benefit ("Ingen ydelse") 52 weeks later. */
  NO_LONGER_RECEIVES_BENEFIT(
      "Modtager ikke længere ydelse",
      "Modtager ikke længere ydelsen",
      "Modtager ikke længere ydelser");

  private final String officialName;
  private final ImmutableList<String> aliases;

  ReceiverStatus(String officialName, String... aliases) {
    this.officialName = officialName;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  /** The source gives no ids: always empty. */
  @Override
  public String officialName() {
    return officialName;
  }

  /** The §7.1.1/§10 variants and the corrected "fortsat". */
  @Override
  public List<String> aliases() {
    return aliases;
  }

  /**
   * The status with this name or alias, case- and accent-insensitive as {@link
   * CodeList#byName(String)}.
   *
   * @param name any string
   * @return the status, or empty
   */
  public static Optional<ReceiverStatus> byName(String name) {
    return CodeLookup.byName(ReceiverStatus.class, name);
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * ReceiverStatus} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ReceiverStatus from(Object value) {
    return OfficialCodes.parse(ReceiverStatus.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code ReceiverStatus} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
