#!/usr/bin/env bash
# Installs what the tests need, runs every test project in Site.sln, and ends with one line:
# "N passed, N failed" (totalled from the TRX results of all projects).
set -uo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium; install it only when such tests exist and it is missing.
if [ -d tests/Site.Browser.Tests ] && ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium || { echo "could not install chromium"; exit 1; }
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
