/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.internal.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * A model type with named attributes, as readers and writers see it: the attributes in the order
 * they are written, and an {@link Assembly} that builds an instance from attribute values through
 * the type's public API — its {@code builder()} or its {@code of(…)} factory — so that no
 * reflective access to the package-private Immutables classes is needed.
 *
 * <p>An attribute is required unless it is an {@link Optional}, a collection or a map, or has a
 * default ({@code @Value.Default}, a non-abstract accessor).
 *
 * @param <T> the type
 */
public final class ValueType<T> {

  private final Class<T> type;
  private final ImmutableList<Attribute> attributes;
  private final ImmutableMap<String, Attribute> byName;
  private final @Nullable Method builder;
  private final @Nullable Method build;
  private final @Nullable Method factory;

  private ValueType(
      Class<T> type,
      List<Attribute> attributes,
      @Nullable Method builder,
      @Nullable Method build,
      @Nullable Method factory) {
    this.type = type;
    this.attributes = ImmutableList.copyOf(attributes);
    this.byName =
        this.attributes.stream().collect(ImmutableMap.toImmutableMap(Attribute::name, a -> a));
    this.builder = builder;
    this.build = build;
    this.factory = factory;
  }

  /**
   * A type built through its public {@code builder()}: each attribute has an accessor ({@code
   * getName()}, {@code isName()} or {@code name()}) and a builder method {@code name(…)} that takes
   * the accessor's type (a collection attribute: an {@code Iterable}).
   *
   * @param type the public abstract type
   * @param names its attributes, in the order they are written
   * @param <T> the type
   * @return the description
   * @throws IllegalArgumentException if an accessor or builder method is missing
   */
  static <T> ValueType<T> built(Class<T> type, String... names) {
    Method builder = method(type, "builder");
    Class<?> builderType = builder.getReturnType();
    List<Attribute> attributes = new ArrayList<>();
    for (String name : names) {
      Method getter = getter(type, name);
      Class<?> raw = getter.getReturnType();
      Method setter =
          Arrays.stream(builderType.getMethods())
              .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
              .filter(m -> m.getParameterTypes()[0].isAssignableFrom(raw))
              .filter(m -> !raw.isPrimitive() || m.getParameterTypes()[0] == raw)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(type.getName() + ": no builder method " + name));
      boolean required = Modifier.isAbstract(getter.getModifiers()) && !isContainer(raw);
      attributes.add(new Attribute(name, getter.getGenericReturnType(), getter, setter, required));
    }
    return new ValueType<>(type, attributes, builder, method(builderType, "build"), null);
  }

  /**
   * A type made by its public static {@code of(…)} factory, whose parameters are the attributes in
   * order.
   *
   * @param type the public type
   * @param names its attributes, in the order of the factory's parameters
   * @param <T> the type
   * @return the description
   * @throws IllegalArgumentException if an accessor or the factory is missing
   */
  static <T> ValueType<T> made(Class<T> type, String... names) {
    Method[] getters = Arrays.stream(names).map(n -> getter(type, n)).toArray(Method[]::new);
    Method factory =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals("of") && Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getParameterCount() == names.length)
            .filter(
                m -> {
                  Class<?>[] params = m.getParameterTypes();
                  for (int i = 0; i < params.length; i++) {
                    if (!params[i].isAssignableFrom(getters[i].getReturnType())) {
                      return false;
                    }
                  }
                  return true;
                })
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(type.getName() + ": no factory of"));
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      Type read = factory.getGenericParameterTypes()[i];
      boolean required = !isContainer(factory.getParameterTypes()[i]);
      attributes.add(new Attribute(names[i], read, getters[i], null, required));
    }
    return new ValueType<>(type, attributes, null, null, factory);
  }

  /**
   * The type described.
   *
   * @return the public type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The attributes, in the order they are written.
   *
   * @return the attributes
   */
  public List<Attribute> attributes() {
    return attributes;
  }

  /**
   * The attribute with a name.
   *
   * @param name a property name
   * @return the attribute, or empty if the type has none of that name
   */
  public Optional<Attribute> attribute(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The names of the attributes, in order.
   *
   * @return the names
   */
  public List<String> names() {
    return byName.keySet().asList();
  }

  /**
   * Starts assembling an instance.
   *
   * @return a new assembly
   */
  public Assembly<T> assemble() {
    return new Assembly<>(this);
  }

  @Override
  public String toString() {
    return type.getSimpleName() + names();
  }

  private static boolean isContainer(Class<?> raw) {
    return Optional.class == raw
        || Collection.class.isAssignableFrom(raw)
        || Map.class.isAssignableFrom(raw);
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + ": no method " + name + "()", e);
    }
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
        // try the next form
      }
    }
    throw new IllegalArgumentException(type.getName() + ": no accessor for " + name);
  }

  private static RuntimeException unwrap(ReflectiveOperationException e) {
    Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /**
   * One attribute of a {@link ValueType}.
   *
   * @param name the property name ({@code step}, {@code pNumber})
   * @param type the Java type a reader reads its value as ({@code SortedSet<SupportNeed>})
   * @param getter the public accessor
   * @param setter the builder method, or null for a factory-made type
   * @param required whether an instance cannot be assembled without it
   */
  public record Attribute(
      String name, Type type, Method getter, @Nullable Method setter, boolean required) {

    /**
     * Whether the attribute is an {@link Optional}: a reader takes an absent or null value as
     * empty, a writer may leave an empty one out.
     *
     * @return {@code true} for an optional
     */
    public boolean isOptional() {
      return getter.getReturnType() == Optional.class;
    }

    /**
     * The attribute's value in an instance.
     *
     * @param instance an instance of the type
     * @return the value (an empty {@link Optional} rather than null)
     */
    public Object valueOf(Object instance) {
      try {
        return requireNonNull(getter.invoke(instance), name);
      } catch (ReflectiveOperationException e) {
        throw unwrap(e);
      }
    }
  }

  /**
   * The attribute values read so far for one instance; not thread-safe, use once.
   *
   * @param <T> the type
   */
  public static final class Assembly<T> {

    private final ValueType<T> type;
    private final @Nullable Object[] values;

    private Assembly(ValueType<T> type) {
      this.type = type;
      this.values = new Object[type.attributes.size()];
    }

    /**
     * Sets an attribute.
     *
     * @param attribute an attribute of this type
     * @param value its value, not null
     * @return this assembly
     */
    public Assembly<T> set(Attribute attribute, Object value) {
      int i = type.attributes.indexOf(attribute);
      checkArgument(i >= 0, "%s has no attribute %s", type, attribute.name());
      values[i] = requireNonNull(value, attribute.name());
      return this;
    }

    /**
     * Whether an attribute is set.
     *
     * @param attribute an attribute of this type
     * @return {@code true} if set
     */
    public boolean isSet(Attribute attribute) {
      int i = type.attributes.indexOf(attribute);
      return i >= 0 && values[i] != null;
    }

    /**
     * The required attributes not yet set.
     *
     * @return their names, in order; empty when {@link #build()} can be called
     */
    public List<String> missing() {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null && type.attributes.get(i).required()) {
          missing.add(type.attributes.get(i).name());
        }
      }
      return missing;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws IllegalStateException if a required attribute is missing
     * @throws RuntimeException what the type's builder or factory throws for values it rejects
     *     (usually {@link IllegalArgumentException})
     */
    public T build() {
      List<String> missing = missing();
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "Cannot build " + type.type.getSimpleName() + ": missing " + missing);
      }
      try {
        if (type.builder != null) {
          Object builder = type.builder.invoke(null);
          for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
              requireNonNull(type.attributes.get(i).setter()).invoke(builder, values[i]);
            }
          }
          return type.type.cast(requireNonNull(type.build).invoke(builder));
        }
        Object[] args = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
          args[i] = values[i] != null ? values[i] : empty(type.attributes.get(i));
        }
        return type.type.cast(requireNonNull(type.factory).invoke(null, args));
      } catch (ReflectiveOperationException e) {
        throw unwrap(e);
      }
    }

    private static Object empty(Attribute attribute) {
      Class<?> raw = attribute.getter().getReturnType();
      if (raw == Optional.class) {
        return Optional.empty();
      }
      if (Map.class.isAssignableFrom(raw)) {
        return ImmutableMap.of();
      }
      if (SortedSet.class.isAssignableFrom(raw)) {
        return com.google.common.collect.ImmutableSortedSet.of();
      }
      if (java.util.Set.class.isAssignableFrom(raw)) {
        return ImmutableSet.of();
      }
      return ImmutableList.of();
    }
  }
}
