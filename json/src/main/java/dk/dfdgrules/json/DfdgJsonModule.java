/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.dfdgrules.core.internal.mapping.ModelTypes;
import dk.dfdgrules.core.internal.mapping.ScalarType;
import dk.dfdgrules.core.internal.mapping.ValueType;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;

/**
 * The Jackson 2 module of dfdg-rules: serializers and deserializers for the model's value types
 * (through their public builders and factories — the model carries no Jackson annotation) and
 * mix-ins for the rule framework's records.
 *
 * <p>Registered as a service ({@code META-INF/services/com.fasterxml.jackson.databind.Module} and
 * the module descriptor), so {@code ObjectMapper.findAndRegisterModules()} finds it. {@link
 * DfdgJson#module()} gives one too.
 */
public final class DfdgJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module; public for {@link java.util.ServiceLoader}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public DfdgJsonModule() {
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
  public Object getTypeId() {
    // one registration per mapper, however often it is added or discovered
    return DfdgJsonModule.class.getName();
  }
}
