#!/usr/bin/env bash
# Builds the sayso libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer)
# and runs each of them for SECONDS (default 60).
#
#   tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]
#
# Environment:
#   SAYSO_FUZZ_BUILD_DIR  build directory (default: <repo>/build-fuzz)
#   SAYSO_FUZZ_JOBS       parallel build jobs (default 2)
#   SAYSO_FUZZ_KEEP_GOING 1: keep fuzzing after a finding (libFuzzer fork mode)
#   SAYSO_FUZZ_IGNORE     a known invariant violation (substring of its message) to
#                         step over while fuzzing, e.g. "quoted part outside"
#
# First every file under corpus/regressions/<target>/ is replayed once (known
# findings: each must no longer crash), then each target fuzzes from the seed corpus
# corpus/text or corpus/jsonl, writing new inputs to <build>/fuzz-work/<target>/corpus
# and findings to <build>/fuzz-work/<target>/artifacts. Exit status 1 if any regression
# or fuzzing run failed.
set -uo pipefail

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(fuzz_segment fuzz_extract fuzz_jsonl); fi

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${SAYSO_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${SAYSO_FUZZ_JOBS:-2}

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAYSO_BUILD_FUZZ=ON -DSAYSO_BUILD_TESTS=OFF \
  -DSAYSO_BUILD_CLI=OFF -DSAYSO_BUILD_EXAMPLES=OFF -DSAYSO_BUILD_BENCH=OFF \
  -DSAYSO_INSTALL=OFF >/dev/null || exit 1
cmake --build "$build" -j "$jobs" --target "${targets[@]}" || exit 1

seeds_of() {
  case "$1" in
    fuzz_jsonl) echo "$here/corpus/jsonl" ;;
    *) echo "$here/corpus/text" ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/$target"
  work="$build/fuzz-work/$target"
  mkdir -p "$work/corpus" "$work/artifacts"

  regressions="$here/corpus/regressions/$target"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    echo "== $target: replaying known findings in $regressions"
    for file in "$regressions"/*; do
      if SAYSO_FUZZ_IGNORE= "$binary" "$file" >"$work/regression.log" 2>&1; then
        echo "   fixed:       $(basename "$file")"
      else
        echo "   STILL FAILS: $(basename "$file") (log: $work/regression.log)"
        status=1
      fi
    done
  fi

  extra=()
  if [ "${SAYSO_FUZZ_KEEP_GOING:-0}" = 1 ]; then
    extra=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  before=$(ls "$work/artifacts" | wc -l)
  echo "== $target: fuzzing for ${seconds}s"
  "$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -max_len=16384 \
    -dict="$here/sayso.dict" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
    "${extra[@]}" "$work/corpus" "$(seeds_of "$target")" >"$work/fuzz.log" 2>&1
  rc=$?
  found=$(( $(ls "$work/artifacts" | wc -l) - before ))
  tail -n 25 "$work/fuzz.log" | grep -E "stat::|Done|SUMMARY|ERROR|invariant|artifact|^#[0-9]+:" || true
  if [ $rc -ne 0 ] || [ "$found" -gt 0 ]; then
    echo "   FINDING: exit $rc, $found new artifact(s); see $work/fuzz.log and $work/artifacts/"
    status=1
  else
    echo "   no finding"
  fi
done
exit $status
