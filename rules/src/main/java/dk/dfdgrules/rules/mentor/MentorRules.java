/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.codelists.ContactGroups.DISABILITY_PENSIONERS;
import static dk.dfdgrules.codelists.ContactGroups.RESOURCE_COURSE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import dk.dfdgrules.codelists.ContactPersonTypes;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.core.contact.ContactPerson;
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
import java.util.List;
import java.util.Optional;

/**
 * MEN-1 … MEN-3 — the new mentor type 6 'Personlig jobformidler': {@link #validate(MentorFacts,
 * LocalDate)}.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.5 (lov nr. 1160 af 8. juni 2021; § 113 a LAB).
 *
 * <ul>
 *   <li><b>{@link #MEN_1}</b> "Mentortypen skal registreres på borgere i kontaktgruppe 11
 *       'Ressourceforløb' og 14 'Førtidspensionister' (hvis borgeren er i ressourceforløb), som har
 *       en personlig jobformidler"; "Der gælder samme valideringer for registrering af mentortype
 *       id 6 som for øvrige mentortyper". Type 6 is valid from {@link
 *       dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06): before that day (the older
 *       version) a mentor intervention of type 6 is an error, as the type did not exist.
 *   <li><b>{@link #MEN_2}</b> "Den nye mentortype 6 kan også anvendes, når borgere i andre
 *       kontaktgrupper får tilknyttet en personlig jobformidler" — no warning; in other groups a
 *       personal job broker may still be registered as a contact person (type 3). "DFDG validerer
 *       ikke for, at registreringen ikke sker for borgere i kontaktgruppe 11 og 14": DFDG does not
 *       reject a personal job broker registered as a contact person for a citizen in group 11 (or
 *       14 in a resource course); the library reports it as a <em>warning</em> (should be mentor
 *       type 6, § 113 a LAB). Only contact persons current or future on the evaluation date are
 *       checked.
 *   <li><b>{@link #MEN_3}</b> "Registreringen danner en ny version af 'Min plan'"; "Mentorindsatsen
 *       bliver vist i borgerens 'Min plan' på Jobnet, men kontaktoplysninger bliver ikke vist under
 *       'Kontakt din mentor'": derived per type-6 intervention ({@link #NEW_MY_PLAN_VERSION},
 *       {@link #SHOWN_IN_MY_PLAN}, {@link #CONTACT_SHOWN_UNDER_CONTACT_YOUR_MENTOR}).
 * </ul>
 *
 * <p>The answer ({@link MentorResult}) is folded from the results alone: the verdict of MEN-1 and
 * MEN-2 (rejected by MEN-1, undetermined by MEN-2 when group 14's resource course is unknown, else
 * accepted) and the effects in 'Min plan' that MEN-3 derived. Switching off MEN-1 accepts type 6
 * before the release; switching off MEN-3 leaves the effects out.
 *
 * <p>The source also notes that conversations with a health coordinator or coordinating caseworker
 * in a resource course are not reported to DFDG (but may be, e.g. as 'Anden samtale'); that is no
 * rule of this library.
 */
public final class MentorRules {

  private static final String SECTION = "§3.5";

  private static final int PERSONAL_JOB_BROKER = MentorType.PERSONAL_JOB_BROKER.id();

  /** MEN-3: registering the type-6 intervention creates a new version of 'Min plan'. */
  public static final DerivedKey<Boolean> NEW_MY_PLAN_VERSION =
      DerivedKey.of("mentorInterventions[].newMyPlanVersion", Boolean.class);

  /** MEN-3: the type-6 intervention is shown in the citizen's 'Min plan'. */
  public static final DerivedKey<Boolean> SHOWN_IN_MY_PLAN =
      DerivedKey.of("mentorInterventions[].shownInMyPlan", Boolean.class);

  /** MEN-3: its contact details are shown under 'Kontakt din mentor' (never, for type 6). */
  public static final DerivedKey<Boolean> CONTACT_SHOWN_UNDER_CONTACT_YOUR_MENTOR =
      DerivedKey.of("mentorInterventions[].contactShownUnderContactYourMentor", Boolean.class);

  /**
   * MEN-1 — mentor type 6 for citizens in a resource course with a personal job broker: before
   * {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} type 6 does not exist; from it, type 6 is
   * valid.
   */
  public static final Rule<MentorFacts> MEN_1 =
      Rule.define("MEN-1", MentorFacts.class)
          .before(
              DFDG_RELEASE,
              cite(
                  "Der er indført en ny mentortype 'Personlig jobformidler' (id 6) i"
                      + " mentorindsats/-aktivitet"),
              MentorRules::men1Before)
          .since(
              DFDG_RELEASE,
              cite(
                  "Mentortypen skal registreres på borgere i kontaktgruppe 11 'Ressourceforløb' og"
                      + " 14 'Førtidspensionister' (hvis borgeren er i ressourceforløb), som har en"
                      + " personlig jobformidler, jf. § 113 a i lov om en aktiv"
                      + " beskæftigelsesindsats."),
              MentorRules::men1)
          .build();

  /**
   * MEN-2 — type 6 also in other groups; a personal job broker as contact person (type 3) in groups
   * 11/14 warned. From {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<MentorFacts> MEN_2 =
      Rule.define("MEN-2", MentorFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "Den nye mentortype 6 kan også anvendes, når borgere i andre kontaktgrupper får"
                      + " tilknyttet en personlig jobformidler. … DFDG validerer ikke for, at"
                      + " registreringen ikke sker for borgere i kontaktgruppe 11 og 14."),
              MentorRules::men2)
          .build();

  /**
   * MEN-3 — type 6 makes a new version of 'Min plan', without its contact details. From {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<MentorFacts> MEN_3 =
      Rule.define("MEN-3", MentorFacts.class)
          .since(
              DFDG_RELEASE,
              cite(
                  "Registreringen danner en ny version af 'Min plan'. Mentorindsatsen bliver vist i"
                      + " borgerens 'Min plan' på Jobnet, men kontaktoplysninger bliver ikke vist"
                      + " under 'Kontakt din mentor'"),
              MentorRules::men3)
          .build();

  /** The area {@code mentor}: MEN-1 … MEN-3 on {@link MentorFacts}, validating. */
  public static final RuleArea<MentorFacts, MentorResult> AREA =
      RuleArea.builder("mentor", MentorFacts.class)
          .description("Mentor type 6 'Personlig jobformidler' (MEN-1 … MEN-3)")
          .rules(MEN_1, MEN_2, MEN_3)
          .example("dk/dfdgrules/rules/mentor/mentor-example.json")
          .validates(MentorRules::fold);

  private MentorRules() {}

  /**
   * Validates mentor interventions and contact persons of a citizen against MEN-1 … MEN-3.
   *
   * @param facts the facts
   * @param evaluationDate the date of registration, which picks the rule versions
   * @return the verdict with the effects in 'Min plan', and the rules' results
   */
  public static Answer<MentorResult> validate(MentorFacts facts, LocalDate evaluationDate) {
    return AREA.evaluate(facts, evaluationDate);
  }

  /**
   * Validates in an evaluation context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the verdict with the effects in 'Min plan', and the rules' results
   */
  public static Answer<MentorResult> validate(MentorFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  /**
   * Tells whether a citizen is one for whom a personal job broker shall be mentor type 6 (MEN-1):
   * contact group 11, or 14 when in a resource course.
   *
   * @param contactGroup the contact group
   * @param inResourceCourse for group 14, whether in a resource course
   * @return true, false, or empty when group 14 and the resource course is unknown
   */
  public static Optional<Boolean> isTargetGroup(
      int contactGroup, Optional<Boolean> inResourceCourse) {
    if (contactGroup == RESOURCE_COURSE) {
      return Optional.of(true);
    }
    if (contactGroup == DISABILITY_PENSIONERS) {
      return inResourceCourse;
    }
    return Optional.of(false);
  }

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, SECTION, quote);
  }

  private static String path(int index) {
    return "mentorInterventions[" + index + "]";
  }

  private static RuleResult men1Before(MentorFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    int found = 0;
    for (int i = 0; i < f.mentorInterventions().size(); i++) {
      if (f.mentorInterventions().get(i).getMentorType() == PERSONAL_JOB_BROKER) {
        found++;
        b.error(path(i) + ".mentorType", Message.of("MEN-1.notYetValid", "date", DFDG_RELEASE));
      }
    }
    return b.explanation(
            found == 0
                ? Message.of("MEN-1.noType6")
                : Message.of("MEN-1.notYetValid", "date", DFDG_RELEASE))
        .build();
  }

  private static RuleResult men1(MentorFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    boolean anyType6 =
        f.mentorInterventions().stream().anyMatch(m -> m.getMentorType() == PERSONAL_JOB_BROKER);
    if (!anyType6) {
      return b.explanation(Message.of("MEN-1.noType6")).build();
    }
    Optional<Boolean> target =
        f.contactGroup().flatMap(g -> isTargetGroup(g, f.inResourceCourse()));
    return b.explanation(
            target
                .map(t -> t ? Message.of("MEN-1.targetGroup") : Message.of("MEN-1.otherGroup"))
                .orElse(Message.of("MEN-1.registered")))
        .build();
  }

  private static RuleResult men2(MentorFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    LocalDate date = ctx.date();
    List<Integer> brokersAsContacts = new ArrayList<>();
    for (int i = 0; i < f.contactPersons().size(); i++) {
      ContactPerson c = f.contactPersons().get(i);
      boolean currentOrFuture = c.getPeriod().end().map(e -> !e.isBefore(date)).orElse(true);
      if (c.getType() == ContactPersonTypes.PERSONAL_JOB_BROKER && currentOrFuture) {
        brokersAsContacts.add(i);
      }
    }
    if (brokersAsContacts.isEmpty()) {
      return b.explanation(Message.of("MEN-2.noContactPerson")).build();
    }
    if (f.contactGroup().isEmpty()) {
      return b.missing("contactGroup").build();
    }
    int group = f.contactGroup().get();
    Optional<Boolean> target = isTargetGroup(group, f.inResourceCourse());
    if (target.isEmpty()) {
      return b.missing("inResourceCourse").build();
    }
    if (!target.get()) {
      return b.explanation(Message.of("MEN-2.otherGroup", "group", group)).build();
    }
    for (int i : brokersAsContacts) {
      b.warning(
          "contactPersons[" + i + "].type",
          Message.of("MEN-2.shouldBeMentorType6", "group", group));
    }
    return b.explanation(Message.of("MEN-2.shouldBeMentorType6", "group", group)).build();
  }

  private static RuleResult men3(MentorFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    int count = 0;
    for (int i = 0; i < f.mentorInterventions().size(); i++) {
      if (f.mentorInterventions().get(i).getMentorType() != PERSONAL_JOB_BROKER) {
        continue;
      }
      count++;
      b.derived(NEW_MY_PLAN_VERSION.at(i), true, Message.of("MEN-3.newVersion"))
          .derived(SHOWN_IN_MY_PLAN.at(i), true, Message.of("MEN-3.shown"))
          .derived(
              CONTACT_SHOWN_UNDER_CONTACT_YOUR_MENTOR.at(i),
              false,
              Message.of("MEN-3.contactNotShown"));
    }
    return b.explanation(Message.of("MEN-3.explanation", "count", count)).build();
  }

  // ---- the answer, folded from the results ----

  /**
   * The verdict of the results, with one effect in 'Min plan' per intervention for which MEN-3
   * derived a new version (the facts give only the positions to look up).
   */
  private static MentorResult fold(MentorFacts f, RuleResults results, EvaluationContext ctx) {
    List<MyPlanEffect> effects = new ArrayList<>();
    for (int i = 0; i < f.mentorInterventions().size(); i++) {
      Optional<Boolean> newVersion = results.value(NEW_MY_PLAN_VERSION.at(i));
      if (newVersion.isPresent()) {
        effects.add(
            new MyPlanEffect(
                i,
                newVersion.get(),
                results.value(SHOWN_IN_MY_PLAN.at(i)).orElse(false),
                results.value(CONTACT_SHOWN_UNDER_CONTACT_YOUR_MENTOR.at(i)).orElse(false)));
      }
    }
    Verdict verdict = Verdict.of(results);
    return new MentorResult(verdict.kind(), effects, verdict.decidedBy(), verdict.reason());
  }
}
