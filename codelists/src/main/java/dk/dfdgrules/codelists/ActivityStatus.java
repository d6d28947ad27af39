package dk.dfdgrules.codelists;

/**
 * Aktivitetsstatus — the status of an activation activity.
 *
 * <p>Source: FLIS-DFDG §5.1.3. The source's drafting note says the values may change with new DFDG
 * releases.
 */
public enum ActivityStatus implements UnnumberedCode {
  /** "Planlagt". */
  PLANNED("Planlagt"),
  /** "Optaget". */
  ADMITTED("Optaget"),
  /** "Annulleret". */
  CANCELLED("Annulleret"),
  /** "Afbrudt". */
  INTERRUPTED("Afbrudt"),
  /** "Gennemført". */
  COMPLETED("Gennemført"),
  /** "Henvist". */
  REFERRED("Henvist"),
  /** "Ansat". */
  EMPLOYED("Ansat"),
  /** "Afsluttet". */
  ENDED("Afsluttet");

  private final String officialName;

  ActivityStatus(String officialName) {
    this.officialName = officialName;
  }

  @Override
  public String officialName() {
    return officialName;
  }
}
