/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.openapi;

import static dk.dfdgrules.server.openapi.OpenApiFixture.CATALOGUE;
import static dk.dfdgrules.server.openapi.OpenApiFixture.DOCUMENT;
import static dk.dfdgrules.server.openapi.OpenApiFixture.REGISTRY;
import static dk.dfdgrules.server.openapi.OpenApiFixture.errors;
import static dk.dfdgrules.server.openapi.OpenApiFixture.pointerEscaped;
import static dk.dfdgrules.server.openapi.OpenApiFixture.schema;
import static dk.dfdgrules.server.openapi.OpenApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Area;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  @Test
  void theDocumentIsOpenApi310WithoutAMessageFromSwaggerParser() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text(DOCUMENT), null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getPaths())
        .containsKeys("/health", "/areas/{area}", "/rules/{id}");
    assertThat(result.getOpenAPI().getInfo().getLicense().getIdentifier()).isEqualTo("MPL-2.0");
  }

  @Test
  void everyComponentSchemaIsAValidDraft202012Schema() {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(OpenApiDocument.DIALECT));
    JsonNode schemas = DOCUMENT.at("/components/schemas");
    Map<String, List<String>> invalid = new LinkedHashMap<>();
    schemas
        .properties()
        .forEach(
            e -> {
              List<String> errors = errors(metaSchema, e.getValue());
              if (!errors.isEmpty()) {
                invalid.put(e.getKey(), errors);
              }
            });

    assertThat(schemas.size()).isGreaterThan(CATALOGUE.areas().size() * 2);
    assertThat(invalid).isEmpty();
  }

  @Test
  void aSchemaThatBreaksTheMetaSchemaIsCaught() {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(OpenApiDocument.DIALECT));
    JsonNode broken = OpenApiFixture.MAPPER.createObjectNode().put("type", "no-such-type");

    assertThat(errors(metaSchema, broken)).isNotEmpty();
  }

  @Test
  void everyAreaHasItsEvaluatePathWithItsRequestAndFactsSchemas() {
    for (Area a : CATALOGUE.areas()) {
      JsonNode post =
          DOCUMENT.at("/paths/" + pointerEscaped("/areas/" + a.name() + "/evaluate") + "/post");
      assertThat(post.isObject()).as(a.name()).isTrue();
      JsonNode body = post.at("/requestBody/content/application~1json");
      String request = body.at("/schema/$ref").asText();
      String facts = post.at("/" + OpenApiDocument.AREA_EXTENSION + "/facts").asText();

      assertThat(request).as(a.name()).startsWith(JsonSchemas.REF);
      assertThat(DOCUMENT.at(request.substring(1)).at("/properties").isObject())
          .as(a.name())
          .isTrue();
      assertThat(DOCUMENT.at(facts.substring(1)).isObject()).as(a.name()).isTrue();
      assertThat(DOCUMENT.at(request.substring(1) + "/properties/switchOff").isObject()).isTrue();
      assertThat(post.at("/requestBody/required").asBoolean()).isTrue();
      assertThat(post.at("/parameters/0/name").asText()).isEqualTo("at");
      assertThat(post.at("/responses/200/content/application~1json/schema/$ref").asText())
          .isEqualTo(JsonSchemas.REF + "Answer");
      assertThat(body.at("/examples").size()).as(a.name()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void everyExampleInTheDocumentIsValidByItsSchema() {
    List<String> checked = new ArrayList<>();
    Map<String, List<String>> invalid = new LinkedHashMap<>();
    examples(
        DOCUMENT,
        "",
        (where, schemaPointer, value) -> {
          checked.add(where);
          List<String> errors = errors(schema("#" + schemaPointer), value);
          if (!errors.isEmpty()) {
            invalid.put(where, errors);
          }
        });

    assertThat(checked)
        .hasSizeGreaterThan(CATALOGUE.areas().size() * 3)
        .contains(
            "/paths/~1areas~1udb-subscription~1evaluate/post/requestBody/content/application~1json/examples/example");
    assertThat(invalid).isEmpty();
  }

  interface ExampleVisitor {
    void visit(String where, String schemaPointer, JsonNode value);
  }

  /**
   * Every {@code example} and {@code examples} beside a {@code schema}: of the parameters and the
   * media types.
   */
  static void examples(JsonNode node, String pointer, ExampleVisitor visitor) {
    if (node.isObject()) {
      if (node.has("schema") && node.get("schema").isObject()) {
        String schema = pointer + "/schema";
        if (node.has("example")) {
          visitor.visit(pointer + "/example", schema, node.get("example"));
        }
        if (node.has("examples")) {
          node.get("examples")
              .properties()
              .forEach(
                  e ->
                      visitor.visit(
                          pointer + "/examples/" + pointerEscaped(e.getKey()),
                          schema,
                          e.getValue().get("value")));
        }
      }
      node.properties()
          .forEach(
              e -> {
                if (!e.getKey().equals("examples") && !e.getKey().equals("example")) {
                  examples(e.getValue(), pointer + "/" + pointerEscaped(e.getKey()), visitor);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        examples(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }
}
