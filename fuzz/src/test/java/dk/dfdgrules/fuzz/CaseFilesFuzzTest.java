/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import static dk.dfdgrules.fuzz.FuzzChecks.checkShown;
import static dk.dfdgrules.fuzz.FuzzChecks.failure;
import static dk.dfdgrules.fuzz.FuzzChecks.shown;
import static dk.dfdgrules.fuzz.FuzzChecks.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.dfdgrules.rules.cases.CaseFile;
import dk.dfdgrules.rules.cases.CaseFileException;
import dk.dfdgrules.rules.cases.CaseFiles;
import dk.dfdgrules.rules.cases.CaseRunner;
import dk.dfdgrules.rules.cases.CaseVerdict;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * A YAML case file of any text, read and run: reading throws only {@link CaseFileException}, with a
 * short message and no CPR number of the file; running throws nothing and gives one verdict per
 * case, broken ones included, whose mismatches show no CPR number of the file.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class CaseFilesFuzzTest {

  @FuzzTest
  void caseFile(byte[] data) {
    String in = text(data);
    CaseFile file;
    try {
      file = CaseFiles.read(new StringReader(in), "fuzz.yaml");
    } catch (CaseFileException e) {
      checkShown(in, e);
      return;
    } catch (Exception e) {
      throw new AssertionError("reading a case file threw " + e.getClass().getName(), e);
    }
    for (CaseFile.BrokenCase broken : file.broken()) {
      shown(in, "a broken case's problem", broken.problem());
    }
    List<CaseVerdict> verdicts;
    try {
      verdicts = CaseRunner.run(file);
    } catch (RuntimeException e) {
      throw new AssertionError("running a case file threw " + e.getClass().getName(), e);
    }
    if (verdicts.size() < file.cases().size()) {
      throw failure("fewer verdicts than cases", in);
    }
    for (CaseVerdict v : verdicts) {
      for (String mismatch : v.mismatches()) {
        shown(in, "a case's mismatch", mismatch);
      }
    }
  }
}
