/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import static dk.dfdgrules.fuzz.FuzzChecks.checkJson;
import static dk.dfdgrules.fuzz.FuzzChecks.failure;
import static dk.dfdgrules.fuzz.FuzzChecks.noCprOf;
import static dk.dfdgrules.fuzz.FuzzChecks.outcome;
import static dk.dfdgrules.fuzz.FuzzChecks.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.json.DfdgJson;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Every area of {@link RuleAreas#library()} on any JSON as its facts, read by {@link
 * DfdgJson#mapper()} and evaluated on two dates: only Jackson's documented {@link
 * JsonProcessingException}, whose description ({@link dk.dfdgrules.rules.cases.CaseFiles#describe})
 * is short and shows no CPR number of the input; JSON that is not one well-formed document without
 * duplicate keys is rejected; the evaluation throws nothing and its answer shows no CPR number of
 * the facts.
 *
 * <p>A JSON {@code null} reads as no facts and is not evaluated: {@link RuleArea#evaluate} takes
 * facts, and telling the user is the caller's part.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class AreaFactsFuzzTest {

  private static final ObjectMapper MAPPER = DfdgJson.mapper();

  /** Reads JSON tokens strictly: duplicate keys are an error. */
  private static final JsonFactory STRICT_TOKENS =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2022, 3, 15), LocalDate.of(2025, 1, 1));

  /** Every area of the library has a fuzz test here: one method per area, named after it. */
  @Test
  void everyLibraryAreaIsFuzzed() throws NoSuchMethodException {
    for (RuleArea<?, ?> area : RuleAreas.library()) {
      String method = camelCase(area.name());
      if (AreaFactsFuzzTest.class
              .getDeclaredMethod(method, byte[].class)
              .getAnnotation(FuzzTest.class)
          == null) {
        throw new AssertionError(method + " is not a @FuzzTest");
      }
    }
  }

  @FuzzTest
  void absence(byte[] data) {
    facts("absence", data);
  }

  @FuzzTest
  void activationMeasures(byte[] data) {
    facts("activation-measures", data);
  }

  @FuzzTest
  void contactPersons(byte[] data) {
    facts("contact-persons", data);
  }

  @FuzzTest
  void courseCategory(byte[] data) {
    facts("course-category", data);
  }

  @FuzzTest
  void cvApproval(byte[] data) {
    facts("cv-approval", data);
  }

  @FuzzTest
  void educationContacts(byte[] data) {
    facts("education-contacts", data);
  }

  @FuzzTest
  void educationLetter(byte[] data) {
    facts("education-letter", data);
  }

  @FuzzTest
  void jobTitles(byte[] data) {
    facts("job-titles", data);
  }

  @FuzzTest
  void lisRow(byte[] data) {
    facts("lis-row", data);
  }

  @FuzzTest
  void membershipRecall(byte[] data) {
    facts("membership-recall", data);
  }

  @FuzzTest
  void mentor(byte[] data) {
    facts("mentor", data);
  }

  @FuzzTest
  void personGroupMarking(byte[] data) {
    facts("person-group-marking", data);
  }

  @FuzzTest
  void refusionSteps(byte[] data) {
    facts("refusion-steps", data);
  }

  @FuzzTest
  void retention(byte[] data) {
    facts("retention", data);
  }

  @FuzzTest
  void supportNeeds(byte[] data) {
    facts("support-needs", data);
  }

  @FuzzTest
  void udbMessage(byte[] data) {
    facts("udb-message", data);
  }

  @FuzzTest
  void udbSubscription(byte[] data) {
    facts("udb-subscription", data);
  }

  @FuzzTest
  void visitationCourses(byte[] data) {
    facts("visitation-courses", data);
  }

  @FuzzTest
  void yumuReport(byte[] data) {
    facts("yumu-report", data);
  }

  private static void facts(String areaName, byte[] data) {
    evaluate(RuleAreas.get(areaName), text(data));
  }

  private static <F> void evaluate(RuleArea<F, ?> area, String in) {
    F facts;
    try {
      facts = MAPPER.readValue(in, area.factsType());
    } catch (JsonProcessingException e) {
      checkJson(in, e);
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("reading the facts threw " + e.getClass().getName(), e);
    }
    if (!isOneStrictDocument(in)) {
      throw failure(
          "the mapper accepted JSON with trailing content or a duplicate key for " + area.name(),
          in);
    }
    if (facts == null) {
      return;
    }
    for (LocalDate at : DATES) {
      Answer<?> answer = outcome(in, () -> area.evaluate(facts, EvaluationContext.on(at)));
      noCprOf(in, "the answer of " + area.name(), answer.toString(), true);
    }
  }

  /**
   * Whether the text is one JSON document without a duplicate key, nothing but blanks after it: its
   * tokens only, so that a number of any size is not read.
   */
  private static boolean isOneStrictDocument(String in) {
    try (JsonParser p = STRICT_TOKENS.createParser(in)) {
      p.nextToken();
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String camelCase(String name) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : name.toCharArray()) {
      if (c == '-') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
