/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The DREAM-code → {@linkplain WeekKind week kind} mapping of the refusion steps, with the codes of
 * the benefits under co-financing (medfinansiering) — replaceable data.
 *
 * <p><em>Interpretation (not in the sources):</em> neither the slides nor the act map DREAM codes
 * to the act's benefits (§ 3) or to self-support (§ 6, stk. 2). The {@linkplain #standard()
 * standard table} ({@code week-kinds.tsv} beside this class, one line per code of the code list
 * {@code dream-benefit-codes}, each with its reason) is derived from the code list's groups:
 *
 * <ul>
 *   <li>a blank week is {@link WeekKind#SELF_SUPPORT} (fixed, the glossary's "selvforsørget");
 *   <li>every code whose name says "Løntilskud", and fleksjob 771/774, skånejob 781, servicejob
 *       511, voksenlærling 521 and rotationsvikar 522 are {@link WeekKind#WAGE_SUBSIDY} (employment
 *       with a subsidy to the wage);
 *   <li>SU 651/652, efterløn 621, fleksydelse 622, folkepension 998, førtidspension 783, orlov
 *       412/413, overgangsydelse 611, VUS/SVU 661 and barselsdagpenge 881 are {@link
 *       WeekKind#OTHER_SUPPORT} (public support outside the steps);
 *   <li>the population exits 997 (not resident) and 999 (dead) are {@link WeekKind#OTHER_SUPPORT}
 *       too: DREAM says nothing of the person's self-support, so such weeks neither count nor earn
 *       a restart;
 *   <li>996 (state-pension age without a pension) is {@link WeekKind#SELF_SUPPORT};
 *   <li>every other code (dagpenge, kontanthjælp, uddannelseshjælp, integrationsydelse,
 *       sygedagpenge, ledighedsydelse, (for)revalidering, ressourceforløb, jobafklaring, særlig
 *       uddannelsesydelse, arbejdsmarkedsydelse, kontantydelse — passive or in activation other
 *       than løntilskud) is {@link WeekKind#BENEFIT};
 *   <li>co-financed (§ 5, stk. 3) are the unemployment-benefit codes (111, 115, 121, 213, 214,
 *       217–219, 231, 299; § 3, stk. 1, nr. 1) and 152 (midlertidig arbejdsmarkedsydelse, nr. 2);
 *       the other benefits of nr. 11, 15 and 16 have no DREAM code here.
 * </ul>
 *
 * <p>A code the table does not list gets the kind of its DRM-4 range ({@link
 * BenefitCodeTable#groupByRange(int)}): "Anden ydelse", "Ingen ydelse" and "Førtidspension" are
 * other support, "Fleksjob" wage subsidy, any other group a benefit; never co-financed.
 *
 * <p>A caller replaces the table with its own through {@link #parse(Reader, String)} (the same
 * tab-separated format: {@code code kind coFinanced}, further columns ignored, {@code #} lines are
 * comments) or {@link #builder(String)}. Immutable and thread-safe.
 */
public final class WeekKindTable {

  private static final String RESOURCE = "week-kinds.tsv";

  private static final Supplier<WeekKindTable> STANDARD =
      Suppliers.memoize(WeekKindTable::loadStandard);

  private final String version;
  private final WeekKind[] kinds;
  private final boolean[] coFinanced;

  private WeekKindTable(Builder b) {
    this.version = b.version;
    this.kinds = new WeekKind[BenefitCodeTable.MAX_CODE + 1];
    this.coFinanced = new boolean[BenefitCodeTable.MAX_CODE + 1];
    for (int c = 0; c <= BenefitCodeTable.MAX_CODE; c++) {
      kinds[c] = b.kinds[c] != null ? b.kinds[c] : byRange(c);
      coFinanced[c] = b.kinds[c] != null && b.coFinanced[c];
    }
    kinds[0] = WeekKind.SELF_SUPPORT;
    coFinanced[0] = false;
  }

  private static WeekKind byRange(int code) {
    if (code < BenefitCodeTable.MIN_CODE) {
      return WeekKind.OTHER_SUPPORT;
    }
    BenefitGroup g = BenefitCodeTable.groupByRange(code);
    return switch (g) {
      case OTHER_BENEFIT, NO_BENEFIT, DISABILITY_PENSION -> WeekKind.OTHER_SUPPORT;
      case FLEXJOB -> WeekKind.WAGE_SUBSIDY;
      default -> WeekKind.BENEFIT;
    };
  }

  private static WeekKindTable loadStandard() {
    try (InputStream in = WeekKindTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(
          new InputStreamReader(in, StandardCharsets.UTF_8),
          "dfdg-rules fortolkning 1 (DREAM vejledning 44 v2)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The standard table: the library's interpretation, derived from the code list {@code
   * dream-benefit-codes} (see the class comment).
   *
   * @return the table
   */
  public static WeekKindTable standard() {
    return STANDARD.get();
  }

  /**
   * A table from tab-separated text: a header line starting with {@code code}, then one line per
   * code: the three-digit code, a {@link WeekKind} name and {@code true}/{@code false} for
   * co-financing; further columns are ignored, blank lines and lines starting with {@code #} are
   * skipped. Strict: a malformed line fails the whole table.
   *
   * @param text the table (not closed)
   * @param version names the table, e.g. {@code kommunens tabel 2024}
   * @return the table
   * @throws IllegalArgumentException naming the line, if a line is malformed or a code repeats
   * @throws UncheckedIOException if the text cannot be read
   */
  public static WeekKindTable parse(Reader text, String version) {
    Builder b = builder(version);
    boolean[] seen = new boolean[BenefitCodeTable.MAX_CODE + 1];
    BufferedReader r = new BufferedReader(text);
    int no = 0;
    boolean header = false;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (!header) {
          checkArgument(f[0].equals("code"), "line %s: the header must start with 'code'", no);
          header = true;
          continue;
        }
        checkArgument(f.length >= 3, "line %s: code, kind and coFinanced are needed", no);
        checkArgument(
            f[0].length() == 3 && f[0].chars().allMatch(Character::isDigit),
            "line %s: the code must be three digits, was %s",
            no,
            Masking.echo(f[0]));
        int code = Integer.parseInt(f[0]);
        checkArgument(code >= BenefitCodeTable.MIN_CODE, "line %s: the code must be 100-999", no);
        checkArgument(!seen[code], "line %s: code %s repeats", no, code);
        seen[code] = true;
        WeekKind kind;
        try {
          kind = WeekKind.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "line " + no + ": kind must be one of " + Arrays.toString(WeekKind.values()), e);
        }
        checkArgument(
            f[2].equals("true") || f[2].equals("false"),
            "line %s: coFinanced must be true or false",
            no);
        b.code(code, kind, f[2].equals("true"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkArgument(header, "the table has no header line");
    return b.build();
  }

  /**
   * Starts a caller's own table; codes not given get the kind of their DRM-4 range.
   *
   * @param version names the table
   * @return a builder
   */
  public static Builder builder(String version) {
    return new Builder(version);
  }

  /**
   * The table's version.
   *
   * @return e.g. {@code dfdg-rules fortolkning 1 (DREAM vejledning 44 v2)}
   */
  public String version() {
    return version;
  }

  /**
   * The kind of a week with a code.
   *
   * @param code 100–999, or {@code 0} ({@link dk.dfdgrules.core.dream.DreamSeries#BLANK}) for a
   *     blank week
   * @return the kind; a blank week is {@link WeekKind#SELF_SUPPORT}
   * @throws IllegalArgumentException if the code is not 0–999
   */
  public WeekKind kindOf(int code) {
    checkArgument(
        code >= 0 && code <= BenefitCodeTable.MAX_CODE,
        "code must be 0-999, was %s",
        Masking.lazy(code));
    return kinds[code];
  }

  /**
   * Tells whether a code is a benefit under co-financing (§ 5, stk. 3).
   *
   * @param code 0–999
   * @return true if the municipality co-finances it
   * @throws IllegalArgumentException if the code is not 0–999
   */
  public boolean isCoFinanced(int code) {
    checkArgument(
        code >= 0 && code <= BenefitCodeTable.MAX_CODE,
        "code must be 0-999, was %s",
        Masking.lazy(code));
    return coFinanced[code];
  }

  @Override
  public String toString() {
    return "WeekKindTable{" + version + "}";
  }

  /** Builds a {@link WeekKindTable}. */
  public static final class Builder {
    private final String version;
    private final WeekKind[] kinds = new WeekKind[BenefitCodeTable.MAX_CODE + 1];
    private final boolean[] coFinanced = new boolean[BenefitCodeTable.MAX_CODE + 1];

    private Builder(String version) {
      this.version = requireNonNull(version, "version");
    }

    /**
     * Sets a code's kind.
     *
     * @param code 100–999
     * @param kind its kind
     * @param isCoFinanced true for a benefit under co-financing (only with {@link
     *     WeekKind#BENEFIT})
     * @return this builder
     * @throws IllegalArgumentException if the code is not 100–999, or a non-benefit is co-financed
     */
    public Builder code(int code, WeekKind kind, boolean isCoFinanced) {
      checkArgument(
          code >= BenefitCodeTable.MIN_CODE && code <= BenefitCodeTable.MAX_CODE,
          "code must be 100-999, was %s",
          Masking.lazy(code));
      requireNonNull(kind, "kind");
      checkArgument(
          !isCoFinanced || kind == WeekKind.BENEFIT,
          "code %s: only a benefit can be co-financed",
          code);
      kinds[code] = kind;
      coFinanced[code] = isCoFinanced;
      return this;
    }

    /**
     * The table.
     *
     * @return the table
     */
    public WeekKindTable build() {
      return new WeekKindTable(this);
    }
  }
}
