/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit Jupiter test method as a property: it is run once per try, with its {@link ForAll}
 * parameters generated — by type through the registered {@link
 * dk.dfdgrules.testkit.property.GenProvider}s, or by a named generator method of the test class.
 * Other parameters ({@code TestInfo}, {@code TestReporter} …) are resolved by JUnit as usual and
 * are the same in every try.
 *
 * <pre>{@code
 * @Property(tries = 500)
 * void youngCitizensAreUnder30(@ForAll("youngCitizens") Citizen citizen) {
 *   assertThat(citizen.cpr().ageOn(DAY)).isBetween(16, 29);
 * }
 *
 * Gen<Citizen> youngCitizens() {
 *   return citizens().agedBetween(16, 29).on(DAY);
 * }
 * }</pre>
 *
 * <p>The run is that of {@link dk.dfdgrules.testkit.property.PropertyCheck}: edge cases first, then
 * random values; a counterexample is shrunk and reported with the seed. The property's name is
 * {@code ClassName#methodName}, which also gives its default seed. {@code @BeforeEach} and
 * {@code @AfterEach} methods run once around the whole property, not around each try. A property's
 * report (tries, labels, coverage) is published as a JUnit report entry.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(PropertyExtension.class)
public @interface Property {

  /**
   * The number of tries; 0 (the default) means {@value
   * dk.dfdgrules.testkit.property.PropertyCheck#DEFAULT_TRIES}, or the system property {@code
   * dfdg.testkit.tries}.
   *
   * @return the tries
   */
  int tries() default 0;

  /**
   * A fixed seed, as a decimal number; empty (the default) means the system property {@code
   * dfdg.testkit.seed}, or else a seed derived from the property's name.
   *
   * @return the seed
   */
  String seed() default "";

  /**
   * The most edge cases to try first; -1 (the default) means a quarter of the tries, 0 none.
   *
   * @return the most edge cases
   */
  int edgeCases() default -1;

  /**
   * The most replays shrinking may make; 0 switches shrinking off.
   *
   * @return the most shrink steps
   */
  int maxShrinkSteps() default dk.dfdgrules.testkit.property.PropertyCheck.DEFAULT_MAX_SHRINK_STEPS;
}
