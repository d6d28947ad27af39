/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.rule.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content of the letter (pdf) the citizen gets in Jobnet when the jobcentre publishes an
 * education plan with support needs (LET-1 … LET-5; DFDG-RN-2021-12-06 §3.2 and appendix 1) — the
 * content, not the pdf: the bullet lines in order, whether the letter tells the citizen they are
 * ordered to start the education (step 4), and the jobcentre contact (type 32) when one is
 * registered ("hvis kontaktperson eksisterer").
 *
 * <p>Not this letter: the old pdf with the education order, which is still sent to the
 * institution's digital mailbox and shown in 'Min plan' at step 4 (§3.2 OBS; no date is given for
 * its abolition).
 *
 * <p>Personal data: {@link #toString()} tells only whether a contact is registered.
 *
 * @param step the plan's step
 * @param lines the bullet lines, in the letter's order
 * @param orderToStart whether the letter says the citizen is ordered to start the education (LET-3)
 * @param jobcentreContact the jobcentre contact shown in the letter, if registered
 */
public record EducationLetter(
    Step step,
    List<LetterLine> lines,
    boolean orderToStart,
    Optional<JobcentreContact> jobcentreContact) {

  /** Copies the lines. */
  public EducationLetter {
    lines = ImmutableList.copyOf(lines);
  }

  /**
   * The bullet lines as text: Danish is the letter's own wording.
   *
   * @param locale the language (English, or Danish for anything else)
   * @return the lines
   */
  public List<String> lineTexts(Locale locale) {
    return lines.stream().map(l -> Messages.format(l.message(), locale)).toList();
  }

  @Override
  public String toString() {
    return "EducationLetter[step="
        + step.id()
        + ", lines="
        + lines
        + ", orderToStart="
        + orderToStart
        + ", jobcentreContact="
        + (jobcentreContact.isPresent() ? "registered" : "none")
        + "]";
  }
}
