#!/usr/bin/env bash
# Runs one import scenario (a directory holding a file tree and a `cmd` file with the arguments,
# one per line) with the scenario directory as cwd, and compares stdout, the last line of
# stderr and the exit status with expected.out, expected.err_last and expected.status.
set -u
interp=$(realpath "$1")
dir=$(realpath "$2")
mapfile -t args < "$dir/cmd"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$dir" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 timeout "${MINIPY_TEST_TIMEOUT:-30}" "$interp" "${args[@]}" < /dev/null > "$tmp/out" 2> "$tmp/err")
echo $? > "$tmp/status"
tail -n 1 "$tmp/err" > "$tmp/err_last"
# Absolute paths of the scenario directory are machine-dependent; the expectations say <DIR>.
sed -i "s|$dir|<DIR>|g" "$tmp/out" "$tmp/err_last"
fail=0
for part in out err_last status; do
  expected="$dir/expected.$part"
  [ -f "$expected" ] || expected=/dev/null
  if ! diff -u --label "expected.$part" --label "actual" "$expected" "$tmp/$part"; then
    fail=1
  fi
done
exit $fail
