package dk.dfdgrules.rules.dream.io;

import dk.dfdgrules.codelists.VisitationCategory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a visitation category as written in a DREAM file: its official name or constant name. */
final class Visitations {

  private static final Map<String, VisitationCategory> BY_NAME = new HashMap<>();

  static {
    for (VisitationCategory v : VisitationCategory.values()) {
      BY_NAME.put(v.officialName().toLowerCase(Locale.ROOT), v);
      BY_NAME.put(v.name().toLowerCase(Locale.ROOT), v);
    }
    // appendix 2 spells "åbenlys uddannelsesparat"
    BY_NAME.put("åbenlys uddannelsesparat", VisitationCategory.OBVIOUSLY_EDUCATION_READY);
  }

  private Visitations() {}

  /**
   * Parses a value.
   *
   * @param text the value; blank = not known
   * @return 0 for blank, 1 + the category's ordinal, or -1 when not a known category
   */
  static int parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    VisitationCategory v = BY_NAME.get(s.toLowerCase(Locale.ROOT));
    return v == null ? -1 : v.ordinal() + 1;
  }

  static Optional<VisitationCategory> of(int parsed) {
    return parsed <= 0 ? Optional.empty() : Optional.of(VisitationCategory.values()[parsed - 1]);
  }
}
