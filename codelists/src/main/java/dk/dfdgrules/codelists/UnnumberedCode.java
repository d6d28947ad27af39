/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import java.util.Optional;

/**
 * An {@link OfficialCode} whose source gives it no id, only a name (plan types, activity statuses,
 * the DREAM benefit groups …): {@link #code()} is always empty.
 */
public interface UnnumberedCode extends OfficialCode {

  /**
   * The source gives no id.
   *
   * @return always empty
   */
  @Override
  default Optional<String> code() {
    return Optional.empty();
  }
}
