/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.rules.supportneed.SupportNeedRules;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Array;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Messages} renders texts when the library is on the module path: core reads its own bundle
 * and those of the rules module (a named module whose packages are not open to core) without a
 * {@code ResourceBundle.Control}, which named modules may not use.
 *
 * <p>The library's modules and their few required dependencies are put in a {@link ModuleLayer} of
 * this JVM with the platform class loader as parent, so that every library class in it comes from a
 * named module; the support-need rules run there and their violation is rendered there, in both
 * languages, and compared with the class path's.
 */
class MessagesOnTheModulePathTest {

  private static final LocalDate AT = LocalDate.of(2022, 1, 10);

  private static ClassLoader loader;

  @BeforeAll
  static void bootTheLibraryAsNamedModules() {
    List<Path> path =
        ImmutableList.of(
                CodeLists.class,
                Messages.class,
                RuleAreas.class,
                ImmutableList.class, // Guava
                InternalFutureFailureAccess.class, // Guava's failureaccess
                Nullable.class, // jspecify
                jakarta.validation.Valid.class)
            .stream()
            .map(MessagesOnTheModulePathTest::location)
            .distinct()
            .toList();
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(
                ModuleFinder.of(path.toArray(Path[]::new)),
                ModuleFinder.of(),
                Set.of("dk.dfdgrules.rules"));
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    loader = layer.findLoader("dk.dfdgrules.rules");
  }

  @Test
  void theLibraryIsLoadedFromNamedModules() throws Exception {
    assertThat(layerClass(Messages.class).getModule().getName()).isEqualTo("dk.dfdgrules.core");
    assertThat(layerClass(SupportNeedRules.class).getModule().getName())
        .isEqualTo("dk.dfdgrules.rules");
    assertThat(layerClass(Messages.class)).isNotSameAs(Messages.class);
  }

  @Test
  void aViolationOfTheRulesModuleIsRenderedInEnglishAndDanishAsOnTheClassPath() throws Exception {
    Object message = sn1Violation();
    String english =
        (String) messages().getMethod("english", layerClass(Message.class)).invoke(null, message);
    // Danish whatever the JVM's default locale
    Locale saved = Locale.getDefault();
    String danish;
    try {
      Locale.setDefault(Locale.US);
      danish =
          (String) messages().getMethod("danish", layerClass(Message.class)).invoke(null, message);
    } finally {
      Locale.setDefault(saved);
    }

    Message classPath = classPathSn1Violation();
    assertThat(english)
        .startsWith("Support need 1 'no support needs assessed' cannot be given together")
        .isEqualTo(Messages.english(classPath));
    assertThat(danish).startsWith("Støttebehov 1").isEqualTo(Messages.danish(classPath));
  }

  @Test
  void theCoreModulesOwnTextsAndTheLanguageRulesAreTheSame() throws Exception {
    Class<?> messageType = layerClass(Message.class);
    Object undetermined =
        messageType
            .getMethod("of", String.class, Object[].class)
            .invoke(null, "rule.undetermined", new Object[] {"rule", "SN-4", "missing", "step"});
    for (Locale locale : List.of(Locale.ENGLISH, Locale.UK, Messages.DANISH, Locale.GERMAN)) {
      assertThat(
              (String)
                  messages()
                      .getMethod("format", messageType, Locale.class)
                      .invoke(null, undetermined, locale))
          .as("%s", locale)
          .isEqualTo(
              Messages.format(
                  Message.of("rule.undetermined", "rule", "SN-4", "missing", "step"), locale));
    }
    // a key that no bundle has: shown as the key, never an exception
    Object unknown = messageType.getMethod("of", String.class).invoke(null, "no.such.key");
    assertThat(messages().getMethod("english", messageType).invoke(null, unknown))
        .isEqualTo("no.such.key{}");
  }

  @Test
  void ownKeysReadsABundleOfAnotherNamedModule() throws Exception {
    Object english =
        messages()
            .getMethod("ownKeys", String.class, Locale.class)
            .invoke(null, "dk.dfdgrules.rules.supportneed.messages", Locale.ENGLISH);
    assertThat(english)
        .isEqualTo(Messages.ownKeys("dk.dfdgrules.rules.supportneed.messages", Locale.ENGLISH));
  }

  /** The message of SN-1's violation by a step-2 plan with support needs 1 and 2, in the layer. */
  private static Object sn1Violation() throws Exception {
    Class<?> plan = layerClass(EducationPlan.class);
    Class<?> step = layerClass(Step.class);
    Class<?> need = layerClass(SupportNeed.class);
    Object needs = Array.newInstance(need, 2);
    Array.set(needs, 0, constant(need, "NONE_ASSESSED"));
    Array.set(needs, 1, constant(need, "ACADEMIC"));
    Object invalidPlan =
        plan.getMethod("of", step, needs.getClass()).invoke(null, constant(step, "STEP_2"), needs);
    Object answer =
        layerClass(SupportNeedRules.class)
            .getMethod("validate", plan, LocalDate.class)
            .invoke(null, invalidPlan, AT);
    List<?> violations = (List<?>) layerClass(Answer.class).getMethod("violations").invoke(answer);
    assertThat(violations).hasSize(1);
    Object violation = violations.get(0);
    return violation.getClass().getMethod("message").invoke(violation);
  }

  private static Message classPathSn1Violation() {
    Answer<?> answer =
        SupportNeedRules.validate(
            EducationPlan.of(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC), AT);
    assertThat(answer.violations()).hasSize(1);
    return answer.violations().get(0).message();
  }

  private static Class<?> messages() throws ClassNotFoundException {
    return layerClass(Messages.class);
  }

  private static Class<?> layerClass(Class<?> classPathClass) throws ClassNotFoundException {
    return Class.forName(classPathClass.getName(), true, loader);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> enumType, String name) {
    return Enum.valueOf((Class) enumType, name);
  }

  /** The jar or classes directory a class was loaded from. */
  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
