#!/bin/sh
# Instructions per MB of one whole-pipeline call on an adversarial family, counted by
# callgrind at each size given (default 1 and 16 MB), only inside
# Extractor::extract_into. Equal figures at every size mean no stage does more work per
# byte on a larger document (no algorithmic non-linearity); time per MB that still
# grows is then memory (cache misses, page faults), not instructions.
#
#   bench/callgrind_adversarial.sh [BUILD_DIR] FAMILY [MB...]
set -eu
build=${1:-build}
family=${2:-0}
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
[ $# -gt 0 ] || set -- 1 16
bin="$build/bench/adversarial_once"
[ -x "$bin" ] || { echo "no $bin: build the adversarial_once target (Release) first" >&2; exit 1; }
for mb in "$@"; do
  out=$(mktemp /tmp/callgrind.adversarial.XXXXXX)
  name=$(valgrind --tool=callgrind --callgrind-out-file="$out" \
    --toggle-collect='*Extractor::extract_into*' "$bin" --family "$family" --mb "$mb" 2>/dev/null |
    sed 's/ [0-9]* MB x.*//')
  ir=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}')
  rm -f "$out"
  echo "$name: $mb MB $(awk -v i="$ir" -v m="$mb" 'BEGIN {printf "%.1f", i / m / 1e6}') M instructions/MB"
done
