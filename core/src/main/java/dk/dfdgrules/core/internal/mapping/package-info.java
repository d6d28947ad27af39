/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Internal: the model's value types described as data, for the readers and writers of the library's
 * JSON modules ({@code dfdg-json} for Jackson 2, {@code dfdg-jackson3} for Jackson 3), so that the
 * model carries no annotation of a serialization library and both Jackson versions map it from one
 * description.
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.core.internal.mapping.ValueType} — a type with named attributes (the
 *       Immutables types, {@code DreamSeries}): its attributes in order, how to read each from an
 *       instance and how to assemble an instance from their values (through its public builder or
 *       its {@code of} factory).
 *   <li>{@link dk.dfdgrules.core.internal.mapping.ScalarType} — a type written as one text or
 *       number ({@code CprNumber}, {@code IsoWeek}, {@code Money} …).
 *   <li>{@link dk.dfdgrules.core.internal.mapping.ModelTypes} — the table of all of them.
 * </ul>
 *
 * <p>Exported only to the JSON modules; not part of the API.
 */
@NullMarked
package dk.dfdgrules.core.internal.mapping;

import org.jspecify.annotations.NullMarked;
