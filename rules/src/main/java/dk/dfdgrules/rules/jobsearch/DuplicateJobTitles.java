/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.jobsearch;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
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
 *   <li><b>DUP-2</b> (§3.7) the same for 'Krav til jobsøgning' and job goals (jobmål): "Ved en fejl
 *       kunne 'Krav til jobsøgning' og jobmål oprettes med samme stillingsbetegnelse/alias mere end
 *       én gang. Fejlen er rettet." Each list is checked on its own.
 * </ul>
 *
 * <p>Both are bug fixes of the release: before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}
 * (2021-12-06) DFDG did not check (the older version accepts every list and says so); from that day
 * every duplicated title is an error naming the title — job titles are not personal data — at the
 * path of its first repeat (paths count from 0, the message's entry numbers from 1), and the rule
 * derives the list's duplicated titles ({@link #REGISTRATION_DUPLICATES}, {@link
 * #JOB_SEARCH_REQUIREMENTS_DUPLICATES}, {@link #JOB_GOALS_DUPLICATES}; only when there are any).
 * The area validates: its decision, a {@link JobTitleCheck}, is folded from those results.
 *
 * <p><em>Interpretation (the library's; the source does not say how titles compare):</em> two
 * entries are the same title when they are equal after trimming, collapsing inner white space and
 * ignoring case ("Lagerarbejder" = " lagerarbejder ").
 */
public final class DuplicateJobTitles {

  /** DUP-1: the titles given more than once on registration, as first written. */
  public static final DerivedKey<List<String>> REGISTRATION_DUPLICATES =
      DerivedKey.listOf("registration.duplicated", String.class);

  /** DUP-2: the titles given more than once in 'Krav til jobsøgning', as first written. */
  public static final DerivedKey<List<String>> JOB_SEARCH_REQUIREMENTS_DUPLICATES =
      DerivedKey.listOf("jobSearchRequirements.duplicated", String.class);

  /** DUP-2: the titles given more than once in the job goals, as first written. */
  public static final DerivedKey<List<String>> JOB_GOALS_DUPLICATES =
      DerivedKey.listOf("jobGoals.duplicated", String.class);

  /**
   * DUP-1 — "DFDG validerede ved tilmelding af en borger ikke på, at en stillingsbetegnelse/alias
   * kun må angives én gang. Fejlen er rettet." (§1.3): before {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE} not checked; from it checked.
   */
  public static final Rule<JobTitleFacts> DUP_1 =
      Rule.define("DUP-1", JobTitleFacts.class)
          .before(DFDG_RELEASE, dup1Source(), (f, v, c) -> notChecked(v))
          .since(
              DFDG_RELEASE,
              dup1Source(),
              (f, v, c) -> {
                RuleResult.Builder b = RuleResult.builder(v);
                List<String> dups =
                    check(
                        b,
                        "registration",
                        f.registration(),
                        REGISTRATION_DUPLICATES,
                        "DUP-1.duplicates");
                return b.explanation(
                        dups.isEmpty()
                            ? Message.of("DUP-1.none", "count", f.registration().size())
                            : Message.of("DUP-1.duplicates", "titles", dups))
                    .build();
              })
          .build();

  /**
   * DUP-2 — "Ved en fejl kunne 'Krav til jobsøgning' og jobmål oprettes med samme
   * stillingsbetegnelse/alias mere end én gang. Fejlen er rettet." (§3.7): before {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE} not checked; from it checked, each list on its
   * own.
   */
  public static final Rule<JobTitleFacts> DUP_2 =
      Rule.define("DUP-2", JobTitleFacts.class)
          .before(DFDG_RELEASE, dup2Source(), (f, v, c) -> notChecked(v))
          .since(
              DFDG_RELEASE,
              dup2Source(),
              (f, v, c) -> {
                RuleResult.Builder b = RuleResult.builder(v);
                List<String> inRequirements =
                    check(
                        b,
                        "jobSearchRequirements",
                        f.jobSearchRequirements(),
                        JOB_SEARCH_REQUIREMENTS_DUPLICATES,
                        "DUP-2.duplicatedRequirements");
                List<String> inGoals =
                    check(
                        b, "jobGoals", f.jobGoals(), JOB_GOALS_DUPLICATES, "DUP-2.duplicatedGoals");
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

  /**
   * The area {@code job-titles}: DUP-1 and DUP-2 on {@link JobTitleFacts}, validating; its decision
   * is a {@link JobTitleCheck}.
   */
  public static final RuleArea<JobTitleFacts, JobTitleCheck> AREA =
      RuleArea.builder("job-titles", JobTitleFacts.class)
          .description(
              "A job title at most once on registration, in job-search requirements and job goals"
                  + " (DUP-1, DUP-2)")
          .rules(DUP_1, DUP_2)
          .example("dk/dfdgrules/rules/jobsearch/example.json")
          .validates(DuplicateJobTitles::fold);

  private DuplicateJobTitles() {}

  /**
   * Checks that no job title is given twice on registration, in 'Krav til jobsøgning' or in the job
   * goals (DUP-1, DUP-2).
   *
   * @param facts the titles about to be saved
   * @param evaluationDate the date of saving, which picks the rule versions
   * @return the check — accepted or rejected, with the duplicated titles — and the rules' results
   */
  public static Answer<JobTitleCheck> validate(JobTitleFacts facts, LocalDate evaluationDate) {
    return validate(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Checks the titles in an evaluation context.
   *
   * @param facts the titles about to be saved
   * @param context the evaluation date and the caller's settings
   * @return the check and the rules' results
   */
  public static Answer<JobTitleCheck> validate(JobTitleFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  /**
   * Checks the job titles of a registration (DUP-1).
   *
   * @param titles the titles
   * @param evaluationDate the date of registration
   * @return the check and the rules' results
   */
  public static Answer<JobTitleCheck> validateRegistration(
      List<String> titles, LocalDate evaluationDate) {
    return validate(JobTitleFacts.registration(titles), evaluationDate);
  }

  /**
   * Checks the job titles of 'Krav til jobsøgning' and job goals (DUP-2).
   *
   * @param jobSearchRequirements the titles of the job-search requirements
   * @param jobGoals the titles of the job goals
   * @param evaluationDate the date of saving
   * @return the check and the rules' results
   */
  public static Answer<JobTitleCheck> validateRequirementsAndGoals(
      List<String> jobSearchRequirements, List<String> jobGoals, LocalDate evaluationDate) {
    return validate(
        JobTitleFacts.requirementsAndGoals(jobSearchRequirements, jobGoals), evaluationDate);
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

  private static RuleResult notChecked(RuleVersion version) {
    return RuleResult.builder(version)
        .explanation(Message.of(version.ruleId() + ".notChecked", "date", DFDG_RELEASE))
        .build();
  }

  /**
   * Adds one error per duplicated title of a list and, if there is any, derives the list's
   * duplicated titles; returns them.
   */
  private static List<String> check(
      RuleResult.Builder b,
      String list,
      List<String> titles,
      DerivedKey<List<String>> key,
      String reasonKey) {
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
            Message.of(
                "DUP.duplicate." + list,
                "title",
                title,
                "count",
                at.size(),
                "positions",
                at.stream().map(i -> i + 1).toList()));
      }
    }
    if (!duplicated.isEmpty()) {
      b.derived(key, List.copyOf(duplicated), Message.of(reasonKey, "titles", duplicated));
    }
    return List.copyOf(duplicated);
  }

  private static SourceCitation dup1Source() {
    return SourceCitation.of(
        DFDG_RELEASE_NOTE,
        "§1.3",
        "DFDG validerede ved tilmelding af en borger ikke på, at en stillingsbetegnelse/alias"
            + " kun må angives én gang. Fejlen er rettet.");
  }

  private static SourceCitation dup2Source() {
    return SourceCitation.of(
        DFDG_RELEASE_NOTE,
        "§3.7",
        "Ved en fejl kunne 'Krav til jobsøgning' og jobmål oprettes med samme"
            + " stillingsbetegnelse/alias mere end én gang. Fejlen er rettet.");
  }

  // ---- the check, folded from the results ----

  /**
   * The check of DUP-1 and DUP-2: the {@link Verdict} of their results — rejected by the first
   * error — with the duplicated titles each derived.
   */
  private static JobTitleCheck fold(
      JobTitleFacts facts, RuleResults results, EvaluationContext ctx) {
    Verdict verdict = Verdict.of(results);
    return new JobTitleCheck(
        verdict.kind(),
        results.value(REGISTRATION_DUPLICATES).orElse(List.of()),
        results.value(JOB_SEARCH_REQUIREMENTS_DUPLICATES).orElse(List.of()),
        results.value(JOB_GOALS_DUPLICATES).orElse(List.of()),
        verdict.decidedBy(),
        verdict.reason());
  }
}
