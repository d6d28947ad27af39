/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The official code lists of DFDG, DREAM and Ydelsesrefusion, as versioned data with validity
 * periods and sources, behind one uniform API.
 *
 * <h2>Contents</h2>
 *
 * <dl>
 *   <dt>The uniform API
 *   <dd>{@link dk.dfdgrules.codelists.CodeLists} — the registry: every list by key ({@code get},
 *       {@code find}, {@code all}), a constant per key, enums served as lists ({@code fromEnum},
 *       {@code codeOf}).
 *   <dd>{@link dk.dfdgrules.codelists.CodeList} — one list: metadata (title, source, version,
 *       partial) and lookups by id, by name (case- and accent-insensitive), by date, and {@code
 *       statusOf}.
 *   <dd>{@link dk.dfdgrules.codelists.Code} — one value: id, official name, aliases, description,
 *       validity (last day inclusive), attributes.
 *   <dd>{@link dk.dfdgrules.codelists.CodeStatus} — valid, not yet valid, retired, known id with no
 *       name in the sources, unknown.
 *   <dd>{@link dk.dfdgrules.codelists.CodeListFormatException} — a bundled data file is malformed
 *       (file and line in the message).
 *   <dt>Closed lists as enums ({@link dk.dfdgrules.codelists.OfficialCode}, {@link
 *       dk.dfdgrules.codelists.NumberedCode})
 *   <dd>DFDG: {@link dk.dfdgrules.codelists.SupportNeed}, {@link dk.dfdgrules.codelists.Step},
 *       {@link dk.dfdgrules.codelists.PlanType}, {@link dk.dfdgrules.codelists.ContactKind}, {@link
 *       dk.dfdgrules.codelists.MentorType}, {@link dk.dfdgrules.codelists.CloseReason}, {@link
 *       dk.dfdgrules.codelists.CvStatus}, {@link dk.dfdgrules.codelists.ActivityStatus}, {@link
 *       dk.dfdgrules.codelists.VisitationCategory}.
 *   <dd>DREAM: {@link dk.dfdgrules.codelists.BenefitGroup} (17 groups, current and coming names),
 *       {@link dk.dfdgrules.codelists.ReceiverStatus}.
 *   <dt>Ids of partial lists, as plain ints for rules
 *   <dd>{@link dk.dfdgrules.codelists.ContactPersonTypes}, {@link
 *       dk.dfdgrules.codelists.ContactGroups}, {@link dk.dfdgrules.codelists.AbsenceTypes}, {@link
 *       dk.dfdgrules.codelists.CourseCategories}, {@link dk.dfdgrules.codelists.InterventionTypes};
 *       names and validity are in their data files.
 *   <dt>Data files (resources {@code <key>.tsv} in this package)
 *   <dd>Every other list: DREAM benefit codes (134, with {@code kind} and {@code group}), the
 *       derived value 'Beskæftigede', match categories, DSA tables, regions, the 98 municipalities,
 *       refusion steps, DFDG building blocks, and the FLIS-DFDG dimensions (activity causes,
 *       activation pools, aids, support persons, conversations, organisation roles, job types) and
 *       YR activity types. The format is described in {@link dk.dfdgrules.codelists.CodeLists}:
 *       {@code # key: value} metadata, a column header {@code id name validFrom validTo aliases
 *       description} plus attribute columns, tab-separated values.
 * </dl>
 *
 * <p>Official names are the Danish names exactly as the sources publish them (only the æ/ø/å and
 * evident glyph errors of the OCR-read FLIS-DFDG document restored); other spellings are aliases,
 * never display names. Each list cites its source as the seeds' README does ({@code FLIS-DREAM
 * §11}).
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Everything is immutable and thread-safe; nothing reads a clock or any file but the bundled
 * resources.
 */
@NullMarked
package dk.dfdgrules.codelists;

import org.jspecify.annotations.NullMarked;
