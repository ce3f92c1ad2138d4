// VM: the interpreter state and the operations every part of the runtime calls.
//
// One VM exists per process. It owns the heap, the value stack and frame chain, the interned
// strings, the builtins and sys modules, the pending exception and the recursion budgets. The
// protocol operations here (getattr, call, repr, hash, compare, iterate, ...) implement Python's
// data model once, with fast paths for built-in types, so that the eval loop and the native
// library share one definition of every behaviour.
#pragma once

#include "vm/builtin_types.hpp"
#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/result.hpp"

#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace minipy {

class StrObject;
class TupleObject;
class ListObject;
class DictObject;
class ModuleObject;
class ExceptionObject;
class GeneratorObject;
struct SyntaxErrorInfo;

/// How the import system is reached from the VM (implemented by modules/). The VM never knows
/// how modules are found; it calls `import` for IMPORT_NAME and `__import__`.
class ImportSystem {
public:
    virtual ~ImportSystem() = default;
    /// `__import__(name, globals, locals, fromlist, level)`.
    virtual Result<Value> import(
        VM&, StrObject* name, DictObject* globals, Value fromlist, int level)
        = 0;
    virtual void visit_edges(Visitor&) { }
};

/// Comparison operators in CmpOpKind order (Eq, NotEq, Lt, LtE, Gt, GtE).
enum class CompareOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

/// A GC root held by native C++ code: keeps `value` alive while in scope.
class Root {
public:
    Root(VM& vm, Value value = {});
    ~Root();
    Root(Root const&) = delete;
    Root& operator=(Root const&) = delete;
    Value get() const { return m_value; }
    void set(Value value) { m_value = value; }
    Value* operator&() = delete;

private:
    VM& m_vm;
    Value m_value;
};

/// Counts C++ re-entry depth (repr, hash, eq, calls from native code into Python, parsing).
/// check() raises RecursionError "maximum recursion depth exceeded<suffix>" when the real C++
/// stack is nearly used up, long before it overflows.
class StackGuard {
public:
    explicit StackGuard(VM& vm);
    ~StackGuard();
    Result<void> check(char const* suffix = "");

private:
    VM& m_vm;
};

/// Py_EnterRecursiveCall: a native re-entry (a call of a built-in, repr, str, a rich comparison)
/// counts against sys.getrecursionlimit() together with Python frames, exactly as in CPython
/// 3.11, and against the C++ stack budget.
class RecursionGuard {
public:
    explicit RecursionGuard(VM& vm);
    ~RecursionGuard();
    RecursionGuard(RecursionGuard const&) = delete;
    RecursionGuard& operator=(RecursionGuard const&) = delete;
    Result<void> check(char const* suffix);

private:
    VM& m_vm;
};

class VM {
public:
    VM();
    ~VM();
    VM(VM const&) = delete;
    VM& operator=(VM const&) = delete;

    static VM& the(); ///< the process's VM (there is exactly one once constructed)

    // -- allocation -----------------------------------------------------------------------
    template<typename T, typename... Args>
    T* make(Args&&... args)
    {
        return m_heap.allocate<T>(std::forward<Args>(args)...);
    }
    Heap& heap() { return m_heap; }

    StrObject* new_str(std::string_view utf8);
    StrObject* new_str(std::string&& utf8);
    StrObject* new_str(char const* utf8) { return new_str(std::string_view(utf8)); }
    StrObject* new_str(std::string const& utf8) { return new_str(std::string_view(utf8)); }
    /// The interned str for `name` (identifiers, attribute names, dict keys of namespaces).
    StrObject* intern(std::string_view name);
    Value new_int(int64_t v);
    /// From decimal digits (optional leading '-'); used for big literals.
    Value new_int_from_decimal(std::string_view digits);
    Value new_float(double v);
    TupleObject* new_tuple(size_t size);
    TupleObject* new_tuple(std::initializer_list<Value> items);
    TupleObject* new_tuple(Value const* items, size_t size);
    ListObject* new_list(size_t reserve = 0);
    DictObject* new_dict();
    Value new_bytes(std::string_view data);
    ModuleObject* new_module(StrObject* name);

    // -- exceptions -----------------------------------------------------------------------
    /// Raises an exception of `type` with one str argument. Always returns Error{}.
    Error raise(Type* type, std::string_view message);
    /// Raises `type(*args)`.
    Error raise_with_args(Type* type, std::initializer_list<Value> args);
    /// Raises an exception instance or class (calls it with no args); the `raise x` semantics.
    Error raise_value(Value exception);
    /// Raises a SyntaxError (or subclass) built from `info`, for `filename`.
    Error raise_syntax_error(SyntaxErrorInfo const& info, std::string_view filename);
    Error raise_type_error(std::string_view message) { return raise(types::type_error, message); }
    Error raise_value_error(std::string_view message) { return raise(types::value_error, message); }
    Error raise_memory_error();
    /// AttributeError "'T' object has no attribute 'name'".
    Error raise_no_attribute(Value object, StrObject* name);
    Error raise_no_attribute_message(Value object, StrObject* name);

    bool has_exception() const { return !m_exception.is_empty(); }
    Value exception() const { return m_exception; }
    /// Takes the pending exception, leaving none.
    Value take_exception();
    void set_exception(Value exception) { m_exception = exception; }
    /// True if the pending exception is an instance of `type`.
    bool exception_matches(Type* type) const;
    /// The exception currently being handled (sys.exc_info()[1]), or empty.
    Value handled_exception() const { return m_handled_exception; }

    // -- type queries ---------------------------------------------------------------------
    static Type* type_of(Value v);
    static bool is_instance_of(Value v, Type* type);
    /// Python's isinstance with a class or tuple of classes.
    Result<bool> isinstance(Value object, Value classinfo);
    Result<bool> issubclass(Value cls, Value classinfo);

    // -- conversions ----------------------------------------------------------------------
    Result<StrObject*> repr(Value v);
    Result<StrObject*> str(Value v);
    Result<StrObject*> ascii(Value v);
    Result<bool> truthy(Value v);
    Result<int64_t> hash(Value v);
    /// An index-like integer (__index__) that fits int64; OverflowError otherwise.
    Result<int64_t> to_index(Value v, char const* what = nullptr);
    /// format(v, spec).
    Result<StrObject*> format(Value v, StrObject* spec);

    // -- operators ------------------------------------------------------------------------
    /// arg as BINARY_OP's (BinOpKind order; +13 for in-place).
    Result<Value> binary_op(Value a, Value b, uint32_t op);
    Result<Value> unary_op(Value a, Op op);
    Result<Value> compare(Value a, Value b, CompareOp op);
    Result<bool> equals(Value a, Value b);
    Result<bool> contains(Value container, Value item);

    // -- attributes and items -------------------------------------------------------------
    Result<Value> getattr(Value object, StrObject* name);
    /// getattr that returns the empty Value (no exception) when the attribute is missing.
    Result<Value> getattr_optional(Value object, StrObject* name);
    Result<void> setattr(Value object, StrObject* name, Value value);
    Result<void> delattr(Value object, StrObject* name);
    /// object.__setattr__ / object.__delattr__: descriptors and the instance dict, no hooks.
    Result<void> generic_setattr(Value object, StrObject* name, Value value);
    Result<void> generic_delattr(Value object, StrObject* name);
    /// The generic object.__getattribute__ (descriptors, instance dict, __getattr__ is NOT called).
    Result<Value> generic_getattr(Value object, StrObject* name, bool& found);
    /// LOAD_METHOD's lookup: if the attribute is a plain function on the type, returns it with
    /// `is_unbound` set (call it with object prepended); otherwise the bound attribute.
    Result<Value> load_method(Value object, StrObject* name, bool& is_unbound);
    /// Binds a class attribute found on type(object) (functions, classmethods, properties...).
    Result<Value> bind_descriptor(Value descriptor, Value object, Type* type);
    Result<Value> getitem(Value container, Value key);
    Result<void> setitem(Value container, Value key, Value value);
    Result<void> delitem(Value container, Value key);

    // -- calls ----------------------------------------------------------------------------
    Result<Value> call(Value callable, CallArgs const& args);
    Result<Value> call(Value callable, std::initializer_list<Value> args);
    /// Calls type(self).name(self, *args); AttributeError if missing.
    Result<Value> call_method(Value self, StrObject* name, std::initializer_list<Value> args);
    /// Looks up a special method on the type only (as CPython does for dunders): empty if absent.
    Value lookup_special(Value object, StrObject* name) const;
    Result<bool> is_callable(Value v);

    // -- iteration ------------------------------------------------------------------------
    Result<Value> iter(Value iterable);
    /// The next item; sets `exhausted` (no exception) when the iterator is done.
    Result<Value> next(Value iterator, bool& exhausted);
    /// Collects an iterable into a new list.
    Result<ListObject*> to_list(Value iterable);

    // -- running code ---------------------------------------------------------------------
    /// Compiles source text; raises SyntaxError. mode: "exec", "eval" or "single".
    Result<CodeObject*> compile(
        std::string_view source, std::string_view filename, std::string_view mode);
    /// Runs a module/exec/eval code object in the given namespaces.
    Result<Value> run_code(CodeObject* code, DictObject* globals, Value locals);
    /// Runs `frame` (already linked into the chain) until it returns; the eval loop.
    Result<Value> run_frame(Frame* frame);
    /// Resumes a generator frame with `sent` (or with the pending exception if `throwing`).
    Result<Value> resume_generator(GeneratorObject* gen, Value sent, bool throwing, bool& returned);

    Frame* current_frame() const { return m_frame; }

    // -- modules --------------------------------------------------------------------------
    ModuleObject* builtins_module() const { return m_builtins_module; }
    DictObject* builtins_dict() const { return m_builtins; }
    ModuleObject* sys_module() const { return m_sys_module; }
    DictObject* sys_modules() const { return m_sys_modules; }
    void set_import_system(ImportSystem* system) { m_import_system = system; }
    ImportSystem* import_system() const { return m_import_system; }
    /// Registers a native module factory by name (for BuiltinImporter).
    using NativeModuleInit = Result<ModuleObject*> (*)(VM&);
    /// A native package (`is_package`) has a spec with submodule_search_locations == [].
    void register_native_module(std::string name, NativeModuleInit init, bool is_package = false);
    bool is_native_package(std::string const& name) const
    {
        return m_native_packages.count(name) != 0;
    }
    std::unordered_map<std::string, NativeModuleInit> const& native_modules() const
    {
        return m_native_modules;
    }

    /// Convenience to define natives: adds a NativeFunctionObject named `name` to `dict`.
    NativeFunctionObject* define_native(
        DictObject* dict, char const* name, NativeFn fn, Type* owner = nullptr);
    /// Creates a built-in type with `base`, registered under `name` (not added to builtins).
    Type* new_builtin_type(char const* name, Type* base, Layout layout);

    // -- recursion and GC -----------------------------------------------------------------
    int recursion_limit() const { return m_recursion_limit; }
    void set_recursion_limit(int limit) { m_recursion_limit = limit; }
    void collect_garbage();
    void maybe_collect()
    {
        if (m_heap.collection_requested()) [[unlikely]]
            collect_garbage();
    }

    // -- standard streams -----------------------------------------------------------------
    /// Writes text to sys.stdout / sys.stderr (honouring replacement of sys.stdout by a Python
    /// object).
    Result<void> write_stdout(std::string_view text);
    Result<void> write_stderr(std::string_view text);
    void flush_std_streams();

    // Names used constantly by the runtime, interned once.
    struct Names {
#define NAME(id) StrObject* id = nullptr;
#include "vm/names.def"
#undef NAME
    } names;

    // -- internal state, used by the eval loop and the runtime library --------------------
    Heap m_heap;
    Frame* m_frame = nullptr;
    Value* m_stack_limit = nullptr;
    Value* m_stack_top = nullptr; ///< first free word above the topmost frame
    Value* m_stack_memory = nullptr;
    size_t m_stack_words = 0;
    int m_depth = 0; ///< Python frames currently running
    /// run_frame starts by unwinding the pending exception (generator.throw).
    bool m_throw_on_entry = false;
    /// StackGuard is creating its RecursionError (which runs code below the budget).
    bool m_raising_stack_overflow = false;
    int m_recursion_limit = 1000;
    char* m_native_stack_base = nullptr;
    size_t m_native_stack_budget = 0;
    Value m_exception;
    Value m_handled_exception;
    TupleObject* m_empty_tuple = nullptr;
    std::vector<Value*> m_native_roots;
    std::vector<Object*> m_extra_roots; ///< permanent roots: types created by init steps, etc.
    std::unordered_map<std::string_view, StrObject*> m_interned;
    ModuleObject* m_builtins_module = nullptr;
    DictObject* m_builtins = nullptr;
    ModuleObject* m_sys_module = nullptr;
    DictObject* m_sys_modules = nullptr;
    ImportSystem* m_import_system = nullptr;
    ListObject* m_warning_filters = nullptr; ///< warnings.filters (vm/warnings.cpp)
    DictObject* m_warning_once_registry = nullptr; ///< warnings._onceregistry
    int64_t m_warning_filters_version = 1; ///< bumped when the filters change (registries reset)
    ListObject* m_warning_log = nullptr; ///< catch_warnings(record=True)'s list, while active
    Value m_warning_message_class; ///< warnings.WarningMessage (set by stdlib/warnings_module)
    ListObject* m_atexit_callbacks = nullptr; ///< atexit's registrations (stdlib/atexit_module.cpp)
    std::unordered_map<std::string, NativeModuleInit> m_native_modules;
    std::unordered_set<std::string> m_native_packages;
    StrObject* m_small_strs[128] = {}; ///< one-character ASCII strings
};

} // namespace minipy
