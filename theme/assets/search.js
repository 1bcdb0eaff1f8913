// Site search. Reads the index the build writes under search/ (see Site.Core's SearchShardWriter): the manifest once,
// then for each query only the term shard of each word and the record shards of the results it shows. The box is a
// combobox: focus stays in the input while the arrow keys move through the results, Enter opens one, Escape closes them,
// and "/" anywhere but in a field focuses it. Without this script the box stays hidden.
(() => {
  "use strict";

  // The tokenizer: the same rules as SearchTokenizer.cs, pinned by the same examples on both sides. Decompose (NFKD),
  // drop the marks, lower case, final sigma as sigma; a term is a run of letters and decimal digits.
  const marks = /\p{M}/gu;
  const word = /[\p{L}\p{Nd}]+/gu;
  const fold = (text) => text.normalize("NFKD").replace(marks, "").toLowerCase().replace(/ς/g, "σ");
  let minLength = 2;
  let maxLength = 40;
  const terms = (text) => (fold(text).match(word) || []).filter((t) => t.length >= minLength && t.length <= maxLength);

  const pageSize = 10;
  // How many term shards the word being typed may load when it is longer than the indexed prefixes.
  const maxPrefixShards = 2;
  // An exact match counts for more than a longer word the typed one begins.
  const prefixWeight = 0.8;

  // Last index at or before `value` in an ascending array (strings compare by UTF-16 code units, as C#'s ordinal order).
  function floorIndex(sorted, value) {
    let low = 0;
    let high = sorted.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sorted[middle] <= value) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  // The query engine over the index's files; `load(name)` fetches one (relative to the index's folder) as JSON.
  function createEngine(load) {
    let manifest = null;
    let recordStarts = null;
    const levelSets = new Map();

    async function open() {
      if (manifest === null) {
        const read = await load("manifest.json");
        if (read.version !== 1) {
          throw new Error("search index version " + read.version + " is not supported");
        }
        minLength = read.minTermLength;
        maxLength = read.maxTermLength;
        let start = 0;
        recordStarts = read.recordShards.map((delta) => (start += delta));
        manifest = read;
      }
      return manifest;
    }

    // The postings of `key` in a shard: record number -> score.
    function postingsOf(shard, key, into, weight) {
      const list = shard[key];
      if (!Array.isArray(list)) {
        return;
      }
      let record = 0;
      for (let i = 0; i < list.length; i += 2) {
        record += list[i];
        const score = list[i + 1] * weight;
        if (!(into.get(record) >= score)) {
          into.set(record, score);
        }
      }
    }

    // Record number -> best score for one word of the query; the last word, while it is typed, also as a prefix.
    async function match(text, prefix) {
      const found = new Map();
      const shards = manifest.terms;
      const exact = floorIndex(shards, text);
      if (exact >= 0) {
        postingsOf(await load("terms/" + exact + ".json"), text, found, 1);
      }
      if (!prefix) {
        return found;
      }
      if (manifest.prefixLengths.includes(text.length)) {
        const key = text + "*";
        const index = floorIndex(shards, key);
        if (index >= 0) {
          postingsOf(await load("terms/" + index + ".json"), key, found, prefixWeight);
        }
        return found;
      }
      // Longer than any indexed prefix: the terms it begins sit from its own place on, in this shard and perhaps the next.
      for (let index = Math.max(exact, 0), loaded = 0; index < shards.length && loaded < maxPrefixShards; index++, loaded++) {
        if (index > exact && !shards[index].startsWith(text)) {
          break;
        }
        const shard = await load("terms/" + index + ".json");
        for (const key of Object.keys(shard)) {
          if (key !== text && key.startsWith(text) && !key.endsWith("*")) {
            postingsOf(shard, key, found, prefixWeight);
          }
        }
      }
      return found;
    }

    function kindOf(record) {
      let kind = manifest.kinds[0][0];
      for (const [name, first] of manifest.kinds) {
        if (record >= first) {
          kind = name;
        }
      }
      return kind;
    }

    function kindRange(kind) {
      const at = manifest.kinds.findIndex(([name]) => name === kind);
      if (at < 0) {
        return [0, 0];
      }
      return [manifest.kinds[at][1], at + 1 < manifest.kinds.length ? manifest.kinds[at + 1][1] : manifest.records];
    }

    async function levelSet(level) {
      if (!levelSets.has(level)) {
        levelSets.set(level, load("levels/" + level + ".json").then((file) => Uint8Array.from(atob(file.bits), (c) => c.charCodeAt(0))));
      }
      return levelSets.get(level);
    }

    async function record(number) {
      const shard = floorIndex(recordStarts, number);
      const entries = await load("records/" + shard + ".json");
      const [kind, title, url, text, levels, details] = entries[number - recordStarts[shard]];
      return { number, kind: manifest.kinds[kind][0], title, url, text, levels, details };
    }

    // The results of a query, best first: those that match more of its words, then by score.
    // `options.kind` and `options.level` narrow them; `options.limit` is how many records to read.
    async function search(query, options = {}) {
      await open();
      const words = [...new Set(terms(query))];
      const typing = /[\p{L}\p{Nd}]$/u.test(query);
      if (words.length === 0) {
        return { words, total: 0, results: [] };
      }
      const last = words[words.length - 1];
      const matches = await Promise.all(words.map((w) => match(w, typing && w === last)));
      const combined = new Map();
      for (const found of matches) {
        for (const [number, score] of found) {
          const entry = combined.get(number);
          if (entry) {
            entry.count += 1;
            entry.score += score;
          } else {
            combined.set(number, { number, count: 1, score });
          }
        }
      }
      let ranked = [...combined.values()];
      if (options.kind) {
        const [from, to] = kindRange(options.kind);
        ranked = ranked.filter((r) => r.number >= from && r.number < to);
      }
      if (options.level) {
        const bits = await levelSet(options.level);
        ranked = ranked.filter((r) => (bits[r.number >> 3] >> (r.number & 7)) & 1);
      }
      ranked.sort((a, b) => b.count - a.count || b.score - a.score || a.number - b.number);
      const shown = ranked.slice(0, options.limit ?? pageSize);
      const results = await Promise.all(shown.map((r) => record(r.number)));
      return { words, prefix: typing ? last : null, total: ranked.length, results };
    }

    return { open, search, kindOf };
  }

  // The stretch of `text` around its first match, with every match marked: [{text, mark}], and whether it was cut.
  function highlight(text, words, prefix, around) {
    const matchesAt = [];
    for (const found of text.matchAll(word)) {
      const folded = fold(found[0]);
      if (words.includes(folded) || (prefix && folded.startsWith(prefix))) {
        matchesAt.push([found.index, found.index + found[0].length]);
      }
    }
    let start = 0;
    let end = text.length;
    if (around && text.length > around) {
      const first = matchesAt.length > 0 ? matchesAt[0][0] : 0;
      start = Math.max(0, first - Math.floor(around / 3));
      if (start > 0) {
        const space = text.indexOf(" ", start);
        start = space >= 0 && space < first ? space + 1 : start;
      }
      end = Math.min(text.length, start + around);
      if (end < text.length) {
        const space = text.lastIndexOf(" ", end);
        end = space > start ? space : end;
      }
    }
    const parts = [];
    let at = start;
    for (const [from, to] of matchesAt) {
      if (to <= start || from >= end) {
        continue;
      }
      if (from > at) {
        parts.push({ text: text.slice(at, from), mark: false });
      }
      parts.push({ text: text.slice(Math.max(from, at), Math.min(to, end)), mark: true });
      at = Math.min(to, end);
    }
    if (at < end) {
      parts.push({ text: text.slice(at, end), mark: false });
    }
    return { parts, before: start > 0, after: end < text.length };
  }

  globalThis.siteSearch = Object.freeze({ fold, terms, createEngine, highlight });

  const box = typeof document === "undefined" ? null : document.querySelector(".site-search[data-search-index]");
  if (!box || typeof fetch !== "function") {
    return;
  }
  const input = box.querySelector(".search-input");
  const panel = box.querySelector(".search-panel");
  const list = box.querySelector(".search-results");
  const status = box.querySelector(".search-status");
  const kindFilter = box.querySelector(".search-kind");
  const levelFilter = box.querySelector(".search-level");
  const indexUrl = new URL(box.dataset.searchIndex, document.baseURI);
  const rootUrl = new URL(box.dataset.searchRoot, document.baseURI);
  const labels = (select) => new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.textContent.trim()]));
  const kindLabels = labels(kindFilter);
  const levelLabels = labels(levelFilter);

  const files = new Map();
  const engine = createEngine((name) => {
    if (!files.has(name)) {
      files.set(name, fetch(new URL(name, indexUrl)).then((response) => {
        if (!response.ok) {
          throw new Error(name + ": " + response.status);
        }
        return response.json();
      }));
    }
    return files.get(name);
  });

  let active = -1;
  let asked = 0;

  // The status line's words, from the template (its data-* attributes), with the numbers put in.
  const say = (name, count = 0, shown = 0) =>
    (status.dataset[name] ?? "").replace("{count}", String(count)).replace("{shown}", String(shown));

  function setActive(index) {
    const options = list.querySelectorAll("[role=option]");
    active = options.length === 0 || index < 0 ? -1 : Math.min(index, options.length - 1);
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open(show) {
    panel.hidden = !show;
    input.setAttribute("aria-expanded", String(show && list.children.length > 0));
    if (!show) {
      setActive(-1);
    }
  }

  function appendMarked(element, marked) {
    if (marked.before) {
      element.append("…");
    }
    for (const part of marked.parts) {
      if (part.mark) {
        const mark = document.createElement("mark");
        mark.textContent = part.text;
        element.append(mark);
      } else {
        element.append(part.text);
      }
    }
    if (marked.after) {
      element.append("…");
    }
  }

  function span(className, text) {
    const element = document.createElement("span");
    element.className = className;
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  function option(result, index, words, prefix) {
    const item = document.createElement("li");
    item.id = "site-search-result-" + index;
    item.className = "search-result";
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    item.dataset.href = new URL(result.url.replace(/^\//, ""), rootUrl).href;
    item.dataset.kind = result.kind;
    item.append(span("search-result-kind", kindLabels.get(result.kind) ?? result.kind));
    const title = span("search-result-title");
    appendMarked(title, highlight(result.title, words, prefix, 0));
    item.append(title);
    if (result.details) {
      item.append(span("search-result-details", result.details));
    }
    const snippet = span("search-result-snippet");
    appendMarked(snippet, highlight(result.text, words, prefix, 180));
    item.append(snippet);
    if (result.levels.length > 0 && (result.kind === "claim" || result.kind === "reference")) {
      const levels = span("search-result-levels");
      levels.dataset.levels = result.levels.join(" ");
      levels.textContent = result.levels.map((l) => levelLabels.get(l) ?? l).join(" · ");
      item.append(levels);
    }
    return item;
  }

  async function run() {
    const query = input.value;
    const ask = ++asked;
    if (query.trim() === "") {
      list.replaceChildren();
      status.textContent = "";
      open(false);
      return;
    }
    let answer;
    try {
      answer = await engine.search(query, { kind: kindFilter.value, level: levelFilter.value });
    } catch {
      if (ask === asked) {
        list.replaceChildren();
        status.textContent = say("failed");
        open(true);
      }
      return;
    }
    if (ask !== asked) {
      return;
    }
    list.replaceChildren(...answer.results.map((r, i) => option(r, i, answer.words, answer.prefix)));
    // What the results answer, for scripts and tests that wait for the last keystroke's.
    list.dataset.query = query;
    status.textContent = answer.words.length === 0 ? say("short")
      : answer.total === 0 ? say("none")
      : answer.total > answer.results.length ? say("best", answer.total, answer.results.length)
      : answer.total === 1 ? say("one", 1)
      : say("many", answer.total);
    open(document.activeElement instanceof Node && box.contains(document.activeElement));
    // A filter changed under an active result: keep the place; new text starts again with none active.
    setActive(active >= 0 ? active : -1);
  }

  function follow(item) {
    if (item && item.dataset.href) {
      window.location.assign(item.dataset.href);
    }
  }

  box.hidden = false;
  input.addEventListener("input", () => {
    active = -1;
    run();
  });
  kindFilter.addEventListener("change", run);
  levelFilter.addEventListener("change", run);
  input.addEventListener("focus", () => {
    engine.open().catch(() => {});
    if (input.value.trim() !== "") {
      open(true);
    }
  });
  input.addEventListener("keydown", (event) => {
    const count = list.querySelectorAll("[role=option]").length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) {
        return;
      }
      event.preventDefault();
      open(true);
      setActive(event.key === "ArrowDown" ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      follow(list.querySelectorAll("[role=option]")[Math.max(active, 0)]);
    } else if (event.key === "Escape") {
      if (!panel.hidden) {
        open(false);
      } else {
        input.value = "";
        run();
      }
    }
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && event.target !== input) {
      open(false);
      input.focus();
    }
  });
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => follow(event.target instanceof Element ? event.target.closest("[role=option]") : null));
  box.addEventListener("focusout", (event) => {
    if (!(event.relatedTarget instanceof Node && box.contains(event.relatedTarget))) {
      open(false);
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const target = event.target;
    const typing = target instanceof HTMLElement &&
      (target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null);
    if (!typing) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();
