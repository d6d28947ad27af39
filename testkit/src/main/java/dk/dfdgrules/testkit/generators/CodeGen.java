/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * Values of a code list ({@link CodeList}), in the list's order: shrinks towards the first value;
 * the first and the last (every value, for lists of at most 16) are edge cases. Data-driven: a new
 * release of a list needs no change here.
 *
 * <pre>{@code
 * codes(CodeLists.CONTACT_PERSON_TYPES).validOn(day).ids()
 * }</pre>
 */
public final class CodeGen implements Gen<Code> {

  private final CodeList list;
  private final List<Code> codes;
  private final String description;

  private CodeGen(CodeList list, List<Code> codes, String description) {
    checkArgument(!codes.isEmpty(), "the code list %s has no values %s", list.key(), description);
    this.list = list;
    this.codes = codes;
    this.description = description;
  }

  static CodeGen of(CodeList list) {
    return new CodeGen(list, list.codes(), "");
  }

  /**
   * Only the values valid on a day.
   *
   * @param day the day
   * @return the generator
   * @throws IllegalArgumentException if none is
   */
  public CodeGen validOn(LocalDate day) {
    return new CodeGen(
        list,
        codes.stream().filter(c -> c.isValidOn(requireNonNull(day))).toList(),
        description + " valid on " + day);
  }

  /**
   * Only the values that have an id.
   *
   * @return the generator
   * @throws IllegalArgumentException if none has
   */
  public CodeGen withIds() {
    return new CodeGen(
        list, codes.stream().filter(c -> c.id().isPresent()).toList(), description + " with ids");
  }

  /**
   * The values' ids (only values that have one).
   *
   * @return the generator
   */
  public Gen<String> ids() {
    return withIds().map(c -> c.id().orElseThrow());
  }

  /**
   * The values' official names.
   *
   * @return the generator
   */
  public Gen<String> names() {
    return map(Code::name);
  }

  /**
   * The values this generator chooses among.
   *
   * @return the values
   */
  public List<Code> values() {
    return codes;
  }

  @Override
  public Code generate(Source source) {
    return source.draw(Gens.elements(codes));
  }
}
