/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import java.util.Optional;

/** An {@link OfficialCode} whose source gives it a numeric id. */
public interface NumberedCode extends OfficialCode {

  /**
   * The official numeric id.
   *
   * @return the id, positive
   */
  int id();

  @Override
  default Optional<String> code() {
    return Optional.of(Integer.toString(id()));
  }
}
