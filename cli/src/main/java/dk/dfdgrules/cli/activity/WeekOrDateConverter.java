/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import dk.dfdgrules.core.time.IsoWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO week ({@code 2020-W05}) or a date ({@code 2020-01-29}, meaning its week). */
final class WeekOrDateConverter implements ITypeConverter<IsoWeek> {

  @Override
  public IsoWeek convert(String value) {
    try {
      return IsoWeek.parse(value);
    } catch (IllegalArgumentException e) {
      try {
        return IsoWeek.from(LocalDate.parse(value));
      } catch (DateTimeParseException e2) {
        throw new TypeConversionException(
            "must be a week like 2020-W05 or a date like 2020-01-29, was '" + value + "'");
      }
    }
  }
}
