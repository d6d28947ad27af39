#!/usr/bin/env bash
# The DREAM key-figure job side by side with DuckDB on a generated file (see DreamBench --help).
# Builds the benchmarks module if needed, then runs:  benchmarks/bench.sh [DreamBench options]
# JAVA_OPTS sets the JVM options, e.g. JAVA_OPTS=-Xmx256m benchmarks/bench.sh --persons 1000000 --no-duckdb
# JMH per-row kernels (wide and long):  benchmarks/bench.sh jmh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f benchmarks/target/classpath.txt ] || [ ! -d benchmarks/target/classes ]; then
  ./mvnw -B -ntp -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true >&2
fi
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
if [ "${1:-}" = "jmh" ]; then
  shift
  exec java ${JAVA_OPTS:-} -cp "$CP" org.openjdk.jmh.Main "${@:-dk.dfdgrules.benchmarks.*KernelBenchmark}"
fi
exec java ${JAVA_OPTS:-} -cp "$CP" dk.dfdgrules.benchmarks.DreamBench "$@"
