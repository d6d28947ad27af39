/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import java.util.Optional;

/**
 * DRM-13 — region names: Release 6.0 renamed the regions; both the old and the new names resolve to
 * the same region (the code list {@code regions}, whose display names are the new names and whose
 * aliases and attribute {@code formerName} are the old).
 *
 * <p>Source: FLIS-DREAM §6.1.4 "Ved Release 6.0 bliver der foretaget følgende rettelse til
 * regionsnavnene." — e.g. "Hovedstadens region" → "Region Hovedstaden".
 *
 * <p>As a rule: {@link DreamRules#DRM_13}, deriving {@link #CODE}, {@link #CURRENT_NAME} and {@link
 * #FORMER_NAME} of a name. The paths are under {@code region.} so that the region's code does not
 * share the path {@code code} with DRM-3's chosen benefit code.
 */
public final class RegionNames {

  /** DRM-13: the region's code, e.g. {@code 1084}. */
  public static final DerivedKey<String> CODE = DerivedKey.of("region.code", String.class);

  /** DRM-13: the region's name since Release 6.0, e.g. "Region Hovedstaden". */
  public static final DerivedKey<String> CURRENT_NAME =
      DerivedKey.of("region.currentName", String.class);

  /** DRM-13: the region's name before Release 6.0, e.g. "Hovedstadens region". */
  public static final DerivedKey<String> FORMER_NAME =
      DerivedKey.of("region.formerName", String.class);

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

  /** DRM-13 on a name: the region's code and names, or an error for an unknown name. */
  static RuleResult evaluate(String name, RuleVersion version) {
    RuleResult.Builder b = RuleResult.builder(version);
    Optional<Code> region = resolve(name);
    if (region.isEmpty()) {
      return b.error("name", Message.of("DRM-13.unknown", "name", name)).build();
    }
    Code c = region.get();
    Optional<String> former = c.attribute("formerName");
    Message why = Message.of("DRM-13.resolved", "current", c.name());
    c.id().ifPresent(id -> b.derived(CODE, id, why));
    b.derived(CURRENT_NAME, c.name(), why);
    former.ifPresent(f -> b.derived(FORMER_NAME, f, why));
    return b.explanation(
            Message.of(
                "DRM-13.explanation", "current", c.name(), "former", former.orElse(c.name())))
        .build();
  }
}
