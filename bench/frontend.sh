#!/usr/bin/env bash
# frontend.sh - benchmarks the Tenor front end (`tenorc check`) on generated agreements.
#
# Builds nothing: it runs an existing tenorc. Generates agreements of about
# 1k, 10k and 100k lines with bench/gen-agreement.py into a temporary
# directory, checks that tenorc accepts each one, times `tenorc check` on each
# several times (with hyperfine when it is installed, else a loop with
# /usr/bin/time), and prints a Markdown table: lines, bytes, median seconds,
# lines per second and peak resident memory.
#
# Usage: bench/frontend.sh [TENORC]        (default: build/bin/tenorc)
# Environment: RUNS (timed runs per size, default 5), SIZES (default
# "1000 10000 100000"), KEEP=1 keeps the generated files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
tenorc="${1:-$root/build/bin/tenorc}"
runs="${RUNS:-5}"
sizes="${SIZES:-1000 10000 100000}"

if [ ! -x "$tenorc" ]; then
  echo "frontend.sh: no tenorc at $tenorc; build it first or pass its path" >&2
  exit 2
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/tenor-bench.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  echo "frontend.sh: keeping generated files in $tmp" >&2
else
  trap 'rm -rf "$tmp"' EXIT
fi

have_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e' true 2>/dev/null; then have_time=1; fi
have_hyperfine=0
if command -v hyperfine >/dev/null 2>&1; then have_hyperfine=1; fi

# median FILE: the median of the numbers in FILE, one a line.
median() {
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan"; exit }
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure FILE: runs `tenorc check FILE` $runs times after a warm-up run;
# writes the median wall-clock seconds to $tmp/secs and the largest resident
# set size of any run, in MB, to $tmp/rss_mb. Elapsed time is taken with
# nanosecond `date` around the run (GNU time's %e has only 10 ms steps);
# memory with /usr/bin/time's %M. With hyperfine installed, its median is used.
measure() {
  local file="$1" i start end loops="$runs"
  # With hyperfine the loop only measures memory: one run is enough.
  [ "$have_hyperfine" = 1 ] && loops=1
  : >"$tmp/times"
  : >"$tmp/rss_all"
  "$tenorc" check "$file" >/dev/null 2>&1 || true # warm-up: page cache, dynamic loader
  for ((i = 0; i < loops; i++)); do
    start=$(date +%s.%N)
    if [ "$have_time" = 1 ]; then
      /usr/bin/time -f '%M' -o "$tmp/rss" "$tenorc" check "$file" >/dev/null 2>&1 || true
    else
      "$tenorc" check "$file" >/dev/null 2>&1 || true
    fi
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }' >>"$tmp/times"
    if [ "$have_time" = 1 ]; then tail -n 1 "$tmp/rss" >>"$tmp/rss_all"; fi
  done
  if [ "$have_hyperfine" = 1 ]; then
    hyperfine --warmup 1 --runs "$runs" --style none --export-json "$tmp/hf.json" \
      "$tenorc check $file" >/dev/null 2>&1
    python3 -c 'import json, sys; print("%.4f" % json.load(open(sys.argv[1]))["results"][0]["median"])' \
      "$tmp/hf.json" >"$tmp/secs"
  else
    median "$tmp/times" >"$tmp/secs"
  fi
  if [ -s "$tmp/rss_all" ]; then
    sort -g "$tmp/rss_all" | tail -n 1 | awk '{ printf "%.1f\n", $1 / 1024 }' >"$tmp/rss_mb"
  else
    echo "n/a" >"$tmp/rss_mb"
  fi
}

echo "tenorc: $tenorc"
echo "timing: $([ "$have_hyperfine" = 1 ] && echo "hyperfine" || echo "shell loop"), median of $runs runs; memory: $([ "$have_time" = 1 ] && echo "/usr/bin/time" || echo "not measured"); $(nproc 2>/dev/null || echo '?') CPUs"
echo
echo "| lines | bytes | median s | lines/s | peak RSS MB |"
echo "|------:|------:|---------:|--------:|------------:|"
for n in $sizes; do
  file="$tmp/agreement-$n.tenor"
  python3 "$here/gen-agreement.py" --lines "$n" "$file" 2>/dev/null
  if ! "$tenorc" check "$file" >"$tmp/diags" 2>&1; then
    echo "frontend.sh: tenorc rejects the generated $n-line agreement; first diagnostics:" >&2
    head -n 20 "$tmp/diags" >&2
    exit 1
  fi
  lines=$(wc -l <"$file" | tr -d ' ')
  bytes=$(wc -c <"$file" | tr -d ' ')
  measure "$file"
  secs=$(cat "$tmp/secs")
  rss=$(cat "$tmp/rss_mb")
  rate=$(awk -v l="$lines" -v s="$secs" 'BEGIN { if (s > 0) printf "%.0f", l / s; else print "n/a" }')
  echo "| $lines | $bytes | $secs | $rate | $rss |"
done
