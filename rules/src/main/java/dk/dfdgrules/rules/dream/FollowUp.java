/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonValue;
import dk.dfdgrules.codelists.BenefitGroup;
import java.util.Optional;

/**
 * Where a person is 52 weeks after a week t ("Dream Ydelsesgruppe 52 uger efter", FLIS-DREAM
 * §6.1.10): a {@linkplain BenefitGroup benefit group}, or out of the population (week t+52 is a
 * population exit, 997 or 999), or unknown because week t+52 is beyond the data.
 *
 * <p>Each follow-up has a dense {@linkplain #index() index}: the group's ordinal (0–16), then
 * {@link #LEFT_POPULATION_INDEX} and {@link #BEYOND_DATA_INDEX}; the counting kernels use it.
 *
 * <p><em>Interpretation</em> (spec DRM-4/DRM-5): a person whose week t+52 is 997/999 is counted as
 * "left the population", outside the three receiver statuses; a week t+52 beyond the data gives no
 * status.
 */
public final class FollowUp {

  /** The number of benefit groups (17). */
  public static final int GROUP_COUNT = BenefitGroup.values().length;

  /** The index of "left the population" (997/999 at t+52). */
  public static final int LEFT_POPULATION_INDEX = GROUP_COUNT;

  /** The index of "week t+52 is beyond the data". */
  public static final int BEYOND_DATA_INDEX = GROUP_COUNT + 1;

  /** The number of follow-up values (19). */
  public static final int COUNT = GROUP_COUNT + 2;

  private static final FollowUp[] ALL = new FollowUp[COUNT];

  static {
    for (int i = 0; i < COUNT; i++) {
      ALL[i] = new FollowUp(i);
    }
  }

  private final int index;

  private FollowUp(int index) {
    this.index = index;
  }

  /**
   * The follow-up "in this group".
   *
   * @param group the group at t+52
   * @return the follow-up
   */
  public static FollowUp group(BenefitGroup group) {
    return ALL[group.ordinal()];
  }

  /**
   * The follow-up "left the population" (997/999 at t+52).
   *
   * @return the follow-up
   */
  public static FollowUp leftPopulation() {
    return ALL[LEFT_POPULATION_INDEX];
  }

  /**
   * The follow-up "week t+52 is beyond the data".
   *
   * @return the follow-up
   */
  public static FollowUp beyondData() {
    return ALL[BEYOND_DATA_INDEX];
  }

  /**
   * The follow-up of an index.
   *
   * @param index 0–18
   * @return the follow-up
   * @throws IllegalArgumentException if out of range
   */
  public static FollowUp ofIndex(int index) {
    checkArgument(
        index >= 0 && index < COUNT, "follow-up index must be 0-%s, was %s", COUNT - 1, index);
    return ALL[index];
  }

  /**
   * The dense index.
   *
   * @return 0–18
   */
  public int index() {
    return index;
  }

  /**
   * The group at t+52.
   *
   * @return the group, or empty when out of the population or beyond the data
   */
  public Optional<BenefitGroup> group() {
    return index < GROUP_COUNT ? Optional.of(BenefitGroup.values()[index]) : Optional.empty();
  }

  /**
   * Tells whether week t+52 is a population exit.
   *
   * @return true if left the population
   */
  public boolean isLeftPopulation() {
    return index == LEFT_POPULATION_INDEX;
  }

  /**
   * Tells whether week t+52 is beyond the data.
   *
   * @return true if unknown
   */
  public boolean isBeyondData() {
    return index == BEYOND_DATA_INDEX;
  }

  /**
   * A display name: the group's official name, "Udtrådt af befolkningen (997/999)" or "Ukendt (uge
   * t+52 efter data)".
   *
   * @return the name
   */
  public String displayName() {
    if (index < GROUP_COUNT) {
      return BenefitGroup.values()[index].officialName();
    }
    return index == LEFT_POPULATION_INDEX
        ? "Udtrådt af befolkningen (997/999)"
        : "Ukendt (uge t+52 efter data)";
  }

  /**
   * A stable machine name: the group's constant name, {@code LEFT_POPULATION} or {@code
   * BEYOND_DATA}; the JSON form and the text of a derived value ({@link
   * ReceiverStatusRule#GROUP_LATER}).
   *
   * @return the name
   */
  @JsonValue
  public String id() {
    if (index < GROUP_COUNT) {
      return BenefitGroup.values()[index].name();
    }
    return index == LEFT_POPULATION_INDEX ? "LEFT_POPULATION" : "BEYOND_DATA";
  }

  @Override
  public String toString() {
    return id();
  }
}
