// Mode pep3122 (PEP 3122, "Delineation of the main module"): the main module keeps its real
// name. `-m NAME` locates the target as runpy does, then imports it through the normal import
// system, so __name__ is 'pkg.mod' and sys.modules['pkg.mod'] is the running module; sys.main
// names the main module ('__main__' for every other form), and sys.modules['__main__'] stays the
// empty startup module (spec/main-modes.md, rules C1-C18).
#include "modules/main_modes/main_mode.hpp"

#include "modules/bootstrap.hpp"
#include "modules/finders.hpp"
#include "modules/native_class.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

namespace minipy {

namespace {

void set_sys_main(VM& vm, std::string const& name)
{
    vm.sys_module()->m_dict->set_str(vm, vm.intern("main"), vm.new_str(name)->value());
}

/// The text `str(exc)` gives, or "" if even that fails.
std::string exception_text(VM& vm, Value exc)
{
    auto text = vm.str(exc);
    if (text.is_error()) {
        vm.take_exception();
        return {};
    }
    return text.value()->data();
}

/// ImportError.name of `exc`, or "" when it is None.
std::string import_error_name(VM& vm, Value exc)
{
    auto* e = static_cast<ExceptionObject*>(exc.as_object());
    Value name = e->m_dict ? e->m_dict->get_str(vm.names.name) : Value {};
    return !name.is_empty() && is_str(name) ? str_text(name) : std::string();
}

std::string repr_text(VM& vm, std::string const& text)
{
    auto r = vm.repr(vm.new_str(text)->value());
    return r.is_error() ? text : r.value()->data();
}

/// §3.4 steps 1, 2 and 4-8 for `-m name`, without running the target: its spec, or the empty
/// Value with `failure` set to runpy's message. Updates sys.main as it goes (C4).
Result<Value> locate(VM& vm, std::string const& name, std::string& failure)
{
    if (!name.empty() && name[0] == '.') {
        failure = "Relative module names not supported";
        return Value {};
    }
    set_sys_main(vm, name);
    auto dot = name.rfind('.');
    if (dot != std::string::npos) {
        // Step 2: import the parent; only "the parent or an ancestor is missing" is swallowed.
        std::string parent = name.substr(0, dot);
        if (gcd_import(vm, vm.new_str(parent)).is_error()) {
            if (!vm.exception_matches(types::import_error))
                return Error {};
            std::string missing = import_error_name(vm, vm.exception());
            if (missing.empty() || (missing != parent && !parent.starts_with(missing + ".")))
                return Error {};
            vm.take_exception();
        }
    }
    // Step 4: importlib.util.find_spec(name).
    Value util = TRY(gcd_import(vm, vm.intern("importlib.util")));
    Value find = TRY(get_attribute(vm, util, "find_spec"));
    Root find_root(vm, find);
    auto found = vm.call(find, {vm.new_str(name)->value()});
    if (found.is_error()) {
        if (!vm.exception_matches(types::import_error)
            && !vm.exception_matches(types::attribute_error)
            && !vm.exception_matches(types::type_error)
            && !vm.exception_matches(types::value_error))
            return Error {};
        Root exc(vm, vm.take_exception());
        failure = "Error while finding module specification for " + repr_text(vm, name) + " ("
            + VM::type_of(exc.get())->name() + ": " + exception_text(vm, exc.get()) + ")";
        if (name.ends_with(".py"))
            failure += ". Try using '" + name.substr(0, name.size() - 3) + "' instead of '" + name
                + "' as the module name.";
        return Value {};
    }
    Value spec = found.value();
    Root spec_root(vm, spec);
    // Step 5.
    if (spec.is(py_none)) {
        failure = "No module named " + name;
        return Value {};
    }
    // Step 6: a package stands for its __main__ submodule.
    Value locations = TRY(get_attribute(vm, spec, "submodule_search_locations"));
    if (!locations.is(py_none)) {
        if (name == "__main__" || name.ends_with(".__main__")) {
            failure = "Cannot use package as __main__ module";
            return Value {};
        }
        Value inner = TRY(locate(vm, name + ".__main__", failure));
        if (inner.is_empty() && !vm.sys_modules()->get_str(vm.intern(name)).is_empty())
            failure += "; " + repr_text(vm, name) + " is a package and cannot be directly executed";
        return inner;
    }
    // Step 7.
    Value loader = TRY(get_attribute(vm, spec, "loader"));
    if (loader.is(py_none)) {
        failure = repr_text(vm, name) + " is a namespace package and cannot be executed";
        return Value {};
    }
    // Step 8, without compiling: a built-in module has no code to run.
    if (loader.is(builtin_importer_type()->value())) {
        failure = "No code object available for " + name;
        return Value {};
    }
    return spec;
}

class Pep3122 final : public MainMode {
public:
    std::string_view name() const override { return "pep3122"; }

    /// C3: sys.main exists from start-up.
    Result<void> start(VM& vm) override
    {
        set_sys_main(vm, "__main__");
        return {};
    }

    /// C4-C13: locate as runpy does, set sys.argv[0], then import the target normally.
    Result<DictObject*> run_module(VM& vm, std::string const& module_name) override
    {
        std::string failure;
        Value spec = TRY(locate(vm, module_name, failure));
        if (spec.is_empty())
            return Result<DictObject*>(vm.raise_with_args(
                types::system_exit, {vm.new_str("minipy: " + failure)->value()}));
        Root spec_root(vm, spec);
        Value origin = TRY(get_attribute(vm, spec, "origin"));
        Value argv = vm.sys_module()->m_dict->get_str(vm.intern("argv"));
        if (VM::is_instance_of(argv, types::list)
            && static_cast<ListObject*>(argv.as_object())->size() > 0)
            static_cast<ListObject*>(argv.as_object())->items()[0] = origin;
        Value real_name = TRY(get_attribute(vm, spec, "name"));
        if (!is_str(real_name))
            return vm.raise_type_error("module name must be a string");
        Value module = TRY(gcd_import(vm, static_cast<StrObject*>(real_name.as_object())));
        Value globals = TRY(get_attribute(vm, module, "__dict__"));
        if (!VM::is_instance_of(globals, types::dict))
            return static_cast<DictObject*>(nullptr);
        return static_cast<DictObject*>(globals.as_object());
    }
};

} // namespace

std::unique_ptr<MainMode> make_pep3122_mode()
{
    return std::make_unique<Pep3122>();
}

} // namespace minipy
