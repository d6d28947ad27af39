package dk.dfdgrules.rules.supportneed;

import java.time.LocalDate;

/**
 * The two dates of the support-need rules (DFDG-RN-2021-12-06 §3.1, §3.2), as named constants so a
 * caller can see and test them.
 *
 * <ul>
 *   <li>{@link #VALIDATIONS_IN_FORCE} — 2021-12-06: the codes and DFDG's validations (SN-1 … SN-6)
 *       and the letter to the citizen (LET-1 … LET-5) ship with the release: "DFDG validerer på, at
 *       støttebehov skal være registreret ved gem af uddannelsesplan på trin 4";
 *   <li>{@link #UDB_FLOW_IN_FORCE} — 2022-01-01: the legal duty and the flow to UDB (UDB-1 … UDB-5)
 *       start: "Reglerne om registrering af støttebehov træder i kraft den 1. januar 2022, og
 *       uddannelsesinstitutionerne begynder gradvist at hente oplysninger i UDB om støttebehov fra
 *       denne dato" (§3.2 OBS).
 * </ul>
 *
 * <p><em>Interpretation:</em> §3.1 says the changed rules come with a change of the LAB act
 * "som træder i kraft pr. 1. januar 2021". A note of December 2021 cannot announce a law in force
 * since January 2021, and §3.2 OBS names 1 January 2022: the library reads "2021" in §3.1 as a
 * slip for 2022 and uses {@link #UDB_FLOW_IN_FORCE} for both.
 */
public final class SupportNeedDates {

  /** 2021-12-06: the release date; the SN validations and the LET letter apply from this day. */
  public static final LocalDate VALIDATIONS_IN_FORCE = LocalDate.of(2021, 12, 6);

  /**
   * 2022-01-01: the legal duty to register support needs and DFDG's messages to UDB (UDB-1 …
   * UDB-5) apply from this day (§3.2 OBS; §3.1's "1. januar 2021" read as a slip for 2022).
   */
  public static final LocalDate UDB_FLOW_IN_FORCE = LocalDate.of(2022, 1, 1);

  private SupportNeedDates() {}
}
