// importlib._bootstrap.ModuleSpec, as a class Python code can create, read and compare.
#include "modules/spec.hpp"

#include "modules/native_class.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

namespace {

Type* s_module_spec = nullptr;

/// ModuleSpec.__init__(self, name, loader, *, origin=None, loader_state=None, is_package=None)
Result<Value> spec_init(VM& vm, CallArgs const& args)
{
    Value a[5];
    TRY(bind_args_kwonly(vm, args, "ModuleSpec.__init__",
        {"name", "loader", "origin", "loader_state", "is_package"}, 2, 0, 3, a, true));
    Value self = args.args[0];
    bool is_package = !a[4].is_empty() && TRY(vm.truthy(a[4]));
    TRY(set_attribute(vm, self, "name", a[0]));
    TRY(set_attribute(vm, self, "loader", a[1]));
    TRY(set_attribute(vm, self, "origin", a[2].is_empty() ? py_none : a[2]));
    TRY(set_attribute(vm, self, "loader_state", a[3].is_empty() ? py_none : a[3]));
    TRY(set_attribute(
        vm, self, "submodule_search_locations", is_package ? vm.new_list()->value() : py_none));
    TRY(set_attribute(vm, self, "_uninitialized_submodules", vm.new_list()->value()));
    TRY(set_attribute(vm, self, "_set_fileattr", py_false));
    TRY(set_attribute(vm, self, "_cached", py_none));
    return py_none;
}

/// ModuleSpec.__repr__: "ModuleSpec(name=..., loader=..., origin=...,
/// submodule_search_locations=...)", the last two only when not None.
Result<Value> spec_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "ModuleSpec.__repr__", 0, 0, true));
    Value self = args.args[0];
    std::string text = VM::type_of(self)->name() + "(name=";
    text += TRY(vm.repr(TRY(get_attribute(vm, self, "name"))))->data();
    text += ", loader=";
    text += TRY(vm.repr(TRY(get_attribute(vm, self, "loader"))))->data();
    Value origin = TRY(get_attribute(vm, self, "origin"));
    if (!origin.is(py_none))
        text += ", origin=" + TRY(vm.repr(origin))->data();
    Value locations = TRY(get_attribute(vm, self, "submodule_search_locations"));
    if (!locations.is(py_none))
        text += ", submodule_search_locations=" + TRY(vm.str(locations))->data();
    return vm.new_str(text + ")")->value();
}

/// ModuleSpec.__eq__: equal name, loader, origin, locations, cached and has_location;
/// NotImplemented when `other` lacks one of them.
Result<Value> spec_eq(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "ModuleSpec.__eq__", 1, 1, true));
    Value self = args.args[0];
    Value other = args.args[1];
    for (char const* name :
        {"name", "loader", "origin", "submodule_search_locations", "cached", "has_location"}) {
        Value mine = TRY(get_attribute(vm, self, name));
        Value theirs = TRY(get_attribute_optional(vm, other, name));
        if (theirs.is_empty())
            return py_not_implemented;
        if (!TRY(vm.equals(mine, theirs)))
            return py_false;
    }
    return py_true;
}

Result<Value> spec_get_parent(VM& vm, Value self)
{
    return spec_parent(vm, self);
}

/// has_location is _set_fileattr: true when origin is a place on the file system.
Result<Value> spec_get_has_location(VM& vm, Value self)
{
    return get_attribute(vm, self, "_set_fileattr");
}

Result<void> spec_set_has_location(VM& vm, Value self, Value value)
{
    bool flag = value.is_empty() ? false : TRY(vm.truthy(value));
    return set_attribute(vm, self, "_set_fileattr", py_bool(flag));
}

/// spec.cached: minipy has no bytecode cache, so a cached path is only ever one that was
/// assigned (spec/main-modes.md §2.4); sys.implementation.cache_tag is None.
Result<Value> spec_get_cached(VM& vm, Value self)
{
    return get_attribute(vm, self, "_cached");
}

Result<void> spec_set_cached(VM& vm, Value self, Value value)
{
    return set_attribute(vm, self, "_cached", value.is_empty() ? py_none : value);
}

} // namespace

Type* module_spec_type()
{
    return s_module_spec;
}

void install_module_spec_type(VM& vm)
{
    s_module_spec = new_native_class(vm, "ModuleSpec", "_frozen_importlib");
    define_method(vm, s_module_spec, "__init__", &spec_init);
    define_method(vm, s_module_spec, "__repr__", &spec_repr);
    define_method(vm, s_module_spec, "__eq__", &spec_eq);
    define_getset(vm, s_module_spec, "parent", &spec_get_parent);
    define_getset(
        vm, s_module_spec, "has_location", &spec_get_has_location, &spec_set_has_location);
    define_getset(vm, s_module_spec, "cached", &spec_get_cached, &spec_set_cached);
}

Value new_module_spec(VM& vm, Value name, Value loader, Value origin, IsPackage is_package)
{
    Value spec = new_plain_instance(vm, s_module_spec);
    DictObject* d = spec.as_object()->instance_dict();
    d->set_str(vm, vm.intern("name"), name);
    d->set_str(vm, vm.intern("loader"), loader);
    d->set_str(vm, vm.intern("origin"), origin.is_empty() ? py_none : origin);
    d->set_str(vm, vm.intern("loader_state"), py_none);
    d->set_str(vm, vm.intern("submodule_search_locations"),
        is_package == IsPackage::Yes ? vm.new_list()->value() : py_none);
    d->set_str(vm, vm.intern("_uninitialized_submodules"), vm.new_list()->value());
    d->set_str(vm, vm.intern("_set_fileattr"), py_false);
    d->set_str(vm, vm.intern("_cached"), py_none);
    return spec;
}

Result<Value> spec_parent(VM& vm, Value spec)
{
    Value locations = TRY(get_attribute(vm, spec, "submodule_search_locations"));
    Value name = TRY(get_attribute(vm, spec, "name"));
    if (!locations.is(py_none))
        return name;
    if (!is_str(name))
        return vm.raise_type_error("rpartition() requires a str");
    std::string const& text = str_text(name);
    auto dot = text.rfind('.');
    return vm.new_str(dot == std::string::npos ? std::string() : text.substr(0, dot))->value();
}

} // namespace minipy
