package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.codelists.OfficialCode;
import java.util.Optional;

/**
 * A "type 1" change of an education plan: a change that creates a new plan version
 * (DFDG-RN-2021-12-06 §3.2, "Kendt problem": "Type 1-ændringer omfatter ændringer i: …"). As
 * released, the letter to the citizen is produced only when a publication contains one of these
 * (LET-5). The source gives the six changes no ids; the Danish names are the source's.
 */
public enum Type1Change implements OfficialCode {
  /** "Planbeskrivelse" — the plan description. */
  PLAN_DESCRIPTION("Planbeskrivelse"),
  /** "Mål" — the goal. */
  GOAL("Mål"),
  /** "Ansvarlig sagsbehandler" — the responsible caseworker. */
  RESPONSIBLE_CASEWORKER("Ansvarlig sagsbehandler"),
  /** "Trin i uddannelsespålægget" — the step of the education order. */
  STEP("Trin i uddannelsespålægget"),
  /** "Frist i uddannelsespålæggets trin" — the deadline in the step. */
  STEP_DEADLINE("Frist i uddannelsespålæggets trin"),
  /** "Uddannelsessted" — the place of education. */
  PLACE_OF_EDUCATION("Uddannelsessted");

  private final String officialName;

  Type1Change(String officialName) {
    this.officialName = officialName;
  }

  @Override
  public Optional<String> code() {
    return Optional.empty();
  }

  @Override
  public String officialName() {
    return officialName;
  }
}
