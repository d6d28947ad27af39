/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/** The batch jobs over the files analysts get: see {@link dk.dfdgrules.extracts.dream}. */
module dk.dfdgrules.extracts {
  requires transitive dk.dfdgrules.rules;
  requires transitive dk.dfdgrules.core;
  requires transitive dk.dfdgrules.codelists;
  requires transitive com.google.common;
  requires static transitive org.jspecify;

  exports dk.dfdgrules.extracts.csv;
  exports dk.dfdgrules.extracts.dream;
  exports dk.dfdgrules.extracts.flis;
  exports dk.dfdgrules.extracts.refusion;
}
