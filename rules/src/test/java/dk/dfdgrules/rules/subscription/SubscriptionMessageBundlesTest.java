package dk.dfdgrules.rules.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import org.junit.jupiter.api.Test;

class SubscriptionMessageBundlesTest {

  @Test
  void everyKeyHasADanishAndAnEnglishText() {
    String base = SubscriptionMessageBundles.BASE_NAME;
    assertThat(Messages.baseNames()).contains(base);
    assertThat(Messages.ownKeys(base, Messages.ENGLISH)).isEqualTo(Messages.ownKeys(base, Messages.DANISH));
    for (String key : Messages.ownKeys(base, Messages.DANISH)) {
      assertThat(Messages.text(key, Messages.DANISH)).as(key).hasValueSatisfying(t -> assertThat(t).isNotBlank());
      assertThat(Messages.text(key, Messages.ENGLISH)).as(key).hasValueSatisfying(t -> assertThat(t).isNotBlank());
    }
  }
}
