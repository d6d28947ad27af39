package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.codelists.CourseCategories.DISCHARGE_COORDINATOR_INDIVIDUAL;
import static dk.dfdgrules.codelists.CourseCategories.DISCHARGE_COORDINATOR_PLACE;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.InterventionTypes;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * HC-1 — course categories 42 and 43 retired: {@link #validate(CourseCategoryFacts, LocalDate)}.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.6: "Følgende afholdelseskategorier i kursusindsats
 * (aktiviteter) er udgået: Id 42 'Udskrivningskordinator, individuel'; Id 43
 * 'Udskrivningskordinator, plads'. Det er muligt at opdatere eksisterende kursusindsatser med
 * afholdelseskategorierne. Udskrivningskordinator skal oprettes i indsats af typen 'Mentor' (id
 * 7)."
 *
 * <p>From {@link #RETIRED} (2021-12-06) a <em>new</em> course intervention may not use category 42
 * or 43 (an error, with intervention type 7 'Mentor' derived as where to register it instead); an
 * existing one using them may still be updated. Before that day both categories are valid (the
 * older version). The names are kept as published — the course categories spell
 * "Udskrivningskordinator", mentor types 3 and 4 "Udskrivningskoordinator"; the code lists alias
 * each spelling to the other.
 */
public final class CourseCategoryRules {

  /** The day categories 42 and 43 were retired: the DFDG release of 6 December 2021. */
  public static final LocalDate RETIRED = LocalDate.of(2021, 12, 6);

  /** The retired course categories: 42 and 43. */
  public static final Set<Integer> RETIRED_CATEGORIES =
      ImmutableSet.of(DISCHARGE_COORDINATOR_INDIVIDUAL, DISCHARGE_COORDINATOR_PLACE);

  /** HC-1: course categories 42 and 43 retired for new course interventions. */
  public static final RuleId HC_1 = RuleId.of("HC-1");

  /** Derived-value path: the intervention type to register a discharge coordinator under. */
  public static final String INTERVENTION_TYPE = "interventionType";

  private static final SourceCitation BEFORE_SOURCE =
      SourceCitation.of(
          "DFDG-RN-2021-12-06",
          "§3.6",
          "Afholdelseskategori 42 og 43 om udskrivningskordinator er udgået");
  private static final SourceCitation SOURCE =
      SourceCitation.of(
          "DFDG-RN-2021-12-06",
          "§3.6",
          "Det er muligt at opdatere eksisterende kursusindsatser med afholdelseskategorierne."
              + " Udskrivningskordinator skal oprettes i indsats af typen 'Mentor' (id 7).");

  /** HC-1 — before {@link #RETIRED} valid; from it, retired for new course interventions. */
  public static final VersionedRule<CourseCategoryFacts> HC1 =
      VersionedRule.<CourseCategoryFacts>builder(HC_1)
          .version(RuleVersion.before(HC_1, RETIRED, BEFORE_SOURCE), (f, v, c) -> hc1(f, v, false))
          .version(RuleVersion.since(HC_1, RETIRED, SOURCE), (f, v, c) -> hc1(f, v, true))
          .build();

  /** The rules of the area. */
  public static final List<VersionedRule<CourseCategoryFacts>> RULES = List.of(HC1);

  private CourseCategoryRules() {}

  /**
   * May a course intervention with this course category be created or updated on this date
   * (HC-1)?
   *
   * @param facts the course category and the action
   * @param evaluationDate the date of registration
   * @return the result
   */
  public static CombinedResult validate(CourseCategoryFacts facts, LocalDate evaluationDate) {
    return validate(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Validates in an evaluation context.
   *
   * @param facts the course category and the action
   * @param context the evaluation date and the caller's settings
   * @return the result
   */
  public static CombinedResult validate(CourseCategoryFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    return CombinedResult.evaluate(RULES, facts, context);
  }

  /**
   * The official name of a course category as published, e.g. "Udskrivningskordinator,
   * individuel" for 42.
   *
   * @param id a course category id
   * @return the name, or the id as text when the sources do not name it
   */
  public static String officialName(int id) {
    return CodeLists.get(CodeLists.COURSE_CATEGORIES)
        .byId(Integer.toString(id))
        .map(Code::name)
        .orElse(Integer.toString(id));
  }

  private static RuleResult hc1(CourseCategoryFacts f, RuleVersion version, boolean retired) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.courseCategory().isEmpty()) {
      return b.missing("courseCategory").build();
    }
    int category = f.courseCategory().get();
    if (!RETIRED_CATEGORIES.contains(category)) {
      return b.explanation(Message.of("HC-1.notCovered", "category", category)).build();
    }
    String name = officialName(category);
    if (!retired) {
      return b.explanation(Message.of("HC-1.valid", "category", category, "name", name, "date", RETIRED))
          .build();
    }
    if (f.action().isEmpty()) {
      return b.missing("action").build();
    }
    if (f.action().get() == CourseAction.UPDATE) {
      return b.explanation(Message.of("HC-1.update", "category", category, "name", name)).build();
    }
    Message why = Message.of("HC-1.retired", "category", category, "name", name, "date", RETIRED);
    return b.error("courseCategory", why)
        .derived(
            DerivedValue.of(
                INTERVENTION_TYPE, InterventionTypes.MENTOR, HC_1, Message.of("HC-1.registerAsMentor")))
        .explanation(why)
        .build();
  }
}
