/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list of the specification's table of code lists: key, size, partial flag, source and a few
 * exact values ({@code id=name}, or {@code =name} for a value without id), checked against the
 * table and the sources so that a typo or a lost value fails the build.
 */
class CodeListsTest {

  static Stream<Arguments> lists() {
    return Stream.of(
        arguments(
            CodeLists.SUPPORT_NEEDS,
            6,
            false,
            "DFDG-RN-2021-12-06 §3.2",
            List.of(
                "1=Der vurderes ingen støttebehov",
                "2=Der vurderes faglige støttebehov - fx læse, skrive, regne",
                "4=Støttebehov (-ene) er dokumenteret",
                "6=Jobcenteret vil gerne kontaktes af uddannelsesinstitutionen")),
        arguments(
            CodeLists.EDUCATION_PLAN_STEPS,
            4,
            false,
            "DFDG-RN-2021-12-06 §3.2",
            List.of(
                "1=Valg af uddannelsesønsker",
                "4=Pålæg om at påbegynde og gennemføre en konkret uddannelse")),
        arguments(
            CodeLists.CONTACT_PERSON_TYPES,
            10,
            true,
            "DFDG-RN-2021-12-06 §1.1, §3.3",
            List.of(
                "2=Udslusningskoordinator",
                "3=Personlig jobformidler",
                "8=Pårørende",
                "9=Bisidder",
                "10=Partsrepræsentant",
                "15=Mentor",
                "25=Kontaktperson i a-kassen",
                "26=Kontaktperson på asylcentret",
                "31=Kontaktperson på uddannelsesstedet (uddannelsespålæg)",
                "32=Kontaktperson i jobcenteret (uddannelsespålæg)")),
        arguments(
            CodeLists.CONTACT_KINDS,
            3,
            false,
            "DFDG-RN-2021-12-06 §3.3",
            List.of("=Person", "=Team", "=Generisk team")),
        arguments(
            CodeLists.MENTOR_TYPES,
            6,
            false,
            "DFDG-RN-2021-12-06 §3.5",
            List.of(
                "1=Mentor, individuel",
                "3=Udskrivningskoordinator, individuel",
                "5=Udslusningskoordinator",
                "6=Personlig jobformidler")),
        arguments(
            CodeLists.CONTACT_GROUPS,
            9,
            true,
            "DFDG-RN-2021-12-06 §2.3, §3.4, §3.5, §4.1",
            List.of(
                "1=Dagpengemodtager",
                "2=Kontanthjælpsmodtager",
                "8=Uden ydelse",
                "11=Ressourceforløb",
                "12=Modtager af uddannelseshjælp",
                "14=Førtidspensionister",
                "25=Sygedagpengemodtager fra ledighed",
                "26=Overgangsydelsesmodtager efter LAB",
                "28=Uddannelsespålæg – Overgangsydelsesmodtager efter LAB")),
        arguments(
            CodeLists.UDB_SUBSCRIPTION_CLOSE_REASONS,
            5,
            false,
            "DFDG-RN-2021-12-06 §3.4",
            List.of(
                "4=Kontaktgruppe lukket", "5=Alder", "7=Kontaktgruppeskift", "8=Plantypeskift")),
        arguments(
            CodeLists.PLAN_TYPES,
            8,
            false,
            "DFDG-RN-2021-12-06 §3.2, §3.4; DFDG-byggeblokke",
            List.of("=Uddannelsesplan", "=Aftale om opfølgning", "=Plan uden plantype")),
        arguments(
            CodeLists.ABSENCE_TYPES,
            4,
            true,
            "DFDG-RN-2021-12-06 §2.1, §2.3",
            List.of(
                "25=Seniorjob",
                "71=Arbejdsfordeling op til 6 uger",
                "74=Uddannelse under pulje til uddannelsesløft",
                "78=Arbejdsfordeling – ny midlertidig ordning. Covid-19")),
        arguments(
            CodeLists.COURSE_CATEGORIES,
            3,
            true,
            "DFDG-RN-2021-12-06 §3.2, §3.6",
            List.of(
                "37=Læse-, skrive- og regnetest",
                "42=Udskrivningskordinator, individuel",
                "43=Udskrivningskordinator, plads")),
        arguments(
            CodeLists.INTERVENTION_TYPES, 1, true, "DFDG-RN-2021-12-06 §3.6", List.of("7=Mentor")),
        arguments(
            CodeLists.CV_STATUSES,
            5,
            false,
            "DFDG-RN-2021-12-06 §4.1, §4.2",
            List.of(
                "1=Klar til godkendelse",
                "2=CV godkendt",
                "3=CV ej godkendt",
                "5=CV'et er ikke længere fyldestgørende",
                "=CV påbegyndt")),
        arguments(
            CodeLists.ACTIVITY_STATUSES,
            8,
            false,
            "FLIS-DFDG §5.1.3",
            List.of("=Planlagt", "=Gennemført", "=Afsluttet")),
        arguments(
            CodeLists.ACTIVITY_CAUSES,
            13,
            false,
            "FLIS-DFDG §5.1.3",
            List.of(
                "=Fejloprettet",
                "=Aflyst af jobcenter/AA/A-kasse/Kursusudbyder",
                "=Udeblevet fra Start/møde",
                "=Ikke kontaktet/mødet arbejdsgiver",
                "=Ønsker ikke jobbet",
                "=Overgået til Ressourceforløb")),
        arguments(
            CodeLists.ACTIVATION_POOLS,
            12,
            false,
            "FLIS-DFDG §5.1.3",
            List.of(
                "=Opkvalificering ved ansættelse, ikke-forsikrede (§ 99 i LAB)",
                "=Opkvalificering ved ansættelse, forsikrede (§ 99 i LAB)",
                "=Pulje til uddannelsesløft med 80 pct. Dagpenge",
                "=Øvrig indsats og mentor",
                "=Pulje til opkvalificering inden for mangelområder",
                "=Øvrige puljer med 100 pct. Tilskud",
                "=Andet")),
        arguments(
            CodeLists.AID_KINDS,
            3,
            false,
            "FLIS-DFDG §5.1.9",
            List.of("=Undervisningsmateriale", "=Arbejdsredskaber", "=Arbejdspladsinretning")),
        arguments(
            CodeLists.AID_TYPES,
            6,
            false,
            "FLIS-DFDG §5.1.9",
            List.of(
                "=It-udstyr ifm undervisning",
                "=It-udstyr, software, programmer, apps mv. som arbejdsredskab",
                "=Værktøj, udstyr, og andre arbejdsredskaber",
                "=Tilgængelighedsløsninger som fx rampe, lift døråbner",
                "=Arbejdspladsindregning i øvrigt")),
        arguments(
            CodeLists.SUPPORT_PERSON_KINDS,
            4,
            false,
            "FLIS-DFDG §5.1.10",
            List.of("=Uddannelse", "=Lønmodtager", "=Selvstændig", "=Ledig")),
        arguments(
            CodeLists.SUPPORT_PERSON_TYPES,
            10,
            false,
            "FLIS-DFDG §5.1.10",
            List.of(
                "=Sekretærarbejde",
                "=Strukturering og/eller Kvalitetssikring af arbejde",
                "=Oplæsning og/eller Forklaring af tekst",
                "=Føre bil i arbejdstiden",
                "=Særlig personlig støtte",
                "=Andet")),
        arguments(
            CodeLists.CONVERSATION_TYPES,
            13,
            true,
            "FLIS-DFDG §5.1.13; YR-webinar-2023-06-21",
            List.of(
                "=Opfølgningssamtale",
                "=Fleksjobopfølgningssamtale",
                "=CV samtale",
                "=Informationsmøde uden mødepligt",
                "=Rådighedssamtale",
                "=Jobsamtale med a-kasse",
                "=Samtale i rehabiliteringsteam",
                "=Anden samtale",
                "=Fælles Jobsamtale med dagpengemodtager")),
        arguments(
            CodeLists.CONVERSATION_CONTACT_FORMS,
            7,
            false,
            "FLIS-DFDG §5.1.14",
            List.of("=Personlig kontakt", "=Møde direkte på arbejde", "=Videokonference")),
        arguments(
            CodeLists.CONVERSATION_PARTICIPANTS,
            14,
            true,
            "FLIS-DFDG §5.1.15",
            List.of(
                "=A-kassekonsulent",
                "=Handicaphjælper",
                "=Støtte-/kontaktperson",
                "=Sundhedsrepræsentant",
                "=Anden deltager")),
        arguments(
            CodeLists.ORGANISATION_ROLES,
            3,
            false,
            "FLIS-DFDG §5.1.6",
            List.of("=Ansvarlig", "=Aktiverende", "=Visiterende")),
        arguments(
            CodeLists.JOB_TYPES,
            5,
            true,
            "FLIS-DFDG §5.1.7",
            List.of("=Almindeligt job", "=Voksenelev", "=Stat", "=Virksomhedspraktik", "=Privat")),
        arguments(
            CodeLists.ACTIVITY_TYPES,
            6,
            false,
            "YR-webinar-2023-06-21",
            List.of(
                "=Hjælpemiddel",
                "=Kursus",
                "=Mentor",
                "=Personlig assistance",
                "=Socialindsats",
                "=Virksomhedsrettet (jobordre)")),
        arguments(
            CodeLists.DREAM_BENEFIT_CODES,
            134,
            false,
            "FLIS-DREAM §11",
            List.of(
                "111=Dagpenge, Ledighed",
                "130=Kontanthjælp, Jobparat, Passiv.",
                "140=Uddannelseshjælp, åbenlys uddannelsesparat, Passiv.",
                "160=Jobklar Integrationsydelse, Passiv.",
                "231=6-ugers-selvvalgt uddannelse",
                "299=Dagpenge. Anden aktivering",
                "412=Orlov (sabbat og børnepasning)",
                "750=For revalidering, Passiv.",
                "774=Fleksjob, Sygedagpenge under fleksjob",
                "899=Sygedagpenge, Delvis rask",
                "996=Opnået folkepensionsalder men uden folkepension",
                "999=Død")),
        arguments(
            CodeLists.DREAM_DERIVED_BENEFIT_VALUES,
            1,
            false,
            "FLIS-DREAM §6.1.9",
            List.of("=Beskæftigede")),
        arguments(
            CodeLists.DREAM_BENEFIT_GROUPS,
            17,
            false,
            "FLIS-DREAM §6.1.10",
            List.of(
                "=Ingen ydelse",
                "=A-dagpenge",
                "=Kontanthjælp - (Jobparate)",
                "=Integrationsydelse - (Aktivitetsparate)",
                "=Jobafklaring -",
                "=Anden ydelse")),
        arguments(
            CodeLists.DREAM_RECEIVER_STATUSES,
            3,
            false,
            "FLIS-DREAM §6.1.6",
            List.of(
                "=Modtager forsat ydelse",
                "=Modtager anden ydelse",
                "=Modtager ikke længere ydelse")),
        arguments(
            CodeLists.DREAM_MATCH_CATEGORIES,
            3,
            true,
            "FLIS-DREAM §6.1.5; BEK nr. 880 af 10/7/2015",
            List.of("1=Jobklar", "2=Indsatsklar", "3=Midlertidig passiv")),
        arguments(
            CodeLists.VISITATION_CATEGORIES,
            4,
            true,
            "FLIS-DREAM §6.1.10; DFDG-RN-2021-12-06 §4.1",
            List.of(
                "=Jobparat",
                "=Aktivitetsparat",
                "=Uddannelsesparat",
                "=Åbenlyst uddannelsesparat")),
        arguments(
            CodeLists.REGIONS,
            5,
            false,
            "FLIS-DREAM §6.1.4; Danmarks Statistik, Regioner (koder)",
            List.of(
                "1081=Region Nordjylland",
                "1082=Region Midtjylland",
                "1083=Region Syddanmark",
                "1084=Region Hovedstaden",
                "1085=Region Sjælland")),
        arguments(
            CodeLists.MUNICIPALITIES,
            98,
            false,
            "Danmarks Statistik, Kommuner (KOMMUNE), 2007-01-01–",
            List.of(
                "101=København",
                "147=Frederiksberg",
                "169=Høje-Taastrup",
                "173=Lyngby-Taarbæk",
                "400=Bornholm",
                "430=Faaborg-Midtfyn",
                "480=Nordfyns",
                "492=Ærø",
                "580=Aabenraa",
                "751=Aarhus",
                "760=Ringkøbing-Skjern",
                "825=Læsø",
                "851=Aalborg",
                "860=Hjørring")),
        arguments(
            CodeLists.DREAM_DSA_TABLES,
            11,
            false,
            "FLIS-DREAM §9.2",
            List.of(
                "borger=Alle grundoplysninger",
                "y=Ydelser",
                "afm_ars=A-kasse medlemskab (j/n)",
                "ak=A-kasse medlemskab",
                "arbsted=Arbejdssted – lokation (komkode)",
                "branche=Arbejdssted – branche",
                "virkform=Arbejdssted – virksomhedsform",
                "grad=Beskæftigelsesgrad",
                "nykom=Bopælskommune ult. Året",
                "match=Matchkategori",
                "visit=Visitationskategori")),
        arguments(
            CodeLists.REFUSION_STEPS,
            4,
            false,
            "YR-webinar-2023-06-21; Finansieringsloven § 5 (LBK nr. 221 af 12/2/2021)",
            List.of("=80 %", "=40 %", "=30 %", "=20 %")),
        arguments(
            CodeLists.DFDG_BUILDING_BLOCKS,
            12,
            false,
            "DFDG-byggeblokke",
            List.of(
                "=Visitering og status",
                "=Kontaktforløb",
                "=Borgerkommunikation",
                "=Borgerrettet indsats",
                "=Ekstern kommunikation",
                "=Jobsøgning og CV (JobSearch)",
                "=Virksomhedsrettet indsats",
                "=Rammeværk og Infrastruktur",
                "=Taxonomi",
                "=Ydelsesudstilling",
                "=EksterneData",
                "=Rapportering")));
  }

  @ParameterizedTest(name = "{0}: {1} values")
  @MethodSource("lists")
  void listMatchesSpecTableAndSources(
      String key, int size, boolean partial, String source, List<String> samples) {
    CodeList list = CodeLists.get(key);

    assertThat(list.key()).isEqualTo(key);
    assertThat(list.size()).isEqualTo(size).isEqualTo(list.codes().size());
    assertThat(list.isPartial()).isEqualTo(partial);
    assertThat(list.source()).isEqualTo(source);
    assertThat(list.title()).isNotBlank();
    assertThat(list.englishTitle()).isNotBlank();
    for (String sample : samples) {
      String id = sample.substring(0, sample.indexOf('='));
      String name = sample.substring(sample.indexOf('=') + 1);
      Code code = list.byName(name).orElseThrow(() -> new AssertionError("no " + sample));
      assertThat(code.name()).isEqualTo(name);
      if (id.isEmpty()) {
        assertThat(code.id()).as(sample).isEmpty();
      } else {
        assertThat(code.id()).as(sample).contains(id);
        assertThat(list.byId(id)).contains(code);
      }
    }
  }

  @Test
  void tableCoversEveryRegisteredListOnce() {
    List<String> tableKeys = lists().map(a -> (String) a.get()[0]).toList();

    assertThat(tableKeys).doesNotHaveDuplicates();
    assertThat(CodeLists.all()).extracting(CodeList::key).containsExactlyElementsOf(tableKeys);
    assertThat(CodeLists.all()).hasSize(36);
  }

  @Test
  void keyConstantsAreTheRegisteredKeys() throws IllegalAccessException {
    Set<String> constants = new HashSet<>();
    for (var field : CodeLists.class.getFields()) {
      if (field.getType() == String.class) {
        constants.add((String) field.get(null));
      }
    }
    assertThat(constants)
        .containsExactlyInAnyOrderElementsOf(CodeLists.all().stream().map(CodeList::key).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allKeys")
  void noListHasDuplicateIdsNamesOrSpellings(String key) {
    CodeList list = CodeLists.get(key);
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> strictKeys = new ArrayList<>();
    for (Code code : list.codes()) {
      code.id().ifPresent(ids::add);
      names.add(code.name());
      Set<String> own = new HashSet<>();
      own.add(NameKeys.strict(code.name()));
      code.aliases().forEach(a -> own.add(NameKeys.strict(a)));
      strictKeys.addAll(own);
    }
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(names).doesNotHaveDuplicates();
    assertThat(strictKeys).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allKeys")
  void everyNameAndAliasFindsItsOwnValue(String key) {
    CodeList list = CodeLists.get(key);
    for (Code code : list.codes()) {
      assertThat(list.byName(code.name())).contains(code);
      assertThat(list.byName(code.name().toUpperCase(java.util.Locale.ROOT))).contains(code);
      for (String alias : code.aliases()) {
        assertThat(list.byName(alias)).as(alias).contains(code);
      }
      code.id().ifPresent(id -> assertThat(list.byId(id)).contains(code));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allKeys")
  void namesAreTrimmedAndFreeOfOcrDebris(String key) {
    for (Code code : CodeLists.get(key).codes()) {
      assertThat(code.name())
          .doesNotContain("  ")
          .doesNotContain("@")
          .doesNotContain("[")
          .doesNotStartWith(" ")
          .doesNotEndWith(" ");
    }
  }

  static Stream<String> allKeys() {
    return lists().map(a -> (String) a.get()[0]);
  }

  @Test
  void unknownKeyIsRefusedNamingTheKeyAndTheKnownKeys() {
    assertThatThrownBy(() -> CodeLists.get("dream-codes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dream-codes'")
        .hasMessageContaining(CodeLists.DREAM_BENEFIT_CODES)
        .hasMessageContaining(CodeLists.MUNICIPALITIES);
    assertThat(CodeLists.find("dream-codes")).isEmpty();
    assertThat(CodeLists.find(CodeLists.REGIONS)).containsSame(CodeLists.get(CodeLists.REGIONS));
  }

  @Test
  void listsAreLoadedOnce() {
    assertThat(CodeLists.get(CodeLists.MUNICIPALITIES))
        .isSameAs(CodeLists.get(CodeLists.MUNICIPALITIES));
    assertThat(CodeLists.all()).isSameAs(CodeLists.all());
  }

  @Test
  void everyEnumIsServedAsAListInDeclarationOrder() {
    assertEnumServed(SupportNeed.class, CodeLists.SUPPORT_NEEDS);
    assertEnumServed(Step.class, CodeLists.EDUCATION_PLAN_STEPS);
    assertEnumServed(ContactKind.class, CodeLists.CONTACT_KINDS);
    assertEnumServed(MentorType.class, CodeLists.MENTOR_TYPES);
    assertEnumServed(CloseReason.class, CodeLists.UDB_SUBSCRIPTION_CLOSE_REASONS);
    assertEnumServed(PlanType.class, CodeLists.PLAN_TYPES);
    assertEnumServed(CvStatus.class, CodeLists.CV_STATUSES);
    assertEnumServed(ActivityStatus.class, CodeLists.ACTIVITY_STATUSES);
    assertEnumServed(BenefitGroup.class, CodeLists.DREAM_BENEFIT_GROUPS);
    assertEnumServed(ReceiverStatus.class, CodeLists.DREAM_RECEIVER_STATUSES);
    assertEnumServed(VisitationCategory.class, CodeLists.VISITATION_CATEGORIES);
  }

  private static <E extends Enum<E> & OfficialCode> void assertEnumServed(
      Class<E> type, String key) {
    CodeList list = CodeLists.fromEnum(type);
    assertThat(list).isSameAs(CodeLists.get(key));
    E[] constants = type.getEnumConstants();
    assertThat(list.size()).isEqualTo(constants.length);
    for (E constant : constants) {
      Code code = CodeLists.codeOf(constant);
      assertThat(code).isEqualTo(Code.from(constant));
      assertThat(code.name()).isEqualTo(constant.officialName());
      assertThat(code.id()).isEqualTo(constant.code());
      assertThat(code.attribute("constant")).contains(constant.name());
    }
    assertThat(list.codes())
        .extracting(Code::name)
        .containsExactlyElementsOf(
            Arrays.stream(constants).map(OfficialCode::officialName).toList());
  }

  @Test
  void fromEnumRefusesAnEnumThatIsNoList() {
    assertThatThrownBy(() -> CodeLists.fromEnum(NotAList.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NotAList");
  }

  private enum NotAList implements OfficialCode {
    ONLY;

    @Override
    public java.util.Optional<String> code() {
      return java.util.Optional.empty();
    }

    @Override
    public String officialName() {
      return "Kun";
    }
  }
}
