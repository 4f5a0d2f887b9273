#!/bin/bash
# The build id (generator/version/build_id.cmake) follows the code: any change
# to a compiled source, a new or renamed file or another configuration gives
# another id; the same sources elsewhere give the same id; a run where nothing
# changed leaves the generated file untouched (nothing recompiles); the git
# commit beside it gains "-dirty" when a tracked file changes.
#   tests/install/build_id_test.sh SOURCE_DIR
set -euo pipefail

src=$(realpath "$1")
script="$src/generator/version/build_id.cmake"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wt-build-id.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# A tiny tree shaped like the checkout.
mkdir -p "$tmp/a/generator/core" "$tmp/a/plugins/p" "$tmp/a/tests"
echo 'int f() { return 1; }' > "$tmp/a/generator/core/f.cpp"
echo '#pragma once' > "$tmp/a/plugins/p/p.hpp"
echo 'project(x)' > "$tmp/a/CMakeLists.txt"
echo 'compiler GNU 12.2.0' > "$tmp/config.txt"

# id_of TREE [OUTPUT]: runs the script, prints the id it wrote.
id_of() {
  local out=${2:-$tmp/out.cpp}
  cmake -DSOURCE_DIR="$1" -DCONFIG_FILE="$tmp/config.txt" -DVERSION=1.2.3 -DOUTPUT="$out" -P "$script" ||
    fail "build_id.cmake failed on $1"
  sed -n 's/.*{"1\.2\.3", "\([0-9a-f]*\)", "\(.*\)"};.*/\1/p' "$out"
}
git_of() { sed -n 's/.*{"1\.2\.3", "[0-9a-f]*", "\(.*\)"};.*/\1/p' "$tmp/out.cpp"; }

base=$(id_of "$tmp/a")
[[ $base =~ ^[0-9a-f]{16}$ ]] || fail "the id is not 16 hex digits: '$base'"
[ "$(git_of)" = "" ] || fail "a tree outside git has no commit, got '$(git_of)'"

# Nothing changed: same id, and the generated file is not rewritten.
touch -d @1000000000 "$tmp/out.cpp"
[ "$(id_of "$tmp/a")" = "$base" ] || fail "the id changed with nothing changed"
[ "$(stat -c %Y "$tmp/out.cpp")" = 1000000000 ] || fail "the generated file was rewritten with nothing changed"

# The same sources elsewhere: the same id (no absolute path in it).
cp -r "$tmp/a" "$tmp/b"
[ "$(id_of "$tmp/b" "$tmp/out-b.cpp")" = "$base" ] || fail "the id depends on where the checkout is"

# Files that are not compiled do not count (tests/, docs).
echo 'TEST' > "$tmp/b/tests/t.cpp"
echo '# notes' > "$tmp/b/generator/notes.md"
[ "$(id_of "$tmp/b" "$tmp/out-b.cpp")" = "$base" ] || fail "a test or a note changed the id"

# expect_new_id WHAT: the id of tree a differs from every id seen so far.
seen=" $base "
expect_new_id() {
  local id
  id=$(id_of "$tmp/a")
  case "$seen" in *" $id "*) fail "the id did not change when $1" ;; esac
  seen="$seen$id "
}
echo 'int f() { return 2; }' > "$tmp/a/generator/core/f.cpp"
expect_new_id "a source changed"
echo '#pragma once // x' > "$tmp/a/plugins/p/p.hpp"
expect_new_id "a plugin header changed"
echo 'int g();' > "$tmp/a/generator/core/g.hpp"
expect_new_id "a header was added"
mv "$tmp/a/generator/core/g.hpp" "$tmp/a/generator/core/h.hpp"
expect_new_id "a header was renamed"
echo 'project(x) # -O3' > "$tmp/a/CMakeLists.txt"
expect_new_id "CMakeLists.txt changed"
echo 'compiler GNU 13.1.0' > "$tmp/config.txt"
expect_new_id "the compiler changed"

# From git: the commit, then "-dirty" once a tracked file differs.
if command -v git > /dev/null; then
  (cd "$tmp/a" && git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm x) ||
    fail "git init failed"
  id_of "$tmp/a" > /dev/null
  [[ $(git_of) =~ ^[0-9a-f]{12}$ ]] || fail "no commit from git: '$(git_of)'"
  echo 'int f() { return 3; }' > "$tmp/a/generator/core/f.cpp"
  id_of "$tmp/a" > /dev/null
  [[ $(git_of) =~ ^[0-9a-f]{12}-dirty$ ]] || fail "a changed tracked file is not dirty: '$(git_of)'"
fi
echo "build id: ok"
