package dk.dfdgrules.codelists;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Visitationskategori — the visitation category of a citizen. <em>Partial</em>: the sources name
 * these four.
 *
 * <p>Sources: FLIS-DREAM §6.1.10 (appendix 2 spells "åbenlys uddannelsesparat"); DFDG-RN-2021-12-06
 * §4.1.
 */
public enum VisitationCategory implements UnnumberedCode {
  /** "Jobparat". */
  JOB_READY("Jobparat"),
  /** "Aktivitetsparat". */
  ACTIVITY_READY("Aktivitetsparat"),
  /** "Uddannelsesparat". */
  EDUCATION_READY("Uddannelsesparat"),
  /** "Åbenlyst uddannelsesparat"; alias "Åbenlys uddannelsesparat" (appendix 2's spelling). */
  OBVIOUSLY_EDUCATION_READY("Åbenlyst uddannelsesparat", "Åbenlys uddannelsesparat");

  private final String officialName;
  private final ImmutableList<String> aliases;

  VisitationCategory(String officialName, String... aliases) {
    this.officialName = officialName;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /** Other published spellings ("Åbenlys uddannelsesparat"). */
  @Override
  public List<String> aliases() {
    return aliases;
  }
}
