/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.activity;

import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * Mentorindsats — a mentor intervention: its mentor type (code list {@code mentor-types}: 1 Mentor,
 * individuel … 6 Personlig jobformidler) and period (DFDG-RN-2021-12-06 §3.5).
 */
@Value.Immutable
public abstract class MentorIntervention {

  MentorIntervention() {}

  /**
   * The mentor type id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract @Positive int getMentorType();

  /**
   * The period; open-ended while running.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract DatePeriod getPeriod();

  /**
   * An intervention.
   *
   * @param mentorType the mentor type id
   * @param period the period
   * @return the intervention
   */
  public static MentorIntervention of(int mentorType, DatePeriod period) {
    return ImmutableMentorIntervention.of(mentorType, period);
  }
}
