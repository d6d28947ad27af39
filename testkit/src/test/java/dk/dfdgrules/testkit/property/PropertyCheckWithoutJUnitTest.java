/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.rule.Messages;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link PropertyCheck} is framework-neutral: with the testkit, core, code lists and Guava alone on
 * the class path — no JUnit, no opentest4j, no AssertJ, as for a user without JUnit — a property
 * runs, fails and shrinks.
 */
class PropertyCheckWithoutJUnitTest {

  @Test
  void aPropertyFailsAndShrinksWithoutJUnitOnTheClassPath() throws Exception {
    URL[] classPath =
        ImmutableList.of(
                PropertyCheck.class,
                Messages.class,
                CodeLists.class,
                ImmutableList.class,
                InternalFutureFailureAccess.class)
            .stream()
            .map(PropertyCheckWithoutJUnitTest::location)
            .distinct()
            .toArray(URL[]::new);
    try (URLClassLoader loader =
        new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
      assertThat(loadable(loader, "org.junit.jupiter.api.Test")).isFalse();
      assertThat(loadable(loader, "org.opentest4j.TestAbortedException")).isFalse();

      Class<?> gens = loader.loadClass(Gens.class.getName());
      Class<?> genType = loader.loadClass(Gen.class.getName());
      Class<?> check = loader.loadClass(PropertyCheck.class.getName());
      Object integers = gens.getMethod("integers", int.class, int.class).invoke(null, 0, 1000);
      Object property = check.getMethod("forAll", genType).invoke(null, integers);
      Predicate<Integer> below100 = i -> i < 100;
      Throwable failure = null;
      try {
        check.getMethod("check", Predicate.class).invoke(property, below100);
      } catch (InvocationTargetException e) {
        failure = e.getCause();
      }
      assertThat(failure).isNotNull();
      assertThat(failure.getClass().getName()).isEqualTo(PropertyFailure.class.getName());
      assertThat(failure.getMessage()).contains("100"); // shrunk to the smallest counterexample
    }
  }

  private static boolean loadable(ClassLoader loader, String name) {
    try {
      loader.loadClass(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static URL location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    } catch (URISyntaxException | java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
