/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The README, its fenced blocks, and the tagged regions of this module's files. */
final class ReadmeFiles {

  private static final Pattern TAG =
      Pattern.compile("^\\s*(?://|<!--)\\s*(tag|end)::([\\w-]+)\\[]\\s*(?:-->)?\\s*$");

  private ReadmeFiles() {}

  /** The repository's root (the surefire property {@code dfdg.repository}). */
  static Path repository() {
    String root =
        requireNonNull(System.getProperty("dfdg.repository"), "system property dfdg.repository");
    return Path.of(root).toAbsolutePath().normalize();
  }

  /** A fenced block of the README: its language, first line number and text. */
  record Block(String language, int line, String text) {}

  static List<Block> readmeBlocks() {
    List<String> lines = read(repository().resolve("README.md"));
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```") && line.length() > 3) {
        int start = i + 1;
        StringBuilder text = new StringBuilder();
        i++;
        while (i < lines.size() && !lines.get(i).startsWith("```")) {
          text.append(lines.get(i)).append('\n');
          i++;
        }
        blocks.add(new Block(line.substring(3).trim(), start + 1, text.toString()));
      }
    }
    return blocks;
  }

  /**
   * The tagged regions ({@code // tag::name[]} … {@code // end::name[]}, or the XML comment form)
   * of the given files, each without its common indentation.
   */
  static Map<String, String> regions(List<Path> files) {
    Map<String, String> regions = new LinkedHashMap<>();
    for (Path file : files) {
      Map<String, List<String>> open = new LinkedHashMap<>();
      for (String line : read(file)) {
        Matcher m = TAG.matcher(line);
        if (m.find()) {
          String name = m.group(2);
          if (m.group(1).equals("tag")) {
            open.put(name, new ArrayList<>());
          } else {
            List<String> body = requireNonNull(open.remove(name), () -> "end without tag: " + name);
            if (regions.put(name, dedent(body)) != null) {
              throw new IllegalStateException("region " + name + " is tagged twice");
            }
          }
          continue;
        }
        open.values().forEach(body -> body.add(line));
      }
      if (!open.isEmpty()) {
        throw new IllegalStateException(file + ": tag without end: " + open.keySet());
      }
    }
    return regions;
  }

  static List<Path> sources() {
    Path examples = repository().resolve("examples");
    try (Stream<Path> files = Files.walk(examples.resolve("src"))) {
      List<Path> all = new ArrayList<>(files.filter(p -> p.toString().endsWith(".java")).toList());
      all.add(examples.resolve("pom.xml"));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String dedent(List<String> region) {
    List<String> lines = trimBlankEnds(region);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static List<String> trimBlankEnds(List<String> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    return lines.subList(from, to);
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
