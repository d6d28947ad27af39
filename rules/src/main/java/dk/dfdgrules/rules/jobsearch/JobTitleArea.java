package dk.dfdgrules.rules.jobsearch;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code job-titles} area (DUP-1, DUP-2) for tools; applications call {@link
 * DuplicateJobTitles#validate} instead.
 */
public final class JobTitleArea implements RuleArea<JobTitleFacts> {

  /** The area's name. */
  public static final String NAME = "job-titles";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public JobTitleArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "A job title at most once on registration, in job-search requirements and job goals (DUP-1, DUP-2)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return DuplicateJobTitles.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<JobTitleFacts> factsType() {
    return JobTitleFacts.class;
  }

  @Override
  public CombinedResult evaluate(JobTitleFacts facts, EvaluationContext context) {
    return DuplicateJobTitles.validate(facts, context).result();
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/jobsearch/example.json");
  }
}
