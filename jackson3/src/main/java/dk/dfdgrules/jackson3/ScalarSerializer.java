/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.jackson3;

import dk.dfdgrules.core.internal.mapping.ScalarType;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a model type as its scalar: a text ({@code "2019-W38"}) or a number ({@code 1740.96}). */
final class ScalarSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ScalarType<?, ?> scalar;

  @SuppressWarnings("unchecked")
  ScalarSerializer(ScalarType<?, ?> scalar) {
    super((Class<Object>) scalar.type());
    this.scalar = scalar;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext provider)
      throws JacksonException {
    Object written = scalar.write(value);
    if (written instanceof BigDecimal number) {
      gen.writeNumber(number);
    } else {
      gen.writeString(written.toString());
    }
  }
}
