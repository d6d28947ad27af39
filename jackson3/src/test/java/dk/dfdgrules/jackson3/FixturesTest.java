/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared JSON fixtures under Jackson 2: the project's mapper, a mapper that discovers modules
 * and a plain mapper all read official codes by their id. {@code dfdg-jackson3} reads the same
 * files.
 */
class FixturesTest {

  private static final ObjectMapper PROJECT = DfdgJackson3.mapper();
  private static final ObjectMapper DISCOVERING = JsonMapper.builder().findAndAddModules().build();
  // a discovering mapper as migrated from Jackson 2 (dates as timestamps and so on)
  private static final ObjectMapper DISCOVERING_BUILT =
      JsonMapper.builderWithJackson2Defaults().findAndAddModules().build();
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();

  /** The application's own record: codes read by any mapper, no module needed. */
  record Plan(Step step, List<SupportNeed> supportNeeds) {}

  static Stream<Arguments> fixtures() {
    return fixture("index.properties")
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("=", 2))
        .map(kv -> Arguments.of(kv[0], type(kv[1])));
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name.contains(".") ? name : "dk.dfdgrules.jackson3." + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(name, e);
    }
  }

  static String fixture(String file) {
    try (InputStream in = FixturesTest.class.getResourceAsStream("/fixtures/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theProjectsMapperRoundTripsEveryFixtureAndWritesItAsItIs(String file, Class<?> type)
      throws Exception {
    String text = fixture(file);
    Object value = PROJECT.readValue(text, type);
    String written = PROJECT.writeValueAsString(value);
    assertThat(PROJECT.readValue(written, type)).as(written).isEqualTo(value);
    if (!file.startsWith("input-")) {
      assertThat(PROJECT.readTree(written)).isEqualTo(PROJECT.readTree(text));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aDiscoveringMapperReadsEveryFixtureAsTheProjectsMapperDoes(String file, Class<?> type)
      throws Exception {
    String text = fixture(file);
    Object expected = PROJECT.readValue(text, type);
    for (ObjectMapper mapper : List.of(DISCOVERING, DISCOVERING_BUILT)) {
      Object value = mapper.readValue(text, type);
      assertThat(value).isEqualTo(expected);
      assertThat(mapper.readValue(mapper.writeValueAsString(value), type)).isEqualTo(value);
    }
  }

  @Test
  void aDiscoveringMapperFindsTheModuleAndTheModulesItNeeds() {
    assertThat(
            MapperBuilder.findModules().stream()
                .map(JacksonModule::getClass)
                .map(Class::getSimpleName))
        .contains("DfdgJackson3Module", "GuavaModule");
    assertThat(DISCOVERING.registeredModules().stream().map(JacksonModule::getRegistrationId))
        .contains(DfdgJackson3Module.class.getName());
  }

  @Test
  void everyMapperReadsCodesByTheirOfficialIdNeverTheirPosition() throws Exception {
    String json = fixture("input-education-plan-by-ids.json");
    for (ObjectMapper mapper : List.of(PLAIN, DISCOVERING, PROJECT)) {
      Plan plan = mapper.readValue(json, Plan.class);
      assertThat(plan.step()).isEqualTo(Step.STEP_2);
      assertThat(plan.supportNeeds()).containsExactly(SupportNeed.ACADEMIC);
      assertThat(mapper.writeValueAsString(plan)).isEqualTo("{\"step\":2,\"supportNeeds\":[2]}");
    }
    EducationPlan expected = EducationPlan.of(Step.STEP_2, SupportNeed.ACADEMIC);
    assertThat(DISCOVERING.readValue(json, EducationPlan.class)).isEqualTo(expected);
    assertThat(PROJECT.readValue(json, EducationPlan.class)).isEqualTo(expected);
  }

  @Test
  void aPlainMapperFailsLoudlyOnAModelTypeRatherThanReadAWrongValue() {
    assertThatThrownBy(
            () -> PLAIN.readValue(fixture("input-education-plan-by-ids.json"), EducationPlan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("EducationPlan");
  }

  @Test
  void theProjectsMapperWritesCodesAsTheirIds() throws Exception {
    assertThat(PROJECT.writeValueAsString(EducationPlan.of(Step.STEP_2, SupportNeed.ACADEMIC)))
        .isEqualTo("{\"planType\":\"EDUCATION_PLAN\",\"step\":2,\"supportNeeds\":[2]}");
  }

  @Test
  void anUnknownPropertyIsAnErrorNamingItWhateverTheMapper() {
    String misspelt = "{\"step\": 1, \"jobcentreContact\": {\"nmae\": \"Team Ung\"}}";
    for (ObjectMapper mapper : List.of(PROJECT, DISCOVERING)) {
      assertThatThrownBy(() -> mapper.readValue(misspelt, EducationPlan.class))
          .isInstanceOf(UnrecognizedPropertyException.class)
          .hasMessageContaining("\"nmae\"")
          .hasMessageContaining("EducationPlan[\"jobcentreContact\"]->")
          .hasMessageContaining("JobcentreContact[\"nmae\"]")
          .hasMessageContaining("\"email\"");
    }
  }

  @Test
  void aMissingOrNullRequiredPropertyIsAnErrorNamingIt() {
    assertThatThrownBy(() -> PROJECT.readValue("{\"supportNeeds\": [1]}", EducationPlan.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required property [step] of EducationPlan");
    assertThatThrownBy(() -> PROJECT.readValue("{\"step\": null}", EducationPlan.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("'step'");
    assertThatThrownBy(
            () -> PROJECT.readValue("{\"step\": 1, \"supportNeeds\": [null]}", EducationPlan.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("EducationPlan[\"supportNeeds\"]");
  }

  @Test
  void aMalformedValueIsAnErrorWithItsPathThatDoesNotEchoPersonalData() throws Exception {
    String badCpr = "{\"cpr\": \"0101901299x\"}";
    assertThatThrownBy(() -> PROJECT.readValue(badCpr, Citizen.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Citizen[\"cpr\"]")
        .hasMessageContaining("CprNumber")
        .hasMessageNotContaining("0101901299");
    String badPeriod =
        "{\"cpr\": \"0101901234\", \"contactGroups\": [{\"contactGroup\": 12, \"period\": \"x\"}]}";
    assertThatThrownBy(() -> PROJECT.readValue(badPeriod, Citizen.class))
        .hasMessageContaining("Citizen[\"contactGroups\"]->")
        .hasMessageContaining("[0]->")
        .hasMessageContaining("[\"period\"]");
    // an optional left out reads as empty; null too
    assertThat(
            PROJECT.readValue(
                "{\"cpr\": \"0101901234\", \"residenceMunicipality\": null}", Citizen.class))
        .isEqualTo(Citizen.of(CprNumber.parse("0101901234")));
  }

  @Test
  void anAnswerIsWrittenAsTheFixture() throws Exception {
    assertThat(PROJECT.readTree(PROJECT.writeValueAsString(FixturesTest.answer())))
        .isEqualTo(PROJECT.readTree(fixture("output/answer.json")));
  }

  /** The answer of {@code output/answer.json}. */
  static Answer<Verdict> answer() {
    LocalDate d = LocalDate.of(2022, 1, 10);
    RuleVersion v =
        RuleVersion.since(
            RuleId.of("SN-1"),
            LocalDate.of(2021, 12, 6),
            SourceCitation.of("DFDG-RN-2021-12-06", "§3.2", "kan ikke"));
    RuleResult violated =
        RuleResult.builder(v)
            .error("supportNeeds", Message.of("SN-1.violated", "ids", List.of(1, 2)))
            .build();
    return new Answer<>(
        "support-needs",
        EvaluationContext.on(d),
        List.of(violated),
        Verdict.of(() -> List.of(violated)));
  }
}
