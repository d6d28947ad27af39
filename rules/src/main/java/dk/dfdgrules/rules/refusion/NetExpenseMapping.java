/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * LIS-4: which amount columns make up a row's net expense (nettoudgift = bruttoudgifter −
 * refusion), and with which sign — a sum of signed columns, e.g. {@code Indberetning
 * udbetalingsbeløb + Finansieringsbeløb}. <em>Not in source:</em> the webinar gives the formula,
 * not the columns; the mapping is therefore a parameter, and {@link #defaultFor(Collection)} is the
 * library's documented reading.
 *
 * @param terms the signed columns, at least one, each column once
 */
public record NetExpenseMapping(List<Term> terms) {

  /**
   * One signed column.
   *
   * @param column the column's name, as in the header (case is ignored when matching)
   * @param negative true to subtract the column
   */
  public record Term(String column, boolean negative) {
    /** Checks the name. */
    public Term {
      requireNonNull(column, "column");
      column = column.strip();
      checkArgument(
          !column.isEmpty() && column.indexOf('+') < 0 && column.indexOf('-') < 0,
          "a column name is not blank and has no '+' or '-'");
    }
  }

  /**
   * Checks the terms.
   *
   * @throws IllegalArgumentException if there are none or a column is named twice
   */
  public NetExpenseMapping {
    terms = ImmutableList.copyOf(terms);
    checkArgument(!terms.isEmpty(), "a net-expense mapping has at least one column");
    Set<String> names =
        terms.stream().map(t -> t.column().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    checkArgument(names.size() == terms.size(), "a net-expense mapping names each column once");
  }

  /**
   * The library's default for a header (<em>interpretation</em>): gross expense is {@value
   * LisColumns#CALCULATED_PAYOUT} when the file has it, otherwise {@value
   * LisColumns#REPORTED_PAYOUT}; refusion is {@value LisColumns#REFUSION} when the file has it
   * (subtracted: {@code gross − Refusionsbeløb}), otherwise the financing amount {@value
   * LisColumns#FINANCING}, which the source's sample writes as a negative amount, the state's share
   * credited to the municipality — so it is added ({@code gross + Finansieringsbeløb}). {@value
   * LisColumns#COFINANCING} is not part of the default; name it in a mapping of your own. Mind the
   * source's sample: its {@value LisColumns#REPORTED_PAYOUT} is the same on both rows of a week
   * split at a month change (not prorated), while {@value LisColumns#FINANCING} is prorated by days
   * — with only those columns the default counts a split week's payout twice.
   *
   * @param header the file's column names (any case)
   * @return the mapping
   */
  public static NetExpenseMapping defaultFor(Collection<String> header) {
    Set<String> h =
        header.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    String gross =
        h.contains(LisColumns.CALCULATED_PAYOUT.toLowerCase(Locale.ROOT))
            ? LisColumns.CALCULATED_PAYOUT
            : LisColumns.REPORTED_PAYOUT;
    if (h.contains(LisColumns.REFUSION.toLowerCase(Locale.ROOT))) {
      return new NetExpenseMapping(
          List.of(new Term(gross, false), new Term(LisColumns.REFUSION, true)));
    }
    return new NetExpenseMapping(
        List.of(new Term(gross, false), new Term(LisColumns.FINANCING, false)));
  }

  /**
   * Reads a mapping written as columns joined by {@code +} and {@code -}, e.g. {@code "Beregnet
   * udbetalingsbeløb - Refusionsbeløb + Medfinansieringsbeløb"}; a leading sign is allowed. The
   * exact inverse of {@link #toString()}.
   *
   * @param text the expression
   * @return the mapping
   * @throws IllegalArgumentException if a column is blank or named twice
   */
  public static NetExpenseMapping parse(String text) {
    requireNonNull(text, "text");
    ImmutableList.Builder<Term> terms = ImmutableList.builder();
    boolean negative = false;
    int start = 0;
    String s = text.strip();
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      start = 1;
    }
    for (int i = start; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '+' || s.charAt(i) == '-') {
        terms.add(new Term(s.substring(start, i), negative));
        if (i < s.length()) {
          negative = s.charAt(i) == '-';
        }
        start = i + 1;
      }
    }
    return new NetExpenseMapping(terms.build());
  }

  /**
   * The columns, in order.
   *
   * @return the names
   */
  public List<String> columns() {
    return terms.stream().map(Term::column).toList();
  }

  /**
   * The net expense of a row, in øre.
   *
   * @param oereOfColumn the amount of a column of the mapping, in øre
   * @return the signed sum
   * @throws ArithmeticException if the sum overflows (it cannot for amounts of {@link
   *     LisValues#parseOere})
   */
  public long netOere(ToLongFunction<String> oereOfColumn) {
    long net = 0;
    for (Term t : terms) {
      long v = oereOfColumn.applyAsLong(t.column());
      net = t.negative() ? Math.subtractExact(net, v) : Math.addExact(net, v);
    }
    return net;
  }

  /** {@return the expression, e.g. {@code Indberetning udbetalingsbeløb + Finansieringsbeløb}} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (i > 0) {
        b.append(t.negative() ? " - " : " + ");
      } else if (t.negative()) {
        b.append("- ");
      }
      b.append(t.column());
    }
    return b.toString();
  }
}
