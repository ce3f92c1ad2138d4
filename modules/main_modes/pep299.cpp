// Mode pep299 (PEP 299, "Special __main__() function in modules"): names and sys.modules as in
// status-quo; after the main module's body completes normally, a global named __main__ is
// called with sys.argv and its result passed to sys.exit (spec/main-modes.md, rules D1-D12).
#include "modules/main_modes/main_mode.hpp"

#include "vm/objects/dict_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

namespace minipy {

namespace {

class Pep299 final : public MainMode {
public:
    std::string_view name() const override { return "pep299"; }

    Result<void> finish(VM& vm, MainForm form, DictObject* main_globals) override
    {
        // D1: a script, -m, a directory and piped stdin; never -c or the prompt.
        if (form == MainForm::Command || form == MainForm::Interactive || !main_globals)
            return {};
        // D3: whatever the name is bound to when the body ends; no callable check, no builtins.
        Value hook = main_globals->get_str(vm.names.__main__);
        if (hook.is_empty())
            return {};
        Root hook_root(vm, hook);
        // D4: the sys.argv list itself.
        Value argv = vm.sys_module()->m_dict->get_str(vm.intern("argv"));
        if (argv.is_empty())
            argv = py_none;
        // D7, D11: called natively; its traceback starts at its own frame.
        Value result = TRY(vm.call(hook, {argv}));
        // D5, D12: the result goes to sys.exit through the normal SystemExit handling.
        return Result<void>(vm.raise_with_args(types::system_exit, {result}));
    }
};

} // namespace

std::unique_ptr<MainMode> make_pep299_mode()
{
    return std::make_unique<Pep299>();
}

} // namespace minipy
