/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import static dk.dfdgrules.fuzz.FuzzChecks.outcome;
import static dk.dfdgrules.fuzz.FuzzChecks.roundTrip;
import static dk.dfdgrules.fuzz.FuzzChecks.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.codelists.OfficialCode;
import dk.dfdgrules.codelists.OfficialCodes;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.ReceiverStatus;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.codelists.VisitationCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The code lists looked up by any key and any code (which throws nothing), and every code-list enum
 * read from any text or number: only {@link IllegalArgumentException}, with a short message and no
 * CPR number of the input.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class CodeListsFuzzTest {

  /** The enums read through {@link OfficialCodes#parse}. */
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          ActivityStatus.class,
          BenefitGroup.class,
          CloseReason.class,
          ContactKind.class,
          CvStatus.class,
          MentorType.class,
          PlanType.class,
          ReceiverStatus.class,
          Step.class,
          SupportNeed.class,
          VisitationCategory.class);

  /** The first line is a list's key; the rest a code looked up in that list (or the first). */
  @FuzzTest
  void codeLists(byte[] data) {
    String in = text(data);
    int nl = in.indexOf('\n');
    String key = nl < 0 ? in : in.substring(0, nl);
    String code = nl < 0 ? in : in.substring(nl + 1);
    CodeList list = outcome(in, () -> CodeLists.get(key), IllegalArgumentException.class);
    if (list == null) {
      list = CodeLists.all().get(Math.floorMod(in.hashCode(), CodeLists.all().size()));
    }
    CodeList l = list;
    // documented for any string: no exception at all
    outcome(in, () -> l.byId(code));
    outcome(in, () -> l.byName(code));
    outcome(in, () -> l.statusOf(code, LocalDate.of(2024, 1, 1)));
  }

  /** The text, and the number it spells if it is one, as a constant of every code-list enum. */
  @FuzzTest
  void officialCodes(byte[] data) {
    String in = text(data);
    Object number = null;
    try {
      number = Long.valueOf(in.strip());
    } catch (NumberFormatException e) {
      // a text only
    }
    for (Class<? extends Enum<?>> type : ENUMS) {
      parse(in, type, in);
      if (number != null) {
        parse(in, type, number);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void parse(String in, Class<? extends Enum<?>> type, Object value) {
    Class raw = type;
    Object constant =
        outcome(in, () -> OfficialCodes.parse(raw, value), IllegalArgumentException.class);
    if (constant != null) {
      roundTrip(
          constant,
          OfficialCodes.parse(raw, OfficialCodes.externalForm((OfficialCode) constant)),
          "externalForm()");
    }
  }
}
