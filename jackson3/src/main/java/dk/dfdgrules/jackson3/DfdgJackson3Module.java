/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.jackson3;

import dk.dfdgrules.core.internal.mapping.ModelTypes;
import dk.dfdgrules.core.internal.mapping.ScalarType;
import dk.dfdgrules.core.internal.mapping.ValueType;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of dfdg-rules: serializers and deserializers for the model's value types
 * (through their public builders and factories — the model carries no Jackson annotation) and
 * mix-ins for the rule framework's records; the same mapping as dfdg-json's for Jackson 2, from the
 * same table ({@code dk.dfdgrules.core.internal.mapping.ModelTypes}).
 *
 * <p>Registered as a service ({@code META-INF/services/tools.jackson.databind.JacksonModule} and
 * the module descriptor), so {@code JsonMapper.builder().findAndAddModules()} finds it. {@link
 * DfdgJackson3#module()} gives one too.
 */
public final class DfdgJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module; public for {@link java.util.ServiceLoader}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public DfdgJackson3Module() {
    super("dfdg-rules", Version.unknownVersion());
    for (ValueType<?> type : ModelTypes.structured()) {
      addSerializer((Class) type.type(), new ValueTypeSerializer(type));
      addDeserializer((Class) type.type(), new ValueTypeDeserializer(type));
    }
    for (ScalarType<?, ?> scalar : ModelTypes.scalars()) {
      addSerializer((Class) scalar.type(), new ScalarSerializer(scalar));
      addDeserializer((Class) scalar.type(), new ScalarDeserializer(scalar));
      if (scalar.isText()) {
        addKeySerializer((Class) scalar.type(), new ScalarKeySerializer(scalar));
        addKeyDeserializer(scalar.type(), new ScalarKeyDeserializer(scalar));
      }
    }
    setMixInAnnotation(RuleResult.class, MixIns.RuleResultMixIn.class);
    setMixInAnnotation(Violation.class, MixIns.ViolationMixIn.class);
    setMixInAnnotation(DerivedValue.class, MixIns.DerivedValueMixIn.class);
    setMixInAnnotation(Answer.class, MixIns.AnswerMixIn.class);
  }

  @Override
  public Object getRegistrationId() {
    // one registration per mapper, however often it is added or discovered
    return DfdgJackson3Module.class.getName();
  }
}
