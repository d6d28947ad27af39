/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import java.util.List;

/**
 * A code list as the JSON that {@code dfdg codelists show NAME --format json} prints and {@code GET
 * /codelists/{name}} returns: its key, titles, source, version and codes.
 */
public final class CodeListJson {

  private CodeListJson() {}

  /**
   * A code list with some of its codes, e.g. those valid on a date.
   *
   * @param mapper a mapper
   * @param list the list
   * @param codes the codes to show
   * @return the tree
   */
  public static ObjectNode tree(ObjectMapper mapper, CodeList list, List<Code> codes) {
    ObjectNode root = summary(mapper, list);
    ArrayNode values = root.putArray("codes");
    for (Code c : codes) {
      ObjectNode n = values.addObject();
      c.id().ifPresent(id -> n.put("id", id));
      n.put("name", c.name());
      if (!c.aliases().isEmpty()) {
        ArrayNode a = n.putArray("aliases");
        c.aliases().forEach(a::add);
      }
      c.description().ifPresent(d -> n.put("description", d));
      c.validFrom().ifPresent(d -> n.put("validFrom", d.toString()));
      c.validTo().ifPresent(d -> n.put("validTo", d.toString()));
      if (!c.attributes().isEmpty()) {
        ObjectNode a = n.putObject("attributes");
        c.attributes().forEach(a::put);
      }
    }
    return root;
  }

  /**
   * A code list without its codes: key, titles, source, version, whether partial and its size.
   *
   * @param mapper a mapper
   * @param list the list
   * @return the tree
   */
  public static ObjectNode summary(ObjectMapper mapper, CodeList list) {
    ObjectNode root = mapper.createObjectNode();
    root.put("key", list.key());
    root.put("title", list.title());
    root.put("englishTitle", list.englishTitle());
    root.put("source", list.source());
    list.version().ifPresent(v -> root.put("version", v));
    root.put("partial", list.isPartial());
    root.put("size", list.size());
    return root;
  }
}
