// Mode pep499 (PEP 499, "python -m foo should also bind 'foo' in sys.modules"): as status-quo,
// but `-m` also files the running main module under its real name, in sys.modules and as an
// attribute of its parent package, after sys.argv[0] is set and before the body runs
// (spec/main-modes.md, rules P1-P8).
#include "modules/main_modes/main_mode.hpp"

#include "modules/native_class.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

namespace minipy {

namespace {

/// runpy._main_module_hook(spec, main_module): sys.modules[spec.name] = main_module, and the
/// parent package's attribute (P2-P5).
Result<Value> bind_main_module(VM& vm, CallArgs const& args)
{
    if (args.count != 2)
        return vm.raise_type_error("_main_module_hook() takes 2 arguments");
    Value module = args.args[1];
    Value name = TRY(get_attribute(vm, args.args[0], "name"));
    Root name_root(vm, name);
    if (!is_str(name))
        return py_none;
    TRY(vm.sys_modules()->set(vm, name, module));
    std::string const& full = str_text(name);
    auto dot = full.rfind('.');
    if (dot == std::string::npos)
        return py_none;
    Value parent = vm.sys_modules()->get_str(vm.intern(full.substr(0, dot)));
    if (!parent.is_empty())
        TRY(vm.setattr(parent, vm.intern(full.substr(dot + 1)), module));
    return py_none;
}

class Pep499 final : public MainMode {
public:
    std::string_view name() const override { return "pep499"; }

    Result<DictObject*> run_module(VM& vm, std::string const& module_name) override
    {
        DictObject* scratch = vm.new_dict();
        Root scratch_root(vm, scratch->value());
        Value hook = vm.define_native(scratch, "_main_module_hook", &bind_main_module)->value();
        return run_with_runpy(vm, module_name, hook);
    }
};

} // namespace

std::unique_ptr<MainMode> make_pep499_mode()
{
    return std::make_unique<Pep499>();
}

} // namespace minipy
