package dk.dfdgrules.codelists;

import com.google.common.collect.ImmutableList;
import java.util.List;
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
  /** "Åbenlyst uddannelsesparat"; alias "Åbenlys uddannelsesparat" (appendix 2's spelling). */
  OBVIOUSLY_EDUCATION_READY("Åbenlyst uddannelsesparat", "Åbenlys uddannelsesparat");

  private final String officialName;
  private final ImmutableList<String> aliases;

  VisitationCategory(String officialName, String... aliases) {
    this.officialName = officialName;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  @Override
  public Optional<String> code() {
    return Optional.empty();
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
