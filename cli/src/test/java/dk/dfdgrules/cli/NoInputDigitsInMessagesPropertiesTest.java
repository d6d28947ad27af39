/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.OfficialCodes;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.extracts.csv.Masking;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.rules.dream.DreamCalendar;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.rules.dream.PriorityTable;
import dk.dfdgrules.rules.refusion.LisValues;
import dk.dfdgrules.rules.refusion.NetExpenseMapping;
import dk.dfdgrules.rules.refusion.YumuAmount;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;

/**
 * No parser, value type, area or JSON-reading command shows ten digits of its input: a CPR number
 * put into any parser, or into any field of any area's example facts (as text with or without its
 * hyphen, with dots or spaces between its digits, as a number, with letters around it, as a key …),
 * never comes back whole in an exception message, a {@code toString}, a violation's text or a line
 * the command line prints on standard error. A digit "comes back" when a run of ten digits in what
 * is shown, or the CPR number's digits with single separators between them, appears in the input.
 */
class NoInputDigitsInMessagesPropertiesTest {

  private static final ObjectMapper JSON = DfdgJson.mapper();
  private static final LocalDate AT = LocalDate.of(2024, 6, 3);

  /** A CPR number and a text that holds it. */
  record Hostile(String cpr, String text) {}

  /** A CPR number in the forms a careless user types it. */
  static Gen<String> cprForms(String cpr) {
    return Gens.elements(
        cpr,
        cpr.substring(0, 6) + "-" + cpr.substring(6),
        cpr.substring(0, 4) + "." + cpr.substring(4, 7) + "." + cpr.substring(7),
        cpr.substring(0, 2)
            + " "
            + cpr.substring(2, 4)
            + " "
            + cpr.substring(4, 6)
            + " "
            + cpr.substring(6, 8)
            + " "
            + cpr.substring(8),
        cpr + "x",
        "x" + cpr,
        "y_" + cpr,
        "2019-W" + cpr,
        cpr.substring(0, 4) + "-W" + cpr.substring(4),
        cpr.substring(0, 4) + "-Q" + cpr.substring(4),
        cpr + "/..",
        "2019-01-01/" + cpr,
        "SN-" + cpr,
        "+45 " + cpr,
        cpr + "@" + cpr + ".dk",
        "a@" + cpr + ".dk",
        " " + cpr + " ",
        cpr + ",00",
        cpr.charAt(0)
            + "."
            + cpr.substring(1, 4)
            + "."
            + cpr.substring(4, 7)
            + "."
            + cpr.substring(7),
        cpr + cpr);
  }

  static Gen<String> cprs() {
    return Gens.strings("0123456789", 10, 10);
  }

  Gen<Hostile> hostileTexts() {
    return cprs()
        .flatMap(
            cpr ->
                Gens.oneOf(
                        cprForms(cpr),
                        Gens.strings("0123456789-./ WQy_x@+,:", 0, 30)
                            .map(noise -> noise + cpr + noise))
                    .map(text -> new Hostile(cpr, text)));
  }

  /** Every parser of text the library has, by name, with whether its result's text may be shown. */
  static final Map<String, Function<String, Object>> PARSERS = new LinkedHashMap<>();

  /**
   * Parsers whose value's text form is the value read: an organisation's number, an amount (a CPR
   * number typed as an amount is an amount; only messages about malformed input are checked).
   */
  static final List<String> IDENTITY =
      List.of(
          "CvrNumber.parse",
          "PNumber.parse",
          "LisValues.parseOere",
          "LisValues.parseAmount",
          "YumuAmount.parse",
          "Money.parse");

  static {
    PARSERS.put("CvrNumber.parse", CvrNumber::parse);
    PARSERS.put("PNumber.parse", PNumber::parse);
    PARSERS.put("IsoWeek.parse", IsoWeek::parse);
    PARSERS.put("IsoWeek.parseDreamColumn", IsoWeek::parseDreamColumn);
    PARSERS.put("DatePeriod.parse", DatePeriod::parse);
    PARSERS.put("YearQuarter.parse", YearQuarter::parse);
    PARSERS.put("RuleId.of", RuleId::of);
    PARSERS.put("PhoneNumber.parse", PhoneNumber::parse);
    PARSERS.put("EmailAddress.parse", EmailAddress::parse);
    PARSERS.put("CprNumber.parse", CprNumber::parse);
    PARSERS.put("PersonKey.of", PersonKey::of);
    PARSERS.put("PersonKey.runningNumber", PersonKey::runningNumber);
    PARSERS.put("PeriodType.parse", PeriodType::parse);
    PARSERS.put("DreamCalendar.parseQuarter", DreamCalendar::parseQuarter);
    PARSERS.put("DreamCalendar.parseColumn", DreamCalendar::parseColumn);
    PARSERS.put("DreamCalendar.parseWeek", DreamCalendar::parseWeek);
    PARSERS.put("CodeLists.get", CodeLists::get);
    PARSERS.put("OfficialCodes.parse(Step)", t -> OfficialCodes.parse(Step.class, t));
    PARSERS.put("OfficialCodes.parse(PlanType)", t -> OfficialCodes.parse(PlanType.class, t));
    PARSERS.put(
        "OfficialCodes.parse(Step, number)",
        t -> OfficialCodes.parse(Step.class, new BigInteger(t.replaceAll("\\D", "0") + "0")));
    PARSERS.put("LisValues.parseOere", LisValues::parseOere);
    PARSERS.put("LisValues.parseAmount", LisValues::parseAmount);
    PARSERS.put("LisValues.parseWeek", LisValues::parseWeek);
    PARSERS.put("YumuAmount.parse", YumuAmount::parse);
    PARSERS.put("Money.parse", Money::parse);
    PARSERS.put("PriorityTable.parseCodes", PriorityTable::parseCodes);
    PARSERS.put("NetExpenseMapping.parse", t -> NetExpenseMapping.parse(t).terms().size());
    PARSERS.put(
        "JobcentreContact",
        t ->
            JobcentreContact.builder()
                .name(t)
                .email(t)
                .phone(t)
                .cvr(t)
                .pNumber(t)
                .internalKey(t)
                .build());
    PARSERS.put("Masking.mask", t -> Masking.mask(t, 40));
    PARSERS.put("DfdgJson.mask", DfdgJson::mask);
    for (Class<?> type :
        List.of(
            CprNumber.class,
            IsoWeek.class,
            YearQuarter.class,
            DatePeriod.class,
            LocalDate.class,
            Step.class,
            PhoneNumber.class,
            Integer.class,
            BigDecimal.class)) {
      PARSERS.put(
          "JSON " + type.getSimpleName(),
          t -> {
            String json = JSON.valueToTree(t).toString();
            try {
              return JSON.readValue(json, type);
            } catch (JsonProcessingException e) {
              throw new IllegalArgumentException(DfdgJson.describe("input", e));
            }
          });
    }
  }

  Gen<String> parsers() {
    return Gens.elements(List.copyOf(PARSERS.keySet()));
  }

  @Property(tries = 2000)
  void noParserShowsTenDigitsOfItsInput(
      @ForAll("parsers") String parser, @ForAll("hostileTexts") Hostile input) {
    Object value;
    try {
      value = PARSERS.get(parser).apply(input.text());
    } catch (IllegalArgumentException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertShowsNoDigitsOf(input, parser + " message", t.getMessage());
      }
      return;
    }
    if (!IDENTITY.contains(parser) && !parser.startsWith("JSON")) {
      assertShowsNoDigitsOf(input, parser + " toString", String.valueOf(value));
    }
  }

  // ---------------------------------------------------------------- areas

  /** A library area, its example's JSON, and the JSON pointers of its values. */
  record Example(RuleArea<?, ?> area, JsonNode facts, List<String> pointers) {}

  static final List<Example> EXAMPLES = examples();

  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (RuleArea<?, ?> area : RuleAreas.library()) {
      String resource = area.exampleResource().orElseThrow();
      try (InputStream in = area.getClass().getClassLoader().getResourceAsStream(resource)) {
        JsonNode facts = JSON.readTree(in);
        List<String> pointers = new ArrayList<>();
        collect(facts, "", pointers);
        out.add(new Example(area, facts, pointers));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static void collect(JsonNode node, String at, List<String> pointers) {
    if (!at.isEmpty()) {
      pointers.add(at);
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        collect(node.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, pointers);
      }
    }
  }

  /** Facts of an area in which one value is replaced by a CPR number in some form. */
  record Mutated(RuleArea<?, ?> area, String cpr, String json) {}

  Gen<Mutated> mutatedFacts() {
    return Gens.zip(
        Gens.elements(EXAMPLES),
        cprs(),
        Gens.integers(0, Integer.MAX_VALUE),
        Gens.integers(0, 11),
        (example, cpr, where, how) -> mutate(example, cpr, where, how));
  }

  private static Mutated mutate(Example example, String cpr, int where, int how) {
    JsonNode root = example.facts().deepCopy();
    String text = cprForms(cpr).sample(where);
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode value =
        switch (how) {
          case 0 -> TextNode.valueOf(cpr);
          case 1 -> TextNode.valueOf(text);
          case 2 -> LongNode.valueOf(Long.parseLong(cpr));
          case 3 -> DecimalNode.valueOf(new BigDecimal(cpr + ".5"));
          case 4 -> f.arrayNode().add(text);
          case 5 -> f.objectNode().put(cpr, cpr);
          case 6 -> BooleanNode.TRUE;
          default -> TextNode.valueOf(text);
        };
    String json;
    if (how == 7 || example.pointers().isEmpty()) {
      json = root + " " + text; // trailing garbage
    } else if (how == 8) {
      json = root.toString().replaceFirst("\\{", "{\"" + cpr + "\": 1, "); // an unknown key
    } else if (how == 9 && root.isObject() && root.fieldNames().hasNext()) {
      String first = root.fieldNames().next();
      json = root.toString().replaceFirst("\\{", "{\"" + first + "\": \"" + cpr + "\", ");
    } else {
      String pointer = example.pointers().get(where % example.pointers().size());
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (parent instanceof ObjectNode o) {
        o.set(last, value);
      } else if (parent instanceof ArrayNode a) {
        a.set(Integer.parseInt(last), value);
      }
      json = root.toString();
    }
    return new Mutated(example.area(), cpr, json);
  }

  @Property(tries = 1500)
  void noAreaShowsTenDigitsOfItsFacts(@ForAll("mutatedFacts") Mutated m) {
    Hostile input = new Hostile(m.cpr(), m.json());
    Object facts;
    try {
      facts = JSON.readValue(m.json(), m.area().factsType());
    } catch (JsonProcessingException e) {
      assertShowsNoDigitsOf(input, m.area().name() + " JSON error", DfdgJson.describe("in", e));
      return;
    } catch (IllegalArgumentException e) {
      assertShowsNoDigitsOf(input, m.area().name() + " facts", e.getMessage());
      return;
    }
    Answer<?> answer =
        m.area().evaluateFacts(facts, dk.dfdgrules.core.rule.EvaluationContext.on(AT));
    for (RuleResult r : answer.results()) {
      for (Violation v : r.violations()) {
        for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
          assertShowsNoDigitsOf(input, m.area().name() + " " + v.ruleId(), v.text(locale));
        }
        assertShowsNoDigitsOf(input, m.area().name() + " violation", v.toString());
      }
    }
  }

  @TempDir Path dir;

  @Property(tries = 150)
  void evaluateShowsNoTenDigitsOfItsFactsAndNeverFailsInternally(@ForAll("mutatedFacts") Mutated m)
      throws IOException {
    Path file = Files.writeString(dir.resolve("facts.json"), m.json(), StandardCharsets.UTF_8);
    CliRun r = CliRun.run("evaluate", m.area().name(), file.toString(), "--at", AT.toString());
    assertThat(r.exitCode()).as(r.err()).isNotEqualTo(ExitCodes.INTERNAL);
    if (r.exitCode() == ExitCodes.USAGE) {
      assertThat(r.err().strip()).as(m.json()).startsWith("dfdg: ").doesNotContain("\n");
    }
    assertShowsNoDigitsOf(new Hostile(m.cpr(), m.json()), "dfdg evaluate stderr", r.err());
  }

  // ---------------------------------------------------------------- the check

  /**
   * Fails if {@code shown} holds a run of ten digits that is in the input, or the CPR number's
   * digits with at most one separator between each two.
   */
  static void assertShowsNoDigitsOf(Hostile input, String what, String shown) {
    if (shown == null) {
      return;
    }
    String inputDigits = digitsOf(input.text());
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= shown.length(); i++) {
      char c = i < shown.length() ? shown.charAt(i) : 'x';
      if (Character.isDigit(c)) {
        run.append(c);
        continue;
      }
      for (int k = 0; k + 10 <= run.length(); k++) {
        String window = run.substring(k, k + 10);
        assertThat(inputDigits.contains(window))
            .as("%s shows ten digits of the input %s: %s", what, input.text(), shown)
            .isFalse();
      }
      run.setLength(0);
    }
    assertThat(groupedDigits(shown))
        .as("%s shows the CPR number of the input %s: %s", what, input.text(), shown)
        .doesNotContain(input.cpr());
  }

  private static String digitsOf(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().filter(Character::isDigit).forEach(c -> b.append((char) c));
    return b.toString();
  }

  /** The text with every single non-letter between two digits removed. */
  private static String groupedDigits(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean joiner =
          !Character.isLetterOrDigit(c)
              && i > 0
              && i + 1 < s.length()
              && Character.isDigit(s.charAt(i - 1))
              && Character.isDigit(s.charAt(i + 1));
      if (!joiner) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
