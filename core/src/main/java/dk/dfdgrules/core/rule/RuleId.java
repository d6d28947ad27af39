/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable id of a rule in the specification: an area prefix, a hyphen and a number ({@code
 * SN-1}, {@code SUB-3}), optionally with a numbered item ({@code CP-3.1}).
 *
 * <p>Ordered by prefix, then number, then item: {@code SN-2 < SN-10}.
 *
 * @param value the id, e.g. {@code SN-1}
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("([A-Z]{2,5})-(\\d{1,3})(?:\\.(\\d{1,2}))?");
  private static final Comparator<RuleId> ORDER =
      Comparator.comparing(RuleId::area)
          .thenComparingInt(RuleId::number)
          .thenComparingInt(RuleId::item);

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException if {@code value} is not of the form {@code AREA-n} or {@code
   *     AREA-n.m}
   */
  public RuleId {
    checkArgument(
        FORM.matcher(value).matches(),
        "rule id must be like SN-1 or CP-3.1, was %s",
        Masking.echo(value));
  }

  /**
   * Parses a rule id.
   *
   * @param value e.g. {@code SN-1}
   * @return the id
   * @throws IllegalArgumentException if malformed
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /**
   * The area prefix, e.g. {@code SN}.
   *
   * @return the prefix
   */
  public String area() {
    return matcher().group(1);
  }

  /**
   * The rule number within its area.
   *
   * @return the number
   */
  public int number() {
    return Integer.parseInt(matcher().group(2));
  }

  /**
   * The item number, or 0 when the id names the whole rule.
   *
   * @return the item
   */
  public int item() {
    String item = matcher().group(3);
    return item == null ? 0 : Integer.parseInt(item);
  }

  /**
   * The rule an item belongs to: {@code CP-3} for {@code CP-3.1}; the id itself otherwise.
   *
   * @return the rule id without item
   */
  public RuleId withoutItem() {
    return item() == 0 ? this : new RuleId(area() + "-" + number());
  }

  /**
   * An item of this rule: {@code CP-3} → {@code CP-3.1}.
   *
   * @param item the item number, 1–99
   * @return the item's id
   */
  public RuleId item(int item) {
    return new RuleId(withoutItem().value + "." + item);
  }

  private Matcher matcher() {
    Matcher m = FORM.matcher(value);
    m.matches();
    return m;
  }

  @Override
  public int compareTo(RuleId o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return value;
  }
}
