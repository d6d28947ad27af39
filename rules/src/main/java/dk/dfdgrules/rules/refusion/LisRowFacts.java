/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of LIS-1 … LIS-5: one LIS raw-data row's fields by column name, and the net-expense
 * mapping. A CPR number has no place here (the rules do not need it) and is dropped; {@link
 * #toString()} names only the columns.
 *
 * @param fields the fields by column name (names matched ignoring case and surrounding blanks)
 * @param mapping the LIS-4 mapping, or empty for {@link NetExpenseMapping#defaultFor} the columns
 */
public record LisRowFacts(Map<String, String> fields, Optional<NetExpenseMapping> mapping) {

  /** Copies the fields with lower-case names, without the CPR column. */
  public LisRowFacts {
    requireNonNull(mapping, "mapping");
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    String cpr = LisColumns.CPR.toLowerCase(Locale.ROOT);
    fields.forEach(
        (k, v) -> {
          String key = k.strip().toLowerCase(Locale.ROOT);
          if (!key.equals(cpr)) {
            b.put(key, requireNonNull(v, "a field's value"));
          }
        });
    fields = b.buildOrThrow();
  }

  /**
   * Facts with the default mapping.
   *
   * @param fields the fields by column name
   * @return the facts
   */
  public static LisRowFacts of(Map<String, String> fields) {
    return new LisRowFacts(fields, Optional.empty());
  }

  /**
   * A field.
   *
   * @param column the column's name (any case)
   * @return the field, if the row has the column
   */
  public Optional<String> field(String column) {
    return Optional.ofNullable(fields.get(column.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The mapping that applies: the one given, or the default for these columns.
   *
   * @return the mapping
   */
  public NetExpenseMapping effectiveMapping() {
    return mapping.orElseGet(() -> NetExpenseMapping.defaultFor(fields.keySet()));
  }

  /** {@return the column names only — never a value} */
  @Override
  public String toString() {
    return "LisRowFacts" + fields.keySet() + " mapping=" + effectiveMapping();
  }
}
