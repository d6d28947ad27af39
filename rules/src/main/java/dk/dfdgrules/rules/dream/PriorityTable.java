/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * DRM-3 — the priority of coinciding benefits: given the candidate codes of one person-week (from a
 * caller's own registers; DREAM itself already holds one code per week), the one with the highest
 * priority, and which step decided.
 *
 * <p>Source: FLIS-DREAM §4 "Hvis der modtages oplysninger om den samme borger i den samme uge,
 * foretager STAR en prioritering, sål der udstilles kun et forsørgelsesgrundlag i hver uge"; §2
 * "Processen er ikke veldokumenteret". The source's Figure 2 ("Oversigt over prioritering af kilder
 * i DREAM", DREAM koder ver. 40) is an image lost in the public text.
 *
 * <p><b>The {@linkplain #reconstructedDefault() default table} is a RECONSTRUCTION, not STAR's
 * table</b> (spec DRM-3): (1) population exits 999, 997; (2) a sickness-benefit code beats an
 * activation code of another family (STAR's DREAM note of June 2015, paraphrased); (3) the order of
 * jobindsats.dk's status hierarchy (Y07B15); (4) within a family activation before passive, then
 * the lower code. Replace it by a transcription of Figure 2 with {@link
 * #builder(BenefitCodeTable)}.
 *
 * <p>As a rule: {@link DreamRules#DRM_3} (the default table) or {@link #evaluate(Collection)} (this
 * table), both deriving {@link #CODE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PriorityTable {

  /** The step that decided. */
  public enum Step {
    /** Only one candidate. */
    SINGLE_CANDIDATE,
    /** A population exit (999, 997) beats everything. */
    POPULATION_EXIT,
    /** A sickness-benefit code beat an activation code of another family. */
    SICKNESS_OVER_ACTIVATION,
    /** The family hierarchy. */
    HIERARCHY,
    /** Within a family: activation before passive. */
    ACTIVATION_BEFORE_PASSIVE,
    /** Within a family and kind: the lower code. */
    LOWER_CODE
  }

  /**
   * A decision.
   *
   * @param code the chosen code
   * @param step the step that decided
   * @param candidates the distinct candidates, ascending
   */
  public record Decision(int code, Step step, List<Integer> candidates) {
    /** Copies the list. */
    public Decision {
      candidates = ImmutableList.copyOf(candidates);
    }
  }

  /**
   * A family of codes in the hierarchy.
   *
   * @param name the family's name, e.g. {@code sygedagpenge}
   * @param codes its codes
   */
  public record Family(String name, List<Integer> codes) {
    /** Copies the list. */
    public Family {
      checkArgument(!name.isBlank(), "family name must not be blank");
      codes = ImmutableList.copyOf(codes);
    }
  }

  /** DRM-3: the chosen code of a person-week. */
  public static final DerivedKey<Integer> CODE = DerivedKey.of("code", Integer.class);

  private final String name;
  private final BenefitCodeTable codes;
  private final ImmutableList<Integer> exits;
  private final ImmutableList<Family> families;
  private final int sicknessFamily; // -1: no override
  private final int[] familyOf = new int[BenefitCodeTable.MAX_CODE + 1];
  private final int[] exitRank = new int[BenefitCodeTable.MAX_CODE + 1];

  private PriorityTable(Builder b) {
    this.name = b.name;
    this.codes = b.codes;
    this.exits = ImmutableList.copyOf(b.exits);
    this.families = ImmutableList.copyOf(b.families);
    java.util.Arrays.fill(familyOf, Integer.MAX_VALUE);
    java.util.Arrays.fill(exitRank, -1);
    for (int i = 0; i < exits.size(); i++) {
      exitRank[exits.get(i)] = i;
    }
    int sick = -1;
    for (int f = 0; f < families.size(); f++) {
      for (int c : families.get(f).codes()) {
        checkArgument(
            c >= BenefitCodeTable.MIN_CODE && c <= BenefitCodeTable.MAX_CODE,
            "code must be 100-999, was %s",
            c);
        checkArgument(familyOf[c] == Integer.MAX_VALUE, "code %s is in two families", c);
        familyOf[c] = f;
      }
      if (families.get(f).name().equals(b.sicknessFamily)) {
        sick = f;
      }
    }
    checkArgument(b.sicknessFamily == null || sick >= 0, "no family named %s", b.sicknessFamily);
    this.sicknessFamily = sick;
  }

  /**
   * The default table, a <b>reconstruction</b> (see the class javadoc), over the standard codes.
   *
   * @return the table
   */
  public static PriorityTable reconstructedDefault() {
    return reconstructedDefault(BenefitCodeTable.standard());
  }

  /**
   * The default table, a <b>reconstruction</b>, over a code table (for the kinds).
   *
   * @param codes the code table
   * @return the table
   */
  public static PriorityTable reconstructedDefault(BenefitCodeTable codes) {
    return builder(codes)
        .name("reconstruction (spec DRM-3), not STAR's Figure 2")
        .exits(999, 997)
        .family("a-dagpenge", "111,115,121,213-219,231,299")
        .family("særlig uddannelsesydelse", "151")
        .family("arbejdsmarkedsydelse", "152")
        .family("kontantydelse", "153")
        .family("kontanthjælp", "130-139,730-739")
        .family("integrationsydelse", "160-169,700-719")
        .family("uddannelseshjælp", "140-149,720-729")
        .family("revalidering", "750-768")
        .family("ressourceforløb", "810-818")
        .family("jobafklaring", "870-878")
        .family("sygedagpenge", "890-899")
        .family("fleksjob", "771,774")
        .family("ledighedsydelse", "740-748")
        .family("førtidspension og skånejob", "783,781")
        .family("efterløn og overgangsydelse", "611,621,622")
        .family("uddannelse", "651,652,661,521")
        .family("andet", "412,413,511,522,881")
        .family("folkepension", "996,998")
        .sicknessOverride("sygedagpenge")
        .build();
  }

  /**
   * Starts a caller's table, e.g. a transcription of Figure 2.
   *
   * @param codes the code table that gives each code's kind
   * @return a builder
   */
  public static Builder builder(BenefitCodeTable codes) {
    return new Builder(codes);
  }

  /**
   * The table's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The families, highest priority first.
   *
   * @return the families
   */
  public List<Family> families() {
    return families;
  }

  /**
   * Chooses one code among a week's candidates.
   *
   * @param candidates the candidate codes, at least one; duplicates are ignored
   * @return the decision, or empty if a candidate is not in the code table
   * @throws IllegalArgumentException if there is no candidate
   */
  public Optional<Decision> choose(Collection<Integer> candidates) {
    checkArgument(!candidates.isEmpty(), "at least one candidate");
    List<Integer> cs = candidates.stream().distinct().sorted().toList();
    for (int c : cs) {
      if (!codes.isKnown(c)) {
        return Optional.empty();
      }
    }
    if (cs.size() == 1) {
      return Optional.of(new Decision(cs.get(0), Step.SINGLE_CANDIDATE, cs));
    }
    // 1. population exits
    int bestExit = -1;
    for (int c : cs) {
      if (exitRank[c] >= 0 && (bestExit < 0 || exitRank[c] < exitRank[bestExit])) {
        bestExit = c;
      }
    }
    if (bestExit >= 0) {
      return Optional.of(new Decision(bestExit, Step.POPULATION_EXIT, cs));
    }
    // 2. sickness over activation of another family
    List<Integer> pool = new ArrayList<>(cs);
    boolean overrideUsed = false;
    if (sicknessFamily >= 0 && cs.stream().anyMatch(c -> familyOf[c] == sicknessFamily)) {
      List<Integer> kept = new ArrayList<>();
      for (int c : cs) {
        boolean beaten =
            familyOf[c] != sicknessFamily && codes.kind(c).orElseThrow() == BenefitKind.ACTIVATION;
        if (!beaten) {
          kept.add(c);
        }
      }
      overrideUsed = kept.size() < cs.size();
      pool = kept;
    }
    // 3. hierarchy
    int bestFamily = pool.stream().mapToInt(c -> familyOf[c]).min().orElseThrow();
    List<Integer> inFamily = pool.stream().filter(c -> familyOf[c] == bestFamily).toList();
    int chosen = withinFamily(inFamily);
    Step step =
        overrideUsed && chosen != withoutOverride(cs)
            ? Step.SICKNESS_OVER_ACTIVATION
            : withinStep(inFamily, chosen);
    return Optional.of(new Decision(chosen, step, cs));
  }

  private int withoutOverride(List<Integer> cs) {
    int bestFamily = cs.stream().mapToInt(c -> familyOf[c]).min().orElseThrow();
    return withinFamily(cs.stream().filter(c -> familyOf[c] == bestFamily).toList());
  }

  private int withinFamily(List<Integer> inFamily) {
    return inFamily.stream()
        .min(
            java.util.Comparator.comparing(
                    (Integer c) -> codes.kind(c).orElseThrow() == BenefitKind.ACTIVATION ? 0 : 1)
                .thenComparing(c -> c))
        .orElseThrow();
  }

  private Step withinStep(List<Integer> inFamily, int chosen) {
    if (inFamily.size() == 1) {
      return Step.HIERARCHY;
    }
    BenefitKind k = codes.kind(chosen).orElseThrow();
    long sameKind = inFamily.stream().filter(c -> codes.kind(c).orElseThrow() == k).count();
    return sameKind == 1 ? Step.ACTIVATION_BEFORE_PASSIVE : Step.LOWER_CODE;
  }

  /**
   * The rank of a code for fast comparisons (lower wins): exits first, then family order, then
   * activation before passive, then the code. Used by readers that merge two codes of one
   * person-week; ignores the sickness override, which needs the whole candidate set.
   *
   * @param code a known code
   * @return the rank
   */
  public int rank(int code) {
    if (exitRank[code] >= 0) {
      return exitRank[code];
    }
    int kind = codes.kind(code).map(k -> k == BenefitKind.ACTIVATION ? 0 : 1).orElse(1);
    return 100
        + (familyOf[code] == Integer.MAX_VALUE ? 999 : familyOf[code]) * 10_000
        + kind * 1000
        + code;
  }

  /**
   * The decision as a rule result, the same shape as {@link DreamRules#DRM_3} with this table:
   * derived value {@link #CODE}, the step in the reason.
   *
   * @param candidates the candidates, at least one
   * @return the result; violated if a candidate is not a known code
   * @throws IllegalArgumentException if there is no candidate
   */
  public RuleResult evaluate(Collection<Integer> candidates) {
    return evaluate(candidates, DreamRules.only(DreamRules.DRM_3));
  }

  RuleResult evaluate(Collection<Integer> candidates, RuleVersion version) {
    Optional<Decision> d = choose(candidates);
    if (d.isEmpty()) {
      return RuleResult.builder(version)
          .error(
              "candidates", Message.of("DRM-3.unknownCode", "candidates", List.copyOf(candidates)))
          .build();
    }
    return RuleResult.builder(version)
        .derived(
            CODE,
            d.get().code(),
            Message.of(
                "DRM-3.step." + d.get().step().name(), "code", d.get().code(), "table", name))
        .explanation(
            Message.of("DRM-3.chosen", "code", d.get().code(), "candidates", d.get().candidates()))
        .build();
  }

  /**
   * Parses a list of codes and ranges, e.g. {@code "111,115,213-219"}.
   *
   * @param text the list
   * @return the codes
   * @throws IllegalArgumentException if malformed
   */
  public static List<Integer> parseCodes(String text) {
    requireNonNull(text, "text");
    List<Integer> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String p = part.trim();
      int dash = p.indexOf('-');
      if (dash < 0) {
        out.add(code(p, p));
      } else {
        int from = code(p.substring(0, dash).trim(), p);
        int to = code(p.substring(dash + 1).trim(), p);
        checkArgument(from <= to, "range %s is empty", p);
        for (int c = from; c <= to; c++) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * One three-digit benefit code of a list: ASCII digits only, 0–999, so that a range holds at most
   * a thousand codes.
   */
  private static int code(String s, String part) {
    if (s.isEmpty() || s.length() > 3 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw new IllegalArgumentException(
          "a benefit code is one to three digits 0-9 (a range: 111-114), was '"
              + (part.length() > 20 ? part.substring(0, 20) + "…" : part)
                  .replaceAll("[0-9]{4,}", "####") // never a CPR number's digits
              + "'");
    }
    return Integer.parseInt(s);
  }

  @Override
  public String toString() {
    return "PriorityTable{" + name + "}";
  }

  /** Builds a {@link PriorityTable}. */
  public static final class Builder {
    private final BenefitCodeTable codes;
    private String name = "caller's table";
    private final List<Integer> exits = new ArrayList<>();
    private final List<Family> families = new ArrayList<>();
    private @org.jspecify.annotations.Nullable String sicknessFamily;

    private Builder(BenefitCodeTable codes) {
      this.codes = requireNonNull(codes, "codes");
    }

    /**
     * Names the table.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The population exits, highest first.
     *
     * @param codes the exit codes
     * @return this builder
     */
    public Builder exits(int... codes) {
      for (int c : codes) {
        exits.add(c);
      }
      return this;
    }

    /**
     * Adds the next family of the hierarchy (lower priority than those added before). Codes of the
     * code table in no family rank after every family; codes only in a family but not in the code
     * table are allowed (a table may be wider than the code list).
     *
     * @param name the family's name
     * @param codes its codes and ranges, e.g. {@code "130-139,730-739"}
     * @return this builder
     */
    public Builder family(String name, String codes) {
      families.add(new Family(name, parseCodes(codes)));
      return this;
    }

    /**
     * Turns on step 2: a code of this family beats an activation code of another family.
     *
     * @param familyName the sickness-benefit family
     * @return this builder
     */
    public Builder sicknessOverride(String familyName) {
      this.sicknessFamily = familyName;
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalArgumentException if a code is in two families or the override names no family
     */
    public PriorityTable build() {
      return new PriorityTable(this);
    }
  }
}
