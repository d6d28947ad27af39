/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import java.util.List;

/**
 * A module's message bundles, found by {@link java.util.ServiceLoader}: register an implementation
 * in {@code META-INF/services/dk.dfdgrules.core.rule.MessageBundleProvider}.
 *
 * <p>Each base name is a {@link java.util.ResourceBundle} of {@code .properties} files: the base
 * file is Danish (the library's default language) and {@code _en} is English. Both must hold the
 * same keys. Files are read as UTF-8.
 *
 * <p>On the module path, {@link Messages} reads the files on behalf of the provider's module, so
 * the packages that hold them must be open to {@code dk.dfdgrules.core}, and the provider declared
 * with {@code provides}:
 *
 * <pre>{@code
 * module com.example.app {
 *   requires dk.dfdgrules.core;
 *   opens com.example.app.messages to dk.dfdgrules.core;
 *   provides dk.dfdgrules.core.rule.MessageBundleProvider with com.example.app.AppMessages;
 * }
 * }</pre>
 */
public interface MessageBundleProvider {

  /**
   * The base names of the bundles, e.g. {@code dk.dfdgrules.core.rule.messages}.
   *
   * @return the base names
   */
  List<String> baseNames();
}
