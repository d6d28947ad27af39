/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.persongroup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.rules.contactperson.MoveSource;
import java.time.LocalDate;

/**
 * A citizen's move to another municipality as it concerns a person-group marking: the date DFDG
 * processes it, who moved the citizen (CPR, or the new jobcentre itself), and the new municipality.
 *
 * @param moveDate the move date
 * @param source CPR or the jobcentre
 * @param newMunicipality the 3-digit code of the municipality moved to
 */
public record PersonGroupMove(LocalDate moveDate, MoveSource source, String newMunicipality) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException naming the part, if one is null
   * @throws IllegalArgumentException if the municipality is not 3 digits
   */
  public PersonGroupMove {
    requireNonNull(moveDate, "moveDate");
    requireNonNull(source, "source");
    requireNonNull(newMunicipality, "newMunicipality");
    checkArgument(
        newMunicipality.matches("\\d{3}"), "newMunicipality must be a 3-digit municipality code");
  }
}
