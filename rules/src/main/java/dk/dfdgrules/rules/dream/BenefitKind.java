/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

/**
 * Whether a DREAM benefit code is an activation (aktivering) or a passive benefit. Comes from the
 * code's name in appendix 2 and ships as data (attribute {@code kind} of the code list): activation
 * = "Vejledning og opkvalificering", "Ordinær uddannelse", "Løntilskud", "Virksomhedspraktik",
 * "Nytteindsats", "Anden aktivering", "6-ugers-selvvalgt uddannelse"; everything else passive (spec
 * DRM-3 step 4).
 */
public enum BenefitKind {
  /** An activation code. */
  ACTIVATION,
  /** A passive code. */
  PASSIVE
}
