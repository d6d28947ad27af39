/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.rules.RuleTexts;
import dk.dfdgrules.rules.cases.RuleCase;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Area;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Example;
import dk.dfdgrules.server.catalogue.RuleCatalogue.RuleEntry;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** The catalogue as the JSON of {@code /areas}, {@code /rules} and {@code /rules/{id}}. */
final class CatalogueJson {

  private final ObjectMapper mapper;

  CatalogueJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode areas(RuleCatalogue catalogue) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode areas = root.putArray("areas");
    for (Area a : catalogue.areas()) {
      areas.add(areaSummary(a));
    }
    return root;
  }

  private ObjectNode areaSummary(Area a) {
    ObjectNode n = mapper.createObjectNode();
    n.put("name", a.name());
    n.put("verb", a.area().verb().word());
    n.put("description", a.area().description());
    n.put("evaluate", "/areas/" + a.name() + "/evaluate");
    ArrayNode rules = n.putArray("rules");
    a.rules().forEach(r -> rules.add(r.id().value()));
    return n;
  }

  ObjectNode area(Area a) {
    ObjectNode n = areaSummary(a);
    ArrayNode keys = n.putArray("announcedKeys");
    a.area().announcedKeys().forEach(keys::add);
    if (a.example().isPresent()) {
      try {
        n.set("example", mapper.readTree(a.example().get()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException("bundled example of " + a.name(), e);
      }
    }
    return n;
  }

  ObjectNode rules(RuleCatalogue catalogue) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode rules = root.putArray("rules");
    for (RuleEntry r : catalogue.rules()) {
      ObjectNode n = rules.addObject();
      n.put("id", r.id().value());
      n.put("area", r.area());
      ObjectNode title = n.putObject("title");
      title.put("da", RuleTexts.title(r.id(), Messages.DANISH));
      title.put("en", RuleTexts.title(r.id(), Messages.ENGLISH));
      n.put("href", "/rules/" + r.id());
      n.put("examples", r.examples().size());
    }
    return root;
  }

  ObjectNode rule(RuleEntry r) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", r.id().value());
    n.put("area", r.area());
    texts(n, r.id());
    var dated = r.datedVersions();
    if (!dated.isEmpty()) {
      SourceCitation latest = dated.get(dated.size() - 1).citation();
      n.put("quote", latest.quote());
      n.set("source", source(latest));
    }
    ArrayNode versions = n.putArray("versions");
    for (RuleVersion v : r.versions()) {
      ObjectNode vn = versions.addObject();
      vn.put("label", v.label());
      vn.put("key", v.key());
      vn.put("announced", v.announced());
      v.inForceFrom().ifPresent(d -> vn.put("inForceFrom", d.toString()));
      v.inForceUntil().ifPresent(d -> vn.put("inForceUntil", d.toString()));
      vn.set("source", source(v.citation()));
    }
    ArrayNode announced = n.putArray("announcedVersions");
    r.announcedVersions().forEach(v -> announced.add(v.key()));
    ArrayNode examples = n.putArray("examples");
    for (Example e : r.examples()) {
      examples.add(example(r.area(), e));
    }
    return n;
  }

  /** The title and summary in Danish and English. */
  private void texts(ObjectNode n, RuleId id) {
    ObjectNode title = n.putObject("title");
    title.put("da", RuleTexts.title(id, Messages.DANISH));
    title.put("en", RuleTexts.title(id, Messages.ENGLISH));
    ObjectNode summary = n.putObject("summary");
    summary.put("da", RuleTexts.summary(id, Messages.DANISH));
    summary.put("en", RuleTexts.summary(id, Messages.ENGLISH));
  }

  private ObjectNode source(SourceCitation c) {
    ObjectNode s = mapper.createObjectNode();
    s.put("document", c.document());
    s.put("section", c.section());
    s.put("quote", c.quote());
    s.put("reference", c.reference());
    c.link().ifPresent(l -> s.put("link", l));
    return s;
  }

  private ObjectNode example(String area, Example e) {
    RuleCase c = e.rule();
    ObjectNode n = mapper.createObjectNode();
    n.put("name", c.name());
    n.put("source", e.source());
    n.put("position", e.position());
    n.put("at", c.at().toString());
    ObjectNode enable = mapper.createObjectNode();
    for (Map.Entry<String, LocalDate> en : c.enable().orElse(Map.of()).entrySet()) {
      enable.put(en.getKey(), en.getValue().toString());
    }
    ArrayNode switchOff = mapper.createArrayNode();
    c.switchOff().orElse(java.util.List.of()).forEach(id -> switchOff.add(id.value()));
    if (!enable.isEmpty()) {
      n.set("enable", enable);
    }
    if (!switchOff.isEmpty()) {
      n.set("switchOff", switchOff);
    }
    n.set("facts", c.facts());
    n.set("expect", mapper.valueToTree(c.expect()));
    ObjectNode request = n.putObject("request");
    request.put("method", "POST");
    request.put("path", requestPath(area, c));
    request.set("body", c.facts());
    return n;
  }

  /** The path and query of the request that evaluates a case. */
  static String requestPath(String area, RuleCase c) {
    StringBuilder b =
        new StringBuilder("/areas/").append(area).append("/evaluate?at=").append(c.at());
    for (Map.Entry<String, LocalDate> en : c.enable().orElse(Map.of()).entrySet()) {
      b.append("&enable=")
          .append(URLEncoder.encode(en.getKey() + "=" + en.getValue(), StandardCharsets.UTF_8));
    }
    for (RuleId id : c.switchOff().orElse(java.util.List.of())) {
      b.append("&switchOff=").append(id.value());
    }
    return b.toString();
  }
}
