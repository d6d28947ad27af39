/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stream in blocks of whole lines (or whole persons), hands each block to one of several
 * worker threads, and releases each block's rejected rows in file order with their absolute line
 * numbers. Memory is a few blocks, independent of the number of rows.
 *
 * <p>Any failure of a thread — an exception or an error such as {@link OutOfMemoryError}, in a
 * worker, the releaser, the reject listener or the reading thread — stops the pipeline: the other
 * threads stop after their current block, nobody waits for a block that will never come, and {@link
 * #run} throws (see there).
 */
final class BlockPipeline {

  /** The largest block a line (or a person's rows) may force: beyond it the input is refused. */
  static final int MAX_BLOCK = 1 << 30;

  /** How often a waiting reader looks whether a worker failed, in milliseconds. */
  private static final long POLL_MILLIS = 20;

  /** Processes one block; one instance per thread, keeps its own state. */
  interface Worker {
    /**
     * Processes a block.
     *
     * @param buf the bytes
     * @param len the length of the block in {@code buf}
     * @return the block's result
     */
    BlockResult process(byte[] buf, int len);

    /**
     * Processes a block with what the {@link Attacher} gave it.
     *
     * @param buf the bytes
     * @param len the length of the block in {@code buf}
     * @param attachment the attachment, or null
     * @return the block's result
     */
    default BlockResult process(byte[] buf, int len, @Nullable Object attachment) {
      return process(buf, len);
    }
  }

  /** Gives each block, on the reading thread and in file order, something to take along. */
  interface Attacher {
    /**
     * The attachment of a block.
     *
     * @param buf the bytes, or null at the end of the input
     * @param len the length of the block
     * @return the attachment, or null; at the end, a non-null attachment is processed alone
     */
    @Nullable Object attach(byte @Nullable [] buf, int len);
  }

  /** Sees each processed block in file order, before its rejected rows are released. */
  interface Releaser {
    /**
     * Called under the pipeline's lock, in file order; the block's bytes are still there.
     *
     * @param buf the bytes
     * @param len the length of the block
     * @param r the block's result, which it may change
     */
    void release(byte[] buf, int len, BlockResult r);
  }

  /** Finds where a block may end. */
  interface Splitter {
    /**
     * The length of the first part of {@code buf} that can be processed alone.
     *
     * @param buf the bytes
     * @param len the bytes available
     * @return a length ending just after a line feed, or 0 when no boundary is in the bytes
     */
    int cut(byte[] buf, int len);
  }

  /** What a worker found in a block. */
  static final class BlockResult {
    int lines;
    long used;
    final List<RejectedRow> rejects = new ArrayList<>(); // line = 0-based line within the block
    final List<RejectedRow> absoluteRejects = new ArrayList<>(); // of another file, lines as are
    @Nullable DreamInputException fatal; // line-relative message built by fatalLine
    long fatalLine = -1;
    @Nullable String fatalMessage;
    byte @Nullable [] firstKey; // long input: the first and last person key of the block
    byte @Nullable [] lastKey;
    // wide input: per used row, its key's code and check (KeySet), its line and where it starts
    long[] keyCodes = new long[0];
    int[] keyChecks = new int[0];
    int[] keyLines = new int[0];
    int[] keyStarts = new int[0];
    int keys;

    void addKey(long code, int check, int line, int start) {
      if (keys == keyCodes.length) {
        int n = Math.max(64, keys * 2);
        keyCodes = java.util.Arrays.copyOf(keyCodes, n);
        keyChecks = java.util.Arrays.copyOf(keyChecks, n);
        keyLines = java.util.Arrays.copyOf(keyLines, n);
        keyStarts = java.util.Arrays.copyOf(keyStarts, n);
      }
      keyCodes[keys] = code;
      keyChecks[keys] = check;
      keyLines[keys] = line;
      keyStarts[keys] = start;
      keys++;
    }
  }

  private final int threads;
  private final int blockSize;
  private final Splitter splitter;
  private final Consumer<RejectedRow> rejects;
  private final LongConsumer progress;

  private final Map<Long, Done> pending = new HashMap<>();
  private @Nullable Attacher attacher;
  private @Nullable Releaser releaser;
  private @Nullable BlockingQueue<byte[]> free;
  private long nextRelease;
  private long linesBefore;
  private final long firstLine;
  private volatile @Nullable Throwable failure;
  private volatile long bytesRead;
  private @Nullable LongConsumer beforeBlock;
  private long used;
  private long rejected;
  private long lines;
  private byte @Nullable [] previousLastKey;

  BlockPipeline(
      int threads,
      int blockSize,
      long firstLine,
      Splitter splitter,
      Consumer<RejectedRow> rejects,
      LongConsumer progress) {
    this.threads = threads;
    this.blockSize = blockSize;
    this.firstLine = firstLine;
    this.splitter = splitter;
    this.rejects = rejects;
    this.progress = progress;
  }

  /**
   * Gives each block an attachment (see {@link Attacher}).
   *
   * @param a the attacher
   * @return this pipeline
   */
  BlockPipeline attacher(Attacher a) {
    this.attacher = a;
    return this;
  }

  /**
   * Sees each processed block in file order (see {@link Releaser}).
   *
   * @param r the releaser
   * @return this pipeline
   */
  BlockPipeline releaser(Releaser r) {
    this.releaser = r;
    return this;
  }

  /**
   * Calls a hook on the worker thread before each block is processed, with the block's number (0
   * for the first): the tests' seam to make a worker fail.
   *
   * @param hook the hook
   * @return this pipeline
   */
  BlockPipeline beforeBlock(LongConsumer hook) {
    this.beforeBlock = hook;
    return this;
  }

  /**
   * The bytes read from the stream so far.
   *
   * @return the bytes
   */
  long bytesRead() {
    return bytesRead;
  }

  /**
   * The blocks a pipeline holds at most (besides a longer one a long line forces).
   *
   * @param threads the worker threads
   * @param releaser whether it has a releaser, which holds each block until the blocks before it
   *     are done: a few more
   * @return the number of blocks
   */
  static int buffers(int threads, boolean releaser) {
    return releaser ? threads * 3 + 1 : threads * 2 + 1;
  }

  private record Block(long seq, byte[] buf, int len, @Nullable Object attachment) {}

  private record Done(Block block, BlockResult result) {}

  private static final Block POISON = new Block(-1, new byte[0], 0, null);

  /**
   * Runs the pipeline.
   *
   * @param in the stream after the bytes already read
   * @param initial bytes already read (after the header)
   * @param initialLen their length
   * @param workers one worker per thread
   * @return the bytes read from {@code in}
   * @throws DreamInputException if the input cannot be read (a worker's fatal line, a long file not
   *     sorted)
   * @throws UncheckedIOException if reading fails (or the reject listener's output does)
   * @throws DreamJobFailedException if any other exception or error ends a thread, its cause
   */
  long run(InputStream in, byte[] initial, int initialLen, List<? extends Worker> workers) {
    int buffers = buffers(threads, releaser != null);
    BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(buffers + 1);
    this.free = free;
    for (int i = 0; i < buffers; i++) {
      free.add(new byte[blockSize]);
    }
    BlockingQueue<Block> work = new ArrayBlockingQueue<>(threads + 1);
    List<Thread> ts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Worker w = workers.get(i);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (true) {
                    Block b = work.take();
                    if (b == POISON) {
                      return;
                    }
                    if (failure != null) {
                      continue; // the reader stops soon and sends the poison
                    }
                    if (beforeBlock != null) {
                      beforeBlock.accept(b.seq());
                    }
                    BlockResult r = w.process(b.buf(), b.len(), b.attachment());
                    if (releaser == null) {
                      free.offer(b.buf()); // else the releaser still reads it
                    }
                    complete(b, r);
                  }
                } catch (InterruptedException e) {
                  fail(e);
                  Thread.currentThread().interrupt();
                } catch (Throwable e) { // OutOfMemoryError too: the job ends, nobody waits for ever
                  fail(e);
                }
              },
              "dream-worker-" + i);
      t.setDaemon(true);
      ts.add(t);
      t.start();
    }
    long bytes = 0;
    try {
      byte[] cur = take(free, Math.max(blockSize, initialLen));
      int len = 0;
      if (cur != null) {
        System.arraycopy(initial, 0, cur, 0, initialLen);
        len = initialLen;
      }
      boolean eof = false;
      long seq = 0;
      while (cur != null && failure == null) {
        while (!eof && len < cur.length) {
          int r = in.read(cur, len, cur.length - len);
          if (r < 0) {
            eof = true;
          } else {
            len += r;
            bytes += r;
          }
          bytesRead = bytes;
        }
        if (len == 0) {
          break;
        }
        // a block of about blockSize bytes, even when more were read at once (the bytes after the
        // header); longer only for a line (or a person) that does not fit
        int cut;
        if (eof && len <= blockSize) {
          cut = len;
        } else {
          cut = splitter.cut(cur, Math.min(len, blockSize));
          if (cut <= 0 && len > blockSize) {
            cut = splitter.cut(cur, len);
          }
          if (cut <= 0 && eof) {
            cut = len;
          }
        }
        if (cut <= 0) {
          if (cur.length >= MAX_BLOCK) {
            throw new DreamInputException(
                "a line (or one person's rows) is longer than " + MAX_BLOCK + " bytes");
          }
          byte[] bigger = new byte[(int) Math.min(MAX_BLOCK, cur.length * 2L)];
          System.arraycopy(cur, 0, bigger, 0, len);
          cur = bigger;
          continue;
        }
        byte[] next = take(free, len - cut);
        if (next == null) {
          break;
        }
        System.arraycopy(cur, cut, next, 0, len - cut);
        Object att = attacher == null ? null : attacher.attach(cur, cut);
        if (!hand(work, new Block(seq++, cur, cut, att))) {
          break;
        }
        progress.accept(bytes);
        cur = next;
        len = len - cut;
        if (eof && len == 0) {
          break;
        }
      }
      if (attacher != null && failure == null) {
        Object att = attacher.attach(null, 0);
        if (att != null) {
          hand(work, new Block(seq++, new byte[0], 0, att));
        }
      }
    } catch (IOException e) {
      fail(new UncheckedIOException("cannot read the DREAM input: " + e.getMessage(), e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(e);
    } catch (Throwable e) { // OutOfMemoryError too
      fail(e);
    } finally {
      stopWorkers(work);
      for (Thread t : ts) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    Throwable f = failure;
    if (f instanceof DreamInputException || f instanceof UncheckedIOException) {
      throw (RuntimeException) f;
    }
    if (f != null) {
      throw new DreamJobFailedException(f, bytesRead);
    }
    progress.accept(bytes);
    return bytes;
  }

  /** A free buffer of at least {@code atLeast} bytes, or null when a thread failed meanwhile. */
  private byte @Nullable [] take(BlockingQueue<byte[]> free, int atLeast)
      throws InterruptedException {
    byte[] b;
    while ((b = free.poll(POLL_MILLIS, TimeUnit.MILLISECONDS)) == null) {
      if (failure != null) {
        return null;
      }
    }
    return b.length >= atLeast ? b : new byte[atLeast];
  }

  /** Hands a block to the workers; false when a thread failed meanwhile (the block is dropped). */
  private boolean hand(BlockingQueue<Block> work, Block b) throws InterruptedException {
    while (!work.offer(b, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      if (failure != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Ends every worker: after the blocks still queued or, when a thread failed, at once (the queued
   * blocks dropped), whether the workers are alive or not.
   */
  private void stopWorkers(BlockingQueue<Block> work) {
    boolean interrupted = false;
    for (int i = 0; i < threads; i++) {
      while (true) {
        if (failure != null) {
          work.removeIf(b -> b != POISON);
        }
        try {
          if (work.offer(POISON, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
          fail(e);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void fail(Throwable e) {
    synchronized (this) {
      if (failure == null) {
        failure = e;
      }
    }
  }

  private synchronized void complete(Block block, BlockResult r) {
    if (failure != null) {
      return; // the job ends: nothing more is released
    }
    pending.put(block.seq(), new Done(block, r));
    while (pending.containsKey(nextRelease)) {
      Done done = pending.remove(nextRelease);
      BlockResult b = done.result();
      if (releaser != null && failure == null) {
        try {
          releaser.release(done.block().buf(), done.block().len(), b);
        } catch (RuntimeException e) {
          failure = e;
        } // an Error ends the worker, which records it
      }
      if (releaser != null && done.block().buf().length > 0) {
        free.offer(done.block().buf());
      }
      if (b.fatalMessage != null && failure == null) {
        failure =
            new DreamInputException(
                "line " + (firstLine + linesBefore + b.fatalLine) + ": " + b.fatalMessage);
      }
      if (b.firstKey != null
          && previousLastKey != null
          && failure == null
          && LongParser.compareKeys(
                  previousLastKey, 0, previousLastKey.length, b.firstKey, 0, b.firstKey.length)
              >= 0) {
        failure =
            new DreamInputException(
                "line "
                    + (firstLine + linesBefore)
                    + ": the long input is not sorted by person (a key not greater than the one"
                    + " before); sort it by person or read it in memory");
      }
      if (b.lastKey != null) {
        previousLastKey = b.lastKey;
      }
      for (RejectedRow row : b.rejects) {
        rejects.accept(row.atLine(firstLine + linesBefore + row.line()));
      }
      for (RejectedRow row : b.absoluteRejects) {
        rejects.accept(row);
      }
      rejected += b.rejects.size();
      used += b.used;
      lines += b.lines;
      linesBefore += b.lines;
      nextRelease++;
    }
  }

  synchronized long used() {
    return used;
  }

  synchronized long rejected() {
    return rejected;
  }

  synchronized long lines() {
    return lines;
  }
}
