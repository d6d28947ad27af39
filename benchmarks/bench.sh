#!/usr/bin/env bash
# The DREAM key-figure job — the library, the dfdg command line end to end and DuckDB, all four
# periods, next to cat and wc -l — on a generated file or --file FILE (see DreamBench --help).
# Builds the benchmarks module and cli/target/dfdg.jar if needed, then runs:
#   benchmarks/bench.sh [DreamBench options]
# JAVA_OPTS sets the JVM options, e.g. JAVA_OPTS=-Xmx256m benchmarks/bench.sh --persons 1000000 --no-duckdb
# JMH per-row kernels (wide and long):  benchmarks/bench.sh jmh [JMH options]
# FLIS visitation courses (VIS-1 … VIS-4) against DuckDB: benchmarks/bench.sh visitation [options]
#   e.g. JAVA_OPTS=-Xmx256m benchmarks/bench.sh visitation --citizens 1000000 (see --help)
# YR's LIS raw data (LIS-1 … LIS-5), net expense per citizen, against DuckDB: benchmarks/bench.sh lis
#   e.g. JAVA_OPTS=-Xmx256m benchmarks/bench.sh lis --rows 5000000 (see --help)
# dfdg serve under load from wrk (Debian's package), with faulty requests alongside:
#   benchmarks/bench.sh serve [--duration 60] [--connections 1,8,64] [--rate 2000] (see --help)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f benchmarks/target/classpath.txt ] || [ ! -d benchmarks/target/classes ]; then
  ./mvnw -B -ntp -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true >&2
fi
if [ "${1:-}" != "jmh" ] && [ ! -f cli/target/dfdg.jar ]; then
  ./mvnw -B -ntp -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true >&2
fi
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
if [ "${1:-}" = "jmh" ]; then
  shift
  exec java ${JAVA_OPTS:-} -cp "$CP" org.openjdk.jmh.Main "${@:-dk.dfdgrules.benchmarks.*KernelBenchmark}"
fi
if [ "${1:-}" = "visitation" ]; then
  shift
  exec java ${JAVA_OPTS:-} -cp "$CP" dk.dfdgrules.benchmarks.VisitationBench "$@"
fi
if [ "${1:-}" = "serve" ]; then
  shift
  if [ ! -f cli/target/dfdg.jar ]; then
    ./mvnw -B -ntp -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true >&2
  fi
  command -v wrk >/dev/null || { echo "bench.sh serve needs wrk: apt-get install wrk" >&2; exit 2; }
  exec java ${JAVA_OPTS:-} -cp "$CP" dk.dfdgrules.benchmarks.ServeBench "$@"
fi
if [ "${1:-}" = "lis" ]; then
  shift
  exec java ${JAVA_OPTS:-} -cp "$CP" dk.dfdgrules.benchmarks.LisBench "$@"
fi
exec java ${JAVA_OPTS:-} -cp "$CP" dk.dfdgrules.benchmarks.DreamBench "$@"
