/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model carries no annotation of a serialization library: its JSON mapping lives in {@code
 * dfdg-json} (Jackson 2) and {@code dfdg-jackson3} (Jackson 3), so that either reads it.
 */
class JacksonFreeModelTest {

  @Test
  void noSourceOfCoreMentionsJackson() throws IOException {
    List<Path> offending;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      offending =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(JacksonFreeModelTest::mentionsJackson)
              .collect(Collectors.toList());
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void noGeneratedImmutablesClassMentionsJackson() throws IOException {
    Path generated = Path.of("target/generated-sources/annotations");
    assertThat(generated).isDirectory();
    try (Stream<Path> files = Files.walk(generated)) {
      assertThat(files.filter(f -> f.toString().endsWith(".java")))
          .isNotEmpty()
          .noneMatch(JacksonFreeModelTest::mentionsJackson);
    }
  }

  private static boolean mentionsJackson(Path file) {
    try {
      return Files.readString(file).contains("com.fasterxml.jackson");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
