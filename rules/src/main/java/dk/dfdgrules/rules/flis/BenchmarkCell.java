/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import java.util.Map;

/**
 * A published cell of the benchmark model: a measure for one member of each dimension asked, its
 * count or the mark that it is suppressed (SUP-1). Holds no personal data.
 *
 * @param members dimension → member, in the query's order (e.g. Tid → {@code 2020-W05}, Kommune →
 *     {@code 101})
 * @param measure the measure
 * @param value the count, or {@linkplain CellValue.Suppressed suppressed}
 */
public record BenchmarkCell(Map<Dimension, String> members, Measure measure, CellValue value) {

  /** Copies the map, keeping its order. */
  public BenchmarkCell {
    members = ImmutableMap.copyOf(members);
    requireNonNull(measure, "measure");
    requireNonNull(value, "value");
  }
}
