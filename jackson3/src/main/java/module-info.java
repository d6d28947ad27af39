/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * JSON for the model and rule results with Jackson 3: {@link dk.dfdgrules.jackson3.DfdgJackson3}.
 *
 * <p>The module {@link dk.dfdgrules.jackson3.DfdgJackson3Module} is a service, so a mapper built
 * with {@code findAndAddModules()} finds it, and the Guava module it needs. It maps the model
 * through core's public builders and factories (the description in {@code
 * dk.dfdgrules.core.internal.mapping}, exported to this module), so core opens nothing to Jackson.
 * Its package is open to Jackson's databind for the mix-in classes, which Jackson reads
 * reflectively.
 *
 * <p>{@code @SuppressWarnings("module")}: the name ends in a digit on purpose, the Jackson major
 * version it serves.
 */
@SuppressWarnings("module")
module dk.dfdgrules.jackson3 {
  requires transitive dk.dfdgrules.core;
  requires transitive dk.dfdgrules.codelists;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires tools.jackson.datatype.guava;
  requires static org.jspecify;

  exports dk.dfdgrules.jackson3;

  opens dk.dfdgrules.jackson3 to
      tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with
      dk.dfdgrules.jackson3.DfdgJackson3Module;
}
