/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.citizen;

import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * Kontaktgruppe — a citizen's membership of a contact group for a period. The contact group drives
 * most DFDG logic (code list {@code contact-groups}: 1 Dagpengemodtager, 12 Modtager af
 * uddannelseshjælp …).
 */
@Value.Immutable
public abstract class ContactGroupMembership {

  ContactGroupMembership() {}

  /**
   * The contact group id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract @Positive int getContactGroup();

  /**
   * The period of membership; open-ended while current.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract DatePeriod getPeriod();

  /**
   * A membership.
   *
   * @param contactGroup the contact group id
   * @param period the period
   * @return the membership
   */
  public static ContactGroupMembership of(int contactGroup, DatePeriod period) {
    return ImmutableContactGroupMembership.of(contactGroup, period);
  }
}
