package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.codelists.ContactGroups.DISABILITY_PENSIONERS;
import static dk.dfdgrules.codelists.ContactGroups.RESOURCE_COURSE;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.ContactPersonTypes;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.contact.ContactPerson;
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
 *   <li><b>MEN-1</b> "Mentortypen skal registreres på borgere i kontaktgruppe 11 'Ressourceforløb'
 *       og 14 'Førtidspensionister' (hvis borgeren er i ressourceforløb), som har en personlig
 *       jobformidler"; "Der gælder samme valideringer for registrering af mentortype id 6 som for
 *       øvrige mentortyper". Type 6 is valid from {@link #IN_FORCE}: before that day (the older
 *       version) a mentor intervention of type 6 is an error, as the type did not exist.
 *   <li><b>MEN-2</b> "Den nye mentortype 6 kan også anvendes, når borgere i andre kontaktgrupper
 *       får tilknyttet en personlig jobformidler" — no warning; in other groups a personal job
 *       broker may still be registered as a contact person (type 3). "DFDG validerer ikke for, at
 *       registreringen ikke sker for borgere i kontaktgruppe 11 og 14": DFDG does not reject a
 *       personal job broker registered as a contact person for a citizen in group 11 (or 14 in a
 *       resource course); the library reports it as a <em>warning</em> (should be mentor type 6,
 *       § 113 a LAB). Only contact persons current or future on the evaluation date are checked.
 *   <li><b>MEN-3</b> "Registreringen danner en ny version af 'Min plan'"; "Mentorindsatsen bliver
 *       vist i borgerens 'Min plan' på Jobnet, men kontaktoplysninger bliver ikke vist under
 *       'Kontakt din mentor'": derived per type-6 intervention.
 * </ul>
 *
 * <p>The source also notes that conversations with a health coordinator or coordinating
 * caseworker in a resource course are not reported to DFDG (but may be, e.g. as 'Anden samtale');
 * that is no rule of this library.
 */
public final class MentorRules {

  /** The day mentor type 6 came into force: the DFDG release of 6 December 2021. */
  public static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);

  /** MEN-1: mentor type 6 for citizens in a resource course with a personal job broker. */
  public static final RuleId MEN_1 = RuleId.of("MEN-1");

  /** MEN-2: type 6 also in other groups; a contact person of type 3 in groups 11/14 warned. */
  public static final RuleId MEN_2 = RuleId.of("MEN-2");

  /** MEN-3: type 6 makes a new version of 'Min plan', without its contact details. */
  public static final RuleId MEN_3 = RuleId.of("MEN-3");

  private static final int PERSONAL_JOB_BROKER = MentorType.PERSONAL_JOB_BROKER.id();

  private static final String DOCUMENT = "DFDG-RN-2021-12-06";
  private static final String SECTION = "§3.5";

  private static final SourceCitation MEN_1_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Mentortypen skal registreres på borgere i kontaktgruppe 11 'Ressourceforløb' og 14"
              + " 'Førtidspensionister' (hvis borgeren er i ressourceforløb), som har en personlig"
              + " jobformidler, jf. § 113 a i lov om en aktiv beskæftigelsesindsats.");
  private static final SourceCitation MEN_1_BEFORE_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Der er indført en ny mentortype 'Personlig jobformidler' (id 6) i"
              + " mentorindsats/-aktivitet");
  private static final SourceCitation MEN_2_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Den nye mentortype 6 kan også anvendes, når borgere i andre kontaktgrupper får"
              + " tilknyttet en personlig jobformidler. … DFDG validerer ikke for, at registreringen"
              + " ikke sker for borgere i kontaktgruppe 11 og 14.");
  private static final SourceCitation MEN_3_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Registreringen danner en ny version af 'Min plan'. Mentorindsatsen bliver vist i"
              + " borgerens 'Min plan' på Jobnet, men kontaktoplysninger bliver ikke vist under"
              + " 'Kontakt din mentor'");

  /** MEN-1 — before {@link #IN_FORCE} type 6 does not exist; from it, type 6 is valid. */
  public static final VersionedRule<MentorFacts> MEN1 =
      VersionedRule.<MentorFacts>builder(MEN_1)
          .version(RuleVersion.before(MEN_1, IN_FORCE, MEN_1_BEFORE_SOURCE), MentorRules::men1Before)
          .version(RuleVersion.since(MEN_1, IN_FORCE, MEN_1_SOURCE), MentorRules::men1)
          .build();

  /** MEN-2 — from {@link #IN_FORCE}. */
  public static final VersionedRule<MentorFacts> MEN2 =
      VersionedRule.<MentorFacts>builder(MEN_2)
          .version(RuleVersion.since(MEN_2, IN_FORCE, MEN_2_SOURCE), MentorRules::men2)
          .build();

  /** MEN-3 — from {@link #IN_FORCE}. */
  public static final VersionedRule<MentorFacts> MEN3 =
      VersionedRule.<MentorFacts>builder(MEN_3)
          .version(RuleVersion.since(MEN_3, IN_FORCE, MEN_3_SOURCE), MentorRules::men3)
          .build();

  /** The rules of the area, in evaluation order. */
  public static final List<VersionedRule<MentorFacts>> RULES = List.of(MEN1, MEN2, MEN3);

  private MentorRules() {}

  /**
   * Validates mentor interventions and contact persons of a citizen against MEN-1 … MEN-3.
   *
   * @param facts the facts
   * @param evaluationDate the date of registration, which picks the rule versions
   * @return the effects in 'Min plan' and the rules' results
   */
  public static MentorResult validate(MentorFacts facts, LocalDate evaluationDate) {
    return validate(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Validates in an evaluation context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the effects in 'Min plan' and the rules' results
   */
  public static MentorResult validate(MentorFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    CombinedResult r =
        CombinedResult.evaluate(RULES, facts, context);
    List<MyPlanEffect> effects = new ArrayList<>();
    for (int i = 0; i < facts.mentorInterventions().size(); i++) {
      Optional<String> newVersion = derived(r, path(i) + ".newMyPlanVersion");
      if (newVersion.isPresent()) {
        effects.add(
            new MyPlanEffect(
                i,
                Boolean.parseBoolean(newVersion.get()),
                derived(r, path(i) + ".shownInMyPlan").map(Boolean::parseBoolean).orElse(false),
                derived(r, path(i) + ".contactShownUnderContactYourMentor")
                    .map(Boolean::parseBoolean)
                    .orElse(false)));
      }
    }
    return new MentorResult(effects, r);
  }

  /**
   * Tells whether a citizen is one for whom a personal job broker shall be mentor type 6 (MEN-1):
   * contact group 11, or 14 when in a resource course.
   *
   * @param contactGroup the contact group
   * @param inResourceCourse for group 14, whether in a resource course
   * @return true, false, or empty when group 14 and the resource course is unknown
   */
  public static Optional<Boolean> isTargetGroup(int contactGroup, Optional<Boolean> inResourceCourse) {
    if (contactGroup == RESOURCE_COURSE) {
      return Optional.of(true);
    }
    if (contactGroup == DISABILITY_PENSIONERS) {
      return inResourceCourse;
    }
    return Optional.of(false);
  }

  private static String path(int index) {
    return "mentorInterventions[" + index + "]";
  }

  private static Optional<String> derived(CombinedResult r, String path) {
    return r.derivedValues().stream()
        .filter(d -> d.path().equals(path))
        .findFirst()
        .flatMap(DerivedValue::text);
  }

  private static RuleResult men1Before(MentorFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    int found = 0;
    for (int i = 0; i < f.mentorInterventions().size(); i++) {
      if (f.mentorInterventions().get(i).getMentorType() == PERSONAL_JOB_BROKER) {
        found++;
        b.error(path(i) + ".mentorType", Message.of("MEN-1.notYetValid", "date", IN_FORCE));
      }
    }
    return b.explanation(
            found == 0 ? Message.of("MEN-1.noType6") : Message.of("MEN-1.notYetValid", "date", IN_FORCE))
        .build();
  }

  private static RuleResult men1(MentorFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    boolean anyType6 =
        f.mentorInterventions().stream().anyMatch(m -> m.getMentorType() == PERSONAL_JOB_BROKER);
    if (!anyType6) {
      return b.explanation(Message.of("MEN-1.noType6")).build();
    }
    Optional<Boolean> target = f.contactGroup().flatMap(g -> isTargetGroup(g, f.inResourceCourse()));
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
      b.warning("contactPersons[" + i + "].type", Message.of("MEN-2.shouldBeMentorType6", "group", group));
    }
    return b.explanation(Message.of("MEN-2.shouldBeMentorType6", "group", group)).build();
  }

  private static RuleResult men3(MentorFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    int count = 0;
    for (int i = 0; i < f.mentorInterventions().size(); i++) {
      MentorIntervention m = f.mentorInterventions().get(i);
      if (m.getMentorType() != PERSONAL_JOB_BROKER) {
        continue;
      }
      count++;
      b.derived(DerivedValue.of(path(i) + ".newMyPlanVersion", true, MEN_3, Message.of("MEN-3.newVersion")))
          .derived(DerivedValue.of(path(i) + ".shownInMyPlan", true, MEN_3, Message.of("MEN-3.shown")))
          .derived(
              DerivedValue.of(
                  path(i) + ".contactShownUnderContactYourMentor",
                  false,
                  MEN_3,
                  Message.of("MEN-3.contactNotShown")));
    }
    return b.explanation(Message.of("MEN-3.explanation", "count", count)).build();
  }
}
