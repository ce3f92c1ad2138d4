// SourceFileLoader and NamespaceLoader.
#include "modules/loaders.hpp"

#include "modules/filesystem.hpp"
#include "modules/native_class.hpp"
#include "parser/parser.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/traceback.hpp"

#include <cstring>

namespace minipy {

namespace {

Type* s_source_file_loader = nullptr;
Type* s_namespace_loader = nullptr;
FileSystem* s_file_system = nullptr;

// -- SourceFileLoader -----------------------------------------------------------------------

/// SourceFileLoader.__init__(self, fullname, path): "Cache the module name and the path to the
/// file found by the finder."
Result<Value> source_loader_init(VM& vm, CallArgs const& args)
{
    Value a[2];
    TRY(bind_args(vm, args, "SourceFileLoader", {"fullname", "path"}, 2, 0, a, true));
    TRY(set_attribute(vm, args.args[0], "name", a[0]));
    TRY(set_attribute(vm, args.args[0], "path", a[1]));
    return py_none;
}

/// _check_name: "loader for X cannot handle Y" when a name other than the loader's is asked.
Result<void> check_name(VM& vm, Value self, Value name)
{
    if (name.is_empty() || name.is(py_none))
        return {};
    Value mine = TRY(get_attribute(vm, self, "name"));
    if (TRY(vm.equals(mine, name)))
        return {};
    return raise_import_error(vm, types::import_error,
        "loader for " + TRY(vm.str(mine))->data() + " cannot handle " + TRY(vm.str(name))->data(),
        name);
}

/// FileLoader.get_filename(self, name=None): "Return the path to the source file as found by
/// the finder."
Result<Value> source_loader_get_filename(VM& vm, CallArgs const& args)
{
    Value a[1];
    TRY(bind_args(vm, args, "get_filename", {"name"}, 0, 0, a, true));
    TRY(check_name(vm, args.args[0], a[0]));
    return get_attribute(vm, args.args[0], "path");
}

/// The loader's file as text, or OSError as FileLoader.get_data raises it.
Result<std::string> read_source(VM& vm, Value path)
{
    if (!is_str(path))
        return vm.raise_type_error("expected str, bytes or os.PathLike object");
    int error = 0;
    auto text = import_file_system().read_file(str_text(path), error);
    if (!text)
        return vm.raise_with_args(
            types::os_error, {vm.new_int(error), vm.new_str(std::strerror(error))->value(), path});
    return *text;
}

/// FileLoader.get_data(self, path): the file's bytes.
Result<Value> source_loader_get_data(VM& vm, CallArgs const& args)
{
    Value a[1];
    TRY(bind_args(vm, args, "get_data", {"path"}, 1, 0, a, true));
    std::string text = TRY(read_source(vm, a[0]));
    return vm.new_bytes(text);
}

/// SourceLoader.get_source(self, fullname): the decoded source text.
Result<Value> source_loader_get_source(VM& vm, CallArgs const& args)
{
    Value a[1];
    TRY(bind_args(vm, args, "get_source", {"fullname"}, 1, 0, a, true));
    Value path = TRY(get_attribute(vm, args.args[0], "path"));
    std::string text = TRY(read_source(vm, path));
    if (auto error = decode_source(text, is_str(path) ? str_text(path) : std::string()))
        return vm.raise_syntax_error(*error, str_text(path));
    return vm.new_str(text)->value();
}

/// _LoaderBasics.is_package: "a module is a package if its file name is __init__ and the module
/// name does not itself end in __init__".
Result<Value> source_loader_is_package(VM& vm, CallArgs const& args)
{
    Value a[1];
    TRY(bind_args(vm, args, "is_package", {"fullname"}, 1, 0, a, true));
    Value path = TRY(get_attribute(vm, args.args[0], "path"));
    if (!is_str(path) || !is_str(a[0]))
        return vm.raise_type_error("expected str");
    std::string const& p = str_text(path);
    std::string filename = p.substr(p.rfind('/') == std::string::npos ? 0 : p.rfind('/') + 1);
    std::string base = filename.substr(0, filename.rfind('.'));
    std::string const& fullname = str_text(a[0]);
    std::string tail
        = fullname.substr(fullname.rfind('.') == std::string::npos ? 0 : fullname.rfind('.') + 1);
    return py_bool(base == "__init__" && tail != "__init__");
}

/// SourceLoader.get_code(self, fullname): the module's code object, compiled from its source
/// (minipy has no bytecode cache). A SyntaxError shows the frames that CPython's Python-level
/// get_code adds when it is called directly (as runpy does for -m); the import statement, which
/// does not call this method, shows none, as in CPython.
Result<Value> source_loader_get_code(VM& vm, CallArgs const& args)
{
    Value a[1];
    TRY(bind_args(vm, args, "get_code", {"fullname"}, 1, 0, a, true));
    Value path = TRY(get_attribute(vm, args.args[0], "path"));
    Root path_root(vm, path);
    std::string source = TRY(read_source(vm, path));
    auto code = source_to_code(vm, source, str_text(path));
    if (code.is_error()) {
        if (vm.exception_matches(types::syntax_error))
            push_synthetic_traceback(vm, vm.exception(),
                {{"<frozen importlib._bootstrap_external>", "get_code", 1074},
                    {"<frozen importlib._bootstrap_external>", "source_to_code", 1004},
                    {"<frozen importlib._bootstrap>", "_call_with_frames_removed", 241}});
        return Error {};
    }
    return code.value()->value();
}

/// _LoaderBasics.create_module: "Use default semantics for module creation."
Result<Value> loader_create_module(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "create_module", 1, 1, true));
    return py_none;
}

/// _LoaderBasics.exec_module: "Execute the module": get_code(module.__name__), then exec it in
/// module.__dict__.
Result<Value> source_loader_exec_module(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "exec_module", 1, 1, true));
    Value self = args.args[0];
    Value module = args.args[1];
    Value name = TRY(get_attribute(vm, module, "__name__"));
    TRY(check_name(vm, self, name));
    Value path = TRY(get_attribute(vm, self, "path"));
    std::string source = TRY(read_source(vm, path));
    TRY(exec_source_in_module(vm, module, source, str_text(path)));
    return py_none;
}

// -- NamespaceLoader ------------------------------------------------------------------------

/// NamespaceLoader.__init__(self, name, path, path_finder)
Result<Value> namespace_loader_init(VM& vm, CallArgs const& args)
{
    Value a[3];
    TRY(bind_args(vm, args, "NamespaceLoader", {"name", "path", "path_finder"}, 3, 0, a, true));
    TRY(set_attribute(vm, args.args[0], "_path", a[1]));
    return py_none;
}

Result<Value> namespace_loader_is_package(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "is_package", 1, 1, true));
    return py_true;
}

Result<Value> namespace_loader_get_source(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "get_source", 1, 1, true));
    return vm.new_str("")->value();
}

/// NamespaceLoader.exec_module: a namespace package has no code to run.
Result<Value> namespace_loader_exec_module(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "exec_module", 1, 1, true));
    return py_none;
}

} // namespace

Type* source_file_loader_type()
{
    return s_source_file_loader;
}

Type* namespace_loader_type()
{
    return s_namespace_loader;
}

void install_loader_types(VM& vm)
{
    s_source_file_loader = new_native_class(vm, "SourceFileLoader", "_frozen_importlib_external");
    Type* l = s_source_file_loader;
    define_method(vm, l, "__init__", &source_loader_init);
    define_method(vm, l, "get_filename", &source_loader_get_filename);
    define_method(vm, l, "get_data", &source_loader_get_data);
    define_method(vm, l, "get_source", &source_loader_get_source);
    define_method(vm, l, "get_code", &source_loader_get_code);
    define_method(vm, l, "is_package", &source_loader_is_package);
    define_method(vm, l, "create_module", &loader_create_module);
    define_method(vm, l, "exec_module", &source_loader_exec_module);

    s_namespace_loader = new_native_class(vm, "NamespaceLoader", "_frozen_importlib_external");
    Type* n = s_namespace_loader;
    define_method(vm, n, "__init__", &namespace_loader_init);
    define_method(vm, n, "is_package", &namespace_loader_is_package);
    define_method(vm, n, "get_source", &namespace_loader_get_source);
    define_method(vm, n, "create_module", &loader_create_module);
    define_method(vm, n, "exec_module", &namespace_loader_exec_module);
}

Value new_source_file_loader(VM& vm, Value fullname, Value path)
{
    Value loader = new_plain_instance(vm, s_source_file_loader);
    DictObject* d = loader.as_object()->instance_dict();
    d->set_str(vm, vm.intern("name"), fullname);
    d->set_str(vm, vm.intern("path"), path);
    return loader;
}

Value new_namespace_loader(VM& vm, Value path)
{
    Value loader = new_plain_instance(vm, s_namespace_loader);
    loader.as_object()->instance_dict()->set_str(vm, vm.intern("_path"), path);
    return loader;
}

Result<CodeObject*> source_to_code(VM& vm, std::string_view source, std::string_view filename)
{
    std::string text(source);
    if (auto error = decode_source(text, filename))
        return vm.raise_syntax_error(*error, filename);
    return vm.compile(text, filename, "exec");
}

Result<void> exec_source_in_module(
    VM& vm, Value module, std::string_view source, std::string_view filename)
{
    CodeObject* code = TRY(source_to_code(vm, source, filename));
    Root code_root(vm, code->value());
    Value dict_value = TRY(get_attribute(vm, module, "__dict__"));
    if (!VM::is_instance_of(dict_value, types::dict))
        return vm.raise_type_error("exec() globals must be a dict");
    TRY(vm.run_code(code, static_cast<DictObject*>(dict_value.as_object()), Value {}));
    return {};
}

FileSystem& import_file_system()
{
    return s_file_system ? *s_file_system : RealFileSystem::instance();
}

void set_import_file_system(FileSystem* fs)
{
    s_file_system = fs;
}

} // namespace minipy
