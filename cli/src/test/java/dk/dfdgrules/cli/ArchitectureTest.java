/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module and package dependencies point one way: codelists ← core ← rules ← extracts, core ←
 * testkit, core ← json, cli on top; no package cycles; library code reads no clock and prints
 * nothing; the model carries no Jackson.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.dfdgrules");
  }

  @Test
  void everyModuleIsImported() {
    for (String p :
        new String[] {
          "dk.dfdgrules.codelists",
          "dk.dfdgrules.core",
          "dk.dfdgrules.json",
          "dk.dfdgrules.rules",
          "dk.dfdgrules.extracts",
          "dk.dfdgrules.testkit",
          "dk.dfdgrules.cli"
        }) {
      org.assertj.core.api.Assertions.assertThat(
              classes.stream().anyMatch(c -> c.getPackageName().startsWith(p)))
          .as(p)
          .isTrue();
    }
  }

  @Test
  void codelistsKnowNothingOfTheModel() {
    assertModuleDoesNotDependOn(
        "codelists", "core", "json", "jackson3", "rules", "extracts", "testkit", "cli");
  }

  @Test
  void coreHoldsNoRulesNoTestkitNoCli() {
    assertModuleDoesNotDependOn("core", "json", "jackson3", "rules", "extracts", "testkit", "cli");
  }

  @Test
  void theJsonModuleDependsOnTheModelOnly() {
    assertModuleDoesNotDependOn("json", "jackson3", "rules", "extracts", "testkit", "cli");
  }

  @Test
  void theModelCarriesNoJackson() {
    // core's JSON mapping lives in dfdg-json and dfdg-jackson3, so that Jackson 2 and 3 both read
    // it
    noClasses()
        .that()
        .resideInAPackage("dk.dfdgrules.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(classes);
  }

  @Test
  void outsideTheJsonModulesTheCliAndTheCaseFilesOnlyJacksonsAnnotationsAreUsed() {
    // the annotations are read by Jackson 2 and Jackson 3 alike; databind is version-bound
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dk.dfdgrules.json..",
            "dk.dfdgrules.jackson3..",
            "dk.dfdgrules.rules.cases..",
            "dk.dfdgrules.cli..",
            "dk.dfdgrules.server..",
            "dk.dfdgrules.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson.core..",
            "com.fasterxml.jackson.databind..",
            "com.fasterxml.jackson.datatype..",
            "com.fasterxml.jackson.dataformat..",
            "tools.jackson..")
        .check(classes);
  }

  @Test
  void theTestkitDoesNotDependOnRules() {
    assertModuleDoesNotDependOn("testkit", "rules", "extracts", "cli");
  }

  @Test
  void rulesDoNotDependOnTheExtractsTheTestkitOrTheCli() {
    assertModuleDoesNotDependOn("rules", "extracts", "testkit", "cli");
  }

  @Test
  void theExtractsDoNotDependOnTheTestkitOrTheCli() {
    assertModuleDoesNotDependOn("extracts", "testkit", "cli");
  }

  @Test
  void theRuleFrameworkDoesNotDependOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("dk.dfdgrules.core.rule..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dk.dfdgrules.core.citizen..",
            "dk.dfdgrules.core.plan..",
            "dk.dfdgrules.core.contact..",
            "dk.dfdgrules.core.subscription..",
            "dk.dfdgrules.core.dream..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dk.dfdgrules.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void libraryCodeReadsNoClock() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dk.dfdgrules.cli..", "dk.dfdgrules.benchmarks..")
        .should()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(classes);
  }

  @Test
  void libraryCodePrintsNothing() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dk.dfdgrules.cli..", "dk.dfdgrules.benchmarks..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .check(classes);
  }

  /** No class of one module's packages depends on a class of the others'. */
  private static void assertModuleDoesNotDependOn(String module, String... others) {
    noClasses()
        .that()
        .resideInAPackage("dk.dfdgrules." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            Arrays.stream(others).map(m -> "dk.dfdgrules." + m + "..").toArray(String[]::new))
        .check(classes);
  }
}
