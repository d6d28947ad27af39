#!/usr/bin/env bash
# The catalogue in a real browser: runs CatalogueBrowserTest alone (headless Chromium from Debian's
# chromium and chromium-driver against the server on a free loopback port: open SN-1, run its
# example with "try it", see SN-1 violated) and saves docs/catalogue-index.png and
# docs/catalogue-rule.png. Extra arguments go to Maven, e.g. -o to build offline.
#
#   sudo apt-get install -y --no-install-recommends chromium chromium-driver   # once
#   server/browser-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromedriver ]; then
  echo "browser-check: install Debian's chromium and chromium-driver first:" >&2
  echo "  sudo apt-get install -y --no-install-recommends chromium chromium-driver" >&2
  exit 2
fi
./mvnw -B -ntp verify -pl server -am -Dtest=CatalogueBrowserTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip -Ddfdg.screenshots="$PWD/docs" "$@"
