/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dk.dfdgrules.core.internal.mapping.ScalarType;
import java.io.IOException;

/**
 * Reads a model type from its scalar with the type's own {@code parse} or {@code of}. A malformed
 * value is an error with the type's message, which masks personal data (never the value itself).
 */
final class ScalarDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ScalarType<?, ?> scalar;

  ScalarDeserializer(ScalarType<?, ?> scalar) {
    super(scalar.type());
    this.scalar = scalar;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Object value = ctxt.readValue(p, scalar.scalar());
    try {
      return ((ScalarType<?, Object>) scalar).read(value);
    } catch (IllegalArgumentException e) {
      return ctxt.reportInputMismatch(
          this, "Not a valid %s: %s", handledType().getSimpleName(), e.getMessage());
    }
  }
}
