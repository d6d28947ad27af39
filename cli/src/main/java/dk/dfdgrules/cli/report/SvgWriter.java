/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a report's charts as inline SVG: a line chart of counts over periods and horizontal stacked
 * bars of shares. Each chart has a {@code <title>} and a {@code <desc>}; the numbers it shows carry
 * the cell's key ({@code data-k}) and field ({@code data-f}) like the tables. No script, no font
 * file: the page's own font.
 */
final class SvgWriter {

  /** Line colours, distinct on white (at least 3:1 against the background). */
  static final String[] LINE_COLOURS = {
    "#1b6ca8", "#c0392b", "#2e7d32", "#6a3d9a", "#b8501c", "#00838f", "#ad1457", "#5d4037",
    "#455a64", "#827717", "#283593", "#8e24aa"
  };

  /** Segment colours: white text on each has a contrast of at least 4.5:1. */
  static final String[] SEGMENT_COLOURS = {"#1b6ca8", "#b8501c", "#2e7d32", "#6a3d9a", "#5f5f5f"};

  /** A hidden (suppressed) segment. */
  static final String HIDDEN_COLOUR = "#d0d0d0";

  private static final int WIDTH = 860;

  private SvgWriter() {}

  /** The dash pattern of the i-th line: solid for the first colours, then dashed, then dotted. */
  static String dash(int i) {
    int round = i / LINE_COLOURS.length;
    return round == 0 ? "" : round == 1 ? "6 4" : "2 3";
  }

  static String lineChart(Report r, Report.LineChart c, String id) {
    Suppression s = r.suppression();
    Locale l = r.locale();
    int n = c.periods().size();
    long max = 1;
    for (Report.Series x : c.series()) {
      for (Cell p : x.points()) {
        if (!s.hides(p.numerator())) {
          max = Math.max(max, p.numerator());
        }
      }
    }
    long step = niceStep(max);
    long top = (max + step - 1) / step * step;
    int left = 56;
    int right = 16;
    int topPad = 16;
    int height = 340;
    int bottom = 48;
    double plotW = WIDTH - left - right;
    double plotH = height - topPad - bottom;
    StringBuilder b = open(id, height, c.title(), c.description());
    for (long v = 0; v <= top; v += step) {
      double y = topPad + plotH - plotH * v / top;
      b.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
              left,
              WIDTH - right,
              y,
              y));
      b.append(
          String.format(
              Locale.ROOT,
              "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
              left - 6,
              y + 4,
              Html.esc(CellText.count(v, l))));
    }
    int every = Math.max(1, (int) Math.ceil(n / 12.0));
    for (int p = 0; p < n; p++) {
      if (p % every != 0 && p != n - 1 || p != n - 1 && n - 1 - p < every * 1.5) {
        continue; // the last label always; none that would run into it
      }
      b.append(
          String.format(
              Locale.ROOT,
              "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
              x(p, n, left, plotW),
              height - bottom + 18,
              n > 1 && p == n - 1 ? "end" : "middle",
              Html.esc(c.periods().get(p))));
    }
    boolean dots = n <= 60;
    for (int i = 0; i < c.series().size(); i++) {
      Report.Series x = c.series().get(i);
      String colour = LINE_COLOURS[i % LINE_COLOURS.length];
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      for (int p = 0; p < n; p++) {
        Cell cell = x.points().get(p);
        if (s.hides(cell.numerator())) {
          pen = false; // a hidden count is a gap, never a 0
          continue;
        }
        d.append(pen ? " L" : " M")
            .append(
                String.format(
                    Locale.ROOT,
                    "%.1f %.1f",
                    x(p, n, left, plotW),
                    topPad + plotH - plotH * cell.numerator() / top));
        pen = true;
      }
      b.append("<g class=\"series\"><title>").append(Html.esc(x.name())).append("</title>");
      b.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"");
      if (!dash(i).isEmpty()) {
        b.append(" stroke-dasharray=\"").append(dash(i)).append('"');
      }
      b.append(" d=\"").append(d.toString().strip()).append("\"/>");
      if (dots) {
        for (int p = 0; p < n; p++) {
          Cell cell = x.points().get(p);
          if (s.hides(cell.numerator())) {
            continue;
          }
          b.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\">",
                  x(p, n, left, plotW),
                  topPad + plotH - plotH * cell.numerator() / top,
                  colour));
          b.append("<title")
              .append(Html.data(cell, "n"))
              .append('>')
              .append(Html.esc(x.name() + ", " + c.periods().get(p) + ": "))
              .append(Html.esc(CellText.of(cell, l, s)))
              .append("</title></circle>");
        }
      }
      b.append("</g>");
    }
    b.append("</svg>");
    return b.toString();
  }

  private static double x(int p, int n, int left, double plotW) {
    return n == 1 ? left + plotW / 2 : left + plotW * p / (n - 1);
  }

  /** 1, 2 or 5 times a power of ten, giving about five grid lines up to {@code max}. */
  static long niceStep(long max) {
    long raw = Math.max(1, max / 5);
    long pow = 1;
    while (pow * 10 <= raw) {
      pow *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * pow >= raw) {
        return m * pow;
      }
    }
    return 10 * pow;
  }

  static String stackedBars(Report r, Report.StackedBars c, String id) {
    Suppression s = r.suppression();
    Locale l = r.locale();
    // the scale: 100 %, or more when a bar's shares add up to more (a person in two segments)
    BigDecimal scale = BigDecimal.ONE;
    for (Report.Bar bar : c.bars()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Cell sh : bar.shares()) {
        sum = sum.add(sh.value().orElse(BigDecimal.ZERO));
      }
      scale = scale.max(sum);
    }
    int left = 8;
    int right = 16;
    double plotW = WIDTH - left - right;
    int rowH = 52;
    int height = 28 + rowH * c.bars().size();
    StringBuilder b = open(id, height, c.title(), c.description());
    double hundred = plotW / scale.doubleValue(); // drawing only: the labels are the exact shares
    for (int pct = 0; pct <= scale.movePointRight(2).intValue(); pct += 25) {
      double x = left + hundred * pct / 100.0;
      b.append(
          String.format(
              Locale.ROOT,
              "<line class=\"%s\" x1=\"%.1f\" x2=\"%.1f\" y1=\"20\" y2=\"%d\"/>",
              pct == 100 ? "hundred" : "grid",
              x,
              x,
              height));
      b.append(
          String.format(
              Locale.ROOT,
              "<text class=\"axis\" x=\"%.1f\" y=\"14\" text-anchor=\"%s\">%s</text>",
              x,
              pct == 0 ? "start" : "middle",
              pct + (l.getLanguage().equals("en") ? "%" : " %")));
    }
    for (int i = 0; i < c.bars().size(); i++) {
      Report.Bar bar = c.bars().get(i);
      int y = 28 + rowH * i;
      b.append("<g class=\"bar\"><text class=\"label\" x=\"")
          .append(left)
          .append("\" y=\"")
          .append(y + 12)
          .append("\">")
          .append(Html.esc(bar.label()))
          .append(" (<tspan")
          .append(Html.data(bar.total(), "n"))
          .append('>')
          .append(Html.esc(CellText.of(bar.total(), l, s)))
          .append("</tspan>)</text>");
      if (s.hides(bar.total().numerator())) {
        b.append("</g>");
        continue;
      }
      double x = left;
      boolean hidden = false;
      List<String> segs = new ArrayList<>();
      for (int k = 0; k < bar.shares().size(); k++) {
        Cell sh = bar.shares().get(k);
        double w = hundred * sh.value().orElse(BigDecimal.ZERO).doubleValue();
        if (s.hidesShare(sh.numerator(), sh.denominator())) {
          hidden = true; // not drawn: its width would tell the hidden count
          continue;
        }
        if (w <= 0) {
          continue;
        }
        String colour = SEGMENT_COLOURS[k % SEGMENT_COLOURS.length];
        StringBuilder g = new StringBuilder();
        g.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"26\" fill=\"%s\"><title>%s:"
                    + " %s</title></rect>",
                x,
                y + 18,
                w,
                colour,
                Html.esc(c.segments().get(k)),
                Html.esc(CellText.of(sh, l, s))));
        if (w >= 52) {
          g.append(
                  String.format(
                      Locale.ROOT,
                      "<text class=\"seg\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\"",
                      x + w / 2,
                      y + 36))
              .append(Html.data(sh, "share"))
              .append('>')
              .append(Html.esc(CellText.of(sh, l, s)))
              .append("</text>");
        }
        segs.add(g.toString());
        x += w;
      }
      segs.forEach(b::append);
      if (hidden) {
        b.append(
            String.format(
                Locale.ROOT,
                "<text class=\"axis\" x=\"%.1f\" y=\"%d\">%s<title>%s</title></text>",
                x + 4,
                y + 36,
                Suppression.HIDDEN_SHARE,
                Html.esc(s.hiddenCount())));
      }
      b.append("</g>");
    }
    b.append("</svg>");
    return b.toString();
  }

  /** The opening of a chart: its svg element, labelled by its title and description. */
  private static StringBuilder open(String id, int height, String title, String description) {
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\">");
    b.append("<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>");
    b.append("<desc id=\"").append(id).append("-d\">").append(Html.esc(description));
    b.append("</desc>");
    return b;
  }
}
