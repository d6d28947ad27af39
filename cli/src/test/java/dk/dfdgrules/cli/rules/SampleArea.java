package dk.dfdgrules.cli.rules;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.rules.RuleArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A test-only area (registered in the test class path) so the generic commands are tested without
 * depending on any real area: "a step must be given, and step 4 needs a deadline".
 */
public final class SampleArea implements RuleArea<SampleArea.Facts> {

  /** The facts. */
  public record Facts(Optional<Step> step, Optional<LocalDate> deadline) {}

  static final RuleId ID = RuleId.of("TST-1");
  static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);
  static final SourceCitation CITE = SourceCitation.of("TEST", "§1", "et citat");

  static final Rule<Facts> RULE =
      VersionedRule.<Facts>builder(ID)
          .version(
              RuleVersion.since(ID, IN_FORCE, CITE),
              (f, v, c) -> {
                if (f.step().isEmpty()) {
                  return RuleResult.undetermined(v, "step");
                }
                RuleResult.Builder b = RuleResult.builder(v);
                if (f.step().get() == Step.STEP_4 && f.deadline().isEmpty()) {
                  b.error("deadline", Message.of("rule.switchedOff", "rule", ID));
                }
                f.deadline()
                    .ifPresent(
                        d ->
                            b.derived(
                                DerivedValue.changed(
                                    "deadline", d, d.plusDays(7), ID, Message.of("rule.notInForce", "rule", ID, "date", d))));
                return b.build();
              })
          .build();

  @Override
  public String name() {
    return "test-area";
  }

  @Override
  public String description() {
    return "A test area";
  }

  @Override
  public List<RuleId> ruleIds() {
    return List.of(ID);
  }

  @Override
  public Class<Facts> factsType() {
    return Facts.class;
  }

  @Override
  public dk.dfdgrules.core.rule.RuleResults evaluate(Facts facts, EvaluationContext context) {
    return CombinedResult.of(RULE.evaluate(facts, context));
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("cli-cases/example.json");
  }
}
