/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import java.time.LocalDate;

/**
 * The documents the library cites and the legal dates they set: the one place that holds them.
 * Every rule's citation names one of these sources; every rule version's in-force date is one of
 * these dates, by name.
 *
 * <table>
 *   <caption>The sources</caption>
 *   <tr><th>constant</th><th>cited as</th><th>what it is</th></tr>
 *   <tr><td>{@link #DFDG_RELEASE_NOTE}</td><td>{@code DFDG-RN-2021-12-06 §x.y}</td><td>STAR's
 *       release note for DFDG of 6 December 2021</td></tr>
 *   <tr><td>{@link #FLIS_DREAM}</td><td>{@code FLIS-DREAM §x}</td><td>FLIS documentation of
 *       DREAM</td></tr>
 *   <tr><td>{@link #FLIS_DFDG}</td><td>{@code FLIS-DFDG §x}</td><td>FLIS documentation of the
 *       DFDG data area</td></tr>
 *   <tr><td>{@link #DFDG_BUILDING_BLOCKS}</td><td>{@code DFDG-byggeblokke}</td><td>the DFDG
 *       building blocks</td></tr>
 *   <tr><td>{@link #YR_WEBINAR}</td><td>{@code YR-webinar-2023-06-21}</td><td>the Ydelsesrefusion
 *       webinar of 21 June 2023</td></tr>
 *   <tr><td>{@link #FINANSIERINGSLOVEN}</td><td>{@code Finansieringsloven §n}</td><td>the act on
 *       the municipalities' financing of certain public benefits (LBK nr. 221 af 12/2/2021): the
 *       refusion steps</td></tr>
 *   <tr><td>{@link #DANMARKS_STATISTIK}</td><td>{@code Danmarks Statistik}</td><td>municipality
 *       and region codes</td></tr>
 *   <tr><td>{@link #LIBRARY}</td><td>{@code dfdg-rules}</td><td>the library's own checks, not in
 *       the sources</td></tr>
 * </table>
 */
public final class Sources {

  private Sources() {}

  /**
   * A document the library cites.
   *
   * @param id how the library cites it, e.g. {@code DFDG-RN-2021-12-06}; not blank
   * @param title its title
   * @param link where it is published, or empty when not public
   */
  public record Source(String id, String title, String link) {

    /**
     * Checks the id.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Source {
      if (id.isBlank()) {
        throw new IllegalArgumentException("a source's id must not be blank");
      }
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** STAR's release note for DFDG of 6 December 2021 ("Releasenote DFDG pr. 6. december 2021"). */
  public static final Source DFDG_RELEASE_NOTE =
      new Source("DFDG-RN-2021-12-06", "Releasenote DFDG pr. 6. december 2021 (STAR)", "");

  /** FLIS – DREAM, vejledning til dataområdet (KOMBIT); appendix 2 is DREAM vejledning 44 v2. */
  public static final Source FLIS_DREAM =
      new Source(
          "FLIS-DREAM",
          "FLIS – DREAM, vejledning til dataområdet (KOMBIT)",
          "https://www.eflis.dk/media/1273/FLIS%20-%20DREAM.pdf");

  /** FLIS documentation of the DFDG data area: visitation courses, activation, the cubes. */
  public static final Source FLIS_DFDG =
      new Source("FLIS-DFDG", "FLIS – DFDG, vejledning til dataområdet (KOMBIT)", "");

  /** The DFDG building blocks (byggeblokke): the business domains of the common data foundation. */
  public static final Source DFDG_BUILDING_BLOCKS =
      new Source("DFDG-byggeblokke", "Det Fælles Datagrundlag – byggeblokke (STAR)", "");

  /** The Ydelsesrefusion webinar of 21 June 2023: MAF, YUMU reporting, LIS raw data, refusion. */
  public static final Source YR_WEBINAR =
      new Source("YR-webinar-2023-06-21", "Ydelsesrefusion – webinar 21. juni 2023 (STAR)", "");

  /**
   * "Lov om kommunernes finansiering af visse offentlige ydelser udbetalt af kommunerne, Udbetaling
   * Danmark og arbejdsløshedskasserne" (lov nr. 994 af 30/8/2015), consolidated as LBK nr. 221 af
   * 12/2/2021: the refusion steps (§ 5) and the restart of the count (§ 6). Cited as {@code
   * Finansieringsloven §n}.
   */
  public static final Source FINANSIERINGSLOVEN =
      new Source(
          "Finansieringsloven",
          "Lov om kommunernes finansiering af visse offentlige ydelser udbetalt af kommunerne,"
              + " Udbetaling Danmark og arbejdsløshedskasserne (LBK nr. 221 af 12/2/2021)",
          "https://www.retsinformation.dk/eli/lta/2021/221");

  /** Danmarks Statistik: the municipality and region codes. */
  public static final Source DANMARKS_STATISTIK =
      new Source("Danmarks Statistik", "Danmarks Statistik – kommune- og regionskoder", "");

  /**
   * The library itself, for the few checks it adds that no source states (e.g. the format checks of
   * EC-4): cited so, they are never mistaken for a rule of the sources.
   */
  public static final Source LIBRARY =
      new Source("dfdg-rules", "dfdg-rules – bibliotekets egne tjek, ikke i kilderne", "");

  // ---- the legal dates, each once ----

  /**
   * 2021-12-06, the DFDG release of 6 December 2021 ({@link #DFDG_RELEASE_NOTE}): the day the
   * release note's changes apply — the support-need codes and validations, the letter, the changed
   * subscription rules ("Ændringer", §3.4), end-dating of contact persons (§1.1), mentor type 6,
   * the retired course categories, the CV, absence, retention and recall rules. Rules that changed
   * that day keep their older version before it.
   */
  public static final LocalDate DFDG_RELEASE = LocalDate.of(2021, 12, 6);

  /**
   * 2022-01-01: the legal duty to register support needs and DFDG's messages about them to UDB
   * apply from this day (DFDG-RN-2021-12-06 §3.2 OBS: "Reglerne om registrering af støttebehov
   * træder i kraft den 1. januar 2022").
   *
   * <p><em>Interpretation:</em> §3.1's "som træder i kraft pr. 1. januar 2021" is read as a slip
   * for 2022: a note of December 2021 cannot announce a law in force since January 2021.
   */
  public static final LocalDate UDB_SUPPORT_NEEDS_FLOW = LocalDate.of(2022, 1, 1);

  /**
   * 2022-03-01: the expected start of UDK's reporting of early-pension data through the web service
   * (DFDG-RN-2021-12-06 §6.1: "UDK forventes at påbegynde indberetningen via webservicesnitfladen i
   * marts 2022"). <em>Interpretation:</em> "marts 2022" read as its first day; a caller may give
   * another start.
   */
  public static final LocalDate UDK_WEB_SERVICE_EXPECTED = LocalDate.of(2022, 3, 1);

  /**
   * 2007-01-01: the first day of the FLIS datamarts (FLIS-DREAM §3: "I FLIS datamarterne vil data
   * være tilgængelige fra 2007 og frem").
   */
  public static final LocalDate FLIS_DATAMART_START = LocalDate.of(2007, 1, 1);

  /**
   * 2021-02-01: the first delivery run with DREAM's 11-year history window (FLIS-DREAM §3: "Når
   * december datapakken for december 2020 leveres ved februar kørslen 2021 vil den indeholde alle
   * data for perioden 2010 – 2020"). <em>Interpretation:</em> the source gives no date for the
   * change; the run of its first example is taken.
   */
  public static final LocalDate DREAM_HISTORY_WINDOW_CHANGE = LocalDate.of(2021, 2, 1);

  /**
   * 2013-01-01: flexjobs granted before this day are of the old scheme, reported with an employment
   * degree of 1 (FLIS-DREAM §7.1.2: "dem der har blevet tildelt fleksjob før 1. januar 2013").
   */
  public static final LocalDate FLEXJOB_REFORM = LocalDate.of(2013, 1, 1);

  /**
   * 2020-01-01: the FLIS DFDG cubes' link to Ydelsesrefusion (YR); the Ydelsesaktivitet and
   * YdelsesAktivitetBenchmark cubes hold data from this day on (FLIS-DFDG §3: "For kuberne
   * Ydelsesaktivitet og YdelsesAktivitetBenchmark er det dog kun muligt at se data efter 1. januar
   * 2020"; §9: "vil der kun være data fra 1. januar 2020 da den grundet koblingen til YR").
   * <em>Interpretation:</em> the day itself is included (§7.2: YR data "gældende fra 1. januar
   * 2020").
   */
  public static final LocalDate DFDG_YR_LINK = LocalDate.of(2020, 1, 1);

  /**
   * 2016-01-04, the Monday of ISO week 1 of 2016: the refusion act ({@link #FINANSIERINGSLOVEN}) is
   * in force from this day (Finansieringsloven § 29: "Loven træder i kraft den 4. januar 2016"; the
   * seeds say "pr 1.1.2016"). The refusion steps (REF-1 … REF-3) have no version before it.
   */
  public static final LocalDate REFUSION_ACT_IN_FORCE = LocalDate.of(2016, 1, 4);
}
