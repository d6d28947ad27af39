/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.examples.ReadmeFiles.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every Java and XML example of the README is a tagged region of this module, word for word, so
 * that what a reader copies is what this module compiles and runs.
 */
class ReadmeQuotesTest {

  private final Map<String, String> regions = ReadmeFiles.regions(ReadmeFiles.sources());

  @Test
  void everyJavaAndXmlBlockOfTheReadmeIsARegionOfThisModule() {
    List<String> unquoted = new ArrayList<>();
    for (Block block : ReadmeFiles.readmeBlocks()) {
      if ((block.language().equals("java") || block.language().equals("xml"))
          && !regions.containsValue(block.text())) {
        unquoted.add(
            "README.md line "
                + block.line()
                + " ("
                + block.language()
                + ") is no region of examples/; it reads:\n"
                + block.text());
      }
    }
    assertThat(unquoted).isEmpty();
  }

  @Test
  void everyRegionIsQuotedInTheReadme() {
    Set<String> quoted = new HashSet<>();
    for (Block block : ReadmeFiles.readmeBlocks()) {
      quoted.add(block.text());
    }
    List<String> unused =
        regions.entrySet().stream()
            .filter(e -> !quoted.contains(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(unused).as("regions of examples/ that the README does not quote").isEmpty();
  }

  @Test
  void theRegionsAreFound() {
    assertThat(regions).containsKeys("first-example", "bom", "rules", "bean-validation");
  }
}
