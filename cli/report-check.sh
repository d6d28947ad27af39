#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
#
# Renders the bundled sample's DREAM key-figure report, opens it in headless Chromium (Debian's
# chromium package: apt-get install chromium) and compares every number in the DOM Chromium
# rendered with the CSV of the same run (dk.dfdgrules.cli.report.ReportCheck, cli test code).
# Also takes the screenshots of docs/: the report at desktop width and the terminal summary; then
# the same check and a screenshot for the refusion steps' report (dfdg yr refusion).
#
# Needs the jar and the test classes: ./mvnw -B -ntp -o package -pl cli -am -DskipTests
# Usage: cli/report-check.sh [OUTDIR]     (default: a new temporary directory)
set -eu
cd "$(dirname "$0")/.."
JAR=cli/target/dfdg.jar
CHECK=cli/target/test-classes
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
for f in "$JAR" "$CHECK/dk/dfdgrules/cli/report/ReportCheck.class"; do
  [ -e "$f" ] || { echo "report-check: $f is missing; build: ./mvnw -B -ntp -o package -pl cli -am -DskipTests" >&2; exit 2; }
done
[ -x "$CHROMIUM" ] || { echo "report-check: $CHROMIUM is missing: apt-get install chromium" >&2; exit 2; }

ARGS="dream keyfigures --sample --period year"
java -jar "$JAR" $ARGS --out "$OUT/report.csv" 2>/dev/null
java -jar "$JAR" $ARGS --format html --out "$OUT/report.html" 2>/dev/null
# the terminal summary, as it is shown on a terminal (script(1) gives the command a terminal)
script -qec "java -jar $JAR $ARGS" /dev/null 2>/dev/null | tr -d '\r' > "$OUT/summary.txt"
{
  printf '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>dfdg dream keyfigures</title>'
  printf '<style>body{margin:0;background:#1e1e1e}pre{margin:0;padding:16px 20px;color:#e6e6e6;'
  printf 'white-space:pre-wrap;font:14px/1.35 "DejaVu Sans Mono",monospace}b{color:#8ae234;font-weight:normal}</style></head><body><pre>'
  printf '<b>$</b> java -jar cli/target/dfdg.jar %s\n' "$ARGS"
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$OUT/summary.txt"
  printf '</pre></body></html>\n'
} > "$OUT/summary.html"

chrome() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$(mktemp -d)" "$@" 2>/dev/null
}
chrome --dump-dom "file://$(realpath "$OUT/report.html")" > "$OUT/report.dom.html"
chrome --screenshot="$OUT/report-dream.png" --window-size=1100,2400 "file://$(realpath "$OUT/report.html")" >/dev/null
chrome --screenshot="$OUT/terminal-summary.png" --window-size=900,780 "file://$(realpath "$OUT/summary.html")" >/dev/null

java -cp "$CHECK" dk.dfdgrules.cli.report.ReportCheck "$OUT/report.dom.html" "$OUT/report.csv"

# the refusion steps (dfdg yr refusion): the same check against its --counts CSV, and a screenshot
java -jar "$JAR" yr refusion --sample --counts --out "$OUT/refusion.csv" 2>/dev/null
java -jar "$JAR" yr refusion --sample --format html --out "$OUT/refusion.html" 2>/dev/null
chrome --dump-dom "file://$(realpath "$OUT/refusion.html")" > "$OUT/refusion.dom.html"
chrome --screenshot="$OUT/report-refusion.png" --window-size=1100,1500 "file://$(realpath "$OUT/refusion.html")" >/dev/null
java -cp "$CHECK" dk.dfdgrules.cli.report.ReportCheck "$OUT/refusion.dom.html" "$OUT/refusion.csv"
echo "report-check: the numbers Chromium shows equal the CSV; files in $OUT"
