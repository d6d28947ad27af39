package dk.dfdgrules.rules.dream;

import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.SourceCitation;
import java.util.Optional;

/**
 * The ids and source citations of the DREAM rules DRM-1 … DRM-13 (the specification), as data, so a
 * caller can show where each result comes from.
 *
 * <p>Source: FLIS – DREAM, vejledning til dataområdet (KOMBIT), cited as {@code FLIS-DREAM §x};
 * appendix 2 is DREAM vejledning 44 v2 (2019-11-04).
 *
 * <p><b>Caveat carried by every count:</b> {@value #STOCK_COUNT_CAVEAT_DA} (FLIS-DREAM §2).
 */
public final class DreamRules {

  private DreamRules() {}

  /** The document every DREAM rule cites. */
  public static final String DOCUMENT = "FLIS-DREAM";

  /** Where the document is published. */
  public static final String LINK = "https://www.eflis.dk/media/1273/FLIS%20-%20DREAM.pdf";

  /**
   * STAR's caveat, in Danish, that goes with every count: DREAM is not for stock counts
   * (FLIS-DREAM §2: "det fremhæves fra STAR at DREAM ikke bør anvendes til
   * bestandsopgørelser").
   */
  public static final String STOCK_COUNT_CAVEAT_DA =
      "STAR fremhæver, at DREAM ikke bør anvendes til bestandsopgørelser, og at DREAM-data ikke"
          + " er sammenlignelige med andre datakilder (FLIS-DREAM §2).";

  /** STAR's caveat in English. */
  public static final String STOCK_COUNT_CAVEAT_EN =
      "STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is"
          + " not comparable with other data sources (FLIS-DREAM §2).";

  /** DRM-1: one code per person-week; a benefit counts for a week if received on one day. */
  public static final RuleId DRM_1 = RuleId.of("DRM-1");
  /** DRM-2: ISO weeks, {@code y_YYWW}, weeks placed in month/quarter/year by their Thursday. */
  public static final RuleId DRM_2 = RuleId.of("DRM-2");
  /** DRM-3: the priority of coinciding benefits (a table; the default is a reconstruction). */
  public static final RuleId DRM_3 = RuleId.of("DRM-3");
  /** DRM-4: benefit code (and visitation category) → benefit group. */
  public static final RuleId DRM_4 = RuleId.of("DRM-4");
  /** DRM-5: receiver status 52 weeks later. */
  public static final RuleId DRM_5 = RuleId.of("DRM-5");
  /** DRM-6: the selected benefits (udvalgte ydelser). */
  public static final RuleId DRM_6 = RuleId.of("DRM-6");
  /** DRM-7: distinct persons per cell; the "Andel" ratios. */
  public static final RuleId DRM_7 = RuleId.of("DRM-7");
  /** DRM-8: the 24 key figures. */
  public static final RuleId DRM_8 = RuleId.of("DRM-8");
  /** DRM-9: employment degree of old-scheme flexjobs. */
  public static final RuleId DRM_9 = RuleId.of("DRM-9");
  /** DRM-10: the history window of a data package. */
  public static final RuleId DRM_10 = RuleId.of("DRM-10");
  /** DRM-11: the delivery lag. */
  public static final RuleId DRM_11 = RuleId.of("DRM-11");
  /** DRM-12: who is in a municipality's delivery. */
  public static final RuleId DRM_12 = RuleId.of("DRM-12");
  /** DRM-13: old and new region names. */
  public static final RuleId DRM_13 = RuleId.of("DRM-13");

  private static SourceCitation cite(String section, String quote) {
    return new SourceCitation(DOCUMENT, section, quote, Optional.of(LINK));
  }

  /** DRM-1, FLIS-DREAM §10 and §4. */
  public static final SourceCitation DRM_1_SOURCE =
      cite("§10", "man modtager en given ydelse, blot man har modtaget den en dag i den uge");
  /** DRM-2, FLIS-DREAM §9.3, §9.2 and §11. */
  public static final SourceCitation DRM_2_SOURCE =
      cite(
          "§9.3",
          "Oplysninger på måneds, kvartalsniveau og årsniveau lægges ud på uger ud fra torsdagen"
              + " i ugen");
  /** DRM-3, FLIS-DREAM §4 and §2. */
  public static final SourceCitation DRM_3_SOURCE =
      cite(
          "§4",
          "Hvis der modtages oplysninger om den samme borger i den samme uge, foretager STAR en"
              + " prioritering");
  /** DRM-4, FLIS-DREAM §6.1.10. */
  public static final SourceCitation DRM_4_SOURCE =
      cite("§6.1.10", "samt kombineres dem med visitationskategorierne ”Jobparat” og ”Aktivitetsparat”");
  /** DRM-5, FLIS-DREAM §6.1.6. */
  public static final SourceCitation DRM_5_SOURCE =
      cite(
          "§6.1.6",
          "’Modtager anden ydelse’, ’Modtager forsat ydelse’ eller ’Modtager ikke længere"
              + " ydelse’");
  /** DRM-6, FLIS-DREAM §7.1.1. */
  public static final SourceCitation DRM_6_SOURCE =
      cite("§7.1.1", "Tæller alle borgere der modtager udvalgte ydelser");
  /** DRM-7, FLIS-DREAM §7.1.1. */
  public static final SourceCitation DRM_7_SOURCE =
      cite(
          "§7.1.1",
          "Ved Release 6.0 er opgørelsen ændret til kun at tælle den unikke forekomst af"
              + " borgeren i data.");
  /** DRM-8, FLIS-DREAM §8. */
  public static final SourceCitation DRM_8_SOURCE =
      cite(
          "§8",
          "For 8 afgræsesde ydelsesgrupper er der vurderet om de enkelte ydelsesmodtagere er i"
              + " samme, anden eller ingen ydelse et år.");
  /** DRM-9, FLIS-DREAM §7.1.2. */
  public static final SourceCitation DRM_9_SOURCE =
      cite("§7.1.2", "men den burde være 10/37, så altså en beskæftigelsesgrad på ca. 0,27");
  /** DRM-10 before the switch, FLIS-DREAM §3. */
  public static final SourceCitation DRM_10_SOURCE_BEFORE =
      cite("§3", "I FLIS datamarterne vil data være tilgængelige fra 2007 og frem");
  /** DRM-10 after the switch, FLIS-DREAM §3. */
  public static final SourceCitation DRM_10_SOURCE_AFTER =
      cite("§3", "der altid kun er op til 11 års data i DREAM");
  /** DRM-11, FLIS-DREAM §5. */
  public static final SourceCitation DRM_11_SOURCE =
      cite("§5", "data til og med december 2019 vil blive leveret ved februar kørslen");
  /** DRM-12, FLIS-DREAM §9.2. */
  public static final SourceCitation DRM_12_SOURCE =
      cite(
          "§9.2",
          "Der leveres fuld historik for alle borgere, som i et af årene siden 2000 har haft"
              + " bopæl i kommunen (ultimo året).");
  /** DRM-13, FLIS-DREAM §6.1.4. */
  public static final SourceCitation DRM_13_SOURCE =
      cite("§6.1.4", "Ved Release 6.0 bliver der foretaget følgende rettelse til regionsnavnene.");
}
