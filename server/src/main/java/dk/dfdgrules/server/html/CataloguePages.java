/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.rules.cases.Expectation;
import dk.dfdgrules.rules.cases.ExpectedDerivedValue;
import dk.dfdgrules.rules.cases.RuleCase;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Area;
import dk.dfdgrules.server.catalogue.RuleCatalogue.Example;
import dk.dfdgrules.server.catalogue.RuleCatalogue.RuleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue's HTML pages: the front page lists the areas and their rules; a rule's page shows
 * its title and summary in Danish and English, its Danish source text and citation, its versions on
 * a timeline of in-force dates, and the worked examples of its case file, each with a "try it" form
 * when served.
 *
 * <p>Plain server-rendered HTML with one style sheet, readable on a phone and usable without
 * JavaScript; only "try it" needs the small script {@code catalogue.js}, which sends the example to
 * {@code POST /areas/{area}/evaluate}. The page chrome is in the page's language (Danish by
 * default, English); the source texts stay Danish. Every text is HTML-escaped.
 */
public final class CataloguePages {

  /** Whether the pages are served (with "try it") or written as a static site (without). */
  public enum Mode {
    /** Served by the service: examples have a "try it" form. */
    LIVE,
    /** Written to files: no form, links between files. */
    STATIC
  }

  /**
   * A static file the pages use.
   *
   * @param bytes the content
   * @param contentType its media type
   */
  public record Asset(byte[] bytes, String contentType) {}

  /** The style sheet every page uses. */
  static final String CSS = "catalogue.css";

  /** The script of "try it" (served pages only). */
  static final String SCRIPT = "catalogue.js";

  private static final ImmutableMap<String, Asset> ASSETS =
      ImmutableMap.of(
          CSS, new Asset(resource(CSS), "text/css; charset=utf-8"),
          SCRIPT, new Asset(resource(SCRIPT), "text/javascript; charset=utf-8"));

  /** Facts as a person writes them: two-space indents, {@code "name": value}. */
  private static final ObjectWriter PRETTY =
      JsonMapper.builder()
          .build()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  /** A rule's title or summary on the front page is cut after this many characters. */
  private static final int SHORT = 160;

  private final RuleCatalogue catalogue;
  private final Mode mode;

  /**
   * Pages of a catalogue.
   *
   * @param catalogue the catalogue
   * @param mode served or static
   */
  public CataloguePages(RuleCatalogue catalogue, Mode mode) {
    this.catalogue = catalogue;
    this.mode = mode;
  }

  /**
   * The front page: the areas and their rules.
   *
   * @param locale the language of the page
   * @return the page
   */
  public String index(Locale locale) {
    PageText t = PageText.of(locale);
    Links links = new Links(mode, t, Optional.empty());
    Html h = new Html();
    head(h, t, links, t.get("catalogue"));
    h.element("h1", t.get("catalogue"));
    h.element("p", t.get("catalogue.intro"));
    h.open("nav", "aria-label", t.get("areas")).element("h2", t.get("areas"), "id", "areas");
    h.open("ul", "class", "area-list");
    for (Area a : catalogue.areas()) {
      h.open("li").link("#area-" + a.name(), a.name()).raw(" ");
      h.element("span", verb(a.area(), t), "class", "verb").close("li");
    }
    h.close("ul").close("nav");
    for (Area a : catalogue.areas()) {
      h.open("section", "id", "area-" + a.name(), "aria-labelledby", "h-" + a.name());
      h.open("h2", "id", "h-" + a.name()).text(a.name()).raw(" ");
      h.element("span", verb(a.area(), t), "class", "verb").close("h2");
      h.element("p", a.area().description(), "lang", "en");
      h.open("div", "class", "table-wrap").open("table");
      h.element("caption", t.get("rules") + " · " + a.name(), "class", "sr-only");
      h.open("thead").open("tr");
      h.element("th", t.get("rule"), "scope", "col");
      h.element("th", t.get("title"), "scope", "col");
      h.element("th", t.get("examples"), "scope", "col", "class", "num");
      h.close("tr").close("thead").open("tbody");
      for (RuleEntry r : a.rules()) {
        h.open("tr").open("td").link(links.rule(r.id()), r.id().value(), "class", "id");
        h.close("td").open("td");
        Optional<String> title = ruleText(r.id(), "title", t.locale());
        if (title.isPresent()) {
          h.text(title.get());
        } else {
          latestCitation(r)
              .ifPresent(
                  c -> h.element("span", shortened(c.quote()), "lang", "da", "class", "muted"));
        }
        h.close("td").element("td", String.valueOf(r.examples().size()), "class", "num");
        h.close("tr");
      }
      h.close("tbody").close("table").close("div").close("section");
    }
    foot(h, t);
    return h.toString();
  }

  /**
   * A rule's page.
   *
   * @param rule the rule
   * @param locale the language of the page
   * @return the page
   */
  public String rule(RuleEntry rule, Locale locale) {
    PageText t = PageText.of(locale);
    Links links = new Links(mode, t, Optional.of(rule.id()));
    Optional<String> title = ruleText(rule.id(), "title", t.locale());
    Html h = new Html();
    head(h, t, links, rule.id().value() + title.map(s -> " · " + s).orElse(""));
    h.open("h1").element("span", rule.id().value(), "class", "id");
    title.ifPresent(s -> h.raw(" ").text(s));
    h.close("h1");
    h.open("p", "class", "muted").text(t.get("area") + ": ");
    h.link(links.index() + "#area-" + rule.area(), rule.area()).close("p");

    texts(h, t, rule);
    sources(h, t, rule);
    versions(h, t, rule);
    examples(h, t, links, rule);
    foot(h, t);
    return h.toString();
  }

  /**
   * The page for a path that is not there.
   *
   * @param locale the language
   * @return the page
   */
  public String notFound(Locale locale) {
    PageText t = PageText.of(locale);
    Links links = new Links(mode, t, Optional.empty());
    Html h = new Html();
    head(h, t, links, t.get("notFound.title"));
    h.element("h1", t.get("notFound.title"));
    h.element("p", t.get("notFound.text"));
    h.open("p").link(links.index(), t.get("notFound.back")).close("p");
    foot(h, t);
    return h.toString();
  }

  /**
   * A static file by name: {@code catalogue.css}, the style sheet, or {@code catalogue.js}, the
   * script of "try it".
   *
   * @param name the name
   * @return the file, or empty
   */
  public static Optional<Asset> asset(String name) {
    return Optional.ofNullable(ASSETS.get(name));
  }

  private void head(Html h, PageText t, Links links, String title) {
    h.raw("<!doctype html>\n").open("html", "lang", t.code()).open("head");
    h.raw("<meta charset=\"utf-8\">");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.element("title", title + " · dfdg-rules");
    h.open("link", "rel", "stylesheet", "href", links.asset(CSS));
    h.open("link", "rel", "alternate", "hreflang", t.other().code(), "href", links.otherLanguage());
    boolean tryIt = mode == Mode.LIVE && links.rule().isPresent();
    if (tryIt) {
      h.open("script", "src", links.asset(SCRIPT), "defer", "defer").close("script");
    }
    h.close("head");
    if (tryIt) {
      h.open(
          "body",
          "data-api",
          links.apiPrefix(),
          "data-rules",
          links.rulesPrefix(),
          "data-l-answer",
          t.get("try.answer"),
          "data-l-outcome",
          t.get("expect.outcome"),
          "data-l-decision",
          t.get("expect.decision"),
          "data-l-decided-by",
          t.get("expect.decidedBy"),
          "data-l-violations",
          t.get("expect.violations"),
          "data-l-derived",
          t.get("expect.derived"),
          "data-l-previous",
          t.get("expect.previous"),
          "data-l-results",
          t.get("try.results"),
          "data-l-no-violations",
          t.get("try.noViolations"),
          "data-l-no-derived",
          t.get("try.noDerived"),
          "data-l-as-expected",
          t.get("try.asExpected"),
          "data-l-not-as-expected",
          t.get("try.notAsExpected"),
          "data-l-running",
          t.get("try.running"),
          "data-l-error",
          t.get("try.error"),
          "data-l-field",
          t.get("try.field"),
          "data-l-line",
          t.get("try.line"),
          "data-l-column",
          t.get("try.column"),
          "data-l-network",
          t.get("try.network"));
    } else {
      h.open("body");
    }
    h.link("#main", t.get("skip"), "class", "skip");
    h.open("header", "class", "top").open("nav", "aria-label", t.get("nav"));
    h.link(links.index(), t.get("catalogue"), "class", "home");
    h.link(
        links.otherLanguage(),
        t.get("language.other"),
        "class",
        "lang",
        "lang",
        t.other().code(),
        "hreflang",
        t.other().code(),
        "title",
        t.get("language.switch"));
    h.close("nav").close("header");
    h.open("main", "id", "main");
  }

  private static void foot(Html h, PageText t) {
    h.close("main");
    h.element("footer", t.get("footer"));
    h.raw("</body></html>\n");
  }

  /** The title and summary in Danish and English, side by side (stacked on a phone). */
  private static void texts(Html h, PageText t, RuleEntry rule) {
    h.open("section", "aria-labelledby", "h-texts");
    h.element("h2", t.get("rule.texts"), "id", "h-texts");
    h.open("div", "class", "langs");
    for (PageText language : List.of(PageText.of(Messages.DANISH), PageText.of(Messages.ENGLISH))) {
      h.open("article", "class", "rule-text", "lang", language.code());
      h.element(
          "h3",
          language.code().equals("en") ? t.get("english") : t.get("danish"),
          "lang",
          t.code());
      Optional<String> title = ruleText(rule.id(), "title", language.locale());
      Optional<String> summary = ruleText(rule.id(), "summary", language.locale());
      title.ifPresent(s -> h.element("p", s, "class", "title"));
      summary.ifPresent(s -> h.element("p", s, "class", "summary"));
      if (title.isEmpty() && summary.isEmpty()) {
        h.element("p", t.get("rule.noTitle"), "class", "muted", "lang", t.code());
      }
      h.close("article");
    }
    h.close("div").close("section");
  }

  /** Each version's Danish source text and its citation. */
  private static void sources(Html h, PageText t, RuleEntry rule) {
    h.open("section", "aria-labelledby", "h-source");
    h.element("h2", t.get("source"), "id", "h-source");
    boolean several = rule.versions().size() > 1;
    for (RuleVersion v : rule.versions()) {
      SourceCitation c = v.citation();
      h.open("div", "class", "source");
      if (several) {
        h.element("h3", t.get("versions.label") + " " + period(v, t));
      }
      h.open("figure");
      h.open("blockquote", "lang", "da", "cite", c.link().orElse(null)).text(c.quote());
      h.close("blockquote");
      h.open("figcaption").text(t.get("source.quote") + " — ").element("cite", c.reference());
      h.close("figcaption").close("figure");
      h.open("dl", "class", "facts");
      h.element("dt", t.get("source.document")).element("dd", c.document());
      if (!c.section().isEmpty()) {
        h.element("dt", t.get("source.section")).element("dd", c.section());
      }
      if (c.link().isPresent()) {
        h.element("dt", t.get("source.link")).open("dd");
        h.link(c.link().get(), c.link().get(), "rel", "external noopener").close("dd");
      }
      h.close("dl").close("div");
    }
    h.close("section");
  }

  /** The versions: a timeline of the dated ones, a table of them, and the announced ones. */
  private static void versions(Html h, PageText t, RuleEntry rule) {
    h.open("section", "aria-labelledby", "h-versions");
    h.element("h2", t.get("versions"), "id", "h-versions");
    List<RuleVersion> dated = rule.datedVersions();
    if (!dated.isEmpty()) {
      h.element("h3", t.get("versions.timeline"));
      Timeline.write(h, dated, t);
      h.open("div", "class", "table-wrap").open("table", "class", "versions");
      h.open("thead").open("tr");
      h.element("th", t.get("versions.label"), "scope", "col");
      h.element("th", t.get("versions.from"), "scope", "col");
      h.element("th", t.get("versions.until"), "scope", "col");
      h.element("th", t.get("source"), "scope", "col");
      h.close("tr").close("thead").open("tbody");
      for (RuleVersion v : dated) {
        h.open("tr");
        h.element("td", v.label());
        h.element("td", v.inForceFrom().map(LocalDate::toString).orElse(t.get("versions.open")));
        h.element("td", v.inForceUntil().map(LocalDate::toString).orElse(t.get("versions.open")));
        h.element("td", v.citation().reference());
        h.close("tr");
      }
      h.close("tbody").close("table").close("div");
    }
    h.element("h3", t.get("versions.announced"));
    List<RuleVersion> announced = rule.announcedVersions();
    if (announced.isEmpty()) {
      h.element("p", t.get("versions.none"), "class", "muted");
    } else {
      h.element("p", t.get("versions.announced.note"));
      h.open("ul", "class", "announced-list");
      for (RuleVersion v : announced) {
        h.open("li").text(v.label() + " — " + t.get("versions.key") + " ");
        h.element("code", v.key()).text(" — ").element("span", v.citation().reference());
        h.close("li");
      }
      h.close("ul");
    }
    h.close("section");
  }

  private void examples(Html h, PageText t, Links links, RuleEntry rule) {
    h.open("section", "aria-labelledby", "h-examples");
    h.element("h2", t.get("examples") + " (" + rule.examples().size() + ")", "id", "h-examples");
    if (rule.examples().isEmpty()) {
      h.element("p", t.get("examples.none"), "class", "muted");
    }
    for (Example e : rule.examples()) {
      example(h, t, links, rule, e);
    }
    h.close("section");
  }

  private void example(Html h, PageText t, Links links, RuleEntry rule, Example e) {
    RuleCase c = e.rule();
    String anchor = e.anchor(rule.id());
    h.open("article", "class", "example", "id", anchor, "aria-labelledby", "h-" + anchor);
    h.element("h3", c.name(), "id", "h-" + anchor, "lang", "en");
    h.open("dl", "class", "facts");
    h.element("dt", t.get("example.at")).element("dd", c.at().toString());
    String enable = enable(c);
    if (!enable.isEmpty()) {
      h.element("dt", t.get("example.enable")).element("dd", enable);
    }
    String switchOff = switchOff(c);
    if (!switchOff.isEmpty()) {
      h.element("dt", t.get("example.switchOff")).element("dd", switchOff);
    }
    h.element("dt", t.get("example.source"))
        .element("dd", e.source() + " #" + e.position(), "class", "muted");
    h.close("dl");
    h.element("h4", t.get("example.facts"));
    h.open("pre", "class", "facts-json").element("code", pretty(c.facts())).close("pre");
    h.element("h4", t.get("example.expect"));
    expectation(h, t, links, c.expect());
    if (mode == Mode.LIVE) {
      tryIt(h, t, rule, e, enable, switchOff);
    }
    h.close("article");
  }

  private void expectation(Html h, PageText t, Links links, Expectation x) {
    h.open("dl", "class", "facts expect");
    x.outcome()
        .ifPresent(
            o ->
                h.element("dt", t.get("expect.outcome"))
                    .open("dd")
                    .element("span", o.toString(), "class", "outcome outcome-" + o)
                    .close("dd"));
    x.decision().ifPresent(d -> h.element("dt", t.get("expect.decision")).element("dd", d));
    x.decidedBy()
        .ifPresent(
            id -> {
              h.element("dt", t.get("expect.decidedBy")).open("dd");
              ruleLink(h, links, id);
              h.close("dd");
            });
    ids(h, t, links, "expect.violations", x.violations());
    ids(h, t, links, "expect.errors", x.errors());
    ids(h, t, links, "expect.warnings", x.warnings());
    x.missing()
        .filter(m -> !m.isEmpty())
        .ifPresent(
            m -> h.element("dt", t.get("expect.missing")).element("dd", String.join(", ", m)));
    Optional<List<ExpectedDerivedValue>> derived = x.derived();
    if (derived.isPresent() && !derived.get().isEmpty()) {
      h.element("dt", t.get("expect.derived")).open("dd").open("ul");
      for (ExpectedDerivedValue d : derived.get()) {
        h.open("li").element("code", d.path());
        d.value().ifPresent(v -> h.text(" = " + v));
        d.previous().ifPresent(p -> h.text(" (" + t.get("expect.previous") + " " + p + ")"));
        d.decidedBy()
            .ifPresent(
                id -> {
                  h.text(" — ");
                  ruleLink(h, links, id);
                });
        h.close("li");
      }
      h.close("ul").close("dd");
    }
    h.close("dl");
  }

  private void ids(Html h, PageText t, Links links, String key, Optional<List<RuleId>> maybeIds) {
    if (maybeIds.isEmpty()) {
      return;
    }
    List<RuleId> ids = maybeIds.get();
    h.element("dt", t.get(key)).open("dd");
    if (ids.isEmpty()) {
      h.text(t.get("versions.none"));
    }
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        h.text(", ");
      }
      ruleLink(h, links, ids.get(i));
    }
    h.close("dd");
  }

  /** A rule's id, linked to its page when the catalogue has it. */
  private void ruleLink(Html h, Links links, RuleId id) {
    if (catalogue.rule(id).isPresent()) {
      h.link(links.rule(id), id.value(), "class", "id");
    } else {
      h.element("span", id.value(), "class", "id");
    }
  }

  /** The form of "try it": hidden until the script shows it, since it needs the script. */
  private static void tryIt(
      Html h, PageText t, RuleEntry rule, Example e, String enable, String switchOff) {
    RuleCase c = e.rule();
    String id = "try-" + e.anchor(rule.id());
    h.open("details", "class", "try", "hidden", "hidden");
    h.element("summary", t.get("try"));
    h.open(
        "form",
        "class",
        "try-form",
        "data-area",
        rule.area(),
        "data-expect-outcome",
        c.expect().outcome().map(Object::toString).orElse(null),
        "data-expect-decision",
        c.expect().decision().orElse(null));
    h.element("p", t.get("try.intro"), "class", "muted");
    h.element("label", t.get("try.at"), "for", id + "-at");
    h.open(
        "input",
        "type",
        "date",
        "id",
        id + "-at",
        "name",
        "at",
        "value",
        c.at().toString(),
        "required",
        "required");
    h.element("label", t.get("try.enable"), "for", id + "-enable");
    h.open(
        "input",
        "type",
        "text",
        "id",
        id + "-enable",
        "name",
        "enable",
        "value",
        enable,
        "autocomplete",
        "off",
        "spellcheck",
        "false");
    h.element("label", t.get("try.switchOff"), "for", id + "-switchOff");
    h.open(
        "input",
        "type",
        "text",
        "id",
        id + "-switchOff",
        "name",
        "switchOff",
        "value",
        switchOff,
        "autocomplete",
        "off",
        "spellcheck",
        "false");
    h.element("label", t.get("try.facts"), "for", id + "-facts");
    h.element(
        "textarea",
        pretty(c.facts()),
        "id",
        id + "-facts",
        "name",
        "facts",
        "rows",
        String.valueOf(Math.min(24, Math.max(6, pretty(c.facts()).split("\n").length + 1))),
        "spellcheck",
        "false",
        "autocomplete",
        "off");
    h.element("button", t.get("try.submit"), "type", "submit");
    h.open("div", "class", "answer", "aria-live", "polite").close("div");
    h.close("form").close("details");
  }

  private static String enable(RuleCase c) {
    return c.enable().orElse(Map.of()).entrySet().stream()
        .map(en -> en.getKey() + "=" + en.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String switchOff(RuleCase c) {
    return c.switchOff().orElse(List.of()).stream()
        .map(RuleId::value)
        .collect(Collectors.joining(", "));
  }

  /** How a version's dates read: before a date, from a date, between two, or always. */
  static String period(RuleVersion v, PageText t) {
    if (v.announced()) {
      return v.label();
    }
    if (v.inForceFrom().isEmpty() && v.inForceUntil().isEmpty()) {
      return t.get("versions.always");
    }
    if (v.inForceFrom().isEmpty()) {
      return t.get("versions.period.before", "date", v.inForceUntil().get());
    }
    if (v.inForceUntil().isEmpty()) {
      return t.get("versions.period.since", "date", v.inForceFrom().get());
    }
    return v.inForceFrom().get() + " – " + v.inForceUntil().get();
  }

  private static String verb(RuleArea<?, ?> area, PageText t) {
    return area.verb() == RuleArea.Verb.VALIDATE ? t.get("area.validates") : t.get("area.decides");
  }

  private static Optional<SourceCitation> latestCitation(RuleEntry r) {
    List<RuleVersion> dated = r.datedVersions();
    List<RuleVersion> all = dated.isEmpty() ? r.versions() : dated;
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).citation());
  }

  /**
   * A rule's title or summary in a language: the text of {@code RuleTexts.title}/{@code summary} of
   * the rules module, read from the key {@code <ID>.title} or {@code <ID>.summary} of the rules'
   * message bundles; a numbered item ({@code CP-3.2}) falls back to its rule's text ({@code CP-3}).
   */
  private static Optional<String> ruleText(RuleId id, String kind, Locale locale) {
    Optional<String> own = Messages.text(id.value() + "." + kind, locale);
    if (own.isEmpty() && !id.withoutItem().equals(id)) {
      own = Messages.text(id.withoutItem().value() + "." + kind, locale);
    }
    return own.map(String::strip).filter(s -> !s.isEmpty());
  }

  private static String shortened(String text) {
    return text.length() <= SHORT ? text : text.substring(0, SHORT - 1).strip() + "…";
  }

  private static String pretty(JsonNode facts) {
    try {
      return PRETTY.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facts of a bundled example cannot be written", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = CataloguePages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the catalogue's " + name + " is missing from the jar");
      }
      return ByteStreams.toByteArray(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
