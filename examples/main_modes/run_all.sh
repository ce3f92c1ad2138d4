#!/usr/bin/env bash
# Run every main-modes example in every mode and print each command, its output (stdout and
# stderr together) and its exit status.  The READMEs were made from this output.
#
#   examples/main_modes/run_all.sh                  # all examples
#   examples/main_modes/run_all.sh double_import    # one example
#   MINIPY=/path/to/minipy examples/main_modes/run_all.sh
#
# Run it from anywhere; each example runs with its own directory as the working directory.

here=$(cd "$(dirname "$0")" && pwd)
MINIPY=${MINIPY:-$here/../../build/cli/minipy}
MODES="status-quo pep499 pep3122 pep299"

run() {   # run DIR MODE ARG...
    local dir=$1 mode=$2
    shift 2
    echo "\$ minipy --main-mode=$mode $*"
    (cd "$here/$dir" && "$MINIPY" --main-mode="$mode" "$@" 2>&1)
    echo "[exit status $?]"
    echo
}

all_modes() {   # all_modes DIR ARG...
    local dir=$1 mode
    shift
    for mode in $MODES; do
        run "$dir" "$mode" "$@"
    done
}

example() {   # example NAME: true if NAME was asked for, or if no name was given
    [ -z "$only" ] || [ "$only" = "$1" ]
}

only=$1

if example double_import; then
    echo "######## double_import"
    all_modes double_import -m shop.core
fi

if example relative_imports; then
    echo "######## relative_imports"
    all_modes relative_imports calc/cli.py 2 3
    all_modes relative_imports -m calc.cli 2 3
    all_modes relative_imports -m calc 2 3
fi

if example bacon; then
    echo "######## bacon"
    all_modes bacon -m bacon
    all_modes bacon -m bacon.ham.beans
    run bacon pep3122 bacon/ham/beans.py
fi

if example main_function; then
    echo "######## main_function"
    all_modes main_function total.py 1 2 3
    run main_function pep299 total.py 1 x
    run main_function pep299 total.py
    run main_function pep299 -m total 4 5
    run main_function pep299 -c 'def __main__(argv): print("never called")'
    all_modes main_function twice.py
    all_modes main_function -m twice
    all_modes main_function once.py
    all_modes main_function uses_main.py
fi

if example sys_main; then
    echo "######## sys_main"
    all_modes sys_main tool/greet.py Ada
    all_modes sys_main -m tool.greet Ada
    all_modes sys_main -m tool.legacy
    all_modes sys_main -m tool.pep3122_only
fi

if example hidden_cycle; then
    echo "######## hidden_cycle"
    all_modes hidden_cycle -m top.a
    run hidden_cycle status-quo -c 'import top.a'
    all_modes hidden_cycle -m warnpkg.tool
fi
