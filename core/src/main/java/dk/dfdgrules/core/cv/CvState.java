/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.cv;

import dk.dfdgrules.codelists.CvStatus;
import org.immutables.value.Value;

/**
 * A CV's state on a day: its status (CV-status) and whether it is searchable (søgbart)
 * (DFDG-RN-2021-12-06 §4).
 */
@Value.Immutable
public abstract class CvState {

  CvState() {}

  /**
   * The CV status.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract CvStatus getStatus();

  /**
   * Whether the CV is searchable.
   *
   * @return true if searchable
   */
  @Value.Parameter
  public abstract boolean isSearchable();

  /**
   * A CV state.
   *
   * @param status the status
   * @param searchable whether searchable
   * @return the state
   */
  public static CvState of(CvStatus status, boolean searchable) {
    return ImmutableCvState.of(status, searchable);
  }
}
