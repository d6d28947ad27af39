/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import static dk.dfdgrules.fuzz.FuzzChecks.failure;
import static dk.dfdgrules.fuzz.FuzzChecks.outcome;
import static dk.dfdgrules.fuzz.FuzzChecks.roundTrip;
import static dk.dfdgrules.fuzz.FuzzChecks.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.rules.dream.DreamCalendar;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.rules.dream.PriorityTable;
import dk.dfdgrules.rules.refusion.LisValueException;
import dk.dfdgrules.rules.refusion.LisValues;
import dk.dfdgrules.rules.refusion.NetExpenseMapping;
import dk.dfdgrules.rules.refusion.YumuAmount;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The parsers of dfdg-rules on any text: only the documented exception (none for those that answer
 * with an empty {@code Optional} or a problem), a short message without a CPR number of the input,
 * and values that read back to themselves.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class RulesParsersFuzzTest {

  @FuzzTest
  void periodType(byte[] data) {
    String in = text(data);
    PeriodType t = outcome(in, () -> PeriodType.parse(in), IllegalArgumentException.class);
    if (t != null) {
      roundTrip(t, PeriodType.parse(t.name().toLowerCase(java.util.Locale.ROOT)), "its name");
    }
  }

  /** The three DREAM calendar parsers answer with an empty Optional, never an exception. */
  @FuzzTest
  void dreamCalendar(byte[] data) {
    String in = text(data);
    Optional<YearQuarter> q = outcome(in, () -> DreamCalendar.parseQuarter(in));
    q.ifPresent(
        v -> roundTrip(v, DreamCalendar.parseQuarter(v.toString()).orElse(null), "toString()"));
    Optional<IsoWeek> column = outcome(in, () -> DreamCalendar.parseColumn(in));
    column.ifPresent(
        w -> {
          if (!DreamCalendar.isDreamWeek(w)) {
            throw failure("parseColumn gave a week before DREAM's first", in);
          }
          roundTrip(
              w, DreamCalendar.parseColumn(w.toDreamColumn()).orElse(null), "toDreamColumn()");
        });
    Optional<IsoWeek> week = outcome(in, () -> DreamCalendar.parseWeek(in));
    week.ifPresent(
        w -> roundTrip(w, DreamCalendar.parseWeek(w.toString()).orElse(null), "toString()"));
  }

  /** Codes and ranges: three-digit codes only, at most a thousand per range. */
  @FuzzTest
  void priorityCodes(byte[] data) {
    String in = text(data);
    List<Integer> codes =
        outcome(in, () -> PriorityTable.parseCodes(in), IllegalArgumentException.class);
    if (codes != null) {
      long parts = in.chars().filter(c -> c == ',').count() + 1;
      if (codes.size() > parts * 1_000 || codes.stream().anyMatch(c -> c < 0 || c > 999)) {
        throw failure("parseCodes gave " + codes.size() + " codes, or one outside 0-999,", in);
      }
    }
  }

  @FuzzTest
  void lisWeek(byte[] data) {
    String in = text(data);
    LocalDate monday = outcome(in, () -> LisValues.parseWeek(in), LisValueException.class);
    if (monday != null) {
      if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
        throw failure("parseWeek gave a " + monday.getDayOfWeek(), in);
      }
      roundTrip(monday, LisValues.parseWeek(monday.toString()), "toString()");
    }
  }

  @FuzzTest
  void lisAmount(byte[] data) {
    String in = text(data);
    Long oere = outcome(in, () -> LisValues.parseOere(in), LisValueException.class);
    BigDecimal kroner = outcome(in, () -> LisValues.parseAmount(in), LisValueException.class);
    if ((oere == null) != (kroner == null)) {
      throw failure("parseOere and parseAmount disagree", in);
    }
    if (oere != null) {
      roundTrip(oere, LisValues.parseOere(LisValues.formatOere(oere)), "formatOere");
      roundTrip(BigDecimal.valueOf(oere, 2), kroner, "parseAmount");
    }
  }

  @FuzzTest
  void netExpenseMapping(byte[] data) {
    String in = text(data);
    NetExpenseMapping m =
        outcome(in, () -> NetExpenseMapping.parse(in), IllegalArgumentException.class);
    if (m != null) {
      roundTrip(m, NetExpenseMapping.parse(m.toString()), "toString()");
    }
  }

  /** A value or a problem, never an exception; a value reads back through {@code format}. */
  @FuzzTest
  void yumuAmount(byte[] data) {
    String in = text(data);
    YumuAmount.Parsed parsed = outcome(in, () -> YumuAmount.parse(in));
    if (parsed.isValid()) {
      BigDecimal v = parsed.value().orElseThrow();
      YumuAmount.Parsed again = YumuAmount.parse(YumuAmount.format(v));
      roundTrip(v, again.value().orElse(null), "format");
    }
  }
}
