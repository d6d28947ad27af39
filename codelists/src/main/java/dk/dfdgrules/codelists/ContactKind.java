package dk.dfdgrules.codelists;

/**
 * Typen af kontaktperson — whether a contact is a person, a team or a generic team.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.3: "Typen af kontaktperson (en person/et team/et generisk
 * team)". The source gives no ids.
 */
public enum ContactKind implements UnnumberedCode {
  /** "person". */
  PERSON("Person"),
  /** "team". */
  TEAM("Team"),
  /** "generisk team". */
  GENERIC_TEAM("Generisk team");

  private final String officialName;

  ContactKind(String officialName) {
    this.officialName = officialName;
  }

  @Override
  public String officialName() {
    return officialName;
  }
}
