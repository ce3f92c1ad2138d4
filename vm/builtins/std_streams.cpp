// The native sys.stdin / sys.stdout / sys.stderr objects and their buffers.
#include "vm/builtins/std_streams.hpp"

#include "vm/os_text.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/vm.hpp"

#include <cerrno>
#include <cstdlib>
#include <unistd.h>

namespace minipy {

namespace {

// CPython's io.DEFAULT_BUFFER_SIZE: a block-buffered stdout reaches the fd in chunks of this.
constexpr size_t buffer_size = 8192;

/// The three original streams (indexed by fd), rooted for the VM's lifetime.
Value g_streams[3];
Type* g_unsupported_operation = nullptr;
Value g_rooted_types[2]; ///< the stream type and io.UnsupportedOperation

std::string g_out_buffer[3]; ///< pending output of fds 1 and 2
bool g_unbuffered = false;
bool g_stdout_is_tty = false;

std::string g_in_buffer; ///< stdin bytes read but not yet consumed
size_t g_in_pos = 0;
bool g_in_eof = false;

void write_fd(int fd, std::string_view data)
{
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // FIXME: CPython raises BrokenPipeError/OSError here; the data is dropped instead.
            return;
        }
        data.remove_prefix(static_cast<size_t>(n));
    }
}

void flush_fd(int fd)
{
    std::string& buffer = g_out_buffer[fd];
    if (buffer.empty())
        return;
    write_fd(fd, buffer);
    buffer.clear();
}

/// Refills the stdin buffer; false at end of file.
bool fill_stdin()
{
    if (g_in_eof)
        return false;
    sys_flush_std_streams();
    if (g_in_pos > 0) {
        g_in_buffer.erase(0, g_in_pos);
        g_in_pos = 0;
    }
    char chunk[buffer_size];
    for (;;) {
        ssize_t n = ::read(0, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            g_in_eof = true;
            return false;
        }
        g_in_buffer.append(chunk, static_cast<size_t>(n));
        return true;
    }
}

/// Counts code points of UTF-8 text.
size_t code_points(std::string_view text)
{
    size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

StdStreamObject* self_stream(CallArgs const& args)
{
    return static_cast<StdStreamObject*>(args.args[0].as_object());
}

Result<void> check_self(VM& vm, CallArgs const& args, char const* name)
{
    if (args.count == 0 || !is_std_stream(args.args[0]))
        return vm.raise_type_error(
            std::string("descriptor '") + name + "' requires a '_io.TextIOWrapper' object");
    return {};
}

Result<void> require_readable(VM& vm, StdStreamObject* stream)
{
    if (stream->m_kind != StdStreamObject::Kind::In)
        return vm.raise(g_unsupported_operation, "not readable");
    return {};
}

/// The optional size/limit argument of read()/readline()/readlines(): None or an int; -1 = all.
Result<int64_t> size_argument(VM& vm, CallArgs const& args)
{
    if (args.count < 2 || args.args[1].is(py_none))
        return int64_t(-1);
    return vm.to_index(args.args[1]);
}

Result<Value> stream_write(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.write", 1, 1, true));
    TRY(check_self(vm, args, "write"));
    StdStreamObject* stream = self_stream(args);
    if (stream->m_kind == StdStreamObject::Kind::In)
        return vm.raise(g_unsupported_operation, "not writable");
    Value text = args.args[1];
    if (!is_str(text))
        return vm.raise_type_error(
            "write() argument must be str, not " + VM::type_of(text)->name());
    StrObject* str = as_str(text);
    std_stream_write(stream, str->view());
    return vm.new_int(static_cast<int64_t>(str->length()));
}

Result<Value> stream_flush(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.flush", 0, 0, true));
    TRY(check_self(vm, args, "flush"));
    std_stream_flush(self_stream(args));
    return py_none;
}

Result<Value> stream_readline(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.readline", 0, 1, true));
    TRY(check_self(vm, args, "readline"));
    TRY(require_readable(vm, self_stream(args)));
    int64_t limit = TRY(size_argument(vm, args));
    return vm.new_str(os_decode(std_stdin_readline(limit)))->value();
}

Result<Value> stream_read(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.read", 0, 1, true));
    TRY(check_self(vm, args, "read"));
    TRY(require_readable(vm, self_stream(args)));
    int64_t limit = TRY(size_argument(vm, args));
    std::string out;
    for (;;) {
        std::string line
            = std_stdin_readline(limit < 0 ? -1 : limit - static_cast<int64_t>(code_points(out)));
        if (line.empty())
            break;
        out += line;
        if (limit >= 0 && static_cast<int64_t>(code_points(out)) >= limit)
            break;
    }
    return vm.new_str(os_decode(std::move(out)))->value();
}

Result<Value> stream_readlines(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.readlines", 0, 1, true));
    TRY(check_self(vm, args, "readlines"));
    TRY(require_readable(vm, self_stream(args)));
    int64_t hint = TRY(size_argument(vm, args));
    ListObject* lines = vm.new_list();
    int64_t total = 0;
    for (;;) {
        std::string line = std_stdin_readline();
        if (line.empty())
            break;
        total += static_cast<int64_t>(code_points(line));
        lines->append(vm.new_str(os_decode(std::move(line)))->value());
        if (hint > 0 && total >= hint)
            break;
    }
    return lines->value();
}

Result<Value> stream_next(VM& vm, Object* iterator, bool& exhausted)
{
    auto* stream = static_cast<StdStreamObject*>(iterator);
    TRY(require_readable(vm, stream));
    std::string line = std_stdin_readline();
    if (line.empty()) {
        exhausted = true;
        return py_none;
    }
    return vm.new_str(os_decode(std::move(line)))->value();
}

Result<Value> stream_dunder_next(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.__next__", 0, 0, true));
    TRY(check_self(vm, args, "__next__"));
    bool exhausted = false;
    Value line = TRY(stream_next(vm, self_stream(args), exhausted));
    if (exhausted)
        return vm.raise_with_args(types::stop_iteration, {});
    return line;
}

Result<Value> stream_iter(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.__iter__", 0, 0, true));
    TRY(check_self(vm, args, "__iter__"));
    return args.args[0];
}

Result<Value> stream_isatty(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.isatty", 0, 0, true));
    TRY(check_self(vm, args, "isatty"));
    return py_bool(::isatty(self_stream(args)->fd()) != 0);
}

Result<Value> stream_fileno(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.fileno", 0, 0, true));
    TRY(check_self(vm, args, "fileno"));
    return vm.new_int(self_stream(args)->fd());
}

Result<Value> stream_readable(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.readable", 0, 0, true));
    TRY(check_self(vm, args, "readable"));
    return py_bool(self_stream(args)->m_kind == StdStreamObject::Kind::In);
}

Result<Value> stream_writable(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.writable", 0, 0, true));
    TRY(check_self(vm, args, "writable"));
    return py_bool(self_stream(args)->m_kind != StdStreamObject::Kind::In);
}

Result<Value> stream_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "TextIOWrapper.__repr__", 0, 0, true));
    TRY(check_self(vm, args, "__repr__"));
    static char const* const descriptions[] = {
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
        "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>",
        "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>",
    };
    return vm.new_str(std::string_view(descriptions[self_stream(args)->fd()]))->value();
}

StdStreamObject* make_stream(VM& vm, Type* type, StdStreamObject::Kind kind, char const* name,
    char const* mode, char const* errors)
{
    DictObject* dict = vm.new_dict();
    auto* stream = vm.make<StdStreamObject>(type, kind, dict);
    dict->set_str(vm, vm.intern("name"), vm.new_str(std::string_view(name))->value());
    dict->set_str(vm, vm.intern("mode"), vm.new_str(std::string_view(mode))->value());
    dict->set_str(vm, vm.intern("encoding"), vm.new_str(std::string_view("utf-8"))->value());
    dict->set_str(vm, vm.intern("errors"), vm.new_str(std::string_view(errors))->value());
    bool line_buffering = kind == StdStreamObject::Kind::Out && g_stdout_is_tty;
    dict->set_str(vm, vm.intern("line_buffering"), py_bool(line_buffering));
    dict->set_str(vm, vm.intern("closed"), py_false);
    return stream;
}

} // namespace

void init_std_streams(VM& vm)
{
    g_stdout_is_tty = ::isatty(1) != 0;
    // CPython honours PYTHONUNBUFFERED like -u.
    if (char const* unbuffered = std::getenv("PYTHONUNBUFFERED"); unbuffered && *unbuffered)
        g_unbuffered = true;

    Type* type = vm.new_builtin_type("TextIOWrapper", types::object, Layout::Other);
    type->m_is_basetype = false;
    type->m_iternext = &stream_next;
    DictObject* dict = type->m_dict;
    dict->set_str(vm, vm.names.__module__, vm.intern("_io")->value());
    vm.define_native(dict, "write", &stream_write, type);
    vm.define_native(dict, "flush", &stream_flush, type);
    vm.define_native(dict, "readline", &stream_readline, type);
    vm.define_native(dict, "read", &stream_read, type);
    vm.define_native(dict, "readlines", &stream_readlines, type);
    vm.define_native(dict, "isatty", &stream_isatty, type);
    vm.define_native(dict, "fileno", &stream_fileno, type);
    vm.define_native(dict, "readable", &stream_readable, type);
    vm.define_native(dict, "writable", &stream_writable, type);
    vm.define_native(dict, "__repr__", &stream_repr, type);
    vm.define_native(dict, "__iter__", &stream_iter, type);
    vm.define_native(dict, "__next__", &stream_dunder_next, type);

    // io.UnsupportedOperation. FIXME: CPython's also derives from ValueError.
    g_unsupported_operation
        = vm.new_builtin_type("UnsupportedOperation", types::os_error, Layout::Exception);
    g_unsupported_operation->m_dict->set_str(vm, vm.names.__module__, vm.intern("io")->value());

    using Kind = StdStreamObject::Kind;
    g_streams[0] = make_stream(vm, type, Kind::In, "<stdin>", "r", "strict")->value();
    g_streams[1] = make_stream(vm, type, Kind::Out, "<stdout>", "w", "strict")->value();
    g_streams[2] = make_stream(vm, type, Kind::Err, "<stderr>", "w", "backslashreplace")->value();
    // The originals must outlive any rebinding of sys.__stdout__ and friends.
    for (Value& stream : g_streams)
        vm.m_native_roots.push_back(&stream);
    g_rooted_types[0] = type->value();
    g_rooted_types[1] = g_unsupported_operation->value();
    for (Value& rooted : g_rooted_types)
        vm.m_native_roots.push_back(&rooted);

    DictObject* sys = vm.sys_module()->m_dict;
    sys->set_str(vm, vm.names.stdin, g_streams[0]);
    sys->set_str(vm, vm.names.stdout, g_streams[1]);
    sys->set_str(vm, vm.names.stderr, g_streams[2]);
    sys->set_str(vm, vm.intern("__stdin__"), g_streams[0]);
    sys->set_str(vm, vm.intern("__stdout__"), g_streams[1]);
    sys->set_str(vm, vm.intern("__stderr__"), g_streams[2]);
}

StdStreamObject* original_stdin()
{
    return static_cast<StdStreamObject*>(g_streams[0].as_object());
}
StdStreamObject* original_stdout()
{
    return static_cast<StdStreamObject*>(g_streams[1].as_object());
}
StdStreamObject* original_stderr()
{
    return static_cast<StdStreamObject*>(g_streams[2].as_object());
}

bool is_std_stream(Value v)
{
    return !v.is_empty() && (v.is(g_streams[0]) || v.is(g_streams[1]) || v.is(g_streams[2]));
}

namespace {

/// Buffers bytes for the stream's file descriptor, flushing as CPython's buffering would.
void write_bytes(StdStreamObject* stream, std::string_view text)
{
    int fd = stream->fd();
    std::string& buffer = g_out_buffer[fd];
    if (fd == 1) {
        if (g_unbuffered) {
            write_fd(1, text);
            return;
        }
        buffer.append(text);
        if (buffer.size() >= buffer_size
            || (g_stdout_is_tty && text.find('\n') != std::string_view::npos))
            flush_fd(1);
        return;
    }
    // stderr is line-buffered (CPython >= 3.9, interactive or not); unbuffered with -u.
    if (g_unbuffered) {
        flush_fd(fd);
        write_fd(fd, text);
        return;
    }
    buffer.append(text);
    if (text.find('\n') != std::string_view::npos || buffer.size() >= buffer_size)
        flush_fd(fd);
}

} // namespace

void std_stream_write(StdStreamObject* stream, std::string_view text)
{
    // A lone surrogate (its 3-byte form starts with 0xED) is written as CPython's error
    // handlers write it: stdout's surrogateescape turns U+DC80..U+DCFF back into the original
    // byte, stderr's backslashreplace writes `\udcff`.
    if (text.find('\xED') != std::string_view::npos) [[unlikely]] {
        write_bytes(stream, stream->fd() == 1 ? os_encode(text) : backslash_surrogates(text));
        return;
    }
    write_bytes(stream, text);
}

void std_stream_flush(StdStreamObject* stream)
{
    if (stream->m_kind != StdStreamObject::Kind::In)
        flush_fd(stream->fd());
}

Result<void> sys_write_stdout(VM& vm, std::string_view text)
{
    Value out = vm.sys_module()->m_dict->get_str(vm.names.stdout);
    if (out.is(g_streams[1])) [[likely]] {
        std_stream_write(original_stdout(), text);
        return {};
    }
    if (out.is_empty() || out.is(py_none))
        return {};
    if (is_std_stream(out)) {
        std_stream_write(static_cast<StdStreamObject*>(out.as_object()), text);
        return {};
    }
    TRY(vm.call_method(out, vm.names.write, {vm.new_str(text)->value()}));
    return {};
}

Result<void> sys_write_stderr(VM& vm, std::string_view text)
{
    Value err = vm.sys_module()->m_dict->get_str(vm.names.stderr);
    if (err.is_empty() || err.is(py_none))
        return {};
    if (is_std_stream(err)) {
        std_stream_write(static_cast<StdStreamObject*>(err.as_object()), text);
        return {};
    }
    TRY(vm.call_method(err, vm.names.write, {vm.new_str(text)->value()}));
    return {};
}

void sys_flush_std_streams()
{
    flush_fd(1);
    flush_fd(2);
}

void set_unbuffered(bool unbuffered)
{
    g_unbuffered = unbuffered;
    if (unbuffered) {
        flush_fd(1);
        flush_fd(2);
    }
}

std::string std_stdin_readline(int64_t limit)
{
    // `limit` counts code points; a line never ends inside a UTF-8 sequence.
    std::string line;
    int64_t taken = 0;
    for (;;) {
        if (g_in_pos >= g_in_buffer.size() && !fill_stdin())
            return line;
        while (g_in_pos < g_in_buffer.size()) {
            char c = g_in_buffer[g_in_pos];
            bool starts_code_point = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            if (starts_code_point && limit >= 0 && taken >= limit)
                return line;
            line.push_back(c);
            ++g_in_pos;
            taken += starts_code_point;
            if (c == '\n')
                return line;
        }
    }
}

} // namespace minipy
