/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.GenRegistry;
import dk.dfdgrules.testkit.property.PropertyCheck;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DomainGenProviderTest {

  /** The public model types of core: every public class outside the rule framework and JSON. */
  private static List<Class<?>> coreModelTypes() throws IOException, URISyntaxException {
    Path location =
        Path.of(
            dk.dfdgrules.core.citizen.CprNumber.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    FileSystem jar =
        Files.isDirectory(location)
            ? null
            : FileSystems.newFileSystem(location, (ClassLoader) null);
    Path root = jar == null ? location : jar.getPath("/");
    Path core = root.resolve("dk/dfdgrules/core");
    try (jar;
        Stream<Path> files = Files.walk(core)) {
      return files
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".class") && !p.contains("$"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .filter(n -> !n.contains(".rule.") && !n.contains(".json.") && !n.contains(".internal."))
          .filter(n -> !n.contains(".Immutable") && !n.endsWith("package-info"))
          .map(DomainGenProviderTest::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.isInterface() && !c.isEnum())
          .filter(
              c ->
                  !Set.of("FlisDates", "Anniversaries")
                      .contains(c.getSimpleName())) // calendar utilities, not values
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName(
      "every model type of core has a generator, found by type, whose values are of that type")
  void everyModelType() throws Exception {
    List<Class<?>> types = coreModelTypes();
    assertThat(types).hasSizeGreaterThan(20);
    assertThat(DomainGenProvider.types()).containsAll(types);
    for (Class<?> type : types) {
      Gen<?> gen = GenRegistry.standard().forType(type);
      PropertyCheck.forAll(gen).named(type.getName()).tries(30).check(type::isInstance);
    }
  }

  @Test
  @DisplayName("a set of support needs by type is a valid set")
  void supportNeedSets() throws NoSuchMethodException {
    java.lang.reflect.Type t =
        DomainGenProviderTest.class.getDeclaredMethod("needs", SortedSet.class)
            .getGenericParameterTypes()[0];
    assertThat(GenRegistry.standard().forType(t)).isInstanceOf(SupportNeedsGen.class);
  }

  @SuppressWarnings("unused")
  private static void needs(SortedSet<SupportNeed> needs) {}
}
