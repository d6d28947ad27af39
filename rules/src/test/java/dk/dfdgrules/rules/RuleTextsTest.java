/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.dream.DreamRules;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the library — each rule id of each area of {@link RuleAreas#library()} and each
 * DREAM rule — has a title and a summary in Danish and in English, fit for a rule catalogue.
 */
class RuleTextsTest {

  private static final List<Locale> LANGUAGES = List.of(Messages.DANISH, Messages.ENGLISH);

  /** Six or more digits in a row: what a CPR number (or a part of one) would show. */
  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  static Stream<RuleId> libraryIds() {
    return RuleAreas.library().stream().flatMap(a -> a.ruleIds().stream());
  }

  static Stream<RuleId> dreamIds() {
    return DreamRules.ALL.stream().map(Rule::id);
  }

  static Stream<RuleId> everyId() {
    return Stream.concat(libraryIds(), dreamIds());
  }

  @Test
  void theLibraryAndDreamHaveTheirRuleIds() {
    assertThat(libraryIds()).hasSize(82).doesNotHaveDuplicates();
    assertThat(dreamIds()).hasSize(13);
  }

  @Nested
  class EveryRule {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dk.dfdgrules.rules.RuleTextsTest#everyId")
    void hasATitleAndASummaryInDanishAndEnglish(RuleId id) {
      for (Locale locale : LANGUAGES) {
        assertThat(RuleTexts.title(id, locale)).as("title of %s in %s", id, locale).isNotBlank();
        assertThat(RuleTexts.summary(id, locale))
            .as("summary of %s in %s", id, locale)
            .isNotBlank();
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dk.dfdgrules.rules.RuleTextsTest#everyId")
    void hasEnglishTextsOfItsOwnNotTheDanishOnes(RuleId id) {
      // Messages falls back to the Danish file for a key the English one lacks
      assertThat(RuleTexts.title(id, Messages.ENGLISH))
          .as("title of %s", id)
          .isNotEqualTo(RuleTexts.title(id, Messages.DANISH));
      assertThat(RuleTexts.summary(id, Messages.ENGLISH))
          .as("summary of %s", id)
          .isNotEqualTo(RuleTexts.summary(id, Messages.DANISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dk.dfdgrules.rules.RuleTextsTest#everyId")
    void hasATitleOfAtMostSixtyCharactersAndOneLine(RuleId id) {
      for (Locale locale : LANGUAGES) {
        assertThat(RuleTexts.title(id, locale))
            .as("title of %s in %s", id, locale)
            .hasSizeLessThanOrEqualTo(60)
            .doesNotContain("\n")
            .isEqualTo(RuleTexts.title(id, locale).strip());
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dk.dfdgrules.rules.RuleTextsTest#everyId")
    void hasASummaryThatIsShortAndEndsASentence(RuleId id) {
      for (Locale locale : LANGUAGES) {
        assertThat(RuleTexts.summary(id, locale))
            .as("summary of %s in %s", id, locale)
            .hasSizeBetween(40, 450)
            .endsWith(".");
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dk.dfdgrules.rules.RuleTextsTest#everyId")
    void hasNoTextThatCouldHoldACprNumber(RuleId id) {
      for (Locale locale : LANGUAGES) {
        assertThat(RuleTexts.title(id, locale)).doesNotContainPattern(SIX_DIGITS);
        assertThat(RuleTexts.summary(id, locale)).doesNotContainPattern(SIX_DIGITS);
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dk.dfdgrules.rules.RuleTextsTest#everyId")
    void hasNoPlaceholder(RuleId id) {
      // the texts are shown as they are: a {name} would never be filled in
      for (Locale locale : LANGUAGES) {
        assertThat(RuleTexts.title(id, locale)).doesNotContain("{");
        assertThat(RuleTexts.summary(id, locale)).doesNotContain("{");
      }
    }
  }

  @Test
  void titlesAreUniqueWithinEachAreaInEachLanguage() {
    for (RuleArea<?, ?> area : RuleAreas.library()) {
      assertUniqueTitles(area.name(), area.ruleIds());
    }
    assertUniqueTitles("DREAM", dreamIds().toList());
  }

  private static void assertUniqueTitles(String area, List<RuleId> ids) {
    for (Locale locale : LANGUAGES) {
      Map<String, RuleId> seen = new HashMap<>();
      for (RuleId id : ids) {
        RuleId other = seen.put(RuleTexts.title(id, locale), id);
        assertThat(other)
            .as("%s and %s of %s share the title in %s", other, id, area, locale)
            .isNull();
      }
    }
  }

  @Test
  void everyTitleAndSummaryKeyBelongsToARuleOfTheLibrary() {
    Set<String> ids = everyId().map(RuleId::value).collect(ImmutableSet.toImmutableSet());
    for (String baseName : Messages.baseNames()) {
      if (!baseName.startsWith("dk.dfdgrules.rules.")) {
        continue;
      }
      for (String key : Messages.ownKeys(baseName, Messages.DANISH)) {
        for (String suffix : List.of(RuleTexts.TITLE, RuleTexts.SUMMARY)) {
          if (key.endsWith(suffix)) {
            assertThat(ids)
                .as("%s in %s", key, baseName)
                .contains(key.substring(0, key.length() - suffix.length()));
          }
        }
      }
    }
  }

  @Test
  void sub3HasTheTitlesOfTheCatalogue() {
    RuleId sub3 = RuleId.of("SUB-3");
    assertThat(RuleTexts.title(sub3, Messages.ENGLISH))
        .isEqualTo("Completed vocational education closes the subscription");
    assertThat(RuleTexts.title(sub3, Messages.DANISH))
        .isEqualTo("Lukning ved gennemført erhvervskompetencegivende uddannelse");
  }

  @Test
  void aVersionedRuleSummarySaysWhatChangedOnTheInForceDate() {
    assertThat(RuleTexts.summary(RuleId.of("SUB-3"), Messages.ENGLISH))
        .contains("Before 6 December 2021", "From 6 December 2021");
    assertThat(RuleTexts.summary(RuleId.of("SUB-3"), Messages.DANISH))
        .contains("Før 6. december 2021", "Fra 6. december 2021");
  }

  @Test
  void anItemOfARuleHasItsOwnTexts() {
    assertThat(RuleTexts.title(RuleId.of("EC-4.3"), Messages.DANISH))
        .isEqualTo("CVR-nummerets format og kontrolciffer");
    assertThat(RuleTexts.summary(RuleId.of("EC-4.3"), Messages.ENGLISH))
        .startsWith("Not in source");
  }

  @Test
  void anyLanguageButEnglishGetsTheDanishText() {
    RuleId sub3 = RuleId.of("SUB-3");
    assertThat(RuleTexts.title(sub3, Locale.GERMAN))
        .isEqualTo(RuleTexts.title(sub3, Messages.DANISH));
    assertThat(RuleTexts.title(sub3, Locale.UK)).isEqualTo(RuleTexts.title(sub3, Messages.ENGLISH));
  }

  @Test
  void anUnknownIdIsAnIllegalArgumentNamingTheId() {
    RuleId unknown = RuleId.of("ZZ-99");
    assertThatThrownBy(() -> RuleTexts.title(unknown, Messages.DANISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZZ-99")
        .hasMessageContaining("title");
    assertThatThrownBy(() -> RuleTexts.summary(unknown, Messages.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZZ-99")
        .hasMessageContaining("summary");
  }

  @Test
  void anItemThatIsNotARuleOfItsOwnHasNoTexts() {
    // CP-3's items are outcomes of CP-3, not rules: only CP-3 has a title
    assertThat(RuleTexts.title(RuleId.of("CP-3"), Messages.ENGLISH)).isNotBlank();
    assertThatThrownBy(() -> RuleTexts.title(RuleId.of("CP-3.1"), Messages.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CP-3.1");
  }
}
