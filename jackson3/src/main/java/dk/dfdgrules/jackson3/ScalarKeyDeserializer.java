/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.jackson3;

import dk.dfdgrules.core.internal.mapping.ScalarType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/** Reads a text scalar type from a map key ({@code "2019-Q3"}). */
final class ScalarKeyDeserializer extends KeyDeserializer {

  private final ScalarType<?, ?> scalar;

  ScalarKeyDeserializer(ScalarType<?, ?> scalar) {
    this.scalar = scalar;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
    try {
      return ((ScalarType<?, String>) scalar).read(key);
    } catch (IllegalArgumentException e) {
      return ctxt.handleWeirdKey(scalar.type(), key, "%s", e.getMessage());
    }
  }
}
