/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every rule area's bundled example facts — the files dfdg-json's mapper reads in the rules' tests
 * — read under Jackson 3 as under Jackson 2, and the answers written alike.
 */
class RuleAreaExamplesTest {

  private static final ObjectMapper PROJECT = DfdgJackson3.mapper();
  private static final ObjectMapper DISCOVERING = JsonMapper.builder().findAndAddModules().build();
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      dk.dfdgrules.json.DfdgJson.mapper();

  static Stream<RuleArea<?, ?>> areas() {
    return RuleAreas.library().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void itsExampleFactsRoundTripAndReadAsUnderJackson2(RuleArea<?, ?> area) throws IOException {
    String example = example(area);
    Object facts = PROJECT.readValue(example, area.factsType());
    assertThat(facts).isEqualTo(JACKSON2.readValue(example, area.factsType()));
    assertThat(PROJECT.readValue(PROJECT.writeValueAsString(facts), area.factsType()))
        .isEqualTo(facts);
    Object discovered = DISCOVERING.readValue(example, area.factsType());
    assertThat(discovered).isEqualTo(facts);
    assertThat(DISCOVERING.readValue(DISCOVERING.writeValueAsString(discovered), area.factsType()))
        .isEqualTo(facts);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  @SuppressWarnings("unchecked")
  void itsAnswerIsWrittenAsUnderJackson2(RuleArea<?, ?> area) throws IOException {
    RuleArea<Object, ?> a = (RuleArea<Object, ?>) area;
    Answer<?> answer =
        a.evaluate(PROJECT.readValue(example(area), a.factsType()), LocalDate.of(2022, 1, 10));
    assertThat(PROJECT.readTree(PROJECT.writeValueAsString(answer)))
        .isEqualTo(PROJECT.readTree(JACKSON2.writeValueAsString(answer)));
  }

  private static String example(RuleArea<?, ?> area) throws IOException {
    String resource = area.exampleResource().orElseThrow();
    try (InputStream in = area.getClass().getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
