/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.rules.cases.CaseFile;
import dk.dfdgrules.rules.cases.CaseFileException;
import dk.dfdgrules.rules.cases.CaseFiles;
import dk.dfdgrules.rules.cases.RuleCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the service and the catalogue know of the rules: every area, every rule with its versions
 * and sources, and the worked examples of the library's case files, read once.
 *
 * <p>The examples are the case files of the rules module ({@code cases/AREA/RULE.yaml}), bundled in
 * this module's jar under {@value #CASES}: each case is an evaluation date, the facts and the
 * expected outcome — a request a caller can send as it is.
 */
public final class RuleCatalogue {

  /** Where the case files lie on the class path. */
  public static final String CASES = "dk/dfdgrules/server/cases/";

  /**
   * An area of rules.
   *
   * @param area the area
   * @param rules its rules, in the area's order
   * @param example the area's bundled example facts, as JSON text, if it has one
   */
  public record Area(RuleArea<?, ?> area, List<RuleEntry> rules, Optional<String> example) {
    /**
     * The area's name, e.g. {@code udb-subscription}.
     *
     * @return the name
     */
    public String name() {
      return area.name();
    }
  }

  /**
   * A rule of an area.
   *
   * @param id the rule's spec id
   * @param area the area's name
   * @param versions every version, the old ones kept, the announced ones last
   * @param examples the worked examples that concern the rule
   */
  public record RuleEntry(
      RuleId id, String area, List<RuleVersion> versions, List<Example> examples) {

    /**
     * The versions with in-force dates (or always in force).
     *
     * @return the dated versions
     */
    public List<RuleVersion> datedVersions() {
      return versions.stream().filter(v -> !v.announced()).toList();
    }

    /**
     * The versions announced without an in-force date: off unless a caller enables them.
     *
     * @return the announced versions
     */
    public List<RuleVersion> announcedVersions() {
      return versions.stream().filter(RuleVersion::announced).toList();
    }
  }

  /**
   * A worked example: a case of a case file.
   *
   * @param source the case file, e.g. {@code udb-subscription/SUB-3.yaml}
   * @param position the case's position in the file, from 1
   * @param rule the case, with its evaluation date, facts and expectation
   */
  public record Example(String source, int position, RuleCase rule) {
    /**
     * An id unique within the rule's page, e.g. {@code SUB-3-2}.
     *
     * @param id the rule
     * @return the anchor
     */
    public String anchor(RuleId id) {
      return id.value() + "-" + position;
    }
  }

  private final ImmutableList<Area> areas;
  private final ImmutableMap<RuleId, RuleEntry> rules;

  private RuleCatalogue(ImmutableList<Area> areas) {
    this.areas = areas;
    Map<RuleId, RuleEntry> byId = new LinkedHashMap<>();
    for (Area a : areas) {
      for (RuleEntry r : a.rules()) {
        byId.putIfAbsent(r.id(), r);
      }
    }
    this.rules = ImmutableMap.copyOf(byId);
  }

  /**
   * The catalogue of areas, with the examples of the bundled case files.
   *
   * @param areas the areas, e.g. {@code RuleAreas.all()}
   * @return the catalogue
   * @throws IllegalStateException if a bundled case file cannot be read (a build defect)
   */
  public static RuleCatalogue of(List<RuleArea<?, ?>> areas) {
    ImmutableList.Builder<Area> b = ImmutableList.builder();
    for (RuleArea<?, ?> area : areas) {
      b.add(area(area));
    }
    return new RuleCatalogue(b.build());
  }

  private static Area area(RuleArea<?, ?> area) {
    Map<String, CaseFile> files = new LinkedHashMap<>();
    List<RuleEntry> entries = new ArrayList<>();
    for (Rule<?> rule : area.rules()) {
      Set<String> names = new LinkedHashSet<>();
      names.add(rule.id().value());
      names.add(rule.id().withoutItem().value());
      List<Example> examples = new ArrayList<>();
      for (String name : names) {
        String source = area.name() + "/" + name + ".yaml";
        CaseFile file = files.computeIfAbsent(source, RuleCatalogue::caseFile);
        if (file == null) {
          continue;
        }
        int position = 0;
        for (RuleCase c : file.cases()) {
          examples.add(new Example(source, ++position, c));
        }
      }
      List<RuleVersion> versions = new ArrayList<>(rule.versions());
      versions.sort((x, y) -> Boolean.compare(x.announced(), y.announced()));
      entries.add(
          new RuleEntry(
              rule.id(), area.name(), ImmutableList.copyOf(versions), List.copyOf(examples)));
    }
    return new Area(area, List.copyOf(entries), example(area));
  }

  private static CaseFile caseFile(String source) {
    InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(CASES + source);
    if (in == null) {
      return null;
    }
    try (Reader r = new InputStreamReader(in, UTF_8)) {
      CaseFile file = CaseFiles.read(r, source);
      if (!file.broken().isEmpty()) {
        throw new IllegalStateException(source + ": a broken case " + file.broken().get(0));
      }
      return file;
    } catch (CaseFileException e) {
      throw new IllegalStateException("bundled case file " + source + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> example(RuleArea<?, ?> area) {
    Optional<String> resource = area.exampleResource();
    if (resource.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = area.getClass().getClassLoader().getResourceAsStream(resource.get())) {
      if (in == null) {
        throw new IllegalStateException("bundled example missing: " + resource.get());
      }
      return Optional.of(new String(ByteStreams.toByteArray(in), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every area, sorted by name.
   *
   * @return the areas
   */
  public List<Area> areas() {
    return areas;
  }

  /**
   * An area by name.
   *
   * @param name e.g. {@code support-needs}
   * @return the area, or empty
   */
  public Optional<Area> area(String name) {
    return areas.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * Every rule, area by area.
   *
   * @return the rules
   */
  public List<RuleEntry> rules() {
    return rules.values().asList();
  }

  /**
   * A rule by id.
   *
   * @param id e.g. {@code SUB-3}
   * @return the rule, or empty when no area has it
   */
  public Optional<RuleEntry> rule(RuleId id) {
    return Optional.ofNullable(rules.get(id));
  }
}
