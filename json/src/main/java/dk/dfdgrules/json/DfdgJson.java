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
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.dfdgrules.codelists.internal.Masking;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * file is reported, not ignored. So are a key given twice in one object, anything after the JSON
 * value, {@code null} for a primitive, and every scalar coercion: a number written as a string
 * ({@code "type": "12"}), a string written as a number ({@code "cpr": 1234567890}), a fraction for
 * an integer ({@code 1.5}), a boolean as a number or a string. Each JSON value must have the type
 * of its field.
 *
 * <p>Jackson's own exception messages quote the value they could not read, which may be a CPR
 * number in the wrong field: show a reading error with {@link #describe(String,
 * JsonProcessingException)}, which masks it.
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
   * {@code Optional} and Guava modules; dates as ISO text; unknown properties, duplicate keys,
   * trailing tokens, {@code null} for primitives and scalar coercions rejected; decimals as {@link
   * java.math.BigDecimal}; absent optionals left out. Mappers are thread-safe once configured: keep
   * one.
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
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /** The longest reason {@link #describe} shows. */
  private static final int REASON_LENGTH = 200;

  /**
   * One line for an error reading JSON, for a user: the source, line and column, the field's path
   * and what is wrong, with every value of the input {@linkplain #mask masked}.
   *
   * @param source the input's name, e.g. a file name (masked too)
   * @param e the error
   * @return e.g. {@code facts.json line 3, column 12: field 'plan.step': …}
   */
  public static String describe(String source, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
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
  public static String describeField(JsonProcessingException e) {
    return field(e).map(f -> "field '" + f + "': ").orElse("") + problem(e);
  }

  /**
   * The path of the field an error reading JSON is about, masked, e.g. {@code plan.steps[2].code}.
   *
   * @param e the error
   * @return the path, or empty when the error is not about a field (a syntax error, say)
   */
  public static Optional<String> field(JsonProcessingException e) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return Optional.of(
          mask(
              m.getPath().stream()
                  .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                  .collect(Collectors.joining("."))
                  .replace(".[", "[")));
    }
    return Optional.empty();
  }

  /**
   * What is wrong in an error reading JSON, in one masked line without the location or the field.
   *
   * @param e the error
   * @return e.g. {@code Cannot deserialize value of type `int` from String "*****"}
   */
  public static String problem(JsonProcessingException e) {
    return mask(reason(e), REASON_LENGTH);
  }

  /**
   * Masks a message that may quote input, by the library's one policy: every group of six digits or
   * more (a CPR number, also with a hyphen, dots or spaces between its digits) becomes asterisks,
   * dates and times stay, and the text is cut to 500 characters.
   *
   * @param message any message, e.g. a Jackson exception's
   * @return the message masked
   */
  public static String mask(String message) {
    return mask(message, 500);
  }

  private static String mask(String message, int max) {
    return Masking.mask(message, max);
  }

  /** What is wrong, in one line: Jackson's message, or plainer words for the strict checks. */
  private static String reason(JsonProcessingException e) {
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
    if (reason.startsWith("Duplicate field")) {
      return "a key given twice in one object: " + reason;
    }
    return reason;
  }
}
