/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for long runs, drawn in place ({@code \r}) at most four times a
 * second, and erased when done. It is drawn only on a terminal: redirected output gets no progress
 * noise. Thread-safe.
 */
public final class ProgressBar {

  private static final long INTERVAL_NANOS = 250_000_000L;
  private static final int WIDTH = 25;

  private final PrintWriter err;
  private final long total;
  private final boolean on;
  private long last;
  private boolean drawn;

  /**
   * A bar.
   *
   * @param err where to draw it (standard error)
   * @param total the amount that is 100 %, e.g. bytes or persons; at least 1 is assumed
   * @param on whether to draw at all, e.g. {@link #onTerminal()}
   */
  public ProgressBar(PrintWriter err, long total, boolean on) {
    this.err = err;
    this.total = Math.max(1, total);
    this.on = on;
  }

  /**
   * Whether the command runs on a terminal: {@code System.console()} is there only when standard
   * input and output are not redirected.
   *
   * @return true on a terminal
   */
  public static boolean onTerminal() {
    return System.console() != null;
  }

  /**
   * Reports progress; cheap when off or when called more often than the bar is redrawn.
   *
   * @param done the amount done so far
   */
  public synchronized void update(long done) {
    if (!on) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    drawn = true;
    int pct = (int) Math.min(100, Math.max(0, done) * 100 / total);
    int bars = pct * WIDTH / 100;
    err.print("\r[" + "#".repeat(bars) + " ".repeat(WIDTH - bars) + "] " + pct + " %");
    err.flush();
  }

  /** Erases the bar, if one was drawn. */
  public synchronized void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 10) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
