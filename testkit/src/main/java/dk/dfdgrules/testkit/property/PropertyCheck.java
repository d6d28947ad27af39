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

import dk.dfdgrules.testkit.property.internal.ChoiceStream;
import dk.dfdgrules.testkit.property.internal.Describe;
import dk.dfdgrules.testkit.property.internal.EdgeCaseEnumerator;
import dk.dfdgrules.testkit.property.internal.Shrinker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: a statement that must hold for every value of a generator. Framework-neutral;
 * the JUnit annotation {@code @Property} runs on it too.
 *
 * <pre>{@code
 * PropertyCheck.forAll(educationPlans())
 *     .named("valid plans pass SN-1 to SN-4")
 *     .check(plan -> supportNeedRule.evaluate(plan, DAY).violations().isEmpty()); // a Rule<EducationPlan>
 * }</pre>
 *
 * <p><b>A run.</b> First the generator's edge cases (at most a quarter of the tries, see {@link
 * #edgeCases(int)}), then random values from the seed, until {@link #tries(int)} values passed. On
 * the first failure the counterexample is shrunk — deterministically, in at most {@link
 * #maxShrinkSteps(int)} replays — and a {@link PropertyFailure} reports the seed, the shrunk and
 * the original counterexample and how to run it again. After the last try the coverage requirements
 * of {@link Statistics} are checked.
 *
 * <p><b>Seeds.</b> Every run has one, chosen in this order:
 *
 * <ol>
 *   <li>the seed set on the property ({@link #seed(long)}, {@code @Property(seed = "…")});
 *   <li>the system property {@value #SEED_PROPERTY}: a number fixes the seed of every property;
 *       {@code random} draws a fresh seed per run from {@link System#nanoTime()} (reported on
 *       failure, like any seed);
 *   <li>otherwise a fingerprint of the property's name: each property has its own seed, and every
 *       run of it — on any machine — sees the same values. This is the default, so a build is
 *       reproducible; run with {@code -Ddfdg.testkit.seed=random} to explore further.
 * </ol>
 *
 * <p><b>Tries.</b> {@value #DEFAULT_TRIES} unless set on the property, or for every property by the
 * system property {@value #TRIES_PROPERTY}.
 *
 * <p><b>Failures.</b> A property fails when it throws (an assertion, any exception) or, for {@link
 * #check(Predicate)}, returns false. A JUnit or AssertJ assumption that does not hold (an {@code
 * org.opentest4j.TestAbortedException}, recognised by name, so that neither JUnit nor opentest4j
 * need be on the class path) discards the try instead; more than five discards per try wanted ends
 * the run with an error. While shrinking, a candidate counts as failing only when it fails with the
 * same exception class as the original.
 *
 * <p>A builder: not thread-safe; each terminal call ({@link #check}, {@link #verify}, {@link #run})
 * makes a fresh run.
 *
 * @param <T> the type of the values
 */
public final class PropertyCheck<T> {

  /** The system property that fixes the seed of every property, or {@code random}. */
  public static final String SEED_PROPERTY = "dfdg.testkit.seed";

  /** The system property that sets the default number of tries. */
  public static final String TRIES_PROPERTY = "dfdg.testkit.tries";

  /** The default number of tries. */
  public static final int DEFAULT_TRIES = 200;

  /** The default largest number of replays while shrinking. */
  public static final int DEFAULT_MAX_SHRINK_STEPS = 2_000;

  /**
   * The body of a property: any exception (an assertion) fails it.
   *
   * @param <T> the type of the values
   */
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Checks one value.
     *
     * @param value the value
     * @throws Throwable to fail the property
     */
    void accept(T value) throws Throwable;
  }

  private final Gen<T> gen;
  private String name = "property";
  private @Nullable Long seed;
  private int tries;
  private int edgeCases = -1;
  private int maxShrinkSteps = DEFAULT_MAX_SHRINK_STEPS;
  private Function<? super T, String> describer = Describe::value;
  private final List<Body<? super T>> statistics = new ArrayList<>();

  private PropertyCheck(Gen<T> gen) {
    this.gen = requireNonNull(gen, "gen");
  }

  /**
   * Starts a property over the values of a generator.
   *
   * @param gen the generator
   * @param <T> the type of the values
   * @return the property, to configure and run
   */
  public static <T> PropertyCheck<T> forAll(Gen<T> gen) {
    return new PropertyCheck<>(gen);
  }

  /**
   * Names the property, for reports and for its default seed.
   *
   * @param propertyName a name, e.g. {@code "valid plans pass SN-1 to SN-4"}
   * @return this
   */
  public PropertyCheck<T> named(String propertyName) {
    checkArgument(!propertyName.isBlank(), "name must not be blank");
    this.name = propertyName;
    return this;
  }

  /**
   * Fixes the seed.
   *
   * @param fixedSeed the seed
   * @return this
   */
  public PropertyCheck<T> seed(long fixedSeed) {
    this.seed = fixedSeed;
    return this;
  }

  /**
   * Sets the number of tries (values that must pass).
   *
   * @param count at least 1; 0 restores the default
   * @return this
   * @throws IllegalArgumentException if negative
   */
  public PropertyCheck<T> tries(int count) {
    this.tries = notNegative(count, "tries");
    return this;
  }

  /**
   * Sets the most edge cases tried before random values. The default is a quarter of the tries (at
   * least one); 0 switches edge cases off.
   *
   * @param max the most edge cases
   * @return this
   * @throws IllegalArgumentException if negative
   */
  public PropertyCheck<T> edgeCases(int max) {
    this.edgeCases = notNegative(max, "edge cases");
    return this;
  }

  /**
   * Sets the most replays shrinking may make; 0 switches shrinking off.
   *
   * @param max the most replays
   * @return this
   * @throws IllegalArgumentException if negative
   */
  public PropertyCheck<T> maxShrinkSteps(int max) {
    this.maxShrinkSteps = notNegative(max, "shrink steps");
    return this;
  }

  private static int notNegative(int value, String what) {
    checkArgument(value >= 0, "%s must not be negative, was %s", what, value);
    return value;
  }

  /**
   * Sets how a value is shown in a failure report (by default its {@code toString}, with CPR-like
   * digits masked; this text is masked too).
   *
   * @param describe renders a value
   * @return this
   */
  public PropertyCheck<T> describedBy(Function<? super T, String> describe) {
    this.describer = requireNonNull(describe, "describe");
    return this;
  }

  /**
   * Labels every value, as {@link Statistics#label(String)} would.
   *
   * @param classifier names the kind of each value
   * @return this
   */
  public PropertyCheck<T> classify(Function<? super T, String> classifier) {
    statistics.add(value -> Statistics.label(classifier.apply(value)));
    return this;
  }

  /**
   * Requires a share of the values to meet a condition, as {@link Statistics#cover} would.
   *
   * @param minPercent the least share, 0–100
   * @param condition the condition
   * @param label names the condition
   * @return this
   */
  public PropertyCheck<T> cover(double minPercent, Predicate<? super T> condition, String label) {
    statistics.add(value -> Statistics.cover(minPercent, condition.test(value), label));
    return this;
  }

  /**
   * Runs the property with a predicate; false fails it.
   *
   * @param property the statement, true when it holds
   * @return the result of the run, when it passed
   * @throws PropertyFailure with the shrunk counterexample, if it fails
   * @throws CoverageFailure if a coverage requirement is not met
   * @throws GenerationException if values could not be generated
   */
  public PropertyResult check(Predicate<? super T> property) {
    return verify(
        value -> {
          if (!property.test(value)) {
            throw new AssertionError("the property returned false");
          }
        });
  }

  /**
   * Runs the property with a body that asserts; any exception fails it.
   *
   * @param property the body
   * @return the result of the run, when it passed
   * @throws PropertyFailure with the shrunk counterexample, if it fails
   * @throws CoverageFailure if a coverage requirement is not met
   * @throws GenerationException if values could not be generated
   */
  public PropertyResult verify(Body<? super T> property) {
    PropertyResult result = run(property);
    if (result.failure().isPresent()) {
      throw result.failure().get();
    }
    return result;
  }

  /**
   * Runs the property and returns the result, failed or not.
   *
   * @param property the body
   * @return the result
   * @throws GenerationException if values could not be generated
   */
  public PropertyResult run(Body<? super T> property) {
    return new Run(property).execute();
  }

  /** The seed this property will run with, resolved as the class javadoc says. */
  long resolveSeed() {
    if (seed != null) {
      return seed;
    }
    String global = System.getProperty(SEED_PROPERTY, "").strip();
    if (global.equalsIgnoreCase("random")) {
      return Seeds.forTry(System.nanoTime(), 0);
    }
    if (!global.isEmpty()) {
      try {
        return Long.parseLong(global);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "system property "
                + SEED_PROPERTY
                + " must be a number or 'random', was '"
                + global
                + "'",
            e);
      }
    }
    return Seeds.forName(name);
  }

  int resolveTries() {
    if (tries > 0) {
      return tries;
    }
    String global = System.getProperty(TRIES_PROPERTY, "").strip();
    if (!global.isEmpty()) {
      try {
        int t = Integer.parseInt(global);
        checkArgument(t > 0, "system property %s must be positive, was %s", TRIES_PROPERTY, t);
        return t;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "system property " + TRIES_PROPERTY + " must be a number, was '" + global + "'", e);
      }
    }
    return DEFAULT_TRIES;
  }

  private enum Status {
    PASSED,
    FAILED,
    DISCARDED,
    INVALID
  }

  private record Evaluation<V>(
      Status status, @Nullable V value, long[] choices, @Nullable Throwable failure) {}

  /** One run of the property. */
  private final class Run {
    private final Body<? super T> body;
    private final long runSeed;
    private final int wanted;
    private final int maxEdgeCases;
    private final Statistics.Collector collector = new Statistics.Collector();
    private int passed;
    private int edgeTried;
    private int discarded;

    Run(Body<? super T> body) {
      this.body = requireNonNull(body, "property");
      this.runSeed = resolveSeed();
      this.wanted = resolveTries();
      this.maxEdgeCases = edgeCases >= 0 ? Math.min(edgeCases, wanted) : Math.max(1, wanted / 4);
    }

    PropertyResult execute() {
      Statistics.Collector previous = Statistics.install(collector);
      try {
        Optional<AssertionError> failure = edgePhase();
        if (failure.isEmpty()) {
          failure = randomPhase();
        }
        if (failure.isEmpty()) {
          failure = coverage();
        }
        return new PropertyResult(
            name,
            runSeed,
            collector.tries(),
            edgeTried,
            discarded,
            collector.counts(),
            collector.required(),
            failure);
      } finally {
        Statistics.install(previous);
      }
    }

    private Optional<AssertionError> edgePhase() {
      EdgeCaseEnumerator enumerator = new EdgeCaseEnumerator();
      int attempts = 0;
      while (edgeTried < maxEdgeCases && passed < wanted && attempts < maxEdgeCases * 10) {
        Optional<int[]> vector = enumerator.next();
        if (vector.isEmpty()) {
          break;
        }
        attempts++;
        ChoiceStream stream = ChoiceStream.edges(vector.get());
        Evaluation<T> e = evaluate(stream, true, false);
        enumerator.explored(vector.get(), stream.arities());
        if (e.status() == Status.INVALID) {
          continue;
        }
        edgeTried++;
        Optional<AssertionError> failure = settle(e, true);
        if (failure.isPresent()) {
          return failure;
        }
      }
      return Optional.empty();
    }

    private Optional<AssertionError> randomPhase() {
      int index = 0;
      while (passed < wanted) {
        ChoiceStream stream = ChoiceStream.random(Seeds.forTry(runSeed, index++));
        Evaluation<T> e = evaluate(stream, true, true);
        Optional<AssertionError> failure = settle(e, false);
        if (failure.isPresent()) {
          return failure;
        }
      }
      return Optional.empty();
    }

    private Optional<AssertionError> settle(Evaluation<T> e, boolean edgeCase) {
      switch (e.status()) {
        case PASSED -> {
          passed++;
          collector.commitTry();
        }
        case DISCARDED -> {
          discarded++;
          collector.discardTry();
          if (discarded > 5 * wanted) {
            throw new GenerationException(
                "property '"
                    + name
                    + "' (seed "
                    + runSeed
                    + "): "
                    + discarded
                    + " tries were discarded by assumptions, against "
                    + passed
                    + " that passed; generate the values the property needs instead of assuming"
                    + " them");
          }
        }
        case FAILED -> {
          collector.commitTry();
          return Optional.of(shrinkAndReport(e, edgeCase));
        }
        default -> throw new IllegalStateException("unexpected " + e.status());
      }
      return Optional.empty();
    }

    /** A generator failure that ends the run, naming the property and the seed. */
    private GenerationException generationFailure(String what, Throwable cause) {
      return new GenerationException(
          "property '" + name + "' (seed " + runSeed + "): " + what, cause);
    }

    /** Generates and runs one value; in random mode a generator failure ends the run. */
    private Evaluation<T> evaluate(
        ChoiceStream stream, boolean collect, boolean generationFailureIsFatal) {
      T value;
      try {
        value = gen.generate(new Source(stream));
      } catch (GenerationException | ChoiceStream.Overrun e) {
        if (generationFailureIsFatal) {
          throw generationFailure("could not generate a value: " + e.getMessage(), e);
        }
        return new Evaluation<>(Status.INVALID, null, stream.recorded(), null);
      } catch (RuntimeException e) {
        if (generationFailureIsFatal) {
          throw generationFailure("the generator threw " + Describe.failure(e), e);
        }
        return new Evaluation<>(Status.INVALID, null, stream.recorded(), null);
      }
      long[] choices = stream.recorded();
      Statistics.Collector saved = Statistics.install(collect ? collector : null);
      try {
        for (Body<? super T> s : statistics) {
          s.accept(value);
        }
        body.accept(value);
        return new Evaluation<>(Status.PASSED, value, choices, null);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        if (isAborted(t)) {
          return new Evaluation<>(Status.DISCARDED, value, choices, t);
        }
        return new Evaluation<>(Status.FAILED, value, choices, t);
      } finally {
        Statistics.install(saved);
      }
    }

    private PropertyFailure shrinkAndReport(Evaluation<T> original, boolean edgeCase) {
      Throwable originalFailure = requireNonNull(original.failure());
      Class<?> kind = originalFailure.getClass();
      Shrinker.Result shrunk =
          Shrinker.shrink(
              original.choices(),
              candidate -> {
                Evaluation<T> e = evaluate(ChoiceStream.replay(candidate), false, false);
                return e.status() == Status.FAILED && requireNonNull(e.failure()).getClass() == kind
                    ? e.choices()
                    : null;
              },
              maxShrinkSteps);
      Evaluation<T> best = evaluate(ChoiceStream.replay(shrunk.choices()), false, false);
      if (best.status() != Status.FAILED) {
        best = original; // a flaky property: report what was seen
      }
      return new PropertyFailure(
          new PropertyFailure.Report(
              name,
              runSeed,
              passed + 1,
              edgeCase,
              describe(original.value()),
              originalFailure,
              describe(best.value()),
              requireNonNull(best.failure()),
              shrunk.steps()));
    }

    private String describe(@Nullable T value) {
      return value == null ? "null" : Describe.mask(describer.apply(value));
    }

    private Optional<AssertionError> coverage() {
      int total = collector.tries();
      StringBuilder misses = new StringBuilder();
      for (Map.Entry<String, Double> r : collector.required().entrySet()) {
        int count = collector.counts().getOrDefault(r.getKey(), 0);
        double pct = total == 0 ? 0 : 100.0 * count / total;
        if (pct < r.getValue()) {
          misses.append(
              String.format(
                  Locale.ROOT,
                  "%n  '%s': %.1f %% (%d of %d tries), required at least %.1f %%",
                  r.getKey(),
                  pct,
                  count,
                  total,
                  r.getValue()));
        }
      }
      if (misses.length() == 0) {
        return Optional.empty();
      }
      return Optional.of(
          new CoverageFailure(
              "Property '"
                  + name
                  + "' (seed "
                  + runSeed
                  + ") held, but its generators did not reach every required case:"
                  + misses
                  + "\nMake the generator reach these cases more often, or lower the requirement.",
              runSeed));
    }
  }

  /**
   * Whether a try ended with an assumption that does not hold: opentest4j's {@code
   * TestAbortedException} (JUnit's and AssertJ's assumptions) or a subclass, found by name, so that
   * this class loads and runs without opentest4j.
   */
  private static boolean isAborted(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals("org.opentest4j.TestAbortedException")) {
        return true;
      }
    }
    return false;
  }
}
