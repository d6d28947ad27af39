/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.csv.CsvLine;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.DreamCalendar;
import dk.dfdgrules.rules.dream.KeyFigureAccumulator;
import dk.dfdgrules.rules.dream.KeyFigureDefinition;
import dk.dfdgrules.rules.dream.PeriodGrid;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.rules.dream.PriorityTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The key-figure job: reads a DREAM file — wide (STAR's file: a key column and {@code y_YYWW}
 * columns) or long (the DSA {@code y} table: person, week, code) — as a stream, one person at a
 * time, on several threads, and counts for every week t (and month, quarter, year) the distinct
 * persons per benefit group, receiver status and group 52 weeks later (DRM-4 … DRM-8).
 *
 * <p>Memory is a few blocks of the file plus the counts, independent of the number of columns; long
 * input must be sorted by person (the {@code visit} table too), or read {@linkplain
 * Builder#inMemory(boolean) in memory}. A wide file's person keys are checked for repeats (DRM-7: a
 * person counts once in a cell) in a set of 64-bit codes — 17 MB per million persons, 67 MB for the
 * whole country (see {@code KeySet}) — so a million-person file runs in {@code -Xmx256m}. Each bad
 * row is reported to the {@linkplain Builder#rejects(Consumer) reject listener} with its file, line
 * number and reason — never the person key — and skipped; a {@link ReadSummary} per file accounts
 * for every row. A file that cannot be read at all throws {@link DreamInputException}.
 *
 * <p>Weekly counts take fused kernels: for a wide file, one pass per row that parses, groups and
 * counts; for a long file, work proportional to a person's rows, not to the weeks of the data.
 * Months, quarters and years of a wide file parse each row straight into groups and follow-ups.
 *
 * <p>Any failure that is not the input's — an {@link OutOfMemoryError} above all, or a bug — in any
 * of the job's threads ends the whole job promptly with a {@link DreamJobFailedException} (which
 * estimates the heap the job needs); no thread is left waiting.
 *
 * <p>Reads an {@link InputStream} the caller opened; no file system, no clock. Long input needs the
 * data's week range ({@link Builder#dataWeeks}); {@link #scanWeekRange} finds it in a first pass.
 *
 * <p><b>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is
 * not comparable with other data sources (FLIS-DREAM §2).</b>
 */
public final class KeyFigureJob {

  /** The accepted names of the person key column, in preference order. */
  public static final List<String> DEFAULT_KEY_COLUMNS =
      List.of("cpr", "lobenr", "pnr", "person", "personid");

  /** The accepted names of the week column of a long file. */
  public static final List<String> DEFAULT_WEEK_COLUMNS =
      List.of("uge", "week", "aaruge", "aar_uge", "periode", "tid");

  /** The accepted names of the code column of a long file. */
  public static final List<String> DEFAULT_CODE_COLUMNS =
      List.of("y", "ydelse", "ydelseskode", "kode", "code");

  /** The accepted names of the quarter column of the DSA {@code visit} table. */
  public static final List<String> DEFAULT_QUARTER_COLUMNS = VisitReader.DEFAULT_QUARTER_COLUMNS;

  /** The accepted names of the category column of the DSA {@code visit} table. */
  public static final List<String> DEFAULT_CATEGORY_COLUMNS = VisitReader.DEFAULT_CATEGORY_COLUMNS;

  /**
   * The most worker threads a job runs ({@value}): each holds three blocks (4 MiB each by default)
   * and its own counts for every week, so thousands of threads would exhaust the heap before
   * reading a row.
   */
  public static final int MAX_THREADS = 64;

  /**
   * The last week of a data range: 2089-W52, the last week a DREAM column {@code y_YYWW} can name
   * (its two-digit years cover 1990–2089). A range starts at {@link DreamCalendar#FIRST_WEEK}
   * (1991-W32) at the earliest, so it holds at most about 5,100 weeks, whose counts fit a heap.
   */
  public static final IsoWeek LAST_DATA_WEEK = IsoWeek.of(2089, 52);

  private final PeriodType period;
  private final Optional<IsoWeek> from;
  private final Optional<IsoWeek> to;
  private final BenefitCodeTable table;
  private final PriorityTable priority;
  private final KeyFigureDefinition definition;
  private final int threads;
  private final int blockSize;
  private final List<String> keyColumns;
  private final List<String> weekColumns;
  private final List<String> codeColumns;
  private final List<String> quarterColumns;
  private final List<String> categoryColumns;
  private final Optional<IsoWeek> dataFirst;
  private final Optional<IsoWeek> dataLast;
  private final boolean inMemory;
  private final Consumer<RejectedRow> rejects;
  private final LongConsumer progress;
  private final boolean fusedKernel;
  private final boolean strictCodes;
  private final @Nullable LongConsumer beforeBlock;

  private KeyFigureJob(Builder b) {
    this.fusedKernel = b.fusedKernel;
    this.strictCodes = b.strictCodes;
    this.beforeBlock = b.beforeBlock;
    this.period = b.period;
    this.from = b.from;
    this.to = b.to;
    this.table = b.table;
    this.priority = b.priority == null ? PriorityTable.reconstructedDefault(b.table) : b.priority;
    this.definition = b.definition;
    this.threads = b.threads;
    this.blockSize = b.blockSize;
    this.keyColumns = b.keyColumns;
    this.weekColumns = b.weekColumns;
    this.codeColumns = b.codeColumns;
    this.quarterColumns = b.quarterColumns;
    this.categoryColumns = b.categoryColumns;
    this.dataFirst = b.dataFirst;
    this.dataLast = b.dataLast;
    this.inMemory = b.inMemory;
    this.rejects = b.rejects;
    this.progress = b.progress;
  }

  /**
   * Starts a job: weekly counts over the whole data with the standard tables, on every core.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A CSV header row and the bytes read after it. */
  record Header(List<String> fields, char delim, byte[] rest, int restLen) {}

  /**
   * The longest header read (4 MiB): STAR's file has ≈ 1,700 columns, some 20 KB; a first line
   * longer than this is no DREAM header, and is not read further.
   */
  static final int MAX_HEADER = 4 << 20;

  static Header readHeader(InputStream in, int blockSize) throws IOException {
    byte[] buf = new byte[Math.max(Math.min(blockSize, MAX_HEADER), 1 << 16)];
    int len = 0;
    int nl = -1;
    while (true) {
      for (int i = Math.max(0, len - 1); i < len && nl < 0; i++) {
        if (buf[i] == '\n') {
          nl = i;
        }
      }
      if (nl >= 0) {
        break;
      }
      if (len == buf.length) {
        if (buf.length >= MAX_HEADER) {
          throw new DreamInputException(
              "line 1 is not a DREAM header (no line end in its first "
                  + (MAX_HEADER >> 20)
                  + " MiB"
                  + binaryNote(buf, len)
                  + ")");
        }
        buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_HEADER));
      }
      int r = in.read(buf, len, buf.length - len);
      if (r < 0) {
        break;
      }
      for (int i = len; i < len + r && nl < 0; i++) {
        if (buf[i] == '\n') {
          nl = i;
        }
      }
      len += r;
    }
    if (len == 0) {
      throw new DreamInputException("the input is empty: no header row");
    }
    int headerEnd = nl < 0 ? len : nl;
    int start = 0;
    if (headerEnd >= 3
        && (buf[0] & 0xff) == 0xEF
        && (buf[1] & 0xff) == 0xBB
        && (buf[2] & 0xff) == 0xBF) {
      start = 3;
    }
    int stop = headerEnd > start && buf[headerEnd - 1] == '\r' ? headerEnd - 1 : headerEnd;
    String header = new String(buf, start, stop - start, StandardCharsets.UTF_8);
    if (header.isBlank()) {
      throw new DreamInputException("line 1: the header row is empty");
    }
    String binary = binaryNote(buf, headerEnd);
    if (!binary.isEmpty()) {
      throw new DreamInputException(
          "line 1 is not a DREAM header (" + headerEnd + " bytes" + binary + ")");
    }
    if (header.indexOf(',') < 0 && header.indexOf(';') < 0 && header.indexOf('\t') < 0) {
      throw new DreamInputException(
          "line 1 is not a DREAM header ("
              + headerEnd
              + " bytes, no separator: a comma, semicolon or tab)");
    }
    char delim = CsvLine.detectDelimiter(header);
    List<String> fields = CsvLine.split(header, delim);
    if (fields == null) {
      throw new DreamInputException("line 1: a quote in the header is not closed");
    }
    int restStart = nl < 0 ? len : nl + 1;
    byte[] rest = java.util.Arrays.copyOfRange(buf, restStart, Math.max(restStart, len));
    return new Header(fields, delim, rest, rest.length);
  }

  /**
   * Says, for an error message, that bytes look binary: a NUL or another control character other
   * than tab, CR and LF, or bytes that are not UTF-8. Looks at the first 64 KiB only.
   *
   * @return {@code ", binary data"}, or empty
   */
  private static String binaryNote(byte[] b, int len) {
    int n = Math.min(len, 1 << 16);
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f) {
        return ", binary data";
      }
    }
    java.nio.charset.CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    try {
      // a multi-byte character cut at the 64 KiB mark is not an error
      d.decode(java.nio.ByteBuffer.wrap(b, 0, n == len ? n : Math.max(0, n - 4)));
      return "";
    } catch (java.nio.charset.CharacterCodingException e) {
      return ", not UTF-8 text";
    }
  }

  /**
   * Runs the job.
   *
   * @param in the DREAM file, wide or long (told apart by the header)
   * @return the counts and the summary
   * @throws DreamInputException if the input is empty, has no recognisable header, or is long and
   *     not sorted by person (unless read in memory)
   * @throws UncheckedIOException if reading fails
   * @throws DreamJobFailedException if anything else stops the job, such as an exhausted heap
   */
  public KeyFigureReport run(InputStream in) {
    return run(in, null);
  }

  /**
   * Runs the job on a long file (the DSA {@code y} table) with the DSA {@code visit} table beside
   * it (person, quarter, visitation category; FLIS-DREAM §9.2): each quarter's category is placed
   * on the weeks whose Thursday falls in it (DRM-2) and decides job-ready versus activity-ready
   * (DRM-4, {@link dk.dfdgrules.rules.dream.BenefitGroupRule#byVisitation}). Both tables sorted by
   * person, read in step — or both {@linkplain Builder#inMemory(boolean) in memory}, in any order.
   * A person in only one of the tables is counted: without visitation, or with every week blank.
   *
   * @param in the long DREAM file
   * @param visit the visit table, or null
   * @return the counts, the summary of each file
   * @throws DreamInputException as {@link #run(InputStream)}; also if the visit table has no
   *     recognisable header, is not sorted by person (unless read in memory), or comes with a wide
   *     file (whose visitation is in its {@code visit…} columns)
   * @throws UncheckedIOException if reading fails
   * @throws DreamJobFailedException if anything else stops the job, such as an exhausted heap
   */
  public KeyFigureReport run(InputStream in, @Nullable InputStream visit) {
    MemoryUse memory = new MemoryUse();
    try {
      return run(in, visit, memory);
    } catch (DreamJobFailedException e) {
      throw memory.failure(requireNonNull(e.getCause()));
    } catch (OutOfMemoryError e) { // outside the pipeline's threads: reading the header, merging
      throw memory.failure(e);
    }
  }

  /**
   * What a run holds in memory, filled in as the run learns it, for the estimate of a {@link
   * DreamJobFailedException}.
   */
  private final class MemoryUse {
    long fixedBytes = 2L * Math.max(blockSize, 1 << 16); // the header's buffer, a first block
    DreamJobFailedException.PersonMemory persons = DreamJobFailedException.PersonMemory.NONE;
    LongSupplier personsRead = () -> 0;
    int weeks;
    @Nullable BlockPipeline pipeline;

    /** Blocks and counts, once the layout is known. */
    void plan(int weeks, int threads, int buffers) {
      this.weeks = weeks;
      // per thread an accumulator and a kernel's counts; the merged total, the correction and the
      // report's copies besides: 323 int counters per week each, and the groups' and statuses'
      long counts = (long) weeks * (KeyFigureAccumulator.pairsPerWeek() + 64) * 4;
      fixedBytes =
          (long) buffers * blockSize + Math.max(blockSize, 1 << 16) + (2L * threads + 4) * counts;
    }

    DreamJobFailedException failure(Throwable cause) {
      BlockPipeline p = pipeline;
      return new DreamJobFailedException(
          cause,
          p == null ? 0 : p.bytesRead(),
          personsRead.getAsLong(),
          fixedBytes,
          persons,
          weeks);
    }
  }

  private KeyFigureReport run(InputStream in, @Nullable InputStream visit, MemoryUse memory) {
    try {
      Header h = readHeader(in, blockSize);
      if (WideLayout.isWide(h.fields())) {
        if (visit != null) {
          throw new DreamInputException(
              "a visit table goes with a long file; a wide file carries its visit columns");
        }
        return runWide(in, h, memory);
      }
      int[] cols = LongLayout.columns(h.fields(), List.of(keyColumns, weekColumns, codeColumns));
      if (cols == null) {
        throw new DreamInputException(
            "line 1: neither a wide DREAM header (a key column and y_YYWW columns) nor a long one"
                + " (columns "
                + keyColumns
                + ", "
                + weekColumns
                + ", "
                + codeColumns
                + ")");
      }
      return runLong(in, h, cols, visit, memory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the DREAM input: " + e.getMessage(), e);
    }
  }

  private PeriodGrid grid(IsoWeek first, IsoWeek last) {
    IsoWeek f = from.filter(w -> w.isAfter(first)).orElse(first);
    IsoWeek l = to.filter(w -> w.isBefore(last)).orElse(last);
    if (l.isBefore(f)) {
      l = f.plusWeeks(-1);
    }
    return PeriodGrid.of(period, first, f, l);
  }

  private final class Counting implements Consumer<RejectedRow> {
    final Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);

    @Override
    public void accept(RejectedRow r) {
      if (r.table() == RejectedRow.Table.MAIN) {
        byReason.merge(r.reason(), 1L, Long::sum);
      }
      rejects.accept(r);
    }
  }

  private KeyFigureReport runWide(InputStream in, Header h, MemoryUse memory) {
    WideLayout layout = WideLayout.of(h.fields(), h.delim(), keyColumns);
    memory.plan(layout.weeks, threads, BlockPipeline.buffers(threads, true));
    GroupTables tables = new GroupTables(table, priority, !strictCodes);
    PeriodGrid grid = grid(layout.dataFirst, layout.lastWeek());
    List<KeyFigureAccumulator> accs = new ArrayList<>();
    List<BlockPipeline.Worker> workers = new ArrayList<>();
    boolean suits = fusedKernel && WeeklyWideCounter.suits(layout);
    boolean fused = suits && period == PeriodType.WEEK;
    for (int i = 0; i < threads; i++) {
      KeyFigureAccumulator acc = new KeyFigureAccumulator(grid);
      accs.add(acc);
      workers.add(
          fused
              ? new WeeklyWideCounter(layout, tables, grid)
              : suits
                  ? new PeriodWideCounter(layout, tables, acc)
                  : new WideParser(
                      layout,
                      tables,
                      new CountingHandler(acc, tables, layout.weeks, layout.quarterOfWeek)));
    }
    Counting counting = new Counting();
    BlockPipeline p = pipeline(threads, WideSplit::cut, counting, memory);
    KeyFigureAccumulator correction = new KeyFigureAccumulator(grid);
    Duplicates duplicates = new Duplicates(layout, tables, correction);
    p.releaser(duplicates);
    memory.persons = DreamJobFailedException.PersonMemory.KEY_SET;
    memory.personsRead = duplicates.seen::size;
    long bytes = p.run(in, h.rest(), h.restLen(), workers) + h.restLen();
    if (fused) {
      for (int i = 0; i < threads; i++) {
        ((WeeklyWideCounter) workers.get(i)).addTo(accs.get(i));
      }
    }
    accs.add(correction);
    KeyFigureAccumulator total = merge(grid, accs);
    UnlistedCounter unlisted = new UnlistedCounter();
    for (BlockPipeline.Worker w : workers) {
      unlisted.merge(((WideRowWorker) w).unlisted(), 1);
    }
    unlisted.merge(duplicates.undo.unlisted(), -1); // a repeated key's row is not used
    ReadSummary summary =
        new ReadSummary(
            p.lines(),
            p.used(),
            p.rejected(),
            total.persons(),
            0,
            bytes,
            counting.byReason,
            unlisted.toList(tables));
    return new KeyFigureReport(
        total.toKeyFigures(definition),
        summary,
        "wide",
        layout.dataFirst,
        layout.lastWeek(),
        table.version(),
        priority.name(),
        Optional.empty());
  }

  /**
   * Finds, in file order, the rows of a wide file whose person key an earlier row has (DRM-7: a
   * person counts once in a cell): each is rejected ({@link RejectReason#DUPLICATE_KEY}, its line
   * number, never the key) and what its worker counted is taken out again — the row read once more
   * from its block, still in memory, into a correction that is added to the counts.
   */
  private static final class Duplicates implements BlockPipeline.Releaser {
    final KeySet seen = new KeySet();
    final WideParser undo;

    Duplicates(WideLayout layout, GroupTables tables, KeyFigureAccumulator correction) {
      this.undo =
          new WideParser(
              layout,
              tables,
              new CountingHandler(correction, tables, layout.weeks, layout.quarterOfWeek)
                  .removing());
    }

    @Override
    public void release(byte[] buf, int len, BlockPipeline.BlockResult r) {
      boolean found = false;
      for (int i = 0; i < r.keys; i++) {
        if (!seen.add(r.keyCodes[i], r.keyChecks[i])) {
          found = true;
          r.rejects.add(new RejectedRow(r.keyLines[i], RejectReason.DUPLICATE_KEY, ""));
          r.used--;
          int start = r.keyStarts[i];
          int end = start;
          while (end < len && buf[end] != '\n') {
            end++;
          }
          undo.processLine(buf, start, Math.min(end + 1, len));
        }
      }
      if (found) {
        r.rejects.sort(java.util.Comparator.comparingLong(RejectedRow::line));
      }
    }
  }

  private static KeyFigureAccumulator merge(PeriodGrid grid, List<KeyFigureAccumulator> accs) {
    KeyFigureAccumulator total = new KeyFigureAccumulator(grid);
    for (KeyFigureAccumulator a : accs) {
      total.merge(a);
    }
    return total;
  }

  private BlockPipeline pipeline(
      int n, BlockPipeline.Splitter split, Consumer<RejectedRow> counting, MemoryUse memory) {
    BlockPipeline p = new BlockPipeline(n, blockSize, 2, split, counting, progress);
    if (beforeBlock != null) {
      p.beforeBlock(beforeBlock);
    }
    memory.pipeline = p;
    return p;
  }

  private KeyFigureReport runLong(
      InputStream in, Header h, int[] cols, @Nullable InputStream visitIn, MemoryUse memory) {
    if (dataFirst.isEmpty() || dataLast.isEmpty()) {
      throw new DreamInputException(
          "a long DREAM file needs the data's first and last week (scan it first)");
    }
    LongLayout layout =
        new LongLayout(
            h.delim(),
            h.fields().size(),
            cols[0],
            cols[1],
            cols[2],
            dataFirst.get(),
            dataLast.get());
    GroupTables tables = new GroupTables(table, priority, !strictCodes);
    PeriodGrid grid = grid(layout.dataFirst, layout.lastWeek());
    Counting counting = new Counting();
    VisitReader visits =
        visitIn == null
            ? null
            : new VisitReader(
                visitIn,
                List.of(keyColumns, quarterColumns, categoryColumns),
                layout.firstQuarter,
                layout.quarters);
    Map<String, byte[]> visitMap = null;
    if (visits != null && inMemory) {
      List<RejectedRow> vr = new ArrayList<>();
      visitMap = visits.inMemory().readAll(vr);
      vr.forEach(counting);
    }
    int n = inMemory ? 1 : threads;
    memory.plan(layout.weeks, n, BlockPipeline.buffers(n, false));
    boolean fused = fusedKernel && !inMemory && period == PeriodType.WEEK;
    Map<String, short[]> map = inMemory ? LongParser.newMap() : null;
    if (map != null) {
      memory.persons = DreamJobFailedException.PersonMemory.IN_MEMORY;
      memory.personsRead = map::size;
    }
    List<KeyFigureAccumulator> accs = new ArrayList<>();
    List<WeeklyLongCounter> counters = new ArrayList<>();
    List<LongParser> workers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      KeyFigureAccumulator acc = new KeyFigureAccumulator(grid);
      accs.add(acc);
      if (fused) {
        WeeklyLongCounter c = new WeeklyLongCounter(layout, tables, grid);
        counters.add(c);
        workers.add(new LongParser(layout, tables, null, c, null));
      } else {
        workers.add(
            new LongParser(
                layout,
                tables,
                new CountingHandler(acc, tables, layout.weeks, layout.quarterOfWeek),
                null,
                map));
      }
    }
    BlockPipeline.Splitter split =
        inMemory ? WideSplit::cut : (b, len) -> LongSplit.cut(b, len, layout.keyCol, layout.delim);
    BlockPipeline p = pipeline(n, split, counting, memory);
    if (visits != null && !inMemory) {
      p.attacher(new VisitAttacher(visits, layout, tables));
    }
    long bytes = p.run(in, h.rest(), h.restLen(), workers) + h.restLen();
    if (inMemory) {
      workers.get(0).flushMap(visitMap);
    }
    for (int i = 0; i < counters.size(); i++) {
      counters.get(i).addTo(accs.get(i));
    }
    long merged = workers.stream().mapToLong(w -> w.merged).sum();
    KeyFigureAccumulator total = merge(grid, accs);
    UnlistedCounter unlisted = new UnlistedCounter();
    workers.forEach(w -> unlisted.merge(w.unlisted(), 1));
    ReadSummary summary =
        new ReadSummary(
            p.lines(),
            p.used(),
            p.rejected(),
            total.persons(),
            merged,
            bytes,
            counting.byReason,
            unlisted.toList(tables));
    return new KeyFigureReport(
        total.toKeyFigures(definition),
        summary,
        "long",
        layout.dataFirst,
        layout.lastWeek(),
        table.version(),
        priority.name(),
        visits == null ? Optional.empty() : Optional.of(visits.summary()));
  }

  /**
   * Gives each block of the {@code y} table the visit rows of its persons: those up to the key of
   * the block's last valid row (a rejected row's key says nothing), found by reading the block's
   * last lines as the parser does.
   */
  private static final class VisitAttacher implements BlockPipeline.Attacher {
    private final VisitReader visits;
    private final LongParser probe;
    private final LongLayout layout;
    private byte[] line = new byte[256];

    VisitAttacher(VisitReader visits, LongLayout layout, GroupTables tables) {
      this.visits = visits;
      this.layout = layout;
      this.probe = new LongParser(layout, tables, (kb, ko, kl, c, v, hv) -> true, null, null);
    }

    @Override
    public @Nullable Object attach(byte @Nullable [] buf, int len) {
      if (buf == null) {
        return visits.readUpTo(null, 0);
      }
      int end = len;
      while (end > 0) {
        int start = end - 1;
        while (start > 0 && buf[start - 1] != '\n') {
          start--;
        }
        int l = end - start;
        if (line.length < l) {
          line = new byte[Math.max(l, line.length * 2)];
        }
        System.arraycopy(buf, start, line, 0, l);
        BlockPipeline.BlockResult r = probe.process(line, l, null);
        if (r.used == 1 && r.lastKey != null) {
          return visits.readUpTo(r.lastKey, r.lastKey.length);
        }
        end = start;
      }
      return new VisitChunk(layout.quarters);
    }
  }

  /**
   * Finds the first and last week of a long DREAM file's data (a first pass over the week column),
   * by the rule of {@link DataRange}: a stray row far from the rest does not move them.
   *
   * @param in the long file
   * @param weekColumns the accepted names of the week column
   * @return the first and last week, or empty when no row has a valid week
   * @throws DreamInputException if the input is empty or has no week column
   */
  public static Optional<IsoWeek[]> scanWeekRange(InputStream in, List<String> weekColumns) {
    return scanDataRange(in, weekColumns).map(r -> new IsoWeek[] {r.first(), r.last()});
  }

  /**
   * Finds a long DREAM file's data range (a first pass over the week column): the first and last
   * week with at least {@value DataRange#SHARE_PERCENT} % of the busiest week's rows ({@link
   * DataRange}). Memory: one count per week of 1900–2099; time: one pass.
   *
   * @param in the long file
   * @param weekColumns the accepted names of the week column
   * @return the range, or empty when no row has a valid week
   * @throws DreamInputException if the input is empty or has no week column
   */
  public static Optional<DataRange> scanDataRange(InputStream in, List<String> weekColumns) {
    try {
      Header h = readHeader(in, 1 << 20);
      int weekCol = -1;
      for (int c = 0; c < h.fields().size() && weekCol < 0; c++) {
        if (weekColumns.contains(h.fields().get(c).strip().toLowerCase(java.util.Locale.ROOT))) {
          weekCol = c;
        }
      }
      if (weekCol < 0) {
        throw new DreamInputException(
            "line 1: no week column (expected one of " + weekColumns + ")");
      }
      LongLayout probe =
          new LongLayout(
              h.delim(),
              h.fields().size(),
              0,
              weekCol,
              0,
              IsoWeek.of(2000, 1),
              IsoWeek.of(2000, 1));
      long base = probe.week1Epoch[0];
      int span = (int) (IsoWeek.of(probe.baseYear + probe.week1Epoch.length, 1).epochWeek() - base);
      long[] rows = new long[span];
      final int wc = weekCol;
      scanLines(
          in,
          h.rest(),
          (b, s, e) -> {
            int[] f = LongParser.keyOf(b, s, e, wc, probe.delim);
            long w = probe.parseWeek(b, f[0], f[1]);
            if (w != Long.MIN_VALUE) {
              rows[(int) (w - base)]++;
            }
          });
      return range(rows, base);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the DREAM input: " + e.getMessage(), e);
    }
  }

  /** The rule of {@link DataRange} over rows per week (index 0 = epoch week {@code base}). */
  static Optional<DataRange> range(long[] rows, long base) {
    int lo = -1;
    int hi = -1;
    long max = 0;
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] > 0) {
        lo = lo < 0 ? i : lo;
        hi = i;
        max = Math.max(max, rows[i]);
      }
    }
    if (lo < 0) {
      return Optional.empty();
    }
    long threshold = Math.max(1, (max * DataRange.SHARE_PERCENT + 99) / 100);
    int first = lo;
    while (rows[first] < threshold) {
      first++;
    }
    int last = hi;
    while (rows[last] < threshold) {
      last--;
    }
    long before = 0;
    for (int i = lo; i < first; i++) {
      before += rows[i];
    }
    long after = 0;
    for (int i = last + 1; i <= hi; i++) {
      after += rows[i];
    }
    return Optional.of(
        new DataRange(
            IsoWeek.ofEpochWeek(base + first),
            IsoWeek.ofEpochWeek(base + last),
            IsoWeek.ofEpochWeek(base + lo),
            IsoWeek.ofEpochWeek(base + hi),
            threshold,
            max,
            before,
            after));
  }

  private interface LineVisitor {
    void line(byte[] b, int start, int end);
  }

  private static void scanLines(InputStream in, byte[] initial, LineVisitor v) throws IOException {
    byte[] buf = new byte[Math.max(1 << 20, initial.length)];
    System.arraycopy(initial, 0, buf, 0, initial.length);
    int len = initial.length;
    boolean eof = false;
    while (true) {
      while (!eof && len < buf.length) {
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
          eof = true;
        } else {
          len += r;
        }
      }
      int pos = 0;
      int lastEnd = 0;
      for (int i = 0; i < len; i++) {
        if (buf[i] == '\n') {
          v.line(buf, pos, i);
          pos = i + 1;
          lastEnd = pos;
        }
      }
      if (eof) {
        if (lastEnd < len) {
          v.line(buf, lastEnd, len);
        }
        return;
      }
      if (lastEnd == 0) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        continue;
      }
      System.arraycopy(buf, lastEnd, buf, 0, len - lastEnd);
      len -= lastEnd;
    }
  }

  /** Builds a {@link KeyFigureJob}. */
  public static final class Builder {
    private PeriodType period = PeriodType.WEEK;
    private Optional<IsoWeek> from = Optional.empty();
    private Optional<IsoWeek> to = Optional.empty();
    private BenefitCodeTable table = BenefitCodeTable.standard();
    private PriorityTable priority;
    private KeyFigureDefinition definition = KeyFigureDefinition.standard();
    private int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    private int blockSize = 4 << 20;
    private List<String> keyColumns = DEFAULT_KEY_COLUMNS;
    private List<String> weekColumns = DEFAULT_WEEK_COLUMNS;
    private List<String> codeColumns = DEFAULT_CODE_COLUMNS;
    private List<String> quarterColumns = DEFAULT_QUARTER_COLUMNS;
    private List<String> categoryColumns = DEFAULT_CATEGORY_COLUMNS;
    private Optional<IsoWeek> dataFirst = Optional.empty();
    private Optional<IsoWeek> dataLast = Optional.empty();
    private boolean inMemory;
    private Consumer<RejectedRow> rejects = r -> {};
    private LongConsumer progress = b -> {};
    private boolean fusedKernel = true;
    private boolean strictCodes;
    private @Nullable LongConsumer beforeBlock;

    private Builder() {}

    /**
     * What a well-formed code that the {@linkplain #codeTable code table} does not list does to its
     * row (default lenient, false).
     *
     * <p>Lenient: the row is used and the code counted in the group its DRM-4 range gives ({@link
     * BenefitCodeTable#groupOrRange(int)}: 131 → "Kontanthjælp - (Jobparate)", 891 →
     * "Sygedagpenge", 000 and codes of no range → "Anden ydelse"); each such code is reported once
     * in {@link ReadSummary#unlistedCodes()} with its cells and persons. <em>Interpretation</em>
     * (spec, "Processing DREAM files"): older and newer vejledninger have codes appendix 2 does not
     * list, and DRM-4's table gives them a group. Strict: the row is rejected ({@link
     * RejectReason#UNKNOWN_CODE}) as before, 000 included. Either way a cell that is neither blank
     * nor three digits rejects its row ({@link RejectReason#MALFORMED_CODE}).
     *
     * @param strict true to reject rows with unlisted codes
     * @return this builder
     */
    public Builder strictCodes(boolean strict) {
      this.strictCodes = strict;
      return this;
    }

    /**
     * A hook called on a worker thread before each block, with the block's number: the tests' seam
     * to make a worker fail. Package-private, for the tests only.
     *
     * @param hook the hook
     * @return this builder
     */
    Builder beforeBlock(LongConsumer hook) {
      this.beforeBlock = requireNonNull(hook, "hook");
      return this;
    }

    /**
     * Whether the fused kernels may be used (default true): for a wide file whose weekly columns
     * are contiguous, in week order and without visitation columns, one pass per row that parses
     * and counts (weeks) or parses straight into groups and follow-ups (months, quarters, years);
     * for weekly counts of a long file read in step (not in memory), work proportional to a
     * person's rows. The kernels give the same counts as the general path. This is the one public
     * hook on the kernels, which are package-private: the tests and the benchmarks ({@code
     * dfdg-benchmarks}) compare them through it; nobody else needs it.
     *
     * @param fused false to force the general kernel
     * @return this builder
     */
    public Builder fusedKernel(boolean fused) {
      this.fusedKernel = fused;
      return this;
    }

    /**
     * The period of the counts (default week).
     *
     * @param period the period type
     * @return this builder
     */
    public Builder period(PeriodType period) {
      this.period = requireNonNull(period, "period");
      return this;
    }

    /**
     * The first week t counted (default: the data's first week).
     *
     * @param week the week
     * @return this builder
     */
    public Builder from(IsoWeek week) {
      this.from = Optional.of(requireNonNull(week, "week"));
      return this;
    }

    /**
     * The last week t counted (default: the data's last week); t+52 may lie after it.
     *
     * @param week the week
     * @return this builder
     */
    public Builder to(IsoWeek week) {
      this.to = Optional.of(requireNonNull(week, "week"));
      return this;
    }

    /**
     * The DRM-4 code table (default {@link BenefitCodeTable#standard()}).
     *
     * @param table the table
     * @return this builder
     */
    public Builder codeTable(BenefitCodeTable table) {
      this.table = requireNonNull(table, "table");
      return this;
    }

    /**
     * The DRM-3 priority table for two codes of one person-week in long input (default: the
     * reconstruction over the code table).
     *
     * @param priority the table
     * @return this builder
     */
    public Builder priority(PriorityTable priority) {
      this.priority = requireNonNull(priority, "priority");
      return this;
    }

    /**
     * The key figures (default: DRM-8's 8 groups).
     *
     * @param definition the definition
     * @return this builder
     */
    public Builder keyFigures(KeyFigureDefinition definition) {
      this.definition = requireNonNull(definition, "definition");
      return this;
    }

    /**
     * The number of worker threads (default: the number of cores).
     *
     * @param threads from 1 to {@value #MAX_THREADS}
     * @return this builder
     * @throws IllegalArgumentException if threads is outside 1 … {@value #MAX_THREADS}
     */
    public Builder threads(int threads) {
      checkArgument(
          threads >= 1 && threads <= MAX_THREADS,
          "threads must be 1-%s, was %s",
          MAX_THREADS,
          threads);
      this.threads = threads;
      return this;
    }

    /**
     * The size of a block (default 4 MiB); a longer line makes a larger block.
     *
     * @param bytes at least 64
     * @return this builder
     */
    public Builder blockSize(int bytes) {
      checkArgument(bytes >= 64, "block size must be >= 64, was %s", bytes);
      this.blockSize = bytes;
      return this;
    }

    /**
     * The accepted names of the person key column, in preference order, case-insensitive.
     *
     * @param names the names
     * @return this builder
     */
    public Builder keyColumns(List<String> names) {
      this.keyColumns = lower(names);
      return this;
    }

    /**
     * The accepted names of a long file's week column.
     *
     * @param names the names
     * @return this builder
     */
    public Builder weekColumns(List<String> names) {
      this.weekColumns = lower(names);
      return this;
    }

    /**
     * The accepted names of a long file's code column.
     *
     * @param names the names
     * @return this builder
     */
    public Builder codeColumns(List<String> names) {
      this.codeColumns = lower(names);
      return this;
    }

    /**
     * The accepted names of the quarter column of the DSA {@code visit} table (its key column is
     * one of the {@linkplain #keyColumns key columns}).
     *
     * @param names the names
     * @return this builder
     */
    public Builder quarterColumns(List<String> names) {
      this.quarterColumns = lower(names);
      return this;
    }

    /**
     * The accepted names of the visitation category column of the DSA {@code visit} table.
     *
     * @param names the names
     * @return this builder
     */
    public Builder categoryColumns(List<String> names) {
      this.categoryColumns = lower(names);
      return this;
    }

    private static List<String> lower(List<String> names) {
      checkArgument(!names.isEmpty(), "at least one column name");
      return names.stream()
          .map(s -> s.strip().toLowerCase(java.util.Locale.ROOT))
          .collect(ImmutableList.toImmutableList());
    }

    /**
     * The first and last week of a long file's data (weeks without a row are blank; t+52 after the
     * last is unknown). Ignored for wide files, whose columns tell.
     *
     * @param first the first week, not before {@link DreamCalendar#FIRST_WEEK} (1991-W32)
     * @param last the last week, not before the first nor after {@link #LAST_DATA_WEEK} (2089-W52)
     * @return this builder
     * @throws IllegalArgumentException if the last week is before the first, or the range reaches
     *     outside 1991-W32 … 2089-W52 (checked before any memory is taken for its weeks)
     */
    public Builder dataWeeks(IsoWeek first, IsoWeek last) {
      requireNonNull(first, "first");
      requireNonNull(last, "last");
      checkArgument(!last.isBefore(first), "last week %s before first %s", last, first);
      checkArgument(
          DreamCalendar.isDreamWeek(first) && !last.isAfter(LAST_DATA_WEEK),
          "a data range lies within %s … %s (DREAM's weeks), was %s … %s",
          DreamCalendar.FIRST_WEEK,
          LAST_DATA_WEEK,
          first,
          last);
      this.dataFirst = Optional.of(first);
      this.dataLast = Optional.of(last);
      return this;
    }

    /**
     * Reads long input — and the visit table beside it — in memory, in any order (one thread;
     * memory grows with the persons).
     *
     * @param inMemory true for in-memory mode
     * @return this builder
     */
    public Builder inMemory(boolean inMemory) {
      this.inMemory = inMemory;
      return this;
    }

    /**
     * Where each rejected row is reported, in file order.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder rejects(Consumer<RejectedRow> listener) {
      this.rejects = requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Told the bytes read so far, now and then (for a progress bar).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progress(LongConsumer listener) {
      this.progress = requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the job.
     *
     * @return the job
     */
    public KeyFigureJob build() {
      return new KeyFigureJob(this);
    }
  }
}
