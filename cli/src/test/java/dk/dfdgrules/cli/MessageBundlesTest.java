package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import org.junit.jupiter.api.Test;

/** Every key of every module's message bundle has a Danish and an English text. */
class MessageBundlesTest {

  @Test
  void everyRegisteredBundleIsCompleteInBothLanguages() {
    assertThat(Messages.baseNames()).contains("dk.dfdgrules.core.rule.messages", dk.dfdgrules.cli.common.CliMessages.BASE_NAME);
    for (String base : Messages.baseNames()) {
      assertThat(Messages.ownKeys(base, Messages.ENGLISH))
          .as("keys of %s in English vs Danish", base)
          .isEqualTo(Messages.ownKeys(base, Messages.DANISH));
    }
  }
}
