/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

/**
 * The ids of the contact groups (kontaktgrupper) the sources name, as plain ints for rules. The
 * list is <em>partial</em>: other ids are "known id, name not in the sources" (see {@link
 * CodeLists#CONTACT_GROUPS}, which also holds the names).
 *
 * <p>Source: DFDG-RN-2021-12-06 §2.3, §3.4, §3.5, §4.1.
 */
public final class ContactGroups {

  /** 1 — "Dagpengemodtager". */
  public static final int UNEMPLOYMENT_BENEFIT_RECIPIENT = 1;

  /** 2 — "Kontanthjælpsmodtager". */
  public static final int CASH_BENEFIT_RECIPIENT = 2;

  /** 8 — "Uden ydelse" (also published "Uden Ydelse"); e.g. graduates (dimittender). */
  public static final int WITHOUT_BENEFIT = 8;

  /** 11 — "Ressourceforløb". */
  public static final int RESOURCE_COURSE = 11;

  /** 12 — "Modtager af uddannelseshjælp". */
  public static final int EDUCATION_BENEFIT_RECIPIENT = 12;

  /** 14 — "Førtidspensionister". */
  public static final int DISABILITY_PENSIONERS = 14;

  /** 25 — "Sygedagpengemodtager fra ledighed". */
  public static final int SICKNESS_BENEFIT_RECIPIENT_FROM_UNEMPLOYMENT = 25;

  /** 26 — "Overgangsydelsesmodtager efter LAB". */
  public static final int TRANSITION_BENEFIT_RECIPIENT = 26;

  /** 28 — "Uddannelsespålæg – Overgangsydelsesmodtager efter LAB". */
  public static final int EDUCATION_ORDER_TRANSITION_BENEFIT_RECIPIENT = 28;

  private ContactGroups() {}
}
