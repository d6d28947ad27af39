/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The DREAM weekly series: {@link dk.dfdgrules.core.dream.DreamSeries}, one person's benefit code
 * per ISO week, and {@link dk.dfdgrules.core.dream.PersonKey}, the person's key (a CPR number or an
 * anonymous running number).
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is not
 * comparable with other data sources (FLIS-DREAM §2).
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.core.dream;

import org.jspecify.annotations.NullMarked;
