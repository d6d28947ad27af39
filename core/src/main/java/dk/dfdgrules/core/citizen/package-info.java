/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The citizen (borger) and their registrations: {@link dk.dfdgrules.core.citizen.CprNumber} (masked
 * in every text), {@link dk.dfdgrules.core.citizen.Citizen}, {@link
 * dk.dfdgrules.core.citizen.ContactGroupMembership}, {@link
 * dk.dfdgrules.core.citizen.PersonGroupMarking}.
 *
 * <p>Personal data: no type here prints a CPR number or a name unmasked.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.citizen;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
