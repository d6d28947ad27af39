/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import dk.dfdgrules.codelists.internal.Masking;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lookups the code-list enums offer as their own static methods ({@code SupportNeed.of(int)},
 * {@code MentorType.find(int)}, {@code CvStatus.findByCode(String)}, {@code
 * ReceiverStatus.byName(String)} …), written once.
 */
final class CodeLookup {

  private CodeLookup() {}

  /**
   * The constant with this official id.
   *
   * @param type the enum
   * @param code an id such as {@code "2"}; matched exactly
   * @return the constant, or empty
   */
  static <E extends Enum<E> & OfficialCode> Optional<E> byCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.code().map(code::equals).orElse(false))
        .findFirst();
  }

  /**
   * The constant with this numeric id.
   *
   * @param type the enum
   * @param id any int
   * @return the constant, or empty
   */
  static <E extends Enum<E> & NumberedCode> Optional<E> byId(Class<E> type, int id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id() == id).findFirst();
  }

  /**
   * The constant with this numeric id, which must exist.
   *
   * @param type the enum, whose ids run without gaps from the first constant's to the last's
   * @param id an id
   * @param what what the id names, for the message ({@code "step"} gives "step must be 1-4, was 7")
   * @return the constant
   * @throws IllegalArgumentException if no constant has the id
   */
  static <E extends Enum<E> & NumberedCode> E ofId(Class<E> type, int id, String what) {
    return byId(type, id)
        .orElseThrow(
            () -> {
              E[] all = type.getEnumConstants();
              return new IllegalArgumentException(
                  what
                      + " must be "
                      + all[0].id()
                      + "-"
                      + all[all.length - 1].id()
                      + ", was "
                      + Masking.mask(String.valueOf(id)));
            });
  }

  /**
   * The constant with this name or alias, case- and accent-insensitive as {@link
   * CodeList#byName(String)} on the enum's list.
   *
   * @param type an enum served as a list ({@link CodeLists#fromEnum(Class)})
   * @param name any string
   * @return the constant, or empty
   */
  static <E extends Enum<E> & OfficialCode> Optional<E> byName(Class<E> type, String name) {
    return CodeLists.fromEnum(type)
        .byName(name)
        .flatMap(code -> code.attribute("constant"))
        .map(constant -> Enum.valueOf(type, constant));
  }
}
