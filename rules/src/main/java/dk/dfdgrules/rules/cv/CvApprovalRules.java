/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cv;

import static dk.dfdgrules.codelists.ContactGroups.CASH_BENEFIT_RECIPIENT;
import static dk.dfdgrules.codelists.ContactGroups.EDUCATION_BENEFIT_RECIPIENT;
import static dk.dfdgrules.codelists.ContactGroups.UNEMPLOYMENT_BENEFIT_RECIPIENT;
import static dk.dfdgrules.codelists.ContactGroups.WITHOUT_BENEFIT;
import static dk.dfdgrules.codelists.CvStatus.APPROVED;
import static dk.dfdgrules.codelists.CvStatus.NOT_APPROVED;
import static dk.dfdgrules.codelists.CvStatus.NO_LONGER_ADEQUATE;
import static dk.dfdgrules.codelists.CvStatus.READY_FOR_APPROVAL;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.cv.CvState;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CV-1 … CV-6 — reporting a CV approval status, also with a historical event date: {@link
 * #validate(CvReportFacts, LocalDate)} answers accepted, or rejected with every failed condition.
 *
 * <p>Source: DFDG-RN-2021-12-06 §4.1 and §4.2 ({@code JobSearch.CvWorkflowService}, field {@code
 * eventDate}). The CV facts ({@code registered}, {@code cv}, {@code contactGroup} …) describe the
 * citizen at the assessment date: the event date of a historical report, else the evaluation date.
 *
 * <ul>
 *   <li><b>{@link #CV_1}</b> a historical report from an a-kasse requires at the event date:
 *       registered or sick-listed; CV status 1, 2, 3 or 5; contact group 1 'Dagpengemodtager' or 8
 *       'Uden ydelse'; the reported status is 2 or 3; a comment should come with it (a warning when
 *       missing: "bør suppleres med en kommentar"). <em>Interpretation (the library's):</em> as
 *       released, only for the a-kasse's current members — the source announces former members for
 *       a later release (CV-6); when CV-6 is enabled (in force in the context) it decides for a
 *       former member.
 *   <li><b>{@link #CV_2}</b> a historical report from a jobcentre for a job-ready kontanthjælp
 *       recipient (group 2) or an obviously education-ready uddannelseshjælp recipient (group 12)
 *       requires at the event date: registered; CV status 1, 2 or 3; contact group 2 or 12; the
 *       reported status is 2, 3 or 5 (5 "har ingen forretningsmæssige konsekvenser": a warning).
 *   <li><b>{@link #CV_3}</b> a jobcentre may also report for group 2 or 12 citizens who were not
 *       job-ready / not obviously education-ready: CV status 1, 2 or 3, searchable or not; reported
 *       2, 3 or 5. <em>Interpretation (the library's):</em> the source pairs "jobparate
 *       kontanthjælpsmodtagere" and "åbenlyst uddannelsesparate uddannelseshjælpsmodtagere": CV-2
 *       covers those pairs, CV-3 the rest of groups 2 and 12; CV-3 does not list registration, so
 *       it does not require it.
 *   <li><b>{@link #CV_4}</b> "Hændelsesdato skal kun benyttes, hvis der er tale om godkendelse med
 *       en historisk dato": an event date on or after the evaluation date is an error. Before
 *       {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} the web service had no event date
 *       field: any event date is an error.
 *   <li><b>{@link #CV_5}</b> (§4.2) an a-kasse may report 'CV ej godkendt' (3) on a CV that is not
 *       searchable: the status does not change ({@link #STATUS}), and DFDG sets the comment {@value
 *       #CV5_COMMENT} ({@link #COMMENT}); another status on such a CV is an error. Before {@link
 *       dk.dfdgrules.codelists.Sources#DFDG_RELEASE} an a-kasse could not report on a CV that is
 *       not searchable. A jobcentre may not report on a CV in status 'CV påbegyndt' (both
 *       versions).
 *   <li><b>{@link #CV_6}</b> announced, no in-force date — off unless the caller enables it ({@code
 *       ctx.enable("CV-6", date)}): an a-kasse may report with a historical event date for a former
 *       member who was a member on the event date.
 * </ul>
 *
 * <p>The answer ({@link CvReportDecision}) is folded from the results alone: rejected by the first
 * rule with an error, with every failed condition; else undetermined by the first rule that misses
 * a fact; else accepted — with the comment CV-5 derived, if it did. Switching a rule off drops its
 * conditions (switching off CV-6 when enabled restores the released CV-1 for former members);
 * switching off CV-5 sets no comment.
 */
public final class CvApprovalRules {

  /** CV-5: the exact comment DFDG sets, as published. */
  public static final String CV5_COMMENT =
      "A-kassen/Jobcentret har vurderet at CV på det aktuelle grundlag ikke kan godkendes";

  /** CV-1: the CV statuses an a-kasse's historical report requires at the event date. */
  public static final Set<CvStatus> CV1_STATUSES_AT_EVENT =
      ImmutableSet.of(READY_FOR_APPROVAL, APPROVED, NOT_APPROVED, NO_LONGER_ADEQUATE);

  /** CV-1: the statuses an a-kasse may report. */
  public static final Set<CvStatus> CV1_REPORTABLE = ImmutableSet.of(APPROVED, NOT_APPROVED);

  /** CV-1: the contact groups: 1 'Dagpengemodtager', 8 'Uden ydelse'. */
  public static final Set<Integer> CV1_CONTACT_GROUPS =
      ImmutableSet.of(UNEMPLOYMENT_BENEFIT_RECIPIENT, WITHOUT_BENEFIT);

  /** CV-2, CV-3: the CV statuses a jobcentre's historical report requires at the event date. */
  public static final Set<CvStatus> JOBCENTRE_STATUSES_AT_EVENT =
      ImmutableSet.of(READY_FOR_APPROVAL, APPROVED, NOT_APPROVED);

  /** CV-2, CV-3: the statuses a jobcentre may report (5 without business consequence). */
  public static final Set<CvStatus> JOBCENTRE_REPORTABLE =
      ImmutableSet.of(APPROVED, NOT_APPROVED, NO_LONGER_ADEQUATE);

  /**
   * CV-2, CV-3: the contact groups: 2 'Kontanthjælpsmodtager', 12 'Modtager af uddannelseshjælp'.
   */
  public static final Set<Integer> JOBCENTRE_CONTACT_GROUPS =
      ImmutableSet.of(CASH_BENEFIT_RECIPIENT, EDUCATION_BENEFIT_RECIPIENT);

  /** CV-5: the comment DFDG sets instead of changing the status. */
  public static final DerivedKey<String> COMMENT = DerivedKey.of("cv.comment", String.class);

  /** CV-5: the CV's status, which the report does not change. */
  public static final DerivedKey<CvStatus> STATUS = DerivedKey.of("cv.status", CvStatus.class);

  /**
   * CV-6 — announced: off unless enabled. "I en kommende release, forventes det at blive muligt at
   * indberette CV-status med historisk hændelsesdato for tidligere medlemmer".
   */
  public static final Rule<CvReportFacts> CV_6 =
      Rule.define("CV-6", CvReportFacts.class)
          .announced(
              "announced",
              cite(
                  "§4.1",
                  "I en kommende release, forventes det at blive muligt at indberette CV-status med"
                      + " historisk hændelsesdato for tidligere medlemmer, der på hændelsesdatoen"
                      + " for CV-godkendelsen var medlem af a-kassen."),
              CvApprovalRules::cv6)
          .build();

  /**
   * CV-1 — an a-kasse's historical report; from {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<CvReportFacts> CV_1 =
      Rule.define("CV-1", CvReportFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§4.1",
                  "Kravet til den historiske indberetning fra a-kassen er, at borgeren på"
                      + " vurderingstidspunktet (hændelsesdatoen): Var tilmeldt eller sygemeldt"),
              CvApprovalRules::cv1)
          .build();

  /**
   * CV-2 — a jobcentre's historical report on CV-2's pairs; from {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<CvReportFacts> CV_2 =
      Rule.define("CV-2", CvReportFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§4.1",
                  "Kravet til den historiske indberetning fra jobcentret er, at borgeren på"
                      + " vurderingstidspunktet (Hændelsesdato): Var tilmeldt"),
              (f, v, c) -> jobcentre(f, v, c, true))
          .build();

  /**
   * CV-3 — a jobcentre's historical report on the rest of groups 2 and 12; from {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<CvReportFacts> CV_3 =
      Rule.define("CV-3", CvReportFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "§4.1",
                  "Jobcentret kan desuden indberette CV-status på borgere, der på"
                      + " vurderingstidspunktet: ikke var jobparate kontanthjælpsmodtagere eller"
                      + " ikke åbenlyst uddannelsesparat uddannelseshjælpsmodtagere"),
              (f, v, c) -> jobcentre(f, v, c, false))
          .build();

  /**
   * CV-4 — before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} no event date; from it, only
   * a historical one.
   */
  public static final Rule<CvReportFacts> CV_4 =
      Rule.define("CV-4", CvReportFacts.class)
          .before(
              DFDG_RELEASE,
              cite(
                  "§4.1",
                  "Webservicen JobSearch.CvWorkflowService er således opdateret med et felt til"
                      + " registrering af hændelsesdato (eventDate)."),
              (f, v, c) -> cv4(f, v, c, false))
          .since(
              DFDG_RELEASE,
              cite(
                  "§4.1",
                  "Hændelsesdato skal kun benyttes, hvis der er tale om godkendelse med en"
                      + " historisk dato."),
              (f, v, c) -> cv4(f, v, c, true))
          .build();

  /**
   * CV-5 — before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} an a-kasse could not report
   * on a CV that is not searchable; from it, 'CV ej godkendt' sets the comment and keeps the
   * status.
   */
  public static final Rule<CvReportFacts> CV_5 =
      Rule.define("CV-5", CvReportFacts.class)
          .before(
              DFDG_RELEASE,
              cite(
                  "§4.2",
                  "A-kassen har i nogle situationer behov for at kunne tilkendegive, at en borgers"
                      + " CV ikke er godkendt, selvom CV'et endnu ikke er søgbart."),
              (f, v, c) -> cv5(f, v, false))
          .since(
              DFDG_RELEASE,
              cite(
                  "§4.2",
                  "Indberetningen ændrer dog ikke CV-status, men sætter følgende kommentar:"
                      + " 'A-kassen/Jobcentret har vurderet at CV på det aktuelle grundlag ikke kan"
                      + " godkendes'."),
              (f, v, c) -> cv5(f, v, true))
          .build();

  /** The area {@code cv-approval}: CV-1 … CV-6 on {@link CvReportFacts}, validating. */
  public static final RuleArea<CvReportFacts, CvReportDecision> AREA =
      RuleArea.builder("cv-approval", CvReportFacts.class)
          .description(
              "CV approval status reports, also with a historical event date (CV-1 … CV-6; CV-6"
                  + " announced)")
          .rules(CV_1, CV_2, CV_3, CV_4, CV_5, CV_6)
          .example("dk/dfdgrules/rules/cv/example.json")
          .validates(CvApprovalRules::fold);

  private CvApprovalRules() {}

  /**
   * Does DFDG accept this CV status report (CV-1 … CV-6)?
   *
   * @param facts the report and the citizen's situation at the assessment date
   * @param evaluationDate the date of reporting, which picks the rule versions
   * @return accepted, or rejected with every failed condition; and every rule's result
   */
  public static Answer<CvReportDecision> validate(CvReportFacts facts, LocalDate evaluationDate) {
    return AREA.evaluate(facts, evaluationDate);
  }

  /**
   * Validates a report in an evaluation context (e.g. with CV-6 enabled).
   *
   * @param facts the report and the citizen's situation at the assessment date
   * @param context the evaluation date and the caller's settings
   * @return accepted, or rejected with every failed condition; and every rule's result
   */
  public static Answer<CvReportDecision> validate(CvReportFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, section, quote);
  }

  /** The verdict of the results, every failed condition, and the comment CV-5 derived. */
  private static CvReportDecision fold(
      CvReportFacts f, RuleResults results, EvaluationContext ctx) {
    Verdict verdict = Verdict.of(results);
    return new CvReportDecision(
        verdict.kind(),
        results.value(COMMENT),
        results.errors(),
        verdict.decidedBy(),
        verdict.reason());
  }

  private static boolean isUnemploymentFundHistorical(CvReportFacts f) {
    return f.reporter().orElse(null) == Reporter.UNEMPLOYMENT_FUND && f.isHistorical();
  }

  private static String names(Set<CvStatus> statuses) {
    return statuses.stream()
        .map(s -> s.code().orElse("") + " '" + s.officialName() + "'")
        .collect(Collectors.joining(", "));
  }

  private static RuleResult cv1(CvReportFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.reporter().isEmpty()) {
      return b.missing("reporter").build();
    }
    if (!isUnemploymentFundHistorical(f)) {
      return b.explanation(Message.of("CV-1.notCovered")).build();
    }
    registeredOrSickListed(f, b);
    cvStatus(f, b, CV1_STATUSES_AT_EVENT);
    contactGroup(f, b, CV1_CONTACT_GROUPS);
    reported(f, b, CV1_REPORTABLE);
    if (!f.hasComment()) {
      b.warning("comment", Message.of("CV-1.comment"));
    }
    if (f.currentMember().isEmpty()) {
      b.missing("currentMember");
    } else if (!f.currentMember().get()) {
      if (CV_6.versionIn(ctx).isEmpty()) {
        b.error("currentMember", Message.of("CV-1.formerMember"));
      }
    }
    return b.explanation(Message.of("CV-1.explanation", "eventDate", f.eventDate().get())).build();
  }

  private static void registeredOrSickListed(CvReportFacts f, RuleResult.Builder b) {
    boolean registered = f.registered().orElse(false);
    boolean sick = f.sickListed().orElse(false);
    if (registered || sick) {
      return;
    }
    if (f.registered().isEmpty()) {
      b.missing("registered");
    }
    if (f.sickListed().isEmpty()) {
      b.missing("sickListed");
    }
    if (f.registered().isPresent() && f.sickListed().isPresent()) {
      b.error("registered", Message.of("CV-1.registered"));
    }
  }

  private static void cvStatus(CvReportFacts f, RuleResult.Builder b, Set<CvStatus> allowed) {
    if (f.cv().isEmpty()) {
      b.missing("cv");
      return;
    }
    CvStatus s = f.cv().get().getStatus();
    if (!allowed.contains(s)) {
      b.error(
          "cv.status",
          Message.of("CV.cvStatus", "status", s.officialName(), "allowed", names(allowed)));
    }
  }

  private static void contactGroup(CvReportFacts f, RuleResult.Builder b, Set<Integer> allowed) {
    if (f.contactGroup().isEmpty()) {
      b.missing("contactGroup");
      return;
    }
    if (!allowed.contains(f.contactGroup().get())) {
      b.error(
          "contactGroup",
          Message.of("CV.contactGroup", "group", f.contactGroup().get(), "allowed", allowed));
    }
  }

  private static void reported(CvReportFacts f, RuleResult.Builder b, Set<CvStatus> allowed) {
    if (f.reportedStatus().isEmpty()) {
      b.missing("reportedStatus");
      return;
    }
    CvStatus s = f.reportedStatus().get();
    if (!allowed.contains(s)) {
      b.error(
          "reportedStatus",
          Message.of("CV.reportedStatus", "status", s.officialName(), "allowed", names(allowed)));
    } else if (s == NO_LONGER_ADEQUATE) {
      b.warning("reportedStatus", Message.of("CV.noBusinessConsequence"));
    }
  }

  /** CV-2 ({@code cv2 = true}) or CV-3: the jobcentre's historical report. */
  private static RuleResult jobcentre(
      CvReportFacts f, RuleVersion version, EvaluationContext ctx, boolean cv2) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.reporter().isEmpty()) {
      return b.missing("reporter").build();
    }
    if (f.reporter().get() != Reporter.JOBCENTRE || !f.isHistorical()) {
      return b.explanation(Message.of("CV-2.notCovered")).build();
    }
    if (f.contactGroup().isEmpty()) {
      return b.missing("contactGroup").build();
    }
    int group = f.contactGroup().get();
    if (!JOBCENTRE_CONTACT_GROUPS.contains(group)) {
      if (cv2) {
        b.error(
            "contactGroup",
            Message.of("CV.contactGroup", "group", group, "allowed", JOBCENTRE_CONTACT_GROUPS));
        return b.explanation(Message.of("CV-2.explanation", "eventDate", f.eventDate().get()))
            .build();
      }
      return b.explanation(Message.of("CV-3.notCovered")).build();
    }
    if (f.visitationCategory().isEmpty()) {
      return b.missing("visitationCategory").build();
    }
    boolean pair = isCv2Pair(group, f.visitationCategory().get());
    if (pair != cv2) {
      return b.explanation(Message.of(cv2 ? "CV-2.seeCv3" : "CV-3.seeCv2")).build();
    }
    if (cv2) {
      if (f.registered().isEmpty()) {
        b.missing("registered");
      } else if (!f.registered().get()) {
        b.error("registered", Message.of("CV-2.registered"));
      }
    }
    cvStatus(f, b, JOBCENTRE_STATUSES_AT_EVENT);
    reported(f, b, JOBCENTRE_REPORTABLE);
    return b.explanation(
            Message.of(
                cv2 ? "CV-2.explanation" : "CV-3.explanation", "eventDate", f.eventDate().get()))
        .build();
  }

  /**
   * CV-2's pairs: a job-ready kontanthjælp recipient (group 2), an obviously education-ready
   * uddannelseshjælp recipient (group 12).
   *
   * @param group the contact group
   * @param category the visitation category
   * @return true if CV-2 covers the citizen, false if CV-3 does
   */
  public static boolean isCv2Pair(int group, VisitationCategory category) {
    return (group == CASH_BENEFIT_RECIPIENT && category == VisitationCategory.JOB_READY)
        || (group == EDUCATION_BENEFIT_RECIPIENT
            && category == VisitationCategory.OBVIOUSLY_EDUCATION_READY);
  }

  private static RuleResult cv4(
      CvReportFacts f, RuleVersion version, EvaluationContext ctx, boolean released) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.eventDate().isEmpty()) {
      return b.explanation(Message.of("CV-4.today")).build();
    }
    LocalDate eventDate = f.eventDate().get();
    if (!released) {
      return b.error("eventDate", Message.of("CV-4.noField", "date", DFDG_RELEASE)).build();
    }
    if (!eventDate.isBefore(ctx.date())) {
      return b.error(
              "eventDate",
              Message.of("CV-4.notHistorical", "eventDate", eventDate, "date", ctx.date()))
          .build();
    }
    return b.explanation(Message.of("CV-4.historical", "eventDate", eventDate)).build();
  }

  private static RuleResult cv5(CvReportFacts f, RuleVersion version, boolean released) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.reporter().isEmpty()) {
      return b.missing("reporter").build();
    }
    if (f.cv().isEmpty()) {
      return b.missing("cv").build();
    }
    CvState cv = f.cv().get();
    if (f.reporter().get() == Reporter.JOBCENTRE) {
      if (cv.getStatus() == CvStatus.STARTED) {
        return b.error("cv.status", Message.of("CV-5.jobcentreStarted")).build();
      }
      return b.explanation(Message.of("CV-5.notCovered")).build();
    }
    if (cv.isSearchable()) {
      return b.explanation(Message.of("CV-5.notCovered")).build();
    }
    if (!released) {
      return b.error("cv.searchable", Message.of("CV-5.notSearchableBefore", "date", DFDG_RELEASE))
          .build();
    }
    if (f.reportedStatus().isEmpty()) {
      return b.missing("reportedStatus").build();
    }
    if (f.reportedStatus().get() != NOT_APPROVED) {
      return b.error(
              "reportedStatus",
              Message.of("CV-5.onlyNotApproved", "status", f.reportedStatus().get().officialName()))
          .build();
    }
    Message why = Message.of("CV-5.commentSet");
    return b.derived(
            DerivedValue.changed(
                STATUS,
                cv.getStatus(),
                cv.getStatus(),
                version.ruleId(),
                Message.of("CV-5.statusUnchanged")))
        .derived(COMMENT, CV5_COMMENT, why)
        .explanation(why)
        .build();
  }

  private static RuleResult cv6(CvReportFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.reporter().isEmpty()) {
      return b.missing("reporter").build();
    }
    if (!isUnemploymentFundHistorical(f)) {
      return b.explanation(Message.of("CV-1.notCovered")).build();
    }
    if (f.currentMember().isEmpty()) {
      return b.missing("currentMember").build();
    }
    if (f.currentMember().get()) {
      return b.explanation(Message.of("CV-6.currentMember")).build();
    }
    if (f.memberOnEventDate().isEmpty()) {
      return b.missing("memberOnEventDate").build();
    }
    if (!f.memberOnEventDate().get()) {
      return b.error("memberOnEventDate", Message.of("CV-6.notMemberOnEventDate")).build();
    }
    return b.explanation(Message.of("CV-6.formerMember")).build();
  }
}
