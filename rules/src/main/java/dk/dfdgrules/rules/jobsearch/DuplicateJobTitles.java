package dk.dfdgrules.rules.jobsearch;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.rule.VersionedRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DUP-1, DUP-2 — a job title (stillingsbetegnelse/alias) at most once: {@link
 * #validate(JobTitleFacts, LocalDate)}.
 *
 * <ul>
 *   <li><b>DUP-1</b> (DFDG-RN-2021-12-06 §1.3) on registration (tilmelding): "DFDG validerede ved
 *       tilmelding af en borger ikke på, at en stillingsbetegnelse/alias kun må angives én gang.
 *       Fejlen er rettet."
 *   <li><b>DUP-2</b> (§3.7) the same for 'Krav til jobsøgning' and job goals (jobmål): "Ved en
 *       fejl kunne 'Krav til jobsøgning' og jobmål oprettes med samme stillingsbetegnelse/alias
 *       mere end én gang. Fejlen er rettet." Each list is checked on its own.
 * </ul>
 *
 * <p>Both are bug fixes of the release: before {@link #FIXED} (2021-12-06) DFDG did not check (the
 * older version accepts every list and says so); from {@link #FIXED} every duplicated title is an
 * error naming the title — job titles are not personal data — at the path of its first repeat
 * (paths count from 0, the message's entry numbers from 1).
 *
 * <p><em>Interpretation (the library's; the source does not say how titles compare):</em> two
 * entries are the same title when they are equal after trimming, collapsing inner white space and
 * ignoring case ("Lagerarbejder" = " lagerarbejder ").
 */
public final class DuplicateJobTitles {

  /** The day the checks came into force: the DFDG release of 6 December 2021. */
  public static final LocalDate FIXED = LocalDate.of(2021, 12, 6);

  /** DUP-1: a job title at most once on registration. */
  public static final RuleId DUP_1 = RuleId.of("DUP-1");

  /** DUP-2: a job title at most once in 'Krav til jobsøgning' and in job goals. */
  public static final RuleId DUP_2 = RuleId.of("DUP-2");

  private static final String DOCUMENT = "DFDG-RN-2021-12-06";

  private static final SourceCitation DUP_1_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§1.3",
          "DFDG validerede ved tilmelding af en borger ikke på, at en stillingsbetegnelse/alias"
              + " kun må angives én gang. Fejlen er rettet.");
  private static final SourceCitation DUP_2_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          "§3.7",
          "Ved en fejl kunne 'Krav til jobsøgning' og jobmål oprettes med samme"
              + " stillingsbetegnelse/alias mere end én gang. Fejlen er rettet.");

  /** DUP-1 — before {@link #FIXED} not checked; from {@link #FIXED} checked. */
  public static final VersionedRule<JobTitleFacts> DUP1 =
      VersionedRule.<JobTitleFacts>builder(DUP_1)
          .version(
              RuleVersion.before(DUP_1, FIXED, DUP_1_SOURCE),
              (f, v, c) -> notChecked(v))
          .version(
              RuleVersion.since(DUP_1, FIXED, DUP_1_SOURCE),
              (f, v, c) -> {
                RuleResult.Builder b = RuleResult.builder(v);
                List<String> dups = check(b, "registration", f.registration());
                return b.explanation(
                        dups.isEmpty()
                            ? Message.of("DUP-1.none", "count", f.registration().size())
                            : Message.of("DUP-1.duplicates", "titles", dups))
                    .build();
              })
          .build();

  /** DUP-2 — before {@link #FIXED} not checked; from {@link #FIXED} checked. */
  public static final VersionedRule<JobTitleFacts> DUP2 =
      VersionedRule.<JobTitleFacts>builder(DUP_2)
          .version(
              RuleVersion.before(DUP_2, FIXED, DUP_2_SOURCE),
              (f, v, c) -> notChecked(v))
          .version(
              RuleVersion.since(DUP_2, FIXED, DUP_2_SOURCE),
              (f, v, c) -> {
                RuleResult.Builder b = RuleResult.builder(v);
                List<String> inRequirements =
                    check(b, "jobSearchRequirements", f.jobSearchRequirements());
                List<String> inGoals = check(b, "jobGoals", f.jobGoals());
                return b.explanation(
                        inRequirements.isEmpty() && inGoals.isEmpty()
                            ? Message.of(
                                "DUP-2.none",
                                "requirements",
                                f.jobSearchRequirements().size(),
                                "goals",
                                f.jobGoals().size())
                            : Message.of(
                                "DUP-2.duplicates",
                                "requirements",
                                inRequirements.isEmpty() ? "–" : inRequirements,
                                "goals",
                                inGoals.isEmpty() ? "–" : inGoals))
                    .build();
              })
          .build();

  /** The rules of the area, in evaluation order. */
  public static final List<VersionedRule<JobTitleFacts>> RULES = List.of(DUP1, DUP2);

  private DuplicateJobTitles() {}

  /**
   * Checks that no job title is given twice on registration, in 'Krav til jobsøgning' or in the
   * job goals (DUP-1, DUP-2).
   *
   * @param facts the titles about to be saved
   * @param evaluationDate the date of saving, which picks the rule versions
   * @return the duplicated titles and the rules' results
   */
  public static JobTitleCheck validate(JobTitleFacts facts, LocalDate evaluationDate) {
    return validate(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Checks the titles in an evaluation context.
   *
   * @param facts the titles about to be saved
   * @param context the evaluation date and the caller's settings
   * @return the duplicated titles and the rules' results
   */
  public static JobTitleCheck validate(JobTitleFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    CombinedResult r =
        CombinedResult.evaluate(RULES, facts, context);
    return new JobTitleCheck(
        titlesAt(r, "registration"), titlesAt(r, "jobSearchRequirements"), titlesAt(r, "jobGoals"), r);
  }

  /**
   * Checks the job titles of a registration (DUP-1).
   *
   * @param titles the titles
   * @param evaluationDate the date of registration
   * @return the result
   */
  public static JobTitleCheck validateRegistration(List<String> titles, LocalDate evaluationDate) {
    return validate(JobTitleFacts.registration(titles), evaluationDate);
  }

  /**
   * Checks the job titles of 'Krav til jobsøgning' and job goals (DUP-2).
   *
   * @param jobSearchRequirements the titles of the job-search requirements
   * @param jobGoals the titles of the job goals
   * @param evaluationDate the date of saving
   * @return the result
   */
  public static JobTitleCheck validateRequirementsAndGoals(
      List<String> jobSearchRequirements, List<String> jobGoals, LocalDate evaluationDate) {
    return validate(JobTitleFacts.requirementsAndGoals(jobSearchRequirements, jobGoals), evaluationDate);
  }

  /**
   * The form two titles are compared in: trimmed, inner white space collapsed, lower case.
   *
   * @param title a title
   * @return its comparison key
   */
  public static String comparisonKey(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<String> titlesAt(CombinedResult r, String list) {
    return r.errors().stream()
        .filter(v -> v.path().startsWith(list + "["))
        .map(Violation::message)
        .map(m -> m.arguments().get("title"))
        .distinct()
        .toList();
  }

  private static RuleResult notChecked(RuleVersion version) {
    return RuleResult.builder(version)
        .explanation(Message.of(version.ruleId() + ".notChecked", "date", FIXED))
        .build();
  }

  /** Adds one error per duplicated title of a list; returns the duplicated titles. */
  private static List<String> check(RuleResult.Builder b, String list, List<String> titles) {
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < titles.size(); i++) {
      positions.computeIfAbsent(comparisonKey(titles.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<String> duplicated = new ArrayList<>();
    for (List<Integer> at : positions.values()) {
      if (at.size() > 1) {
        String title = titles.get(at.get(0)).strip();
        duplicated.add(title);
        b.error(
            list + "[" + at.get(1) + "]",
            Message.of("DUP.duplicate." + list, "title", title, "count", at.size(), "positions", at.stream().map(i -> i + 1).toList()));
      }
    }
    return duplicated;
  }
}
