/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.junit6;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.*;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_2;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.citizens;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationPlans;

import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.rules.supportneed.SupportNeedRules;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.PropertyFailure;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.File;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The testkit in a JUnit 6 project, with the README's single static import: properties run their
 * tries (counted), generators are found by type and by name, a failing property is reported with
 * its seed, and the JUnit on the class path is 6 only.
 */
class PropertiesOnJUnit6Test {

  private static final LocalDate DAY = LocalDate.of(2022, 1, 10);
  private static final AtomicInteger TRIES = new AtomicInteger();

  @AfterAll
  static void everyTryRan() {
    // 200 (the default) + 50 + 20 tries: the properties ran, not just their placeholders
    assertThat(TRIES.get()).isEqualTo(270);
  }

  @Test
  void theJUnitOnTheClassPathIsJUnit6Only() {
    assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("6.");
    List<String> junitJars =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(p -> p.substring(p.lastIndexOf(File.separatorChar) + 1))
            .filter(j -> j.startsWith("junit-"))
            .toList();
    assertThat(junitJars).isNotEmpty().allMatch(j -> j.contains("-6."), "is a JUnit 6 jar");
  }

  @Property
  void aPlanViolatingSn2ReportsSn2(@ForAll("sn2") EducationPlan plan) {
    TRIES.incrementAndGet();
    // as the README shows it; at step 4 SN-6 warns too, so not violatesExactly
    assertThat(SupportNeedRules.validate(plan, DAY))
        .isViolated()
        .hasNoViolationOf("SN-1")
        .hasViolation("SN-2")
        .atPath("plan.supportNeeds");
  }

  Gen<EducationPlan> sn2() {
    return educationPlans().violating(SN_2);
  }

  @Property(tries = 50)
  void aGeneratorIsFoundByType(@ForAll EducationPlan plan, TestInfo info) {
    TRIES.incrementAndGet();
    assertThat(plan.getStep()).isNotNull();
    assertThat(info.getTestMethod()).isPresent();
    assertThat(List.of(plan)).hasSize(1); // AssertJ's own, through the same import
  }

  @Nested
  class InANestedClass {
    @Property(tries = 20)
    void generatorsOfTheEnclosingClassAreFound(@ForAll("young") Citizen citizen) {
      TRIES.incrementAndGet();
      assertThat(citizen.getCpr().ageOn(DAY)).isBetween(16, 29);
    }
  }

  Gen<Citizen> young() {
    return citizens().agedBetween(16, 29).on(DAY);
  }

  @Test
  void aFailingPropertyFailsItsTestWithTheShrunkCounterexampleAndTheSeed() {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(FailingProperty.class))
            .build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsStartedCount()).isEqualTo(1);
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    Throwable failure = summary.getFailures().get(0).getException();
    assertThat(failure)
        .isInstanceOf(PropertyFailure.class)
        .hasMessageContaining("@Property(seed = \"")
        .hasMessageFindingMatch("Shrunk counterexample .*\\R  \\w+ = 100\\R");
  }
}
