/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * One report writer for the command line's jobs: a small model ({@link
 * dk.dfdgrules.cli.report.Report}: title, warnings, facts, and sections of line charts, stacked
 * bars and tables of {@link dk.dfdgrules.cli.report.Cell}s) and its two renderers, the terminal
 * summary ({@link dk.dfdgrules.cli.report.TerminalRenderer}) and one self-contained HTML file with
 * inline SVG charts ({@link dk.dfdgrules.cli.report.HtmlRenderer}). Small counts are shown as
 * suppressed by a {@link dk.dfdgrules.cli.report.Suppression}, the same in every view.
 */
package dk.dfdgrules.cli.report;
