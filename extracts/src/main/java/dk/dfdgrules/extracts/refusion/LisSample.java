/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.refusion;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.rules.refusion.LisColumns;
import dk.dfdgrules.rules.refusion.LisValues;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A generated LIS raw-data file for benchmarks and tests: the source's columns, {@code ;}, Danish
 * amounts, one citizen's rows together, weeks from 2019-01-07 on, split weeks at month changes
 * written as two rows (LIS-5), about one row in twenty a MAF row (LIS-3). The CPR numbers are
 * fictitious (ten digits, day and month valid). Deterministic for a seed.
 */
public final class LisSample {

  /** The header the sample writes. */
  public static final String HEADER =
      String.join(
          ";",
          LisColumns.CALCULATION_ID,
          LisColumns.WEEK,
          LisColumns.CPR,
          LisColumns.BENEFIT,
          LisColumns.CVR,
          LisColumns.REPORTER_EXTERNAL_ID,
          LisColumns.REPORTED_PAYOUT,
          LisColumns.POSTING_ACCOUNT,
          LisColumns.FINANCING,
          LisColumns.FUNCTION_AREA);

  private static final String[] BENEFITS = {
    "Dagpenge, 80 pct. kommunal medfinansiering",
    "Kontanthjælp",
    "Uddannelseshjælp",
    "Sygedagpenge",
    "Ledighedsydelse",
    "Ressourceforløbsydelse",
    "Revalideringsydelse",
    "Selvforsørgelses- og hjemrejseydelse"
  };

  private static final long FIRST_MONDAY = LocalDate.of(2019, 1, 7).toEpochDay();

  private final long rows;
  private final long seed;

  private LisSample(long rows, long seed) {
    this.rows = rows;
    this.seed = seed;
  }

  /**
   * A sample.
   *
   * @param rows the number of rows, ≥ 0
   * @param seed the seed
   * @return the sample
   * @throws IllegalArgumentException if rows is negative
   */
  public static LisSample of(long rows, long seed) {
    checkArgument(rows >= 0, "rows >= 0, was %s", rows);
    return new LisSample(rows, seed);
  }

  /**
   * Writes the header and the rows.
   *
   * @param w where to
   * @return the rows written
   * @throws IOException if writing fails
   */
  public long writeTo(Writer w) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    w.write(HEADER);
    w.write('\n');
    long id = 7_000_000_000L;
    long written = 0;
    long citizen = 0;
    StringBuilder b = new StringBuilder(200);
    while (written < rows) {
      citizen++;
      String cpr = cpr(citizen);
      String benefit = BENEFITS[r.nextInt(BENEFITS.length)];
      long weekly = 50_000 + r.nextLong(400_000); // øre
      int refusionPct = new int[] {80, 40, 30, 20}[r.nextInt(4)];
      long monday = FIRST_MONDAY + 7L * r.nextInt(200);
      int weeks = 20 + r.nextInt(160);
      boolean maf = r.nextInt(20) == 0;
      for (int k = 0; k < weeks && written < rows; k++, monday += 7) {
        LocalDate m = LocalDate.ofEpochDay(monday);
        boolean split = LisValues.crossesMonth(m);
        int first = split ? m.lengthOfMonth() - m.getDayOfMonth() + 1 : 7;
        for (int part = 0; part < (split ? 2 : 1) && written < rows; part++) {
          int days = split ? (part == 0 ? first : 7 - first) : 7;
          long payout = weekly * days / 7;
          long financing = -payout * refusionPct / 100;
          b.setLength(0);
          b.append(id++)
              .append(';')
              .append(m)
              .append(';')
              .append(cpr)
              .append(';')
              .append(benefit)
              .append(';')
              .append("29189846;")
              .append(maf ? LisValues.MAF_REPORTER_EXTERNAL_ID : "KMD20230601.txt")
              .append(';')
              .append(LisValues.formatOere(payout))
              .append(';')
              .append(maf ? LisValues.MAF_POSTING_ACCOUNT : "star:konto:05.46")
              .append(';')
              .append(LisValues.formatOere(financing))
              .append(";5.57.78.1.015\n");
          w.append(b);
          written++;
        }
      }
    }
    return written;
  }

  /** A fictitious CPR number: a valid day and month, then a serial. */
  static String cpr(long n) {
    int day = (int) (n % 28) + 1;
    int month = (int) (n / 28 % 12) + 1;
    long serial = n / 336 % 1_000_000;
    String s = Long.toString(serial);
    return (day < 10 ? "0" : "")
        + day
        + (month < 10 ? "0" : "")
        + month
        + "0".repeat(6 - s.length())
        + s;
  }
}
