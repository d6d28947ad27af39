/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.rule.Message;
import java.util.List;
import java.util.Optional;

/**
 * The FLIS DFDG code lists as data (FLIS-DFDG §5.1.3, §5.1.9, §5.1.10, §5.1.13–§5.1.15), and the
 * check of a record's values against them: a value is listed if its list knows it by its official
 * name or an alias, case and accents aside ({@link CodeList#byName(String)}).
 *
 * <p>An unknown value is reported, never guessed: as a {@link Problem} naming the field, the list
 * and the value — code values are not personal data. The lists change with DFDG releases (the
 * source's drafting note); a new release is a change of the list's data file, not of this class.
 */
public final class FlisCodes {

  /** AktivitetsAarsag: {@value}. */
  public static final String ACTIVITY_CAUSES = CodeLists.ACTIVITY_CAUSES;

  /** AktiveringsPuljenavn: {@value}. */
  public static final String ACTIVATION_POOLS = CodeLists.ACTIVATION_POOLS;

  /** AktivitetTypeNavn: {@value}. */
  public static final String ACTIVITY_TYPES = CodeLists.ACTIVITY_TYPES;

  /** HjælpeMiddelArt: {@value}. */
  public static final String AID_KINDS = CodeLists.AID_KINDS;

  /** HjælpemiddelTypeNavn: {@value}. */
  public static final String AID_TYPES = CodeLists.AID_TYPES;

  /** Samtaletyper: {@value}. */
  public static final String CONVERSATION_TYPES = CodeLists.CONVERSATION_TYPES;

  /** Samtale kontaktform: {@value}. */
  public static final String CONVERSATION_CONTACT_FORMS = CodeLists.CONVERSATION_CONTACT_FORMS;

  /** Samtaledeltagere: {@value}. */
  public static final String CONVERSATION_PARTICIPANTS = CodeLists.CONVERSATION_PARTICIPANTS;

  /**
   * A value a code list does not list.
   *
   * @param field the record's field, e.g. {@code cause}
   * @param list the code list's key, e.g. {@code activity-causes}
   * @param value the value as given
   */
  public record Problem(String field, String list, String value) {

    /**
     * The problem as a message: key {@code ACT.unknownCode} with {@code field}, {@code list} and
     * {@code value}.
     *
     * @return the message
     */
    public Message message() {
      return Message.of("ACT.unknownCode", "field", field, "list", list, "value", value);
    }

    /**
     * The problem in English, one line: {@code cause: 'X' is not in the code list activity-causes}.
     *
     * @return the text
     */
    public String text() {
      return field + ": '" + value + "' is not in the code list " + list;
    }
  }

  private FlisCodes() {}

  /**
   * Tells whether a code list lists a value (by name or alias).
   *
   * @param list the list's key, e.g. {@link #ACTIVITY_CAUSES}
   * @param value a value
   * @return true if listed
   * @throws IllegalArgumentException if there is no list of that key
   */
  public static boolean isListed(String list, String value) {
    return CodeLists.get(list).byName(requireNonNull(value, "value")).isPresent();
  }

  /**
   * The official name of a listed value (e.g. {@code Arbejdspladsinretning} for its alias {@code
   * Arbejdspladsindretning}).
   *
   * @param list the list's key
   * @param value a value
   * @return the official name, or empty if not listed
   */
  public static Optional<String> officialName(String list, String value) {
    return CodeLists.get(list).byName(value).map(c -> c.name());
  }

  /**
   * The values of an activation that its lists do not list: cause, pool and type.
   *
   * @param a an activation
   * @return the problems, possibly none
   */
  public static List<Problem> check(Activation a) {
    ImmutableList.Builder<Problem> b = ImmutableList.builder();
    check(b, "cause", ACTIVITY_CAUSES, a.cause());
    check(b, "pool", ACTIVATION_POOLS, a.pool());
    check(b, "type", ACTIVITY_TYPES, a.type());
    return b.build();
  }

  /**
   * The values of a conversation that its lists do not list: type, contact form, participants.
   *
   * @param c a conversation
   * @return the problems, possibly none
   */
  public static List<Problem> check(Conversation c) {
    ImmutableList.Builder<Problem> b = ImmutableList.builder();
    check(b, "type", CONVERSATION_TYPES, c.type());
    check(b, "contactForm", CONVERSATION_CONTACT_FORMS, c.contactForm());
    for (int i = 0; i < c.participants().size(); i++) {
      check(
          b,
          "participants[" + i + "]",
          CONVERSATION_PARTICIPANTS,
          Optional.of(c.participants().get(i)));
    }
    return b.build();
  }

  /**
   * The values of an aid expense that its lists do not list: kind and type.
   *
   * @param e an expense
   * @return the problems, possibly none
   */
  public static List<Problem> check(AidExpense e) {
    ImmutableList.Builder<Problem> b = ImmutableList.builder();
    check(b, "kind", AID_KINDS, e.kind());
    check(b, "type", AID_TYPES, e.type());
    return b.build();
  }

  private static void check(
      ImmutableList.Builder<Problem> b, String field, String list, Optional<String> value) {
    if (value.isPresent() && !isListed(list, value.get())) {
      b.add(new Problem(field, list, value.get()));
    }
  }
}
