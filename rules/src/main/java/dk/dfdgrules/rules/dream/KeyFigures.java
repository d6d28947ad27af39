/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.BenefitGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts of DRM-5 … DRM-8 over a {@link PeriodGrid}: per period, the distinct persons per
 * benefit group ("Antal borgere"), per group and receiver status, per group and group 52 weeks
 * later, the selected-benefit figures, and the key figures.
 *
 * <p>Every count is of distinct persons in its cell (DRM-7, the rule since Release 6.0, March 2020;
 * before it every person-week was counted). A period at the edge of the counted weeks holds only
 * its counted weeks.
 *
 * <p><b>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is
 * not comparable with other data sources (FLIS-DREAM §2).</b>
 *
 * <p>Immutable.
 */
public final class KeyFigures {

  private static final int G = KeyFigureAccumulator.G;
  private static final int F = KeyFigureAccumulator.F;
  private static final int S = KeyFigureAccumulator.S;
  private static final int SEL = KeyFigureAccumulator.SEL;
  private static final int PAIRS = KeyFigureAccumulator.PAIRS;

  /**
   * One key figure (DRM-8).
   *
   * @param group the group at t
   * @param outcome same, other or no benefit 52 weeks later
   * @param persons the distinct persons
   * @param share the persons over "Antal borgere" of the group
   */
  public record KeyFigure(BenefitGroup group, StatusOutcome outcome, long persons, Share share) {}

  private final PeriodGrid grid;
  private final KeyFigureDefinition definition;
  private final long persons;
  private final int[] pairs;
  private final int[] groups;
  private final int[] status;
  private final int[] selected;
  private final int[] selectedAny;
  private final int[] periodPersons;

  KeyFigures(
      PeriodGrid grid,
      KeyFigureDefinition definition,
      long persons,
      int[] pairs,
      int[] groups,
      int[] status,
      int[] selected,
      int[] selectedAny,
      int[] periodPersons) {
    this.grid = grid;
    this.definition = definition;
    this.persons = persons;
    this.pairs = pairs;
    this.groups = groups;
    this.status = status;
    this.selected = selected;
    this.selectedAny = selectedAny;
    this.periodPersons = periodPersons;
  }

  /**
   * The periods.
   *
   * @return the grid
   */
  public PeriodGrid grid() {
    return grid;
  }

  /**
   * The key-figure definition.
   *
   * @return the definition
   */
  public KeyFigureDefinition definition() {
    return definition;
  }

  /**
   * The number of persons counted (rows used for a wide file, distinct persons for a long one).
   *
   * @return the count
   */
  public long persons() {
    return persons;
  }

  /**
   * The number of periods.
   *
   * @return the count
   */
  public int periodCount() {
    return grid.periodCount();
  }

  /**
   * The distinct persons with at least one counted week in a period.
   *
   * @param period the period's index
   * @return the count
   */
  public long personsInPeriod(int period) {
    return periodPersons[period];
  }

  /**
   * "Antal borgere" (also "Antal ydelsesmodtagere"): distinct persons in a group in a period.
   *
   * @param period the period's index
   * @param group the group
   * @return the count
   */
  public long persons(int period, BenefitGroup group) {
    return groups[period * G + group.ordinal()];
  }

  /**
   * Distinct persons in a group in a period with a receiver status (DRM-5).
   *
   * @param period the period's index
   * @param group the group at t, not "Ingen ydelse"
   * @param outcome the status
   * @return the count
   */
  public long persons(int period, BenefitGroup group, StatusOutcome outcome) {
    return status[period * G * S + group.ordinal() * S + outcome.ordinal()];
  }

  /**
   * The "Andel" of a status: its count over "Antal borgere" of the group (DRM-7); no value when the
   * group has no persons.
   *
   * @param period the period's index
   * @param group the group
   * @param outcome the status
   * @return the share
   */
  public Share share(int period, BenefitGroup group, StatusOutcome outcome) {
    return Share.of(persons(period, group, outcome), persons(period, group));
  }

  /**
   * Distinct persons in a group at t and a follow-up at t+52 ("Dream Ydelsesgruppe 52 uger efter").
   *
   * @param period the period's index
   * @param group the group at t
   * @param later the follow-up
   * @return the count
   */
  public long persons(int period, BenefitGroup group, FollowUp later) {
    return pairs[period * PAIRS + group.ordinal() * F + later.index()];
  }

  /**
   * "Antal modtagere af udvalgte ydelser" (DRM-6): distinct persons on any of the six selected
   * groups in a period.
   *
   * @param period the period's index
   * @return the count
   */
  public long selectedPersons(int period) {
    return selectedAny[period];
  }

  /**
   * Distinct persons on a selected benefit with an outcome (DRM-6).
   *
   * @param period the period's index
   * @param outcome the outcome
   * @return the count
   */
  public long selectedPersons(int period, SelectedOutcome outcome) {
    return selected[period * SEL + outcome.ordinal()];
  }

  /**
   * The share of a selected-benefit outcome over "Antal modtagere af udvalgte ydelser".
   *
   * @param period the period's index
   * @param outcome the outcome
   * @return the share
   */
  public Share selectedShare(int period, SelectedOutcome outcome) {
    return Share.of(selectedPersons(period, outcome), selectedPersons(period));
  }

  /**
   * The key figures of a period (DRM-8): for each group of the definition, same / other / no
   * benefit 52 weeks later.
   *
   * @param period the period's index
   * @return the key figures, {@link KeyFigureDefinition#size()} of them
   */
  public List<KeyFigure> keyFigures(int period) {
    List<KeyFigure> out = new ArrayList<>();
    for (BenefitGroup g : definition.groups()) {
      for (StatusOutcome o : KeyFigureDefinition.OUTCOMES) {
        out.add(new KeyFigure(g, o, persons(period, g, o), share(period, g, o)));
      }
    }
    return ImmutableList.copyOf(out);
  }
}
