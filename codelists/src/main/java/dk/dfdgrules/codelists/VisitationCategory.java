package dk.dfdgrules.codelists;

import java.util.Optional;

/**
 * Visitationskategori — the visitation category of a citizen. <em>Partial</em>: the sources
 * name these four.
 *
 * <p>Sources: FLIS-DREAM §6.1.10 (appendix 2 spells "åbenlys uddannelsesparat"); DFDG-RN-2021-12-06
 * §4.1.
 */
public enum VisitationCategory implements OfficialCode {
  /** "Jobparat". */
  JOB_READY("Jobparat"),
  /** "Aktivitetsparat". */
  ACTIVITY_READY("Aktivitetsparat"),
  /** "Uddannelsesparat". */
  EDUCATION_READY("Uddannelsesparat"),
  /** "Åbenlyst uddannelsesparat". */
  OBVIOUSLY_EDUCATION_READY("Åbenlyst uddannelsesparat");

  private final String officialName;

  VisitationCategory(String officialName) {
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
