/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The basic generators, from which every other is built.
 *
 * <table>
 *   <caption>What each generator shrinks towards, and its edge cases</caption>
 *   <tr><th>generator</th><th>shrinks towards</th><th>edge cases</th></tr>
 *   <tr><td>{@link #integers(int, int)}, {@link #longs(long, long)}</td>
 *       <td>the value nearest 0</td><td>both bounds; 0 and −1 when in range</td></tr>
 *   <tr><td>{@link #dates(LocalDate, LocalDate)}</td><td>the first date</td>
 *       <td>the first and the last date</td></tr>
 *   <tr><td>{@link #booleans()}</td><td>false</td><td>false, true</td></tr>
 *   <tr><td>{@link #elements(Collection)}, {@link #oneOf(Gen[])}, {@link #frequency(Weighted[])}</td>
 *       <td>the first alternative</td>
 *       <td>every alternative when at most 16, else the first and the last</td></tr>
 *   <tr><td>{@link Gen#list(int, int)}, {@link #subsets(Collection)}</td>
 *       <td>fewer and simpler elements</td><td>the shortest, then longer ones</td></tr>
 *   <tr><td>{@link #permutations(List)}</td><td>the given order</td><td>the given order first</td></tr>
 * </table>
 */
public final class Gens {

  private Gens() {}

  /**
   * Always the same value.
   *
   * @param value the value
   * @param <T> its type
   * @return the generator
   */
  public static <T> Gen<T> constant(T value) {
    requireNonNull(value, "value");
    return source -> value;
  }

  /**
   * One of some values, uniformly.
   *
   * @param values at least one value
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if there is no value
   */
  @SafeVarargs
  public static <T> Gen<T> elements(T... values) {
    ImmutableList.Builder<T> copy = ImmutableList.builder();
    for (T v : values) {
      copy.add(v);
    }
    return elements(copy.build());
  }

  /**
   * One of some values, uniformly; shrinks towards the first.
   *
   * @param values at least one value; copied
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if there is no value
   */
  public static <T> Gen<T> elements(Collection<? extends T> values) {
    List<T> copy = ImmutableList.copyOf(values);
    checkArgument(!copy.isEmpty(), "elements() needs at least one value");
    return source -> copy.get(source.index(copy.size()));
  }

  /**
   * One of the constants of an enum, in declaration order for shrinking.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return elements(type.getEnumConstants());
  }

  /**
   * A value from one of several generators, chosen uniformly; shrinks towards the first.
   *
   * @param gens at least one generator
   * @param <T> the value type
   * @return the generator
   * @throws IllegalArgumentException if there is no generator
   */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    ImmutableList.Builder<Gen<? extends T>> builder = ImmutableList.builder();
    for (Gen<? extends T> g : gens) {
      builder.add(g);
    }
    List<Gen<? extends T>> copy = builder.build();
    checkArgument(!copy.isEmpty(), "oneOf() needs at least one generator");
    return source -> copy.get(source.index(copy.size())).generate(source);
  }

  /**
   * A generator with a weight, for {@link #frequency(Weighted[])}.
   *
   * @param weight the relative weight, not negative
   * @param gen the generator
   * @param <T> the value type
   */
  public record Weighted<T>(double weight, Gen<? extends T> gen) {
    /**
     * Checks the weight.
     *
     * @param weight the relative weight, not negative
     * @param gen the generator
     * @throws IllegalArgumentException if the weight is negative or not finite
     */
    public Weighted {
      checkArgument(weight >= 0 && Double.isFinite(weight), "weight must be >= 0, was %s", weight);
      requireNonNull(gen, "gen");
    }
  }

  /**
   * A weighted alternative.
   *
   * @param weight the relative weight, not negative
   * @param gen the generator
   * @param <T> the value type
   * @return the alternative
   */
  public static <T> Weighted<T> weighted(double weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * A value from one of several generators, chosen by weight; shrinks towards the first. Every
   * alternative with a positive weight is also an edge case (when there are at most 16).
   *
   * @param alternatives the weighted generators; at least one weight positive
   * @param <T> the value type
   * @return the generator
   * @throws IllegalArgumentException if no weight is positive
   */
  @SafeVarargs
  public static <T> Gen<T> frequency(Weighted<? extends T>... alternatives) {
    ImmutableList.Builder<Weighted<? extends T>> builder = ImmutableList.builder();
    for (Weighted<? extends T> w : alternatives) {
      builder.add(w);
    }
    List<Weighted<? extends T>> copy = builder.build();
    double[] weights = copy.stream().mapToDouble(Weighted::weight).toArray();
    checkArgument(Arrays.stream(weights).anyMatch(w -> w > 0), "a weight must be positive");
    return source -> copy.get(source.weightedIndex(weights)).gen().generate(source);
  }

  /**
   * Integers in a range.
   *
   * @param min the least value
   * @param max the largest value, not below {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Gen<Integer> integers(int min, int max) {
    checkArgument(max >= min, "max %s is below min %s", max, min);
    return source -> source.intBetween(min, max);
  }

  /**
   * Longs in a range.
   *
   * @param min the least value
   * @param max the largest value, not below {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Gen<Long> longs(long min, long max) {
    checkArgument(max >= min, "max %s is below min %s", max, min);
    return source -> source.longBetween(min, max);
  }

  /**
   * {@code false} or {@code true}, evenly.
   *
   * @return the generator
   */
  public static Gen<Boolean> booleans() {
    return source -> source.coin(0.5);
  }

  /**
   * Dates in a range, both included; shrinks towards the first date. The first and the last date
   * are edge cases.
   *
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the generator
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    checkArgument(!to.isBefore(from), "last date %s is before the first %s", to, from);
    long days = ChronoUnit.DAYS.between(from, to);
    return source -> from.plusDays(source.longBetween(0, days));
  }

  /**
   * Strings of characters from an alphabet; shrinks towards shorter strings of its first character.
   *
   * @param alphabet the characters to use, at least one
   * @param minLength the least length
   * @param maxLength the largest length
   * @return the generator
   * @throws IllegalArgumentException if the alphabet is empty or the lengths are invalid
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    checkArgument(!alphabet.isEmpty(), "alphabet must not be empty");
    Gen<Character> chars = source -> alphabet.charAt(source.index(alphabet.length()));
    return chars
        .list(minLength, maxLength)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder(cs.size());
              cs.forEach(b::append);
              return b.toString();
            });
  }

  /**
   * Lists of values.
   *
   * @param element the element generator
   * @param minSize the least size
   * @param maxSize the largest size
   * @param <T> the element type
   * @return the generator; see {@link Gen#list(int, int)}
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    return element.list(minSize, maxSize);
  }

  /**
   * Subsets of a collection, each element in or out; shrinks towards the empty set.
   *
   * @param values the values; copied, duplicates removed
   * @param <T> their type
   * @return the generator of immutable sets, in the collection's order
   */
  public static <T> Gen<Set<T>> subsets(Collection<? extends T> values) {
    List<T> copy = ImmutableSet.<T>copyOf(values).asList();
    return source -> {
      ImmutableSet.Builder<T> out = ImmutableSet.builder();
      for (T t : copy) {
        if (source.coin(0.5)) {
          out.add(t);
        }
      }
      return out.build();
    };
  }

  /**
   * Orderings of a list; shrinks towards the given order, which is also the first edge case.
   *
   * @param values the values; copied
   * @param <T> their type
   * @return the generator of immutable lists
   */
  public static <T> Gen<List<T>> permutations(List<? extends T> values) {
    List<T> copy = ImmutableList.copyOf(values);
    return source -> {
      List<T> out = new ArrayList<>(copy);
      for (int i = out.size() - 1; i > 0; i--) {
        int j = i - source.index(i + 1);
        T t = out.get(i);
        out.set(i, out.get(j));
        out.set(j, t);
      }
      return ImmutableList.copyOf(out);
    };
  }

  /**
   * Combines the values of two generators.
   *
   * @param a the first generator
   * @param b the second generator
   * @param combiner makes the result
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the result type
   * @return the generator
   */
  public static <A, B, R> Gen<R> zip(
      Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combiner) {
    return a.zip(b, combiner);
  }

  /**
   * A function of three values, for {@link #zip(Gen, Gen, Gen, Function3)}.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface Function3<A, B, C, R> {
    /**
     * Applies the function.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @return the result
     */
    R apply(A a, B b, C c);
  }

  /**
   * Combines the values of three generators.
   *
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @param combiner makes the result
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the result type
   * @return the generator
   */
  public static <A, B, C, R> Gen<R> zip(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Function3<? super A, ? super B, ? super C, ? extends R> combiner) {
    return source -> {
      A x = a.generate(source);
      B y = b.generate(source);
      C z = c.generate(source);
      return combiner.apply(x, y, z);
    };
  }

  /**
   * A function of four values, for {@link #zip(Gen, Gen, Gen, Gen, Function4)}.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <D> the fourth type
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface Function4<A, B, C, D, R> {
    /**
     * Applies the function.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @return the result
     */
    R apply(A a, B b, C c, D d);
  }

  /**
   * Combines the values of four generators.
   *
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @param d the fourth generator
   * @param combiner makes the result
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <D> the fourth type
   * @param <R> the result type
   * @return the generator
   */
  public static <A, B, C, D, R> Gen<R> zip(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Gen<D> d,
      Function4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
    return source -> {
      A w = a.generate(source);
      B x = b.generate(source);
      C y = c.generate(source);
      D z = d.generate(source);
      return combiner.apply(w, x, y, z);
    };
  }

  /**
   * A generator made on first use, for recursive generators.
   *
   * @param supplier makes the generator
   * @param <T> the value type
   * @return the generator
   */
  public static <T> Gen<T> lazy(Supplier<Gen<T>> supplier) {
    Supplier<Gen<T>> memo = Suppliers.memoize(supplier::get);
    return source -> memo.get().generate(source);
  }
}
