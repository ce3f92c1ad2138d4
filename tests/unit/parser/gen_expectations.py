# Regenerates cpython_cases_test.cpp from cases/valid.txt and cases/errors.txt (cases separated by
# a line `====`) using the running CPython, which must be 3.11:
#   python3 tests/unit/parser/gen_expectations.py tests/unit/parser/cpython_cases_test.cpp
import ast, os, sys
assert sys.version_info[:2] == (3, 11), 'expectations must come from CPython 3.11'
HERE = os.path.dirname(os.path.abspath(__file__))
def cpp_str(s):
    # raw string literal with a delimiter unlikely to appear
    assert ')PY"' not in s
    return 'R"PY(' + s + ')PY"'
def py_err(src):
    try:
        ast.parse(src)
        return None
    except SyntaxError as e:
        return e
valid = [s for s in open(HERE + '/cases/valid.txt').read().split('\n====\n') if s]
valid = [s for s in valid if '\\N{' not in s]
errs = [s for s in open(HERE + '/cases/errors.txt').read().split('\n====\n') if s]
errs = [s for s in errs if not s.startswith('async')]
out = []
out.append('// Parser node shapes and spans, checked against CPython 3.11 `ast.dump(..., include_attributes=True)`.')
out.append('// Generated from CPython 3.11 output by tests/unit/parser/gen_expectations.py; regenerate after')
out.append('// changing the cases there.')
out.append('#include "parser/ast_dump.hpp"')
out.append('#include "parser/parser.hpp"')
out.append('')
out.append('#include <doctest/doctest.h>')
out.append('')
out.append('namespace {')
out.append('')
out.append('struct ShapeCase {')
out.append('    char const* source;')
out.append('    char const* dump;')
out.append('};')
out.append('')
out.append('ShapeCase const shape_cases[] = {')
for s in valid:
    d = ast.dump(ast.parse(s), include_attributes=True)
    out.append('    {' + cpp_str(s) + ',')
    out.append('        ' + cpp_str(d) + '},')
out.append('};')
out.append('')
out.append('struct ErrorCase {')
out.append('    char const* source;')
out.append('    char const* kind;')
out.append('    char const* msg;')
out.append('    int lineno, offset, end_lineno, end_offset;')
out.append('    char const* text;')
out.append('};')
out.append('')
out.append('ErrorCase const error_cases[] = {')
for s in errs:
    e = py_err(s)
    if e is None: continue
    out.append('    {' + cpp_str(s) + ', "' + type(e).__name__ + '", ' + cpp_str(e.msg) + ', %d, %d, %d, %d, ' % (e.lineno, e.offset, e.end_lineno, e.end_offset) + cpp_str(e.text or '') + '},')
out.append('};')
out.append('')
out.append('''char const* kind_name(minipy::SyntaxErrorKind kind)
{
    switch (kind) {
    case minipy::SyntaxErrorKind::SyntaxError: return "SyntaxError";
    case minipy::SyntaxErrorKind::IndentationError: return "IndentationError";
    case minipy::SyntaxErrorKind::TabError: return "TabError";
    case minipy::SyntaxErrorKind::RecursionError: return "RecursionError";
    case minipy::SyntaxErrorKind::MemoryError: return "MemoryError";
    }
    return "?";
}

} // namespace

TEST_SUITE("parser matches CPython 3.11")
{
    TEST_CASE("every statement and expression form has CPython's node shape and spans")
    {
        for (auto const& c : shape_cases) {
            CAPTURE(c.source);
            auto result = minipy::parse(c.source, minipy::ParseMode::Exec);
            REQUIRE_MESSAGE(!result.error, (result.error ? result.error->msg : ""));
            CHECK(minipy::dump_ast(*result.module, minipy::DumpAttributes::Yes) == c.dump);
        }
    }

    TEST_CASE("syntax errors have CPython's class, message, location and text")
    {
        for (auto const& c : error_cases) {
            CAPTURE(c.source);
            auto result = minipy::parse(c.source, minipy::ParseMode::Exec);
            REQUIRE(result.error);
            auto const& e = *result.error;
            CHECK(std::string(kind_name(e.kind)) == c.kind);
            CHECK(e.msg == c.msg);
            CHECK(e.lineno == c.lineno);
            CHECK(e.offset == c.offset);
            CHECK(e.end_lineno == c.end_lineno);
            CHECK(e.end_offset == c.end_offset);
            CHECK(e.text == c.text);
        }
    }
}''')
open(sys.argv[1], 'w').write('\n'.join(out) + '\n')
