/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.Message;

/**
 * A bullet line of the letter to the citizen, in the order the letter shows them (LET-4;
 * DFDG-RN-2021-12-06 appendix 1 "Brev til borger om optagelse på uddannelse"). The Danish text of
 * each line is the template's, word for word, in the message bundle under {@link #messageKey()};
 * the English text is a translation for caseworkers, not part of the letter.
 */
public enum LetterLine {
  /** Step 4 — "At jobcentret har pålagt dig at starte på den konkrete uddannelse." */
  ORDER_TO_START,
  /**
   * Need 1, at steps 3–4 only — "At jobcentret har vurderet, at du ikke har nogle umiddelbare behov
   * for yderligere støtte i uddannelsen."
   */
  NO_SUPPORT_NEEDS,
  /**
   * Need 3 — "At jobcentret har vurderet, at du har sociale, personlige eller helbredsrelaterede
   * støttebehov, som din uddannelsesinstitution skal være opmærksom på."
   */
  SOCIAL_PERSONAL_OR_HEALTH_NEEDS,
  /**
   * Need 2 — "At jobcentret har vurderet, at du har behov for hjælp til faglige støttebehov, fx
   * læse/skrive/regne, som din uddannelsesinstitution skal vide."
   */
  ACADEMIC_NEEDS,
  /** Need 5 — "At du allerede har tilknyttet en støtteperson." */
  SUPPORT_PERSON;

  /**
   * The key of the line's text in the message bundle: {@code LET-4.line.ORDER_TO_START} ….
   *
   * @return the key
   */
  public String messageKey() {
    return "LET-4.line." + name();
  }

  /**
   * The line as a message (Danish: the letter's text; English: a translation).
   *
   * @return the message
   */
  public Message message() {
    return Message.of(messageKey());
  }
}
