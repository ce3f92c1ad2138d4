// sys.modules lookup and native-module loading, following the first steps of
// importlib._bootstrap._find_and_load.
#include "modules/import_system.hpp"

#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"

#include <memory>

namespace minipy {

namespace {

Error raise_module_not_found(VM& vm, std::string const& message, StrObject* name)
{
    vm.raise(types::module_not_found_error, message);
    auto* exc = static_cast<ExceptionObject*>(vm.exception().as_object());
    exc->m_dict->set_str(vm, vm.names.name, name->value());
    exc->m_dict->set_str(vm, vm.names.path, py_none);
    return Error {};
}

class CoreImportSystem final : public ImportSystem {
public:
    Result<Value> import(VM& vm, StrObject* name, DictObject*, Value, int level) override
    {
        if (level > 0)
            return vm.raise(
                types::import_error, "attempted relative import with no known parent package");
        if (name->byte_length() == 0)
            return vm.raise_value_error("Empty module name");
        return find_and_load(vm, name);
    }

private:
    /// _find_and_load: sys.modules first ("None" halts the import), then the finders.
    static Result<Value> find_and_load(VM& vm, StrObject* name)
    {
        Value existing = vm.sys_modules()->get_str(name);
        if (!existing.is_empty()) {
            if (existing.is(py_none))
                return raise_module_not_found(
                    vm, "import of " + name->data() + " halted; None in sys.modules", name);
            return existing;
        }
        std::string const& n = name->data();
        auto dot = n.find('.');
        std::string top = dot == std::string::npos ? n : n.substr(0, dot);
        auto it = vm.native_modules().find(n);
        if (it == vm.native_modules().end())
            return raise_module_not_found(vm,
                "No module named '" + (vm.native_modules().count(top) ? n : top) + "'",
                dot == std::string::npos || !vm.native_modules().count(top) ? vm.new_str(top)
                                                                            : name);
        ModuleObject* module = TRY(it->second(vm));
        vm.sys_modules()->set_str(vm, name, module->value());
        return module->value();
    }
};

} // namespace

void install_import_system(VM& vm)
{
    static std::unique_ptr<CoreImportSystem> system;
    system = std::make_unique<CoreImportSystem>();
    vm.set_import_system(system.get());
}

} // namespace minipy
