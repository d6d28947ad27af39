/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dk.dfdgrules.core.internal.mapping.ValueType;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a model value type as an object of its attributes, in the order of {@link ValueType}; an
 * empty optional is left out when the mapper's inclusion is {@code NON_ABSENT} or {@code
 * NON_EMPTY}, else written as null.
 */
final class ValueTypeSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ValueType<?> type;

  @SuppressWarnings("unchecked")
  ValueTypeSerializer(ValueType<?> type) {
    super((Class<Object>) type.type());
    this.type = type;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    JsonInclude.Include inclusion =
        provider.getConfig().getDefaultPropertyInclusion(type.type()).getValueInclusion();
    gen.writeStartObject(value);
    for (ValueType.Attribute attribute : type.attributes()) {
      Object v = attribute.valueOf(value);
      if (v instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          if (inclusion != JsonInclude.Include.NON_ABSENT
              && inclusion != JsonInclude.Include.NON_EMPTY) {
            gen.writeFieldName(attribute.name());
            gen.writeNull();
          }
          continue;
        }
        v = optional.get();
      }
      if (inclusion == JsonInclude.Include.NON_EMPTY && isEmptyContainer(v)) {
        continue;
      }
      gen.writeFieldName(attribute.name());
      provider.defaultSerializeValue(v, gen);
    }
    gen.writeEndObject();
  }

  private static boolean isEmptyContainer(Object v) {
    return v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
  }
}
