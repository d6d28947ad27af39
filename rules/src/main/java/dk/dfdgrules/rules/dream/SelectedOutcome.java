/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

/**
 * The DRM-6 outcome for a person on one of the six selected benefits (udvalgte ydelser) at week t,
 * FLIS-DREAM §7.1.1; plus the two cases outside the three (<em>interpretations</em> as for DRM-5).
 */
public enum SelectedOutcome {
  /** "Antal modtager fortsat en af udvalgte ydelser": on any of the six at t+52. */
  CONTINUES_SELECTED("Modtager fortsat en af udvalgte ydelser"),
  /** "Antal modtager anden ydelse end udvalgte ydelser": on another group at t+52. */
  OTHER_THAN_SELECTED("Modtager anden ydelse end udvalgte ydelser"),
  /** "Antal modtager ikke længere ydelser efter udvalgte ydelser": "Ingen ydelse" at t+52. */
  NO_LONGER("Modtager ikke længere ydelser efter udvalgte ydelser"),
  /** Left the population: 997 or 999 at t+52. */
  LEFT_POPULATION("Udtrådt af befolkningen (997/999)"),
  /** Unknown: week t+52 beyond the data. */
  UNKNOWN("Ukendt (uge t+52 efter data)");

  private final String displayName;

  SelectedOutcome(String displayName) {
    this.displayName = displayName;
  }

  /**
   * The display name, after the §7.1.1 calculation names.
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }
}
