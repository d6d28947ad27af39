/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

/** RET-4: how UDK's early-pension data reaches the a-kasser on a date. */
public enum UdkReportingChannel {
  /** UDK reports to DFDG through the web service; DFDG forwards it. */
  WEB_SERVICE,
  /** Until then STAR distributes lists from UDK to the a-kasser. */
  LISTS_DISTRIBUTED_BY_STAR
}
