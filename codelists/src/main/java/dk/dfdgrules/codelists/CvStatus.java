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
import org.jspecify.annotations.Nullable;

/**
 * CV-status — the approval status of a citizen's CV.
 *
 * <p>Source: DFDG-RN-2021-12-06 §4.1, §4.2. 'CV påbegyndt' (started) has no id in the source.
 */
public enum CvStatus implements OfficialCode {
  /** 1 — "Klar til godkendelse". */
  READY_FOR_APPROVAL("1", "Klar til godkendelse"),
  /** 2 — "CV godkendt"; §4.1 also writes 'Godkendt' (alias). */
  APPROVED("2", "CV godkendt", "Godkendt"),
  /** 3 — "CV ej godkendt"; §4.1 also writes 'Ej godkendt' (alias). */
  NOT_APPROVED("3", "CV ej godkendt", "Ej godkendt"),
  /**
   * 5 — "CV'et er ikke længere fyldestgørende"; §4.1 also writes 'CV'et ikke længere
   * fyldestgørende' (alias).
   */
  NO_LONGER_ADEQUATE(
      "5", "CV'et er ikke længere fyldestgørende", "CV'et ikke længere fyldestgørende"),
  /** No id in the source — "CV påbegyndt". */
  STARTED(null, "CV påbegyndt");

  private final @Nullable String code;
  private final String officialName;
  private final ImmutableList<String> aliases;

  CvStatus(@Nullable String code, String officialName, String... aliases) {
    this.code = code;
    this.officialName = officialName;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  /** The shorter forms the release note also uses in §4.1. */
  @Override
  public List<String> aliases() {
    return aliases;
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
   * The status with this official id, if there is one.
   *
   * @param id an id such as {@code "2"}
   * @return the status, or empty
   */
  public static Optional<CvStatus> findByCode(String id) {
    return CodeLookup.byCode(CvStatus.class, id);
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * CvStatus} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CvStatus from(Object value) {
    return OfficialCodes.parse(CvStatus.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code CvStatus} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
