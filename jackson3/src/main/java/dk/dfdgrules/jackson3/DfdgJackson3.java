/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.jackson3;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.datatype.guava.GuavaModule;

/**
 * The JSON form of the library's values with Jackson 3 ({@code tools.jackson}), the same as with
 * Jackson 2 ({@code dk.dfdgrules.json.DfdgJson}): ISO dates ({@code 2022-03-10}), weeks ({@code
 * 2019-W38}), quarters ({@code 2014-Q1}), periods ({@code 2021-01-01/..}), amounts as decimal
 * numbers, CPR numbers as their ten digits, absent optionals left out, code-list enums as their
 * official id ({@code 2}; read also from their constant name or official Danish name).
 *
 * <p>Reading is strict: an unknown property is an error naming it.
 */
public final class DfdgJackson3 {

  private DfdgJackson3() {}

  /**
   * The module that maps the library's types; add it to a mapper of your own, with Jackson's Guava
   * module (Java time and {@code Optional} are built into Jackson 3). A mapper built with {@code
   * findAndAddModules()} finds both.
   *
   * @return a new module
   */
  public static JacksonModule module() {
    return new DfdgJackson3Module();
  }

  /**
   * A new mapper configured for the library's values: the library's module and the Guava module;
   * dates as ISO text; unknown properties rejected; decimals as {@link java.math.BigDecimal};
   * absent optionals left out. Mappers are immutable and thread-safe: keep one.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new GuavaModule())
        .addModule(module())
        .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .changeDefaultPropertyInclusion(
            i ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }
}
