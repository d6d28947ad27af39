/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.time.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DRM-1 — one code per person-week: a person has received a benefit in a week if they received it
 * on at least one day of that week; when several benefits qualify, only one is shown, chosen by
 * priority (DRM-3, {@link PriorityTable}).
 *
 * <p>Source: FLIS-DREAM §10 "at en borger kun kan modtage en ydelse per uge, og at man modtager en
 * given ydelse, blot man har modtaget den en dag i den uge"; §4 "der udstilles kun et
 * forsørgelsesgrundlag i hver uge".
 *
 * <p>Pure: a caller's benefit periods (from its own registers) in, weekly codes out. As a rule:
 * {@link DreamRules#DRM_1} (the reconstructed priority table) or {@link #evaluate(List)} (this
 * rule's table), both deriving {@link #CODE} at each week with a benefit.
 */
public final class OneBenefitPerWeek {

  /**
   * DRM-1: the code of a week with a benefit, {@code code[2019-W38]}; a template, see {@link
   * DerivedKey#at(Object)}.
   */
  public static final DerivedKey<Integer> CODE = DerivedKey.of("code[]", Integer.class);

  /**
   * A period in which a person received a benefit, both days included.
   *
   * @param code the DREAM code
   * @param from the first day
   * @param to the last day, not before {@code from}
   */
  public record BenefitSpell(int code, LocalDate from, LocalDate to) {
    /**
     * Checks the period.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public BenefitSpell {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      checkArgument(!to.isBefore(from), "spell ends %s before it starts %s", to, from);
    }
  }

  private final PriorityTable priority;

  /**
   * The rule with a priority table.
   *
   * @param priority the DRM-3 table (the default is a reconstruction)
   */
  public OneBenefitPerWeek(PriorityTable priority) {
    this.priority = requireNonNull(priority, "priority");
  }

  /**
   * The candidates of each week: every code received on at least one day of the week.
   *
   * @param spells the periods
   * @return week → candidate codes (ascending, distinct)
   */
  public static ImmutableSortedMap<IsoWeek, List<Integer>> candidates(List<BenefitSpell> spells) {
    TreeMap<IsoWeek, java.util.TreeSet<Integer>> m = new TreeMap<>();
    for (BenefitSpell s : spells) {
      IsoWeek last = IsoWeek.from(s.to());
      for (IsoWeek w = IsoWeek.from(s.from()); !w.isAfter(last); w = w.plusWeeks(1)) {
        m.computeIfAbsent(w, k -> new java.util.TreeSet<>()).add(s.code());
      }
    }
    ImmutableSortedMap.Builder<IsoWeek, List<Integer>> b = ImmutableSortedMap.naturalOrder();
    m.forEach((w, cs) -> b.put(w, List.copyOf(cs)));
    return b.build();
  }

  /**
   * The code of each week with a benefit, and what decided it.
   *
   * @param spells the periods
   * @return week → decision; a week whose candidates hold an unknown code is left out
   */
  public ImmutableSortedMap<IsoWeek, PriorityTable.Decision> weeks(List<BenefitSpell> spells) {
    ImmutableSortedMap.Builder<IsoWeek, PriorityTable.Decision> b =
        ImmutableSortedMap.naturalOrder();
    for (Map.Entry<IsoWeek, List<Integer>> e : candidates(spells).entrySet()) {
      priority.choose(e.getValue()).ifPresent(d -> b.put(e.getKey(), d));
    }
    return b.build();
  }

  /**
   * A person's DREAM series over a range of weeks; weeks without a benefit are blank.
   *
   * @param person the person
   * @param first the first week
   * @param last the last week, not before {@code first}
   * @param spells the periods
   * @return the series
   */
  public DreamSeries series(
      PersonKey person, IsoWeek first, IsoWeek last, List<BenefitSpell> spells) {
    checkArgument(!last.isBefore(first), "last week %s before first %s", last, first);
    int n = (int) first.weeksUntil(last) + 1;
    short[] codes = new short[n];
    for (Map.Entry<IsoWeek, PriorityTable.Decision> e : weeks(spells).entrySet()) {
      long i = first.weeksUntil(e.getKey());
      if (i >= 0 && i < n) {
        codes[(int) i] = (short) e.getValue().code();
      }
    }
    return DreamSeries.of(person, first, codes);
  }

  /**
   * The code of one week.
   *
   * @param week the week
   * @param spells the periods
   * @return the decision, or empty for a week without benefit (blank)
   */
  public Optional<PriorityTable.Decision> week(IsoWeek week, List<BenefitSpell> spells) {
    List<Integer> cs = new ArrayList<>();
    for (BenefitSpell s : spells) {
      if (!s.to().isBefore(week.monday()) && !s.from().isAfter(week.sunday())) {
        cs.add(s.code());
      }
    }
    return cs.isEmpty() ? Optional.empty() : priority.choose(cs);
  }

  /**
   * The code of each week with a benefit as a rule result, the same shape as {@link
   * DreamRules#DRM_1} with this rule's priority table: derived value {@link #CODE} at each week
   * with a benefit (the deciding DRM-3 step in its reason), an error for each week whose candidates
   * hold a code not in the code list.
   *
   * @param spells the periods
   * @return the result
   */
  public RuleResult evaluate(List<BenefitSpell> spells) {
    return evaluate(spells, DreamRules.only(DreamRules.DRM_1));
  }

  RuleResult evaluate(List<BenefitSpell> spells, RuleVersion version) {
    RuleResult.Builder b = RuleResult.builder(version);
    int weeks = 0;
    for (Map.Entry<IsoWeek, List<Integer>> e : candidates(spells).entrySet()) {
      IsoWeek week = e.getKey();
      Optional<PriorityTable.Decision> d = priority.choose(e.getValue());
      if (d.isEmpty()) {
        b.error(
            "spells", Message.of("DRM-1.unknownCode", "week", week, "candidates", e.getValue()));
        continue;
      }
      weeks++;
      b.derived(
          CODE.at(week),
          d.get().code(),
          Message.of(
              "DRM-3.step." + d.get().step().name(),
              "code",
              d.get().code(),
              "table",
              priority.name()));
    }
    return b.explanation(Message.of("DRM-1.explanation", "weeks", weeks)).build();
  }
}
