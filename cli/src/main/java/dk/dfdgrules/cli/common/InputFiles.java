/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every batch command makes on its files before the work, each a one-line error. */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Checks the choice between a FILE and the bundled sample, then the file.
   *
   * @param f the file, or null
   * @param sample whether {@code --sample} was given
   * @param kind what the file should be, e.g. {@code "registrations file"}
   * @throws UserInputException if neither or both are given, or the file cannot be read
   */
  public static void checkFileOrSample(Path f, boolean sample, String kind) {
    if (f == null && !sample) {
      throw new UserInputException("give a " + kind + " or --sample");
    }
    if (f != null && sample) {
      throw new UserInputException("give either a FILE or --sample, not both");
    }
    if (f != null) {
      checkInput(f, kind);
    }
  }

  /**
   * Checks an input file: it exists, is a regular file (not a directory, a device such as {@code
   * /dev/null}, or a pipe), is readable and is not empty.
   *
   * @param f the file
   * @param kind what the file should be, for the messages, e.g. {@code "DREAM file"}
   * @throws UserInputException saying what is wrong
   */
  public static void checkInput(Path f, String kind) {
    if (Files.isDirectory(f)) {
      throw new UserInputException(f + ": is a directory, not a " + kind);
    }
    if (!Files.exists(f)) {
      throw new UserInputException("no such file: " + f);
    }
    if (!Files.isRegularFile(f)) {
      throw new UserInputException(
          f + ": not a regular file (a device or a pipe); give a " + kind + " saved on disk");
    }
    if (!Files.isReadable(f)) {
      throw new UserInputException(f + ": cannot be read (permission denied)");
    }
    try {
      if (Files.size(f) == 0) {
        throw new UserInputException(
            f + ": the file is empty; a " + kind + " starts with a header");
      }
    } catch (IOException e) {
      throw new UserInputException(f + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Checks that an output file can be written: its folder exists and is writable, and the file
   * itself is not a folder.
   *
   * @param option the option that names the file, for the message
   * @param f the file, or null when not given
   * @throws UserInputException saying what is wrong
   */
  public static void checkOutput(String option, Path f) {
    if (f == null) {
      return;
    }
    if (Files.isDirectory(f)) {
      throw new UserInputException(option + " " + f + ": is a directory; name a file");
    }
    Path parent = f.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserInputException(option + " " + f + ": the folder " + parent + " does not exist");
    }
    if (parent != null && (Files.exists(f) ? !Files.isWritable(f) : !Files.isWritable(parent))) {
      throw new UserInputException(option + " " + f + ": cannot be written (permission denied)");
    }
  }
}
