// _calc___package__, _sanity_check and _resolve_name.
#include "modules/resolve.hpp"

#include "modules/native_class.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/warnings.hpp"

namespace minipy {

std::optional<std::string> resolve_name(std::string_view name, std::string_view package, int level)
{
    // package.rsplit('.', level - 1) keeps bits[0] = package minus its last level-1 parts.
    size_t end = package.size();
    for (int up = 1; up < level; ++up) {
        auto dot = package.substr(0, end).rfind('.');
        if (dot == std::string_view::npos)
            return std::nullopt; // len(bits) < level
        end = dot;
    }
    std::string base(package.substr(0, end));
    if (name.empty())
        return base;
    return base + "." + std::string(name);
}

Result<std::string> calc___package__(VM& vm, DictObject* globals, Wording wording)
{
    bool statement = wording == Wording::Statement;
    if (!globals) {
        // Python/import.c: "'__name__' not in globals"; importlib: globals['__name__'].
        if (statement)
            return vm.raise_with_args(
                types::key_error, {vm.new_str("'__name__' not in globals")->value()});
        return vm.raise_with_args(types::key_error, {vm.names.__name__->value()});
    }
    Value package = globals->get_str(vm.names.__package__);
    Value spec = globals->get_str(vm.names.__spec__);
    if (!package.is_empty() && !package.is(py_none)) {
        if (!is_str(package))
            return vm.raise_type_error(
                statement ? "package must be a string" : "__package__ not set to a string");
        if (!spec.is_empty() && !spec.is(py_none)) {
            Value parent = TRY(get_attribute(vm, spec, "parent"));
            Root parent_root(vm, parent);
            if (!TRY(vm.equals(package, parent))) {
                std::string message = "__package__ != __spec__.parent";
                if (!statement)
                    message += " (" + TRY(vm.repr(package))->data()
                        + " != " + TRY(vm.repr(parent))->data() + ")";
                TRY(warn(vm, types::import_warning, message));
            }
        }
        return str_text(package);
    }
    if (!spec.is_empty() && !spec.is(py_none)) {
        Value parent = TRY(get_attribute(vm, spec, "parent"));
        if (!is_str(parent)) {
            if (statement)
                return vm.raise_type_error("__spec__.parent must be a string");
            return vm.raise_type_error("__package__ not set to a string");
        }
        return str_text(parent);
    }
    TRY(warn(vm, types::import_warning,
        "can't resolve package from __spec__ or __package__, falling back on __name__ and "
        "__path__"));
    Value name = globals->get_str(vm.names.__name__);
    if (name.is_empty()) {
        if (statement)
            return vm.raise_with_args(
                types::key_error, {vm.new_str("'__name__' not in globals")->value()});
        return vm.raise_with_args(types::key_error, {vm.names.__name__->value()});
    }
    if (!is_str(name)) {
        if (statement)
            return vm.raise_type_error("__name__ must be a string");
        return vm.raise_type_error("__package__ not set to a string");
    }
    std::string text = str_text(name);
    if (globals->get_str(vm.names.__path__).is_empty()) {
        auto dot = text.rfind('.');
        text = dot == std::string::npos ? std::string() : text.substr(0, dot);
    }
    return text;
}

Result<void> sanity_check_package(VM& vm, std::string_view package)
{
    if (package.empty())
        return vm.raise(
            types::import_error, "attempted relative import with no known parent package");
    return {};
}

Result<std::string> resolve_relative_name(
    VM& vm, StrObject* name, DictObject* globals, int level, Wording wording)
{
    std::string package = TRY(calc___package__(vm, globals, wording));
    TRY(sanity_check_package(vm, package));
    auto resolved = resolve_name(name->data(), package, level);
    if (!resolved)
        return vm.raise(types::import_error, "attempted relative import beyond top-level package");
    return *resolved;
}

} // namespace minipy
