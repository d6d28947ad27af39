/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import dk.dfdgrules.rules.flis.BenchmarkModel.MeasureRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to count in the benchmark model: measures by dimensions over a range of ISO weeks, with or
 * without the suppression of small cells. Built structurally; whether the measures are available by
 * the dimensions is SUP-2's to say ({@link #check(LocalDate)}).
 *
 * @param by the dimensions, in the order of the cells' members; none for one total cell per
 *     measure; no duplicates
 * @param measures the measures, at least one, no duplicates
 * @param from the first week counted
 * @param to the last week counted, not before {@code from}
 * @param suppression the suppression, {@link Suppression#OFF} by default
 */
public record BenchmarkQuery(
    List<Dimension> by, List<Measure> measures, IsoWeek from, IsoWeek to, Suppression suppression) {

  /**
   * Copies the lists and checks the structure.
   *
   * @throws IllegalArgumentException if a list has duplicates, no measure is given, or {@code to}
   *     is before {@code from}
   */
  public BenchmarkQuery {
    by = ImmutableList.copyOf(by);
    measures = ImmutableList.copyOf(measures);
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(suppression, "suppression");
    checkArgument(Set.copyOf(by).size() == by.size(), "a dimension given twice: %s", by);
    checkArgument(!measures.isEmpty(), "at least one measure");
    checkArgument(
        Set.copyOf(measures).size() == measures.size(), "a measure given twice: %s", measures);
    checkArgument(!to.isBefore(from), "the last week %s is before the first %s", to, from);
  }

  /**
   * A query of every measure available by the dimensions (SUP-2), without suppression.
   *
   * @param by the dimensions
   * @param from the first week
   * @param to the last week
   * @return the query
   * @throws IllegalArgumentException as the constructor
   */
  public static BenchmarkQuery of(List<Dimension> by, IsoWeek from, IsoWeek to) {
    return new BenchmarkQuery(
        by, BenchmarkModel.measuresAvailableBy(by), from, to, Suppression.OFF);
  }

  /**
   * A copy with other measures.
   *
   * @param newMeasures the measures
   * @return the copy
   */
  public BenchmarkQuery withMeasures(List<Measure> newMeasures) {
    return new BenchmarkQuery(by, newMeasures, from, to, suppression);
  }

  /**
   * A copy with another suppression.
   *
   * @param newSuppression the suppression
   * @return the copy
   */
  public BenchmarkQuery withSuppression(Suppression newSuppression) {
    return new BenchmarkQuery(by, measures, from, to, newSuppression);
  }

  /**
   * SUP-2 for each measure: violated for a measure asked by a dimension it is not available by.
   *
   * @param evaluationDate the evaluation date
   * @return one result per measure, in order
   */
  public List<RuleResult> check(LocalDate evaluationDate) {
    return measures.stream()
        .map(m -> BenchmarkModel.SUP_2.evaluate(new MeasureRequest(m, by), evaluationDate))
        .toList();
  }

  /**
   * Tells whether SUP-2 allows every measure by every dimension.
   *
   * @return true if allowed
   */
  public boolean isAllowed() {
    return measures.stream().allMatch(m -> by.stream().allMatch(m::isAvailableBy));
  }
}
