/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import java.util.List;
import java.util.Locale;

/**
 * The columns of an activation records file ({@link ActivationMeasuresJob}), each found by one of
 * its names in the header, in any order, case aside. Which record kinds read a column, and whether
 * they need it, is said per column.
 */
public enum RecordColumn {
  /**
   * The record kind, required: {@code activation} (aktivering), {@code visitation}
   * (visitationsforløb), {@code conversation} (samtale) or {@code aid} (hjælpemiddel).
   */
  RECORD(true, "record", "recordtype", "posttype", "post"),
  /** The citizen's CPR number, required (10 digits, with or without the hyphen). */
  CITIZEN(true, "citizen", "cpr", "cprnr", "borger"),
  /** The municipality's 3-digit code (code list {@code municipalities}); may be blank. */
  MUNICIPALITY(false, "municipality", "kommune", "kommunekode"),
  /** Activation, visitation: the first day, required for them. */
  START(false, "start", "startdato", "start_date"),
  /**
   * Activation: the last day (included); visitation: the start of the next course (excluded). Blank
   * or 9999-12-31 while open.
   */
  END(false, "end", "slut", "slutdato", "end_date"),
  /** Conversation, aid: the day held or spent, required for them. */
  DATE(false, "date", "dato"),
  /** Activation: hours per week; blank when not entered (ACT-7 leaves it out). */
  HOURS(false, "hours", "hoursperweek", "timer", "timer_pr_uge"),
  /** Activation: aktivitetsstatus, required for it (enum {@code ActivityStatus}). */
  STATUS(false, "status", "aktivitetsstatus"),
  /** Activation: aktivitetsårsag ({@code activity-causes}); may be blank. */
  CAUSE(false, "cause", "aarsag", "årsag", "aktivitetsaarsag"),
  /** Activation: puljenavn ({@code activation-pools}); may be blank. */
  POOL(false, "pool", "pulje", "puljenavn"),
  /**
   * The type: of an activation ({@code activity-types}), a conversation ({@code
   * conversation-types}) or an aid ({@code aid-types}); may be blank.
   */
  TYPE(false, "type", "typenavn"),
  /** Aid: hjælpemiddelart ({@code aid-kinds}); may be blank. */
  KIND(false, "kind", "art", "hjaelpemiddelart"),
  /** Conversation: kontaktform ({@code conversation-contact-forms}); may be blank. */
  CONTACT_FORM(false, "contactform", "contact_form", "kontaktform"),
  /**
   * Conversation: the other participants ({@code conversation-participants}), separated by {@code
   * |}; may be blank.
   */
  PARTICIPANTS(false, "participants", "deltagere"),
  /** Visitation: the visitation category, required for it (enum {@code VisitationCategory}). */
  CATEGORY(false, "category", "visitationskategori", "kategori"),
  /**
   * Aid: the cost in kroner, required for it: {@code 1740.96} or {@code 1.740,96} (exact, never a
   * floating-point number).
   */
  COST(false, "cost", "udgift", "beloeb", "beløb");

  private final boolean required;
  private final List<String> defaultNames;

  RecordColumn(boolean required, String... names) {
    this.required = required;
    this.defaultNames = List.of(names);
  }

  /**
   * Whether every file must have the column.
   *
   * @return true for {@link #RECORD} and {@link #CITIZEN}
   */
  public boolean required() {
    return required;
  }

  /**
   * The names the column is found by unless the caller gives others.
   *
   * @return the names, in order of preference
   */
  public List<String> defaultNames() {
    return defaultNames;
  }

  /**
   * The column's name in messages and on the command line, e.g. {@code contactform}.
   *
   * @return the first default name
   */
  public String key() {
    return defaultNames.get(0);
  }

  /**
   * The column of a key.
   *
   * @param key e.g. {@code citizen}, case aside
   * @return the column
   * @throws IllegalArgumentException naming the keys, if there is none
   */
  public static RecordColumn ofKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (RecordColumn c : values()) {
      if (c.key().equals(k)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "no column '"
            + key
            + "'; the columns are "
            + java.util.Arrays.stream(values()).map(RecordColumn::key).toList());
  }
}
