package dk.dfdgrules.rules.cv;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code cv-approval} area (CV-1 … CV-6) for tools; applications call {@link
 * CvApprovalRules#check} instead.
 */
public final class CvApprovalArea implements RuleArea<CvReportFacts> {

  /** The area's name. */
  public static final String NAME = "cv-approval";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public CvApprovalArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "CV approval status reports, also with a historical event date (CV-1 … CV-6; CV-6 announced)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return CvApprovalRules.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<CvReportFacts> factsType() {
    return CvReportFacts.class;
  }

  @Override
  public CombinedResult evaluate(CvReportFacts facts, EvaluationContext context) {
    return CvApprovalRules.check(facts, context).result();
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/cv/example.json");
  }
}
