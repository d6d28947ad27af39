package dk.dfdgrules.extracts.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.rules.dream.DreamMessages;
import org.junit.jupiter.api.Test;

/** The texts of the reject reasons live in the DREAM message bundle of {@code dfdg-rules}. */
class RejectReasonMessagesTest {

  @Test
  void everyRejectReasonHasAText() {
    var keys = Messages.ownKeys(DreamMessages.BASE_NAME, Messages.DANISH);
    for (RejectReason r : RejectReason.values()) {
      assertThat(keys).contains(r.messageKey());
    }
  }
}
