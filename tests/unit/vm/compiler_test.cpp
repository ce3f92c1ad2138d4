// Unit tests for the compiler: scope analysis, opcode sequences, frame layout, stack sizes,
// exception tables and compile-time SyntaxErrors (messages and positions as CPython 3.11's).
#include "parser/parser.hpp"
#include "vm/compiler/compiler.hpp"
#include "vm/compiler/disassemble.hpp"
#include "vm/compiler/symtable.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <doctest/doctest.h>

#include "tests/unit/vm/test_vm.hpp"

#include <string>
#include <vector>

using namespace minipy;

namespace {

VM& test_vm()
{
    return testing::shared_vm();
}

CodeObject* compile_ok(std::string const& source, CompileMode mode = CompileMode::Exec)
{
    ParseMode pmode = mode == CompileMode::Eval ? ParseMode::Eval
        : mode == CompileMode::Single           ? ParseMode::Single
                                                : ParseMode::Exec;
    ParseResult parsed = parse(source, pmode);
    REQUIRE_MESSAGE(!parsed.error, (parsed.error ? parsed.error->msg : ""));
    auto code = compile_ast(test_vm(), parsed.module, "<test>", mode, source);
    if (code.is_error()) {
        Value exc = test_vm().take_exception();
        auto r = test_vm().repr(exc);
        FAIL("compile failed: " << (r.is_error() ? std::string("?")
                                                 : std::string(r.value()->view())));
    }
    return code.release_value();
}

struct CompileError {
    std::string type;
    std::string msg;
    int64_t lineno = -1;
    int64_t offset = -1;
};

int64_t int_attr(Value exc, char const* name)
{
    auto v = test_vm().getattr(exc, test_vm().intern(name));
    if (v.is_error()) {
        (void)test_vm().take_exception();
        return -1;
    }
    return v.value().is_small_int() ? v.value().as_small_int() : -1;
}

CompileError compile_error(std::string const& source)
{
    ParseResult parsed = parse(source, ParseMode::Exec);
    REQUIRE_MESSAGE(!parsed.error, (parsed.error ? parsed.error->msg : ""));
    auto code = compile_ast(test_vm(), parsed.module, "<test>", CompileMode::Exec, source);
    REQUIRE(code.is_error());
    Value exc = test_vm().take_exception();
    CompileError e;
    e.type = std::string(VM::type_of(exc)->m_name->view());
    // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
    TupleObject* args = static_cast<ExceptionObject*>(exc.as_object())->m_args;
    if (args && args->size() >= 1 && VM::type_of(args->at(0)) == types::str)
        e.msg = std::string(static_cast<StrObject*>(args->at(0).as_object())->view());
    if (args && args->size() >= 2 && VM::type_of(args->at(1)) == types::tuple) {
        auto* details = static_cast<TupleObject*>(args->at(1).as_object());
        if (details->size() >= 3 && details->at(1).is_small_int()
            && details->at(2).is_small_int()) {
            e.lineno = details->at(1).as_small_int();
            e.offset = details->at(2).as_small_int();
        }
    } else {
        e.lineno = int_attr(exc, "lineno");
        e.offset = int_attr(exc, "offset");
    }
    return e;
}

std::vector<std::string> opnames(CodeObject* code)
{
    static char const* const names[] = {
#define OP(name, effect, doc) #name,
#include "vm/opcodes.def"
#undef OP
    };
    std::vector<std::string> out;
    for (Instr i : code->m_code)
        out.push_back(names[static_cast<size_t>(instr_op(i))]);
    return out;
}

bool has_op(CodeObject* code, Op op)
{
    for (Instr i : code->m_code)
        if (instr_op(i) == op)
            return true;
    return false;
}

uint32_t arg_of_first(CodeObject* code, Op op)
{
    for (Instr i : code->m_code)
        if (instr_op(i) == op)
            return instr_arg(i);
    FAIL("opcode not found");
    return 0;
}

CodeObject* nested(CodeObject* code, std::string const& name)
{
    for (Value c : code->m_consts) {
        if (c.is_object() && VM::type_of(c) == types::code) {
            auto* inner = static_cast<CodeObject*>(c.as_object());
            if (inner->m_name->view() == name)
                return inner;
            if (CodeObject* deeper = nested(inner, name))
                return deeper;
        }
    }
    return nullptr;
}

std::vector<std::string> strs(std::vector<StrObject*> const& v)
{
    std::vector<std::string> out;
    for (auto* s : v)
        out.emplace_back(s->view());
    return out;
}

using Names = std::vector<std::string>;

compiler::Scope* find_scope(compiler::Scope* s, std::string const& name)
{
    if (s->name == name)
        return s;
    for (auto* c : s->children)
        if (auto* found = find_scope(c, name))
            return found;
    return nullptr;
}

} // namespace

TEST_SUITE("symbol table")
{
    TEST_CASE("function locals, implicit globals, cells and frees are classified as CPython does")
    {
        std::string src
            = "def f(a):\n    b = a\n    def g():\n        return b + c\n    return g\n";
        ParseResult parsed = parse(src, ParseMode::Exec);
        REQUIRE(parsed.module);
        std::optional<compiler::SymtableError> err;
        auto table = compiler::build_symtable(parsed.module, err);
        REQUIRE(table);
        auto* f = find_scope(table->top(), "f");
        auto* g = find_scope(table->top(), "g");
        REQUIRE(f);
        REQUIRE(g);
        CHECK(f->scope_of("a") == compiler::SymbolScope::Local);
        CHECK(f->scope_of("b") == compiler::SymbolScope::Cell);
        CHECK(g->scope_of("b") == compiler::SymbolScope::Free);
        CHECK(g->scope_of("c") == compiler::SymbolScope::GlobalImplicit);
        CHECK(table->top()->scope_of("f") == compiler::SymbolScope::Local);
    }

    TEST_CASE("class bodies are skipped when resolving free names of methods")
    {
        std::string src = "def f():\n    x = 1\n    class C:\n        x = 2\n        def "
                          "m(self):\n            return x\n    return C\n";
        ParseResult parsed = parse(src, ParseMode::Exec);
        std::optional<compiler::SymtableError> err;
        auto table = compiler::build_symtable(parsed.module, err);
        REQUIRE(table);
        CHECK(find_scope(table->top(), "f")->scope_of("x") == compiler::SymbolScope::Cell);
        auto* c = find_scope(table->top(), "C");
        CHECK(c->scope_of("x") == compiler::SymbolScope::Local);
        CHECK((c->flags_of("x") & compiler::DEF_FREE_CLASS) != 0);
        CHECK(find_scope(table->top(), "m")->scope_of("x") == compiler::SymbolScope::Free);
    }

    TEST_CASE("super() in a method gives the class an implicit __class__ cell")
    {
        std::string src = "class C:\n    def m(self):\n        return super().m()\n";
        ParseResult parsed = parse(src, ParseMode::Exec);
        std::optional<compiler::SymtableError> err;
        auto table = compiler::build_symtable(parsed.module, err);
        REQUIRE(table);
        CHECK(find_scope(table->top(), "C")->needs_class_closure);
        CHECK(find_scope(table->top(), "m")->scope_of("__class__") == compiler::SymbolScope::Free);
    }

    TEST_CASE("a walrus in a comprehension binds in the enclosing function")
    {
        std::string src = "def f(xs):\n    [y := x for x in xs]\n    return y\n";
        ParseResult parsed = parse(src, ParseMode::Exec);
        std::optional<compiler::SymtableError> err;
        auto table = compiler::build_symtable(parsed.module, err);
        REQUIRE(table);
        CHECK(find_scope(table->top(), "f")->scope_of("y") == compiler::SymbolScope::Cell);
        CHECK(find_scope(table->top(), "listcomp")->scope_of("y") == compiler::SymbolScope::Free);
    }

    TEST_CASE("private names are mangled inside classes")
    {
        CHECK(compiler::mangle("C", "__x") == "_C__x");
        CHECK(compiler::mangle("_C", "__x") == "_C__x");
        CHECK(compiler::mangle("C", "__x__") == "__x__");
        CHECK(compiler::mangle("___", "__x") == "__x");
        CHECK(compiler::mangle("", "__x") == "__x");
    }
}

TEST_SUITE("code generation")
{
    TEST_CASE("module code stores names and returns None")
    {
        CodeObject* code = compile_ok("x = 1\n");
        CHECK(opnames(code) == Names {"LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"});
        CHECK(strs(code->m_names) == Names {"x"});
        CHECK(code->m_name->view() == "<module>");
    }

    TEST_CASE("eval mode returns the expression and single mode prints it")
    {
        CHECK(opnames(compile_ok("a + 1", CompileMode::Eval))
            == Names {"LOAD_NAME", "LOAD_CONST", "BINARY_OP", "RETURN_VALUE"});
        CHECK(has_op(compile_ok("a\n", CompileMode::Single), Op::PRINT_EXPR));
    }

    TEST_CASE("function locals use fast slots with parameters first")
    {
        CodeObject* code
            = compile_ok("def f(a, b=2, *args, c, d=4, **kw):\n    e = a\n    return e\n");
        CodeObject* f = nested(code, "f");
        REQUIRE(f);
        CHECK(strs(f->m_varnames) == Names {"a", "b", "c", "d", "args", "kw", "e"});
        CHECK(f->m_argcount == 2);
        CHECK(f->m_kwonlyargcount == 2);
        CHECK((f->m_flags & CO_VARARGS) != 0);
        CHECK((f->m_flags & CO_VARKEYWORDS) != 0);
        CHECK(opnames(f)
            == Names {"LOAD_FAST", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE", "LOAD_CONST",
                "RETURN_VALUE"});
        // defaults tuple and kwdefaults dict
        CHECK(arg_of_first(code, Op::MAKE_FUNCTION) == 3);
    }

    TEST_CASE("closures: cells, frees, cell2arg and LOAD_CLOSURE")
    {
        CodeObject* code = compile_ok(
            "def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
        CodeObject* f = nested(code, "f");
        CodeObject* g = nested(code, "g");
        REQUIRE(f);
        REQUIRE(g);
        CHECK(strs(f->m_cellvars) == Names {"a", "b"});
        CHECK(f->m_cell2arg == std::vector<int32_t> {0, -1});
        CHECK(strs(g->m_freevars) == Names {"a", "b"});
        CHECK(arg_of_first(g, Op::LOAD_DEREF) == 0);
        CHECK(has_op(f, Op::LOAD_CLOSURE));
        CHECK(arg_of_first(f, Op::MAKE_FUNCTION) == 8);
        CHECK(g->m_qualname->view() == "f.<locals>.g");
    }

    TEST_CASE("class bodies use the name protocol and publish __classcell__")
    {
        CodeObject* code = compile_ok(
            "class C(B, metaclass=M):\n    'doc'\n    def m(self):\n        return super().m()\n");
        CodeObject* c = nested(code, "C");
        REQUIRE(c);
        auto ops = opnames(c);
        CHECK(ops[0] == "LOAD_NAME"); // __name__
        CHECK(ops[1] == "STORE_NAME"); // __module__
        CHECK(strs(c->m_cellvars) == Names {"__class__"});
        CHECK(has_op(c, Op::LOAD_CLOSURE));
        CHECK(ops[ops.size() - 2] == "LOAD_CONST");
        CHECK(ops.back() == "RETURN_VALUE");
        CodeObject* m = nested(code, "m");
        CHECK(m->m_qualname->view() == "C.m");
        CHECK(strs(m->m_freevars) == Names {"__class__"});
        CHECK(has_op(code, Op::LOAD_BUILD_CLASS));
        CHECK(has_op(code, Op::KW_NAMES));
    }

    TEST_CASE("calls: plain, keyword, method and star forms")
    {
        CHECK(opnames(compile_ok("f(a, k=1)\n"))
            == Names {"LOAD_NAME", "PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "KW_NAMES", "CALL",
                "POP_TOP", "LOAD_CONST", "RETURN_VALUE"});
        CHECK(opnames(compile_ok("o.m(1)\n"))
            == Names {"LOAD_NAME", "LOAD_METHOD", "LOAD_CONST", "CALL", "POP_TOP", "LOAD_CONST",
                "RETURN_VALUE"});
        CodeObject* star = compile_ok("f(*a, **k)\n");
        CHECK(arg_of_first(star, Op::CALL_FUNCTION_EX) == 1);
        // A lone *a goes to CALL_FUNCTION_EX as is (CPython names f in the error for a
        // non-iterable); mixed positionals are collected into a tuple.
        CHECK_FALSE(has_op(star, Op::LIST_TO_TUPLE));
        CHECK(has_op(star, Op::DICT_MERGE));
        CHECK(has_op(compile_ok("f(1, *a)\n"), Op::LIST_TO_TUPLE));
    }

    TEST_CASE("loops: JUMP_BACKWARD on every back edge and break pops the iterator")
    {
        CodeObject* code = compile_ok("for x in y:\n    if x:\n        break\n    continue\n");
        auto ops = opnames(code);
        CHECK(ops[0] == "LOAD_NAME");
        CHECK(ops[1] == "GET_ITER");
        CHECK(ops[2] == "FOR_ITER");
        for (size_t i = 0; i < code->m_code.size(); ++i) {
            Op op = instr_op(code->m_code[i]);
            if (op == Op::JUMP_FORWARD)
                CHECK(instr_arg(code->m_code[i]) > i);
            if (op == Op::JUMP_BACKWARD)
                CHECK(instr_arg(code->m_code[i]) <= i);
        }
        CodeObject* w = compile_ok("while True:\n    pass\n");
        CHECK(opnames(w)[0] == "JUMP_BACKWARD");
    }

    TEST_CASE("try/except produces a handler, a cleanup handler and the name cleanup")
    {
        CodeObject* code = compile_ok("try:\n    f()\nexcept E as e:\n    g(e)\n");
        REQUIRE(code->m_exception_table.size() >= 3);
        auto const& body = code->m_exception_table[0];
        CHECK(body.start == 0);
        CHECK(body.depth == 0);
        CHECK(instr_op(code->m_code[body.target]) == Op::PUSH_EXC_INFO);
        CHECK(has_op(code, Op::CHECK_EXC_MATCH));
        CHECK(has_op(code, Op::DELETE_NAME));
        // Cleanup handlers restore the previous exception: COPY 2; POP_EXCEPT; RERAISE.
        bool found_cleanup = false;
        for (auto const& e : code->m_exception_table) {
            if (instr_op(code->m_code[e.target]) == Op::COPY) {
                CHECK(instr_arg(code->m_code[e.target]) == 2);
                CHECK(instr_op(code->m_code[e.target + 1]) == Op::POP_EXCEPT);
                CHECK(e.depth == 1);
                found_cleanup = true;
            }
        }
        CHECK(found_cleanup);
    }

    TEST_CASE("handler depth counts the iterator of an enclosing for loop")
    {
        CodeObject* code
            = compile_ok("for x in y:\n    try:\n        f()\n    finally:\n        g()\n");
        REQUIRE(!code->m_exception_table.empty());
        CHECK(code->m_exception_table[0].depth == 1);
    }

    TEST_CASE("with calls __exit__(None, None, None) on the normal path")
    {
        CodeObject* code = compile_ok("with m as v:\n    f()\n");
        CHECK(has_op(code, Op::BEFORE_WITH));
        CHECK(has_op(code, Op::WITH_EXCEPT_START));
        REQUIRE(!code->m_exception_table.empty());
        CHECK(code->m_exception_table[0].depth == 1);
    }

    TEST_CASE("return inside finally-protected code runs the finally body inline")
    {
        CodeObject* code = compile_ok("def f():\n    for x in y:\n        try:\n            return "
                                      "x\n        finally:\n            g()\n");
        CodeObject* f = nested(code, "f");
        auto ops = opnames(f);
        // LOAD_FAST x; <g()>; SWAP 2; POP_TOP (the iterator); RETURN_VALUE
        bool found = false;
        for (size_t i = 0; i + 2 < ops.size(); ++i)
            if (ops[i] == "SWAP" && ops[i + 1] == "POP_TOP" && ops[i + 2] == "RETURN_VALUE")
                found = true;
        CHECK(found);
    }

    TEST_CASE("comprehensions are nested functions taking .0")
    {
        CodeObject* code = compile_ok("z = [i * 2 for i in r if i]\n");
        CodeObject* lc = nested(code, "<listcomp>");
        REQUIRE(lc);
        CHECK(lc->m_argcount == 1);
        CHECK(strs(lc->m_varnames)[0] == ".0");
        CHECK(arg_of_first(lc, Op::LIST_APPEND) == 2);
        CHECK(opnames(code)[0] == "LOAD_CONST");
        CHECK(opnames(code)[1] == "MAKE_FUNCTION");
        CodeObject* gen = nested(compile_ok("g = (x for x in y)\n"), "<genexpr>");
        REQUIRE(gen);
        CHECK((gen->m_flags & CO_GENERATOR) != 0);
    }

    TEST_CASE("generators are flagged and yield from uses SEND")
    {
        CodeObject* f = nested(compile_ok("def f():\n    yield 1\n    yield from g()\n"), "f");
        CHECK((f->m_flags & CO_GENERATOR) != 0);
        CHECK(has_op(f, Op::SEND));
        CHECK(has_op(f, Op::GET_YIELD_FROM_ITER));
    }

    TEST_CASE("stack size covers the deepest expression")
    {
        CodeObject* code = compile_ok("x = f(a, b, (c, d + e))\n");
        // f NULL a b c d e -> 7 values
        CHECK(code->m_stacksize >= 7);
        CHECK(code->m_stacksize <= 9);
    }

    TEST_CASE("unpacking: UNPACK_SEQUENCE and UNPACK_EX")
    {
        CHECK(arg_of_first(compile_ok("a, b = c\n"), Op::UNPACK_SEQUENCE) == 2);
        CHECK(arg_of_first(compile_ok("a, *b, c, d = e\n"), Op::UNPACK_EX) == (1u | (2u << 8)));
    }

    TEST_CASE("imports follow CPython 3.11's sequences")
    {
        CHECK(opnames(compile_ok("import a.b.c as d\n"))
            == Names {"LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_FROM", "SWAP", "POP_TOP",
                "IMPORT_FROM", "STORE_NAME", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"});
        CHECK(opnames(compile_ok("from x import a, b as c\n"))
            == Names {"LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_FROM", "STORE_NAME",
                "IMPORT_FROM", "STORE_NAME", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"});
    }

    TEST_CASE("constant tuples are folded and constants deduplicated")
    {
        CodeObject* code = compile_ok("x = (1, 2, -3)\ny = 1\n");
        CHECK(opnames(code)[0] == "LOAD_CONST");
        CHECK(VM::type_of(code->m_consts[0]) == types::tuple);
    }

    TEST_CASE("positions are those of the node each instruction implements")
    {
        CodeObject* code = compile_ok("x = 1\ny = a.b(c)\n");
        size_t call = 0;
        for (size_t i = 0; i < code->m_code.size(); ++i)
            if (instr_op(code->m_code[i]) == Op::CALL)
                call = i;
        CHECK(code->m_positions[call].line == 2);
        CHECK(code->m_positions[call].col == 4);
        CHECK(code->m_positions[call].end_col == 10);
    }

    TEST_CASE("the disassembler names opcodes and resolves arguments")
    {
        std::string text = disassemble(test_vm(), compile_ok("def f(a):\n    return a + 1\n"));
        CHECK(text.find("MAKE_FUNCTION") != std::string::npos);
        CHECK(text.find("LOAD_FAST") != std::string::npos);
        CHECK(text.find("(a)") != std::string::npos);
        CHECK(text.find("Disassembly of <code object f") != std::string::npos);
    }
}

TEST_SUITE("compile-time errors")
{
    TEST_CASE("statements in the wrong place")
    {
        auto e = compile_error("return 1\n");
        CHECK(e.msg == "'return' outside function");
        CHECK(e.lineno == 1);
        CHECK(e.offset == 1);
        e = compile_error("  \nbreak\n");
        CHECK(e.msg == "'break' outside loop");
        CHECK(e.lineno == 2);
        CHECK(compile_error("for x in y:\n    pass\ncontinue\n").msg
            == "'continue' not properly in loop");
        e = compile_error("x = 1\nif x:\n    yield 2\n");
        CHECK(e.msg == "'yield' outside function");
        CHECK(e.lineno == 3);
        CHECK(e.offset == 5);
    }

    TEST_CASE("keyword and starred errors")
    {
        auto e = compile_error("f(a=1, b=2, a=3)\n");
        CHECK(e.msg == "keyword argument repeated: a");
        CHECK(e.offset == 13);
        CHECK(compile_error("a, *b, *c = d\n").msg == "multiple starred expressions in assignment");
        CHECK(compile_error("print(*a)\n*a\n").msg == "can't use starred expression here");
    }

    TEST_CASE("global and nonlocal declarations")
    {
        CHECK(compile_error("def f():\n    x = 1\n    global x\n").msg
            == "name 'x' is assigned to before global declaration");
        CHECK(compile_error("def f():\n    print(x)\n    global x\n").msg
            == "name 'x' is used prior to global declaration");
        CHECK(compile_error("def f(x):\n    global x\n").msg == "name 'x' is parameter and global");
        CHECK(compile_error("nonlocal x\n").msg
            == "nonlocal declaration not allowed at module level");
        auto e = compile_error("def f():\n    nonlocal x\n");
        CHECK(e.msg == "no binding for nonlocal 'x' found");
        CHECK(e.lineno == 2);
        CHECK(e.offset == 5);
        e = compile_error("def f(x, *, x): pass\n");
        CHECK(e.msg == "duplicate argument 'x' in function definition");
        CHECK(e.offset == 13);
        CHECK(compile_error("def f():\n    from os import *\n").msg
            == "import * only allowed at module level");
    }

    TEST_CASE("too many statically nested blocks")
    {
        std::string src;
        for (int i = 0; i < 21; ++i)
            src += std::string(2 * i, ' ') + "for x in y:\n";
        src += std::string(42, ' ') + "pass\n";
        auto e = compile_error(src);
        CHECK(e.msg == "too many statically nested blocks");
        CHECK(e.lineno == 21);
    }

    TEST_CASE("walrus restrictions in comprehensions")
    {
        CHECK(compile_error("[x for x in (y := [1])]\n").msg
            == "assignment expression cannot be used in a comprehension iterable expression");
        CHECK(compile_error("[(x := 1) for x in z]\n").msg
            == "assignment expression cannot rebind comprehension iteration variable 'x'");
    }
}
