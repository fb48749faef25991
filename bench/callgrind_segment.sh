#!/bin/sh
# Instructions per byte of segmentation, counted by callgrind on a fixed input: the
# bench_segment corpus at 4 MB (UD EWT test texts + generated news), counting only
# inside Segmenter::run (corpus building and lexicon loading are not counted).
#
#   bench/callgrind_segment.sh [BUILD_DIR] [MB] [extra bench_segment options...]
#   (e.g. "--ud FILE.jsonl --texts-only" to count on other text)
set -eu
build=${1:-build-seg}
mb=${2:-4}
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
bin="$build/bench/bench_segment"
out=$(mktemp /tmp/callgrind.segment.XXXXXX)
[ -x "$bin" ] || { echo "no $bin: build the bench_segment target (Release) first" >&2; exit 1; }
report=$(valgrind --tool=callgrind --callgrind-out-file="$out" \
  --toggle-collect='*Segmenter::run*' "$bin" --once --mb "$mb" "$@" 2>/dev/null)
bytes=$(echo "$report" | awk '{print $2}')
ir=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}')
rm -f "$out"
echo "segmented $bytes bytes: $ir instructions, $(awk -v i="$ir" -v b="$bytes" 'BEGIN {printf "%.2f", i / b}') instructions/byte"
