package dk.dfdgrules.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.json.DfdgJson;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.rules.RuleArea;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.rules.absence.AbsenceFacts;
import dk.dfdgrules.rules.absence.AbsenceRules;
import dk.dfdgrules.rules.contactperson.ContactPersonEndDating;
import dk.dfdgrules.rules.contactperson.ContactPersonMoveFacts;
import dk.dfdgrules.rules.cv.CvApprovalRules;
import dk.dfdgrules.rules.cv.CvReportFacts;
import dk.dfdgrules.rules.educationcontact.EducationContactFacts;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import dk.dfdgrules.rules.jobsearch.DuplicateJobTitles;
import dk.dfdgrules.rules.jobsearch.JobTitleFacts;
import dk.dfdgrules.rules.mentor.CourseCategoryFacts;
import dk.dfdgrules.rules.mentor.CourseCategoryRules;
import dk.dfdgrules.rules.mentor.MentorFacts;
import dk.dfdgrules.rules.mentor.MentorRules;
import dk.dfdgrules.rules.persongroup.PersonGroupFacts;
import dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules;
import dk.dfdgrules.rules.retention.RetentionFacts;
import dk.dfdgrules.rules.retention.RetentionRules;
import dk.dfdgrules.rules.subscription.SubscriptionEvaluation;
import dk.dfdgrules.rules.subscription.SubscriptionRules;
import dk.dfdgrules.rules.supportneed.LetterRules;
import dk.dfdgrules.rules.supportneed.PlanPublication;
import dk.dfdgrules.rules.supportneed.SupportNeedFacts;
import dk.dfdgrules.rules.supportneed.SupportNeedRules;
import dk.dfdgrules.rules.supportneed.UdbMessageFacts;
import dk.dfdgrules.rules.supportneed.UdbMessages;
import dk.dfdgrules.rules.unemploymentfund.MembershipRecallFacts;
import dk.dfdgrules.rules.unemploymentfund.MembershipRecallRules;
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

/** Baseline (old API): one evaluation per area on its bundled example. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AreaBenchmark {

  @Param({
    "support-needs", "education-letter", "udb-message", "education-contacts", "udb-subscription",
    "contact-persons", "person-group-marking", "job-titles", "absence", "mentor",
    "course-category", "cv-approval", "membership-recall", "retention", "SN-1"
  })
  public String area;

  private Supplier<Object> call;

  @Setup
  public void setUp() throws IOException {
    EvaluationContext ctx = EvaluationContext.on(LocalDate.of(2022, 3, 10));
    String name = area.equals("SN-1") ? "support-needs" : area;
    Object f = facts(RuleAreas.get(name));
    call =
        switch (area) {
          case "support-needs" -> () -> SupportNeedRules.validate((SupportNeedFacts) f, ctx);
          case "SN-1" -> () -> SupportNeedRules.SN_1.evaluate((SupportNeedFacts) f, ctx);
          case "education-letter" -> () -> LetterRules.decide((PlanPublication) f, ctx);
          case "udb-message" -> () -> UdbMessages.decide((UdbMessageFacts) f, ctx);
          case "education-contacts" ->
              () -> EducationContactRules.validate((EducationContactFacts) f, ctx);
          case "udb-subscription" ->
              () -> SubscriptionRules.decide((SubscriptionEvaluation) f, ctx);
          case "contact-persons" ->
              () -> ContactPersonEndDating.decide((ContactPersonMoveFacts) f, ctx);
          case "person-group-marking" ->
              () -> PersonGroupMarkingRules.decide((PersonGroupFacts) f, ctx);
          case "job-titles" -> () -> DuplicateJobTitles.validate((JobTitleFacts) f, ctx);
          case "absence" -> () -> AbsenceRules.decide((AbsenceFacts) f, ctx);
          case "mentor" -> () -> MentorRules.validate((MentorFacts) f, ctx);
          case "course-category" -> () -> CourseCategoryRules.validate((CourseCategoryFacts) f, ctx);
          case "cv-approval" -> () -> CvApprovalRules.validate((CvReportFacts) f, ctx);
          case "membership-recall" ->
              () -> MembershipRecallRules.validate((MembershipRecallFacts) f, ctx);
          case "retention" -> () -> RetentionRules.decide((RetentionFacts) f, ctx);
          default -> throw new IllegalArgumentException(area);
        };
  }

  private static Object facts(RuleArea<?> a) throws IOException {
    ObjectMapper m = DfdgJson.mapper();
    try (InputStream in =
        RuleArea.class.getClassLoader().getResourceAsStream(a.exampleResource().orElseThrow())) {
      return m.readValue(in, a.factsType());
    }
  }

  @Benchmark
  public Object evaluate() {
    return call.get();
  }
}
