/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dk.dfdgrules.core.internal.mapping.ValueType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads a model value type from an object of its attributes and builds it through its public
 * builder or factory. Strict whatever the mapper's configuration: an unknown property is an {@link
 * UnrecognizedPropertyException} naming it and the known ones, a missing required one or a null for
 * a non-optional one an error naming it, and a value the type rejects a {@link
 * ValueInstantiationException} with the type's own (personal-data-free) message. Errors carry the
 * path ({@code plan.jobcentreContact.email}).
 */
final class ValueTypeDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ValueType<?> type;

  ValueTypeDeserializer(ValueType<?> type) {
    super(type.type());
    this.type = type;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      return ctxt.handleUnexpectedToken(handledType(), p);
    }
    ValueType.Assembly<?> assembly = type.assemble();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      ValueType.Attribute attribute = type.attribute(name).orElse(null);
      if (attribute == null) {
        throw UnrecognizedPropertyException.from(
            p, handledType(), name, new ArrayList<Object>(type.names()));
      }
      try {
        Object value = read(attribute, p, ctxt);
        if (value != null) {
          assembly.set(attribute, value);
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, handledType(), name);
      }
    }
    if (!assembly.missing().isEmpty()) {
      return ctxt.reportInputMismatch(
          this,
          "Missing required propert%s %s of %s",
          assembly.missing().size() == 1 ? "y" : "ies",
          assembly.missing(),
          handledType().getSimpleName());
    }
    try {
      return assembly.build();
    } catch (RuntimeException e) {
      throw ValueInstantiationException.from(
          p,
          "Cannot build " + handledType().getSimpleName() + ": " + e.getMessage(),
          ctxt.constructType(handledType()),
          e);
    }
  }

  private static Object read(
      ValueType.Attribute attribute, JsonParser p, DeserializationContext ctxt) throws IOException {
    boolean optional = attribute.isOptional();
    Type declared = optional ? contentOf(attribute.type()) : attribute.type();
    JavaType javaType = ctxt.getTypeFactory().constructType(declared);
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      if (optional) {
        return null;
      }
      return ctxt.reportInputMismatch(
          javaType, "Null for '%s', which cannot be null", attribute.name());
    }
    Object value = ctxt.readValue(p, javaType);
    if (value instanceof Collection<?> c && c.stream().anyMatch(e -> e == null)) {
      return ctxt.reportInputMismatch(
          javaType, "Null element in '%s', which cannot hold one", attribute.name());
    }
    return optional ? Optional.of(value) : value;
  }

  private static Type contentOf(Type optional) {
    return ((ParameterizedType) optional).getActualTypeArguments()[0];
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return new ArrayList<>(type.names());
  }
}
