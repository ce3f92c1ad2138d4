// The builtins that talk to the user: print() and input().
#include "vm/builtins/builtins_internal.hpp"
#include "vm/builtins/std_streams.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/tuple_object.hpp"

namespace minipy {

namespace {

/// PyFile_WriteObject(text, file, Py_PRINT_RAW) for a file that is not a native stream:
/// file.write is looked up first, then str(value) is computed, then write is called.
Result<void> write_object(VM& vm, Value file, Value value)
{
    Value write = TRY(vm.getattr(file, vm.names.write));
    Root write_root(vm, write);
    StrObject* text = TRY(vm.str(value));
    TRY(vm.call(write, {text->value()}));
    return {};
}

Result<StrObject*> str_of(VM& vm, Value value)
{
    if (value.is_object() && value.as_object()->type() == types::str)
        return as_str_object(value);
    return vm.str(value);
}

// print(*objects, sep=' ', end='\n', file=None, flush=False), following builtin_print_impl.
Result<Value> builtin_print(VM& vm, CallArgs const& args)
{
    size_t nkw = keyword_count(args);
    size_t nobjects = args.count - nkw;
    Value sep, end, file, flush;
    for (size_t k = 0; k < nkw; ++k) {
        StrObject* name = keyword_name(args, k);
        Value value = args.args[nobjects + k];
        std::string_view key = name->view();
        if (key == "sep")
            sep = value;
        else if (key == "end")
            end = value;
        else if (key == "file")
            file = value;
        else if (key == "flush")
            flush = value;
        else
            return vm.raise_type_error(
                "'" + name->data() + "' is an invalid keyword argument for print()");
    }

    if (file.is_empty() || file.is(py_none)) {
        file = vm.sys_module()->m_dict->get_str(vm.names.stdout);
        if (file.is_empty())
            return vm.raise(types::runtime_error, "lost sys.stdout");
        if (file.is(py_none))
            return py_none;
    }
    if (sep.is(py_none))
        sep = Value();
    else if (!sep.is_empty() && !is_str_value(sep))
        return vm.raise_type_error("sep must be None or a string, not " + type_name(sep));
    if (end.is(py_none))
        end = Value();
    else if (!end.is_empty() && !is_str_value(end))
        return vm.raise_type_error("end must be None or a string, not " + type_name(end));

    if (is_std_stream(file)) [[likely]] {
        // Each piece goes to the stream buffer as soon as it exists, in CPython's order, so
        // that output produced by a __str__ method lands where it would in CPython.
        auto* stream = static_cast<StdStreamObject*>(file.as_object());
        std::string_view separator
            = sep.is_empty() ? std::string_view(" ") : as_str_object(sep)->view();
        for (size_t i = 0; i < nobjects; ++i) {
            if (i > 0)
                std_stream_write(stream, separator);
            StrObject* text = TRY(str_of(vm, args.args[i]));
            std_stream_write(stream, text->view());
        }
        std_stream_write(
            stream, end.is_empty() ? std::string_view("\n") : as_str_object(end)->view());
    } else {
        for (size_t i = 0; i < nobjects; ++i) {
            if (i > 0)
                TRY(write_object(vm, file, sep.is_empty() ? str_value(vm, " ") : sep));
            TRY(write_object(vm, file, args.args[i]));
        }
        TRY(write_object(vm, file, end.is_empty() ? str_value(vm, "\n") : end));
    }

    if (!flush.is_empty() && TRY(vm.truthy(flush))) {
        if (is_std_stream(file))
            std_stream_flush(static_cast<StdStreamObject*>(file.as_object()));
        else
            TRY(vm.call_method(file, vm.names.flush, {}));
    }
    return py_none;
}

Result<void> flush_stream(VM& vm, Value stream)
{
    if (is_std_stream(stream)) {
        std_stream_flush(static_cast<StdStreamObject*>(stream.as_object()));
        return {};
    }
    TRY(vm.call_method(stream, vm.names.flush, {}));
    return {};
}

// input(prompt=None, /), following builtin_input_impl's non-interactive path (which gives the
// same visible result as its readline path for scripts).
Result<Value> builtin_input(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "input", 0, 1));
    DictObject* sys = vm.sys_module()->m_dict;
    Value fin = sys->get_str(vm.names.stdin);
    Value fout = sys->get_str(vm.names.stdout);
    Value ferr = sys->get_str(vm.names.stderr);
    if (fin.is_empty() || fin.is(py_none))
        return vm.raise(types::runtime_error, "input(): lost sys.stdin");
    if (fout.is_empty() || fout.is(py_none))
        return vm.raise(types::runtime_error, "input(): lost sys.stdout");
    if (ferr.is_empty() || ferr.is(py_none))
        return vm.raise(types::runtime_error, "input(): lost sys.stderr");
    TRY(flush_stream(vm, ferr));

    if (args.count == 1) {
        if (is_std_stream(fout)) {
            StrObject* prompt = TRY(str_of(vm, args.args[0]));
            std_stream_write(static_cast<StdStreamObject*>(fout.as_object()), prompt->view());
        } else {
            TRY(write_object(vm, fout, args.args[0]));
        }
    }
    TRY(flush_stream(vm, fout));

    // PyFile_GetLine(fin, -1).
    Value result = TRY(vm.call_method(fin, vm.names.readline, {}));
    if (!is_str_value(result))
        return vm.raise_type_error("object.readline() returned non-string");
    StrObject* text = as_str_object(result);
    if (text->byte_length() == 0)
        return vm.raise(types::eof_error, "EOF when reading a line");
    std::string_view view = text->view();
    if (view.back() == '\n')
        return str_value(vm, view.substr(0, view.size() - 1));
    return result;
}

} // namespace

void register_io_builtins(VM& vm, DictObject* builtins)
{
    vm.define_native(builtins, "print", &builtin_print);
    vm.define_native(builtins, "input", &builtin_input);
}

} // namespace minipy
