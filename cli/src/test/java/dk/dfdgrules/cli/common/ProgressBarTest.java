/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void offItDrawsNothing() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 100, false);
    bar.update(10);
    bar.update(100);
    bar.done();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void onItDrawsInPlaceAtMostFourTimesASecondAndErasesItself() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 200, true);
    bar.update(100);
    bar.update(150); // within a quarter second of the first: not drawn
    assertThat(err.toString()).isEqualTo("\r[############             ] 50 %");
    bar.done();
    assertThat(err.toString()).endsWith("\r" + " ".repeat(35) + "\r");
  }

  @Test
  void aTotalOfZeroIsNoDivisionByZero() {
    StringWriter err = new StringWriter();
    new ProgressBar(new PrintWriter(err), 0, true).update(0);
    assertThat(err.toString()).contains("0 %");
  }
}
