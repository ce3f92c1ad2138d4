// The interactive prompt: reads statements with `>>> ` / `... ` and echoes expression values.
#pragma once

namespace minipy {

class VM;
class ModuleObject;

/// True if standard input is a terminal.
bool stdin_is_interactive();

/// Runs the prompt in `main`'s namespace until end of input (or SystemExit); returns the exit
/// status.
int run_interactive(VM&, ModuleObject* main, bool show_banner);

} // namespace minipy
