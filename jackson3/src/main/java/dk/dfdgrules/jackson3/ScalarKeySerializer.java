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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a text scalar type as a map key ({@code "2019-Q3"}), as it writes it as a value. */
final class ScalarKeySerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ScalarType<?, ?> scalar;

  @SuppressWarnings("unchecked")
  ScalarKeySerializer(ScalarType<?, ?> scalar) {
    super((Class<Object>) scalar.type());
    this.scalar = scalar;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext provider)
      throws JacksonException {
    gen.writeName(scalar.write(value).toString());
  }
}
