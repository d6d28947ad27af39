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
import dk.dfdgrules.codelists.internal.Masking;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
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
   * dates as ISO text; unknown properties, duplicate keys, trailing tokens, {@code null} for
   * primitives and scalar coercions rejected, as {@code dk.dfdgrules.json.DfdgJson}'s mapper does;
   * decimals as {@link java.math.BigDecimal}; absent optionals left out. Mappers are immutable and
   * thread-safe: keep one.
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
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfig(
            LogicalType.Integer,
            c ->
                c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Float,
            c ->
                c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Boolean,
            c ->
                c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .changeDefaultPropertyInclusion(
            i ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /** The longest reason {@link #describe} shows. */
  private static final int REASON_LENGTH = 200;

  /**
   * One line for an error reading JSON, for a user: the source, line and column, the field's path
   * and what is wrong, with every value of the input {@linkplain #mask masked} — Jackson's own
   * messages quote the value they could not read, which may be a CPR number in the wrong field.
   *
   * @param source the input's name, e.g. a file name (masked too)
   * @param e the error
   * @return e.g. {@code facts.json line 3, column 12: field 'plan.step': …}
   */
  public static String describe(String source, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    String where =
        loc == null || loc.getLineNr() < 0
            ? source
            : source + " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    return mask(where) + ": " + describeField(e);
  }

  /**
   * The field's path and what is wrong in an error reading JSON, masked, without the location.
   *
   * @param e the error
   * @return e.g. {@code field 'plan.step': …}
   */
  public static String describeField(JacksonException e) {
    String path = "";
    if (!e.getPath().isEmpty()) {
      path =
          "field '"
              + e.getPath().stream()
                  .map(
                      r ->
                          r.getPropertyName() != null
                              ? r.getPropertyName()
                              : "[" + r.getIndex() + "]")
                  .collect(Collectors.joining("."))
                  .replace(".[", "[")
              + "': ";
    }
    return mask(path) + Masking.mask(reason(e), REASON_LENGTH);
  }

  /**
   * Masks a message that may quote input, by the library's one policy (the same as {@code
   * dk.dfdgrules.json.DfdgJson.mask}): every group of six digits or more becomes asterisks, dates
   * and times stay, and the text is cut to 500 characters.
   *
   * @param message any message, e.g. a Jackson exception's
   * @return the message masked
   */
  public static String mask(String message) {
    return Masking.mask(message, 500);
  }

  /** What is wrong, in one line: Jackson's message, or plainer words for the strict checks. */
  private static String reason(JacksonException e) {
    String reason = String.valueOf(e.getOriginalMessage());
    int nl = reason.indexOf('\n');
    if (nl >= 0) {
      reason = reason.substring(0, nl);
    }
    if (e instanceof MismatchedInputException && reason.startsWith("Trailing token")) {
      return "more after the JSON value: give exactly one JSON value";
    }
    if (reason.startsWith("No content to map due to end-of-input")) {
      return "no JSON value: the input is empty";
    }
    if (reason.startsWith("Duplicate field") || reason.startsWith("Duplicate Object property")) {
      return "a key given twice in one object: " + reason;
    }
    return reason;
  }
}
