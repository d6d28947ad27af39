/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class MessagesTest {

  @Test
  void everyKeyOfEveryRegisteredBundleHasADanishAndAnEnglishText() {
    assertThat(Messages.baseNames()).contains(CoreMessageBundles.BASE_NAME);
    for (String base : Messages.baseNames()) {
      assertThat(Messages.ownKeys(base, Messages.ENGLISH))
          .as("English keys of %s", base)
          .isEqualTo(Messages.ownKeys(base, Messages.DANISH));
      assertThat(Messages.ownKeys(base, Messages.DANISH)).as(base).isNotEmpty();
    }
  }

  @Test
  @ResourceLock(Resources.LOCALE)
  void danishIsTheDefaultWhateverTheJvmLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      Message m = Message.of("rule.switchedOff", "rule", "EC-4");
      assertThat(Messages.format(m, Locale.GERMAN))
          .isEqualTo("Reglen EC-4 er slået fra af kalderen.");
      assertThat(Messages.danish(m)).isEqualTo("Reglen EC-4 er slået fra af kalderen.");
      assertThat(Messages.english(m)).isEqualTo("Rule EC-4 was switched off by the caller.");
      assertThat(Messages.format(m, Locale.UK))
          .isEqualTo("Rule EC-4 was switched off by the caller.");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aMissingKeyIsVisibleButNotFatal() {
    assertThat(Messages.danish(Message.of("no.such.key", "a", 1))).isEqualTo("no.such.key{a=1}");
  }

  @Test
  void argumentsAreNamed() {
    assertThat(Messages.substitute("{a} og {b}, ikke {c}", java.util.Map.of("a", "1", "b", "2")))
        .isEqualTo("1 og 2, ikke {c}");
    assertThat(Message.of("k", "ids", java.util.List.of(1, 2, 3)).arguments())
        .containsEntry("ids", "1, 2, 3");
  }
}
