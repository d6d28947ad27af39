/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import java.util.List;

/**
 * Renders a {@link Report} as one self-contained HTML file: no script, no external style sheet,
 * font or image, charts as inline SVG (each with its title and description, and its numbers also in
 * a table below it). Readable on a phone (viewport, tables that scroll sideways) and printed (a
 * print style sheet); the page's language is the report's.
 *
 * <p>Every number shown carries {@code data-k} (the key of its CSV row) and {@code data-f} ({@code
 * n} or {@code share}), so that a check can compare the page with the CSV of the same run.
 */
public final class HtmlRenderer {

  /** Tables longer than this are folded (details) so that the page stays short. */
  static final int FOLD_ROWS = 60;

  private HtmlRenderer() {}

  /**
   * The page.
   *
   * @param r the report
   * @param generator who wrote it, e.g. {@code dfdg 0.1.0}, shown at the foot
   * @return the HTML text
   */
  public static String render(Report r, String generator) {
    boolean en = r.locale().getLanguage().equals("en");
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "da").append("\">\n<head>\n");
    b.append("<meta charset=\"utf-8\">\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<meta name=\"generator\" content=\"").append(Html.esc(generator)).append("\">\n");
    b.append("<title>").append(Html.esc(r.title())).append("</title>\n");
    b.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<h1>").append(Html.esc(r.title())).append("</h1>\n");
    for (String w : r.warnings()) {
      b.append("<p class=\"warning\" role=\"note\"><strong>")
          .append(en ? "Note:" : "Bemærk:")
          .append("</strong> ")
          .append(Html.esc(w))
          .append("</p>\n");
    }
    if (!r.facts().isEmpty()) {
      b.append("<dl class=\"facts\">\n");
      for (Report.Fact f : r.facts()) {
        b.append("<dt>")
            .append(Html.esc(f.label()))
            .append("</dt><dd>")
            .append(Html.esc(f.value()))
            .append("</dd>\n");
      }
      b.append("</dl>\n");
    }
    int n = 0;
    for (Report.Section s : r.sections()) {
      String id = "s" + ++n;
      b.append("<section aria-labelledby=\"").append(id).append("-h\">\n");
      b.append("<h2 id=\"")
          .append(id)
          .append("-h\">")
          .append(Html.esc(s.title().isBlank() ? r.title() : s.title()))
          .append("</h2>\n");
      Report.Table t = Tables.of(s);
      if (!t.description().isEmpty()) {
        b.append("<p>").append(Html.esc(t.description())).append("</p>\n");
      }
      if (s instanceof Report.LineChart c) {
        b.append("<figure>").append(SvgWriter.lineChart(r, c, id));
        legend(b, c);
        b.append("</figure>\n");
      } else if (s instanceof Report.StackedBars c) {
        b.append("<figure>").append(SvgWriter.stackedBars(r, c, id));
        b.append("<ul class=\"legend\">");
        for (int i = 0; i < c.segments().size(); i++) {
          b.append("<li><span class=\"swatch\" style=\"background:")
              .append(SvgWriter.SEGMENT_COLOURS[i % SvgWriter.SEGMENT_COLOURS.length])
              .append("\"></span>")
              .append(Html.esc(c.segments().get(i)))
              .append("</li>");
        }
        b.append("</ul></figure>\n");
      }
      boolean chart = !(s instanceof Report.Table);
      boolean fold = chart && t.rows().size() > FOLD_ROWS;
      if (fold) {
        b.append("<details><summary>")
            .append(en ? "The numbers as a table" : "Tallene som tabel")
            .append(" (")
            .append(t.rows().size())
            .append(en ? " rows)" : " rækker)")
            .append("</summary>\n");
      }
      table(b, r, t, chart ? (en ? "The numbers of the chart" : "Diagrammets tal") : "");
      if (fold) {
        b.append("</details>\n");
      }
      b.append("</section>\n");
    }
    if (!r.notes().isEmpty()) {
      b.append("<footer>\n");
      for (String note : r.notes()) {
        b.append("<p>").append(Html.esc(note)).append("</p>\n");
      }
      b.append("<p class=\"generator\">").append(Html.esc(generator)).append("</p>\n");
      b.append("</footer>\n");
    }
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void legend(StringBuilder b, Report.LineChart c) {
    b.append("<ul class=\"legend\">");
    for (int i = 0; i < c.series().size(); i++) {
      String dash = SvgWriter.dash(i);
      b.append("<li><svg class=\"key\" viewBox=\"0 0 28 8\" aria-hidden=\"true\"><line x1=\"0\"")
          .append(" x2=\"28\" y1=\"4\" y2=\"4\" stroke-width=\"3\" stroke=\"")
          .append(SvgWriter.LINE_COLOURS[i % SvgWriter.LINE_COLOURS.length])
          .append('"')
          .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
          .append("/></svg>")
          .append(Html.esc(c.series().get(i).name()))
          .append("</li>");
    }
    b.append("</ul>");
  }

  private static void table(StringBuilder b, Report r, Report.Table t, String caption) {
    b.append("<div class=\"scroll\"><table>");
    if (!caption.isEmpty()) {
      b.append("<caption>").append(Html.esc(caption)).append("</caption>");
    }
    b.append("<thead><tr>");
    for (String c : t.columns()) {
      b.append("<th scope=\"col\">").append(Html.esc(c)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : t.rows()) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        String text = Html.esc(CellText.of(c, r.locale(), r.suppression()));
        switch (c.kind()) {
          case TEXT ->
              b.append(i == 0 ? "<th scope=\"row\">" : "<td>")
                  .append(text)
                  .append(i == 0 ? "</th>" : "</td>");
          case COUNT ->
              b.append("<td class=\"num\"")
                  .append(Html.data(c, "n"))
                  .append('>')
                  .append(text)
                  .append("</td>");
          case SHARE -> {
            // the count and its share: both are numbers of the CSV row
            Cell count = Cell.count(c.numerator(), c.key());
            b.append("<td class=\"num\"><span class=\"n\"")
                .append(Html.data(count, "n"))
                .append('>')
                .append(Html.esc(CellText.of(count, r.locale(), r.suppression())))
                .append("</span> <span class=\"pct\"")
                .append(Html.data(c, "share"))
                .append('>')
                .append(text)
                .append("</span></td>");
          }
        }
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table></div>\n");
  }

  private static final String CSS =
      """
      :root{color-scheme:light;--fg:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--warn:#fff4d6;      --warnline:#8a5a00}
      *{box-sizing:border-box}
      body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;      color:var(--fg);background:#fff}
      main{max-width:60rem;margin:0 auto;padding:1rem}
      h1{font-size:1.6rem;margin:.5rem 0 1rem}
      h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
      .warning{background:var(--warn);border-left:4px solid var(--warnline);padding:.6rem .8rem}
      .facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
      .facts dt{font-weight:600}.facts dd{margin:0}
      figure{margin:0}
      svg.chart{width:100%;height:auto;display:block}
      svg .grid{stroke:#e0e0e0}svg .hundred{stroke:#1a1a1a;stroke-dasharray:4 3}
      svg text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#1a1a1a}
      svg text.axis{fill:#4a4a4a;font-size:12px}svg text.seg{fill:#fff;font-weight:600}
      .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}
      .legend li{display:flex;align-items:center;gap:.35rem}
      .legend svg.key{width:28px;height:8px}
      .swatch{display:inline-block;width:1rem;height:1rem}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}
      caption{text-align:left;color:var(--muted);padding:.2rem 0}
      th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;      vertical-align:top}
      td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
      td .pct{display:block;color:var(--muted);font-size:.85em}
      thead th{border-bottom:2px solid #1a1a1a}
      footer{margin-top:2rem;color:var(--muted);font-size:.9rem}
      @media (max-width:40rem){main{padding:.6rem}.facts{grid-template-columns:1fr}      .facts dd{margin-bottom:.4rem}table{font-size:.85rem}}
      @media print{main{max-width:none;padding:0}section{break-inside:avoid-page}      .warning{border:1px solid #000}a{color:inherit}details>summary{display:none}      body{font-size:11pt}}
      """;
}
