/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.internal.mapping;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A model type written as one scalar: a text ({@code CprNumber} as its ten digits, {@code IsoWeek}
 * as {@code 2019-W38}) or a number ({@code Money} as its amount in kroner).
 *
 * @param type the model type
 * @param scalar the scalar it is written as: {@link String} or {@link java.math.BigDecimal}
 * @param read makes a value of the scalar; throws {@link IllegalArgumentException} on a malformed
 *     one
 * @param write gives the scalar of a value (unmasked: JSON must round-trip)
 * @param <T> the model type
 * @param <S> the scalar
 */
public record ScalarType<T, S>(
    Class<T> type,
    Class<S> scalar,
    Function<? super S, ? extends T> read,
    Function<? super T, ? extends S> write) {

  /** Checks that no part is null. */
  public ScalarType {
    requireNonNull(type, "type");
    requireNonNull(scalar, "scalar");
    requireNonNull(read, "read");
    requireNonNull(write, "write");
  }

  /**
   * Whether the type is written as a text (and so can be a map key).
   *
   * @return {@code true} for a text
   */
  public boolean isText() {
    return scalar == String.class;
  }

  /**
   * Reads a value from its scalar.
   *
   * @param value the scalar
   * @return the value
   * @throws IllegalArgumentException if the scalar is malformed
   */
  public T read(S value) {
    return read.apply(value);
  }

  /**
   * Writes a value as its scalar.
   *
   * @param value a value of {@link #type()}
   * @return the scalar
   */
  public S write(Object value) {
    return write.apply(type.cast(value));
  }
}
