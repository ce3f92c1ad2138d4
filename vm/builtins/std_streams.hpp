// The process's standard streams: sys.stdin, sys.stdout and sys.stderr as native text files.
//
// CPython wraps fds 0, 1 and 2 in io.TextIOWrapper objects. minipy has no io module, so a small
// native type (named `_io.TextIOWrapper` like CPython's, for reprs) writes UTF-8 text straight
// to the file descriptors with CPython's buffering: stdout is block-buffered (line-buffered on a
// terminal, unbuffered with -u), stderr is line-buffered, stdin is read through a buffer. The
// observable interleaving of stdout and stderr in a shared pipe therefore matches CPython's for
// ordinary programs (stdout appears when the buffer fills or at exit).
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <string>
#include <string_view>

namespace minipy {

class VM;
class DictObject;
class Type;

/// One of the three standard streams.
class StdStreamObject final : public Object {
public:
    enum class Kind : uint8_t { In, Out, Err };

    StdStreamObject(Type* type, Kind kind, DictObject* dict)
        : Object(type)
        , m_kind(kind)
        , m_dict(dict)
    {
    }

    Kind m_kind;
    DictObject* m_dict; ///< name, mode, encoding, errors, line_buffering

    int fd() const { return static_cast<int>(m_kind); }
    void visit_edges(Visitor& v) override { v.visit(reinterpret_cast<Object*>(m_dict)); }
    DictObject* instance_dict() const override { return m_dict; }
};

/// Creates the stream type and the three stream objects and stores them in the sys module as
/// stdin/stdout/stderr and __stdin__/__stdout__/__stderr__. Called by init_builtin_functions.
void init_std_streams(VM&);

/// The original stream objects (always valid after init_std_streams).
StdStreamObject* original_stdin();
StdStreamObject* original_stdout();
StdStreamObject* original_stderr();

/// True if `v` is one of the original native stream objects.
bool is_std_stream(Value v);

/// Writes to a native stream object (buffering as described above).
void std_stream_write(StdStreamObject* stream, std::string_view text);
/// Flushes a native output stream's buffer to its fd.
void std_stream_flush(StdStreamObject* stream);

/// Writes `text` to the current sys.stdout: buffered directly when it is the original stream,
/// through its write() method when Python code replaced it, nothing when it is None.
Result<void> sys_write_stdout(VM&, std::string_view text);
/// The same for sys.stderr.
Result<void> sys_write_stderr(VM&, std::string_view text);
/// Flushes the original stdout, then stderr (at exit, before reading stdin, before os-level
/// writes).
void sys_flush_std_streams();
/// -u: every write to stdout goes straight to the fd.
void set_unbuffered(bool unbuffered);

/// Reads one line from the real stdin (the newline kept; empty at end of file).
std::string std_stdin_readline(int64_t limit = -1);

} // namespace minipy
