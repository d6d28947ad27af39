/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: the abstract value type is the public API, its generated
 * {@code Immutable*} implementation is package-private, builders are reached through a nested
 * {@code Builder} of the abstract type, and attributes marked {@code @Value.Redacted} (personal
 * data) print as {@code ****} in {@code toString}.
 *
 * <p>Accessors are JavaBeans getters ({@code getStep()}, {@code isCreatedInError()}) so that a
 * user's Bean Validation {@code Validator} sees the constraints on them; builders and JSON use the
 * attribute names without prefix ({@code step}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    redactedMask = "****",
    depluralize = true,
    defaults = @Value.Immutable(copy = false))
public @interface DfdgStyle {}
