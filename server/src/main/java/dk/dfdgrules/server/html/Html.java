/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * A page being written: markup from this package, and every text and attribute value escaped on the
 * way in. Nothing from a rule, a case file or a request reaches the page but through {@link #text}
 * or an attribute value.
 */
final class Html {

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private final StringBuilder out = new StringBuilder(16 * 1024);

  /** Text, escaped. */
  Html text(String text) {
    out.append(ESCAPER.escape(text));
    return this;
  }

  /** Markup written by this package (never data). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * An opening tag.
   *
   * @param tag the element name
   * @param attributes names and values, in pairs; a null value leaves the attribute out, an empty
   *     name/value pair of a boolean attribute is written as the name alone
   */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String name = attributes[i];
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(name);
      if (!value.equals(name)) {
        out.append("=\"").append(ESCAPER.escape(value)).append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** A closing tag. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding text only. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A link. */
  Html link(String href, String text, String... attributes) {
    String[] all = new String[attributes.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    return element("a", text, all);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
