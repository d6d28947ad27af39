/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import dk.dfdgrules.core.time.IsoWeek;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the week options of the yr commands ({@code --from 2015-W01}). */
final class WeekConverter implements ITypeConverter<IsoWeek> {

  @Override
  public IsoWeek convert(String value) {
    try {
      return IsoWeek.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("must be a week like 2015-W01, was '" + value + "'");
    }
  }
}
