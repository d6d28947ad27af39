/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.internal.Masking;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * DRM-4 as data: for each DREAM benefit code (ydelseskode, 100–999) its default {@linkplain
 * BenefitGroup benefit group} — the group when the person's visitation category is not known — and
 * its {@linkplain BenefitKind kind}; plus the codes that are population exits (997 "Ikke bosiddende
 * i Danmark", 999 "Død").
 *
 * <p>The {@linkplain #standard() standard table} is the code list {@code dream-benefit-codes}
 * (appendix 2 of FLIS-DREAM, DREAM vejledning 44 v2, 134 codes) with its attributes {@code group}
 * and {@code kind}. A caller replaces it with its own table through {@link #fromCodeList(CodeList)}
 * (e.g. a later vejledning) or {@link #builder(String)}.
 *
 * <p>Source: FLIS-DREAM §6.1.10 "samt kombineres dem med visitationskategorierne ”Jobparat” og
 * ”Aktivitetsparat”"; spec DRM-4 (the table and its <em>interpretations</em> for 121, 151–153,
 * 140–149, 700–739 and 781).
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitCodeTable {

  /** The lowest three-digit code. */
  public static final int MIN_CODE = 100;

  /** The highest three-digit code. */
  public static final int MAX_CODE = 999;

  /** The default population exits: 997 (not resident in Denmark) and 999 (dead). */
  public static final ImmutableSet<Integer> DEFAULT_POPULATION_EXITS = ImmutableSet.of(997, 999);

  private static final Supplier<BenefitCodeTable> STANDARD =
      Suppliers.memoize(() -> fromCodeList(CodeLists.get(CodeLists.DREAM_BENEFIT_CODES)));

  private final String version;
  private final BenefitGroup[] groups = new BenefitGroup[MAX_CODE + 1];
  private final BenefitKind[] kinds = new BenefitKind[MAX_CODE + 1];
  private final boolean[] exits = new boolean[MAX_CODE + 1];
  private final ImmutableSortedSet<Integer> codes;

  private BenefitCodeTable(Builder b) {
    this.version = b.version;
    System.arraycopy(b.groups, 0, groups, 0, groups.length);
    System.arraycopy(b.kinds, 0, kinds, 0, kinds.length);
    ImmutableSortedSet.Builder<Integer> cs = ImmutableSortedSet.naturalOrder();
    for (int c = MIN_CODE; c <= MAX_CODE; c++) {
      if (groups[c] != null) {
        cs.add(c);
      }
    }
    this.codes = cs.build();
    for (int e : b.exits) {
      checkArgument(groups[e] != null, "population exit %s is not a code of the table", e);
      exits[e] = true;
    }
  }

  /**
   * The standard table: appendix 2 of FLIS-DREAM (DREAM vejledning 44 v2), from the code list
   * {@code dream-benefit-codes}.
   *
   * @return the table
   */
  public static BenefitCodeTable standard() {
    return STANDARD.get();
  }

  /**
   * A table from a code list whose codes have a three-digit id and the attributes {@code group} (a
   * {@link BenefitGroup} constant name) and {@code kind} ({@code ACTIVATION} or {@code PASSIVE});
   * values without an id (derived values such as 'Beskæftigede') are skipped. 997 and 999 are the
   * population exits when the list has them.
   *
   * @param list the list
   * @return the table, versioned by the list's version (or key)
   * @throws IllegalArgumentException if a code lacks an attribute, names an unknown group or kind,
   *     or is not 100–999
   */
  public static BenefitCodeTable fromCodeList(CodeList list) {
    Builder b = builder(list.version().orElse(list.key()));
    for (Code code : list.codes()) {
      if (code.id().isEmpty()) {
        continue;
      }
      String id = code.id().get();
      int c = parseCode(id);
      String group =
          code.attribute("group")
              .orElseThrow(() -> new IllegalArgumentException("code " + id + " has no group"));
      String kind =
          code.attribute("kind")
              .orElseThrow(() -> new IllegalArgumentException("code " + id + " has no kind"));
      b.code(c, BenefitGroup.valueOf(group), BenefitKind.valueOf(kind));
    }
    for (int e : DEFAULT_POPULATION_EXITS) {
      if (b.groups[e] != null) {
        b.populationExit(e);
      }
    }
    return b.build();
  }

  private static int parseCode(String id) {
    checkArgument(
        id.length() == 3 && id.chars().allMatch(Character::isDigit),
        "code must be three digits, was %s",
        Masking.echo(id));
    int c = Integer.parseInt(id);
    checkArgument(c >= MIN_CODE, "code must be 100-999, was %s", Masking.lazy(id));
    return c;
  }

  /**
   * Starts a caller's own table.
   *
   * @param version names the table (shown in results), e.g. {@code vejledning 45}
   * @return a builder
   */
  public static Builder builder(String version) {
    return new Builder(version);
  }

  /**
   * The table's version, e.g. {@code DREAM vejledning 44 v2 (2019-11-04)}.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Tells whether a code is in the table.
   *
   * @param code any number
   * @return true for a known code
   */
  public boolean isKnown(int code) {
    return code >= MIN_CODE && code <= MAX_CODE && groups[code] != null;
  }

  /**
   * The default group of a code: its group when no visitation category is known (DRM-4).
   *
   * @param code a code
   * @return the group, or empty for an unknown code
   */
  public Optional<BenefitGroup> defaultGroup(int code) {
    return isKnown(code) ? Optional.of(groups[code]) : Optional.empty();
  }

  /**
   * The group of a code: its {@linkplain #defaultGroup(int) default group} when the code is in the
   * table, else the group its range gives in DRM-4's table ({@link #groupByRange(int)}).
   *
   * @param code 0–999 (000 is a well-formed, unlisted code)
   * @return the group
   * @throws IllegalArgumentException if the code is not 0–999
   */
  public BenefitGroup groupOrRange(int code) {
    return isKnown(code) ? groups[code] : groupByRange(code);
  }

  /**
   * DRM-4's table read by its ranges alone: the group of any well-formed three-digit code, listed
   * or not.
   *
   * <p><em>Interpretation (spec, "Processing DREAM files"):</em> older and newer vejledninger have
   * codes that appendix 2 of vejledning 44 v2 does not list (131, 132, 701, 891, …). DRM-4's table
   * gives groups by ranges ("130–139") and ends with "Anden ydelse: every other code", so such a
   * code still has a group: the one whose range holds it, else "Anden ydelse". Exactly the table:
   *
   * <ul>
   *   <li>A-dagpenge: 111, 115, 121, 213–219, 231, 299, 151, 152, 153;
   *   <li>Kontanthjælp - (Jobparate): 130–139; (Aktivitetsparate): 730–739;
   *   <li>Integrationsydelse - (Jobparate): 160–169; (Aktivitetsparate): 700–719;
   *   <li>Uddannelseshjælp - (Jobparate): 140–149; (Aktivitetsparate): 720–729;
   *   <li>Forrevalidering 750–758; Revalidering 760–768; Sygedagpenge 890–899;
   *   <li>Førtidspension 781, 783; Fleksjob 771, 774; Ledighedsydelse 740–748;
   *   <li>Ressourceforløb 810–818; Jobafklaring - 870–878;
   *   <li>Ingen ydelse: 997, 999 (the population exits; DRM-5 counts them as such only when the
   *       table marks them, see {@link #isPopulationExit(int)});
   *   <li>Anden ydelse: every other code, 996 and 998 included, and 000 (a well-formed code, not a
   *       blank week: blank is the empty cell, never {@code 000}).
   * </ul>
   *
   * <p>A pure function; the table's own entries are not consulted.
   *
   * @param code 0–999
   * @return the group
   * @throws IllegalArgumentException if the code is not 0–999
   */
  public static BenefitGroup groupByRange(int code) {
    checkArgument(
        code >= 0 && code <= MAX_CODE, "code must be 000-999, was %s", Masking.lazy(code));
    if (code == 111
        || code == 115
        || code == 121
        || (code >= 213 && code <= 219)
        || code == 231
        || code == 299
        || (code >= 151 && code <= 153)) {
      return BenefitGroup.UNEMPLOYMENT_BENEFIT;
    }
    if (code == 997 || code == 999) {
      return BenefitGroup.NO_BENEFIT;
    }
    if (code == 781 || code == 783) {
      return BenefitGroup.DISABILITY_PENSION;
    }
    if (code == 771 || code == 774) {
      return BenefitGroup.FLEXJOB;
    }
    for (Object[] r : RANGES) {
      if (code >= (int) r[0] && code <= (int) r[1]) {
        return (BenefitGroup) r[2];
      }
    }
    return BenefitGroup.OTHER_BENEFIT;
  }

  /** DRM-4's ranges: from, to (inclusive), group. */
  private static final Object[][] RANGES = {
    {130, 139, BenefitGroup.CASH_BENEFIT_JOB_READY},
    {730, 739, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY},
    {160, 169, BenefitGroup.INTEGRATION_BENEFIT_JOB_READY},
    {700, 719, BenefitGroup.INTEGRATION_BENEFIT_ACTIVITY_READY},
    {140, 149, BenefitGroup.EDUCATION_BENEFIT_JOB_READY},
    {720, 729, BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY},
    {750, 758, BenefitGroup.PRE_REHABILITATION},
    {760, 768, BenefitGroup.REHABILITATION},
    {890, 899, BenefitGroup.SICKNESS_BENEFIT},
    {740, 748, BenefitGroup.FLEXJOB_UNEMPLOYMENT_BENEFIT},
    {810, 818, BenefitGroup.RESOURCE_COURSE},
    {870, 878, BenefitGroup.JOB_CLARIFICATION},
  };

  /**
   * The kind of a code.
   *
   * @param code a code
   * @return activation or passive, or empty for an unknown code
   */
  public Optional<BenefitKind> kind(int code) {
    return isKnown(code) ? Optional.of(kinds[code]) : Optional.empty();
  }

  /**
   * Tells whether a code is a population exit (997, 999 by default).
   *
   * @param code a code
   * @return true for an exit
   */
  public boolean isPopulationExit(int code) {
    return isKnown(code) && exits[code];
  }

  /**
   * Every code of the table.
   *
   * @return the codes, ascending
   */
  public ImmutableSortedSet<Integer> codes() {
    return codes;
  }

  /**
   * The population exits.
   *
   * @return the exit codes
   */
  public Set<Integer> populationExits() {
    return codes.stream().filter(c -> exits[c]).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public String toString() {
    return "BenefitCodeTable{" + version + ", " + codes.size() + " codes}";
  }

  /** Builds a caller's {@link BenefitCodeTable}. */
  public static final class Builder {
    private final String version;
    private final BenefitGroup[] groups = new BenefitGroup[MAX_CODE + 1];
    private final BenefitKind[] kinds = new BenefitKind[MAX_CODE + 1];
    private final java.util.Set<Integer> exits = new java.util.TreeSet<>();

    private Builder(String version) {
      checkArgument(!version.isBlank(), "version must not be blank");
      this.version = version;
    }

    /**
     * Adds (or replaces) a code.
     *
     * @param code 100–999
     * @param group its default group
     * @param kind activation or passive
     * @return this builder
     * @throws IllegalArgumentException if the code is not 100–999
     */
    public Builder code(int code, BenefitGroup group, BenefitKind kind) {
      checkArgument(
          code >= MIN_CODE && code <= MAX_CODE, "code must be 100-999, was %s", Masking.lazy(code));
      groups[code] = group;
      kinds[code] = kind;
      return this;
    }

    /**
     * Marks a code as a population exit (DRM-5 counts it as "left the population" at t+52).
     *
     * @param code a code added with {@link #code}
     * @return this builder
     */
    public Builder populationExit(int code) {
      exits.add(code);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalArgumentException if an exit is not a code of the table
     */
    public BenefitCodeTable build() {
      return new BenefitCodeTable(this);
    }
  }
}
