#!/usr/bin/env bash
# compare.sh - the evaluator benchmark of issue 7 (and issue 4's 10M rows).
#
# Runs the same computation (bench/agreements/requests.tenor: availability,
# server-error share, p99 latency, a ticket obligation and tiered credits per
# calendar month of 2026) four ways on generated data (bench/gen), RUNS
# rounds interleaved. The outputs of the first round are compared by
# bench/check-results.py and the script stops unless all are identical; then
# bench/report.py writes the medians into docs/performance.md. The ways:
#   tenor     the evaluator `tenorc build` makes, on CSV and on JSON Lines
#   reference bench/reference/requests.cpp, hand-written C++ (CSV, JSON Lines)
#   duckdb    bench/sql/requests.sql on DuckDB, one thread, CSV loaded first
#   sqlite    the same SQL on SQLite (sqlite3 shell, in-memory database)
#   pandas    bench/pandas/requests.py (Debian's python3-pandas)
# plus `tenor-avail`, the evaluator of bench/agreements/availability.tenor
# (one share, no kept values) to show memory does not grow with rows, and
# the time of `tenorc build`.
#
# Usage: bench/compare.sh            (installs what is missing: bench/setup.sh)
# Environment:
#   TENORC   the compiler (default: build-bench/bin/tenorc, else build/bin/tenorc)
#   SIZES    request rows per data set (default "1000000 10000000"; with
#            BENCH_50M=1 also 50000000)
#   RUNS     timed runs of each way per size (default 3; medians are reported)
#   SLOW_MAX skip sqlite and pandas above this many rows (default 10000000)
#   WORK     generated data and binaries (default bench/work, git-ignored)
#   DOC      the page to update (default docs/performance.md; DOC=- prints)
#   APPEND   1: add to the measurements of the previous run instead of
#            starting afresh (e.g. SIZES=50000000 APPEND=1 after the default)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
work="${WORK:-$here/work}"
runs="${RUNS:-3}"
sizes="${SIZES:-1000000 10000000}"
if [ "${BENCH_50M:-0}" = 1 ]; then sizes="$sizes 50000000"; fi
slow_max="${SLOW_MAX:-10000000}"
doc="${DOC:-$root/docs/performance.md}"
tenorc="${TENORC:-}"
if [ -z "$tenorc" ]; then
  tenorc="$root/build-bench/bin/tenorc"
  [ -x "$tenorc" ] || tenorc="$root/build/bin/tenorc"
fi
[ -x "$tenorc" ] || { echo "compare.sh: no tenorc at $tenorc" >&2; exit 2; }

"$here/setup.sh"
py=/usr/bin/python3 # Debian's, where python3-pandas lives
mkdir -p "$work/bin" "$work/out"
results="$work/results.tsv"
# APPEND=1 keeps the measurements of earlier runs (other sizes) in the report
[ "${APPEND:-0}" = 1 ] || : >"$results"
rm -f "$results".*
log() { echo "compare.sh: $*" >&2; }

# ---- build ----------------------------------------------------------------
log "building the generator, the reference and the evaluators"
g++ -std=c++20 -O2 -o "$work/bin/gen-data" "$here/gen/gen-data.cpp"
# the reference gets the flags `tenorc build` gives evaluators (-O2)
g++ -std=c++20 -O2 -o "$work/bin/reference" "$here/reference/requests.cpp"

# timed: `tenorc build` of the benchmark agreement and of examples/compute
for i in $(seq "$runs"); do
  for name in requests compute; do
    src="$here/agreements/$name.tenor"
    [ "$name" = compute ] && src="$root/examples/compute/compute.tenor"
    /usr/bin/time -f '%e %M %U %S' -o "$work/out/time" \
      "$tenorc" build "$src" -o "$work/bin/$name-eval" 2>/dev/null
    read -r secs kb user sys <"$work/out/time"
    printf 'build\t-\t%s\t%s\t%s\t0\t%s\t%s\n' "$name" "$secs" "$kb" "$(cut -d' ' -f1 /proc/loadavg)" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >>"$results"
  done
done
"$tenorc" build "$here/agreements/availability.tenor" -o "$work/bin/availability-eval" 2>/dev/null

# ---- the ways -------------------------------------------------------------
# way NAME DATADIR OUTFILE: runs one way, its report/results to OUTFILE.
way() {
  local d="$2" out="$3"
  case "$1" in
  tenor-csv | tenor-jsonl)
    local f="${1#tenor-}"
    "$work/bin/requests-eval" --data requests="$d/requests.$f" --data minutes="$d/minutes.$f" \
      --data tickets="$d/tickets.$f" --param monthly_charges="1000 USD" -o "$out" ;;
  reference-csv | reference-jsonl)
    local f="${1#reference-}"
    "$work/bin/reference" "$d/requests.$f" "$d/minutes.$f" "$d/tickets.$f" >"$out" ;;
  duckdb) THREADS=1 node "$here/sql/duckdb.mjs" "$d" >"$out" ;;
  sqlite) "$here/sql/sqlite.sh" "$d" >"$out" ;;
  pandas) "$py" "$here/pandas/requests.py" "$d" >"$out" ;;
  tenor-avail-csv) "$work/bin/availability-eval" --data requests="$d/requests.csv" -o "$out" ;;
  esac
}

for n in $sizes; do
  d="$work/data-$n"
  # regenerated when the generator changes (its hash is kept in `done`)
  stamp="$(sha256sum "$here/gen/gen-data.cpp" | cut -c1-16)"
  if [ "$(cat "$d/done" 2>/dev/null)" != "$stamp" ]; then
    log "generating $n request rows into $d"
    rm -rf "$d" && mkdir -p "$d"
    "$work/bin/gen-data" "$n" "$d"
    echo "$stamp" >"$d/done"
  fi
  ways="tenor-csv tenor-jsonl reference-csv reference-jsonl duckdb"
  if [ "$n" -le "$slow_max" ]; then ways="$ways sqlite pandas"; fi
  ways="$ways tenor-avail-csv"
  rows=$(($(wc -l <"$d/requests.csv") + $(wc -l <"$d/minutes.csv") + $(wc -l <"$d/tickets.csv") - 3))

  # ---- timing, interleaved; round 1 keeps every way's output for the check ----
  for i in $(seq "$runs"); do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    for w in $ways; do
      out=/dev/null
      [ "$i" = 1 ] && out="$work/out/$w.json"
      /usr/bin/time -f '%e %M %U %S' -o "$work/out/time" \
        bash -c "$(declare -f way); work='$work' here='$here' py='$py'; way $w '$d' '$out'"
      read -r secs kb user sys <"$work/out/time"
      wrows=$rows
      [ "$w" = tenor-avail-csv ] && wrows=$(($(wc -l <"$d/requests.csv") - 1))
      printf 'run\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$w" "$secs" "$kb" "$wrows" "$load" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >>"$results.$n"
      log "$n rows, run $i: $w ${secs}s ${kb}KB"
    done
    if [ "$i" = 1 ]; then
      # ---- the results check: every way must give identical numbers ----
      log "$n rows: checking that every way gives the same results"
      checks=()
      for w in $ways; do
        [ "$w" = tenor-avail-csv ] || checks+=("$w=$work/out/$w.json")
      done
      "$py" "$here/check-results.py" "${checks[@]}"
    fi
  done
  # only sizes whose results were checked reach the report
  cat "$results.$n" >>"$results" && rm -f "$results.$n"
done

"$py" "$here/report.py" "$results" "$doc"
