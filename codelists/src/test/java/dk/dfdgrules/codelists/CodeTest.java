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

/** {@link Code}: structure checks, validity, equality, text, conversion from enums. */
class CodeTest {

  private static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  @Test
  void validityIsClosedAtBothEnds() {
    Code retired = Code.builder("Udgået").id("42").validTo(RELEASE.minusDays(1)).build();
    Code added = Code.builder("Ny").id("31").validFrom(RELEASE).build();

    assertThat(retired.isValidOn(RELEASE.minusDays(1))).isTrue();
    assertThat(retired.isValidOn(RELEASE)).isFalse();
    assertThat(added.isValidOn(RELEASE.minusDays(1))).isFalse();
    assertThat(added.isValidOn(RELEASE)).isTrue();
    assertThat(Code.of("1", "Altid").isValidOn(LocalDate.MIN)).isTrue();
  }

  @Test
  void oneDayValidityIsAllowedButAnEndBeforeTheStartIsNot() {
    assertThat(Code.builder("Dag").validFrom(RELEASE).validTo(RELEASE).build().isValidOn(RELEASE))
        .isTrue();
    assertThatThrownBy(
            () -> Code.builder("Bagvendt").validFrom(RELEASE).validTo(RELEASE.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before validFrom");
  }

  @Test
  void structureIsChecked() {
    assertThatThrownBy(() -> Code.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.builder("Navn ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.of("1 2", "Navn")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.of("", "Navn")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.builder("Navn").alias("Navn"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.builder("Navn").alias("A").alias("A"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.builder("Navn").attribute("a b", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.builder("Navn").attribute("a", "x").attribute("a", "y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.builder("Navn").description(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityCoversEveryField() {
    Code a = Code.builder("Navn").id("1").alias("Alias").attribute("k", "v").build();
    Code same = Code.builder("Navn").id("1").alias("Alias").attribute("k", "v").build();

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(Code.builder("Navn").id("1").alias("Alias").build());
    assertThat(a)
        .isNotEqualTo(Code.builder("Navn").id("2").alias("Alias").attribute("k", "v").build());
    assertThat(a)
        .isNotEqualTo(
            Code.builder("Navn")
                .id("1")
                .alias("Alias")
                .attribute("k", "v")
                .validFrom(RELEASE)
                .build());
  }

  @Test
  void toStringShowsThePresentFields() {
    assertThat(Code.builder("Dagpenge, Ledighed").id("111").attribute("kind", "PASSIVE").build())
        .hasToString("Code{id=111, name=Dagpenge, Ledighed, attributes={kind=PASSIVE}}");
  }

  @Test
  void attributeLookup() {
    Code code = Code.builder("Aabenraa").id("580").attribute("region", "1083").build();

    assertThat(code.attribute("region")).contains("1083");
    assertThat(code.attribute("kind")).isEmpty();
  }

  @Test
  void fromEnumCarriesEverythingTheEnumGives() {
    Code broker = Code.from(MentorType.PERSONAL_JOB_BROKER);

    assertThat(broker.id()).contains("6");
    assertThat(broker.name()).isEqualTo("Personlig jobformidler");
    assertThat(broker.validFrom()).contains(RELEASE);
    assertThat(broker.validTo()).isEmpty();
    assertThat(broker.attribute("constant")).contains("PERSONAL_JOB_BROKER");

    Code coordinator = Code.from(MentorType.DISCHARGE_COORDINATOR_INDIVIDUAL);
    assertThat(coordinator.aliases()).containsExactly("Udskrivningskordinator, individuel");

    Code release = Code.from(MentorType.RELEASE_COORDINATOR);
    assertThat(release.description())
        .contains("Udslusningskoordinator i forbindelse med udslusning fra Kriminalforsorgen");

    Code started = Code.from(CvStatus.STARTED);
    assertThat(started.id()).isEmpty();
    assertThat(started.name()).isEqualTo("CV påbegyndt");
  }
}
