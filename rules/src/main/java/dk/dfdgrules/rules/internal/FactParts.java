/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the constructors of the areas' facts records do with a part that is left out — null, from
 * JSON or from a caller: an optional part is absent, a list is empty.
 */
public final class FactParts {

  private FactParts() {}

  /**
   * An optional part, absent when left out.
   *
   * @param part the part, or null
   * @param <T> the part's type
   * @return the part, or empty when null
   */
  public static <T> Optional<T> orEmpty(@Nullable Optional<T> part) {
    return part == null ? Optional.empty() : part;
  }

  /**
   * A list part, copied; empty when left out.
   *
   * @param part the list, or null
   * @param <T> the elements' type
   * @return an unmodifiable copy, or an empty list when null
   * @throws NullPointerException if an element is null
   */
  public static <T> List<T> copyOrEmpty(@Nullable List<T> part) {
    return part == null ? List.of() : List.copyOf(part);
  }
}
