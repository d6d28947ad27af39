/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A file of cases for one area.
 *
 * @param source where the cases were read from (a file name), for reports
 * @param area the area's name, e.g. {@code support-needs}
 * @param cases the cases that can be run
 * @param broken the entries that are not cases — an empty entry, no {@code at}, no {@code facts},
 *     no {@code expect}, a value of the wrong kind — each a failed case in the run, so that one
 *     broken case never stops the others
 */
public record CaseFile(String source, String area, List<RuleCase> cases, List<BrokenCase> broken) {

  /**
   * An entry of the file that is not a case.
   *
   * @param position its place in the file's {@code cases}, from 1
   * @param name its name, or {@code case N} when it has none
   * @param problem what is missing or wrong, in one line
   */
  public record BrokenCase(int position, String name, String problem) {
    /** Checks nulls. */
    public BrokenCase {
      requireNonNull(name, "name");
      requireNonNull(problem, "problem");
    }
  }

  /** Copies the lists. */
  public CaseFile {
    cases = List.copyOf(cases);
    broken = List.copyOf(broken);
  }

  /**
   * A file whose entries are all cases.
   *
   * @param source where the cases were read from
   * @param area the area's name
   * @param cases the cases
   */
  public CaseFile(String source, String area, List<RuleCase> cases) {
    this(source, area, cases, List.of());
  }
}
