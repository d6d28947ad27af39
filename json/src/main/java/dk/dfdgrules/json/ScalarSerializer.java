/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dk.dfdgrules.core.internal.mapping.ScalarType;
import java.io.IOException;
import java.math.BigDecimal;

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
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    Object written = scalar.write(value);
    if (written instanceof BigDecimal number) {
      gen.writeNumber(number);
    } else {
      gen.writeString(written.toString());
    }
  }
}
