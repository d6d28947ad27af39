/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dream Modtagerstatus (FLIS-DREAM §6.1.6). */
class ReceiverStatusTest {

  @Test
  void displayNamesExactlyAsSection616IncludingTheSic() {
    assertThat(ReceiverStatus.values())
        .extracting(ReceiverStatus::officialName)
        .containsExactly(
            "Modtager forsat ydelse", "Modtager anden ydelse", "Modtager ikke længere ydelse");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Modtager forsat ydelse        | CONTINUES_SAME_BENEFIT
          Modtager fortsat ydelse       | CONTINUES_SAME_BENEFIT
          Modtager forsat ydelsen       | CONTINUES_SAME_BENEFIT
          modtager fortsat ydelsen      | CONTINUES_SAME_BENEFIT
          Modtager anden ydelsen        | OTHER_BENEFIT
          Modtager ikke længere ydelsen | NO_LONGER_RECEIVES_BENEFIT
          Modtager ikke længere ydelser | NO_LONGER_RECEIVES_BENEFIT
          modtager ikke laengere ydelse | NO_LONGER_RECEIVES_BENEFIT
          """)
  void section711And10VariantsAndTheCorrectedSpellingAreAliases(
      String name, ReceiverStatus status) {
    assertThat(ReceiverStatus.byName(name)).contains(status);
  }

  @Test
  void unknownNameIsEmpty() {
    assertThat(ReceiverStatus.byName("Udvandret")).isEmpty();
  }
}
