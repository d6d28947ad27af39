/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * JSON for the model and rule results with Jackson 2: {@link dk.dfdgrules.json.DfdgJson}.
 *
 * <p>The module {@link dk.dfdgrules.json.DfdgJsonModule} is a service, so a mapper that discovers
 * modules ({@code findAndRegisterModules()}) finds it, and the Java time, {@code Optional} and
 * Guava modules it needs (which are services too). It maps the model through core's public builders
 * and factories (the description in {@code dk.dfdgrules.core.internal.mapping}, exported to this
 * module), so core opens nothing to Jackson. Its package is open to Jackson's databind for the
 * mix-in classes, which Jackson reads reflectively.
 */
module dk.dfdgrules.json {
  requires transitive dk.dfdgrules.core;
  requires transitive dk.dfdgrules.codelists;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.guava;
  requires static org.jspecify;

  exports dk.dfdgrules.json;

  opens dk.dfdgrules.json to
      com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with
      dk.dfdgrules.json.DfdgJsonModule;
}
