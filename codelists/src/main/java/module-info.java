/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The official code lists of DFDG, DREAM and Ydelsesrefusion as versioned data: see {@link
 * dk.dfdgrules.codelists}.
 *
 * <p>The package is open to Guava only: the bundled {@code .tsv} files are read with Guava's {@code
 * Resources.getResource(Class, String)}, which looks them up from Guava's module.
 *
 * <p>Jackson's annotations mark how the code enums are read and written in JSON: by their official
 * id ({@link dk.dfdgrules.codelists.OfficialCodes}). The annotation package is the same for Jackson
 * 2 and Jackson 3. It comes with the artifact, and is read by the modules that read this one
 * ({@code static transitive}), so that javac and javadoc can read the enums' annotations; nothing
 * needs it at run time without Jackson.
 *
 * <p>{@code internal} (the masking of input echoed in messages) is exported to the library's own
 * modules only; {@code @SuppressWarnings("module")}: they are built after this one.
 */
@SuppressWarnings("module")
module dk.dfdgrules.codelists {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive com.fasterxml.jackson.annotation;

  exports dk.dfdgrules.codelists;
  exports dk.dfdgrules.codelists.internal to
      dk.dfdgrules.core,
      dk.dfdgrules.json,
      dk.dfdgrules.jackson3,
      dk.dfdgrules.rules,
      dk.dfdgrules.extracts;

  opens dk.dfdgrules.codelists to
      com.google.common;
}
