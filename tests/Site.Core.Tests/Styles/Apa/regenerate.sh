#!/usr/bin/env bash
# Regenerates apa-expected.json from apa-cases.json with citation-js, the independent implementation
# ApaFormatterTests checks ApaFormatter against: tests/tools/apa.js formats each CSL-JSON item on its own with the
# bundled "apa" template (the CSL style "American Psychological Association 7th edition") and writes, by id, the
# entry's text and the parts it sets in italics.
#
# Needs node and the test tools (npm ci --prefix tests/tools, which the test command runs). Run it from anywhere:
#   tests/Site.Core.Tests/Styles/Apa/regenerate.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/../../../tools"
node "$tools/apa.js" "$here/apa-cases.json" >"$here/apa-expected.json"
echo "Wrote $(grep -c '"text"' "$here/apa-expected.json") entries to $here/apa-expected.json"
