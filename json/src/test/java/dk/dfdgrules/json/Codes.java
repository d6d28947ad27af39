/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.codelists.VisitationCategory;
import java.util.List;

/** An application's own record of code values, as in the fixture {@code codes.json}. */
record Codes(
    Step step,
    List<SupportNeed> supportNeeds,
    PlanType planType,
    CloseReason closeReason,
    CvStatus cvStatus,
    MentorType mentorType,
    VisitationCategory visitationCategory) {}
