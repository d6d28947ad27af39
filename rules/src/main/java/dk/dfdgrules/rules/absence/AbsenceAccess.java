/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

import dk.dfdgrules.core.absence.AbsenceRegistration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * ABS-1 on one absence registration: may the citizen's current a-kasse read it?
 *
 * @param index the registration's position in the input
 * @param registration the registration
 * @param access readable, not readable, or not covered by ABS-1
 * @param windowStart the first day of the read-back window (evaluation date minus the type's
 *     years), for a covered type
 */
public record AbsenceAccess(
    int index,
    AbsenceRegistration registration,
    HistoryAccess access,
    Optional<LocalDate> windowStart) {}
