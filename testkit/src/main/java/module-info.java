/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Generators of valid and invalid domain data, a property-testing engine with shrinking, and
 * AssertJ assertions for rule results. For test scope.
 *
 * <p>Every package is exported except {@code dk.dfdgrules.testkit.property.internal}. The JUnit
 * extension's package is open to JUnit, which instantiates it reflectively. A module-path user's
 * own test packages that hold {@code @Property} methods must be open to this module, whose
 * extension invokes them reflectively.
 *
 * <p>JUnit Jupiter is optional: only {@link dk.dfdgrules.testkit.property.junit} needs it, and the
 * user brings it (5.14 or 6). AssertJ is required: the assertions extend its {@code Assertions}.
 *
 * <p>Instancio is optional. {@link dk.dfdgrules.testkit.instancio.DfdgInstancioProvider} is its
 * service provider on the class path only (see below).
 */
module dk.dfdgrules.testkit {
  requires transitive dk.dfdgrules.core;
  requires transitive dk.dfdgrules.codelists;
  requires transitive com.google.common;
  // JUnit is the user's (5.14 or 6): only @Property and its extension need it
  requires static transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires static transitive org.jspecify;
  requires static org.instancio.core;
  // compile time only: the code enums carry Jackson annotations, which javac and javadoc read
  requires static com.fasterxml.jackson.annotation;

  exports dk.dfdgrules.testkit.assertions;
  exports dk.dfdgrules.testkit.generators;
  exports dk.dfdgrules.testkit.instancio;
  exports dk.dfdgrules.testkit.property;
  exports dk.dfdgrules.testkit.property.junit;

  opens dk.dfdgrules.testkit.property.junit to
      org.junit.platform.commons;

  uses dk.dfdgrules.testkit.property.GenProvider;

  provides dk.dfdgrules.testkit.property.GenProvider with
      dk.dfdgrules.testkit.generators.DomainGenProvider;
// Not "provides org.instancio.spi.InstancioServiceProvider": a module that provides a service
// must read the service's module, so on a module path without Instancio the testkit would not
// resolve. The provider stays registered in META-INF/services, for the class path.
}
