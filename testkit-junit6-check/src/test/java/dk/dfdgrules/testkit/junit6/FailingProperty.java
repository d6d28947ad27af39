/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.junit6;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;

/**
 * A property that does not hold, run by {@link PropertiesOnJUnit6Test} through the launcher (its
 * name keeps it out of the build's own test run).
 */
class FailingProperty {

  @Property
  void everyNumberIsBelow100(@ForAll("numbers") int n) {
    assertThat(n).isLessThan(100);
  }

  Gen<Integer> numbers() {
    return Gens.integers(0, 1000);
  }
}
