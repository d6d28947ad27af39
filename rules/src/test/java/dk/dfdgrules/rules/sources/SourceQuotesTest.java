/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.rules.cases.CaseFile;
import dk.dfdgrules.rules.cases.CaseFiles;
import dk.dfdgrules.rules.cases.CaseRunner;
import dk.dfdgrules.rules.cases.CaseVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Danish quote a rule cites is in its source document: the quote's fragments (split at "…")
 * appear verbatim in the document, up to case, punctuation and line breaks. The documents are
 * copies of the public sources in {@code src/test/resources/sources/}, named by how the library
 * cites them.
 *
 * <p>Citations are collected from every rule, rule version and citation held in a static field of
 * the rules module, and from every result of every case file.
 */
class SourceQuotesTest {

  private static final Set<SourceCitation> CITATIONS = new LinkedHashSet<>();

  @BeforeAll
  static void collect() throws Exception {
    ClassLoader loader = SourceQuotesTest.class.getClassLoader();
    for (ClassPath.ClassInfo info :
        ClassPath.from(loader).getTopLevelClassesRecursive("dk.dfdgrules.rules")) {
      if (info.getName().endsWith("Test")) {
        continue;
      }
      Class<?> type = info.load();
      if (!type.getProtectionDomain().getCodeSource().getLocation().toString().contains("/classes/")
          || type.getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toString()
              .contains("test-classes")) {
        continue;
      }
      collectFrom(type, new IdentityHashMap<>());
    }
    try (Stream<Path> walk = Files.walk(Path.of("src", "test", "resources", "cases"))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        CaseFile cases;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          cases = CaseFiles.read(r, file.toString());
        }
        for (CaseVerdict v : CaseRunner.run(cases)) {
          v.actual().ifPresent(SourceQuotesTest::collect);
        }
      }
    }
  }

  private static void collect(RuleResults result) {
    for (RuleResult r : result.results()) {
      r.version().ifPresent(v -> CITATIONS.add(v.citation()));
      r.violations().stream().map(Violation::citation).forEach(CITATIONS::add);
    }
  }

  private static final Set<Class<?>> VISITED = new java.util.HashSet<>();

  private static void collectFrom(Class<?> type, Map<Object, Boolean> seen)
      throws IllegalAccessException {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (!c.getName().startsWith("dk.dfdgrules.rules") || !VISITED.add(c)) {
        continue;
      }
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
          try {
            f.setAccessible(true);
          } catch (RuntimeException e) {
            continue;
          }
          walk(f.get(null), seen);
        }
      }
      for (Class<?> nested : c.getDeclaredClasses()) {
        collectFrom(nested, seen);
      }
    }
  }

  private static void walk(Object value, Map<Object, Boolean> seen) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof SourceCitation c) {
      CITATIONS.add(c);
    } else if (value instanceof RuleVersion v) {
      CITATIONS.add(v.citation());
    } else if (value instanceof Rule<?> r) {
      r.versions().forEach(v -> CITATIONS.add(v.citation()));
    } else if (value instanceof Collection<?> c) {
      c.forEach(x -> walk(x, seen));
    } else if (value instanceof Map<?, ?> m) {
      m.keySet().forEach(x -> walk(x, seen));
      m.values().forEach(x -> walk(x, seen));
    } else if (value instanceof Object[] a) {
      for (Object x : a) {
        walk(x, seen);
      }
    }
  }

  private static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    n = n.replaceAll("</?[a-z]+>", " "); // the converted documents keep <i>, <b> markup
    n = n.replaceAll("[^\\p{L}\\p{N}]+", " ");
    return " " + n.strip() + " ";
  }

  private static String document(String name) throws IOException {
    try (InputStream in = SourceQuotesTest.class.getResourceAsStream("/sources/" + name + ".txt")) {
      return in == null ? null : normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void thereAreCitationsOfEverySourceTheRulesUse() {
    assertThat(CITATIONS)
        .extracting(SourceCitation::document)
        .contains("DFDG-RN-2021-12-06", "FLIS-DREAM");
    assertThat(CITATIONS).hasSizeGreaterThan(50);
  }

  @Test
  void everyQuoteIsInItsSourceDocument() throws IOException {
    List<String> notFound = new ArrayList<>();
    Set<String> documentsWithoutCopy = new TreeSet<>();
    for (SourceCitation c : CITATIONS) {
      String doc = document(c.document());
      if (doc == null) {
        documentsWithoutCopy.add(c.document());
        continue;
      }
      for (String fragment : c.quote().split("…|\\.\\.\\.|\\[…]")) {
        String f = normalise(fragment);
        if (f.isBlank() || f.strip().split(" ").length < 2) {
          continue;
        }
        if (!doc.contains(f)) {
          notFound.add(c.reference() + ": \"" + fragment.strip() + "\"");
        }
      }
    }
    assertThat(notFound).as("quotes not found verbatim in their source").isEmpty();
    assertThat(documentsWithoutCopy)
        .as("cited documents without a copy in src/test/resources/sources")
        // "dfdg-rules": the library's own checks, marked "not in source" (EC-4)
        .isSubsetOf(Set.of("dfdg-rules"));
  }
}
