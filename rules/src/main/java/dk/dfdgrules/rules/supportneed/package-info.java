/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Support needs (støttebehov) in a young person's education plan, the letter to the citizen and the
 * messages to UDB (DFDG-RN-2021-12-06 §3.2 and appendix 1).
 *
 * <table>
 *   <caption>Entry points</caption>
 *   <tr><th>ids</th><th>question</th><th>entry point</th><th>area</th></tr>
 *   <tr><td>SN-1 … SN-6</td><td>are these support needs valid at this step?</td>
 *       <td>{@link dk.dfdgrules.rules.supportneed.SupportNeedRules#validate(dk.dfdgrules.core.plan.EducationPlan, java.time.LocalDate) SupportNeedRules.validate}</td>
 *       <td>{@code support-needs}</td></tr>
 *   <tr><td>LET-1 … LET-5</td><td>does publishing this plan produce a letter, and what does it say?</td>
 *       <td>{@link dk.dfdgrules.rules.supportneed.LetterRules#decide(dk.dfdgrules.rules.supportneed.PlanPublication, java.time.LocalDate) LetterRules.decide}</td>
 *       <td>{@code education-letter}</td></tr>
 *   <tr><td>UDB-1 … UDB-5</td><td>UDB reports an admission: what does DFDG send?</td>
 *       <td>{@link dk.dfdgrules.rules.supportneed.UdbMessages#decide(dk.dfdgrules.rules.supportneed.UdbMessageFacts, java.time.LocalDate) UdbMessages.decide} with {@link dk.dfdgrules.rules.supportneed.UdbMessageFacts#admission UdbMessageFacts.admission}</td>
 *       <td>{@code udb-message}</td></tr>
 * </table>
 *
 * <p>Dates: {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} — SN and LET from 2021-12-06;
 * {@link dk.dfdgrules.codelists.Sources#UDB_SUPPORT_NEEDS_FLOW} — the UDB flow from 2022-01-01. The
 * Bean Validation constraint for SN-1 … SN-4 is {@link
 * dk.dfdgrules.core.validation.ValidSupportNeeds} on the education plan, checked by {@link
 * dk.dfdgrules.rules.validation.SupportNeedsValidator}.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Record constructors accept null only where JSON may leave a field out, and say so.
 */
@NullMarked
package dk.dfdgrules.rules.supportneed;

import org.jspecify.annotations.NullMarked;
