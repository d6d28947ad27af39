/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value of an official code list that is closed enough to be an {@code enum} in this library
 * (support needs, plan types, close reasons …). Every such enum is also served as a {@link
 * CodeList} through {@link CodeLists}, so callers see one uniform API: {@link
 * CodeLists#fromEnum(Class)} gives the list, {@link Code#from(OfficialCode)} one value.
 *
 * <p>The {@linkplain #officialName() official name} is the Danish name exactly as the source
 * publishes it; it is a display name, never translated. The default methods describe a value with
 * no aliases, no description, no validity limits and no extra attributes; an enum overrides those
 * that its source gives. An enum whose source numbers every value implements {@link NumberedCode};
 * one whose source gives no ids at all, {@link UnnumberedCode}.
 */
public interface OfficialCode {

  /**
   * The official id of the value, as the source gives it ({@code "5"} for close reason 'Alder'), or
   * empty where the source gives the value no id (plan types, 'CV påbegyndt').
   *
   * @return the id, never null
   */
  Optional<String> code();

  /**
   * The official Danish name, as published.
   *
   * @return the name, never null or blank
   */
  String officialName();

  /**
   * Other spellings of the name that lookups by name accept (never display names).
   *
   * @return the aliases, possibly empty; by default empty
   */
  default List<String> aliases() {
    return ImmutableList.of();
  }

  /**
   * The source's description of the value, where it gives one.
   *
   * @return the description, or empty (the default)
   */
  default Optional<String> description() {
    return Optional.empty();
  }

  /**
   * The first day the value is valid, where the sources give one.
   *
   * @return the date, or empty (the default) when valid since before the sources
   */
  default Optional<LocalDate> validFrom() {
    return Optional.empty();
  }

  /**
   * The last day (inclusive) the value is valid, where the sources give one.
   *
   * @return the date, or empty (the default) when still valid
   */
  default Optional<LocalDate> validTo() {
    return Optional.empty();
  }

  /**
   * List-specific extra facts about the value, as text ({@link BenefitGroup} gives its current and
   * coming names). {@link Code#from(OfficialCode)} adds the constant's name under {@code
   * "constant"} for enums.
   *
   * @return the attributes, possibly empty; by default empty
   */
  default Map<String, String> attributes() {
    return ImmutableMap.of();
  }

  /**
   * Whether the value is valid on a date: on or after {@link #validFrom()} and on or before {@link
   * #validTo()}, where given.
   *
   * @param date any date
   * @return true if valid on {@code date}
   */
  default boolean isValidOn(LocalDate date) {
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }
}
