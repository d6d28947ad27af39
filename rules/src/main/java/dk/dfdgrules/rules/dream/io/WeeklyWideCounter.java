package dk.dfdgrules.rules.dream.io;

import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigureAccumulator;
import dk.dfdgrules.rules.dream.PeriodGrid;
import dk.dfdgrules.rules.dream.ReceiverStatusRule;

/**
 * The fused kernel for the commonest job — weekly counts of a wide file whose weekly columns come
 * in week order without gaps and without visitation columns: one pass per row parses each cell,
 * maps it to its group (DRM-4) and counts the week 52 weeks before it (DRM-5) at once. A row
 * rejected half-way has its counts taken back; a row with quotes goes through {@link WideParser}'s
 * careful path and the same counts.
 */
final class WeeklyWideCounter implements BlockPipeline.Worker {

  private static final int F = FollowUp.COUNT;
  private static final int LAG = ReceiverStatusRule.WEEKS_LATER;
  private static final int BEYOND = FollowUp.BEYOND_DATA_INDEX;

  private final WideLayout layout;
  private final boolean[] known;
  private final int[] nowF; // code → group * F
  private final byte[] later; // code → follow-up index
  private final int[] base; // week → offset of its block in counts (a scratch block when not counted)
  private final int[] idx; // per week of the row: base + group * F
  private final byte[] fol; // per week of the row: follow-up index
  private final int[] counts;
  private final int[] kind;
  private final byte delim;
  private final int columns;
  private final int weeks;
  private final WideParser slow;
  private final short[] slowCodes;
  long persons;

  private RejectReason err;
  private String errDetail = "";

  WeeklyWideCounter(WideLayout layout, GroupTables t, PeriodGrid grid) {
    this.layout = layout;
    this.known = t.known;
    this.weeks = layout.weeks;
    this.nowF = new int[t.now.length];
    for (int c = 0; c < nowF.length; c++) {
      nowF[c] = t.now[c] * F;
    }
    this.later = t.later;
    int pairs = KeyFigureAccumulator.pairsPerWeek();
    int counted = grid.weekCount();
    this.counts = new int[(counted + 1) * pairs];
    this.base = new int[weeks];
    for (int w = 0; w < weeks; w++) {
      base[w] =
          w >= grid.fromIndex() && w <= grid.toIndex()
              ? (w - grid.fromIndex()) * pairs
              : counted * pairs;
    }
    this.idx = new int[weeks];
    this.fol = new byte[weeks];
    this.kind = layout.kind;
    this.delim = layout.delim;
    this.columns = layout.columns;
    this.slowCodes = new short[weeks];
    this.slow =
        new WideParser(
            layout,
            t,
            (kb, ko, kl, codes, visit, hasVisit) -> System.arraycopy(codes, 0, slowCodes, 0, weeks));
  }

  /**
   * Tells whether a layout suits this kernel.
   *
   * @param layout a wide layout
   * @return true if the weekly columns are in week order without gaps and there is no visitation
   */
  static boolean suits(WideLayout layout) {
    if (layout.hasVisit) {
      return false;
    }
    int next = 0;
    for (int k : layout.kind) {
      if (k >= 0) {
        if (k != next) {
          return false;
        }
        next++;
      }
    }
    return next == layout.weeks;
  }

  void addTo(KeyFigureAccumulator acc) {
    acc.addWeeklyPairs(counts, persons);
  }

  @Override
  public BlockPipeline.BlockResult process(byte[] b, int len) {
    BlockPipeline.BlockResult r = new BlockPipeline.BlockResult();
    int pos = 0;
    int line = 0;
    while (pos < len) {
      err = null;
      int next = row(b, pos, len);
      if (err != null) {
        r.rejects.add(new RejectedRow(line, err, errDetail));
      } else {
        r.used++;
      }
      line++;
      pos = next;
    }
    r.lines = line;
    return r;
  }

  private void undo(int reached) {
    for (int w = LAG; w < reached; w++) {
      counts[idx[w - LAG] + fol[w]]--;
    }
  }

  private int fail(byte[] b, int pos, int len, int reached, RejectReason reason, String detail) {
    undo(reached);
    err = reason;
    errDetail = detail;
    while (pos < len && b[pos] != '\n') {
      pos++;
    }
    return Math.min(pos + 1, len);
  }

  private int row(byte[] b, final int start, final int len) {
    int pos = start;
    byte first = b[pos];
    if (first == '\n' || (first == '\r' && (pos + 1 == len || b[pos + 1] == '\n'))) {
      return fail(b, pos, len, 0, RejectReason.EMPTY_ROW, "");
    }
    final byte d = delim;
    final int[] kind = this.kind;
    final int[] counts = this.counts;
    final int[] idx = this.idx;
    final byte[] fol = this.fol;
    final int[] base = this.base;
    final int[] nowF = this.nowF;
    final byte[] later = this.later;
    final boolean[] known = this.known;
    int col = 0;
    int w = 0;
    int keyOff = start;
    int keyLen = 0;
    while (true) {
      if (col >= columns) {
        return fail(b, pos, len, w, RejectReason.FIELD_COUNT, "more than " + columns + " fields");
      }
      byte x = pos < len ? b[pos] : (byte) '\n';
      if (kind[col] >= 0) {
        int code;
        if (x == d || x == '\n' || x == '\r') {
          code = 0;
        } else {
          if (pos + 3 > len) {
            return malformed(b, start, pos, len, w, col);
          }
          int d0 = x - '0';
          int d1 = b[pos + 1] - '0';
          int d2 = b[pos + 2] - '0';
          if ((d0 | d1 | d2) < 0 || d0 > 9 || d1 > 9 || d2 > 9) {
            return malformed(b, start, pos, len, w, col);
          }
          pos += 3;
          byte y = pos < len ? b[pos] : (byte) '\n';
          if (y != d && y != '\n' && y != '\r') {
            return malformed(b, start, pos - 3, len, w, col);
          }
          code = d0 * 100 + d1 * 10 + d2;
          if (!known[code]) {
            return fail(b, pos, len, w, RejectReason.UNKNOWN_CODE, layout.names[col] + ": " + code);
          }
        }
        idx[w] = base[w] + nowF[code];
        byte f = later[code];
        fol[w] = f;
        if (w >= LAG) {
          counts[idx[w - LAG] + f]++;
        }
        w++;
      } else {
        int fs = pos;
        while (pos < len) {
          byte y = b[pos];
          if (y == d || y == '\n' || y == '\r') {
            break;
          }
          if (y == '"') {
            undo(w);
            return slowRow(b, start, len);
          }
          pos++;
        }
        if (kind[col] == WideLayout.KEY) {
          keyOff = fs;
          keyLen = pos - fs;
        }
      }
      col++;
      if (pos >= len) {
        break;
      }
      byte y = b[pos];
      if (y == d) {
        pos++;
        continue;
      }
      pos++;
      if (y == '\r' && pos < len && b[pos] == '\n') {
        pos++;
      }
      break;
    }
    if (col != columns) {
      undo(w);
      err = RejectReason.FIELD_COUNT;
      errDetail = col + " of " + columns + " fields";
      return pos;
    }
    if (!WideParser.validKey(b, keyOff, keyLen)) {
      undo(w);
      err = RejectReason.MALFORMED_KEY;
      errDetail = keyLen == 0 ? "blank" : "length " + keyLen;
      return pos;
    }
    for (int t = Math.max(0, weeks - LAG); t < weeks; t++) {
      counts[idx[t] + BEYOND]++;
    }
    persons++;
    return pos;
  }

  private int malformed(byte[] b, int start, int pos, int len, int reached, int col) {
    if (b[pos] == '"') {
      undo(reached);
      return slowRow(b, start, len);
    }
    return fail(b, pos, len, reached, RejectReason.MALFORMED_CODE, layout.names[col]);
  }

  /** A row with quotes: parsed carefully, then counted from its codes. */
  private int slowRow(byte[] b, int start, int len) {
    int next = lineEnd(b, start, len);
    BlockPipeline.BlockResult one = slow.processLine(b, start, next);
    if (!one.rejects.isEmpty()) {
      err = one.rejects.get(0).reason();
      errDetail = one.rejects.get(0).detail();
      return next;
    }
    for (int w = 0; w < weeks; w++) {
      int code = slowCodes[w];
      idx[w] = base[w] + nowF[code];
      fol[w] = later[code];
    }
    for (int t = 0; t < weeks; t++) {
      counts[idx[t] + (t + LAG < weeks ? fol[t + LAG] : BEYOND)]++;
    }
    persons++;
    return next;
  }

  private static int lineEnd(byte[] b, int start, int len) {
    int e = start;
    while (e < len && b[e] != '\n') {
      e++;
    }
    return Math.min(e + 1, len);
  }
}
