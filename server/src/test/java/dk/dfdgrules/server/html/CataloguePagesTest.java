/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.catalogue.RuleCatalogue.RuleEntry;
import dk.dfdgrules.server.html.CataloguePages.Mode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue's pages: every rule renders, SUB-3 reads as the source says, text is escaped. */
class CataloguePagesTest {

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleAreas.all());
  private static final CataloguePages LIVE = new CataloguePages(CATALOGUE, Mode.LIVE);
  private static final CataloguePages STATIC = new CataloguePages(CATALOGUE, Mode.STATIC);

  private static RuleEntry rule(String id) {
    return CATALOGUE.rule(RuleId.of(id)).orElseThrow();
  }

  @Test
  void everyRuleHasAPageInBothLanguagesAndBothModes() {
    assertThat(CATALOGUE.rules()).hasSizeGreaterThan(50);
    for (RuleEntry r : CATALOGUE.rules()) {
      for (CataloguePages pages : List.of(LIVE, STATIC)) {
        for (Locale locale : List.of(Messages.DANISH, Messages.ENGLISH)) {
          String page = pages.rule(r, locale);
          assertThat(page)
              .startsWith("<!doctype html>")
              .contains("<html lang=\"" + (locale == Messages.ENGLISH ? "en" : "da") + "\">")
              .contains("<meta name=\"viewport\"")
              .contains("<span class=\"id\">" + r.id().value() + "</span>")
              .contains("<h2 id=\"h-examples\">");
          assertBalanced(page, r.id().value());
        }
      }
    }
  }

  @Test
  void theFrontPageListsEveryAreaAndLinksEveryRuleWithItsCountOfExamples() {
    String page = LIVE.index(Messages.DANISH);
    for (RuleCatalogue.Area a : CATALOGUE.areas()) {
      assertThat(page).contains("<section id=\"area-" + a.name() + "\"");
      assertThat(page).contains(a.area().description().replace("'", "&#39;"));
    }
    for (RuleEntry r : CATALOGUE.rules()) {
      assertThat(page)
          .contains(
              "<a href=\"/rules/"
                  + r.id().value()
                  + "?lang=da\" class=\"id\">"
                  + r.id().value()
                  + "</a>");
    }
    assertThat(page)
        .contains(
            "<a href=\"/rules/SUB-3?lang=da\" class=\"id\">SUB-3</a></td>",
            "<td class=\"num\">3</td>",
            "validerer",
            "afgør");
    assertThat(STATIC.index(Messages.DANISH))
        .contains("<a href=\"rules/SUB-3.html\" class=\"id\">");
    assertThat(STATIC.index(Messages.ENGLISH))
        .contains("<a href=\"rules/SUB-3.html\" class=\"id\">");
    assertBalanced(page, "index");
  }

  @Test
  void sub3ShowsItsDanishQuotesItsTwoVersionsAroundTheReleaseDayAndItsExamples() {
    String page = LIVE.rule(rule("SUB-3"), Messages.DANISH);
    assertThat(page)
        .contains(
            "<blockquote lang=\"da\">DFDG lukker abonnement hos UDB, når besked fra UDB om"
                + " gennemført erhvervskompetencegivende uddannelse er modtaget</blockquote>",
            "Webservicebesked sendes til brug for advisering af sagsbehandler",
            "<cite>DFDG-RN-2021-12-06 §3.4</cite>")
        // the version before the release day, and the version from it
        .contains(
            "<tr><td>before 2021-12-06</td><td>–</td><td>2021-12-06</td>",
            "<tr><td>2021-12-06</td><td>2021-12-06</td><td>–</td>")
        // the timeline: two segments meeting at the one date
        .contains(
            "class=\"seg open-start\" style=\"left:0.00%;width:50.00%\"",
            "class=\"seg open-end\" style=\"left:50.00%;width:50.00%\"",
            "<span class=\"tick\" style=\"left:50.00%\">2021-12-06</span>")
        .contains("Varslede versioner", "Eksempler (3)")
        // the three cases: names, dates, switchOff, facts and expectations
        .contains(
            "On 5 December 2021 a completed vocational education only advises the caseworker",
            "On 6 December 2021 DFDG closes the subscription on a completed vocational education"
                + " (no reason id)",
            "<dd>2021-12-05</dd>",
            "<dt>Slået fra (switchOff)</dt><dd>SUB-3</dd>",
            "&quot;type&quot;: &quot;completedVocationalEducation&quot;",
            "<span class=\"outcome outcome-NOT_IN_FORCE\">NOT_IN_FORCE</span>",
            "<dd>CLOSES</dd>",
            "<code>subscription.closedOn</code> = 2021-12-06",
            "<code>subscription.closeReason</code> = COMPLETED_VOCATIONAL_EDUCATION")
        // and a form per case, prefilled with its date and switchOff
        .contains("value=\"2021-12-05\"", "name=\"switchOff\" value=\"SUB-3\"");
    assertThat(count(page, "<form class=\"try-form\"")).isEqualTo(3);
    assertThat(count(page, "<article class=\"example\"")).isEqualTo(3);
  }

  @Test
  void anAnnouncedVersionIsListedApartFromTheTimelineWithItsKey() {
    RuleEntry cv6 = rule("CV-6");
    assertThat(cv6.announcedVersions()).isNotEmpty();
    String page = LIVE.rule(cv6, Messages.ENGLISH);
    String key = cv6.announcedVersions().get(0).key();
    assertThat(page)
        .contains(
            "Announced, not in force unless enabled from a date.", "<code>" + key + "</code>");
    // an example that enables it carries the key into its form
    assertThat(page).containsPattern("name=\"enable\" value=\"[^\"]*=2022-03-01\"");
  }

  @Test
  void theChromeIsDanishByDefaultAndEnglishOnRequestWithALinkToTheOther() {
    String da = LIVE.rule(rule("SN-1"), Messages.DANISH);
    String en = LIVE.rule(rule("SN-1"), Messages.ENGLISH);
    assertThat(da)
        .contains("<h2 id=\"h-versions\">Versioner</h2>", "<summary>Prøv eksemplet</summary>")
        .contains("href=\"/rules/SN-1?lang=en\"", ">English</a>");
    assertThat(en)
        .contains("<h2 id=\"h-versions\">Versions</h2>", "<summary>Try it</summary>")
        .contains("href=\"/rules/SN-1?lang=da\"", ">Dansk</a>");
    assertThat(STATIC.rule(rule("SN-1"), Messages.DANISH))
        .contains("href=\"../en/rules/SN-1.html\"");
    assertThat(STATIC.rule(rule("SN-1"), Messages.ENGLISH))
        .contains("href=\"../../rules/SN-1.html\"", "href=\"../../assets/catalogue.css\"");
    // a locale that is neither: Danish
    assertThat(LIVE.index(Locale.GERMAN)).contains("<html lang=\"da\">");
  }

  @Test
  void withoutATitleInTheBundlesTheRulePageSaysSoInBothLanguagePanes() {
    RuleCatalogue fake = RuleCatalogue.of(List.of(area("Rule text", "kildetekst")));
    String page = new CataloguePages(fake, Mode.LIVE).rule(fake.rules().get(0), Messages.ENGLISH);
    assertThat(count(page, "No title in this language yet")).isEqualTo(2);
    assertThat(page).contains("<article class=\"rule-text\" lang=\"da\">");
  }

  @Test
  void theServedPagesHaveTheFormAndTheScriptTheStaticPagesNeither() {
    String live = LIVE.rule(rule("SN-1"), Messages.DANISH);
    assertThat(live)
        .contains(
            "<script src=\"/assets/catalogue.js\" defer></script>",
            "<details class=\"try\" hidden>",
            "data-area=\"support-needs\"",
            "data-expect-outcome=\"VIOLATED\"",
            "data-api=\"/areas/\"");
    for (RuleEntry r : CATALOGUE.rules()) {
      String page = STATIC.rule(r, Messages.DANISH);
      assertThat(page).doesNotContain("<script", "<form", "catalogue.js", "<textarea", "data-api");
    }
    assertThat(STATIC.index(Messages.DANISH)).doesNotContain("<script");
  }

  @Test
  void everyTextIsEscapedSoThatADescriptionOrQuoteCannotAddMarkup() {
    RuleCatalogue fake =
        RuleCatalogue.of(
            List.of(area("<script>alert('x')</script> & Co", "a < b & \"c\" <img src=x>")));
    CataloguePages pages = new CataloguePages(fake, Mode.LIVE);
    String index = pages.index(Messages.DANISH);
    String rule = pages.rule(fake.rules().get(0), Messages.DANISH);
    assertThat(index)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
        .doesNotContain("<script>alert")
        .contains("a &lt; b &amp; &quot;c&quot; &lt;img src=x&gt;");
    assertThat(rule)
        .contains(
            "<blockquote lang=\"da\">a &lt; b &amp; &quot;c&quot; &lt;img src=x&gt;</blockquote>")
        .doesNotContain("<img");
    assertThat(count(rule, "<script")).isEqualTo(1); // the page's own script only
  }

  @Test
  void theNotFoundPageLinksBackInTheRightLanguageAndEchoesNothing() {
    assertThat(LIVE.notFound(Messages.ENGLISH))
        .contains("<h1>No such page</h1>", "href=\"/?lang=en\"", "<html lang=\"en\">");
    // it echoes nothing of the address asked for (which may hold a CPR number)
    assertThat(LIVE.notFound(Messages.DANISH))
        .contains("<h1>Siden findes ikke</h1>")
        .doesNotContainPattern("[0-9]{4}");
  }

  @Test
  void theAssetsAreTheStyleSheetAndTheScriptAndNothingElse() {
    assertThat(CataloguePages.asset("catalogue.css").orElseThrow().contentType())
        .startsWith("text/css");
    assertThat(new String(CataloguePages.asset("catalogue.js").orElseThrow().bytes(), UTF_8))
        .contains("textContent")
        .doesNotContain("innerHTML", "import(", "importScripts")
        // no address but the licence's in its header: nothing loaded from elsewhere
        .doesNotContainPattern("https?://(?!mozilla\\.org/MPL/2\\.0/)");
    assertThat(new String(CataloguePages.asset("catalogue.css").orElseThrow().bytes(), UTF_8))
        .doesNotContain("@import", "url(", "@font-face");
    assertThat(CataloguePages.asset("../pages.properties")).isEmpty();
    assertThat(CataloguePages.asset("pages.properties")).isEmpty();
    assertThat(CataloguePages.asset("")).isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameTexts() {
    assertThat(PageText.of(Messages.ENGLISH).keys())
        .containsExactlyInAnyOrderElementsOf(PageText.of(Messages.DANISH).keys());
    assertThat(PageText.of(Messages.ENGLISH).get("versions")).isEqualTo("Versions");
    assertThat(PageText.of(Messages.DANISH).get("versions")).isEqualTo("Versioner");
  }

  /** An area of one rule (XX-1, which no bundle has a title for) with the given texts. */
  private static RuleArea<?, ?> area(String description, String quote) {
    Rule<Integer> rule =
        Rule.define("XX-1", Integer.class)
            .since(
                LocalDate.of(2021, 12, 6),
                SourceCitation.of("DOC", "§1", quote),
                (n, v, c) -> RuleResult.satisfied(v))
            .build();
    return RuleArea.builder("fake-area", Integer.class)
        .description(description)
        .rules(rule)
        .validates();
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The containers a page opens, it closes. */
  private static void assertBalanced(String page, String name) {
    for (String tag :
        List.of("section", "article", "div", "table", "ul", "dl", "form", "details", "main")) {
      assertThat(count(page, "<" + tag + ">") + count(page, "<" + tag + " "))
          .as("<%s> in %s", tag, name)
          .isEqualTo(count(page, "</" + tag + ">"));
    }
    assertThat(Optional.of(page).filter(p -> p.endsWith("</body></html>\n"))).isPresent();
  }
}
