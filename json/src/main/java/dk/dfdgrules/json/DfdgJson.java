/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the library's values with Jackson 2: ISO dates ({@code 2022-03-10}), weeks
 * ({@code 2019-W38}), quarters ({@code 2014-Q1}), periods ({@code 2021-01-01/..}), amounts as
 * decimal numbers, CPR numbers as their ten digits, absent optionals left out.
 *
 * <p>Code-list enums (steps, support needs, plan types …) are read from their official id ({@code
 * 2}), their constant name ({@code STEP_2}) or their official Danish name, and written as their
 * official id ({@code 2}; the constant name for a code without an id). The enums carry this
 * themselves, so any mapper reads and writes them so.
 *
 * <p>Reading is strict: an unknown property is an error naming it, so a misspelt field in a case
 * file is reported, not ignored.
 *
 * <p>For Jackson 3 use {@code dk.dfdgrules.jackson3.DfdgJackson3} (artifact {@code dfdg-jackson3}).
 */
public final class DfdgJson {

  private DfdgJson() {}

  /**
   * The module that maps the library's types; add it to a mapper of your own, together with
   * Jackson's Java time, {@code Optional} and Guava modules. A mapper that discovers modules
   * ({@code findAndRegisterModules()}) finds all four.
   *
   * @return a new module
   */
  public static Module module() {
    return new DfdgJsonModule();
  }

  /**
   * A new mapper configured for the library's values: the library's module and the Java time,
   * {@code Optional} and Guava modules; dates as ISO text; unknown properties rejected; decimals as
   * {@link java.math.BigDecimal}; absent optionals left out. Mappers are thread-safe once
   * configured: keep one.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .addModule(module())
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }
}
