/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the batch commands write: {@code --out FILE} or standard output, {@code --rejects FILE} or
 * standard error.
 */
public final class OutputFiles {

  private OutputFiles() {}

  /**
   * The writer of a command's result.
   *
   * @param file the {@code --out} file, or null
   * @param stdout the command's standard output
   * @return a buffered UTF-8 writer on the file (the caller closes it), or {@code stdout}
   * @throws IOException if the file cannot be opened
   */
  public static Writer out(Path file, PrintWriter stdout) throws IOException {
    return file == null
        ? stdout
        : new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * The writer of a command's rejected rows.
   *
   * @param file the {@code --rejects} file, or null
   * @param stderr the command's standard error
   * @return a UTF-8 writer on the file (the caller closes it), or {@code stderr}
   * @throws IOException if the file cannot be opened
   */
  public static Writer rejects(Path file, PrintWriter stderr) throws IOException {
    return file == null ? stderr : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
