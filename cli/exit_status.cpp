// Uncaught exceptions and exit statuses (see exit_status.hpp).
#include "cli/exit_status.hpp"

#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/traceback.hpp"
#include "vm/vm.hpp"

#include <cstdio>

namespace minipy {

namespace {

bool g_exit_by_sigint = false;

} // namespace

bool exit_by_sigint()
{
    return g_exit_by_sigint;
}

/// Prints an uncaught exception through sys.excepthook (the default prints the traceback).
void print_uncaught(VM& vm, Value exc)
{
    Root root(vm, exc);
    vm.flush_std_streams();
    std::string text = format_exception(vm, exc);
    if (vm.write_stderr(text).is_error()) {
        vm.take_exception();
        std::fputs(text.c_str(), stderr);
    }
    vm.flush_std_streams();
}

/// The exit status for an uncaught exception; prints it (or SystemExit's message).
int handle_uncaught(VM& vm)
{
    Value exc = vm.take_exception();
    if (exc.is_empty()) {
        // An internal error path that forgot to set an exception; report it as CPython would.
        vm.raise(types::system_error, "error return without exception set");
        exc = vm.take_exception();
    }
    Root root(vm, exc);
    if (VM::is_instance_of(exc, types::system_exit)) {
        auto* e = static_cast<ExceptionObject*>(exc.as_object());
        Value code = e->m_dict->get_str(vm.names.code);
        if (code.is_empty())
            code = e->m_args->size() == 0 ? py_none
                : e->m_args->size() == 1  ? e->m_args->at(0)
                                          : e->m_args->value();
        if (code.is(py_none))
            return 0;
        if (is_int(code)) {
            int64_t n = 0;
            if (int_fits_int64(code, n))
                return static_cast<int>(n) & 0xff;
            return 0xff;
        }
        vm.flush_std_streams();
        auto text = vm.str(code);
        std::string message = text.is_error() ? std::string() : text.value()->data();
        if (text.is_error())
            vm.take_exception();
        if (vm.write_stderr(message + "\n").is_error())
            vm.take_exception();
        vm.flush_std_streams();
        return 1;
    }
    print_uncaught(vm, exc);
    if (VM::is_instance_of(exc, types::keyboard_interrupt)) {
        // The process ends by SIGINT, after the exit handlers have run (main() raises it).
        g_exit_by_sigint = true;
        return 130;
    }
    return 1;
}

} // namespace minipy
