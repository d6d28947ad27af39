/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.codelists.internal.Masking;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry of every official code list of the library (the specification), each under a
 * kebab-case key named by a constant here.
 *
 * <p>Lists that rules reason about by constant are enums implementing {@link OfficialCode}; the
 * enum holds the names and this class serves it as a {@link CodeList} too ({@link
 * #fromEnum(Class)}). All other lists are UTF-8 resource files {@code <key>.tsv} in this package,
 * loaded strictly: a malformed file fails with a {@link CodeListFormatException} naming the file
 * and line. Everything is loaded once, lazily and thread-safely, at the first call to any method
 * here. A new release of a list is a change of its data file (or enum), not of the code that uses
 * it.
 *
 * <h2>Data file format</h2>
 *
 * UTF-8, tab-separated, one file {@code <key>.tsv} per list:
 *
 * <ol>
 *   <li>metadata lines {@code # name: value}: {@code key} (must equal the file name), {@code
 *       title}, {@code englishTitle}, {@code source} (all required), {@code version}, {@code note},
 *       {@code partial} and {@code acceptsOtherIds} ({@code true}/{@code false}, default false),
 *       each at most once; any other name is an error;
 *   <li>the column header {@code id name validFrom validTo aliases description}, then one column
 *       per attribute;
 *   <li>one line per value with exactly as many fields as the header; an empty field is absent;
 *       dates are ISO ({@code validTo} is the last valid day); aliases are separated by {@code |};
 *       no field starts or ends with whitespace; ids and names are unique.
 * </ol>
 *
 * Lines starting with {@code ##} are comments. Anything else (a blank line, a bad date, a duplicate
 * id …) fails with a {@link CodeListFormatException} naming the file and line.
 */
public final class CodeLists {

  private static final String RN_2021_12_06 = "Releasenote DFDG pr. 6. december 2021";

  // ---- DFDG release note of 2021-12-06 ----

  /** Støttebehov, ids 1–6 — {@link SupportNeed}. DFDG-RN-2021-12-06 §3.2. */
  public static final String SUPPORT_NEEDS = "support-needs";

  /** Trin of the education plan, 1–4 — {@link Step}. DFDG-RN-2021-12-06 §3.2. */
  public static final String EDUCATION_PLAN_STEPS = "education-plan-steps";

  /**
   * Kontaktpersontyper, <em>partial</em>, accepts other ids; 31 and 32 valid from 2021-12-06.
   * Constants: {@link ContactPersonTypes}. DFDG-RN-2021-12-06 §1.1, §3.3.
   */
  public static final String CONTACT_PERSON_TYPES = "contact-person-types";

  /** Typen af kontaktperson: person, team, generisk team — {@link ContactKind}. §3.3. */
  public static final String CONTACT_KINDS = "contact-kinds";

  /** Mentortyper 1–6 (6 valid from 2021-12-06) — {@link MentorType}. §3.5. */
  public static final String MENTOR_TYPES = "mentor-types";

  /**
   * Kontaktgrupper, <em>partial</em>, accepts other ids. Constants: {@link ContactGroups}.
   * DFDG-RN-2021-12-06 §2.3, §3.4, §3.5, §4.1.
   */
  public static final String CONTACT_GROUPS = "contact-groups";

  /** Lukkeårsager of UDB subscriptions — {@link CloseReason}. §3.4. */
  public static final String UDB_SUBSCRIPTION_CLOSE_REASONS = "udb-subscription-close-reasons";

  /** Plantyper, no ids — {@link PlanType}. §3.2, §3.4; DFDG-byggeblokke. */
  public static final String PLAN_TYPES = "plan-types";

  /**
   * Fraværstyper, <em>partial</em>, accepts other ids. Constants: {@link AbsenceTypes}.
   * DFDG-RN-2021-12-06 §2.1, §2.3.
   */
  public static final String ABSENCE_TYPES = "absence-types";

  /**
   * Afholdelseskategorier, <em>partial</em>, accepts other ids; 42 and 43 retired from 2021-12-06
   * (valid to 2021-12-05). Constants: {@link CourseCategories}. §3.2, §3.6.
   */
  public static final String COURSE_CATEGORIES = "course-categories";

  /**
   * Indsatstyper, <em>partial</em>, accepts other ids. Constants: {@link InterventionTypes}. §3.6.
   */
  public static final String INTERVENTION_TYPES = "intervention-types";

  /** CV-status — {@link CvStatus}. §4.1, §4.2. */
  public static final String CV_STATUSES = "cv-statuses";

  // ---- FLIS DFDG ----

  /** AktivitetsStatus — {@link ActivityStatus}. FLIS-DFDG §5.1.3. */
  public static final String ACTIVITY_STATUSES = "activity-statuses";

  /** AktivitetsAarsag, the cause of an activity's change. FLIS-DFDG §5.1.3. */
  public static final String ACTIVITY_CAUSES = "activity-causes";

  /** AktiveringsPuljenavn, the activation pool. FLIS-DFDG §5.1.3. */
  public static final String ACTIVATION_POOLS = "activation-pools";

  /** HjælpeMiddelArt, the kind of aid. FLIS-DFDG §5.1.9. */
  public static final String AID_KINDS = "aid-kinds";

  /** HjælpemiddelTypeNavn, the type of aid. FLIS-DFDG §5.1.9. */
  public static final String AID_TYPES = "aid-types";

  /** StøttepersonArt, the kind of support person. FLIS-DFDG §5.1.10. */
  public static final String SUPPORT_PERSON_KINDS = "support-person-kinds";

  /** StøttepersonType, the type of support person. FLIS-DFDG §5.1.10. */
  public static final String SUPPORT_PERSON_TYPES = "support-person-types";

  /**
   * Samtaletyper, <em>partial</em>: the twelve of FLIS-DFDG §5.1.13 and 'Fælles Jobsamtale med
   * dagpengemodtager' from the YR webinar (attribute {@code source}).
   */
  public static final String CONVERSATION_TYPES = "conversation-types";

  /** Samtale kontaktform. FLIS-DFDG §5.1.14. */
  public static final String CONVERSATION_CONTACT_FORMS = "conversation-contact-forms";

  /** Samtaledeltagere, <em>partial</em> ("kan der nævnes"). FLIS-DFDG §5.1.15. */
  public static final String CONVERSATION_PARTICIPANTS = "conversation-participants";

  /** The roles of an organisation: ansvarlig, aktiverende, visiterende. FLIS-DFDG §5.1.6. */
  public static final String ORGANISATION_ROLES = "organisation-roles";

  /** Jobtyper, <em>partial</em> ("osv."). FLIS-DFDG §5.1.7. */
  public static final String JOB_TYPES = "job-types";

  /** AktivitetTypeNavn of the YR/DFDG dashboard. YR-webinar-2023-06-21. */
  public static final String ACTIVITY_TYPES = "activity-types";

  // ---- DREAM ----

  /**
   * The 134 weekly benefit codes (ydelseskoder) of appendix 2, DREAM vejledning 44 v2 (2019-11-04),
   * names verbatim. Attributes: {@code kind} = {@code ACTIVATION} or {@code PASSIVE} (spec DRM-3,
   * from the name) and {@code group} = the name of the default {@link BenefitGroup} constant
   * (DRM-4). A blank week is self-supporting and no code. FLIS-DREAM §11.
   */
  public static final String DREAM_BENEFIT_CODES = "dream-benefit-codes";

  /**
   * The values of the Dream Ydelse dimension that are not appendix-2 codes and have no id:
   * 'Beskæftigede' (wage earners), attributes {@code kind} = {@code PASSIVE}, {@code group} =
   * {@code NO_BENEFIT} (DRM-4 interpretation). FLIS-DREAM §6.1.9.
   */
  public static final String DREAM_DERIVED_BENEFIT_VALUES = "dream-derived-benefit-values";

  /**
   * The 17 benefit groups, coming names as display names, current names as aliases — {@link
   * BenefitGroup}. FLIS-DREAM §6.1.10.
   */
  public static final String DREAM_BENEFIT_GROUPS = "dream-benefit-groups";

  /** Dream Modtagerstatus — {@link ReceiverStatus}. FLIS-DREAM §6.1.6. */
  public static final String DREAM_RECEIVER_STATUSES = "dream-receiver-statuses";

  /**
   * Matchkategorier, <em>partial</em>: 1 Jobklar, 2 Indsatsklar, 3 Midlertidig passiv (ids from BEK
   * nr. 880 af 10/7/2015, outside the seeds). FLIS-DREAM §6.1.5.
   */
  public static final String DREAM_MATCH_CATEGORIES = "dream-match-categories";

  /**
   * Visitationskategorier, <em>partial</em> — {@link VisitationCategory}. FLIS-DREAM §6.1.10;
   * DFDG-RN-2021-12-06 §4.1.
   */
  public static final String VISITATION_CATEGORIES = "visitation-categories";

  /**
   * The 5 regions, codes 1081–1085, Release 6.0 names as display names, the old names as aliases
   * and as attribute {@code formerName}. FLIS-DREAM §6.1.4.
   */
  public static final String REGIONS = "regions";

  /**
   * The 98 municipalities with their 3-digit codes, valid from 2007-01-01; attribute {@code region}
   * = the region code. Danmarks Statistik, Kommuner (KOMMUNE).
   */
  public static final String MUNICIPALITIES = "municipalities";

  /**
   * The 11 DSA tables of DREAM; attributes {@code periodicity} ({@code WEEK}, {@code MONTH}, {@code
   * QUARTER}, {@code YEAR}, {@code NONE}), {@code repetition} and {@code historyFrom} (as
   * published) and {@code historyStart} (ISO: {@code 1991-W32}, {@code 2005-Q4}, {@code 1999}).
   * FLIS-DREAM §9.2.
   */
  public static final String DREAM_DSA_TABLES = "dream-dsa-tables";

  // ---- Ydelsesrefusion ----

  /**
   * The refusion steps 80/40/30/20 %; attributes {@code rate} (refusion, per cent), {@code
   * coFinancingRate} (per cent), {@code firstWeek} and {@code lastWeek} (absent for the last step).
   * YR-webinar-2023-06-21; Finansieringsloven § 5.
   */
  public static final String REFUSION_STEPS = "refusion-steps";

  // ---- DFDG building blocks ----

  /** The 12 DFDG building blocks (byggeblokke); 'Forvaltning' is not mapped and not a value. */
  public static final String DFDG_BUILDING_BLOCKS = "dfdg-building-blocks";

  /** The enum behind each enum-served list. */
  private static final ImmutableBiMap<String, Class<? extends Enum<?>>> ENUMS =
      ImmutableBiMap.<String, Class<? extends Enum<?>>>builder()
          .put(SUPPORT_NEEDS, SupportNeed.class)
          .put(EDUCATION_PLAN_STEPS, Step.class)
          .put(CONTACT_KINDS, ContactKind.class)
          .put(MENTOR_TYPES, MentorType.class)
          .put(UDB_SUBSCRIPTION_CLOSE_REASONS, CloseReason.class)
          .put(PLAN_TYPES, PlanType.class)
          .put(CV_STATUSES, CvStatus.class)
          .put(ACTIVITY_STATUSES, ActivityStatus.class)
          .put(DREAM_BENEFIT_GROUPS, BenefitGroup.class)
          .put(DREAM_RECEIVER_STATUSES, ReceiverStatus.class)
          .put(VISITATION_CATEGORIES, VisitationCategory.class)
          .buildOrThrow();

  /** Every key, in the order of the specification's table of code lists. */
  private static final ImmutableList<String> KEYS =
      ImmutableList.of(
          SUPPORT_NEEDS,
          EDUCATION_PLAN_STEPS,
          CONTACT_PERSON_TYPES,
          CONTACT_KINDS,
          MENTOR_TYPES,
          CONTACT_GROUPS,
          UDB_SUBSCRIPTION_CLOSE_REASONS,
          PLAN_TYPES,
          ABSENCE_TYPES,
          COURSE_CATEGORIES,
          INTERVENTION_TYPES,
          CV_STATUSES,
          ACTIVITY_STATUSES,
          ACTIVITY_CAUSES,
          ACTIVATION_POOLS,
          AID_KINDS,
          AID_TYPES,
          SUPPORT_PERSON_KINDS,
          SUPPORT_PERSON_TYPES,
          CONVERSATION_TYPES,
          CONVERSATION_CONTACT_FORMS,
          CONVERSATION_PARTICIPANTS,
          ORGANISATION_ROLES,
          JOB_TYPES,
          ACTIVITY_TYPES,
          DREAM_BENEFIT_CODES,
          DREAM_DERIVED_BENEFIT_VALUES,
          DREAM_BENEFIT_GROUPS,
          DREAM_RECEIVER_STATUSES,
          DREAM_MATCH_CATEGORIES,
          VISITATION_CATEGORIES,
          REGIONS,
          MUNICIPALITIES,
          DREAM_DSA_TABLES,
          REFUSION_STEPS,
          DFDG_BUILDING_BLOCKS);

  private static final Supplier<ImmutableMap<String, CodeList>> LISTS =
      Suppliers.memoize(CodeLists::loadAll);

  private static final Supplier<ImmutableList<CodeList>> ALL =
      Suppliers.memoize(() -> LISTS.get().values().asList());

  private CodeLists() {}

  /**
   * Every list, in the order of the specification's table of code lists.
   *
   * @return the lists
   * @throws CodeListFormatException if a bundled data file is malformed (a build defect)
   */
  public static List<CodeList> all() {
    return ALL.get();
  }

  /**
   * The list with this key.
   *
   * @param key a key, one of the constants of this class
   * @return the list
   * @throws IllegalArgumentException if no list has this key; the message names the key and the
   *     known keys
   * @throws CodeListFormatException if a bundled data file is malformed (a build defect)
   */
  public static CodeList get(String key) {
    return find(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no code list with key " + Masking.quoted(key) + "; known keys: " + KEYS));
  }

  /**
   * The list with this key, if there is one.
   *
   * @param key any string
   * @return the list, or empty
   * @throws CodeListFormatException if a bundled data file is malformed (a build defect)
   */
  public static Optional<CodeList> find(String key) {
    return Optional.ofNullable(LISTS.get().get(key));
  }

  /**
   * The list served from an enum of this library: its values are the enum's constants in
   * declaration order, each as {@link Code#from(OfficialCode)} (with the attribute {@code
   * constant}).
   *
   * @param <E> the enum type
   * @param type one of the enums registered here ({@link SupportNeed}, {@link Step}, {@link
   *     ContactKind}, {@link MentorType}, {@link CloseReason}, {@link PlanType}, {@link CvStatus},
   *     {@link ActivityStatus}, {@link BenefitGroup}, {@link ReceiverStatus}, {@link
   *     VisitationCategory})
   * @return the list
   * @throws IllegalArgumentException if {@code type} is not served as a list here
   */
  public static <E extends Enum<E> & OfficialCode> CodeList fromEnum(Class<E> type) {
    String key = ENUMS.inverse().get(type);
    checkArgument(key != null, "%s is not served as a code list", type.getName());
    return get(key);
  }

  /**
   * The code of one enum constant in its list ({@code codeOf(MentorType.PERSONAL_JOB_BROKER)} has
   * id "6" and valid from 2021-12-06).
   *
   * @param <E> the enum type
   * @param constant a constant of an enum served by {@link #fromEnum(Class)}
   * @return the code
   * @throws IllegalArgumentException if the constant's enum is not served as a code list
   */
  public static <E extends Enum<E> & OfficialCode> Code codeOf(E constant) {
    return fromEnum(constant.getDeclaringClass()).codes().get(constant.ordinal());
  }

  private static ImmutableMap<String, CodeList> loadAll() {
    ImmutableMap.Builder<String, CodeList> lists = ImmutableMap.builder();
    for (String key : KEYS) {
      Class<? extends Enum<?>> type = ENUMS.get(key);
      CodeList list =
          type == null ? CodeListLoader.load(key + CodeListLoader.SUFFIX) : enumList(key, type);
      lists.put(key, list);
    }
    return lists.buildOrThrow();
  }

  private static CodeList enumList(String key, Class<? extends Enum<?>> type) {
    EnumMetadata m = EnumMetadata.of(key);
    CodeList.Builder b =
        CodeList.builder(key)
            .title(m.title)
            .englishTitle(m.englishTitle)
            .source(m.source)
            .partial(m.partial);
    if (m.version != null) {
      b.version(m.version);
    }
    if (m.note != null) {
      b.note(m.note);
    }
    Arrays.stream(type.getEnumConstants()).map(c -> Code.from((OfficialCode) c)).forEach(b::add);
    return b.build();
  }

  /** The metadata of the enum-served lists (their values live in the enums). */
  private enum EnumMetadata {
    SUPPORT_NEEDS_META(
        SUPPORT_NEEDS,
        "Støttebehov",
        "Support needs",
        "DFDG-RN-2021-12-06 §3.2",
        RN_2021_12_06,
        false,
        "Ingen fritekst (SN-5). Koderne følger med releasen 2021-12-06."),
    STEPS_META(
        EDUCATION_PLAN_STEPS,
        "Uddannelsespålæggets trin",
        "Education plan steps",
        "DFDG-RN-2021-12-06 §3.2",
        RN_2021_12_06,
        false,
        null),
    CONTACT_KINDS_META(
        CONTACT_KINDS,
        "Typen af kontaktperson",
        "Contact kinds",
        "DFDG-RN-2021-12-06 §3.3",
        RN_2021_12_06,
        false,
        "Kilden nævner værdierne i løbende tekst: \"(en person/et team/et generisk team)\"."),
    MENTOR_TYPES_META(
        MENTOR_TYPES,
        "Mentortyper",
        "Mentor types",
        "DFDG-RN-2021-12-06 §3.5",
        RN_2021_12_06,
        false,
        null),
    CLOSE_REASONS_META(
        UDB_SUBSCRIPTION_CLOSE_REASONS,
        "Lukkeårsager for abonnement på uddannelseshændelser",
        "UDB subscription close reasons",
        "DFDG-RN-2021-12-06 §3.4",
        RN_2021_12_06,
        false,
        "Fire årsager med id; lukning ved gennemført erhvervskompetencegivende uddannelse har"
            + " hverken id eller navn i kilden (værdien uden id har bibliotekets beskrivende"
            + " navn)."),
    PLAN_TYPES_META(
        PLAN_TYPES,
        "Plantyper",
        "Plan types",
        "DFDG-RN-2021-12-06 §3.2, §3.4; DFDG-byggeblokke",
        null,
        false,
        null),
    CV_STATUSES_META(
        CV_STATUSES,
        "CV-status",
        "CV statuses",
        "DFDG-RN-2021-12-06 §4.1, §4.2",
        RN_2021_12_06,
        false,
        "'CV påbegyndt' har intet id i kilden; id 4 nævnes ikke."),
    ACTIVITY_STATUSES_META(
        ACTIVITY_STATUSES,
        "Aktivitetsstatus",
        "Activity statuses",
        "FLIS-DFDG §5.1.3",
        null,
        false,
        "Værdierne kan ændre sig i takt med nye DFDG-releases (kildens redaktionelle note)."),
    BENEFIT_GROUPS_META(
        DREAM_BENEFIT_GROUPS,
        "Dream Ydelsesgruppe",
        "DREAM benefit groups",
        "FLIS-DREAM §6.1.10",
        null,
        false,
        "Visningsnavn = kommende navn; nuværende navn er alias og attributten currentName."),
    RECEIVER_STATUSES_META(
        DREAM_RECEIVER_STATUSES,
        "Dream Modtagerstatus",
        "DREAM receiver statuses",
        "FLIS-DREAM §6.1.6",
        null,
        false,
        "Navnene som §6.1.6 (\"forsat\" sic); varianterne i §7.1.1 og §10 er aliaser."),
    VISITATION_CATEGORIES_META(
        VISITATION_CATEGORIES,
        "Visitationskategorier",
        "Visitation categories",
        "FLIS-DREAM §6.1.10; DFDG-RN-2021-12-06 §4.1",
        null,
        true,
        null);

    private final String key;
    private final String title;
    private final String englishTitle;
    private final String source;
    private final @Nullable String version;
    private final boolean partial;
    private final @Nullable String note;

    EnumMetadata(
        String key,
        String title,
        String englishTitle,
        String source,
        @Nullable String version,
        boolean partial,
        @Nullable String note) {
      this.key = key;
      this.title = title;
      this.englishTitle = englishTitle;
      this.source = source;
      this.version = version;
      this.partial = partial;
      this.note = note;
    }

    static EnumMetadata of(String key) {
      return Arrays.stream(values())
          .filter(m -> m.key.equals(key))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no metadata for " + key));
    }
  }
}
