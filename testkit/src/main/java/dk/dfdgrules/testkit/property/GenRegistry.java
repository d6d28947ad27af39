/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds a generator for a type: first from the registered {@link GenProvider}s, then from the
 * built-in ones.
 *
 * <table>
 *   <caption>Built-in generators by type</caption>
 *   <tr><th>type</th><th>values</th></tr>
 *   <tr><td>{@code int}, {@code Integer}, {@code long}, {@code Long}</td><td>the whole range</td></tr>
 *   <tr><td>{@code boolean}, {@code Boolean}</td><td>both</td></tr>
 *   <tr><td>{@code String}</td><td>0–20 letters and digits</td></tr>
 *   <tr><td>{@code LocalDate}</td><td>1900-01-01 to 2099-12-31 (but the testkit's own
 *       provider, registered on the class path, serves the domain dates 2015–2030 first)</td></tr>
 *   <tr><td>any enum</td><td>its constants</td></tr>
 *   <tr><td>{@code List<X>}, {@code Set<X>}, {@code Optional<X>}</td>
 *       <td>0–10 elements (sets: distinct) of the generator of {@code X}</td></tr>
 * </table>
 */
public final class GenRegistry {

  private static final Supplier<GenRegistry> STANDARD =
      Suppliers.memoize(
          () ->
              new GenRegistry(
                  ImmutableList.copyOf(
                      ServiceLoader.load(GenProvider.class, GenRegistry.class.getClassLoader()))));

  private final List<GenProvider> providers;

  private GenRegistry(List<GenProvider> providers) {
    this.providers = providers;
  }

  /**
   * The registry of every provider found on the class path.
   *
   * @return the registry
   */
  public static GenRegistry standard() {
    return STANDARD.get();
  }

  /**
   * A registry of the given providers (and the built-in generators).
   *
   * @param providers the providers, asked in order
   * @return the registry
   */
  public static GenRegistry of(List<? extends GenProvider> providers) {
    return new GenRegistry(ImmutableList.copyOf(providers));
  }

  /**
   * The generator for a type.
   *
   * @param type a type
   * @return the generator
   * @throws IllegalArgumentException if no provider knows the type; the message says how to name a
   *     generator instead
   */
  public Gen<?> forType(Type type) {
    return find(type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no generator for type "
                        + type.getTypeName()
                        + ": name one with @ForAll(\"method\") and a method returning Gen<"
                        + type.getTypeName()
                        + ">, or register a GenProvider"));
  }

  /**
   * The generator for a type, if one is known.
   *
   * @param type a type
   * @return the generator, or empty
   */
  public Optional<Gen<?>> find(Type type) {
    for (GenProvider p : providers) {
      Optional<Gen<?>> gen = p.forType(type, this);
      if (gen.isPresent()) {
        return gen;
      }
    }
    return builtIn(type);
  }

  private Optional<Gen<?>> builtIn(Type type) {
    if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
      return find(w.getUpperBounds()[0]);
    }
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      Type raw = p.getRawType();
      Optional<Gen<?>> element = find(p.getActualTypeArguments()[0]);
      if (raw == List.class) {
        return element.map(e -> e.list(0, 10));
      }
      if (raw == Set.class) {
        return element.map(e -> e.set(0, 10));
      }
      if (raw == Optional.class) {
        return element.map(Gen::optional);
      }
      return Optional.empty();
    }
    if (!(type instanceof Class<?> c)) {
      return Optional.empty();
    }
    if (c == int.class || c == Integer.class) {
      return Optional.of(Gens.integers(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    if (c == long.class || c == Long.class) {
      return Optional.of(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE));
    }
    if (c == boolean.class || c == Boolean.class) {
      return Optional.of(Gens.booleans());
    }
    if (c == String.class) {
      return Optional.of(
          Gens.strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 0, 20));
    }
    if (c == LocalDate.class) {
      return Optional.of(Gens.dates(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31)));
    }
    if (c.isEnum()) {
      return Optional.of(Gens.elements(c.getEnumConstants()));
    }
    return Optional.empty();
  }
}
