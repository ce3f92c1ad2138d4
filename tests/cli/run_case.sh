#!/usr/bin/env bash
# Runs one command-line case (see README.md) and compares stdout, stderr and the exit status.
set -u
interp=$(realpath "$1")
case_file=$(realpath "$2")
dir=$(dirname "$case_file")
name=$(basename "$case_file" .args)
mapfile -t args < "$case_file"
stdin=/dev/null
[ -f "$dir/$name.in" ] && stdin="$dir/$name.in"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$dir/.." && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 timeout "${MINIPY_TEST_TIMEOUT:-30}" "$interp" "${args[@]}" < "$stdin" > "$tmp/out" 2> "$tmp/err")
status=$?
echo "$status" > "$tmp/status"
# Absolute paths of the test directory are machine-dependent; the expectations say <DIR>.
root=$(cd "$dir/.." && pwd)
sed -i "s|$root|<DIR>|g" "$tmp/out" "$tmp/err"
fail=0
for part in out err status; do
  expected="$dir/$name.$part"
  [ -f "$expected" ] || expected=/dev/null
  if ! diff -u --label "expected $name.$part" --label "actual" "$expected" "$tmp/$part" > "$tmp/diff"; then
    cat "$tmp/diff"
    fail=1
  fi
done
exit $fail
