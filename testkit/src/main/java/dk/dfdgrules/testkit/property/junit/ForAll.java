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

/**
 * Marks a parameter of a {@link Property} method as generated.
 *
 * <p>Without a value the generator is found by the parameter's type ({@link
 * dk.dfdgrules.testkit.property.GenRegistry#standard()}): every type of the domain model, every
 * code-list enum, and {@code List}, {@code Set} and {@code Optional} of them. With a value, it
 * names a method without parameters, in the test class (or an enclosing class of a {@code @Nested}
 * class), that returns the {@link dk.dfdgrules.testkit.property.Gen} to use; it may be static or
 * not, and of any visibility.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ForAll {

  /**
   * The name of the generator method; empty to find the generator by type.
   *
   * @return the method name
   */
  String value() default "";
}
