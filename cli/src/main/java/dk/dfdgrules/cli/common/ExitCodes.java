/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

/**
 * The exit codes of every {@code dfdg} command: one meaning each, whichever command returns it.
 * Each command lists those it returns in its {@code --help} (picocli's {@code exitCodeList}).
 */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /**
   * The job ran and found problems: a rule is violated (an error; warnings are no problem), a case
   * fails, a row of a file was rejected.
   */
  public static final int FOUND_PROBLEMS = 1;

  /** A usage or input error: a one-line message, never a stack trace. */
  public static final int USAGE = 2;

  /** An internal error. */
  public static final int INTERNAL = 3;

  /**
   * The rules ran but could not decide: no rule is violated, but a fact that one needs is missing
   * ({@code dfdg evaluate}'s outcome UNDETERMINED).
   */
  public static final int UNDETERMINED = 4;

  /**
   * Not enough memory: the job needed a larger heap than the JVM had; the one-line message says how
   * much it had, about how much it needs, and the {@code -Xmx} to try.
   */
  public static final int OUT_OF_MEMORY = 5;

  /** The heading of the exit codes in a command's help. */
  public static final String HEADING = "%nExit codes:%n";

  private ExitCodes() {}
}
