// Formats every item of a CSL-JSON file with citation-js's "apa" template (the CSL style "American Psychological
// Association 7th edition") and writes one JSON object to standard output: each item's id mapped to its entry as
// plain text and the parts the style sets in italics, in order.
//
//   node tests/tools/apa.js references.json
//
// Each item is formatted on its own, so that no entry depends on its neighbours (no year suffixes).
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-csl');

const decode = (html) => html.replace(/<[^>]+>/g, '').replace(/&#38;/g, '&').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#60;/g, '<').replace(/&#62;/g, '>');
const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const entries = {};
for (const item of items) {
  const options = { template: 'apa', lang: 'en-US' };
  const text = new Cite([item]).format('bibliography', { ...options, format: 'text' }).trim();
  const html = new Cite([item]).format('bibliography', { ...options, format: 'html' });
  if (text.includes('\n')) {
    throw new Error(`unexpected entry for ${item.id}: ${JSON.stringify(text)}`);
  }
  const italic = [...html.matchAll(/<i>(.*?)<\/i>/g)].map((m) => decode(m[1]));
  entries[item.id] = { text, italic };
}
process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
