/**
 * Benchmarks of the DREAM key-figure job: {@link dk.dfdgrules.benchmarks.DreamBench} runs the
 * library and DuckDB on the same generated file in one run, checks that both give identical counts
 * and prints both times, the ratio and MB/s; {@link dk.dfdgrules.benchmarks.WideKernelBenchmark}
 * measures the per-row kernels with JMH. Speed goals live here, never in timed unit tests.
 */
package dk.dfdgrules.benchmarks;
