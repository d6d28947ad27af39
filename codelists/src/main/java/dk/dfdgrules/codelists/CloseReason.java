package dk.dfdgrules.codelists;

import java.util.Optional;

/**
 * Lukkeårsag — why a UDB subscription (abonnement på uddannelseshændelser) was closed.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.4. The source also closes subscriptions for a completed
 * vocational education but gives that no reason id: {@link #COMPLETED_VOCATIONAL_EDUCATION} has
 * none, and its name is this library's description, not an official name.
 */
public enum CloseReason implements OfficialCode {
  /** 4 — "Kontaktgruppe lukket". */
  CONTACT_GROUP_CLOSED("4", "Kontaktgruppe lukket"),
  /** 5 — "Alder". */
  AGE("5", "Alder"),
  /** 7 — "Kontaktgruppeskift". */
  CONTACT_GROUP_CHANGE("7", "Kontaktgruppeskift"),
  /** 8 — "Plantypeskift". */
  PLAN_TYPE_CHANGE("8", "Plantypeskift"),
  /**
   * No id in the source: closed because UDB reported a completed vocational
   * (erhvervskompetencegivende) education (SUB-3, from 2021-12-06).
   */
  COMPLETED_VOCATIONAL_EDUCATION(null, "Gennemført erhvervskompetencegivende uddannelse");

  private final String code;
  private final String officialName;

  CloseReason(String code, String officialName) {
    this.code = code;
    this.officialName = officialName;
  }

  @Override
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  @Override
  public String officialName() {
    return officialName;
  }
}
