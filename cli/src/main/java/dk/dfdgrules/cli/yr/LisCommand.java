/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.InputFiles;
import dk.dfdgrules.cli.common.OutputFiles;
import dk.dfdgrules.cli.common.RejectsOption;
import dk.dfdgrules.cli.common.UserInputException;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.refusion.LisGroup;
import dk.dfdgrules.extracts.refusion.LisJob;
import dk.dfdgrules.extracts.refusion.LisJob.Dimension;
import dk.dfdgrules.rules.refusion.NetExpenseMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dfdg yr lis}: YR's LIS raw data read and summed (LIS-1 … LIS-5). */
@Command(
    name = "lis",
    mixinStandardHelpOptions = true,
    description = {
      "Reads YR's LIS raw data (rådata) and sums the net expense (LIS-4, Nettoudgift ="
          + " Bruttoudgifter − Refusion) per citizen, benefit, week or month, with the file's"
          + " total. Uge must be a Monday (LIS-1); amounts are Danish, 1.740,96 kr., read exactly"
          + " (LIS-2); MAF rows are counted (LIS-3); the two rows of a week split at a month change"
          + " are both kept (LIS-5).",
      "FILE: a header and one row per calculation; columns by name in any order (Uge, CPR"
          + " nummer, Ydelse, and the amount columns of the mapping; Beregnings ID, Indberetter"
          + " Ekstern ID, Posteringskonto for indberetning when present); ; , or tab (or"
          + " --delimiter), UTF-8 with or without BOM.",
      "The default mapping: Beregnet udbetalingsbeløb (else Indberetning udbetalingsbeløb)"
          + " − Refusionsbeløb when the file has it, else + Finansieringsbeløb (negative in YR's"
          + " files). Give another with --mapping.",
      "Bad rows are reported as FILE:LINE: reason (never the CPR number) and skipped.",
      "CPR numbers are masked in the output (DDMMYY-****) unless --show-cpr is given."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every row was accepted",
      "1:rows were rejected (reported as FILE:LINE: reason)",
      "2:a usage or input error (no such file, a missing column, an empty file)"
    })
public final class LisCommand implements Callable<Integer> {

  /** The bundled sample: the source's ten MAF rows and four more. */
  static final String SAMPLE = "/dk/dfdgrules/cli/yr/lis-sample.csv";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The LIS raw-data file (or --sample).")
  Path file;

  @Option(
      names = "--sample",
      description = "Use the bundled sample (the source's ten MAF rows and four more).")
  boolean sample;

  @Option(names = "--summary", description = "Write only the counts and the total, not the groups.")
  boolean summaryOnly;

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "DIM",
      description =
          "Group by citizen, benefit, week and/or month, comma-separated (default citizen); none"
              + " for the total only.")
  List<String> by;

  @Option(
      names = "--mapping",
      paramLabel = "EXPR",
      description =
          "The net-expense mapping (LIS-4): amount columns joined by + and -, e.g."
              + " \"Indberetning udbetalingsbeløb + Finansieringsbeløb\".")
  String mapping;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "The delimiter (default: ; , or tab, from the header); 'tab' for tab.")
  String delimiter;

  @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
  String format;

  @Option(names = "--show-cpr", description = "Write CPR numbers in full, not masked.")
  boolean showCpr;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the result here instead of standard output.")
  Path out;

  @Mixin RejectsOption rejectsOption = new RejectsOption();

  @Option(
      names = "--lang",
      defaultValue = "da",
      description = "Language of the summary line: da (default) or en.")
  String lang;

  /** Creates the command (for picocli). */
  public LisCommand() {}

  @Override
  public Integer call() throws IOException {
    boolean en = CliMessages.locale(lang).getLanguage().equals("en");
    InputFiles.checkFileOrSample(file, sample, "LIS file");
    InputFiles.checkOutput("--out", out);
    InputFiles.checkOutput("--rejects", rejectsOption.file);
    if (!format.equals("csv") && !format.equals("json")) {
      throw new UserInputException("--format must be csv or json, was '" + format + "'");
    }
    LisJob.Builder b = LisJob.builder().groupBy(dimensions());
    if (mapping != null) {
      try {
        b.mapping(NetExpenseMapping.parse(mapping));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--mapping: " + e.getMessage());
      }
    }
    if (delimiter != null) {
      String d = delimiter.equals("tab") ? "\t" : delimiter;
      if (d.length() != 1) {
        throw new UserInputException("--delimiter is one character (or tab)");
      }
      try {
        b.delimiter(d.charAt(0));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--delimiter: " + e.getMessage());
      }
    }
    String name = file == null ? "sample" : file.toString();
    PrintWriter err = spec.commandLine().getErr();
    Writer rejects = OutputFiles.rejects(rejectsOption.file, err);
    Writer w = OutputFiles.out(out, spec.commandLine().getOut());
    long t0 = System.nanoTime();
    LisJob.Report report;
    LisJob.Output rejected =
        new LisJob.Output() {
          @Override
          public void rejected(BadRow row, LisJob.Problem problem) {
            try {
              rejects.write(name + ":" + row.line() + ": " + row.reason() + "\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    try {
      LisJob job = b.build();
      if (file != null && Files.isRegularFile(file)) {
        report = job.run(file, rejected); // on several threads
      } else {
        try (InputStream in = file == null ? sampleBytes() : Files.newInputStream(file)) {
          report = job.run(in, rejected);
        }
      }
      if (report.summary().read() == 0) {
        throw new UserInputException(name + ": no rows after the header; nothing to sum");
      }
      if (format.equals("csv")) {
        writeCsv(w, report);
      } else {
        writeJson(w, report);
      }
    } catch (InputFileException e) {
      throw new UserInputException(name + ": " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + e.getFile());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      rejects.flush();
      if (rejectsOption.file != null) {
        rejects.close();
      }
      w.flush();
      if (out != null) {
        w.close();
      }
    }
    LisJob.Summary s = report.summary();
    err.println(
        String.format(
            Locale.ROOT,
            en
                ? "dfdg yr lis: rows read %d, accepted %d, rejected %d; MAF rows %d, split-week"
                    + " rows %d; net expense %s kr. (%s); %.2f s"
                : "dfdg yr lis: rækker læst %d, godtaget %d, afvist %d; MAF-rækker %d, rækker i"
                    + " delte uger %d; nettoudgift %s kr. (%s); %.2f s",
            s.read(),
            s.accepted(),
            s.rejected(),
            s.mafRows(),
            s.splitWeekRows(),
            s.total().toPlainString(),
            s.mapping(),
            (System.nanoTime() - t0) / 1e9));
    err.flush();
    return s.rejected() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
  }

  private Set<Dimension> dimensions() {
    if (by == null) {
      return EnumSet.of(Dimension.CITIZEN);
    }
    Set<Dimension> out = EnumSet.noneOf(Dimension.class);
    for (String d : by) {
      switch (d.strip().toLowerCase(Locale.ROOT)) {
        case "citizen" -> out.add(Dimension.CITIZEN);
        case "benefit" -> out.add(Dimension.BENEFIT);
        case "week" -> out.add(Dimension.WEEK);
        case "month" -> out.add(Dimension.MONTH);
        case "none" -> {}
        default ->
            throw new UserInputException(
                "--by takes citizen, benefit, week, month or none, was '" + d.strip() + "'");
      }
    }
    return out;
  }

  private static InputStream sampleBytes() throws IOException {
    InputStream in = LisCommand.class.getResourceAsStream(SAMPLE);
    if (in == null) {
      throw new IOException("the bundled sample is missing from the jar");
    }
    return in;
  }

  private String citizen(LisGroup g) {
    return (showCpr ? g.citizen() : g.maskedCitizen()).orElse("");
  }

  private void writeCsv(Writer w, LisJob.Report r) throws IOException {
    LisJob.Summary s = r.summary();
    if (summaryOnly) {
      w.write("read;accepted;rejected;maf_rows;split_week_rows;citizens;net_expense;mapping\n");
      w.write(
          s.read()
              + ";"
              + s.accepted()
              + ";"
              + s.rejected()
              + ";"
              + s.mafRows()
              + ";"
              + s.splitWeekRows()
              + ";"
              + (s.citizens() < 0 ? "" : Long.toString(s.citizens()))
              + ";"
              + s.total().toPlainString()
              + ";"
              + csv(s.mapping().toString())
              + "\n");
      return;
    }
    Set<Dimension> d = r.dimensions();
    StringBuilder h = new StringBuilder();
    for (Dimension x : d) {
      h.append(x.name().toLowerCase(Locale.ROOT)).append(';');
    }
    w.write(h.append("rows;net_expense\n").toString());
    StringBuilder b = new StringBuilder(128);
    for (LisGroup g : r.groups()) {
      b.setLength(0);
      if (d.contains(Dimension.CITIZEN)) {
        b.append(citizen(g)).append(';');
      }
      if (d.contains(Dimension.BENEFIT)) {
        b.append(csv(g.benefit().orElse(""))).append(';');
      }
      if (d.contains(Dimension.WEEK)) {
        b.append(g.week().orElseThrow()).append(';');
      }
      if (d.contains(Dimension.MONTH)) {
        b.append(g.month().orElseThrow()).append(';');
      }
      b.append(g.rows()).append(';').append(g.netExpense().toPlainString()).append('\n');
      w.append(b);
    }
  }

  private static String csv(String text) {
    if (text.indexOf(';') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private void writeJson(Writer w, LisJob.Report r) throws IOException {
    LisJob.Summary s = r.summary();
    try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("mapping", s.mapping().toString());
      g.writeNumberField("read", s.read());
      g.writeNumberField("accepted", s.accepted());
      g.writeNumberField("rejected", s.rejected());
      g.writeNumberField("mafRows", s.mafRows());
      g.writeNumberField("splitWeekRows", s.splitWeekRows());
      if (s.citizens() >= 0) {
        g.writeNumberField("citizens", s.citizens());
      }
      g.writeNumberField("netExpense", s.total());
      if (!summaryOnly) {
        g.writeArrayFieldStart("groups");
        for (LisGroup x : r.groups()) {
          g.writeStartObject();
          if (x.citizen().isPresent()) {
            g.writeStringField("citizen", citizen(x));
          }
          if (x.benefit().isPresent()) {
            g.writeStringField("benefit", x.benefit().orElseThrow());
          }
          if (x.week().isPresent()) {
            g.writeStringField("week", x.week().orElseThrow().toString());
          }
          if (x.month().isPresent()) {
            g.writeStringField("month", x.month().orElseThrow().toString());
          }
          g.writeNumberField("rows", x.rows());
          g.writeNumberField("netExpense", x.netExpense());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    w.write('\n');
  }
}
