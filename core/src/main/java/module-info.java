/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The domain model and the rule framework of dfdg-rules.
 *
 * <p>Every package is exported except the internal ones. The model carries no annotation of a
 * serialization library: the JSON modules ({@code dk.dfdgrules.json} for Jackson 2, {@code
 * dk.dfdgrules.jackson3} for Jackson 3) map it from the description in {@code
 * dk.dfdgrules.core.internal.mapping}, exported to them only, through the types' public builders
 * and factories — no package needs to be open to them. {@code internal} is open to Hibernate
 * Validator only, which instantiates the fallback validators registered below; the exported model
 * and constraint packages need no more for Bean Validation.
 *
 * <p>{@code @SuppressWarnings("module")}: Hibernate Validator is not a dependency of this module
 * (users bring it), and the JSON modules are built after this one, so javac cannot find the modules
 * named in the qualified {@code opens} and {@code exports}. {@code "requires-automatic"}, {@code
 * "requires-transitive-automatic"}: Immutables' annotations are an automatic module (with a stable
 * {@code Automatic-Module-Name}), needed at compile time only.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module dk.dfdgrules.core {
  requires transitive dk.dfdgrules.codelists;
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  // annotations that the API's javadoc shows, so read by users' modules when present
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  // annotations on the Immutables-generated classes (@Generated, @CanIgnoreReturnValue, @Var)
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dk.dfdgrules.core.absence;
  exports dk.dfdgrules.core.activity;
  exports dk.dfdgrules.core.citizen;
  exports dk.dfdgrules.core.contact;
  exports dk.dfdgrules.core.cv;
  exports dk.dfdgrules.core.dream;
  exports dk.dfdgrules.core.money;
  exports dk.dfdgrules.core.organisation;
  exports dk.dfdgrules.core.plan;
  exports dk.dfdgrules.core.rule;
  exports dk.dfdgrules.core.subscription;
  exports dk.dfdgrules.core.time;
  exports dk.dfdgrules.core.unemploymentfund;
  exports dk.dfdgrules.core.validation;
  exports dk.dfdgrules.core.visitation;
  exports dk.dfdgrules.core.internal.mapping to
      dk.dfdgrules.json,
      dk.dfdgrules.jackson3;

  opens dk.dfdgrules.core.internal to
      org.hibernate.validator;

  uses dk.dfdgrules.core.rule.MessageBundleProvider;

  provides dk.dfdgrules.core.rule.MessageBundleProvider with
      dk.dfdgrules.core.rule.CoreMessageBundles;
  provides jakarta.validation.ConstraintValidator with
      dk.dfdgrules.core.internal.SupportNeedsFallbackValidator,
      dk.dfdgrules.core.internal.EducationContactFallbackValidator;
}
