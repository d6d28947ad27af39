/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static dk.dfdgrules.extracts.dream.DreamFiles.allCounts;
import static dk.dfdgrules.extracts.dream.DreamFiles.join;
import static dk.dfdgrules.extracts.dream.DreamFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.rules.dream.StatusOutcome;
import dk.dfdgrules.testkit.generators.DfdgGenerators;
import dk.dfdgrules.testkit.generators.DreamSeriesGen;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Properties of the key-figure job (DRM-5 … DRM-8) over generated DREAM data, with the project's
 * own engine: edge cases first, then random data, a counterexample shrunk to a small file. The data
 * are {@link DfdgGenerators#dreamSeries()} — spells of every benefit family, ~60 % blank weeks,
 * population exits, visitation from 2014-Q1 — over 1–130 weeks from 2013-W40 to 2024-W40, so that
 * week 53 (2015, 2020), year changes and t+52 beyond the data come up; coverage requirements make
 * sure they do.
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is not
 * comparable with other data sources (FLIS-DREAM §2).
 */
class KeyFigurePropertiesTest {

  /** One generated data set: persons keyed 1..n, every series over the same weeks. */
  record Data(IsoWeek first, int weeks, List<DreamSeries> persons) {

    IsoWeek last() {
      return first.plusWeeks(weeks - 1L);
    }

    byte[] wide() {
      return DreamFiles.wideOf(persons, first, weeks);
    }

    byte[] y() {
      return DreamFiles.yOf(persons, first, weeks);
    }

    byte[] visit() {
      return DreamFiles.visitOf(persons);
    }

    boolean hasWeek53() {
      for (int i = 0; i < weeks; i++) {
        if (first.plusWeeks(i).week() == 53) {
          return true;
        }
      }
      return false;
    }

    boolean has(BenefitGroup family) {
      List<Short> codes = DreamSeriesGen.families().get(family);
      return persons.stream()
          .anyMatch(
              s -> {
                for (int i = 0; i < s.length(); i++) {
                  if (codes.contains(s.codeAtIndex(i))) {
                    return true;
                  }
                }
                return false;
              });
    }

    boolean hasExit() {
      return persons.stream()
          .anyMatch(
              s ->
                  s.length() > 0
                      && (s.codeAtIndex(s.length() - 1) == 997
                          || s.codeAtIndex(s.length() - 1) == 999));
    }

    /** The wide file, so a shrunk counterexample can be read. */
    @Override
    public String toString() {
      return first
          + " .. "
          + last()
          + ", "
          + persons.size()
          + " persons:\n"
          + DreamFiles.text(wide());
    }
  }

  static Gen<Data> data() {
    return source -> {
      IsoWeek first =
          source.draw(
              DfdgGenerators.isoWeeks().between(IsoWeek.of(2013, 40), IsoWeek.of(2024, 40)));
      int weeks = source.intBetween(1, 130);
      DreamSeriesGen series =
          DfdgGenerators.dreamSeries().startingBetween(first, first).weeks(weeks, weeks);
      if (!source.coin(0.6)) {
        series = series.withoutVisitation(); // the fused wide kernel reads only files without visit
        // columns
      }
      List<DreamSeries> gen = source.draw(series.list(0, 14));
      List<DreamSeries> persons = new ArrayList<>();
      for (int i = 0; i < gen.size(); i++) {
        DreamSeries s = gen.get(i);
        persons.add(
            DreamSeries.of(
                PersonKey.runningNumber(Integer.toString(i + 1)),
                first,
                s.codes(),
                s.visitation()));
      }
      return new Data(first, weeks, persons);
    };
  }

  /** Data, a period, a number of threads and a block size. */
  record Run(Data data, PeriodType period, int threads, int blockSize, boolean fused) {
    KeyFigureJob.Builder job() {
      return KeyFigureJob.builder()
          .period(period)
          .threads(threads)
          .blockSize(blockSize)
          .fusedKernel(fused);
    }
  }

  static Gen<Run> runs() {
    Gen<Data> data = data();
    Gen<PeriodType> periods = Gens.enumValues(PeriodType.class);
    return source ->
        new Run(
            source.draw(data),
            source.draw(periods),
            source.intBetween(1, 2),
            source.intBetween(64, 4096),
            !source.coin(0.5)); // shrinks towards the fused kernels
  }

  private static void cover(Data d) {
    Statistics.cover(10, d.hasWeek53(), "week 53 in the data");
    Statistics.cover(40, d.weeks() > 1 && d.first().year() != d.last().year(), "a year change");
    Statistics.cover(
        20, d.weeks() > 52 && !d.persons().isEmpty(), "t+52 inside the data for some weeks");
    Statistics.cover(
        20, d.persons().stream().anyMatch(s -> !s.visitation().isEmpty()), "visitation");
    Statistics.cover(3, d.hasExit(), "a population exit (997, 999)");
    for (BenefitGroup family : DreamSeriesGen.families().keySet()) {
      Statistics.cover(5, d.has(family), "family " + family.name());
    }
  }

  static KeyFigures wide(byte[] file, KeyFigureJob.Builder b) {
    return b.build().run(new ByteArrayInputStream(file)).figures();
  }

  @Property(tries = 150)
  void theCountsAreThoseOfTheObviousImplementation_aPersonCountingOncePerCell(
      @ForAll("runs") Run run) {
    Data d = run.data();
    cover(d);
    KeyFigures k = wide(d.wide(), run.job());
    DreamFiles.assertSameAsObvious(k, d.persons());
    long n = d.persons().size();
    for (int p = 0; p < k.periodCount(); p++) {
      assertThat(k.personsInPeriod(p)).isLessThanOrEqualTo(n);
      long inGroups = 0;
      for (BenefitGroup g : BenefitGroup.values()) {
        assertThat(k.persons(p, g)).isLessThanOrEqualTo(n);
        inGroups += k.persons(p, g);
        for (int f = 0; f < FollowUp.COUNT; f++) {
          assertThat(k.persons(p, g, FollowUp.ofIndex(f))).isLessThanOrEqualTo(k.persons(p, g));
        }
      }
      if (run.period() == PeriodType.WEEK) {
        assertThat(inGroups).as("one group per person and week").isEqualTo(k.personsInPeriod(p));
      }
    }
  }

  @Property(tries = 100)
  void theCountsAreInvariantToRowOrder(
      @ForAll("runs") Run run, @ForAll("orders") List<Integer> order) {
    Data d = run.data();
    List<String> ls = lines(d.wide());
    List<String> shuffled = new ArrayList<>();
    shuffled.add(ls.get(0));
    for (int i : order) {
      if (i + 1 < ls.size()) {
        shuffled.add(ls.get(i + 1));
      }
    }
    for (int i = order.size() + 1; i < ls.size(); i++) {
      shuffled.add(ls.get(i));
    }
    assertThat(allCounts(wide(join(shuffled), run.job())))
        .isEqualTo(allCounts(wide(d.wide(), KeyFigureJob.builder().period(run.period()))));
  }

  Gen<List<Integer>> orders() {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      idx.add(i);
    }
    return Gens.permutations(idx);
  }

  @Property(tries = 100)
  void splittingTheFileInTwoAndSummingGivesTheSameCounts(
      @ForAll("runs") Run run, @ForAll("cuts") int cut) {
    Data d = run.data();
    List<String> ls = lines(d.wide());
    int at = 1 + Math.min(cut, ls.size() - 1);
    List<String> a = new ArrayList<>(ls.subList(0, at));
    List<String> b = new ArrayList<>(ls.subList(at, ls.size()));
    b.add(0, ls.get(0));
    Statistics.cover(10, b.size() == 1, "all in the first part");
    assertThat(
            DreamFiles.sum(
                allCounts(wide(join(a), run.job())), allCounts(wide(join(b), run.job()))))
        .isEqualTo(allCounts(wide(d.wide(), KeyFigureJob.builder().period(run.period()))));
  }

  Gen<Integer> cuts() {
    return Gens.integers(0, 15);
  }

  @Property(tries = 100)
  void aPersonOnTwoRowsCountsOnce_theSecondRowIsRejectedByItsLine(
      @ForAll("runs") Run run, @ForAll("repeats") List<Integer> repeats) {
    Data d = run.data();
    List<String> ls = lines(d.wide());
    List<String> file = new ArrayList<>(ls);
    List<Long> expectedLines = new ArrayList<>();
    for (int r : repeats) {
      if (ls.size() > 1) {
        int person = 1 + r % (ls.size() - 1);
        // the same key with another person's weeks, at the end
        String other = ls.get(1 + (r + 1) % (ls.size() - 1));
        file.add(
            ls.get(person).substring(0, ls.get(person).indexOf(','))
                + other.substring(other.indexOf(',')));
        expectedLines.add((long) file.size());
      }
    }
    Statistics.cover(30, !expectedLines.isEmpty(), "a repeated key");
    List<RejectedRow> rejects = new ArrayList<>();
    KeyFigureReport r =
        run.job().rejects(rejects::add).build().run(new ByteArrayInputStream(join(file)));
    assertThat(rejects).extracting(RejectedRow::line).containsExactlyElementsOf(expectedLines);
    assertThat(rejects)
        .allSatisfy(x -> assertThat(x.reason()).isEqualTo(RejectReason.DUPLICATE_KEY));
    assertThat(r.summary().isBalanced()).isTrue();
    assertThat(allCounts(r.figures()))
        .isEqualTo(allCounts(wide(d.wide(), KeyFigureJob.builder().period(run.period()))));
  }

  Gen<List<Integer>> repeats() {
    return Gens.integers(0, 1000).list(0, 4);
  }

  @Property(tries = 100)
  void theWideAndTheLongFormOfTheSameDataGiveTheSameCounts(@ForAll("runs") Run run) {
    Data d = run.data();
    cover(d);
    KeyFigures w = wide(d.wide(), KeyFigureJob.builder().period(run.period()));
    KeyFigureReport l =
        run.job()
            .dataWeeks(d.first(), d.last())
            .build()
            .run(new ByteArrayInputStream(d.y()), new ByteArrayInputStream(d.visit()));
    assertThat(allCounts(l.figures())).isEqualTo(allCounts(w));
    assertThat(l.summary().isBalanced()).isTrue();
    assertThat(l.summary().rowsRejected()).isZero();
    assertThat(l.visitSummary().orElseThrow().isBalanced()).isTrue();
    // and in memory, in any order
    KeyFigureReport m =
        KeyFigureJob.builder()
            .period(run.period())
            .inMemory(true)
            .dataWeeks(d.first(), d.last())
            .build()
            .run(
                new ByteArrayInputStream(reversed(d.y())),
                new ByteArrayInputStream(reversed(d.visit())));
    assertThat(allCounts(m.figures())).isEqualTo(allCounts(w));
    // the series the reader hands on are the generated ones
    List<DreamSeries> read = new ArrayList<>();
    DreamSeriesReader.readWide(
        new ByteArrayInputStream(d.wide()), BenefitCodeTable.standard(), read::add, x -> {});
    assertThat(read).isEqualTo(d.persons());
  }

  private static byte[] reversed(byte[] file) {
    List<String> ls = lines(file);
    List<String> out = new ArrayList<>();
    out.add(ls.get(0));
    for (int i = ls.size() - 1; i >= 1; i--) {
      out.add(ls.get(i));
    }
    return join(out);
  }

  @Property(tries = 150)
  void tPlus52BeyondTheDataIsUnknown_andNeverAStatus(@ForAll("data") Data d) {
    cover(d);
    KeyFigures k = wide(d.wide(), KeyFigureJob.builder());
    for (int t = 0; t < k.periodCount(); t++) {
      boolean beyond = t + 52 >= d.weeks();
      Statistics.cover(50, beyond, "a week whose t+52 is beyond the data");
      for (BenefitGroup g : BenefitGroup.values()) {
        long receivers = k.persons(t, g);
        long unknown = k.persons(t, g, FollowUp.beyondData());
        assertThat(unknown).isEqualTo(beyond ? receivers : 0L);
        if (g == BenefitGroup.NO_BENEFIT) {
          continue;
        }
        assertThat(k.persons(t, g, StatusOutcome.UNKNOWN)).isEqualTo(beyond ? receivers : 0L);
        for (StatusOutcome o : StatusOutcome.values()) {
          if (o != StatusOutcome.UNKNOWN && beyond) {
            assertThat(k.persons(t, g, o)).as("%s at %s", o, k.grid().labels().get(t)).isZero();
          }
        }
      }
    }
  }
}
