#!/usr/bin/env bash
# Run one golden script test: run_test.sh INTERP SCRIPT
#
# Runs `INTERP NAME.py` with the working directory set to the script's directory,
# stdin from NAME.py.in (or /dev/null), and the same environment as regen.py.
# Compares stdout with NAME.py.exp, stderr (absolute directory path replaced by
# <DIR>) with NAME.py.err (empty if absent) and the exit status with
# NAME.py.status (0 if absent). Silent with exit 0 on success; prints diffs and
# exits 1 on mismatch.
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 INTERP SCRIPT" >&2
  exit 2
fi
interp=$1
script=$2
if [ ! -f "$script" ]; then
  echo "run_test.sh: no such script: $script" >&2
  exit 2
fi
# An interpreter given by a relative path must survive the cd below.
case $interp in
  /*) ;;
  */*) interp=$(cd "$(dirname "$interp")" && pwd -P)/$(basename "$interp") ;;
esac
dir=$(cd "$(dirname "$script")" && pwd -P)
name=$(basename "$script")
base=$dir/$name

tmp=$(mktemp -d "${TMPDIR:-/tmp}/minipy-lang.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

stdin=/dev/null
[ -f "$base.in" ] && stdin=$base.in

(
  cd "$dir" || exit 125
  PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
    exec timeout -k 5 "${MINIPY_TEST_TIMEOUT:-30}" "$interp" "$name" <"$stdin" >"$tmp/stdout" 2>"$tmp/stderr.raw"
)
status=$?

# Replace the absolute directory with <DIR> (escape it for a sed regex).
esc=$(printf '%s' "$dir" | sed 's/[]\/$*.^[|]/\\&/g')
LC_ALL=C sed "s|$esc|<DIR>|g" "$tmp/stderr.raw" >"$tmp/stderr"

exp_status=0
[ -f "$base.status" ] && exp_status=$(tr -d ' \n\r' <"$base.status")
exp_err=/dev/null
[ -f "$base.err" ] && exp_err=$base.err
exp_out=/dev/null
[ -f "$base.exp" ] && exp_out=$base.exp

fail=0
if ! cmp -s "$exp_out" "$tmp/stdout"; then
  echo "=== $name: stdout differs"
  diff -u --label "expected stdout ($name.exp)" --label "actual stdout" "$exp_out" "$tmp/stdout"
  fail=1
fi
if ! cmp -s "$exp_err" "$tmp/stderr"; then
  echo "=== $name: stderr differs"
  diff -u --label "expected stderr ($name.err)" --label "actual stderr" "$exp_err" "$tmp/stderr"
  fail=1
fi
if [ "$status" != "$exp_status" ]; then
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "=== $name: TIMEOUT (killed after 30 s), expected status $exp_status"
  else
    echo "=== $name: exit status differs: expected $exp_status, actual $status"
  fi
  fail=1
fi
if [ ! -f "$base.exp" ]; then
  echo "=== $name: missing $name.exp (run tests/lang/regen.py)"
  fail=1
fi
exit $fail
