/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.reflect.ClassPath;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.time.DatePeriod;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mapping table covers every value type, and every attribute of each, in the model. */
class ModelTypesTest {

  private static final LocalDate D = LocalDate.of(2022, 3, 10);

  private static Set<Class<?>> immutablesTypes() throws Exception {
    return ClassPath.from(ModelTypesTest.class.getClassLoader())
        .getTopLevelClassesRecursive("dk.dfdgrules.core")
        .stream()
        .filter(c -> c.getSimpleName().startsWith("Immutable"))
        .map(c -> c.load().getSuperclass())
        .collect(Collectors.toSet());
  }

  @Test
  void everyImmutablesTypeIsInTheTable() throws Exception {
    Set<Class<?>> listed =
        ModelTypes.structured().stream().map(ValueType::type).collect(Collectors.toSet());
    assertThat(immutablesTypes()).isNotEmpty().allSatisfy(t -> assertThat(listed).contains(t));
  }

  @Test
  void everyBuilderMethodIsAnAttributeInTheTable() {
    for (ValueType<?> type : ModelTypes.structured()) {
      if (type.attributes().get(0).setter() == null) {
        continue;
      }
      Class<?> builder = type.attributes().get(0).setter().getDeclaringClass();
      Set<String> setters =
          Arrays.stream(builder.getMethods())
              .filter(m -> m.getDeclaringClass() == builder && m.getParameterCount() == 1)
              .map(Method::getName)
              .filter(n -> !n.equals("from") && !n.startsWith("add") && !n.startsWith("put"))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(new TreeSet<>(type.names())).as(type.toString()).isEqualTo(setters);
    }
  }

  @Test
  void everyFactoryMadeTypeListsEveryAbstractAccessor() {
    for (ValueType<?> type : ModelTypes.structured()) {
      if (!Modifier.isAbstract(type.type().getModifiers())) {
        continue;
      }
      long accessors =
          Arrays.stream(type.type().getMethods())
              .filter(m -> Modifier.isAbstract(m.getModifiers()))
              .count();
      assertThat(type.attributes())
          .as(type.toString())
          .hasSizeGreaterThanOrEqualTo((int) accessors);
    }
  }

  @Test
  void aBuiltTypeIsAssembledThroughItsPublicBuilder() {
    @SuppressWarnings("unchecked")
    ValueType<EducationPlan> plan =
        (ValueType<EducationPlan>)
            ModelTypes.structured().stream()
                .filter(t -> t.type() == EducationPlan.class)
                .findFirst()
                .orElseThrow();
    ValueType.Assembly<EducationPlan> assembly = plan.assemble();
    assertThat(assembly.missing()).containsExactly("step");
    assertThatThrownBy(assembly::build).hasMessageContaining("[step]");
    assembly.set(plan.attribute("step").orElseThrow(), Step.STEP_2);
    assembly.set(plan.attribute("supportNeeds").orElseThrow(), List.of(SupportNeed.ACADEMIC));
    assertThat(assembly.build()).isEqualTo(EducationPlan.of(Step.STEP_2, SupportNeed.ACADEMIC));
    assertThat(plan.attribute("step").orElseThrow().valueOf(assembly.build()))
        .isEqualTo(Step.STEP_2);
    assertThat(plan.attribute("freeText")).isEmpty();
  }

  @Test
  void aFactoryMadeTypeIsAssembledThroughItsOfFactory() {
    ValueType<?> mentor =
        ModelTypes.structured().stream()
            .filter(t -> t.type() == MentorIntervention.class)
            .findFirst()
            .orElseThrow();
    var assembly = mentor.assemble();
    assembly.set(mentor.attributes().get(0), 6);
    assertThat(assembly.missing()).containsExactly("period");
    assembly.set(mentor.attributes().get(1), DatePeriod.from(D));
    assertThat(assembly.build()).isEqualTo(MentorIntervention.of(6, DatePeriod.from(D)));
  }

  @Test
  void scalarsReadWhatTheyWrite() {
    assertThat(ModelTypes.scalars()).hasSize(11);
    ScalarType<?, ?> period =
        ModelTypes.scalars().stream()
            .filter(s -> s.type() == DatePeriod.class)
            .findFirst()
            .orElseThrow();
    assertThat(period.write(DatePeriod.from(D))).isEqualTo("2022-03-10/..");
    assertThat(period.isText()).isTrue();
  }
}
