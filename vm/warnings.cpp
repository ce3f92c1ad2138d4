// The warnings machinery (CPython's Python/_warnings.c): filters, registries and printing.
#include "vm/warnings.hpp"

#include "vm/frame.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/os_text.hpp"
#include "vm/vm.hpp"

#include <fstream>

namespace minipy {

namespace {

Value text_value(VM& vm, std::string_view text)
{
    return vm.new_str(text)->value();
}

Value filter_tuple(VM& vm, char const* action, Type* category, char const* module)
{
    return vm
        .new_tuple({vm.intern(action)->value(), py_none, category->value(),
            module ? vm.intern(module)->value() : py_none, vm.new_int(0)})
        ->value();
}

/// check_matched: None matches everything; a str pattern matches exactly (as _warnings.c does
/// for the default filters). Patterns added by -W or filterwarnings() are kept as str and
/// matched as literal text: a message pattern as a case-insensitive prefix, a module pattern
/// exactly (minipy has no regular expressions).
bool pattern_matches(Value pattern, std::string const& text, bool is_message)
{
    if (pattern.is(py_none))
        return true;
    if (!is_str(pattern))
        return false;
    std::string const& p = as_str(pattern)->data();
    if (!is_message)
        return p == text;
    if (p.size() > text.size())
        return false;
    for (size_t i = 0; i < p.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(p[i]))
            != std::tolower(static_cast<unsigned char>(text[i])))
            return false;
    return true;
}

/// The source line `lineno` of `filename`, stripped, if it can be read (linecache.getline).
std::string source_line(std::string const& filename, int lineno)
{
    if (filename.empty() || filename[0] == '<' || lineno < 1)
        return {};
    std::ifstream in(os_encode(filename), std::ios::binary);
    std::string line;
    for (int i = 0; i < lineno; ++i)
        if (!std::getline(in, line))
            return {};
    auto first = line.find_first_not_of(" \t\f\r\n");
    if (first == std::string::npos)
        return {};
    auto last = line.find_last_not_of(" \t\f\r\n");
    return line.substr(first, last - first + 1);
}

Result<void> show_warning(VM& vm, Value message, std::string const& filename, int lineno,
    Type* category, std::string const& text)
{
    if (vm.m_warning_log && !vm.m_warning_message_class.is_empty()) {
        // catch_warnings(record=True): a WarningMessage goes to its list instead.
        Value file = vm.new_str(filename)->value();
        Root file_root(vm, file);
        Value record = TRY(vm.call(
            vm.m_warning_message_class, {message, category->value(), file, vm.new_int(lineno)}));
        vm.m_warning_log->append(record);
        return {};
    }
    std::string out
        = filename + ":" + std::to_string(lineno) + ": " + category->name() + ": " + text + "\n";
    std::string line = source_line(filename, lineno);
    if (!line.empty())
        out += "  " + line + "\n";
    vm.flush_std_streams();
    TRY(vm.write_stderr(out));
    vm.flush_std_streams();
    return {};
}

/// registry[key] is true. A registry made under other filters is cleared first.
Result<bool> already_warned(VM& vm, Value registry, Value key)
{
    if (!VM::is_instance_of(registry, types::dict))
        return false;
    auto* dict = static_cast<DictObject*>(registry.as_object());
    StrObject* version_key = vm.intern("version");
    Value version = dict->get_str(version_key);
    if (version.is_empty() || !version.is_small_int()
        || version.as_small_int() != vm.m_warning_filters_version) {
        dict->clear();
        dict->set_str(vm, version_key, vm.new_int(vm.m_warning_filters_version));
    }
    Value v = TRY(dict->get(vm, key));
    if (v.is_empty())
        return false;
    return vm.truthy(v);
}

Result<void> mark_warned(VM& vm, Value registry, Value key)
{
    if (!VM::is_instance_of(registry, types::dict))
        return {};
    return static_cast<DictObject*>(registry.as_object())->set(vm, key, py_true);
}

/// The action of the first matching filter, or "default".
Result<std::string> find_action(
    VM& vm, std::string const& text, Type* category, std::string const& module, int lineno)
{
    ListObject* filters = warning_filters(vm);
    for (size_t i = 0; i < filters->size(); ++i) {
        Value item = filters->at(i);
        if (!VM::is_instance_of(item, types::tuple)
            || static_cast<TupleObject*>(item.as_object())->size() != 5) {
            return Result<std::string>(vm.raise(types::value_error,
                "warnings.filters item " + std::to_string(i) + " isn't a 5-tuple"));
        }
        auto* f = static_cast<TupleObject*>(item.as_object());
        if (!VM::is_instance_of(f->at(2), types::type))
            continue;
        bool ok = pattern_matches(f->at(1), text, true)
            && category->is_subtype_of(static_cast<Type*>(f->at(2).as_object()))
            && pattern_matches(f->at(3), module, false);
        if (!ok)
            continue;
        int64_t ln = 0;
        if (f->at(4).is_small_int())
            ln = f->at(4).as_small_int();
        if (ln != 0 && ln != lineno)
            continue;
        if (!is_str(f->at(0)))
            return Result<std::string>(vm.raise_type_error("action must be a string"));
        return as_str(f->at(0))->data();
    }
    return std::string("default");
}

} // namespace

ListObject* warning_filters(VM& vm)
{
    if (!vm.m_warning_filters) {
        ListObject* filters = vm.new_list();
        vm.m_extra_roots.push_back(filters);
        vm.m_warning_filters = filters;
        filters->append(filter_tuple(vm, "default", types::deprecation_warning, "__main__"));
        filters->append(filter_tuple(vm, "ignore", types::deprecation_warning, nullptr));
        filters->append(filter_tuple(vm, "ignore", types::pending_deprecation_warning, nullptr));
        filters->append(filter_tuple(vm, "ignore", types::import_warning, nullptr));
        filters->append(filter_tuple(vm, "ignore", types::resource_warning, nullptr));
    }
    return vm.m_warning_filters;
}

DictObject* warning_once_registry(VM& vm)
{
    if (!vm.m_warning_once_registry) {
        vm.m_warning_once_registry = vm.new_dict();
        vm.m_extra_roots.push_back(vm.m_warning_once_registry);
    }
    return vm.m_warning_once_registry;
}

Result<void> warn_explicit(VM& vm, Value message, Value category_value, Value filename, int lineno,
    Value module, Value registry)
{
    Root roots[]
        = {{vm, message}, {vm, category_value}, {vm, filename}, {vm, module}, {vm, registry}};
    if (VM::is_instance_of(message, types::warning))
        category_value = VM::type_of(message)->value();
    if (!VM::is_instance_of(category_value, types::type)
        || !static_cast<Type*>(category_value.as_object())->is_subtype_of(types::warning))
        return Result<void>(vm.raise_type_error("category must be a Warning subclass, not '"
            + VM::type_of(category_value)->name() + "'"));
    Type* category = static_cast<Type*>(category_value.as_object());
    std::string text = TRY(vm.str(message))->data();
    if (!VM::is_instance_of(message, types::warning)) {
        Value instance = TRY(vm.call(category_value, {message}));
        message = instance;
        roots[0].set(message);
    }
    std::string file = is_str(filename) ? as_str(filename)->data() : "<unknown>";
    if (module.is(py_none) || module.is_empty()) {
        // The module name is the file name without ".py" (as _warnings.c normalizes it).
        module = text_value(vm,
            file.size() >= 3 && file.compare(file.size() - 3, 3, ".py") == 0
                ? file.substr(0, file.size() - 3)
                : file);
        roots[3].set(module);
    }
    std::string module_name = is_str(module) ? as_str(module)->data() : "";

    Value key = vm.new_tuple({text_value(vm, text), category_value, vm.new_int(lineno)})->value();
    Root key_root(vm, key);
    if (TRY(already_warned(vm, registry, key)))
        return {};
    std::string action = TRY(find_action(vm, text, category, module_name, lineno));
    if (action == "error")
        return Result<void>(vm.raise_value(message));
    if (action == "ignore")
        return {};
    if (action == "once") {
        TRY(mark_warned(vm, registry, key));
        Value once_key = vm.new_tuple({text_value(vm, text), category_value})->value();
        Root once_root(vm, once_key);
        Value once = warning_once_registry(vm)->value();
        if (TRY(already_warned(vm, once, once_key)))
            return {};
        TRY(mark_warned(vm, once, once_key));
    } else if (action == "module") {
        TRY(mark_warned(vm, registry, key));
        Value alt = vm.new_tuple({text_value(vm, text), category_value, vm.new_int(0)})->value();
        Root alt_root(vm, alt);
        if (TRY(already_warned(vm, registry, alt)))
            return {};
        TRY(mark_warned(vm, registry, alt));
    } else if (action == "default") {
        TRY(mark_warned(vm, registry, key));
    } else if (action != "always") {
        return Result<void>(vm.raise(types::runtime_error,
            "Unrecognized action ('" + action + "') in warnings.filters:\n " + action));
    }
    return show_warning(vm, message, file, lineno, category, text);
}

Result<void> warn_object(VM& vm, Value message, Value category, int stacklevel)
{
    Root roots[] = {{vm, message}, {vm, category}};
    if (VM::is_instance_of(message, types::warning))
        category = VM::type_of(message)->value();
    else if (category.is_empty() || category.is(py_none))
        category = types::user_warning->value();
    // The frame `stacklevel` Python frames up; past the outermost one, CPython uses sys.
    Frame* frame = vm.current_frame();
    for (int level = 1; frame && level < stacklevel; ++level)
        frame = frame->previous;
    Value filename;
    int lineno = 1;
    DictObject* globals = nullptr;
    if (frame) {
        filename = frame->code->m_filename->value();
        lineno = frame->code->line_of(frame->current_instr());
        globals = frame->globals;
    } else {
        filename = vm.intern("sys")->value();
        globals = vm.sys_module()->m_dict;
    }
    Root filename_root(vm, filename);
    Value module = globals->get_str(vm.names.__name__);
    if (module.is_empty() || !is_str(module))
        module = vm.intern("<string>")->value();
    Root module_root(vm, module);
    StrObject* registry_name = vm.intern("__warningregistry__");
    Value registry = globals->get_str(registry_name);
    if (registry.is_empty() || !VM::is_instance_of(registry, types::dict)) {
        registry = vm.new_dict()->value();
        globals->set_str(vm, registry_name, registry);
    }
    Root registry_root(vm, registry);
    return warn_explicit(vm, message, category, filename, lineno, module, registry);
}

Result<void> warn(VM& vm, Type* category, std::string_view message, int stacklevel)
{
    return warn_object(vm, text_value(vm, message), category->value(), stacklevel);
}

Result<void> warn_at(VM& vm, Type* category, std::string_view message, std::string_view filename,
    int lineno, std::string_view module)
{
    Value text = text_value(vm, message);
    Root text_root(vm, text);
    Value file = text_value(vm, filename);
    Root file_root(vm, file);
    Value module_name = text_value(vm, module);
    Root module_root(vm, module_name);
    return warn_explicit(vm, text, category->value(), file, lineno, module_name, py_none);
}

void warning_filters_changed(VM& vm)
{
    ++vm.m_warning_filters_version;
}

Result<void> add_warning_filter(VM& vm, Value filter, bool append)
{
    warning_filters_changed(vm);
    ListObject* filters = warning_filters(vm);
    auto& items = filters->items();
    for (size_t i = 0; i < items.size(); ++i) {
        if (TRY(vm.equals(items[i], filter))) {
            if (!append)
                items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
            else
                return {};
            break;
        }
    }
    if (append)
        items.push_back(filter);
    else
        items.insert(items.begin(), filter);
    return {};
}

void apply_warning_options(VM& vm, std::vector<std::string> const& options)
{
    static char const* const actions[] = {"default", "always", "ignore", "module", "once", "error"};
    for (std::string const& option : options) {
        std::vector<std::string> parts;
        size_t start = 0;
        for (;;) {
            size_t colon = option.find(':', start);
            parts.push_back(option.substr(start, colon - start));
            if (colon == std::string::npos)
                break;
            start = colon + 1;
        }
        auto invalid = [&](std::string const& why) {
            vm.flush_std_streams();
            (void)vm.write_stderr("Invalid -W option ignored: " + why + "\n");
        };
        auto quoted = [](std::string const& s) { return "'" + s + "'"; };
        if (parts.size() > 5) {
            invalid("too many fields (max 5): " + quoted(option));
            continue;
        }
        parts.resize(5);
        for (auto& p : parts) {
            auto a = p.find_first_not_of(" \t");
            auto b = p.find_last_not_of(" \t");
            p = a == std::string::npos ? std::string() : p.substr(a, b - a + 1);
        }
        std::string action;
        if (parts[0].empty())
            action = "default";
        else if (parts[0] == "all")
            action = "always";
        else
            for (char const* a : actions)
                if (std::string_view(a).starts_with(parts[0])) {
                    action = a;
                    break;
                }
        if (action.empty()) {
            invalid("invalid action: " + quoted(parts[0]));
            continue;
        }
        Type* category = types::warning;
        if (!parts[2].empty()) {
            Value c = vm.builtins_dict()->get_str(vm.intern(parts[2]));
            if (c.is_empty() || !VM::is_instance_of(c, types::type)) {
                invalid(parts[2].find('.') == std::string::npos
                        ? "unknown warning category: " + quoted(parts[2])
                        : "invalid module name: "
                            + quoted(parts[2].substr(0, parts[2].rfind('.'))));
                continue;
            }
            category = static_cast<Type*>(c.as_object());
            if (!category->is_subtype_of(types::warning)) {
                invalid("invalid warning category: " + quoted(parts[2]));
                continue;
            }
        }
        int64_t lineno = 0;
        if (!parts[4].empty()) {
            char* end = nullptr;
            lineno = std::strtoll(parts[4].c_str(), &end, 10);
            if (*end != '\0' || lineno < 0) {
                invalid("invalid lineno " + quoted(parts[4]));
                continue;
            }
        }
        Value filter
            = vm.new_tuple(
                    {vm.intern(action)->value(),
                        parts[1].empty() ? py_none : text_value(vm, parts[1]), category->value(),
                        parts[3].empty() ? py_none : text_value(vm, parts[3]), vm.new_int(lineno)})
                  ->value();
        Root root(vm, filter);
        if (add_warning_filter(vm, filter, false).is_error())
            vm.take_exception();
    }
}

} // namespace minipy
