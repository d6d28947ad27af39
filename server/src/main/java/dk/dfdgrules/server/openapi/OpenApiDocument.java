/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dfdgrules.server.catalogue.RuleCatalogue;

/** The service's OpenAPI 3.1 document. (A first version: to be generated in full.) */
public final class OpenApiDocument {

  private OpenApiDocument() {}

  /**
   * The document.
   *
   * @param catalogue the areas and rules served
   * @param mapper the mapper the service reads facts with
   * @return the document
   */
  public static ObjectNode of(RuleCatalogue catalogue, ObjectMapper mapper) {
    ObjectNode doc = mapper.createObjectNode();
    doc.put("openapi", "3.1.0");
    doc.putObject("info").put("title", "dfdg-rules").put("version", "0.1.0");
    doc.putObject("paths");
    return doc;
  }
}
