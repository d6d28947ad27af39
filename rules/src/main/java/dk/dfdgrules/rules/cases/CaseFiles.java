/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.io.CharStreams;
import dk.dfdgrules.json.DfdgJson;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads case files (YAML or JSON) from a reader the caller opened. */
// Jackson is optional (requires static, not transitive): a module that reads case files reads
// Jackson
@SuppressWarnings("exports")
public final class CaseFiles {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(new GuavaModule())
          .addModule(DfdgJson.module())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private CaseFiles() {}

  /**
   * Reads a case file.
   *
   * @param reader the file's content, YAML or JSON
   * @param source the file's name, for messages
   * @return the cases
   * @throws CaseFileException naming the file, line and field, if the file is malformed: not YAML,
   *     a key given twice, a YAML tag ({@code !name}) or alias ({@code *name}), a second document,
   *     no {@code area}, or {@code cases} that is not a list of at least one entry
   * @throws IOException if reading fails
   */
  public static CaseFile read(Reader reader, String source) throws IOException {
    JsonNode root;
    try {
      String text = CharStreams.toString(reader);
      checkPlainYaml(text);
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new CaseFileException(describe(source, e), e);
    }
    if (!(root instanceof ObjectNode obj) || !obj.hasNonNull("area") || !obj.has("cases")) {
      throw new CaseFileException(source + ": a case file needs 'area' and 'cases'");
    }
    String area = obj.get("area").asText();
    JsonNode entries = obj.get("cases");
    if (!entries.isArray()) {
      throw new CaseFileException(source + ": 'cases' must be a list of cases (- name: …)");
    }
    if (entries.isEmpty()) {
      throw new CaseFileException(source + ": 'cases' holds no case; a case file needs one");
    }
    List<RuleCase> cases = new ArrayList<>();
    List<CaseFile.BrokenCase> broken = new ArrayList<>();
    int position = 0;
    for (JsonNode c : entries) {
      position++;
      String name = c.path("name").isValueNode() ? c.path("name").asText() : "case " + position;
      String problem = problemOf(c);
      if (problem != null) {
        broken.add(new CaseFile.BrokenCase(position, name, problem));
        continue;
      }
      try {
        cases.add(YAML.treeToValue(c, RuleCase.class));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        String why =
            e instanceof JsonProcessingException j
                ? describeField(j)
                : mask(String.valueOf(e.getMessage()));
        broken.add(new CaseFile.BrokenCase(position, name, why));
      }
    }
    return new CaseFile(source, area, cases, broken);
  }

  /**
   * Rejects what Jackson would read without a word but a case file does not mean: a YAML tag
   * ({@code !name} or {@code !!str}: its meaning would be ignored), an alias ({@code *name}: read
   * as the text {@code name}) and a second document after {@code ---} (never read). Duplicate keys
   * are rejected by the parser itself.
   */
  private static void checkPlainYaml(String text) throws IOException {
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      YAMLParser yaml = (YAMLParser) p;
      int depth = 0;
      boolean rootRead = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (rootRead) {
          throw new JsonParseException(
              p,
              "a second YAML document (after ---); a case file is one document",
              p.currentTokenLocation());
        }
        if (t != JsonToken.FIELD_NAME && !t.isStructEnd()) {
          if (yaml.isCurrentAlias()) {
            throw new JsonParseException(
                p,
                "a YAML alias (*" + mask(p.getText()) + "); a case file writes every value out",
                p.currentTokenLocation());
          }
          String tag = yaml.getTypeId();
          if (tag != null) {
            throw new JsonParseException(
                p,
                "a YAML tag ("
                    + mask(
                        tag.startsWith(CORE_TAG)
                            ? "!!" + tag.substring(CORE_TAG.length())
                            : "!" + tag)
                    + "); a case file uses no tags",
                p.currentTokenLocation());
          }
        }
        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        rootRead = depth == 0;
      }
    }
  }

  /** The prefix of the YAML core tags ({@code !!str} is {@code tag:yaml.org,2002:str}). */
  private static final String CORE_TAG = "tag:yaml.org,2002:";

  /** The keys of a case. */
  private static final java.util.Set<String> CASE_KEYS =
      java.util.Set.of("name", "at", "enable", "switchOff", "facts", "expect");

  /** What keeps an entry of {@code cases} from being a case, or null when nothing does. */
  private static String problemOf(JsonNode c) {
    if (c == null || c.isNull() || c.isMissingNode()) {
      return "an empty entry (a '-' with nothing after it)";
    }
    if (!c.isObject()) {
      return "not a case: a case is a mapping with name, at, facts and expect";
    }
    List<String> missing = new ArrayList<>();
    if (!c.hasNonNull("at")) {
      missing.add("'at' (the evaluation date)");
    }
    if (!c.hasNonNull("facts")) {
      missing.add("'facts' (write facts: {} for none)");
    }
    if (!c.hasNonNull("expect")) {
      missing.add("'expect'");
    }
    if (missing.isEmpty()) {
      return null;
    }
    List<String> unknown = new ArrayList<>();
    c.fieldNames()
        .forEachRemaining(
            f -> {
              if (!CASE_KEYS.contains(f)) {
                unknown.add("'" + f + "'");
              }
            });
    return "missing "
        + String.join(", ", missing)
        + (unknown.isEmpty() ? "" : "; unknown key " + String.join(", ", unknown));
  }

  /**
   * A one-line description of a JSON/YAML error: file, line and column, the field path, and what is
   * wrong, every value of the input masked — {@link DfdgJson#describe}, the library's one wording.
   *
   * @param source the file's name
   * @param e the error
   * @return the description
   */
  public static String describe(String source, JsonProcessingException e) {
    return DfdgJson.describe(source, e);
  }

  /**
   * The field path and the reason of a JSON error, masked — {@link DfdgJson#describeField}.
   *
   * @param e the error
   * @return e.g. {@code field 'plan.step': not a value of Step …}
   */
  public static String describeField(JsonProcessingException e) {
    return DfdgJson.describeField(e);
  }

  /**
   * Masks what may be a CPR number in a message about the input, by the library's one policy
   * ({@link DfdgJson#mask}): every group of six digits or more becomes asterisks, dates stay
   * readable, and the text is cut to a bounded length.
   *
   * @param text a message that may quote the input
   * @return the message masked
   */
  static String mask(String text) {
    return DfdgJson.mask(text);
  }
}
