/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.refusion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.CsvLine;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.csv.Masking;
import dk.dfdgrules.rules.refusion.LisColumns;
import dk.dfdgrules.rules.refusion.LisValueException;
import dk.dfdgrules.rules.refusion.LisValues;
import dk.dfdgrules.rules.refusion.NetExpenseMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Reads YR's LIS raw data (rådata; LIS-1 … LIS-5) as a stream and sums the net expense (LIS-4) per
 * citizen, benefit, week or month — any combination — with the file's total; every row is accounted
 * for (read = accepted + rejected) and every bad row reported by line and reason.
 *
 * <p>The file: UTF-8 (a BOM is skipped), LF or CRLF, a header row, columns by name in any order,
 * names as the source writes them ({@link LisColumns}, case and surrounding blanks ignored); {@code
 * ;} by default, {@code ,} or tab found from the header, or a delimiter given; fields may be quoted
 * as in CSV (no line breaks inside). Required: {@value LisColumns#WEEK}, {@value LisColumns#CPR},
 * {@value LisColumns#BENEFIT} and the columns of the {@link NetExpenseMapping}; checked when
 * present: {@value LisColumns#CALCULATION_ID} (a whole number of at most 18 digits); read for LIS-3
 * when present: {@value LisColumns#REPORTER_EXTERNAL_ID} and {@value LisColumns#POSTING_ACCOUNT}.
 *
 * <p>A row is rejected when the CPR number is not ten digits (no hyphen, no date check — the source
 * says only "uden bindestreg"), Uge is not a Monday (LIS-1), Ydelse is empty or longer than 755
 * characters, an amount of the mapping is malformed (LIS-2), or the line is blank or has a quote
 * that is not closed. Rows with the same CPR, Uge and Ydelse are all kept (LIS-5); {@value
 * LisColumns#CALCULATION_ID} is not checked for uniqueness (it would cost memory per row). MAF rows
 * (LIS-3) are counted and summed like the others. The month of a row is the month of its Uge
 * (<em>interpretation</em>: the file does not say which part of a split week is which month).
 *
 * <p>Money is summed exactly in øre and returned as {@link BigDecimal}; the groups' sums add up to
 * the total to the øre. The reading is byte-level for the plain rows; any row it does not take as
 * it is goes through the careful reading ({@link LisValues} on the decoded line), so outcome and
 * reason are the same either way ({@link Builder#careful(boolean)} forces the careful reading for
 * every row; a property test compares them). Memory grows with the number of groups, not rows.
 *
 * <p>{@link #run(Path, Output)} reads a file on several threads ({@link Builder#threads(int)}), one
 * byte range each, split at line ends, and merges the results: the report and the rejected rows are
 * exactly those of the sequential {@link #run(InputStream, Output)}. Each thread holds its own
 * groups (so up to the threads times the memory of the groups) and at most 4,096 rejected rows
 * while the ranges before it are read.
 */
public final class LisJob {

  /** What the job groups by. */
  public enum Dimension {
    /** The citizen (CPR nummer). */
    CITIZEN,
    /** The benefit (Ydelse). */
    BENEFIT,
    /** The week (Uge). */
    WEEK,
    /** The month of Uge. */
    MONTH
  }

  /** Why a row was rejected. */
  public enum Problem {
    /** An empty line, or only blanks and delimiters. */
    BLANK,
    /** A quote that is not closed, or a line longer than {@link #MAX_LINE_BYTES}. */
    MALFORMED,
    /** Beregnings ID is not a whole number of at most 18 digits. */
    CALCULATION_ID,
    /** CPR nummer is not ten digits. */
    CITIZEN,
    /** Uge is not a Monday, as a date or date-time (LIS-1). */
    WEEK,
    /** Ydelse is empty or longer than 755 characters. */
    BENEFIT,
    /** An amount of the mapping is malformed or missing (LIS-2, LIS-4). */
    AMOUNT
  }

  /** The longest line read, in bytes (1 MiB); a longer one is a {@link Problem#MALFORMED} row. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /** The longest benefit name (Ydelse is {@code VARCHAR(755)}). */
  public static final int MAX_BENEFIT_CHARS = 755;

  /** The most threads a job reads a file with ({@value}); each holds its own groups. */
  public static final int MAX_THREADS = 64;

  /**
   * Where rejected rows go; does nothing unless overridden. The rows come in file order, one call
   * at a time; in a parallel run ({@link #run(Path, Output)}) from the reading threads.
   */
  public interface Output {
    /**
     * A row left out.
     *
     * @param row its line and the reason (no value of the row)
     * @param problem the kind of problem
     */
    default void rejected(BadRow row, Problem problem) {}
  }

  /**
   * What a run counted.
   *
   * @param read the rows after the header
   * @param accepted the rows summed
   * @param rejected the rows left out
   * @param rejectedByProblem the rejected rows per problem
   * @param mafRows the accepted MAF rows (LIS-3)
   * @param splitWeekRows the accepted rows whose week crosses a month (LIS-5)
   * @param citizens the distinct citizens of the accepted rows, when grouped by citizen, else -1
   * @param mapping the net-expense mapping used (LIS-4)
   * @param total the net expense of all accepted rows, exact, scale 2
   */
  public record Summary(
      long read,
      long accepted,
      long rejected,
      Map<Problem, Long> rejectedByProblem,
      long mafRows,
      long splitWeekRows,
      long citizens,
      NetExpenseMapping mapping,
      BigDecimal total) {
    /**
     * Checks that every row is accounted for.
     *
     * @throws IllegalArgumentException if read ≠ accepted + rejected
     */
    public Summary {
      checkArgument(
          accepted >= 0 && rejected >= 0 && read == accepted + rejected,
          "read (%s) must equal accepted (%s) + rejected (%s)",
          read,
          accepted,
          rejected);
      rejectedByProblem = ImmutableMap.copyOf(rejectedByProblem);
      requireNonNull(mapping, "mapping");
      requireNonNull(total, "total");
    }
  }

  /**
   * A run's result.
   *
   * @param summary the counts and the total
   * @param dimensions what the groups are by
   * @param groups the groups, by citizen, benefit, then period
   */
  public record Report(Summary summary, Set<Dimension> dimensions, List<LisGroup> groups) {
    /** Copies the collections. */
    public Report {
      dimensions = Sets.immutableEnumSet(dimensions);
      groups = ImmutableList.copyOf(groups);
    }
  }

  private final @Nullable NetExpenseMapping mapping;
  private final Set<Dimension> dimensions;
  private final char delimiter;
  private final boolean careful;
  private final int threads;

  private LisJob(Builder b) {
    this.mapping = b.mapping;
    this.dimensions = Sets.immutableEnumSet(b.dimensions);
    this.delimiter = b.delimiter;
    this.careful = b.careful;
    this.threads = b.threads;
  }

  /**
   * A builder: by citizen, the default mapping, the delimiter from the header.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LisJob}. */
  public static final class Builder {
    private @Nullable NetExpenseMapping mapping;
    private Set<Dimension> dimensions = EnumSet.of(Dimension.CITIZEN);
    private char delimiter;
    private boolean careful;
    private int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);

    private Builder() {}

    /**
     * How many threads {@link #run(Path, Output)} reads a file with; default: the available
     * processors. {@link #run(InputStream, Output)} reads on the calling thread only.
     *
     * @param threads from 1 to {@value #MAX_THREADS}
     * @return this
     * @throws IllegalArgumentException if threads is outside 1 … {@value #MAX_THREADS}
     */
    public Builder threads(int threads) {
      checkArgument(
          threads >= 1 && threads <= MAX_THREADS,
          "threads must be 1-%s, not %s",
          MAX_THREADS,
          threads);
      this.threads = threads;
      return this;
    }

    /**
     * The LIS-4 mapping; default {@link NetExpenseMapping#defaultFor} the file's header.
     *
     * @param mapping the mapping
     * @return this
     */
    public Builder mapping(NetExpenseMapping mapping) {
      this.mapping = requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * What to group by; empty for the total only. Default: citizen.
     *
     * @param dimensions the dimensions
     * @return this
     */
    public Builder groupBy(Set<Dimension> dimensions) {
      this.dimensions =
          dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions);
      return this;
    }

    /**
     * The delimiter; default: {@code ;}, {@code ,} or tab, whichever the header has most of.
     *
     * @param delimiter any character but a quote, a letter, a digit, CR or LF
     * @return this
     * @throws IllegalArgumentException for a delimiter that cannot be one
     */
    public Builder delimiter(char delimiter) {
      checkArgument(
          delimiter != '"'
              && delimiter != '\n'
              && delimiter != '\r'
              && delimiter < 0x80
              && !Character.isLetterOrDigit(delimiter),
          "a delimiter is an ASCII character that is not a quote, a letter, a digit or a line end");
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Reads every row the careful way (for tests: the result is the same, only slower).
     *
     * @param careful true for the careful reading only
     * @return this
     */
    public Builder careful(boolean careful) {
      this.careful = careful;
      return this;
    }

    /**
     * Builds the job.
     *
     * @return the job
     */
    public LisJob build() {
      return new LisJob(this);
    }
  }

  /**
   * Runs the job over a stream, which it does not close.
   *
   * @param in the LIS file
   * @param out where rejected rows go
   * @return the groups and the summary
   * @throws IOException if reading fails
   * @throws InputFileException if the file is empty, the header unusable or a required column
   *     missing (the message masks digit runs)
   */
  public Report run(InputStream in, Output out) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(out, "out");
    return new Run(in, out).run();
  }

  /**
   * The rejected rows a range keeps while the ranges before it are still being read; a range that
   * has this many waits for its turn, then reports the rest as it reads them. The memory a parallel
   * run holds for rejected rows is thus at most this many rows per thread.
   */
  static final int MAX_PENDING_REJECTS = 4096;

  /**
   * Runs the job over a file on {@link Builder#threads(int)} threads: the header is read once, the
   * rest split into byte ranges at line ends, each range read with its own groups and counters, and
   * the results merged. The report and the rejected rows (in file order, with their line numbers)
   * are exactly those of {@link #run(InputStream, Output)} over the same file. When a thread fails
   * (reading, or in {@code out}), the others stop and the failure is thrown.
   *
   * @param file the LIS file, a regular file
   * @param out where rejected rows go
   * @return the groups and the summary
   * @throws IOException if reading fails
   * @throws InputFileException if the file is empty, the header unusable or a required column
   *     missing (the message masks digit runs)
   */
  public Report run(Path file, Output out) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(out, "out");
    if (threads == 1) {
      try (InputStream in = Files.newInputStream(file)) {
        return run(in, out);
      }
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      Turns turns = new Turns(out);
      Run head = new Run(new RangeStream(ch, 0, size, turns), out);
      head.header();
      long[] cuts = cuts(ch, head.pos, size, threads);
      Run[] runs = new Run[threads];
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "lis-reader");
                t.setDaemon(true);
                return t;
              });
      try {
        CompletionService<Run> done = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < threads; i++) {
          Run r = new Run(new RangeStream(ch, cuts[i], cuts[i + 1], turns), head, turns, i);
          runs[i] = r;
          done.submit(
              () -> {
                try {
                  r.rows();
                  r.range.finish(r.read);
                  return r;
                } catch (IOException | RuntimeException | Error e) {
                  turns.fail(e);
                  throw e;
                }
              });
        }
        for (int i = 0; i < threads; i++) {
          try {
            done.take().get();
          } catch (ExecutionException e) {
            Throwable t = turns.failed;
            throw rethrow(t != null ? t : e.getCause());
          } catch (InterruptedException e) {
            turns.fail(e);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + file.getFileName());
          }
        }
      } finally {
        pool.shutdownNow();
      }
      Run all = runs[0];
      for (int i = 1; i < threads; i++) {
        all.merge(runs[i]);
      }
      return all.report();
    }
  }

  private static IOException rethrow(Throwable t) {
    if (t instanceof IOException e) {
      return e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IOException(t);
  }

  /**
   * Where the ranges start: {@code from}, then near each n-th of the rest just after a line end
   * (never inside a line), then {@code size}; ranges may be empty.
   */
  static long[] cuts(FileChannel ch, long from, long size, int n) throws IOException {
    long[] cuts = new long[n + 1];
    cuts[0] = from;
    cuts[n] = size;
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    for (int k = 1; k < n; k++) {
      long target = from + (size - from) * k / n;
      long cut = cuts[k - 1];
      if (target > cut) {
        // the first line start at or after target: after the first '\n' at or after target - 1
        cut = size;
        long p = target - 1;
        search:
        while (p < size) {
          b.clear();
          int r = ch.read(b, p);
          if (r <= 0) {
            break;
          }
          for (int i = 0; i < r; i++) {
            if (b.get(i) == '\n') {
              cut = p + i + 1;
              break search;
            }
          }
          p += r;
        }
      }
      cuts[k] = cut;
    }
    return cuts;
  }

  /** Thrown in a reading thread when another has failed. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("another reading thread failed", null, false, false);
    }
  }

  /** Lets the ranges report their rejected rows in file order, and stop when one fails. */
  private static final class Turns {
    private final Output out;
    private int head;
    private long base = 1; // the lines before the head range: the header
    volatile @Nullable Throwable failed;

    Turns(Output out) {
      this.out = out;
    }

    synchronized void fail(Throwable t) {
      if (failed == null) {
        failed = t;
      }
      notifyAll();
    }

    void check() {
      if (failed != null) {
        throw new Cancelled();
      }
    }

    /** Waits until range i is the head; returns the lines before it. */
    synchronized long await(int i) {
      while (head != i) {
        check();
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new Cancelled();
        }
      }
      check();
      return base;
    }

    synchronized void done(long lines) {
      base += lines;
      head++;
      notifyAll();
    }
  }

  /** A range's rejected rows: kept until the range's turn, then reported as they come. */
  private static final class Range {
    private final Turns turns;
    private final int index;
    private boolean direct;
    private long base;
    private final List<Object[]> pending = new ArrayList<>();

    Range(Turns turns, int index) {
      this.turns = turns;
      this.index = index;
    }

    void rejected(long line, String reason, Problem p) {
      if (!direct) {
        if (pending.size() < MAX_PENDING_REJECTS) {
          pending.add(new Object[] {line, reason, p});
          return;
        }
        takeTurn();
      }
      turns.out.rejected(new BadRow(base + line, reason), p);
    }

    private void takeTurn() {
      base = turns.await(index);
      direct = true;
      for (Object[] r : pending) {
        turns.out.rejected(new BadRow(base + (Long) r[0], (String) r[1]), (Problem) r[2]);
      }
      pending.clear();
    }

    void finish(long lines) {
      if (!direct) {
        takeTurn();
      }
      turns.done(lines);
    }
  }

  /** A byte range of a file, read with positional reads; stops when a reading thread failed. */
  private static final class RangeStream extends InputStream {
    private final FileChannel ch;
    private final long end;
    private final Turns turns;
    private long at;

    RangeStream(FileChannel ch, long from, long end, Turns turns) {
      this.ch = ch;
      this.at = from;
      this.end = end;
      this.turns = turns;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      turns.check();
      int n = (int) Math.min(len, end - at);
      if (n <= 0) {
        return len == 0 ? 0 : -1;
      }
      int r;
      do {
        r = ch.read(ByteBuffer.wrap(b, off, n), at);
      } while (r == 0);
      if (r < 0) {
        return -1;
      }
      at += r;
      return r;
    }
  }

  /** One run's state. */
  private final class Run {
    private final InputStream in;
    private final Output out;
    private final byte[] buf = new byte[MAX_LINE_BYTES + 2];
    private int pos;
    private int limit;
    private boolean eof;

    private byte delim;
    private long delims;
    private int cprCol;
    private int weekCol;
    private int benefitCol;
    private int idCol;
    private int reporterCol;
    private int accountCol;
    private int[] amountCols = new int[0];
    private boolean[] amountNegative = new boolean[0];
    private String[] amountNames = new String[0];
    private int maxCol;
    private NetExpenseMapping used = NetExpenseMapping.defaultFor(List.of());

    private final boolean byCitizen = dimensions.contains(Dimension.CITIZEN);
    private final boolean byBenefit = dimensions.contains(Dimension.BENEFIT);
    private final boolean byWeek = dimensions.contains(Dimension.WEEK);
    private final boolean byMonth = dimensions.contains(Dimension.MONTH);

    private long line = 1;
    private long read;
    private long accepted;
    private long maf;
    private long split;
    private final EnumMap<Problem, Long> rejected = new EnumMap<>(Problem.class);
    private final GroupTable groups = new GroupTable();
    private final Sum total = new Sum();

    private final List<String> benefitNames = new ArrayList<>();
    private final Map<String, Integer> benefitIds = new HashMap<>();
    private byte[][] benefitKeys = new byte[256][];
    private int[] benefitKeyIds = new int[256];
    private int benefitKeyCount;

    // the dates seen (LIS-1), by their ten bytes; tail -1 = empty
    private final long[] dateHead = new long[1024];
    private final int[] dateTail = new int[1024];
    private final long[] dateDay = new long[1024];

    private final int[] starts = new int[64];
    private final int[] ends = new int[64];

    // a week cache: the Monday's epoch day and its month index, -1 = empty
    private final long[] weekKey = new long[1024];
    private final int[] weekInfo = new int[1024];

    private final byte[] mafId =
        LisValues.MAF_REPORTER_EXTERNAL_ID.getBytes(StandardCharsets.US_ASCII);
    private final byte[] mafAccount =
        LisValues.MAF_POSTING_ACCOUNT.getBytes(StandardCharsets.US_ASCII);

    /** The range this run reads, for a parallel run; null for the whole stream. */
    private final @Nullable Range range;

    Run(InputStream in, Output out) {
      this.in = in;
      this.out = out;
      this.range = null;
      Arrays.fill(weekKey, Long.MIN_VALUE);
      Arrays.fill(dateTail, -1);
    }

    /** A run over one range of the file, after the header that {@code head} has read. */
    Run(InputStream in, Run head, Turns turns, int index) {
      this.in = in;
      this.out = head.out;
      this.range = new Range(turns, index);
      Arrays.fill(weekKey, Long.MIN_VALUE);
      Arrays.fill(dateTail, -1);
      this.line = 0;
      this.delim = head.delim;
      this.delims = head.delims;
      this.cprCol = head.cprCol;
      this.weekCol = head.weekCol;
      this.benefitCol = head.benefitCol;
      this.idCol = head.idCol;
      this.reporterCol = head.reporterCol;
      this.accountCol = head.accountCol;
      this.amountCols = head.amountCols;
      this.amountNegative = head.amountNegative;
      this.amountNames = head.amountNames;
      this.maxCol = head.maxCol;
      this.used = head.used;
    }

    Report run() throws IOException {
      header();
      rows();
      return report();
    }

    /** Adds another range's groups and counts to this run's. */
    void merge(Run o) {
      read += o.read;
      accepted += o.accepted;
      maf += o.maf;
      split += o.split;
      o.rejected.forEach((p, n) -> rejected.merge(p, n, Long::sum));
      total.addAll(o.total);
      int[] ids = new int[o.benefitNames.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = benefitId(o.benefitNames.get(i));
      }
      GroupTable g = o.groups;
      for (int i = 0; i < g.hi.length; i++) {
        if (g.count[i] == 0) {
          continue;
        }
        long lo = g.lo[i];
        int benefit = (int) (lo >>> 32) - 1;
        if (benefit >= 0) {
          lo = ((ids[benefit] + 1L) << 32) | (lo & 0xFFFF_FFFFL);
        }
        groups.addAll(g.hi[i], lo, g.sum[i], g.count[i], g.spill[i]);
      }
    }

    void rows() throws IOException {
      while (true) {
        int start = nextLine();
        if (start < 0) {
          break;
        }
        int end = lineEnd;
        if (end > start && buf[end - 1] == '\r') {
          end--;
        }
        line++;
        read++;
        if (tooLong) {
          reject(Problem.MALFORMED, "the line is longer than " + MAX_LINE_BYTES + " bytes");
          continue;
        }
        if (careful || !fast(start, end)) {
          careful(new String(buf, start, end - start, StandardCharsets.UTF_8));
        }
      }
    }

    // ---- lines ----

    private boolean tooLong;
    private int lineEnd;

    /**
     * Finds the next line: returns its start in buf, with {@code lineEnd} its end (before the '\n')
     * and pos after it; -1 at the end of the file. A line longer than the buffer is skipped and
     * returned empty with {@code tooLong} set.
     */
    private int nextLine() throws IOException {
      tooLong = false;
      int start = pos;
      int scan = pos;
      while (true) {
        int i = scan;
        for (; i + 8 <= limit; i += 8) {
          long m = zeroBytes((long) LONGS.get(buf, i) ^ NEWLINES);
          if (m != 0) {
            i += Long.numberOfTrailingZeros(m) >>> 3;
            pos = i + 1;
            lineEnd = i;
            return start;
          }
        }
        for (; i < limit; i++) {
          if (buf[i] == '\n') {
            pos = i + 1;
            lineEnd = i;
            return start;
          }
        }
        scan = limit;
        if (eof) {
          if (start >= limit) {
            return -1;
          }
          pos = limit;
          lineEnd = limit;
          return start;
        }
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, limit - start);
          limit -= start;
          scan -= start;
          start = 0;
          pos = 0;
        }
        if (limit == buf.length) {
          skipRestOfLine();
          tooLong = true;
          lineEnd = 0;
          return 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
        } else {
          limit += n;
        }
      }
    }

    private void skipRestOfLine() throws IOException {
      while (true) {
        limit = in.read(buf, 0, buf.length);
        if (limit < 0) {
          limit = 0;
          pos = 0;
          eof = true;
          return;
        }
        for (int i = 0; i < limit; i++) {
          if (buf[i] == '\n') {
            pos = i + 1;
            return;
          }
        }
      }
    }

    // ---- the header ----

    private void header() throws IOException {
      int start = nextLine();
      if (start < 0) {
        throw new InputFileException("the file is empty: there is no header row");
      }
      if (tooLong) {
        throw new InputFileException(
            "the header row is longer than " + MAX_LINE_BYTES + " bytes; is this a text file?");
      }
      int end = lineEnd;
      if (end > start && buf[end - 1] == '\r') {
        end--;
      }
      String first = new String(buf, start, end - start, StandardCharsets.UTF_8);
      if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
        first = first.substring(1);
      }
      char d = delimiter != 0 ? delimiter : CsvLine.detectDelimiter(first);
      delim = (byte) d;
      delims = (d & 0xFFL) * 0x0101_0101_0101_0101L;
      List<String> names = CsvLine.split(first, d);
      if (names == null || first.isBlank()) {
        throw new InputFileException("the header row is empty or has an unclosed quote");
      }
      List<String> header = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
      cprCol = require(header, LisColumns.CPR, d);
      weekCol = require(header, LisColumns.WEEK, d);
      benefitCol = require(header, LisColumns.BENEFIT, d);
      idCol = header.indexOf(LisColumns.CALCULATION_ID.toLowerCase(Locale.ROOT));
      reporterCol = header.indexOf(LisColumns.REPORTER_EXTERNAL_ID.toLowerCase(Locale.ROOT));
      accountCol = header.indexOf(LisColumns.POSTING_ACCOUNT.toLowerCase(Locale.ROOT));
      used = mapping != null ? mapping : NetExpenseMapping.defaultFor(header);
      int n = used.terms().size();
      amountCols = new int[n];
      amountNegative = new boolean[n];
      amountNames = new String[n];
      for (int i = 0; i < n; i++) {
        NetExpenseMapping.Term t = used.terms().get(i);
        amountCols[i] = require(header, t.column(), d);
        amountNegative[i] = t.negative();
        amountNames[i] = t.column();
      }
      maxCol = Math.max(Math.max(cprCol, weekCol), Math.max(benefitCol, Math.max(idCol, 0)));
      maxCol = Math.max(maxCol, Math.max(reporterCol, accountCol));
      for (int c : amountCols) {
        maxCol = Math.max(maxCol, c);
      }
      if (maxCol >= starts.length) {
        throw new InputFileException(
            "the columns the job reads must be among the first " + starts.length);
      }
    }

    private int require(List<String> header, String column, char d) {
      int i = header.indexOf(column.strip().toLowerCase(Locale.ROOT));
      if (i < 0) {
        throw new InputFileException(
            "no column '"
                + column
                + "' in the header "
                + Masking.mask(String.join(String.valueOf(d), header), 200)
                + " (delimiter '"
                + (d == '\t' ? "\\t" : String.valueOf(d))
                + "')");
      }
      return i;
    }

    // ---- the fast reading ----

    /** Reads a plain row; false to leave it to the careful reading. */
    private boolean fast(int start, int end) {
      int f = 0;
      int s = start;
      int i = start;
      for (; i + 8 <= end; i += 8) {
        long w = (long) LONGS.get(buf, i);
        if (zeroBytes(w ^ QUOTES) != 0) {
          return false;
        }
        long m = zeroBytes(w ^ delims);
        while (m != 0) {
          int k = i + (Long.numberOfTrailingZeros(m) >>> 3);
          m &= m - 1;
          if (f <= maxCol) {
            starts[f] = s;
            ends[f] = k;
          }
          f++;
          s = k + 1;
        }
      }
      for (; i < end; i++) {
        byte b = buf[i];
        if (b == delim) {
          if (f <= maxCol) {
            starts[f] = s;
            ends[f] = i;
          }
          f++;
          s = i + 1;
        } else if (b == '"') {
          return false;
        }
      }
      if (f <= maxCol) {
        starts[f] = s;
        ends[f] = end;
      }
      if (f < maxCol) {
        return false;
      }
      if (idCol >= 0 && !fastId(starts[idCol], ends[idCol])) {
        return false;
      }
      long cpr = fastCpr(starts[cprCol], ends[cprCol]);
      if (cpr < 0) {
        return false;
      }
      long monday = fastWeek(starts[weekCol], ends[weekCol]);
      if (monday == Long.MIN_VALUE) {
        return false;
      }
      int benefit = byBenefit ? fastBenefit(starts[benefitCol], ends[benefitCol]) : 0;
      if (benefit < 0 || (!byBenefit && !fastBenefitValid(starts[benefitCol], ends[benefitCol]))) {
        return false;
      }
      long net = 0;
      for (int a = 0; a < amountCols.length; a++) {
        long v = fastAmount(starts[amountCols[a]], ends[amountCols[a]]);
        if (v == Long.MIN_VALUE) {
          return false;
        }
        net = amountNegative[a] ? net - v : net + v;
      }
      int isMaf = fastMaf();
      if (isMaf < 0) {
        return false;
      }
      accept(cpr, benefit, monday, net, isMaf == 1);
      return true;
    }

    private boolean fastId(int from, int to) {
      int n = to - from;
      if (n < 1 || n > 18) {
        return false;
      }
      int i = from;
      for (; i + 8 <= to; i += 8) {
        if (!eightDigits((long) LONGS.get(buf, i))) {
          return false;
        }
      }
      for (; i < to; i++) {
        if (buf[i] < '0' || buf[i] > '9') {
          return false;
        }
      }
      return true;
    }

    private long fastCpr(int from, int to) {
      if (to - from != 10) {
        return -1;
      }
      long w = (long) LONGS.get(buf, from);
      int c8 = buf[from + 8] - '0';
      int c9 = buf[from + 9] - '0';
      if (!eightDigits(w) || c8 < 0 || c8 > 9 || c9 < 0 || c9 > 9) {
        return -1;
      }
      return eightDigitValue(w) * 100 + c8 * 10 + c9;
    }

    private int digit(int at) {
      int c = buf[at] - '0';
      return c >= 0 && c <= 9 ? c : -100_000;
    }

    /** The Monday's epoch day, or Long.MIN_VALUE; the dates seen are cached by their bytes. */
    private long fastWeek(int from, int to) {
      int n = to - from;
      if (n != 10 && n != 19) {
        return Long.MIN_VALUE;
      }
      long head = (long) LONGS.get(buf, from);
      int tail = (buf[from + 8] & 0xFF) | (buf[from + 9] & 0xFF) << 8;
      long h = (head ^ tail) * 0x9E3779B97F4A7C15L;
      int slot = (int) (h >>> 54);
      if (n == 10 && dateHead[slot] == head && dateTail[slot] == tail) {
        return dateDay[slot];
      }
      long day = fastWeekParse(from, to);
      if (n == 10 && day != Long.MIN_VALUE) {
        dateHead[slot] = head;
        dateTail[slot] = tail;
        dateDay[slot] = day;
      }
      return day;
    }

    private long fastWeekParse(int from, int to) {
      int n = to - from;
      if (buf[from + 4] != '-' || buf[from + 7] != '-') {
        return Long.MIN_VALUE;
      }
      int y = digit(from) * 1000 + digit(from + 1) * 100 + digit(from + 2) * 10 + digit(from + 3);
      int m = digit(from + 5) * 10 + digit(from + 6);
      int d = digit(from + 8) * 10 + digit(from + 9);
      if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
        return Long.MIN_VALUE;
      }
      if (n == 19) {
        byte t = buf[from + 10];
        if ((t != 'T' && t != ' ') || buf[from + 13] != ':' || buf[from + 16] != ':') {
          return Long.MIN_VALUE;
        }
        int hh = digit(from + 11) * 10 + digit(from + 12);
        int mm = digit(from + 14) * 10 + digit(from + 15);
        int ss = digit(from + 17) * 10 + digit(from + 18);
        if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
          return Long.MIN_VALUE;
        }
      }
      if (d > lengthOfMonth(y, m)) {
        return Long.MIN_VALUE;
      }
      long day = epochDay(y, m, d);
      if (Math.floorMod(day + 3, 7) != 0) {
        return Long.MIN_VALUE;
      }
      return day;
    }

    private boolean fastBenefitValid(int from, int to) {
      if (to - from < 1 || to - from > MAX_BENEFIT_CHARS) {
        return false;
      }
      return edgeOk(buf[from]) && edgeOk(buf[to - 1]);
    }

    /** A benefit's first and last byte: printable ASCII but blank, so strip() keeps the bytes. */
    private boolean edgeOk(byte b) {
      return b > ' ' && b < 0x7F;
    }

    private int fastBenefit(int from, int to) {
      if (!fastBenefitValid(from, to)) {
        return -1;
      }
      int h = 1;
      for (int i = from; i < to; i++) {
        h = 31 * h + buf[i];
      }
      int mask = benefitKeys.length - 1;
      int slot = (h ^ (h >>> 16)) & mask;
      while (benefitKeys[slot] != null) {
        byte[] k = benefitKeys[slot];
        if (Arrays.equals(k, 0, k.length, buf, from, to)) {
          return benefitKeyIds[slot];
        }
        slot = (slot + 1) & mask;
      }
      byte[] key = Arrays.copyOfRange(buf, from, to);
      int id = benefitId(new String(key, StandardCharsets.UTF_8));
      benefitKeys[slot] = key;
      benefitKeyIds[slot] = id;
      if (++benefitKeyCount * 2 > benefitKeys.length) {
        byte[][] oldKeys = benefitKeys;
        int[] oldIds = benefitKeyIds;
        benefitKeys = new byte[oldKeys.length * 2][];
        benefitKeyIds = new int[oldKeys.length * 2];
        int m2 = benefitKeys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
          byte[] k = oldKeys[i];
          if (k != null) {
            int hh = 1;
            for (byte b : k) {
              hh = 31 * hh + b;
            }
            int sl = (hh ^ (hh >>> 16)) & m2;
            while (benefitKeys[sl] != null) {
              sl = (sl + 1) & m2;
            }
            benefitKeys[sl] = k;
            benefitKeyIds[sl] = oldIds[i];
          }
        }
      }
      return id;
    }

    /**
     * Amount in øre, or Long.MIN_VALUE: [-]d{1,3}(.ddd)*,dd or [-]d{1,15},dd, then " kr." or not.
     */
    private long fastAmount(int from, int to) {
      if (to - from > LisValues.MAX_AMOUNT_LENGTH) {
        return Long.MIN_VALUE;
      }
      if (to - from >= 4
          && buf[to - 4] == ' '
          && buf[to - 3] == 'k'
          && buf[to - 2] == 'r'
          && buf[to - 1] == '.') {
        to -= 4;
      }
      if (to - from < 4 || buf[to - 3] != ',') {
        return Long.MIN_VALUE;
      }
      int i = from;
      boolean negative = buf[i] == '-';
      if (negative) {
        i++;
      }
      int intEnd = to - 3;
      long v = 0;
      int digits = 0;
      int group = 0;
      boolean grouped = false;
      for (; i < intEnd; i++) {
        byte b = buf[i];
        if (b >= '0' && b <= '9') {
          v = v * 10 + (b - '0');
          digits++;
          group++;
        } else if (b == '.' && group >= 1 && group <= 3 && (!grouped || group == 3)) {
          grouped = true;
          group = 0;
        } else {
          return Long.MIN_VALUE;
        }
      }
      if (digits == 0 || digits > LisValues.MAX_AMOUNT_DIGITS || (grouped && group != 3)) {
        return Long.MIN_VALUE;
      }
      int d1 = buf[to - 2] - '0';
      int d2 = buf[to - 1] - '0';
      if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
        return Long.MIN_VALUE;
      }
      long oere = v * 100 + d1 * 10 + d2;
      return negative ? -oere : oere;
    }

    /** 1 for a MAF row, 0 for another, -1 to leave it to the careful reading. */
    private int fastMaf() {
      if (reporterCol < 0 || accountCol < 0) {
        return 0;
      }
      int a = plainEquals(starts[reporterCol], ends[reporterCol], mafId);
      int b = plainEquals(starts[accountCol], ends[accountCol], mafAccount);
      if (a < 0 || b < 0) {
        return -1;
      }
      return a == 1 && b == 1 ? 1 : 0;
    }

    /**
     * 1 equal, 0 not, -1 when strip() might change the field: only its first and last byte matter
     * (a field with a byte outside ASCII cannot equal the ASCII value either way).
     */
    private int plainEquals(int from, int to, byte[] value) {
      if (Arrays.equals(buf, from, to, value, 0, value.length)) {
        return 1;
      }
      if (from == to) {
        return 0;
      }
      return edgeOk(buf[from]) && edgeOk(buf[to - 1]) ? 0 : -1;
    }

    // ---- the careful reading ----

    private void careful(String text) {
      List<String> fields = text.isEmpty() ? List.of() : CsvLine.split(text, (char) delim);
      if (fields == null) {
        reject(Problem.MALFORMED, "a quote is not closed");
        return;
      }
      if (fields.stream().allMatch(String::isBlank)) {
        reject(Problem.BLANK, "the line is blank");
        return;
      }
      if (idCol >= 0) {
        String id = field(fields, idCol);
        if (id.isEmpty() || id.length() > 18 || !asciiDigits(id)) {
          reject(
              Problem.CALCULATION_ID,
              LisColumns.CALCULATION_ID + " is not a whole number of at most 18 digits");
          return;
        }
      }
      String cprText = field(fields, cprCol);
      if (cprText.length() != 10 || !asciiDigits(cprText)) {
        reject(Problem.CITIZEN, LisColumns.CPR + " is not ten digits (without hyphen)");
        return;
      }
      LocalDate monday;
      try {
        monday = LisValues.parseWeek(field(fields, weekCol));
      } catch (LisValueException e) {
        reject(Problem.WEEK, LisColumns.WEEK + " " + e.getMessage());
        return;
      }
      String benefitText = field(fields, benefitCol);
      if (benefitText.isEmpty() || benefitText.length() > MAX_BENEFIT_CHARS) {
        reject(
            Problem.BENEFIT,
            LisColumns.BENEFIT + " is empty or longer than " + MAX_BENEFIT_CHARS + " characters");
        return;
      }
      long net = 0;
      for (int i = 0; i < amountCols.length; i++) {
        long v;
        try {
          v = LisValues.parseOere(field(fields, amountCols[i]));
        } catch (LisValueException e) {
          reject(Problem.AMOUNT, amountNames[i] + " " + e.getMessage());
          return;
        }
        net = amountNegative[i] ? net - v : net + v;
      }
      boolean isMaf =
          reporterCol >= 0
              && accountCol >= 0
              && LisValues.isMaf(field(fields, reporterCol), field(fields, accountCol));
      int benefit = byBenefit ? benefitId(benefitText) : 0;
      accept(Long.parseLong(cprText), benefit, monday.toEpochDay(), net, isMaf);
    }

    private String field(List<String> fields, int col) {
      return col < fields.size() ? fields.get(col).strip() : "";
    }

    private boolean asciiDigits(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    // ---- accounting ----

    private int benefitId(String name) {
      Integer id = benefitIds.get(name);
      if (id == null) {
        id = benefitNames.size();
        benefitNames.add(name);
        benefitIds.put(name, id);
      }
      return id;
    }

    private void reject(Problem p, String reason) {
      rejected.merge(p, 1L, Long::sum);
      if (range != null) {
        range.rejected(line, reason, p);
      } else {
        out.rejected(new BadRow(line, reason), p);
      }
    }

    private void accept(long cpr, int benefit, long monday, long net, boolean isMaf) {
      accepted++;
      if (isMaf) {
        maf++;
      }
      int slot = (int) (monday & (weekKey.length - 1));
      int info;
      if (weekKey[slot] == monday) {
        info = weekInfo[slot];
      } else {
        LocalDate m = LocalDate.ofEpochDay(monday);
        int month = m.getYear() * 12 + m.getMonthValue() - 1;
        info = (month << 1) | (LisValues.crossesMonth(m) ? 1 : 0);
        weekKey[slot] = monday;
        weekInfo[slot] = info;
      }
      if ((info & 1) != 0) {
        split++;
      }
      total.add(net);
      long hi = byCitizen ? cpr : -1;
      long period = byWeek ? monday : byMonth ? (info >> 1) : 0;
      long lo = ((byBenefit ? benefit + 1L : 0L) << 32) | (period & 0xFFFF_FFFFL);
      groups.add(hi, lo, net);
    }

    private Report report() {
      List<LisGroup> out = new ArrayList<>(groups.size);
      for (int i = 0; i < groups.hi.length; i++) {
        if (groups.count[i] == 0) {
          continue;
        }
        long hi = groups.hi[i];
        long lo = groups.lo[i];
        int benefit = (int) (lo >>> 32) - 1;
        int period = (int) lo;
        Optional<LocalDate> week =
            byWeek ? Optional.of(LocalDate.ofEpochDay(period)) : Optional.empty();
        Optional<YearMonth> month =
            byMonth
                ? Optional.of(
                    byWeek
                        ? YearMonth.from(week.orElseThrow())
                        : YearMonth.of(Math.floorDiv(period, 12), Math.floorMod(period, 12) + 1))
                : Optional.empty();
        out.add(
            new LisGroup(
                byCitizen ? Optional.of(cprText(hi)) : Optional.empty(),
                byBenefit ? Optional.of(benefitNames.get(benefit)) : Optional.empty(),
                week,
                month,
                groups.count[i],
                groups.value(i)));
      }
      out.sort(
          Comparator.comparing((LisGroup g) -> g.citizen().orElse(""))
              .thenComparing(g -> g.benefit().orElse(""))
              .thenComparing(g -> g.week().orElse(LocalDate.MIN))
              .thenComparing(g -> g.month().orElse(YearMonth.of(0, 1))));
      long r = rejected.values().stream().mapToLong(Long::longValue).sum();
      Summary s =
          new Summary(
              read,
              accepted,
              r,
              rejected,
              maf,
              split,
              byCitizen ? out.size() == 0 ? 0 : countCitizens(out) : -1,
              used,
              total.value());
      return new Report(s, dimensions, out);
    }

    private long countCitizens(List<LisGroup> sorted) {
      long n = 0;
      String last = null;
      for (LisGroup g : sorted) {
        String c = g.citizen().orElseThrow();
        if (!c.equals(last)) {
          n++;
          last = c;
        }
      }
      return n;
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
  private static final long QUOTES = 0x2222_2222_2222_2222L;
  private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;

  /** 0x80 in every byte of x that is zero, 0 in every other; exact (no false positives). */
  static long zeroBytes(long x) {
    long y = (x & LOW7) + LOW7;
    return ~(y | x | LOW7);
  }

  /** Tells whether all eight bytes of a little-endian word are ASCII digits. */
  static boolean eightDigits(long w) {
    return (((w + 0x4646_4646_4646_4646L) | (w - 0x3030_3030_3030_3030L)) & 0x8080_8080_8080_8080L)
        == 0;
  }

  /** The number the eight ASCII digits of a little-endian word write (first byte first). */
  static long eightDigitValue(long w) {
    long v = w - 0x3030_3030_3030_3030L;
    v = (v * 10 + (v >>> 8)) & 0x00FF_00FF_00FF_00FFL;
    v = (v * 100 + (v >>> 16)) & 0x0000_FFFF_0000_FFFFL;
    return (v * 10_000 + (v >>> 32)) & 0xFFFF_FFFFL;
  }

  static String cprText(long cpr) {
    String s = Long.toString(cpr);
    return "0".repeat(10 - s.length()) + s;
  }

  static int lengthOfMonth(int y, int m) {
    return switch (m) {
      case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /**
   * Days since 1970-01-01 of a valid proleptic Gregorian date (as {@link LocalDate#toEpochDay}).
   */
  static long epochDay(int y, int m, int d) {
    long yy = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /** An exact sum in øre: a long while it fits, then a BigDecimal. */
  static final class Sum {
    private long oere;
    private @Nullable BigDecimal spill;

    void add(long v) {
      long r = oere + v;
      if (((oere ^ r) & (v ^ r)) < 0) {
        spill = (spill == null ? BigDecimal.ZERO : spill).add(BigDecimal.valueOf(oere));
        r = v;
      }
      oere = r;
    }

    void addAll(Sum o) {
      add(o.oere);
      if (o.spill != null) {
        spill = (spill == null ? BigDecimal.ZERO : spill).add(o.spill);
      }
    }

    BigDecimal value() {
      BigDecimal o = BigDecimal.valueOf(oere);
      return (spill == null ? o : spill.add(o)).movePointLeft(2).setScale(2);
    }
  }

  /** Open addressing on (hi, lo) with exact sums. */
  static final class GroupTable {
    long[] hi = new long[1024];
    long[] lo = new long[1024];
    long[] sum = new long[1024];
    long[] count = new long[1024];
    @Nullable BigDecimal[] spill = new BigDecimal[1024];
    int size;

    private int last = -1;

    void add(long h, long l, long v) {
      int at = last;
      if (at >= 0 && hi[at] == h && lo[at] == l) { // the same group as the row before
        long s = sum[at];
        long r = s + v;
        if (((s ^ r) & (v ^ r)) >= 0) {
          sum[at] = r;
          count[at]++;
          return;
        }
      }
      int mask = hi.length - 1;
      long x = h * 0x9E3779B97F4A7C15L + l * 0xC2B2AE3D27D4EB4FL;
      int slot = (int) (x ^ (x >>> 29)) & mask;
      while (count[slot] != 0) {
        if (hi[slot] == h && lo[slot] == l) {
          long s = sum[slot];
          long r = s + v;
          if (((s ^ r) & (v ^ r)) < 0) {
            BigDecimal b = spill[slot];
            spill[slot] = (b == null ? BigDecimal.ZERO : b).add(BigDecimal.valueOf(s));
            r = v;
          }
          sum[slot] = r;
          count[slot]++;
          last = slot;
          return;
        }
        slot = (slot + 1) & mask;
      }
      hi[slot] = h;
      lo[slot] = l;
      sum[slot] = v;
      count[slot] = 1;
      last = slot;
      if (++size * 2 > hi.length) {
        grow();
        last = -1;
      }
    }

    /** Adds a group of another table: its sum, count and spill. */
    void addAll(long h, long l, long v, long c, @Nullable BigDecimal extra) {
      last = -1;
      int mask = hi.length - 1;
      long x = h * 0x9E3779B97F4A7C15L + l * 0xC2B2AE3D27D4EB4FL;
      int slot = (int) (x ^ (x >>> 29)) & mask;
      while (count[slot] != 0) {
        if (hi[slot] == h && lo[slot] == l) {
          long s = sum[slot];
          long r = s + v;
          if (((s ^ r) & (v ^ r)) < 0) {
            BigDecimal b = spill[slot];
            spill[slot] = (b == null ? BigDecimal.ZERO : b).add(BigDecimal.valueOf(s));
            r = v;
          }
          sum[slot] = r;
          count[slot] += c;
          if (extra != null) {
            BigDecimal b = spill[slot];
            spill[slot] = b == null ? extra : b.add(extra);
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
      hi[slot] = h;
      lo[slot] = l;
      sum[slot] = v;
      count[slot] = c;
      spill[slot] = extra;
      if (++size * 2 > hi.length) {
        grow();
      }
    }

    BigDecimal value(int i) {
      BigDecimal o = BigDecimal.valueOf(sum[i]);
      BigDecimal b = spill[i];
      return (b == null ? o : b.add(o)).movePointLeft(2).setScale(2);
    }

    private void grow() {
      long[] oh = hi;
      long[] ol = lo;
      long[] os = sum;
      long[] oc = count;
      BigDecimal[] ob = spill;
      int n = oh.length * 2;
      hi = new long[n];
      lo = new long[n];
      sum = new long[n];
      count = new long[n];
      spill = new BigDecimal[n];
      int mask = n - 1;
      for (int i = 0; i < oh.length; i++) {
        if (oc[i] == 0) {
          continue;
        }
        long x = oh[i] * 0x9E3779B97F4A7C15L + ol[i] * 0xC2B2AE3D27D4EB4FL;
        int slot = (int) (x ^ (x >>> 29)) & mask;
        while (count[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        hi[slot] = oh[i];
        lo[slot] = ol[i];
        sum[slot] = os[i];
        count[slot] = oc[i];
        spill[slot] = ob[i];
      }
    }
  }
}
