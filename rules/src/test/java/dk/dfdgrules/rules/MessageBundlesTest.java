/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle of the rules module has the same keys in Danish and English, none blank.
 * That every message a rule produces — on the areas' bundled examples and on every case file — has
 * a Danish and an English text with every placeholder filled in is {@link RuleAreasTest}'s.
 */
class MessageBundlesTest {

  static Stream<String> rulesBundles() {
    return Messages.baseNames().stream().filter(b -> b.startsWith("dk.dfdgrules.rules."));
  }

  @Test
  void everyAreaRegistersABundle() {
    assertThat(rulesBundles()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("rulesBundles")
  void danishAndEnglishHaveTheSameKeys(String baseName) {
    assertThat(Messages.ownKeys(baseName, Messages.ENGLISH))
        .as("keys of %s in English vs Danish", baseName)
        .containsExactlyElementsOf(Messages.ownKeys(baseName, Messages.DANISH));
  }

  @ParameterizedTest
  @MethodSource("rulesBundles")
  void noTextIsBlank(String baseName) throws IOException {
    for (String suffix : List.of("", "_en")) {
      String resource = baseName.replace('.', '/') + suffix + ".properties";
      Properties p = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key : p.stringPropertyNames()) {
        assertThat(p.getProperty(key)).as("%s in %s", key, resource).isNotBlank();
      }
    }
  }
}
