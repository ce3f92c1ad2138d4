// ImportSystem for the VM, and the start-up steps of importlib._bootstrap._setup: the classes,
// the meta path, and specs for the modules that exist before the import system does.
#include "modules/import_system.hpp"

#include "modules/bootstrap.hpp"
#include "modules/finders.hpp"
#include "modules/loaders.hpp"
#include "modules/native_class.hpp"
#include "modules/spec.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"

#include <memory>
#include <vector>

namespace minipy {

namespace {

class ImportlibImportSystem final : public ImportSystem {
public:
    Result<Value> import(
        VM& vm, StrObject* name, DictObject* globals, Value fromlist, int level) override
    {
        return import_(vm, name, globals, fromlist, level, Wording::Statement);
    }
};

/// _setup: "Set up the spec for existing builtin/frozen modules": sys and builtins get a
/// BuiltinImporter spec and loader.
void setup_existing_modules(VM& vm)
{
    std::vector<std::pair<Value, Value>> entries;
    for (auto const& e : vm.sys_modules()->entries())
        if (!e.key.is_empty())
            entries.emplace_back(e.key, e.value);
    for (auto& [key, module] : entries) {
        if (!is_str(key) || VM::type_of(module) != types::module
            || !is_builtin_module(vm, str_text(key)))
            continue;
        Value spec = new_module_spec(vm, key, builtin_importer_type()->value(),
            vm.new_str("built-in")->value(), IsPackage::No);
        DictObject* d = static_cast<ModuleObject*>(module.as_object())->m_dict;
        d->set_str(vm, vm.names.__spec__, spec);
        d->set_str(vm, vm.names.__loader__, builtin_importer_type()->value());
        d->set_str(vm, vm.names.__package__, vm.new_str("")->value());
    }
}

} // namespace

void install_import_system(VM& vm)
{
    static std::unique_ptr<ImportlibImportSystem> system;
    system = std::make_unique<ImportlibImportSystem>();
    install_module_spec_type(vm);
    install_loader_types(vm);
    install_finders(vm);
    install_module_type_methods(vm);
    setup_existing_modules(vm);
    vm.set_import_system(system.get());
}

} // namespace minipy
