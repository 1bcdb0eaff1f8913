// Formats every item of a CSL-JSON file with citation-js's "vancouver" template (the CSL style "NLM/Vancouver:
// Citing Medicine 2nd edition (citation-sequence)") as plain text, and writes one JSON object to standard output:
// each item's id mapped to its entry, without the citation number ("1. ").
//
//   node tests/tools/vancouver.js references.json
//
// Each item is formatted on its own, so that every entry is numbered 1 and none depends on its neighbours.
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-csl');

const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const entries = {};
for (const item of items) {
  const text = new Cite([item]).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' }).trim();
  if (!text.startsWith('1. ') || text.includes('\n')) {
    throw new Error(`unexpected entry for ${item.id}: ${JSON.stringify(text)}`);
  }
  entries[item.id] = text.slice('1. '.length);
}
process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
