// Uncaught-exception rendering (CPython 3.11's Python/traceback.c and pythonrun.c, in C++).
#include "vm/traceback.hpp"

#include "parser/parser.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/os_text.hpp"
#include "vm/vm.hpp"

#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace minipy {

namespace {

constexpr int traceback_limit = 1000;
constexpr int recursive_cutoff = 3;

StrObject* as_str(Value v)
{
    return static_cast<StrObject*>(v.as_object());
}

/// Source lines of files, read when a traceback first needs them (as linecache does).
class SourceCache {
public:
    std::string const* line(std::string const& filename, int lineno)
    {
        auto it = m_files.find(filename);
        if (it == m_files.end()) {
            std::vector<std::string> lines;
            if (!filename.empty() && filename[0] != '<') {
                std::ifstream in(os_encode(filename), std::ios::binary);
                std::string l;
                while (std::getline(in, l))
                    lines.push_back(l);
            }
            it = m_files.emplace(filename, std::move(lines)).first;
        }
        if (lineno < 1 || static_cast<size_t>(lineno) > it->second.size())
            return nullptr;
        return &it->second[lineno - 1];
    }

private:
    std::unordered_map<std::string, std::vector<std::string>> m_files;
};

bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n';
}

/// Character offset of a UTF-8 byte offset within `line`.
int char_offset(std::string const& line, int byte_offset)
{
    int chars = 0;
    for (int i = 0; i < byte_offset && i < static_cast<int>(line.size()); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++chars;
    return chars;
}

/// 3.11's extract_anchors_from_line: finds the operator of a BinOp or the brackets of a
/// Subscript inside the failing segment. Offsets are bytes within the segment.
bool extract_anchors(
    std::string const& segment, int& left, int& right, char& primary, char& secondary)
{
    auto result = parse(segment, ParseMode::Exec);
    if (!result.module || result.module->body.size() != 1)
        return false;
    ast::Stmt* stmt = result.module->body[0];
    if (stmt->kind != ast::StmtKind::Expr)
        return false;
    ast::Expr* expr = static_cast<ast::ExprStmt*>(stmt)->value;
    if (expr->span.line != 1)
        return false;
    if (expr->kind == ast::ExprKind::BinOp) {
        auto* b = static_cast<ast::BinOp*>(expr);
        if (b->left->span.end_line != 1 || b->right->span.line != 1)
            return false;
        int lo = b->left->span.end_col, hi = b->right->span.col;
        for (int i = lo; i < hi; ++i) {
            if (is_ws(segment[i]))
                continue;
            left = i;
            right = i + 1;
            if (i + 1 < hi && !is_ws(segment[i + 1]))
                ++right;
            if (i + 1 < hi && segment[i] == ')')
                continue;
            primary = '~';
            secondary = '^';
            break;
        }
        return true;
    }
    if (expr->kind == ast::ExprKind::Subscript) {
        auto* s = static_cast<ast::Subscript*>(expr);
        if (s->value->span.end_line != 1 || s->slice->span.end_line != 1)
            return false;
        int len = static_cast<int>(segment.size());
        left = s->value->span.end_col;
        right = s->slice->span.end_col + 1;
        while (left < len && segment[left] != '[')
            ++left;
        while (right < len && segment[right] != ']')
            ++right;
        if (right < len)
            ++right;
        primary = '~';
        secondary = '^';
        return true;
    }
    return false;
}

void append_frame_source(std::string& out, SourceCache& cache, CodeObject* code, uint32_t instr)
{
    std::string filename = code->m_filename->data();
    Position pos
        = instr < code->m_positions.size() ? code->m_positions[instr] : Position {0, 0, 0, 0};
    std::string const* line = cache.line(filename, pos.line);
    if (!line)
        return;
    // CPython keeps trailing blanks: only the line ending goes (so a segment covers the whole line,
    // and loses its carets, only when nothing follows it).
    std::string source = *line;
    while (!source.empty() && (source.back() == '\n' || source.back() == '\r'))
        source.pop_back();
    size_t lead = 0;
    while (lead < source.size()
        && (source[lead] == ' ' || source[lead] == '\t' || source[lead] == '\f'))
        ++lead;
    std::string stripped = source.substr(lead);
    out += "    " + stripped + "\n";
    if (pos.line <= 0 || pos.end_line <= 0 || pos.col < 0 || pos.end_col < 0)
        return;
    int start = char_offset(source, pos.col);
    int end;
    int left = -1, right = -1;
    char primary = '^', secondary = '^';
    if (pos.line == pos.end_line) {
        end = char_offset(source, pos.end_col);
        std::string segment = source.substr(
            static_cast<size_t>(pos.col), static_cast<size_t>(pos.end_col - pos.col));
        int left_b = -1, right_b = -1;
        if (pos.end_col > pos.col
            && extract_anchors(segment, left_b, right_b, primary, secondary)) {
            left = char_offset(segment, left_b) + start;
            right = char_offset(segment, right_b) + start;
        }
    } else {
        end = char_offset(source, static_cast<int>(source.size()));
    }
    int stripped_len = char_offset(source, static_cast<int>(source.size()))
        - char_offset(source, static_cast<int>(lead));
    bool secondary_ranges = left != -1 || right != -1;
    if (end - start == stripped_len && !secondary_ranges)
        return;
    int truncation = char_offset(source, static_cast<int>(lead)) - 4;
    std::string carets;
    for (int offset = truncation + 1; offset <= end; ++offset) {
        if (offset <= start)
            carets += ' ';
        else if (secondary_ranges && left < offset && offset <= right)
            carets += secondary;
        else
            carets += primary;
    }
    out += carets + "\n";
}

std::string exception_type_name(VM& vm, Type* type)
{
    Value module = type->m_dict->get_str(vm.names.__module__);
    std::string name = type->m_qualname->data();
    if (module.is_empty() || !VM::is_instance_of(module, types::str))
        return "<unknown>." + name;
    std::string const& m = as_str(module)->data();
    if (m == "builtins" || m == "__main__")
        return name;
    return m + "." + name;
}

std::string exception_message(VM& vm, Value exc)
{
    auto r = vm.str(exc);
    if (r.is_error()) {
        vm.take_exception();
        return "<exception str() failed>";
    }
    return r.value()->data();
}

void format_syntax_error_location(VM& vm, std::string& out, ExceptionObject* e)
{
    auto attr = [&](char const* name) { return e->m_dict->get_str(vm.intern(name)); };
    Value filename = attr("filename");
    Value lineno = attr("lineno");
    Value offset = attr("offset");
    Value end_offset = attr("end_offset");
    Value end_lineno = attr("end_lineno");
    Value text = attr("text");
    std::string file = !filename.is_empty() && VM::is_instance_of(filename, types::str)
        ? as_str(filename)->data()
        : "<string>";
    if (lineno.is_empty() || lineno.is(py_none))
        return;
    int64_t line = lineno.is_small_int() ? lineno.as_small_int() : 0;
    out += "  File \"" + file + "\", line " + std::to_string(line) + "\n";
    if (text.is_empty() || text.is(py_none) || !VM::is_instance_of(text, types::str))
        return;
    int64_t off = offset.is_small_int() ? offset.as_small_int() : -1;
    int64_t end_off = end_offset.is_small_int() ? end_offset.as_small_int() : -1;
    int64_t end_line = end_lineno.is_small_int() ? end_lineno.as_small_int() : line;
    if (end_line > line)
        end_off = -1;
    if (e->type() != types::syntax_error)
        end_off = -1; // pythonrun.c reads end_offset only for SyntaxError itself
    std::string const& t = as_str(text)->data();
    // print_error_text (pythonrun.c); offsets are in characters.
    int64_t caret_repetitions = (end_off > 0 && end_off > off) ? end_off - off : 1;
    int64_t o = off - 1;
    size_t i = 0;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\f')) {
        ++i;
        --o;
    }
    std::string rest = t.substr(i);
    size_t len_chars = 0;
    {
        std::string without_newline = rest;
        if (!without_newline.empty() && without_newline.back() == '\n')
            without_newline.pop_back();
        len_chars = static_cast<size_t>(
            char_offset(without_newline, static_cast<int>(without_newline.size())));
    }
    if (o > static_cast<int64_t>(len_chars))
        o = static_cast<int64_t>(len_chars);
    for (;;) {
        auto nl = rest.find('\n');
        if (nl == std::string::npos)
            break;
        int64_t inl = char_offset(rest, static_cast<int>(nl));
        if (inl >= o)
            break;
        rest = rest.substr(nl + 1);
        o -= inl + 1;
    }
    out += "    " + rest;
    if (rest.empty() || rest.back() != '\n')
        out += "\n";
    if (o < 0)
        return;
    out += "    " + std::string(static_cast<size_t>(o), ' ')
        + std::string(static_cast<size_t>(caret_repetitions), '^') + "\n";
}

// "Did you mean" suggestions: CPython 3.11's Python/suggestions.c.
constexpr size_t max_candidate_items = 750;
constexpr size_t max_string_size = 40;
constexpr size_t move_cost = 2;
constexpr size_t case_cost = 1;

size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return move_cost;
    if (a == b)
        return 0;
    if ('A' <= a && a <= 'Z')
        a += 'a' - 'A';
    if ('A' <= b && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? case_cost : move_cost;
}

size_t levenshtein_distance(std::string_view a, std::string_view b, size_t max_cost)
{
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty())
        return (a.size() + b.size()) * move_cost;
    if (a.size() > max_string_size || b.size() > max_string_size)
        return max_cost + 1;
    if (b.size() < a.size())
        std::swap(a, b);
    if ((b.size() - a.size()) * move_cost > max_cost)
        return max_cost + 1;
    size_t buffer[max_string_size];
    size_t tmp = move_cost;
    for (size_t i = 0; i < a.size(); ++i) {
        buffer[i] = tmp;
        tmp += move_cost;
    }
    size_t result = 0;
    for (size_t b_index = 0; b_index < b.size(); ++b_index) {
        char code = b[b_index];
        size_t distance = result = b_index * move_cost;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a.size(); ++index) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = std::min(result, distance) + move_cost;
            result = std::min(insert_delete, substitute);
            buffer[index] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

std::string calculate_suggestion(std::vector<std::string> const& dir, std::string const& name)
{
    if (dir.size() >= max_candidate_items)
        return {};
    size_t best_distance = SIZE_MAX;
    std::string const* best = nullptr;
    for (auto const& item : dir) {
        if (item == name)
            continue;
        size_t max_distance = (name.size() + item.size() + 3) * move_cost / 6;
        max_distance = std::min(max_distance, best_distance - 1);
        size_t d = levenshtein_distance(name, item, max_distance);
        if (d > max_distance)
            continue;
        if (!best || d < best_distance) {
            best = &item;
            best_distance = d;
        }
    }
    return best ? *best : std::string();
}

std::vector<std::string> dict_keys(DictObject* dict)
{
    std::vector<std::string> keys;
    if (!dict)
        return keys;
    for (auto const& e : dict->entries())
        if (!e.key.is_empty() && VM::is_instance_of(e.key, types::str))
            keys.push_back(as_str(e.key)->data());
    return keys;
}

std::string offer_suggestion(VM& vm, ExceptionObject* e)
{
    Value name = e->m_dict ? e->m_dict->get_str(vm.names.name) : Value {};
    if (name.is_empty() || VM::type_of(name) != types::str)
        return {};
    std::string n = as_str(name)->data();
    if (e->type()->is_subtype_of(types::name_error)) {
        TracebackObject* tb = e->m_traceback;
        if (!tb)
            return {};
        while (tb->m_next)
            tb = tb->m_next;
        std::vector<std::string> locals;
        for (StrObject* v : tb->m_code->m_varnames)
            locals.push_back(v->data());
        for (StrObject* v : tb->m_code->m_cellvars)
            locals.push_back(v->data());
        for (StrObject* v : tb->m_code->m_freevars)
            locals.push_back(v->data());
        std::string s = calculate_suggestion(locals, n);
        if (s.empty())
            s = calculate_suggestion(dict_keys(tb->m_globals), n);
        if (s.empty())
            s = calculate_suggestion(dict_keys(vm.builtins_dict()), n);
        return s;
    }
    Value obj = e->m_dict ? e->m_dict->get_str(vm.intern("obj")) : Value {};
    if (obj.is_empty())
        return {};
    auto listing = vm.call(vm.builtins_dict()->get("dir"), {obj});
    if (listing.is_error()) {
        vm.take_exception();
        return {};
    }
    auto list = vm.to_list(listing.value());
    if (list.is_error()) {
        vm.take_exception();
        return {};
    }
    std::vector<std::string> names;
    for (Value v : list.value()->items())
        if (VM::is_instance_of(v, types::str))
            names.push_back(as_str(v)->data());
    return calculate_suggestion(names, n);
}

void format_one(VM& vm, std::string& out, SourceCache& cache, Value exc)
{
    auto* e = static_cast<ExceptionObject*>(exc.as_object());
    if (e->m_traceback) {
        std::vector<TracebackObject*> entries;
        for (TracebackObject* tb = e->m_traceback; tb; tb = tb->m_next)
            entries.push_back(tb);
        size_t first = entries.size() > traceback_limit ? entries.size() - traceback_limit : 0;
        out += "Traceback (most recent call last):\n";
        std::string last_file;
        int last_line = -1;
        std::string last_name;
        int count = 0;
        auto flush_repeats = [&] {
            if (count > recursive_cutoff) {
                int more = count - recursive_cutoff;
                out += "  [Previous line repeated " + std::to_string(more) + " more time"
                    + (more > 1 ? "s" : "") + "]\n";
            }
        };
        for (size_t i = first; i < entries.size(); ++i) {
            TracebackObject* tb = entries[i];
            std::string file = tb->m_code->m_filename->data();
            int line = tb->m_code->line_of(tb->m_instr);
            std::string name = tb->m_code->m_name->data();
            if (file == last_file && line == last_line && name == last_name) {
                ++count;
                if (count > recursive_cutoff)
                    continue;
            } else {
                flush_repeats();
                last_file = file;
                last_line = line;
                last_name = name;
                count = 1;
            }
            out += "  File \"" + file + "\", line " + std::to_string(line) + ", in " + name + "\n";
            append_frame_source(out, cache, tb->m_code, tb->m_instr);
        }
        flush_repeats();
    }
    Type* type = e->type();
    if (type->is_subtype_of(types::syntax_error))
        format_syntax_error_location(vm, out, e);
    std::string name = exception_type_name(vm, type);
    std::string message = type->is_subtype_of(types::syntax_error) ? [&] {
        Value msg = e->m_dict->get_str(vm.names.msg);
        if (msg.is_empty() || msg.is(py_none))
            return exception_message(vm, exc);
        auto s = vm.str(msg);
        if (s.is_error()) {
            vm.take_exception();
            return std::string("<exception str() failed>");
        }
        return s.value()->data();
    }()
                                                                   : exception_message(vm, exc);
    if (type->is_subtype_of(types::name_error) || type->is_subtype_of(types::attribute_error)) {
        std::string suggestion = offer_suggestion(vm, e);
        if (!suggestion.empty())
            message += ". Did you mean: '" + suggestion + "'?";
    }
    if (message.empty())
        out += name + "\n";
    else
        out += name + ": " + message + "\n";
    Value notes = e->m_dict ? e->m_dict->get_str(vm.intern("__notes__")) : Value {};
    if (!notes.is_empty()) {
        auto list = vm.to_list(notes);
        if (!list.is_error()) {
            for (Value note : list.value()->items()) {
                if (VM::is_instance_of(note, types::str))
                    out += as_str(note)->data() + "\n";
            }
        } else {
            vm.take_exception();
        }
    }
}

} // namespace

std::string format_exception(VM& vm, Value exc)
{
    std::string out;
    if (!exc.is_object() || !VM::is_instance_of(exc, types::base_exception)) {
        return "TypeError: print_exception(): Exception expected for value, "
            + VM::type_of(exc)->name() + " found\n";
    }
    // Walk the chain iteratively (a chain can be arbitrarily long), newest first.
    std::vector<std::pair<Value, int>> chain; // value, how it links to the next newer one
    std::unordered_set<uintptr_t> seen;
    Value current = exc;
    int link = 0;
    while (current.is_object() && VM::is_instance_of(current, types::base_exception)
        && !seen.count(current.bits())) {
        seen.insert(current.bits());
        chain.emplace_back(current, link);
        auto* e = static_cast<ExceptionObject*>(current.as_object());
        if (!e->m_cause.is_empty()) {
            current = e->m_cause;
            link = 1;
        } else if (!e->m_context.is_empty() && !e->m_suppress_context) {
            current = e->m_context;
            link = 2;
        } else {
            break;
        }
    }
    SourceCache cache;
    for (size_t i = chain.size(); i-- > 0;) {
        format_one(vm, out, cache, chain[i].first);
        if (i > 0) {
            int l = chain[i].second;
            if (l == 1)
                out += "\nThe above exception was the direct cause of the following exception:\n\n";
            else
                out += "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
    }
    return out;
}

} // namespace minipy

namespace minipy {

void push_synthetic_traceback(VM& vm, Value exc, std::initializer_list<SyntheticFrame> frames)
{
    if (!VM::is_instance_of(exc, types::base_exception))
        return;
    Root root(vm, exc);
    for (auto frame = std::rbegin(frames); frame != std::rend(frames); ++frame) {
        auto* code = vm.make<CodeObject>(types::code);
        code->m_firstlineno = frame->line;
        code->m_filename = vm.intern(frame->filename);
        code->m_name = vm.intern(frame->function);
        code->m_qualname = code->m_name;
        code->m_docstring = py_none;
        Root code_root(vm, code->value());
        auto* e = static_cast<ExceptionObject*>(exc.as_object());
        e->m_traceback
            = vm.make<TracebackObject>(types::traceback, code, 0, e->m_traceback, nullptr);
    }
}

} // namespace minipy
