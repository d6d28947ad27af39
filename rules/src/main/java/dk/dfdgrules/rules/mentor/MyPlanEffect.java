/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

/**
 * MEN-3: what registering a mentor intervention of type 6 'Personlig jobformidler' does in 'Min
 * plan' on Jobnet.
 *
 * @param index the intervention's position in the input
 * @param newMyPlanVersion the registration creates a new version of 'Min plan'
 * @param shownInMyPlan the intervention is shown in the citizen's 'Min plan'
 * @param contactShownUnderContactYourMentor its contact details are shown under 'Kontakt din
 *     mentor' (never, for type 6)
 */
public record MyPlanEffect(
    int index,
    boolean newMyPlanVersion,
    boolean shownInMyPlan,
    boolean contactShownUnderContactYourMentor) {}
