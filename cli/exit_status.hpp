// The end of a run: printing an uncaught exception and mapping it (or SystemExit's code) to the
// process's exit status, as CPython's handle_system_exit and PyErr_Print do.
#pragma once

#include "vm/value.hpp"

namespace minipy {

class VM;

/// Prints an uncaught exception with its traceback to sys.stderr.
void print_uncaught(VM&, Value exc);

/// Takes the pending exception and returns the exit status: SystemExit's code (its message is
/// printed when it is not an int or None), 1 after printing any other exception, 130 for
/// KeyboardInterrupt (the process must then end by SIGINT: see exit_by_sigint).
int handle_uncaught(VM&);

/// True after handle_uncaught saw a KeyboardInterrupt: main() re-raises SIGINT after the exit
/// handlers have run, as CPython does.
bool exit_by_sigint();

} // namespace minipy
