#!/usr/bin/env bash
# The public overview's first paint in Chromium (issue #5: under 2 s), against a running application: a first
# visit and five more, each in a new browser context (nothing cached), figures in ms from navigation start.
#
#   usage: ops/measure-overview-paint.sh [BASE_URL]      (default http://localhost:8080/)
#   needs: node and npm (playwright-core is installed into ops/paint on the first run), and Chromium
#          (apt-get install -y chromium; another binary with CHROMIUM=/path)
set -euo pipefail
cd "$(dirname "$0")/paint"
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --silent
node paint.js "${1:-http://localhost:8080/}" 6
