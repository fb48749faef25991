#!/bin/sh
# Instructions per byte of the whole pipeline, counted by callgrind on a fixed input:
# the bench_extract corpus (UD EWT test texts + generated news) at 2 MB, counting only
# inside Extractor::extract_into (corpus building and Extractor::create are not
# counted). Deterministic, so it compares two builds on a busy machine where timings
# cannot.
#
#   bench/callgrind_extract.sh [BUILD_DIR] [MB] [extra bench_extract options...]
set -eu
build=${1:-build}
mb=${2:-2}
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
bin="$build/bench/bench_extract"
out=$(mktemp /tmp/callgrind.extract.XXXXXX)
[ -x "$bin" ] || { echo "no $bin: build the bench_extract target (Release) first" >&2; exit 1; }
report=$(valgrind --tool=callgrind --callgrind-out-file="$out" \
  --toggle-collect='*Extractor::extract_into*' "$bin" --mb "$mb" "$@" 2>/dev/null)
mbytes=$(echo "$report" | awk '/^corpus:/ {print $4}')
ir=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}')
rm -f "$out"
echo "extracted $mbytes MB: $ir instructions, $(awk -v i="$ir" -v m="$mbytes" 'BEGIN {printf "%.1f", i / (m * 1048576)}') instructions/byte"
