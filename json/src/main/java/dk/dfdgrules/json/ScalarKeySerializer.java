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
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName(scalar.write(value).toString());
  }
}
