/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CodeList}: lookups by name and id, and the builder's structural checks. */
class CodeListTest {

  @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          municipalities         | København                | 101
          municipalities         | københavn                | 101
          municipalities         | KØBENHAVN                | 101
          municipalities         | KOBENHAVN                | 101
          municipalities         | Kobenhavn                | 101
          municipalities         | Koebenhavn               | 101
          municipalities         | Københavns Kommune       | 101
          municipalities         | aabenraa                 | 580
          municipalities         | Åbenrå                   | 580
          municipalities         | Abenra                   | 580
          municipalities         | Tarnby                   | 185
          municipalities         | tårnby                   | 185
          municipalities         | Århus                    | 751
          municipalities         | aarhus                   | 751
          municipalities         | Nordfyn                  | 480
          municipalities         | Lyngby-Taarbæk Kommune   | 173
          municipalities         | lyngby-taarbaek          | 173
          municipalities         | Lyngby–Taarbæk           | 173
          municipalities         | '  Høje-Taastrup  '      | 169
          municipalities         | Høje-Taastrup   Kommune  | 169
          municipalities         | aero                     | 492
          municipalities         | Æro                      | 492
          regions                | Sjællands region         | 1085
          regions                | Sjaellands region        | 1085
          regions                | sjallands region         | 1085
          regions                | Regions Syddanmark       | 1083
          regions                | region syddanmark        | 1083
          regions                | Hovedstadens region      | 1084
          contact-groups         | Uden Ydelse              | 8
          contact-groups         | Uddannelsespålæg - Overgangsydelsesmodtager efter LAB | 28
          course-categories      | Udskrivningskoordinator, individuel | 42
          mentor-types           | Udskrivningskordinator, plads       | 4
          dream-match-categories | Midlertidigt passiv      | 3
          cv-statuses            | Ej godkendt              | 3
          cv-statuses            | cv'et ikke længere fyldestgørende | 5
          dream-benefit-codes    | for revalidering, passiv. | 750
          """)
  void byNameIsCaseAndAccentInsensitiveOverNamesAndAliases(String key, String name, String id) {
    assertThat(CodeLists.get(key).byName(name).flatMap(Code::id)).contains(id);
  }

  @Test
  void byNameFindsNothingForUnknownOrBlankNames() {
    CodeList municipalities = CodeLists.get(CodeLists.MUNICIPALITIES);

    assertThat(municipalities.byName("Christiansø")).isEmpty();
    assertThat(municipalities.byName("")).isEmpty();
    assertThat(municipalities.byName("   ")).isEmpty();
    assertThat(CodeLists.get(CodeLists.DREAM_BENEFIT_CODES).byName("For revalidering, Passiv"))
        .isEmpty();
  }

  @Test
  void exactNameWinsOverFoldedMatches() {
    CodeList list = aaseAndAse();

    assertThat(list.byName("Aase").flatMap(Code::id)).contains("1");
    assertThat(list.byName("Ase").flatMap(Code::id)).contains("2");
    assertThat(list.byName("ÅSE").flatMap(Code::id)).contains("1");
    assertThat(list.byName("aSe").flatMap(Code::id)).contains("2");
  }

  @Test
  void ambiguousLooseMatchFindsNothing() {
    CodeList list = aaseAndAse();

    assertThat(list.byName("Æse")).isEmpty();
    assertThat(list.byName("aese")).isEmpty();
  }

  @Test
  void regionsKeepTheirFormerNames() {
    Code syd = CodeLists.get(CodeLists.REGIONS).byId("1083").orElseThrow();

    assertThat(syd.name()).isEqualTo("Region Syddanmark");
    assertThat(syd.aliases()).containsExactly("Syddanmark region", "Regions Syddanmark");
    assertThat(syd.attribute("formerName")).contains("Syddanmark region");
  }

  @Test
  void every98MunicipalitiesBelongsToAKnownRegion() {
    CodeList regions = CodeLists.get(CodeLists.REGIONS);
    CodeList municipalities = CodeLists.get(CodeLists.MUNICIPALITIES);

    assertThat(municipalities.codes())
        .allSatisfy(
            m -> {
              assertThat(m.id()).hasValueSatisfying(id -> assertThat(id).matches("\\d{3}"));
              assertThat(m.attribute("region"))
                  .hasValueSatisfying(r -> assertThat(regions.contains(r)).isTrue());
              assertThat(m.validFrom()).contains(LocalDate.of(2007, 1, 1));
            });
    assertThat(municipalities.codes())
        .filteredOn(m -> m.attribute("region").orElseThrow().equals("1084"))
        .hasSize(29);
    assertThat(municipalities.codes())
        .filteredOn(m -> m.attribute("region").orElseThrow().equals("1081"))
        .hasSize(11);
    assertThat(municipalities.byId("580").flatMap(m -> m.attribute("region"))).contains("1083");
    assertThat(municipalities.contains("411")).isFalse();
  }

  @Test
  void builderRefusesDuplicateIdsNamesAndSpellings() {
    CodeList.Builder b =
        CodeList.builder("test").title("T").englishTitle("T").source("S").add(Code.of("1", "Én"));

    assertThatThrownBy(() -> b.add(Code.of("1", "To")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate id '1'");
    assertThatThrownBy(() -> b.add(Code.of("2", "Én")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate name 'Én'");
    assertThatThrownBy(() -> b.add(Code.of("2", "EN")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ignoring case and accents");
    assertThatThrownBy(() -> b.add(Code.builder("To").id("2").alias("en").build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(b.add(Code.of("2", "To")).build().size()).isEqualTo(2);
  }

  @Test
  void builderChecksKeyAndMetadata() {
    assertThatThrownBy(() -> CodeList.builder("Dream_Codes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab-case");
    assertThatThrownBy(
            () ->
                CodeList.builder("x").englishTitle("X").source("S").add(Code.of("1", "A")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> CodeList.builder("x").title("X").englishTitle("X").source("S").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no values");
    assertThatThrownBy(
            () ->
                CodeList.builder("x")
                    .title("X")
                    .englishTitle("X")
                    .source("S")
                    .acceptsOtherIds(true)
                    .add(Code.of("1", "A"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not partial");
  }

  @Test
  void containsAndByIdIgnoreValidity() {
    CodeList categories = CodeLists.get(CodeLists.COURSE_CATEGORIES);

    assertThat(categories.contains("42")).isTrue();
    assertThat(categories.byId("42").map(Code::name))
        .contains("Udskrivningskordinator, individuel");
    assertThat(categories.contains("41")).isFalse();
    assertThat(categories.byId("41")).isEmpty();
  }

  @Test
  void toStringNamesKeyAndSize() {
    assertThat(CodeLists.get(CodeLists.REGIONS).toString()).contains("regions").contains("size=5");
  }

  /** A list of two names whose loose keys are the same: "Aase" (1) and "Ase" (2). */
  private static CodeList aaseAndAse() {
    return CodeList.builder("test")
        .title("Test")
        .englishTitle("Test")
        .source("Test")
        .add(Code.of("1", "Aase"))
        .add(Code.of("2", "Ase"))
        .build();
  }
}
