package dk.dfdgrules.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.dfdgrules.codelists.OfficialCode;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import java.util.function.Function;

/**
 * The JSON form of the library's values: ISO dates ({@code 2022-03-10}), weeks ({@code 2019-W38}),
 * quarters ({@code 2014-Q1}), periods ({@code 2021-01-01/..}), amounts as decimal numbers, CPR
 * numbers as their ten digits, absent optionals left out.
 *
 * <p>Code-list enums (steps, support needs, plan types …) are read from their official id ({@code
 * 2}), their constant name ({@code STEP_2}) or their official Danish name, and written as their
 * constant name.
 *
 * <p>Reading is strict: an unknown property is an error, so a misspelt field in a case file is
 * reported, not ignored.
 */
public final class DfdgJson {

  private DfdgJson() {}

  /**
   * The module with the library's own key deserializers; add it to a mapper of your own.
   *
   * @return the module
   */
  // Jackson is optional (requires static, not transitive): a module that calls this reads Jackson
  @SuppressWarnings("exports")
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("dfdg-rules", Version.unknownVersion());
    module.addKeyDeserializer(IsoWeek.class, parsing(IsoWeek::parse));
    module.addKeyDeserializer(YearQuarter.class, parsing(YearQuarter::parse));
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          @SuppressWarnings({"unchecked", "rawtypes"})
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            Class<?> raw = type.getRawClass();
            if (OfficialCode.class.isAssignableFrom(raw)) {
              return new OfficialCodeEnumDeserializer(raw);
            }
            return deserializer;
          }
        });
    return module;
  }

  /** A key deserializer that reads a map key with a value type's {@code parse}. */
  private static KeyDeserializer parsing(Function<String, Object> parse) {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) {
        return parse.apply(key);
      }
    };
  }

  /**
   * A new mapper configured for the library's values. Mappers are thread-safe once configured: keep
   * one.
   *
   * @return the mapper
   */
  // Jackson is optional (requires static, not transitive): a module that calls this reads Jackson
  @SuppressWarnings("exports")
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
