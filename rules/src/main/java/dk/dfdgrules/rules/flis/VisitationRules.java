/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.time.FlisDates;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visitation-course rules VIS-1 … VIS-4 (FLIS-DFDG §5.1.2), each a {@link Rule} constant named
 * after its spec id over {@link VisitationFacts}, and the area {@code visitation-courses} that
 * evaluates the four. The work is done by {@link VisitationCourses#derive} (VIS-1 … VIS-3) and
 * {@link VisitationWeeks#unroll} (VIS-4); the rules answer it as derived values, course {@code n}
 * being the n-th of the courses sorted by citizen and start (from 1):
 *
 * <table>
 *   <caption>The rules and what they derive</caption>
 *   <tr><th>rule</th><th>derived keys</th></tr>
 *   <tr><td>{@link #VIS_1} a course ends where the next starts</td><td>{@link #CATEGORY},
 *       {@link #START} and, for a course followed by another, {@link #END}</td></tr>
 *   <tr><td>{@link #VIS_2} the latest registration of a day</td><td>{@link #DROPPED} for each
 *       registration dropped, with the registration kept</td></tr>
 *   <tr><td>{@link #VIS_3} the open course</td><td>{@link #END} 9999-12-31 for each citizen's last
 *       course</td></tr>
 *   <tr><td>{@link #VIS_4} weeks up to the month before the load month</td><td>{@link #HORIZON},
 *       {@link #FIRST_WEEK}, {@link #LAST_WEEK}, {@link #WEEKS} per course with weeks, {@link
 *       #WEEK_ROWS} in all; a warning per course without weeks; undetermined without a load
 *       month</td></tr>
 * </table>
 *
 * <pre>{@code
 * RuleResult r = VisitationRules.VIS_4.evaluate(VisitationFacts.of(registrations, YearMonth.of(2019, 11)), date);
 * IsoWeek last = r.value(VisitationRules.LAST_WEEK.at(3)).orElseThrow(); // 2019-W44
 * }</pre>
 *
 * <p>The rules have one version each, in force always: the source gives no dates for them.
 */
public final class VisitationRules {

  private VisitationRules() {}

  /** VIS-1: a course's category. */
  public static final DerivedKey<VisitationCategory> CATEGORY =
      DerivedKey.of("courses[].category", VisitationCategory.class);

  /** VIS-1: a course's first day. */
  public static final DerivedKey<LocalDate> START =
      DerivedKey.of("courses[].start", LocalDate.class);

  /**
   * VIS-1 and VIS-3: a course's end, the start of the next course (excluded from this one), or
   * 9999-12-31 for the open course.
   */
  public static final DerivedKey<LocalDate> END = DerivedKey.of("courses[].end", LocalDate.class);

  /** VIS-2: why a registration was dropped (by its place in the facts, from 1). */
  public static final DerivedKey<VisitationCourses.DropReason> DROPPED =
      DerivedKey.of("registrations[].dropped", VisitationCourses.DropReason.class);

  /** VIS-4: the last day whose week is unrolled. */
  public static final DerivedKey<LocalDate> HORIZON = DerivedKey.of("horizon", LocalDate.class);

  /** VIS-4: a course's first week. */
  public static final DerivedKey<IsoWeek> FIRST_WEEK =
      DerivedKey.of("courses[].firstWeek", IsoWeek.class);

  /** VIS-4: a course's last week. */
  public static final DerivedKey<IsoWeek> LAST_WEEK =
      DerivedKey.of("courses[].lastWeek", IsoWeek.class);

  /** VIS-4: a course's number of week rows. */
  public static final DerivedKey<Long> WEEKS = DerivedKey.of("courses[].weeks", Long.class);

  /** VIS-4: the week rows of all courses. */
  public static final DerivedKey<Long> WEEK_ROWS = DerivedKey.of("weekRows", Long.class);

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(Sources.FLIS_DFDG, "§5.1.2", quote);
  }

  /**
   * VIS-1 — a citizen's course ends on the start date of the citizen's next course (FLIS-DFDG
   * §5.1.2: "Det antages, at næste forløbs startdato for en borger er gældende slutdato for det
   * forrige visitationsforløb"). Derives {@link #CATEGORY}, {@link #START} and, for every course
   * followed by another, {@link #END}.
   */
  public static final Rule<VisitationFacts> VIS_1 =
      Rule.define("VIS-1", VisitationFacts.class)
          .always(
              cite(
                  "Dog har visitationsforlgb i DFDG ingen slutdato. Det antages, at neeste forlgbs"
                      + " startdato for en borger er geeldende slutdato for det forrige"
                      + " visitationsforlgb."),
              (facts, v, ctx) -> courses(facts, v))
          .build();

  /**
   * VIS-2 — of several registrations starting the same day only the one with the latest start time
   * is kept (FLIS-DFDG §5.1.2: "vælges der det forløb der har det seneste startidspunkt på dagen,
   * og eventuelle flere registreringer samme dag medtages ikke"). Derives {@link #DROPPED} for each
   * registration left out, the reason naming the one kept.
   */
  public static final Rule<VisitationFacts> VIS_2 =
      Rule.define("VIS-2", VisitationFacts.class)
          .always(
              cite(
                  "Hvis en borger har flere visitationsforlgb der starter samme dag … seneste"
                      + " startidspunkt … og eventuelle flere registreringer samme dag medtages"
                      + " ikke."),
              (facts, v, ctx) -> dropped(facts, v))
          .build();

  /**
   * VIS-3 — the last (active) course has the end date 9999-12-31, the marker of an open course
   * (FLIS-DFDG §5.1.2: "Aktive forløb vil have en slutdato på 31-12-9999 for at markere et
   * uafsluttet forløb"). Derives {@link #END} = {@link FlisDates#OPEN_END} for each citizen's last
   * course.
   */
  public static final Rule<VisitationFacts> VIS_3 =
      Rule.define("VIS-3", VisitationFacts.class)
          .always(
              cite("Aktive forlgb vil have en slutdato pa 31-12-9999 for at markere et uafsluttet"),
              (facts, v, ctx) -> openCourses(facts, v))
          .build();

  /**
   * VIS-4 — the courses unrolled to ISO weeks, never beyond the last whole month before the load
   * month (FLIS-DFDG §5.1.2: "ved november indlæsningen 2019 blive udrullet til og med oktober
   * 2019"); a week goes to the course active on its Thursday ({@link VisitationWeeks}). Derives
   * {@link #HORIZON}, per course with weeks {@link #FIRST_WEEK}, {@link #LAST_WEEK} and {@link
   * #WEEKS}, and {@link #WEEK_ROWS}; a warning for each course without weeks (no Thursday, or none
   * before the horizon); undetermined without {@code loadMonth}.
   */
  public static final Rule<VisitationFacts> VIS_4 =
      Rule.define("VIS-4", VisitationFacts.class)
          .always(
              cite(
                  "Det er ngdvendigt for senere at kunne udrulle forlgbene pa ugeniveau … vil der"
                      + " ved november indleesingen 2019 blive udrullet til og med oktober 2019."),
              (facts, v, ctx) -> weeks(facts, v))
          .build();

  /** The four rules, in order. */
  public static final List<Rule<VisitationFacts>> ALL = List.of(VIS_1, VIS_2, VIS_3, VIS_4);

  /**
   * The area {@code visitation-courses}: VIS-1 … VIS-4 over one set of registrations. Its verdict
   * is accepted when nothing is wrong; a course without weeks is a warning.
   */
  public static final RuleArea<VisitationFacts, Verdict> AREA =
      RuleArea.builder("visitation-courses", VisitationFacts.class)
          .description(
              "Visitation courses from DFDG's registrations, unrolled to weeks (VIS-1 … VIS-4)")
          .rules(ALL)
          .example("dk/dfdgrules/rules/flis/visitation-example.json")
          .decides((facts, results, ctx) -> Verdict.of(results));

  private static RuleResult courses(VisitationFacts facts, RuleVersion v) {
    List<VisitationCourse> courses = VisitationCourses.derive(facts.registrations()).courses();
    RuleResult.Builder b = RuleResult.builder(v);
    for (int i = 0; i < courses.size(); i++) {
      VisitationCourse c = courses.get(i);
      int n = i + 1;
      b.derived(CATEGORY.at(n), c.getCategory(), Message.of("VIS-1.category", "course", n));
      b.derived(START.at(n), c.getStart(), Message.of("VIS-1.start", "course", n));
      if (c.getEnd().isPresent()) {
        b.derived(
            END.at(n),
            c.getEnd().orElseThrow(),
            Message.of("VIS-1.end", "course", n, "next", n + 1));
      }
    }
    return b.explanation(
            Message.of(
                "VIS-1.explanation",
                "registrations",
                facts.registrations().size(),
                "courses",
                courses.size()))
        .build();
  }

  private static RuleResult dropped(VisitationFacts facts, RuleVersion v) {
    List<VisitationCourses.Dropped> dropped =
        VisitationCourses.derive(facts.registrations()).dropped();
    Map<VisitationRegistration, Integer> place = new IdentityHashMap<>();
    List<VisitationRegistration> input = facts.registrations();
    for (int i = 0; i < input.size(); i++) {
      place.putIfAbsent(input.get(i), i + 1);
    }
    RuleResult.Builder b = RuleResult.builder(v);
    for (VisitationCourses.Dropped d : dropped) {
      int n = place.getOrDefault(d.registration(), 0);
      int kept = place.getOrDefault(d.kept(), 0);
      b.derived(
          DROPPED.at(n),
          d.reason(),
          Message.of(
              "VIS-2.dropped." + d.reason().name(),
              "registration",
              n,
              "start",
              d.registration().getStart().toString(),
              "kept",
              kept,
              "keptStart",
              d.kept().getStart().toString()));
    }
    return b.explanation(Message.of("VIS-2.explanation", "dropped", dropped.size())).build();
  }

  private static RuleResult openCourses(VisitationFacts facts, RuleVersion v) {
    List<VisitationCourse> courses = VisitationCourses.derive(facts.registrations()).courses();
    RuleResult.Builder b = RuleResult.builder(v);
    int open = 0;
    for (int i = 0; i < courses.size(); i++) {
      if (courses.get(i).getEnd().isEmpty()) {
        open++;
        b.derived(END.at(i + 1), FlisDates.OPEN_END, Message.of("VIS-3.open", "course", i + 1));
      }
    }
    return b.explanation(Message.of("VIS-3.explanation", "open", open)).build();
  }

  private static RuleResult weeks(VisitationFacts facts, RuleVersion v) {
    if (facts.loadMonth().isEmpty()) {
      return RuleResult.undetermined(v, "loadMonth");
    }
    YearMonth load = facts.loadMonth().orElseThrow();
    LocalDate horizon = VisitationWeeks.horizon(load);
    List<VisitationCourse> courses = VisitationCourses.derive(facts.registrations()).courses();
    RuleResult.Builder b =
        RuleResult.builder(v)
            .derived(
                HORIZON,
                horizon,
                Message.of("VIS-4.horizon", "loadMonth", load.toString(), "horizon", horizon));
    long rows = 0;
    ImmutableList.Builder<Integer> without = ImmutableList.builder();
    for (int i = 0; i < courses.size(); i++) {
      int n = i + 1;
      VisitationWeeks.CourseWeeks w = VisitationWeeks.unroll(courses.get(i), load);
      if (w.noWeeks().isPresent()) {
        without.add(n);
        b.warning(
            "courses[" + n + "]",
            Message.of(
                "VIS-4.noWeeks." + w.noWeeks().orElseThrow().name(),
                "course",
                n,
                "start",
                courses.get(i).getStart(),
                "end",
                courses.get(i).flisEnd(),
                "horizon",
                horizon));
        continue;
      }
      IsoWeek first = w.first().orElseThrow();
      IsoWeek last = w.last().orElseThrow();
      rows += w.count();
      b.derived(FIRST_WEEK.at(n), first, Message.of("VIS-4.firstWeek", "course", n));
      b.derived(LAST_WEEK.at(n), last, Message.of("VIS-4.lastWeek", "course", n));
      b.derived(
          WEEKS.at(n),
          w.count(),
          Message.of("VIS-4.weeks", "course", n, "first", first, "last", last));
    }
    return b.derived(WEEK_ROWS, rows, Message.of("VIS-4.weekRows", "courses", courses.size()))
        .explanation(
            Message.of(
                "VIS-4.explanation",
                "horizon",
                horizon,
                "rows",
                rows,
                "without",
                without.build().size()))
        .build();
  }
}
