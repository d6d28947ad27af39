/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.testkit.property.GenRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published library modules' JPMS descriptors: the module names, what is exported (every
 * package but the {@code internal} ones), the services they declare, and a run on the module path.
 *
 * <p>The tests themselves run on the class path, as all the project's tests do. The module-path run
 * builds a {@link ModuleLayer} in this JVM from the library's compiled modules and the dependency
 * jars of this test's class path (Guava, Jackson, JUnit, AssertJ …), with the platform class loader
 * as parent, so that every library class in it is loaded from a named module and not from the class
 * path; then it calls into it reflectively.
 */
class ModuleDescriptorsTest {

  /** Each published library module and one class of it, which locates its classes. */
  private static final Map<String, Class<?>> MODULES =
      Map.of(
          "dk.dfdgrules.codelists", CodeLists.class,
          "dk.dfdgrules.core", Messages.class,
          "dk.dfdgrules.json", DfdgJson.class,
          "dk.dfdgrules.rules", RuleAreas.class,
          "dk.dfdgrules.extracts", KeyFigureJob.class,
          "dk.dfdgrules.testkit", GenRegistry.class);

  static Stream<String> moduleNames() {
    return MODULES.keySet().stream().sorted();
  }

  /** The services each module loads with {@link java.util.ServiceLoader}. */
  private static final Map<String, Set<String>> USES =
      Map.of(
          "dk.dfdgrules.codelists", Set.of(),
          "dk.dfdgrules.core", Set.of("dk.dfdgrules.core.rule.MessageBundleProvider"),
          "dk.dfdgrules.json", Set.of(),
          "dk.dfdgrules.rules", Set.of("dk.dfdgrules.rules.RuleAreaProvider"),
          "dk.dfdgrules.extracts", Set.of(),
          "dk.dfdgrules.testkit", Set.of("dk.dfdgrules.testkit.property.GenProvider"));

  @ParameterizedTest
  @MethodSource("moduleNames")
  void eachModuleHasADescriptorThatExportsEveryPackageButTheInternalOnes(String name) {
    ModuleReference module = module(name);
    ModuleDescriptor d = module.descriptor();
    assertThat(d.name()).isEqualTo(name);
    assertThat(d.isAutomatic()).as("%s has a module-info", name).isFalse();
    assertThat(d.isOpen()).as("%s is an open module", name).isFalse();

    Map<String, Exports> exports =
        d.exports().stream().collect(Collectors.toMap(Exports::source, e -> e));
    assertThat(d.packages()).as("packages of %s", name).isNotEmpty();
    for (String pkg : d.packages()) {
      if (isInternal(pkg)) {
        // an internal package is exported, if at all, only to the library's own modules
        if (exports.containsKey(pkg)) {
          assertThat(exports.get(pkg).targets())
              .as("%s exports %s only to library modules", name, pkg)
              .isNotEmpty()
              .allMatch(t -> t.startsWith("dk.dfdgrules."));
        }
      } else {
        assertThat(exports).as("%s exports %s", name, pkg).containsKey(pkg);
        assertThat(exports.get(pkg).isQualified())
            .as("%s exports %s to everyone", name, pkg)
            .isFalse();
      }
    }
    for (Opens o : d.opens()) {
      // reflective access for Jackson, Hibernate Validator and JUnit only, never to everyone
      assertThat(o.isQualified()).as("%s opens %s only to named modules", name, o).isTrue();
    }
  }

  /**
   * Services registered for the class path only. A module that provides a service must read the
   * service's module: the testkit cannot provide Instancio's SPI, as Instancio is optional.
   */
  private static final Map<String, Set<String>> CLASS_PATH_ONLY_SERVICES =
      Map.of("dk.dfdgrules.testkit", Set.of("org.instancio.spi.InstancioServiceProvider"));

  @ParameterizedTest
  @MethodSource("moduleNames")
  void eachModuleProvidesWhatItsServiceFilesRegisterAndUsesWhatItLoads(String name) {
    ModuleReference module = module(name);
    Map<String, List<String>> provides = new TreeMap<>();
    for (Provides p : module.descriptor().provides()) {
      provides.put(p.service(), p.providers());
    }
    // the META-INF/services files stay, for class-path users; they must say the same
    Map<String, List<String>> serviceFiles = serviceFiles(module);
    assertThat(serviceFiles.keySet())
        .containsAll(CLASS_PATH_ONLY_SERVICES.getOrDefault(name, Set.of()));
    serviceFiles.keySet().removeAll(CLASS_PATH_ONLY_SERVICES.getOrDefault(name, Set.of()));
    assertThat(provides).as("provides of %s", name).isEqualTo(serviceFiles);
    assertThat(module.descriptor().uses()).as("uses of %s", name).isEqualTo(USES.get(name));
  }

  @Test
  void everyAreaRunsOnTheModulePathAsOnTheClassPath() throws Exception {
    ModuleLayer layer = moduleLayer(MODULES.keySet());
    ClassLoader loader = layer.findLoader("dk.dfdgrules.rules");

    // the areas, found through the module's own registry (and its `uses RuleAreaProvider`)
    Class<?> ruleAreas = Class.forName(RuleAreas.class.getName(), true, loader);
    assertThat(ruleAreas.getModule().getName()).isEqualTo("dk.dfdgrules.rules");
    List<?> areas = (List<?>) ruleAreas.getMethod("all").invoke(null);
    // (this test's class path adds an area of its own through a RuleAreaProvider: not here)
    assertThat(areas.stream().map(String::valueOf).toList())
        .isEqualTo(RuleAreas.library().stream().map(String::valueOf).sorted().toList());

    // every area's example: facts read with Jackson (the Immutables classes and records of core
    // and rules are open to it; the code lists are read from codelists' own package), evaluated,
    // and the answer written with Jackson; the same JSON as on the class path
    LocalDate at = LocalDate.of(2022, 1, 10);
    Object mapper =
        Class.forName(DfdgJson.class.getName(), true, loader).getMethod("mapper").invoke(null);
    assertThat(mapper).isNotInstanceOf(ObjectMapper.class); // the layer's own Jackson
    Class<?> ruleArea = Class.forName(RuleArea.class.getName(), true, loader);
    ObjectMapper classPathMapper = DfdgJson.mapper();
    for (RuleArea<?, ?> a : RuleAreas.library()) {
      String example = example(a);
      Object area = ruleAreas.getMethod("get", String.class).invoke(null, a.name());
      Object facts =
          method(mapper, "readValue", String.class, Class.class)
              .invoke(mapper, example, ruleArea.getMethod("factsType").invoke(area));
      assertThat(facts.getClass().getModule().getName()).startsWith("dk.dfdgrules.");
      Object answer =
          ruleArea.getMethod("evaluate", Object.class, LocalDate.class).invoke(area, facts, at);
      String json =
          (String) method(mapper, "writeValueAsString", Object.class).invoke(mapper, answer);

      @SuppressWarnings("unchecked")
      RuleArea<Object, ?> classPathArea = (RuleArea<Object, ?>) a;
      Answer<?> expected =
          classPathArea.evaluate(classPathMapper.readValue(example, classPathArea.factsType()), at);
      assertThat(json)
          .as("answer of %s", a.name())
          .isEqualTo(classPathMapper.writeValueAsString(expected))
          .contains(a.ruleIds().get(0).toString());
    }
  }

  @Test
  void caseFilesRunOnTheModulePath() throws Exception {
    // YAML read into the case records (open to Jackson), the facts into the area's type
    String caseFile =
        String.join(
            "\n",
            "area: support-needs",
            "cases:",
            "  - name: A plan at step 2 with needs 1 and 2 breaks SN-1",
            "    at: 2022-01-10",
            "    facts:",
            "      plan: {step: 2, supportNeeds: [1, 2]}",
            "    expect:",
            "      outcome: VIOLATED",
            "      decision: REJECTED",
            "      decidedBy: SN-1",
            "      violations: [SN-1]",
            "      derived: []",
            "");
    ClassLoader loader = moduleLayer(MODULES.keySet()).findLoader("dk.dfdgrules.rules");
    Object file =
        Class.forName("dk.dfdgrules.rules.cases.CaseFiles", true, loader)
            .getMethod("read", Reader.class, String.class)
            .invoke(null, new StringReader(caseFile), "SN-1.yaml");
    Class<?> caseFileType = Class.forName("dk.dfdgrules.rules.cases.CaseFile", true, loader);
    List<?> verdicts =
        (List<?>)
            Class.forName("dk.dfdgrules.rules.cases.CaseRunner", true, loader)
                .getMethod("run", caseFileType)
                .invoke(null, file);
    Class<?> verdict = Class.forName("dk.dfdgrules.rules.cases.CaseVerdict", true, loader);
    assertThat(verdicts).hasSize(1);
    assertThat(verdict.getMethod("passed").invoke(verdicts.get(0)))
        .as("%s", verdicts)
        .isEqualTo(true);
  }

  @Test
  void beanValidationFindsTheRulesValidatorsOnTheModulePath() throws Exception {
    // Hibernate Validator service-loads the validators of rules, instantiates them and reads the
    // plan's getters and constraint annotations: SN-1 reports needs 1 and 2 together
    assertThat(validateAnInvalidPlan(moduleLayer(MODULES.keySet())))
        .containsExactly("{ruleId}: {dk.dfdgrules.SN-1.violated}");
  }

  @Test
  void beanValidationFallsBackToCoresValidatorsOnTheModulePathWithoutTheRules() throws Exception {
    // core's accept-all fallbacks, in its internal package (open to Hibernate Validator only)
    ModuleLayer coreOnly = moduleLayer(Set.of("dk.dfdgrules.codelists", "dk.dfdgrules.core"));
    assertThat(validateAnInvalidPlan(coreOnly)).isEmpty();
  }

  @Test
  void servicesAreFoundOnTheModulePath() throws Exception {
    ModuleLayer layer = moduleLayer(MODULES.keySet());

    // the message bundles, through core's `uses MessageBundleProvider` and the providers of core
    // and rules (the command line's own bundle is not in the layer); rendering their texts on the
    // module path: MessagesOnTheModulePathTest
    Class<?> messages =
        Class.forName(Messages.class.getName(), true, layer.findLoader("dk.dfdgrules.core"));
    assertThat(messages.getModule().getName()).isEqualTo("dk.dfdgrules.core");
    List<String> baseNames =
        ((List<?>) messages.getMethod("baseNames").invoke(null))
            .stream().map(String::valueOf).toList();
    assertThat(baseNames)
        .containsExactlyInAnyOrderElementsOf(
            Messages.baseNames().stream().filter(b -> !b.startsWith("dk.dfdgrules.cli.")).toList());

    // the testkit's generators, through its `uses GenProvider`
    ClassLoader testkit = layer.findLoader("dk.dfdgrules.testkit");
    Class<?> registry = Class.forName(GenRegistry.class.getName(), true, testkit);
    Object standard = registry.getMethod("standard").invoke(null);
    Class<?> plan = Class.forName("dk.dfdgrules.core.plan.EducationPlan", true, testkit);
    assertThat((Optional<?>) registry.getMethod("find", Type.class).invoke(standard, plan))
        .isPresent();

    ClassLoader extracts = layer.findLoader("dk.dfdgrules.extracts");
    assertThat(Class.forName(KeyFigureJob.class.getName(), true, extracts).getModule().getName())
        .isEqualTo("dk.dfdgrules.extracts");
  }

  /**
   * Validates a step-2 plan with support needs 1 and 2 with the layer's default validator.
   *
   * @return the message templates of the violations
   */
  private static List<String> validateAnInvalidPlan(ModuleLayer layer) throws Exception {
    ClassLoader loader = layer.findLoader("dk.dfdgrules.core");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader); // as an application on the module path has it
    try {
      Class<?> plan = Class.forName("dk.dfdgrules.core.plan.EducationPlan", true, loader);
      Class<?> step = Class.forName("dk.dfdgrules.codelists.Step", true, loader);
      Class<?> need = Class.forName("dk.dfdgrules.codelists.SupportNeed", true, loader);
      Object needs = Array.newInstance(need, 2);
      Array.set(needs, 0, constant(need, "NONE_ASSESSED"));
      Array.set(needs, 1, constant(need, "ACADEMIC"));
      Object invalidPlan =
          plan.getMethod("of", step, needs.getClass())
              .invoke(null, constant(step, "STEP_2"), needs);

      Class<?> validatorFactory =
          Class.forName("jakarta.validation.ValidatorFactory", true, loader);
      Class<?> validator = Class.forName("jakarta.validation.Validator", true, loader);
      Class<?> violation = Class.forName("jakarta.validation.ConstraintViolation", true, loader);
      Object factory =
          Class.forName("jakarta.validation.Validation", true, loader)
              .getMethod("buildDefaultValidatorFactory")
              .invoke(null);
      assertThat(factory.getClass().getModule().getName()).isEqualTo("org.hibernate.validator");
      try {
        Object v = validatorFactory.getMethod("getValidator").invoke(factory);
        Set<?> violations =
            (Set<?>)
                validator
                    .getMethod("validate", Object.class, Class[].class)
                    .invoke(v, invalidPlan, new Class<?>[0]);
        List<String> templates = new ArrayList<>();
        for (Object o : violations) {
          templates.add((String) violation.getMethod("getMessageTemplate").invoke(o));
        }
        return templates;
      } finally {
        validatorFactory.getMethod("close").invoke(factory);
      }
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * A layer of some of the library's modules and their dependencies, as on a user's module path.
   *
   * @param library the library's modules to put on the path
   */
  private static ModuleLayer moduleLayer(Set<String> library) {
    List<Path> path =
        ImmutableList.<Path>builder()
            .addAll(library.stream().map(m -> location(MODULES.get(m))).toList())
            .addAll(
                // the dependencies' jars, as this test's class path has them
                ImmutableSet.of(
                        ImmutableList.class, // Guava
                        InternalFutureFailureAccess.class, // Guava's failureaccess
                        Nullable.class, // jspecify
                        jakarta.validation.Valid.class,
                        com.fasterxml.jackson.annotation.JsonProperty.class,
                        com.fasterxml.jackson.core.JsonParser.class,
                        ObjectMapper.class,
                        JavaTimeModule.class,
                        Jdk8Module.class,
                        GuavaModule.class,
                        YAMLFactory.class,
                        org.yaml.snakeyaml.Yaml.class,
                        Test.class, // JUnit Jupiter API
                        org.junit.platform.commons.support.AnnotationSupport.class,
                        org.opentest4j.TestAbortedException.class,
                        Assertions.class, // AssertJ
                        org.hibernate.validator.HibernateValidator.class,
                        com.fasterxml.classmate.TypeResolver.class,
                        org.jboss.logging.Logger.class,
                        jakarta.el.ExpressionFactory.class,
                        org.glassfish.expressly.ExpressionFactoryImpl.class)
                    .stream()
                    .map(ModuleDescriptorsTest::location)
                    .toList())
            .build();
    Set<String> roots =
        ImmutableSet.<String>builder()
            .addAll(library)
            // optional dependencies (requires static) are resolved only when asked for
            .add(
                "com.fasterxml.jackson.databind",
                "com.fasterxml.jackson.datatype.jsr310",
                "com.fasterxml.jackson.datatype.jdk8",
                "com.fasterxml.jackson.datatype.guava",
                "com.fasterxml.jackson.dataformat.yaml",
                "org.hibernate.validator",
                "org.glassfish.expressly",
                "jakarta.el")
            .build();
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(ModuleFinder.of(path.toArray(Path[]::new)), ModuleFinder.of(), roots);
    // the platform class loader as parent: no class of the library comes from the class path
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    assertThat(layer.modules().stream().map(Module::getName))
        .filteredOn(n -> n.startsWith("dk.dfdgrules."))
        .containsExactlyInAnyOrderElementsOf(library);
    return layer;
  }

  private static ModuleReference module(String name) {
    Set<ModuleReference> found = ModuleFinder.of(location(MODULES.get(name))).findAll();
    assertThat(found).as("modules at %s", location(MODULES.get(name))).hasSize(1);
    return found.iterator().next();
  }

  /** The jar or classes directory a class was loaded from. */
  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isInternal(String pkg) {
    return Arrays.asList(pkg.split("\\.")).contains("internal");
  }

  /** The module's META-INF/services files: service to providers, comments and blanks left out. */
  private static Map<String, List<String>> serviceFiles(ModuleReference module) {
    Map<String, List<String>> services = new TreeMap<>();
    try (ModuleReader reader = module.open()) {
      for (String name : reader.list().filter(n -> n.startsWith("META-INF/services/")).toList()) {
        String service = name.substring("META-INF/services/".length());
        if (service.isEmpty() || service.endsWith("/")) {
          continue;
        }
        try (InputStream in = reader.open(name).orElseThrow()) {
          services.put(
              service,
              new String(in.readAllBytes(), StandardCharsets.UTF_8)
                  .lines()
                  .map(l -> l.replaceAll("#.*", "").strip())
                  .filter(l -> !l.isEmpty())
                  .toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return services;
  }

  private static String example(RuleArea<?, ?> area) throws IOException {
    String resource = area.exampleResource().orElseThrow();
    try (InputStream in = RuleAreas.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> enumType, String name) {
    return Enum.valueOf((Class) enumType, name);
  }

  /** A public method of a public class of the object's, looked up where the module exports it. */
  private static Method method(Object o, String name, Class<?>... parameters)
      throws ReflectiveOperationException {
    Class<?> c = o.getClass();
    while (c != null) {
      if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
        try {
          return c.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
          // look further up
        }
      }
      c = c.getSuperclass();
    }
    throw new NoSuchMethodException(name);
  }
}
