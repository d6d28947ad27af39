/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * {@code dfdg dream}: the DREAM key figures of a wide or long DREAM file ({@code keyfigures}) and
 * synthetic sample files ({@code sample}).
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is not
 * comparable with other data sources (FLIS-DREAM §2); every report says so in its header.
 */
package dk.dfdgrules.cli.dream;
