#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs
# each for a bounded time. New crashes, timeouts, leaks and OOMs are copied to
# tests/fuzz/regressions/<target>/ (rename them after what they show, fix the
# parser; test_audit_fuzz_regressions replays them in `make test`).
# Exits 1 when any target stopped on a finding.
#
# Usage: tests/fuzz/run.sh [target...]        (default: every target: robots sitemap url dates
#                                               html fast_tree yaml front_matter markdown schema csv xlsx)
# Environment: FUZZ_SECONDS (per target, default 60), BUILD (default build-fuzz),
#              JOBS (build jobs, default nproc), FUZZ_ARGS (extra libFuzzer flags),
#              FUZZ_TIMEOUT (seconds per input; default 1 for the generator's
#              targets, 5 for the audit's: libFuzzer counts wall time, so on a
#              machine whose cores are busy with builds a starved input can pass
#              1 s: confirm a timeout by running the target on that file alone),
#              FUZZ_SKIP_OPEN (default ON: the invariants of open findings, written
#              FUZZ_CHECK_OPEN, are not checked, so that the rest is fuzzed; the
#              findings in tests/fuzz/open/ are tracked by test_audit_fuzz_regressions).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build-fuzz}
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
JOBS=${JOBS:-$(nproc)}
TARGETS=${*:-robots sitemap url dates html fast_tree yaml front_matter markdown schema csv xlsx}
FUZZ="$ROOT/tests/fuzz"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ not found; run scripts/install-deps.sh --fuzz" >&2
  exit 2
fi

CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -DWT_FUZZ=ON -DWT_BUILD_TESTS=OFF \
  -DWT_FUZZ_SKIP_OPEN="${FUZZ_SKIP_OPEN:-ON}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=""
for t in $TARGETS; do targets="$targets fuzz_$t"; done
# shellcheck disable=SC2086
cmake --build "$BUILD" -j "$JOBS" --target $targets

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=""
for t in $TARGETS; do
  work="$BUILD/fuzz-corpus/$t"        # grown corpus: kept between runs, not committed
  artifacts="$BUILD/fuzz-artifacts/$t"
  regressions="$FUZZ/regressions/$t"
  mkdir -p "$work" "$artifacts" "$regressions"
  dict=""
  [ -f "$FUZZ/dict/$t.dict" ] && dict="-dict=$FUZZ/dict/$t.dict"
  echo "fuzz: $t for ${SECONDS_PER_TARGET}s"
  status=0
  # Past findings go in as corpus too: a bug that came back stops the run at
  # once (so does an open one with FUZZ_SKIP_OPEN=OFF, without being copied).
  open_dir=""
  if [ -d "$FUZZ/open/$t" ] && [ -n "$(ls -A "$FUZZ/open/$t")" ]; then
    open_dir="$FUZZ/open/$t"
    [ "${FUZZ_SKIP_OPEN:-ON}" = ON ] && echo "fuzz: $t: open findings not checked: $(ls "$open_dir" | tr '\n' ' ')"
  fi
  # The generator's parsers must answer within a second whatever the input
  # (issue 9): for them a unit over 1 s is a finding. XLSX inputs are zips,
  # larger than the text formats.
  case "$t" in
    yaml|front_matter|markdown|schema|csv) timeout=${FUZZ_TIMEOUT:-1} max_len=16384 ;;
    xlsx) timeout=${FUZZ_TIMEOUT:-1} max_len=65536 ;;
    *) timeout=${FUZZ_TIMEOUT:-5} max_len=8192 ;;
  esac
  # shellcheck disable=SC2086
  "$BUILD/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=$timeout \
    -max_len=$max_len -print_final_stats=1 -artifact_prefix="$artifacts/" $dict ${FUZZ_ARGS:-} \
    "$work" "$FUZZ/corpus/$t" "$regressions" $open_dir >"$BUILD/fuzz-$t.log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::new_units_added)|^(#[0-9]+ +DONE)' "$BUILD/fuzz-$t.log" | sed "s/^/fuzz: $t: /" || true
  # Copy new findings (not already in the regressions, byte for byte).
  for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/leak-* "$artifacts"/oom-*; do
    [ -f "$f" ] || continue
    known=no
    for r in "$regressions"/* "$FUZZ/open/$t"/*; do
      [ -f "$r" ] && cmp -s "$f" "$r" && known=yes && break
    done
    if [ "$known" = no ]; then
      cp "$f" "$regressions/"
      echo "fuzz: $t: new finding $regressions/$(basename "$f")"
    else
      echo "fuzz: $t: stopped on a known finding (tests/fuzz/regressions or tests/fuzz/open)"
    fi
    rm -f "$f"
  done
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $t FAILED (exit $status); log: $BUILD/fuzz-$t.log" >&2
    grep -E 'ERROR: |invariant failed|runtime error|SUMMARY' "$BUILD/fuzz-$t.log" | head -5 >&2 || true
    failed="$failed $t"
  fi
done

if [ -n "$failed" ]; then
  echo "fuzz: findings in:$failed" >&2
  exit 1
fi
echo "fuzz: no findings in $TARGETS (${SECONDS_PER_TARGET}s each)"
