/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

/**
 * The kind of a week in a person's weekly series, as the refusion steps (REF-1 … REF-3) see it.
 *
 * <p>Finansieringsloven § 6, stk. 2: "Ved selvforsørgelse forstås perioder, hvori en person ikke
 * har modtaget offentlig forsørgelse eller ikke har været ansat i beskæftigelse, hvortil der er
 * ydet støtte til løn." Which DREAM code is which kind is data ({@link WeekKindTable}, an
 * <em>interpretation</em>).
 */
public enum WeekKind {

  /**
   * A week with a benefit under the act (uge med ydelser, § 3): it counts, the next number in the
   * count (REF-2).
   */
  BENEFIT,

  /**
   * Employment with wage subsidy (beskæftigelse, hvortil der er ydet støtte til løn: løntilskud,
   * fleksjob …): neither counts nor is self-support.
   */
  WAGE_SUBSIDY,

  /**
   * Other public support outside the act's steps (offentlig forsørgelse: SU, efterløn, folkepension
   * …): neither counts nor is self-support.
   */
  OTHER_SUPPORT,

  /** Self-support (selvforsørgelse; a blank DREAM week): counts towards a restart (REF-3). */
  SELF_SUPPORT
}
