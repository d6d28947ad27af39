/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import org.jspecify.annotations.Nullable;

/**
 * A bundled code-list resource file is malformed. Thrown when the lists are loaded (the first call
 * to {@link CodeLists}), so a broken data file fails loudly rather than silently losing a value.
 * The message names the resource and the line: {@code "municipalities.tsv line 12: …"}.
 */
public final class CodeListFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String resource;
  private final int line;

  /**
   * A format error at a line of a resource.
   *
   * @param resource the resource's name, not blank
   * @param line the 1-based line number, or 0 when the error concerns the whole file
   * @param problem what is wrong, not blank
   * @param cause the underlying exception, or null
   */
  CodeListFormatException(String resource, int line, String problem, @Nullable Throwable cause) {
    super(resource + (line > 0 ? " line " + line : "") + ": " + problem, cause);
    this.resource = resource;
    this.line = line;
  }

  /**
   * The name of the malformed resource, e.g. {@code "municipalities.tsv"}.
   *
   * @return the resource name
   */
  public String resource() {
    return resource;
  }

  /**
   * The 1-based number of the malformed line.
   *
   * @return the line number, or 0 when the error concerns the whole file (e.g. a missing header)
   */
  public int line() {
    return line;
  }
}
