#!/usr/bin/env bash
# Fuzzes one fuzz test for longer than verify's regression run (which only replays the seeds):
#
#   fuzz/fuzz.sh CLASS#METHOD [MINUTES] [MAVEN_ARGS…]
#   fuzz/fuzz.sh CoreParsersFuzzTest#moneyParse 10 -o
#   fuzz/fuzz.sh CaseFilesFuzzTest#caseFile 5 -o -Djazzer.keep_going=40   (go on after findings)
#
# Jazzer mutates the seeds under src/test/resources/dk/dfdgrules/fuzz/CLASSInputs/METHOD/ for
# MINUTES (default 5) and stops at the first finding: an undocumented exception, a message that
# is too long or shows ten digits of its input, a value that does not read back, or one input
# that takes longer than the test's @Timeout (which Jazzer applies to each input; JUnit's own
# timeout, which would end the whole run, is switched off). The finding is saved beside the seeds as
# crash-<sha1>, so the next ./mvnw verify replays it; commit it with the fix. The inputs that
# reached new code are kept in fuzz/.cifuzz-corpus/ (not committed): the next run resumes from
# them, and a local ./mvnw verify replays them too (delete the folder to replay the seeds only).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || [[ "$1" != *'#'* ]]; then
  echo "usage: fuzz/fuzz.sh CLASS#METHOD [MINUTES] [MAVEN_ARGS…]  (one fuzz test at a time)" >&2
  exit 2
fi
target=$1
minutes=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
JAZZER_FUZZ=1 exec ./mvnw -B -ntp verify -pl fuzz -am \
  -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="${minutes}m" -Djunit.jupiter.execution.timeout.mode=disabled \
  -Djacoco.skip -Dspotless.check.skip -Dlicense.skip -Dmaven.javadoc.skip -Dmaven.source.skip \
  "$@"
