/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.validation.ValidEducationContact;
import dk.dfdgrules.core.validation.ValidSupportNeeds;
import dk.dfdgrules.core.validation.ValidYumuReport;
import dk.dfdgrules.rules.educationcontact.EducationContactMessageBundles;
import dk.dfdgrules.rules.refusion.RefusionMessages;
import dk.dfdgrules.rules.supportneed.SupportNeedMessageBundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ContributorValidationMessages} holds the rule bundles' texts of every violation the
 * constraints report, key for key, prefixed {@code dk.dfdgrules.} — the texts are written once —
 * and the default messages of the core annotations.
 */
class ContributorValidationMessagesTest {

  private static final Pattern SN_KEYS = Pattern.compile("SN-[1-4]\\.violated");
  private static final Pattern EC_KEYS =
      Pattern.compile("EC-[1-3]\\.missing\\..+|EC-4\\.[1-4]\\.invalid");

  /** The YUMU keys a violation uses: the errors, not the derived values' and explanations'. */
  private static final Pattern YUMU_KEYS =
      Pattern.compile(
          "YUMU-[1-7]\\.(invalid|depth|noSuchDate|endBeforeStart|[A-Z_]+)"
              + "|YUMU-8\\.(runYear|notCreated|emptied)");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ContributorValidationMessages.properties, da",
    "ContributorValidationMessages_da.properties, da",
    "ContributorValidationMessages_en.properties, en",
  })
  void theTextsAreTheRuleBundles(String file, String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    Map<String, String> expected = new TreeMap<>();
    for (String key : Messages.ownKeys(SupportNeedMessageBundles.BASE_NAME, Messages.DANISH)) {
      if (SN_KEYS.matcher(key).matches()) {
        expected.put(RuleViolations.KEY_PREFIX + key, Messages.text(key, locale).orElseThrow());
      }
    }
    for (String key : Messages.ownKeys(EducationContactMessageBundles.BASE_NAME, Messages.DANISH)) {
      if (EC_KEYS.matcher(key).matches()) {
        expected.put(RuleViolations.KEY_PREFIX + key, Messages.text(key, locale).orElseThrow());
      }
    }
    for (String key : Messages.ownKeys(RefusionMessages.YUMU, Messages.DANISH)) {
      if (YUMU_KEYS.matcher(key).matches()) {
        expected.put(RuleViolations.KEY_PREFIX + key, Messages.text(key, locale).orElseThrow());
      }
    }
    Map<String, String> actual = new TreeMap<>();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      p.stringPropertyNames().forEach(k -> actual.put(k, p.getProperty(k)));
    }
    assertThat(actual)
        .containsKeys(
            defaultMessageKey(ValidSupportNeeds.class),
            defaultMessageKey(ValidEducationContact.class),
            defaultMessageKey(ValidYumuReport.class))
        .containsKeys(
            "dk.dfdgrules.validation.ValidSupportNeeds.message",
            "dk.dfdgrules.validation.ValidEducationContact.message");
    actual.keySet().removeIf(k -> k.startsWith("dk.dfdgrules.validation."));
    StringBuilder fix = new StringBuilder();
    expected.forEach((k, v) -> fix.append(k).append('=').append(v).append('\n'));
    assertThat(actual).as("%s must hold exactly these lines:%n%s", file, fix).isEqualTo(expected);
    assertThat(expected).hasSize(3 + 4 + 4 + 5 + 4 + 19);
  }

  /** The key of an annotation's default message: its {@code message()} default without braces. */
  private static String defaultMessageKey(Class<? extends Annotation> annotation) {
    try {
      String template = (String) annotation.getMethod("message").getDefaultValue();
      assertThat(template).startsWith("{").endsWith("}");
      return template.substring(1, template.length() - 1);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(annotation + " has no message()", e);
    }
  }
}
