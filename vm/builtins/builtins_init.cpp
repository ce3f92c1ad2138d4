// init_builtin_functions: fills the builtins module, plus the helpers its files share.
#include "vm/builtins/builtins_internal.hpp"
#include "vm/builtins/std_streams.hpp"
#include "vm/init.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/tuple_object.hpp"

namespace minipy {

size_t keyword_count(CallArgs const& args)
{
    return args.kwnames ? args.kwnames->size() : 0;
}

StrObject* keyword_name(CallArgs const& args, size_t i)
{
    return static_cast<StrObject*>(args.kwnames->at(i).as_object());
}

DictObject* caller_globals(VM& vm)
{
    Frame* frame = vm.current_frame();
    return frame ? frame->globals : vm.builtins_dict();
}

// locals() of a function frame is a snapshot built from its fast slots, as
// PyFrame_FastToLocalsWithError does: arguments and locals, then cells (the authoritative
// value of a captured argument), then free variables. Unbound names are left out.
Result<Value> caller_locals(VM& vm)
{
    Frame* frame = vm.current_frame();
    if (!frame)
        return vm.builtins_dict()->value();
    CodeObject* code = frame->code;
    if (!frame->locals_mapping.is_empty())
        return frame->locals_mapping;
    if (!(code->m_flags & CO_OPTIMIZED))
        return frame->globals->value();

    DictObject* locals = vm.new_dict();
    size_t slot = 0;
    for (StrObject* name : code->m_varnames) {
        Value value = frame->localsplus[slot++];
        if (!value.is_empty())
            locals->set_str(vm, name, value);
    }
    auto add_cells = [&](std::vector<StrObject*> const& names) {
        for (StrObject* name : names) {
            Value cell = frame->localsplus[slot++];
            Value contents;
            if (cell.is_object() && cell.as_object()->type() == types::cell)
                contents = static_cast<CellObject*>(cell.as_object())->m_contents;
            if (contents.is_empty())
                locals->remove_str(name);
            else
                locals->set_str(vm, name, contents);
        }
    };
    add_cells(code->m_cellvars);
    add_cells(code->m_freevars);
    return locals->value();
}

void init_builtin_functions(VM& vm)
{
    DictObject* builtins = vm.builtins_dict();
    init_std_streams(vm);

    builtins->set_str(vm, vm.intern("None"), py_none);
    builtins->set_str(vm, vm.intern("True"), py_true);
    builtins->set_str(vm, vm.intern("False"), py_false);
    builtins->set_str(vm, vm.intern("Ellipsis"), py_ellipsis);
    builtins->set_str(vm, vm.intern("NotImplemented"), py_not_implemented);
    builtins->set_str(vm, vm.intern("__debug__"), py_true);

    register_io_builtins(vm, builtins);
    register_reflection_builtins(vm, builtins);
    register_attribute_builtins(vm, builtins);
    register_functional_builtins(vm, builtins);
    register_numeric_builtins(vm, builtins);
    register_exec_builtins(vm, builtins);
}

} // namespace minipy
