/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import static dk.dfdgrules.fuzz.FuzzChecks.noCprOf;
import static dk.dfdgrules.fuzz.FuzzChecks.outcome;
import static dk.dfdgrules.fuzz.FuzzChecks.roundTrip;
import static dk.dfdgrules.fuzz.FuzzChecks.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The parsers of dfdg-core on any text: only {@link IllegalArgumentException}, a short message
 * without a CPR number of the input, and {@code parse(toString())} gives the value back.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class CoreParsersFuzzTest {

  @FuzzTest
  void cprNumber(byte[] data) {
    String in = text(data);
    CprNumber cpr = outcome(in, () -> CprNumber.parse(in), IllegalArgumentException.class);
    if (cpr != null) {
      noCprOf(in, "CprNumber.toString()", cpr.toString());
      roundTrip(cpr, CprNumber.parse(cpr.unmaskedValue()), "unmaskedValue()");
    }
  }

  @FuzzTest
  void cvrNumber(byte[] data) {
    String in = text(data);
    CvrNumber cvr = outcome(in, () -> CvrNumber.parse(in), IllegalArgumentException.class);
    if (cvr != null) {
      roundTrip(cvr, CvrNumber.parse(cvr.toString()), "toString()");
    }
  }

  @FuzzTest
  void pNumber(byte[] data) {
    String in = text(data);
    PNumber p = outcome(in, () -> PNumber.parse(in), IllegalArgumentException.class);
    if (p != null) {
      roundTrip(p, PNumber.parse(p.toString()), "toString()");
    }
  }

  @FuzzTest
  void phoneNumber(byte[] data) {
    String in = text(data);
    PhoneNumber phone = outcome(in, () -> PhoneNumber.parse(in), IllegalArgumentException.class);
    if (phone != null) {
      roundTrip(phone, PhoneNumber.parse(phone.toString()), "toString()");
    }
  }

  @FuzzTest
  void emailAddress(byte[] data) {
    String in = text(data);
    EmailAddress mail = outcome(in, () -> EmailAddress.parse(in), IllegalArgumentException.class);
    if (mail != null) {
      roundTrip(mail, EmailAddress.parse(mail.value()), "value()");
      String masked = mail.toString();
      String local = mail.value().substring(0, mail.value().indexOf('@'));
      if (!masked.startsWith("****@") || (local.length() >= 4 && masked.contains(local))) {
        throw new AssertionError("EmailAddress.toString() does not mask the local part");
      }
    }
  }

  @FuzzTest
  void moneyParse(byte[] data) {
    String in = text(data);
    Money m = outcome(in, () -> Money.parse(in), IllegalArgumentException.class);
    if (m != null) {
      roundTrip(m, Money.parse(m.toString()), "toString()");
      roundTrip(m, Money.parse(m.toDanishString()), "toDanishString()");
    }
  }

  /** {@link Money#of} on any {@link BigDecimal} the text spells (exponents included). */
  @FuzzTest
  void moneyOf(byte[] data) {
    String in = text(data).strip();
    BigDecimal kroner;
    try {
      kroner = new BigDecimal(in);
    } catch (NumberFormatException e) {
      return; // not a number: BigDecimal's business, not the library's
    }
    Money m = outcome(in, () -> Money.of(kroner), IllegalArgumentException.class);
    if (m != null) {
      roundTrip(m, Money.parse(m.toString()), "toString()");
    }
  }

  @FuzzTest
  void isoWeek(byte[] data) {
    String in = text(data);
    IsoWeek w = outcome(in, () -> IsoWeek.parse(in), IllegalArgumentException.class);
    if (w != null) {
      roundTrip(w, IsoWeek.parse(w.toString()), "toString()");
    }
  }

  @FuzzTest
  void isoWeekDreamColumn(byte[] data) {
    String in = text(data);
    IsoWeek w = outcome(in, () -> IsoWeek.parseDreamColumn(in), IllegalArgumentException.class);
    if (w != null) {
      roundTrip(w, IsoWeek.parseDreamColumn(w.toDreamColumn()), "toDreamColumn()");
    }
  }

  @FuzzTest
  void datePeriod(byte[] data) {
    String in = text(data);
    DatePeriod p = outcome(in, () -> DatePeriod.parse(in), IllegalArgumentException.class);
    if (p != null) {
      roundTrip(p, DatePeriod.parse(p.toString()), "toString()");
    }
  }

  @FuzzTest
  void yearQuarter(byte[] data) {
    String in = text(data);
    YearQuarter q = outcome(in, () -> YearQuarter.parse(in), IllegalArgumentException.class);
    if (q != null) {
      roundTrip(q, YearQuarter.parse(q.toString()), "toString()");
    }
  }

  @FuzzTest
  void ruleId(byte[] data) {
    String in = text(data);
    RuleId id = outcome(in, () -> RuleId.of(in), IllegalArgumentException.class);
    if (id != null) {
      roundTrip(id, RuleId.of(id.toString()), "toString()");
    }
  }

  /** Both ways of making a key; neither shows a CPR number in {@code toString}. */
  @FuzzTest
  void personKey(byte[] data) {
    String in = text(data);
    PersonKey key = outcome(in, () -> PersonKey.of(in), IllegalArgumentException.class);
    if (key != null) {
      noCprOf(in, "PersonKey.of(…).toString()", key.toString());
      roundTrip(key, PersonKey.of(key.unmaskedValue()), "unmaskedValue()");
    }
    PersonKey running =
        outcome(in, () -> PersonKey.runningNumber(in), IllegalArgumentException.class);
    if (running != null) {
      noCprOf(in, "PersonKey.runningNumber(…).toString()", running.toString());
    }
  }
}
