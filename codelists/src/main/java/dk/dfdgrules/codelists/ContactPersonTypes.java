/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

/**
 * The ids of the contact-person types (kontaktpersontyper) the sources name, as plain ints for
 * rules. The list is <em>partial</em>: other ids are "known id, name not in the sources" (see
 * {@link CodeLists#CONTACT_PERSON_TYPES}, which also holds the names and validity).
 *
 * <p>Source: DFDG-RN-2021-12-06 §1.1, §3.3.
 */
public final class ContactPersonTypes {

  /** 2 — "Udslusningskoordinator" (registered in a mentor intervention). */
  public static final int RELEASE_COORDINATOR = 2;

  /** 3 — "Personlig jobformidler" (registered in a mentor intervention). */
  public static final int PERSONAL_JOB_BROKER = 3;

  /** 8 — "Pårørende". */
  public static final int RELATIVE = 8;

  /** 9 — "Bisidder" (a companion at meetings). */
  public static final int COMPANION = 9;

  /** 10 — "Partsrepræsentant". */
  public static final int PARTY_REPRESENTATIVE = 10;

  /** 15 — "Mentor" (registered in a mentor intervention). */
  public static final int MENTOR = 15;

  /** 25 — "Kontaktperson i a-kassen". */
  public static final int UNEMPLOYMENT_FUND_CONTACT = 25;

  /** 26 — "Kontaktperson på asylcentret". */
  public static final int ASYLUM_CENTRE_CONTACT = 26;

  /** 31 — "Kontaktperson på uddannelsesstedet (uddannelsespålæg)", valid from 2021-12-06. */
  public static final int EDUCATION_INSTITUTION_CONTACT = 31;

  /** 32 — "Kontaktperson i jobcenteret (uddannelsespålæg)", valid from 2021-12-06. */
  public static final int JOBCENTRE_CONTACT = 32;

  private ContactPersonTypes() {}
}
