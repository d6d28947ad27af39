/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document of the library's areas, and its schemas as a standard validator (networknt, draft
 * 2020-12 with format assertions) applies them.
 */
final class OpenApiFixture {

  static final ObjectMapper MAPPER = DfdgJson.mapper();
  static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleAreas.all());
  static final ObjectNode DOCUMENT = OpenApiDocument.of(CATALOGUE, MAPPER);

  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  /** The document as the root of a schema resource, so that every pointer into it resolves. */
  private static final String ROOT;

  static {
    ObjectNode root = DOCUMENT.deepCopy();
    root.put("$schema", OpenApiDocument.DIALECT);
    ROOT = text(root);
  }

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private OpenApiFixture() {}

  /**
   * The schema at a place in the document.
   *
   * @param pointer a JSON pointer fragment, e.g. {@code #/components/schemas/Answer}
   */
  static Schema schema(String pointer) {
    return SCHEMAS.computeIfAbsent(
        pointer,
        p -> {
          String root = ROOT.substring(0, ROOT.length() - 1) + ",\"$ref\":" + quoted(p) + "}";
          return REGISTRY.getSchema(root, InputFormat.JSON);
        });
  }

  /** The schema of a component. */
  static Schema component(String name) {
    return schema(JsonSchemas.REF + pointerEscaped(name));
  }

  /** What the schema finds wrong with a value; empty when valid. */
  static List<String> errors(Schema schema, JsonNode value) {
    return schema.validate(text(value), InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** Whether the schema accepts a value. */
  static boolean valid(Schema schema, JsonNode value) {
    return errors(schema, value).isEmpty();
  }

  /** Whether the mapper reads the JSON as the type, as the service reads a body. */
  static boolean mapperReads(JsonNode json, Class<?> type) {
    try {
      MAPPER.readValue(MAPPER.writeValueAsBytes(json), type);
      return true;
    } catch (java.io.IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The pointer of the facts schema of an area's evaluate operation. */
  static String factsPointer(String area) {
    return DOCUMENT
        .at("/paths/" + pointerEscaped("/areas/" + area + "/evaluate") + "/post")
        .get(OpenApiDocument.AREA_EXTENSION)
        .get("facts")
        .asText();
  }

  static String pointerEscaped(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String s) {
    return MAPPER.getNodeFactory().textNode(s).toString();
  }
}
