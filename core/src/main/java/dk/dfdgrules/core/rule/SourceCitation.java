/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.Sources.Source;
import java.util.Optional;

/**
 * Where a rule comes from: the document as the project cites it ({@code DFDG-RN-2021-12-06}), the
 * section ({@code §3.2}), a short Danish quote of the sentence the rule implements, and optionally
 * a link.
 *
 * @param document the document, e.g. {@code DFDG-RN-2021-12-06}; not blank
 * @param section the section, e.g. {@code §3.2}; may be empty for an undivided document
 * @param quote a short quote in the source's language; may be empty
 * @param link a link to the source, if public
 */
public record SourceCitation(String document, String section, String quote, Optional<String> link) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code document} is blank
   */
  public SourceCitation {
    checkArgument(!document.isBlank(), "document must not be blank");
  }

  /**
   * A citation of one of the library's {@linkplain dk.dfdgrules.codelists.Sources sources}, with
   * its link when it has one.
   *
   * @param source the document
   * @param section the section, e.g. {@code §3.2}; empty for an undivided document
   * @param quote a short quote in the source's language
   * @return the citation
   */
  public static SourceCitation of(Source source, String section, String quote) {
    return new SourceCitation(
        source.id(),
        section,
        quote,
        source.link().isEmpty() ? Optional.empty() : Optional.of(source.link()));
  }

  /**
   * A citation without a link.
   *
   * @param document the document
   * @param section the section
   * @param quote a short quote
   * @return the citation
   */
  public static SourceCitation of(String document, String section, String quote) {
    return new SourceCitation(document, section, quote, Optional.empty());
  }

  /**
   * The reference without the quote, e.g. {@code DFDG-RN-2021-12-06 §3.2}.
   *
   * @return the reference
   */
  public String reference() {
    return section.isEmpty() ? document : document + " " + section;
  }
}
