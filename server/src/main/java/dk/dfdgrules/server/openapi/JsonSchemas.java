/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.openapi;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Defaults;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.OfficialCode;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * JSON Schemas (draft 2020-12, the dialect of OpenAPI 3.1) of the types a mapper reads, found
 * through the mapper's own introspection, on the reading side: the deserializer the mapper picks
 * for a type decides its schema.
 *
 * <ul>
 *   <li>a record or another bean: an object of the properties of its Jackson bean deserializer,
 *       closed ({@code additionalProperties: false}, as the mapper fails on unknown properties);
 *   <li>a type read by a deserializer of its own that knows its property names (the library's
 *       module reads citizens, education plans … so): an object of those properties, in the
 *       deserializer's order, each typed by the type's public accessor, closed;
 *   <li>a type the module reads from one scalar (a CPR number, a week, a period, an amount): a
 *       string with the pattern of its canonical form, or a number;
 *   <li>a polymorphic type ({@code @JsonTypeInfo}/{@code @JsonSubTypes}): {@code oneOf} its
 *       subtypes, each a closed object whose type property is a {@code const} (the discriminator
 *       sits in every branch, so each branch stays closed);
 *   <li>an enum: the values the mapper accepts, among the constant names, the written form
 *       ({@code @JsonValue}) and, for the code lists, the official id (also as an integer) and
 *       Danish name;
 *   <li>{@code Optional}: the content's schema, the property not required and {@code null} allowed;
 *       a list or set: an array; a map: an object of its values.
 * </ul>
 *
 * <p>A property is {@code required} when the reader rejects the object without it: a primitive; a
 * record component that is neither an {@code Optional}, a list, set or map nor {@code @Nullable} on
 * the record's constructor (the facts records check these with {@code requireNonNull} or {@code
 * checkArgument}); a list, set or map the record's constructor rejects as null (probed by calling
 * it); an attribute of a module type that is neither optional, a container nor defaulted. {@code
 * FactsSchemasTest} drops every field of every worked example to hold the schema and the reader to
 * the same verdict, and names the few checks a schema cannot see (one field needing another).
 *
 * <p>Objects and enums become named components, referred to by {@code $ref}; the names are the
 * types' simple names (with the enclosing type's for a nested type, e.g. {@code
 * SubscriptionEvent.AgeCheck}), qualified by the package when two types share one.
 */
final class JsonSchemas {

  /** Where the components lie in the OpenAPI document. */
  static final String REF = "#/components/schemas/";

  /** An ISO date: what {@code LocalDate} is read from (the schema leaves out lenient forms). */
  static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** An ISO local date and time, without an offset: what {@code LocalDateTime} is read from. */
  static final String DATE_TIME_PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The patterns of the canonical forms of the module's text scalars, where they are simple. */
  private static final Map<Class<?>, String> PATTERNS =
      Map.of(
          CprNumber.class, "^[0-9]{6}-?[0-9]{4}$",
          CvrNumber.class, "^[0-9]{8}$",
          PNumber.class, "^[0-9]{10}$",
          PhoneNumber.class, "^(\\+45|0045)?[0-9]{8}$",
          IsoWeek.class, "^[0-9]{4}-W[0-9]{2}$",
          YearQuarter.class, "^[0-9]{4}-Q[1-4]$",
          DatePeriod.class, "^[0-9]{4}-[0-9]{2}-[0-9]{2}/([0-9]{4}-[0-9]{2}-[0-9]{2}|\\.\\.)$",
          RuleId.class, "^[A-Z]{2,5}-[0-9]{1,3}(\\.[0-9]{1,2})?$");

  private static final Map<Class<?>, String> DESCRIPTIONS =
      Map.of(
          CprNumber.class,
          "A CPR number: 10 digits DDMMYYSSSS (or DDMMYY-SSSS) whose first six are a real date.",
          CvrNumber.class,
          "A CVR number: 8 digits with a valid modulus-11 check.",
          PNumber.class,
          "A P number (production unit): 10 digits.",
          PhoneNumber.class,
          "A Danish phone number: 8 digits, optionally after +45 or 0045 (the reader also takes"
              + " spaces between the digits).",
          EmailAddress.class,
          "An e-mail address.",
          PersonKey.class,
          "A person's key in DREAM: a CPR number or another key of at most 64 characters.",
          IsoWeek.class,
          "An ISO week, e.g. 2019-W38, of a week the year has.",
          YearQuarter.class,
          "A quarter, e.g. 2014-Q1.",
          DatePeriod.class,
          "A period of days, start/end inclusive (2021-01-01/2021-12-31) or open-ended"
              + " (2021-01-01/..); the end is not before the start.",
          RuleId.class,
          "A rule's id, e.g. SUB-3 or EC-4.1.");

  private final ObjectMapper mapper;
  private final DeserializationConfig config;
  private final DefaultDeserializationContext context;
  private final ObjectNode components;
  private final Map<Class<?>, String> names = new HashMap<>();
  private final Set<String> taken = new LinkedHashSet<>();

  /**
   * Schemas of the types a mapper reads.
   *
   * @param mapper the mapper, e.g. {@code DfdgJson.mapper()}
   * @param components where the named schemas go: the document's {@code components/schemas}
   */
  JsonSchemas(ObjectMapper mapper, ObjectNode components) {
    this.mapper = mapper;
    this.config = mapper.getDeserializationConfig();
    this.context =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createDummyInstance(config);
    this.components = components;
    components.fieldNames().forEachRemaining(taken::add);
  }

  /**
   * The name of the component that describes a type, made (with the components of the types it
   * refers to) when first asked.
   *
   * @param type a type the mapper reads as an object or an enum
   * @return the component's name
   * @throws IllegalStateException if the type is one this class cannot describe
   */
  String component(Class<?> type) {
    return componentName(config.constructType(type));
  }

  /**
   * The schema of a type: a {@code $ref} to its component, or an inline schema for a plain scalar
   * or a container.
   *
   * @param type the type
   * @return a new schema node
   */
  ObjectNode schema(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isReferenceType()) {
      return schema(type.getContentType());
    }
    if (raw == String.class || raw == CharSequence.class) {
      return object().put("type", "string");
    }
    if (raw == Integer.class || raw == int.class) {
      return integer("int32", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (raw == Long.class || raw == long.class) {
      return integer("int64", Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (raw == Short.class || raw == short.class) {
      return integer(null, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    if (raw == Byte.class || raw == byte.class) {
      return integer(null, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }
    if (raw == BigInteger.class) {
      return object().put("type", "integer");
    }
    if (raw == BigDecimal.class
        || raw == Double.class
        || raw == double.class
        || raw == Float.class
        || raw == float.class) {
      return object().put("type", "number");
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return object().put("type", "boolean");
    }
    if (raw == LocalDate.class) {
      return date();
    }
    if (raw == LocalDateTime.class) {
      return object()
          .put("type", "string")
          .put("pattern", DATE_TIME_PATTERN)
          .put("description", "A local date and time, ISO: 2022-03-10T14:30 (no offset).");
    }
    if (raw == YearMonth.class) {
      return object()
          .put("type", "string")
          .put("pattern", "^[0-9]{4}-[0-9]{2}$")
          .put("description", "A month, ISO: 2022-03.");
    }
    if (type.isMapLikeType()) {
      ObjectNode s = object().put("type", "object");
      JavaType key = type.getKeyType();
      if (key.getRawClass() != String.class) {
        s.set("propertyNames", schema(key));
      }
      s.set("additionalProperties", schema(type.getContentType()));
      return s;
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      ObjectNode s = object().put("type", "array");
      s.set("items", schema(type.getContentType()));
      return s;
    }
    return ref(componentName(type));
  }

  static ObjectNode ref(String component) {
    return object().put("$ref", REF + component);
  }

  /**
   * A schema that also allows {@code null}.
   *
   * @param schema a schema
   * @return the schema with {@code null} allowed
   */
  static ObjectNode orNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual() && !schema.has("enum")) {
      ObjectNode s = schema.deepCopy();
      s.putArray("type").add(type.asText()).add("null");
      return s;
    }
    ObjectNode s = object();
    s.putArray("anyOf").add(schema).add(object().put("type", "null"));
    return s;
  }

  static ObjectNode date() {
    return object().put("type", "string").put("format", "date").put("pattern", DATE_PATTERN);
  }

  private static ObjectNode integer(@Nullable String format, long min, long max) {
    ObjectNode s = object().put("type", "integer");
    if (format != null) {
      s.put("format", format);
    }
    return s.put("minimum", min).put("maximum", max);
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  private String componentName(JavaType type) {
    Class<?> raw = type.getRawClass();
    String known = names.get(raw);
    if (known != null) {
      return known;
    }
    String name = freeName(raw);
    names.put(raw, name);
    ObjectNode placeholder = components.putObject(name); // a type may refer to itself
    placeholder.setAll(describe(type));
    return name;
  }

  private String freeName(Class<?> raw) {
    String simple = simpleName(raw);
    String name = simple;
    if (taken.contains(name)) {
      String pkg = raw.getPackageName();
      name = pkg.substring(pkg.lastIndexOf('.') + 1) + "." + simple;
    }
    for (int i = 2; taken.contains(name); i++) {
      name = simple + i;
    }
    taken.add(name);
    return name;
  }

  private static String simpleName(Class<?> raw) {
    return raw.getEnclosingClass() == null
        ? raw.getSimpleName()
        : simpleName(raw.getEnclosingClass()) + "." + raw.getSimpleName();
  }

  private ObjectNode describe(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isEnumType()) {
      return enumeration(raw);
    }
    TypeDeserializer typed = typeDeserializer(type);
    if (typed != null) {
      return polymorphic(type, typed);
    }
    JsonDeserializer<Object> deserializer = deserializer(type);
    if (deserializer instanceof BeanDeserializerBase) {
      return bean(type, null);
    }
    Collection<Object> names = deserializer.getKnownPropertyNames();
    if (names != null && !names.isEmpty()) {
      return attributes(raw, names);
    }
    return scalar(raw, deserializer);
  }

  private JsonDeserializer<Object> deserializer(JavaType type) {
    try {
      return context.findContextualValueDeserializer(type, null);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("the mapper cannot read " + type + ": " + e.getMessage(), e);
    }
  }

  private @Nullable TypeDeserializer typeDeserializer(JavaType type) {
    try {
      return context.getFactory().findTypeDeserializer(config, type);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("no type information of " + type, e);
    }
  }

  private ObjectNode polymorphic(JavaType type, TypeDeserializer typed) {
    String property = typed.getPropertyName();
    Collection<NamedType> subtypes =
        config
            .getSubtypeResolver()
            .collectAndResolveSubtypesByTypeId(
                config, config.introspectClassAnnotations(type).getClassInfo());
    ObjectNode s = object();
    s.put(
        "description",
        "One of " + subtypes.size() + " kinds, told apart by the property '" + property + "'.");
    ArrayNode oneOf = s.putArray("oneOf");
    ObjectNode discriminator = s.putObject("discriminator").put("propertyName", property);
    ObjectNode mapping = discriminator.putObject("mapping");
    for (NamedType sub : subtypes) {
      if (!sub.hasName() || sub.getType().isInterface()) {
        continue;
      }
      Class<?> subtype = sub.getType();
      String name = freeName(subtype);
      names.put(subtype, name);
      ObjectNode branch = components.putObject(name);
      ObjectNode id = object().put("const", sub.getName());
      branch.setAll(bean(config.constructType(subtype), Map.entry(property, id)));
      oneOf.add(ref(name));
      mapping.put(sub.getName(), REF + name);
    }
    return s;
  }

  private ObjectNode bean(JavaType type, Map.@Nullable Entry<String, ObjectNode> typeId) {
    JsonDeserializer<Object> deserializer = deserializer(type);
    if (!(deserializer instanceof BeanDeserializerBase bean)) {
      throw new IllegalStateException(
          "no schema for "
              + type
              + ", read by "
              + deserializer.getClass().getName()
              + ": describe it in "
              + JsonSchemas.class.getSimpleName());
    }
    ObjectNode s = object().put("type", "object");
    ObjectNode properties = s.putObject("properties");
    List<String> required = new ArrayList<>();
    if (typeId != null) {
      properties.set(typeId.getKey(), typeId.getValue());
      required.add(typeId.getKey());
    }
    // the creator's parameters in their order (a record's components), then any other property
    List<SettableBeanProperty> creator = new ArrayList<>();
    bean.creatorProperties().forEachRemaining(creator::add);
    creator.sort(Comparator.comparingInt(SettableBeanProperty::getCreatorIndex));
    Map<String, SettableBeanProperty> all = new LinkedHashMap<>();
    creator.forEach(p -> all.put(p.getName(), p));
    bean.properties().forEachRemaining(p -> all.putIfAbsent(p.getName(), p));
    for (SettableBeanProperty p : all.values()) {
      JavaType t = p.getType();
      ObjectNode schema = schema(t);
      boolean needed = required(p);
      properties.set(p.getName(), needed || t.isPrimitive() ? schema : orNull(schema));
      if (needed) {
        required.add(p.getName());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode r = s.putArray("required");
      required.forEach(r::add);
    }
    s.put("additionalProperties", false);
    return s;
  }

  /**
   * Whether the reader rejects an object without the property: a primitive (the mapper fails on
   * null for primitives), and a record component that is no {@code Optional}, collection or map and
   * not {@code @Nullable} on the constructor.
   */
  private static boolean required(SettableBeanProperty p) {
    JavaType t = p.getType();
    if (t.isPrimitive() || p.isRequired()) {
      return true;
    }
    if (t.isReferenceType()) {
      return false;
    }
    if (!(p.getMember() instanceof AnnotatedParameter param)) {
      return false;
    }
    if (t.isContainerType()) {
      return rejectsNull(param);
    }
    return !nullable(param);
  }

  /**
   * Whether the creator of a record rejects null for a list, set or map it otherwise takes empty:
   * most facts records take a missing list as empty, a few copy it without a check. Probed by
   * calling the constructor with empty or absent values for every component, then with null for
   * this one; when even the first call fails, the answer is no (the schema stays lenient).
   */
  private static boolean rejectsNull(AnnotatedParameter param) {
    if (!(param.getOwner().getMember() instanceof Constructor<?> creator)) {
      return false;
    }
    Class<?>[] types = creator.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = neutral(types[i]);
    }
    try {
      creator.newInstance(args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
    args[param.getIndex()] = null;
    try {
      creator.newInstance(args);
      return false;
    } catch (InvocationTargetException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static @Nullable Object neutral(Class<?> type) {
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (SortedSet.class.isAssignableFrom(type)) {
      return ImmutableSortedSet.of();
    }
    if (Set.class.isAssignableFrom(type)) {
      return ImmutableSet.of();
    }
    if (type.isAssignableFrom(ImmutableList.class)) {
      return ImmutableList.of();
    }
    if (SortedMap.class.isAssignableFrom(type)) {
      return ImmutableSortedMap.of();
    }
    if (type.isAssignableFrom(ImmutableMap.class)) {
      return ImmutableMap.of();
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type.isPrimitive()) {
      return Defaults.defaultValue(type);
    }
    return null;
  }

  private static boolean nullable(AnnotatedParameter param) {
    if (!(param.getOwner().getMember() instanceof Executable creator)) {
      return false;
    }
    Parameter parameter = creator.getParameters()[param.getIndex()];
    return parameter.getAnnotatedType().isAnnotationPresent(Nullable.class)
        || parameter.isAnnotationPresent(Nullable.class);
  }

  /**
   * A type read by a deserializer of its own that knows its property names (the library's module
   * reads its citizens, education plans … so): each property typed by the type's public accessor
   * ({@code getName()}, {@code isName()} or {@code name()}). A property is required unless it is an
   * {@code Optional}, a list, set or map, or, for a type built through {@code builder()}, has a
   * default (its accessor is not abstract); {@code null} is read as empty for an {@code Optional}
   * only.
   */
  private ObjectNode attributes(Class<?> type, Collection<Object> names) {
    boolean built = Arrays.stream(type.getMethods()).anyMatch(JsonSchemas::isBuilderFactory);
    ObjectNode s = object().put("type", "object");
    ObjectNode properties = s.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Object n : names) {
      String name = n.toString();
      Method getter = getter(type, name);
      Class<?> raw = getter.getReturnType();
      boolean optional = raw == Optional.class;
      ObjectNode schema =
          schema(config.getTypeFactory().constructType(getter.getGenericReturnType()));
      properties.set(name, optional ? orNull(schema) : schema);
      boolean container =
          optional || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
      if (!container && (!built || Modifier.isAbstract(getter.getModifiers()))) {
        required.add(name);
      }
    }
    if (!required.isEmpty()) {
      s.set("required", required);
    }
    s.put("additionalProperties", false);
    return s;
  }

  private static boolean isBuilderFactory(Method m) {
    return m.getName().equals("builder")
        && m.getParameterCount() == 0
        && Modifier.isStatic(m.getModifiers());
  }

  private static Method getter(Class<?> type, String name) {
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String candidate : List.of("get" + cap, "is" + cap, name)) {
      try {
        Method m = type.getMethod(candidate);
        if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // the next form
      }
    }
    throw new IllegalStateException(type.getName() + " has no public accessor of " + name);
  }

  /** A type the module reads from one scalar: an amount from a number, the others from a text. */
  private static ObjectNode scalar(Class<?> type, JsonDeserializer<?> deserializer) {
    ObjectNode s = object();
    if (type == Money.class) {
      return s.put("type", "number")
          .put("description", "An amount in kroner, with at most 2 decimals (øre), e.g. 1740.96.");
    }
    String description = DESCRIPTIONS.get(type);
    if (description == null) {
      throw new IllegalStateException(
          "no schema for "
              + type.getName()
              + ", read by "
              + deserializer.getClass().getName()
              + ": describe it in "
              + JsonSchemas.class.getSimpleName());
    }
    s.put("type", "string");
    String pattern = PATTERNS.get(type);
    if (pattern != null) {
      s.put("pattern", pattern);
    }
    if (type == EmailAddress.class) {
      s.put("format", "email");
    }
    return s.put("description", description);
  }

  /** The values the mapper accepts for an enum, each checked by reading it. */
  private ObjectNode enumeration(Class<?> type) {
    Set<Object> candidates = new LinkedHashSet<>();
    Object[] constants = type.getEnumConstants();
    for (Object c : constants) {
      JsonNode written = mapper.valueToTree(c);
      if (written.isInt()) {
        candidates.add(written.intValue());
      } else {
        candidates.add(written.asText());
      }
    }
    for (Object c : constants) {
      if (c instanceof OfficialCode code && code.code().isPresent()) {
        String id = code.code().get();
        if (id.matches("[0-9]{1,9}")) {
          candidates.add(Integer.parseInt(id)); // kept only if the reader takes it
        }
        candidates.add(id);
      }
      candidates.add(((Enum<?>) c).name());
    }
    for (Object c : constants) {
      if (c instanceof OfficialCode code) {
        candidates.add(code.officialName());
      }
    }
    ArrayNode numbers = NODES.arrayNode();
    ArrayNode texts = NODES.arrayNode();
    for (Object candidate : candidates) {
      JsonNode node = mapper.valueToTree(candidate);
      if (!accepts(node, type)) {
        continue;
      }
      (node.isInt() ? numbers : texts).add(node);
    }
    ObjectNode s = object();
    String written =
        String.join(
            ", ",
            java.util.Arrays.stream(constants)
                .map(c -> mapper.valueToTree(c).asText())
                .distinct()
                .toList());
    boolean coded = OfficialCode.class.isAssignableFrom(type);
    s.put(
        "description",
        (coded
                ? "A code of "
                    + type.getSimpleName()
                    + ": its official id, its constant name or its official Danish name"
                    + " (the reader also takes these in other letter case). Written as "
                : "One of the constants of " + type.getSimpleName() + ". Written as ")
            + written
            + ".");
    if (numbers.isEmpty()) {
      s.put("type", "string");
      s.set("enum", texts);
    } else {
      ArrayNode anyOf = s.putArray("anyOf");
      anyOf.addObject().put("type", "integer").set("enum", numbers);
      anyOf.addObject().put("type", "string").set("enum", texts);
    }
    return s;
  }

  private boolean accepts(JsonNode node, Class<?> type) {
    try {
      return mapper.treeToValue(node, type) != null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      return false;
    }
  }
}
