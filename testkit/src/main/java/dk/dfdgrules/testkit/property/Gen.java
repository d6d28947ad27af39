/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.testkit.property.internal.ChoiceStream;
import dk.dfdgrules.testkit.property.internal.EdgeCaseEnumerator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values of type {@code T}: a function of a {@link Source} of recorded choices.
 *
 * <p>Because a value is made only from the choices it drew, the engine can reproduce it from a
 * seed, try the edge cases of every draw first, and shrink a failing value by shrinking its choices
 * — through {@link #map}, {@link #flatMap} and {@link #filter} alike, with no shrinking code in the
 * generator ("integrated shrinking").
 *
 * <p>Generators are immutable and thread-safe: the same generator can serve many properties. Start
 * from the factories of {@link Gens}, or from the domain generators of {@code
 * dk.dfdgrules.testkit.generators}. A hand-written generator is a lambda:
 *
 * <pre>{@code
 * Gen<DatePeriod> periods = source -> {
 *   LocalDate start = source.draw(Gens.dates(FROM, TO));
 *   return DatePeriod.of(start, start.plusDays(source.intBetween(0, 365)));
 * };
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

  /** The number of attempts {@link #filter(String, Predicate)} makes before it gives up. */
  int FILTER_ATTEMPTS = 100;

  /**
   * Generates one value.
   *
   * @param source the choices to draw from
   * @return the value, never null
   */
  T generate(Source source);

  /**
   * A generator of transformed values. Shrinks as this one does.
   *
   * @param mapper the transformation; must not return null
   * @param <R> the new type
   * @return the generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return source -> mapper.apply(generate(source));
  }

  /**
   * A generator whose values come from a generator chosen by a value of this one (e.g. a list whose
   * size is generated first). Shrinks through both.
   *
   * @param mapper the generator to use for each value
   * @param <R> the new type
   * @return the generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    return source -> mapper.apply(generate(source)).generate(source);
  }

  /**
   * The values that satisfy a condition; see {@link #filter(String, Predicate)}.
   *
   * @param predicate the condition
   * @return the generator
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return filter("a filter", predicate);
  }

  /**
   * The values that satisfy a condition, found by drawing again. After {@value #FILTER_ATTEMPTS}
   * rejections in a row generation fails with a {@link GenerationException} naming the filter: a
   * filter that rejects nearly everything is a generator to rewrite, not to wait for.
   *
   * @param description what the filter keeps, for the error message, e.g. {@code "even numbers"}
   * @param predicate the condition
   * @return the generator
   */
  default Gen<T> filter(String description, Predicate<? super T> predicate) {
    return source -> {
      for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
        T value = generate(source);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new GenerationException(
          "the filter '"
              + description
              + "' rejected "
              + FILTER_ATTEMPTS
              + " values in a row; generate such values directly instead of filtering them");
    };
  }

  /**
   * Lists of these values. The list grows element by element, so shrinking can remove any element;
   * the edge cases include the shortest list.
   *
   * @param minSize the least size, at least 0
   * @param maxSize the largest size, not below {@code minSize}
   * @return the generator of immutable lists
   * @throws IllegalArgumentException if the sizes are negative or reversed
   */
  default Gen<List<T>> list(int minSize, int maxSize) {
    checkArgument(
        minSize >= 0 && maxSize >= minSize, "sizes must be 0 <= %s <= %s", minSize, maxSize);
    double extra = Math.min((maxSize - minSize) / 2.0, 8.0);
    double more = extra / (extra + 1);
    return source -> {
      List<T> out = new ArrayList<>();
      while (out.size() < minSize) {
        out.add(generate(source));
      }
      while (out.size() < maxSize && source.coin(more)) {
        out.add(generate(source));
      }
      return ImmutableList.copyOf(out);
    };
  }

  /**
   * Lists of 0 to 10 of these values.
   *
   * @return the generator of immutable lists
   */
  default Gen<List<T>> list() {
    return list(0, 10);
  }

  /**
   * Sets of distinct values. Fails with a {@link GenerationException} if {@code minSize} distinct
   * values cannot be found.
   *
   * @param minSize the least size, at least 0
   * @param maxSize the largest size, not below {@code minSize}
   * @return the generator of immutable sets, in the order the values were drawn
   * @throws IllegalArgumentException if the sizes are negative or reversed
   */
  default Gen<Set<T>> set(int minSize, int maxSize) {
    checkArgument(
        minSize >= 0 && maxSize >= minSize, "sizes must be 0 <= %s <= %s", minSize, maxSize);
    double extra = Math.min((maxSize - minSize) / 2.0, 8.0);
    double more = extra / (extra + 1);
    return source -> {
      Set<T> out = new LinkedHashSet<>();
      int misses = 0;
      while (out.size() < minSize) {
        if (!out.add(generate(source)) && ++misses > FILTER_ATTEMPTS) {
          throw new GenerationException(
              "could not draw " + minSize + " distinct values; found " + out.size());
        }
      }
      while (out.size() < maxSize && misses <= FILTER_ATTEMPTS && source.coin(more)) {
        if (!out.add(generate(source))) {
          misses++;
        }
      }
      return ImmutableSet.copyOf(out);
    };
  }

  /**
   * An optional of these values, empty about one time in five. Shrinks towards empty.
   *
   * @return the generator
   */
  default Gen<Optional<T>> optional() {
    return source -> source.coin(0.8) ? Optional.of(generate(source)) : Optional.empty();
  }

  /**
   * Pairs a value of this generator with one of another, combined.
   *
   * @param other the other generator
   * @param combiner makes the result from both values
   * @param <U> the other type
   * @param <R> the result type
   * @return the generator
   */
  default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> combiner) {
    return source -> {
      T t = generate(source);
      U u = other.generate(source);
      return combiner.apply(t, u);
    };
  }

  /**
   * One value from a seed, for exploring a generator (in a test or in {@code jshell}).
   *
   * @param seed the seed
   * @return the value
   * @throws GenerationException if no value could be generated
   */
  default T sample(long seed) {
    return generate(new Source(ChoiceStream.random(seed)));
  }

  /**
   * Values from a seed: the same seed gives the same values.
   *
   * @param seed the seed
   * @param count how many
   * @return the values
   * @throws GenerationException if a value could not be generated
   */
  default List<T> samples(long seed, int count) {
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(generate(new Source(ChoiceStream.random(Seeds.forTry(seed, i)))));
    }
    return out;
  }

  /**
   * The first edge cases of this generator, in the order the engine tries them: the value of every
   * simplest choice first, then the values that differ from it in one choice, in two …
   *
   * @param max the most to return
   * @return the edge-case values
   */
  default List<T> edgeCases(int max) {
    List<T> out = new ArrayList<>();
    EdgeCaseEnumerator enumerator = new EdgeCaseEnumerator();
    while (out.size() < max) {
      Optional<int[]> vector = enumerator.next();
      if (vector.isEmpty()) {
        break;
      }
      ChoiceStream stream = ChoiceStream.edges(vector.get());
      try {
        out.add(generate(new Source(stream)));
        enumerator.explored(vector.get(), stream.arities());
      } catch (GenerationException | ChoiceStream.Overrun e) {
        enumerator.explored(vector.get(), stream.arities());
      }
    }
    return out;
  }
}
