#!/usr/bin/env bash
# Installs what the tests need, runs every test project in Site.sln, and ends with one line:
# "N passed, N failed" (totalled from the TRX results of all projects).
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests run, each installed only when missing, all in one apt-get: Chromium for the browser
# tests (Playwright drives /usr/bin/chromium), LinkChecker for the links of the built site, pandoc for the exports
# (its citeproc formats references.json, its BibTeX reader reads references.bib and is the oracle of the BibTeX import),
# feedparser for the Atom feed of changes.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v linkchecker >/dev/null 2>&1 || missing+=(linkchecker)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || missing+=(python3-feedparser)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  { $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
    || { echo "could not install ${missing[*]}"; exit 1; }
fi

# npm tools the tests run (html-validate, citation-js), at the versions pinned in tests/tools/package-lock.json: installed
# when missing, and again when the lock file has changed since.
if [ ! -f tests/tools/node_modules/.package-lock.json ] || [ tests/tools/package-lock.json -nt tests/tools/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error || { echo "could not install the npm tools in tests/tools"; exit 1; }
fi

results="TestResults"
rm -rf "$results"
dotnet test Site.sln --logger "trx" --results-directory "$results"
status=$?

passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for file in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$file" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ ${#trx_files[@]} -eq 0 ]; then
  echo "no test results were written"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
