package dk.dfdgrules.codelists;

import java.util.Arrays;
import java.util.Optional;

/**
 * Støttebehov — the support needs a jobcentre registers in a young person's education plan.
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.2, in force 2021-12-06. "Der er ikke mulighed for at angive
 * fritekst" — the list is closed and there is no free text (SN-5).
 */
public enum SupportNeed implements NumberedCode {
  /** 1 — "Der vurderes ingen støttebehov". */
  NONE_ASSESSED(1, "Der vurderes ingen støttebehov"),
  /** 2 — "Der vurderes faglige støttebehov - fx læse, skrive, regne". */
  ACADEMIC(2, "Der vurderes faglige støttebehov - fx læse, skrive, regne"),
  /** 3 — "Der vurderes sociale, personlige eller helbredsmæssige støttebehov". */
  SOCIAL_PERSONAL_OR_HEALTH(3, "Der vurderes sociale, personlige eller helbredsmæssige støttebehov"),
  /** 4 — "Støttebehov (-ene) er dokumenteret". */
  DOCUMENTED(4, "Støttebehov (-ene) er dokumenteret"),
  /** 5 — "Borgeren har øvrige støttepersoner tilknyttet". */
  OTHER_SUPPORT_PERSONS(5, "Borgeren har øvrige støttepersoner tilknyttet"),
  /** 6 — "Jobcenteret vil gerne kontaktes af uddannelsesinstitutionen". */
  CONTACT_JOBCENTRE(6, "Jobcenteret vil gerne kontaktes af uddannelsesinstitutionen");

  private final int id;
  private final String officialName;

  SupportNeed(int id, String officialName) {
    this.id = id;
    this.officialName = officialName;
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The support need with this id.
   *
   * @param id an id, 1–6
   * @return the support need
   * @throws IllegalArgumentException if {@code id} is not 1–6
   */
  public static SupportNeed of(int id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException("support need id must be 1-6, was " + id));
  }

  /**
   * The support need with this id, if there is one.
   *
   * @param id any int
   * @return the support need, or empty
   */
  public static Optional<SupportNeed> find(int id) {
    return Arrays.stream(values()).filter(n -> n.id == id).findFirst();
  }
}
