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
import org.jspecify.annotations.Nullable;

/**
 * Lukkeårsag — why a UDB subscription (abonnement på uddannelseshændelser) was closed.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.4. The source also closes subscriptions for a completed
 * vocational education but gives that no reason id: {@link #COMPLETED_VOCATIONAL_EDUCATION} has
 * none, and its name is this library's description, not an official name.
 */
public enum CloseReason implements OfficialCode {
  /** 4 — "Kontaktgruppe lukket". */
  CONTACT_GROUP_CLOSED("4", "Kontaktgruppe lukket"),
  /** 5 — "Alder". */
  AGE("5", "Alder"),
  /** 7 — "Kontaktgruppeskift". */
  CONTACT_GROUP_CHANGE("7", "Kontaktgruppeskift"),
  /** 8 — "Plantypeskift". */
  PLAN_TYPE_CHANGE("8", "Plantypeskift"),
  /**
   * No id in the source: closed because UDB reported a completed vocational
   * (erhvervskompetencegivende) education (SUB-3, from 2021-12-06).
   */
  COMPLETED_VOCATIONAL_EDUCATION(null, "Gennemført erhvervskompetencegivende uddannelse");

  private final @Nullable String code;
  private final String officialName;

  CloseReason(@Nullable String code, String officialName) {
    this.code = code;
    this.officialName = officialName;
  }

  @Override
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * For {@link #COMPLETED_VOCATIONAL_EDUCATION}: that its name is the library's, and where it comes
   * from; empty for the others.
   */
  @Override
  public Optional<String> description() {
    return this == COMPLETED_VOCATIONAL_EDUCATION
        ? Optional.of(
            "Ikke et officielt navn: kilden giver hverken id eller navn. DFDG lukker abonnementet,"
                + " når besked fra UDB om gennemført erhvervskompetencegivende uddannelse er"
                + " modtaget (DFDG-RN-2021-12-06 §3.4)")
        : Optional.empty();
  }

  /** 2021-12-06 for {@link #COMPLETED_VOCATIONAL_EDUCATION} (SUB-3); empty for the others. */
  @Override
  public Optional<LocalDate> validFrom() {
    return this == COMPLETED_VOCATIONAL_EDUCATION
        ? Optional.of(Sources.DFDG_RELEASE)
        : Optional.empty();
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * CloseReason} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CloseReason from(Object value) {
    return OfficialCodes.parse(CloseReason.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code CloseReason} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
