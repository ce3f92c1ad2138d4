// The MainMode interface's shared parts: choosing a mode by name, and running a module or a
// directory through runpy as CPython does.
#include "modules/main_modes/main_mode.hpp"

#include "modules/bootstrap.hpp"
#include "modules/native_class.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

namespace minipy {

char const* const main_mode_choices = "status-quo, pep499, pep3122 or pep299";

std::unique_ptr<MainMode> make_main_mode(std::string_view name)
{
    if (name == "status-quo")
        return make_status_quo_mode();
    if (name == "pep499")
        return make_pep499_mode();
    if (name == "pep3122")
        return make_pep3122_mode();
    if (name == "pep299")
        return make_pep299_mode();
    return nullptr;
}

namespace {

/// runpy._run_module_as_main(name, alter_argv): the namespace the code ran in.
Result<DictObject*> call_run_module_as_main(
    VM& vm, Value runpy, std::string const& name, bool alter_argv)
{
    Value function = TRY(get_attribute(vm, runpy, "_run_module_as_main"));
    Root function_root(vm, function);
    Value result = TRY(vm.call(function, {vm.new_str(name)->value(), py_bool(alter_argv)}));
    if (!VM::is_instance_of(result, types::dict))
        return vm.raise_type_error("runpy._run_module_as_main did not return a namespace");
    return static_cast<DictObject*>(result.as_object());
}

} // namespace

Result<DictObject*> MainMode::run_module(VM& vm, std::string const& name)
{
    return run_with_runpy(vm, name);
}

Result<DictObject*> MainMode::run_with_runpy(VM& vm, std::string const& name, Value hook)
{
    Root hook_root(vm, hook);
    Value runpy = TRY(gcd_import(vm, vm.intern("runpy")));
    Root runpy_root(vm, runpy);
    if (hook.is_empty())
        return call_run_module_as_main(vm, runpy, name, true);
    StrObject* hook_name = vm.intern("_main_module_hook");
    Value saved = TRY(get_attribute(vm, runpy, "_main_module_hook"));
    Root saved_root(vm, saved);
    TRY(vm.setattr(runpy, hook_name, hook));
    auto result = call_run_module_as_main(vm, runpy, name, true);
    if (result.is_error()) {
        Root exc(vm, vm.take_exception());
        if (vm.setattr(runpy, hook_name, saved).is_error())
            vm.take_exception();
        vm.set_exception(exc.get());
        return Error {};
    }
    TRY(vm.setattr(runpy, hook_name, saved));
    return result;
}

Result<DictObject*> run_main_directory(VM& vm)
{
    Value runpy = TRY(gcd_import(vm, vm.intern("runpy")));
    Root runpy_root(vm, runpy);
    return call_run_module_as_main(vm, runpy, "__main__", false);
}

} // namespace minipy
