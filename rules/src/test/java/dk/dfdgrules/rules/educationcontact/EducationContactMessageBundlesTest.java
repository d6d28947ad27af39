/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.educationcontact;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import org.junit.jupiter.api.Test;

/**
 * The messages of EC-4, the library's own format checks, say that they are not in the source. That
 * every bundle has the same keys in Danish and English is {@link
 * dk.dfdgrules.rules.MessageBundlesTest}'s.
 */
class EducationContactMessageBundlesTest {

  @Test
  void theFormatChecksSayTheyAreNotInTheSource() {
    for (String key : Messages.ownKeys(EducationContactMessageBundles.BASE_NAME, Messages.DANISH)) {
      // a title names the check; its summary (EC-4.n.summary) says it is the library's own
      if (key.startsWith("EC-4.")
          && !key.equals("EC-4.nothingToCheck")
          && !key.endsWith(".title")) {
        assertThat(Messages.text(key, Messages.DANISH).orElseThrow())
            .as(key)
            .contains("Ikke i kilden");
        assertThat(Messages.text(key, Messages.ENGLISH).orElseThrow())
            .as(key)
            .contains("Not in source");
      }
    }
  }
}
