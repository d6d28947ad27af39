package dk.dfdgrules.rules.educationcontact;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import org.junit.jupiter.api.Test;

class EducationContactMessageBundlesTest {

  @Test
  void everyKeyHasADanishAndAnEnglishText() {
    String base = EducationContactMessageBundles.BASE_NAME;
    assertThat(Messages.baseNames()).contains(base);
    assertThat(Messages.ownKeys(base, Messages.ENGLISH)).isEqualTo(Messages.ownKeys(base, Messages.DANISH));
    for (String key : Messages.ownKeys(base, Messages.DANISH)) {
      assertThat(Messages.text(key, Messages.DANISH)).as(key).hasValueSatisfying(t -> assertThat(t).isNotBlank());
      assertThat(Messages.text(key, Messages.ENGLISH)).as(key).hasValueSatisfying(t -> assertThat(t).isNotBlank());
    }
  }

  @Test
  void theFormatChecksSayTheyAreNotInTheSource() {
    for (String key : Messages.ownKeys(EducationContactMessageBundles.BASE_NAME, Messages.DANISH)) {
      if (key.startsWith("EC-4.") && !key.equals("EC-4.nothingToCheck")) {
        assertThat(Messages.text(key, Messages.DANISH).orElseThrow()).as(key).contains("Ikke i kilden");
        assertThat(Messages.text(key, Messages.ENGLISH).orElseThrow()).as(key).contains("Not in source");
      }
    }
  }
}
