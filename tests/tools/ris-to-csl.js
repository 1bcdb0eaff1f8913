// Reads a JSON array of RIS texts on standard input and writes, for each, the CSL-JSON items citation-js makes of it
// (its own bookkeeping, _graph, left out), or {"error": message}: the outside reader RisOracleTests compares the
// site's RIS import with. Run by the tests as: node tests/tools/ris-to-csl.js < texts.json
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-ris');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(text => {
    try {
      return new Cite(text, { forceType: '@ris/file' }).data.map(({ _graph, ...item }) => item);
    } catch (error) {
      return { error: String(error && error.message || error) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
