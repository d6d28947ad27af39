/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --rejects FILE}, the same in every batch command that reads rows: where the rejected rows
 * go, standard error when not given ({@link OutputFiles#rejects}). A picocli mixin: {@code @Mixin
 * RejectsOption rejectsOption;}.
 */
public final class RejectsOption {

  /** The file for the rejected rows, or null for standard error. */
  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write the rejected rows here (default: standard error).")
  public @Nullable Path file;
}
