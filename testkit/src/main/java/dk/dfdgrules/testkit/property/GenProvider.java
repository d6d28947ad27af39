/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Supplies generators by type, for parameters of {@code @Property} methods that name no generator.
 * Implementations are found with {@link java.util.ServiceLoader}: list them in {@code
 * META-INF/services/dk.dfdgrules.testkit.property.GenProvider}. The testkit registers one for the
 * whole domain model of {@code core} and every code-list enum.
 */
public interface GenProvider {

  /**
   * A generator for a type, if this provider knows one.
   *
   * @param type the type asked for, possibly parameterized ({@code List<SupportNeed>})
   * @param registry the registry, to ask for the generators of type arguments
   * @return the generator, or empty
   */
  Optional<Gen<?>> forType(Type type, GenRegistry registry);
}
