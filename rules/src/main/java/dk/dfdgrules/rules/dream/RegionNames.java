package dk.dfdgrules.rules.dream;

import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeLists;
import java.util.Optional;

/**
 * DRM-13 — region names: Release 6.0 renamed the regions; both the old and the new names resolve
 * to the same region (the code list {@code regions}, whose display names are the new names and
 * whose aliases and attribute {@code formerName} are the old).
 *
 * <p>Source: FLIS-DREAM §6.1.4 "Ved Release 6.0 bliver der foretaget følgende rettelse til
 * regionsnavnene." — e.g. "Hovedstadens region" → "Region Hovedstaden".
 */
public final class RegionNames {

  private RegionNames() {}

  /**
   * The region of a name, old or new (case- and accent-insensitive).
   *
   * @param name e.g. "Sjællands region" or "Region Sjælland"
   * @return the region, or empty
   */
  public static Optional<Code> resolve(String name) {
    return CodeLists.get(CodeLists.REGIONS).byName(name);
  }

  /**
   * The Release 6.0 name of a region.
   *
   * @param name an old or new name
   * @return the new name, or empty if unknown
   */
  public static Optional<String> currentName(String name) {
    return resolve(name).map(Code::name);
  }

  /**
   * The name before Release 6.0.
   *
   * @param name an old or new name
   * @return the old name, or empty if unknown
   */
  public static Optional<String> formerName(String name) {
    return resolve(name).flatMap(c -> c.attribute("formerName"));
  }
}
