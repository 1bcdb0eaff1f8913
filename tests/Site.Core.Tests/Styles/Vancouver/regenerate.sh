#!/usr/bin/env bash
# Regenerates vancouver-expected.txt from vancouver-cases.json with citation-js, the independent
# implementation VancouverFormatterTests checks VancouverFormatter against.
#
# It installs @citation-js/core@0.9.0 and @citation-js/plugin-csl@0.9.0 with npm into a temporary
# folder (deleted afterwards), formats each CSL-JSON item on its own with the bundled "vancouver"
# template (the CSL style "NLM/Vancouver: Citing Medicine 2nd edition (citation-sequence)"), and writes
# one line per item, in the order of the cases, without the citation number ("1. ").
#
# Needs node and npm, and network access to the npm registry. Run it from anywhere:
#   tests/Site.Core.Tests/Styles/Vancouver/regenerate.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init --yes >/dev/null
npm install --no-audit --no-fund --loglevel=error @citation-js/core@0.9.0 @citation-js/plugin-csl@0.9.0 >/dev/null

cat >format.js <<'JS'
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-csl');

const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const lines = items.map(item => {
  // One item at a time, so each entry is numbered 1 and nothing depends on its neighbours.
  const text = new Cite([item]).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' }).trim();
  if (!text.startsWith('1. ') || text.includes('\n')) {
    throw new Error(`Unexpected output for ${item.id}: ${JSON.stringify(text)}`);
  }
  return text.slice('1. '.length);
});
fs.writeFileSync(process.argv[3], lines.join('\n') + '\n');
JS

node format.js "$here/vancouver-cases.json" "$here/vancouver-expected.txt"
echo "Wrote $(wc -l <"$here/vancouver-expected.txt") lines to $here/vancouver-expected.txt"
