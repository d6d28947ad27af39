/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

/**
 * The ids of the intervention types (indsatstyper) the sources name, as plain ints for rules. The
 * list is <em>partial</em>: other ids are "known id, name not in the sources" (see {@link
 * CodeLists#INTERVENTION_TYPES}).
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.6.
 */
public final class InterventionTypes {

  /** 7 — "Mentor": where a discharge coordinator is registered from 2021-12-06. */
  public static final int MENTOR = 7;

  private InterventionTypes() {}
}
