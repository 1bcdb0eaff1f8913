// What a query costs the browser: runs the theme's own query engine (theme/assets/search.js, unchanged) over a built
// site's search index, reading the files from disk as the browser would fetch them, and prints one JSON line a query.
// Arguments: the engine's file, the index's folder (OUTPUT/search), then the queries.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const [engineFile, indexFolder, ...queries] = process.argv.slice(2);
vm.runInThisContext(readFileSync(engineFile, "utf8"), { filename: engineFile });
const { createEngine } = globalThis.siteSearch;

// An engine whose loads are counted: raw bytes, and what gzip makes of each file (level 6, a server's usual).
function counted() {
  const files = new Map();
  const cost = { files: 0, raw: 0, gzip: 0 };
  const engine = createEngine(async (name) => {
    if (!files.has(name)) {
      const bytes = readFileSync(join(indexFolder, name));
      cost.files += 1;
      cost.raw += bytes.length;
      cost.gzip += gzipSync(bytes, { level: 6 }).length;
      files.set(name, JSON.parse(bytes.toString("utf8")));
    }
    return files.get(name);
  });
  return { engine, cost };
}

for (const query of queries) {
  // Cold: the whole query at once, nothing loaded before (a pasted query, or a reload).
  const cold = counted();
  const answer = await cold.engine.search(query);
  // As typed: each keystroke from the second letter a query of its own, one engine, so files load once.
  const typed = counted();
  for (let end = 2; end <= query.length; end++) {
    await typed.engine.search(query.slice(0, end));
  }
  // Warm: the time to answer once every shard it needs is loaded, the median of 21 runs.
  const times = [];
  for (let run = 0; run < 21; run++) {
    const start = performance.now();
    await cold.engine.search(query);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({
    query,
    results: answer.total,
    top: answer.results.slice(0, 3).map((r) => r.kind + " " + r.url),
    cold: cold.cost,
    typed: typed.cost,
    warmMs: times[10],
    warmMaxMs: times[times.length - 1],
  }));
}
