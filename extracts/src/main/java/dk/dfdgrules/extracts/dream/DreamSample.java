/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.BenefitGroupRule;
import dk.dfdgrules.rules.dream.DreamCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes a realistic <b>synthetic</b> DREAM file, so anyone can try the key figures: persistent
 * benefit spells (geometric durations: a few months for most benefits, years for førtidspension and
 * fleksjob), about 60 % blank weeks, every benefit group and code family present, deaths (999) for
 * the rest of the series and stays abroad (997). Keys are running numbers ({@code lobenr}), never
 * CPR numbers. The same persons, weeks and seed give the same bytes.
 *
 * <p>Writes to an {@link OutputStream} the caller opened; no file system.
 */
public final class DreamSample {

  private static final double BLANK_MEAN = 95;

  /** How often the writers report progress, in persons. */
  public static final int PROGRESS_EVERY = 4096;

  private final BenefitCodeTable table;
  private final IsoWeek first;
  private final int weeks;
  private final List<BenefitGroup> groups = new ArrayList<>();
  private final double[] cumulative;
  private final Map<BenefitGroup, int[]> codes = new EnumMap<>(BenefitGroup.class);
  private final byte[][] codeBytes = new byte[1000][];

  /**
   * A generator over a week range with the standard code table.
   *
   * @param first the first week, not before 1991-W32 (DREAM's first)
   * @param last the last week, not before {@code first} nor after {@link
   *     KeyFigureJob#LAST_DATA_WEEK} (2089-W52, the last a column {@code y_YYWW} names)
   * @throws IllegalArgumentException if the range is reversed or reaches outside DREAM's weeks
   */
  public DreamSample(IsoWeek first, IsoWeek last) {
    this(BenefitCodeTable.standard(), first, last);
  }

  /**
   * A generator over a week range.
   *
   * @param table the codes to draw from
   * @param first the first week, not before 1991-W32 (DREAM's first)
   * @param last the last week, not before {@code first} nor after {@link
   *     KeyFigureJob#LAST_DATA_WEEK} (2089-W52)
   * @throws IllegalArgumentException if the range is reversed or reaches outside DREAM's weeks
   */
  public DreamSample(BenefitCodeTable table, IsoWeek first, IsoWeek last) {
    checkArgument(!last.isBefore(first), "last week before first");
    checkArgument(
        DreamCalendar.isDreamWeek(first) && !last.isAfter(KeyFigureJob.LAST_DATA_WEEK),
        "a sample's weeks lie within %s … %s (DREAM's weeks), were %s … %s",
        DreamCalendar.FIRST_WEEK,
        KeyFigureJob.LAST_DATA_WEEK,
        first,
        last);
    this.table = table;
    this.first = first;
    this.weeks = (int) first.weeksUntil(last) + 1;
    Map<BenefitGroup, List<Integer>> byGroup = new EnumMap<>(BenefitGroup.class);
    for (int c : table.codes()) {
      if (!table.isPopulationExit(c)) {
        byGroup.computeIfAbsent(table.defaultGroup(c).orElseThrow(), g -> new ArrayList<>()).add(c);
      }
      codeBytes[c] = Integer.toString(c).getBytes(StandardCharsets.US_ASCII);
    }
    byGroup.forEach((g, cs) -> codes.put(g, cs.stream().mapToInt(Integer::intValue).toArray()));
    groups.addAll(byGroup.keySet());
    cumulative = new double[groups.size()];
    double sum = 0;
    for (int i = 0; i < groups.size(); i++) {
      sum += weight(groups.get(i));
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
  }

  private static double weight(BenefitGroup g) {
    return switch (g) {
      case UNEMPLOYMENT_BENEFIT -> 20;
      case SICKNESS_BENEFIT -> 15;
      case DISABILITY_PENSION -> 2;
      case FLEXJOB -> 3;
      case CASH_BENEFIT_JOB_READY -> 6;
      case CASH_BENEFIT_ACTIVITY_READY -> 8;
      case EDUCATION_BENEFIT_JOB_READY, INTEGRATION_BENEFIT_ACTIVITY_READY -> 3;
      case EDUCATION_BENEFIT_ACTIVITY_READY -> 4;
      case INTEGRATION_BENEFIT_JOB_READY,
          FLEXJOB_UNEMPLOYMENT_BENEFIT,
          RESOURCE_COURSE,
          JOB_CLARIFICATION ->
          2;
      case OTHER_BENEFIT -> 14;
      default -> 1;
    };
  }

  private static double meanWeeks(BenefitGroup g) {
    return switch (g) {
      case DISABILITY_PENSION -> 300;
      case FLEXJOB -> 100;
      case OTHER_BENEFIT -> 60;
      case SICKNESS_BENEFIT -> 12;
      default -> 30;
    };
  }

  private static int geometric(SplittableRandom r, double mean) {
    double u = r.nextDouble();
    return 1 + (int) Math.floor(Math.log1p(-u) / Math.log1p(-1.0 / mean));
  }

  /**
   * One person's codes (0 = blank).
   *
   * @param person the person's number, 0-based
   * @param seed the seed
   * @return the codes, one per week
   */
  short[] person(long person, long seed) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + person);
    short[] out = new short[weeks];
    int w = 0;
    // the first persons start in each group in turn, so every group and family is present
    boolean blank = person >= groups.size() && r.nextDouble() < 0.55;
    BenefitGroup g = person < groups.size() ? groups.get((int) person) : pick(r);
    while (w < weeks) {
      if (r.nextDouble() < 0.0004) {
        // death: 999 for the rest of the series
        while (w < weeks) {
          out[w++] = 999;
        }
        break;
      }
      if (blank) {
        int d = person < groups.size() && w == 0 ? 0 : geometric(r, BLANK_MEAN);
        w += d;
        blank = false;
        g = r.nextDouble() < 0.01 ? null : pick(r);
        continue;
      }
      int d = geometric(r, g == null ? 80 : meanWeeks(g));
      int[] cs = g == null ? new int[] {997} : codes.get(g);
      int code = cs[(int) (r.nextDouble() * cs.length)];
      for (int i = 0; i < d && w < weeks; i++, w++) {
        if (cs.length > 1 && r.nextDouble() < 0.03) {
          code = cs[(int) (r.nextDouble() * cs.length)];
        }
        out[w] = (short) code;
      }
      if (r.nextDouble() < 0.7) {
        blank = true;
      } else {
        g = pick(r);
      }
    }
    return out;
  }

  private BenefitGroup pick(SplittableRandom r) {
    double u = r.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return groups.get(i);
      }
    }
    return groups.get(groups.size() - 1);
  }

  /**
   * Writes a wide file: header {@code lobenr,y_YYWW,…}, one row per person, {@code ,}-separated, LF
   * line ends.
   *
   * @param out where to write (not closed)
   * @param persons the number of persons
   * @param seed the seed
   * @throws IOException if writing fails
   */
  public void writeWide(OutputStream out, long persons, long seed) throws IOException {
    writeWide(out, persons, seed, done -> {});
  }

  /**
   * As {@link #writeWide(OutputStream, long, long)}, reporting progress.
   *
   * @param out where to write (not closed)
   * @param persons the number of persons
   * @param seed the seed
   * @param progress receives the number of persons written so far, now and then (every {@value
   *     #PROGRESS_EVERY} persons) and at the end
   * @throws IOException if writing fails
   */
  public void writeWide(OutputStream out, long persons, long seed, LongConsumer progress)
      throws IOException {
    StringBuilder h = new StringBuilder("lobenr");
    IsoWeek w = first;
    for (int i = 0; i < weeks; i++, w = w.plusWeeks(1)) {
      h.append(',').append(w.toDreamColumn());
    }
    h.append('\n');
    out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
    RowBuffer buf = new RowBuffer(out);
    for (long p = 0; p < persons; p++) {
      if (p % PROGRESS_EVERY == 0 && p > 0) {
        progress.accept(p);
      }
      buf.makeRoom(32 + weeks * 4);
      buf.put(key(p));
      for (short c : person(p, seed)) {
        buf.put((byte) ',');
        if (c != 0) {
          buf.put(codeBytes[c]);
        }
      }
      buf.put((byte) '\n');
    }
    buf.flush();
    progress.accept(persons);
  }

  /**
   * Writes the same persons as a long file (the DSA {@code y} table): header {@code lobenr;uge;y},
   * one row per person and non-blank week, sorted by person and week.
   *
   * @param out where to write (not closed)
   * @param persons the number of persons
   * @param seed the seed
   * @throws IOException if writing fails
   */
  public void writeLong(OutputStream out, long persons, long seed) throws IOException {
    writeLong(out, persons, seed, done -> {});
  }

  /**
   * As {@link #writeLong(OutputStream, long, long)}, reporting progress.
   *
   * @param out where to write (not closed)
   * @param persons the number of persons
   * @param seed the seed
   * @param progress receives the number of persons written so far, now and then (every {@value
   *     #PROGRESS_EVERY} persons) and at the end
   * @throws IOException if writing fails
   */
  public void writeLong(OutputStream out, long persons, long seed, LongConsumer progress)
      throws IOException {
    out.write("lobenr;uge;y\n".getBytes(StandardCharsets.US_ASCII));
    byte[][] weekBytes = new byte[weeks][];
    IsoWeek w = first;
    for (int i = 0; i < weeks; i++, w = w.plusWeeks(1)) {
      weekBytes[i] = w.toString().getBytes(StandardCharsets.US_ASCII);
    }
    RowBuffer buf = new RowBuffer(out);
    for (long p = 0; p < persons; p++) {
      if (p % PROGRESS_EVERY == 0 && p > 0) {
        progress.accept(p);
      }
      byte[] key = key(p);
      short[] cs = person(p, seed);
      for (int i = 0; i < weeks; i++) {
        if (cs[i] == 0) {
          continue;
        }
        buf.makeRoom(64);
        buf.put(key);
        buf.put((byte) ';');
        buf.put(weekBytes[i]);
        buf.put((byte) ';');
        buf.put(codeBytes[cs[i]]);
        buf.put((byte) '\n');
      }
    }
    buf.flush();
    progress.accept(persons);
  }

  /** The running-number key of a person: {@code p + 1}. */
  private static byte[] key(long p) {
    return Long.toString(p + 1).getBytes(StandardCharsets.US_ASCII);
  }

  /** The writers' buffer in front of the output stream, for their many small writes. */
  private static final class RowBuffer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int len;

    RowBuffer(OutputStream out) {
      this.out = out;
    }

    /** Writes out what is buffered unless {@code bytes} more fit. */
    void makeRoom(int bytes) throws IOException {
      if (buf.length - len < bytes) {
        out.write(buf, 0, len);
        len = 0;
      }
    }

    void put(byte b) {
      buf[len++] = b;
    }

    void put(byte[] bytes) {
      System.arraycopy(bytes, 0, buf, len, bytes.length);
      len += bytes.length;
    }

    /** Writes out what is buffered and flushes the stream. */
    void flush() throws IOException {
      out.write(buf, 0, len);
      len = 0;
      out.flush();
    }
  }

  /**
   * Writes the DSA {@code visit} table of the same persons (header {@code lobenr;kvartal;visit},
   * sorted by person and quarter): for every quarter from 2014-Q1 in which a person is on
   * kontanthjælp, integrationsydelse or uddannelseshjælp (by a week's Thursday, DRM-2), a
   * visitation category — mostly the one the code says, now and then the other, so that the table
   * changes the counts (DRM-4).
   *
   * @param out where to write (not closed)
   * @param persons the number of persons
   * @param seed the seed
   * @throws IOException if writing fails
   */
  public void writeVisit(OutputStream out, long persons, long seed) throws IOException {
    writeVisit(out, persons, seed, done -> {});
  }

  /**
   * As {@link #writeVisit(OutputStream, long, long)}, reporting progress.
   *
   * @param out where to write (not closed)
   * @param persons the number of persons
   * @param seed the seed
   * @param progress receives the number of persons written so far, now and then (every {@value
   *     #PROGRESS_EVERY} persons) and at the end
   * @throws IOException if writing fails
   */
  public void writeVisit(OutputStream out, long persons, long seed, LongConsumer progress)
      throws IOException {
    StringBuilder b = new StringBuilder("lobenr;kvartal;visit\n");
    YearQuarter firstQ = first.quarter();
    YearQuarter from = DreamCalendar.FIRST_VISIT_QUARTER;
    int[] quarterOf = new int[weeks];
    IsoWeek w = first;
    for (int i = 0; i < weeks; i++, w = w.plusWeeks(1)) {
      quarterOf[i] = WideLayout.quarterIndex(firstQ, w.quarter());
    }
    int quarters = weeks == 0 ? 0 : quarterOf[weeks - 1] + 1;
    BenefitGroup[] firstGroup = new BenefitGroup[quarters];
    for (long p = 0; p < persons; p++) {
      if (p % PROGRESS_EVERY == 0 && p > 0) {
        progress.accept(p);
      }
      short[] cs = person(p, seed);
      java.util.Arrays.fill(firstGroup, null);
      for (int i = 0; i < weeks; i++) {
        int q = quarterOf[i];
        if (cs[i] != 0 && firstGroup[q] == null) {
          BenefitGroup g = table.defaultGroup(cs[i]).orElse(BenefitGroup.NO_BENEFIT);
          if (BenefitGroupRule.byVisitation(g, VisitationCategory.ACTIVITY_READY) != g
              || BenefitGroupRule.byVisitation(g, VisitationCategory.JOB_READY) != g) {
            firstGroup[q] = g;
          }
        }
      }
      SplittableRandom r = new SplittableRandom(seed * 0x2545F4914F6CDD1DL + p);
      for (int q = 0; q < quarters; q++) {
        YearQuarter yq = firstQ.plusQuarters(q);
        if (firstGroup[q] == null || yq.compareTo(from) < 0) {
          continue;
        }
        boolean jobReady =
            BenefitGroupRule.byVisitation(firstGroup[q], VisitationCategory.JOB_READY)
                == firstGroup[q];
        if (r.nextDouble() < 0.2) {
          jobReady = !jobReady;
        }
        VisitationCategory v =
            jobReady ? VisitationCategory.JOB_READY : VisitationCategory.ACTIVITY_READY;
        b.append(p + 1).append(';').append(yq).append(';').append(v.officialName()).append('\n');
      }
      if (b.length() > 1 << 16) {
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        b.setLength(0);
      }
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    progress.accept(persons);
  }

  /**
   * The number of weeks.
   *
   * @return the count
   */
  public int weeks() {
    return weeks;
  }

  /**
   * The first week.
   *
   * @return the week
   */
  public IsoWeek first() {
    return first;
  }

  BenefitCodeTable table() {
    return table;
  }
}
