/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.citizen.CprNumber;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapper reads JSON strictly, and {@link DfdgJson#describe} masks what Jackson quotes. */
class StrictReadingTest {

  private static final ObjectMapper MAPPER = DfdgJson.mapper();

  /** A value of every scalar kind. */
  public record Probe(int count, String name, boolean flag, BigDecimal amount, Integer boxed) {}

  @Test
  void wellTypedJsonIsRead() throws JsonProcessingException {
    assertThat(
            MAPPER.readValue(
                "{\"count\": 1, \"name\": \"a\", \"flag\": true, \"amount\": 1.5, \"boxed\": 2}",
                Probe.class))
        .isEqualTo(new Probe(1, "a", true, new BigDecimal("1.5"), 2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"count\": \"0101901234\"}", // string to int
        "{\"boxed\": \"12\"}",
        "{\"count\": 1.5}", // fraction to int
        "{\"count\": null}", // null to primitive
        "{\"count\": \"\"}",
        "{\"name\": 1019012345}", // number to string
        "{\"name\": 1.5}",
        "{\"name\": true}",
        "{\"flag\": \"true\"}", // string to boolean
        "{\"flag\": 1}",
        "{\"amount\": \"1.5\"}", // string to decimal
        "{\"count\": 1, \"count\": 2}", // a duplicate key
        "{\"count\": 1} {\"count\": 2}", // trailing tokens
        "{\"count\": 1} 3",
        "{\"count\": 1}]"
      })
  void nonsenseIsRejected(String json) {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class, () -> MAPPER.readValue(json, Probe.class));
    assertThat(e).as(json).isNotNull();
    assertThat(DfdgJson.describe("in.json", e))
        .startsWith("in.json line 1, column ")
        .doesNotContain("0101901234", "1019012345")
        .doesNotContain("\n");
  }

  @Test
  void theDescriptionNamesTheFieldAndMasksTheValue() {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> MAPPER.readValue("{\"cpr\": \"0101.901.234\"}", Holder.class));
    assertThat(DfdgJson.describeField(e))
        .startsWith("field 'cpr': ")
        .doesNotContain("0101.901.234", "901.234");
    JsonProcessingException trailing =
        catchThrowableOfType(
            JsonProcessingException.class, () -> MAPPER.readValue("{} {}", Holder.class));
    assertThat(DfdgJson.describeField(trailing))
        .isEqualTo("more after the JSON value: give exactly one JSON value");
    JsonProcessingException empty =
        catchThrowableOfType(
            JsonProcessingException.class, () -> MAPPER.readValue("", Holder.class));
    assertThat(DfdgJson.describeField(empty)).isEqualTo("no JSON value: the input is empty");
    JsonProcessingException twice =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> MAPPER.readValue("{\"cpr\": null, \"cpr\": null}", Holder.class));
    assertThat(DfdgJson.describeField(twice)).startsWith("a key given twice in one object");
  }

  /** A value holding a CPR number. */
  public record Holder(CprNumber cpr) {}
}
