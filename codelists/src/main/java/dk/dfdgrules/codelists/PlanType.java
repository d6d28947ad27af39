package dk.dfdgrules.codelists;

/**
 * Plantype — the type of a citizen's plan. The sources give no ids.
 *
 * <p>Sources: DFDG-RN-2021-12-06 §3.2, §3.4; DFDG-byggeblokke.
 */
public enum PlanType implements UnnumberedCode {
  /** "Uddannelsesplan". */
  EDUCATION_PLAN("Uddannelsesplan"),
  /** "Kombiplan" — a combination plan. */
  COMBINATION_PLAN("Kombiplan"),
  /** "Aftale om opfølgning". */
  FOLLOW_UP_AGREEMENT("Aftale om opfølgning"),
  /** "Rehabiliteringsplan". */
  REHABILITATION_PLAN("Rehabiliteringsplan"),
  /** "Generel plan". */
  GENERAL_PLAN("Generel plan"),
  /** "Plan uden plantype" — used by trial municipalities (SUB-7). */
  PLAN_WITHOUT_PLAN_TYPE("Plan uden plantype"),
  /** "Integrationskontrakt". */
  INTEGRATION_CONTRACT("Integrationskontrakt"),
  /** "Integrationsplan". */
  INTEGRATION_PLAN("Integrationsplan");

  private final String officialName;

  PlanType(String officialName) {
    this.officialName = officialName;
  }

  @Override
  public String officialName() {
    return officialName;
  }
}
