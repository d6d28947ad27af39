/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.rules.supportneed.SupportNeedFacts;
import dk.dfdgrules.rules.supportneed.SupportNeedRules;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation per area on its bundled example (every rule of the area and its decision), and one
 * rule alone ({@code SN-1} on valid facts: a plan at step 2 with need 2). Run with {@code -prof gc}
 * for the bytes allocated per evaluation:
 *
 * <pre>benchmarks/bench.sh jmh AreaBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AreaBenchmark {

  /** The evaluation date: every area's rules are in force. */
  static final LocalDate DAY = LocalDate.of(2022, 3, 10);

  @Param({
    "support-needs",
    "education-letter",
    "udb-message",
    "education-contacts",
    "udb-subscription",
    "contact-persons",
    "person-group-marking",
    "job-titles",
    "absence",
    "mentor",
    "course-category",
    "cv-approval",
    "membership-recall",
    "retention",
    "visitation-courses",
    "activation-measures",
    "yumu-report",
    "lis-row",
    "refusion-steps",
    "SN-1"
  })
  public String area;

  private Supplier<Object> call;

  /**
   * Reads the example facts.
   *
   * @throws IOException if an example cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    EvaluationContext ctx = EvaluationContext.on(DAY);
    if (area.equals("SN-1")) {
      SupportNeedFacts valid =
          SupportNeedFacts.of(EducationPlan.of(Step.STEP_2, SupportNeed.ACADEMIC));
      call = () -> SupportNeedRules.SN_1.evaluate(valid, ctx);
      return;
    }
    RuleArea<?, ?> a = RuleAreas.get(area);
    Object facts = facts(a);
    call = () -> a.evaluateFacts(facts, ctx);
  }

  private static Object facts(RuleArea<?, ?> a) throws IOException {
    ObjectMapper m = DfdgJson.mapper();
    try (InputStream in =
        AreaBenchmark.class
            .getClassLoader()
            .getResourceAsStream(a.exampleResource().orElseThrow())) {
      return m.readValue(in, a.factsType());
    }
  }

  /**
   * One evaluation.
   *
   * @return the answer (or the rule's result)
   */
  @Benchmark
  public Object evaluate() {
    return call.get();
  }
}
