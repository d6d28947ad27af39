/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Benchmarks of the DREAM key-figure job: {@link dk.dfdgrules.benchmarks.DreamBench} runs the
 * library and DuckDB on the same generated file in one run, checks that both give identical counts
 * and prints both times, the ratio and MB/s; {@link dk.dfdgrules.benchmarks.WideKernelBenchmark}
 * measures the per-row kernels with JMH. Speed goals live here, never in timed unit tests.
 */
package dk.dfdgrules.benchmarks;
