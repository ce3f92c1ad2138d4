// Parser node shapes and spans, checked against CPython 3.11 `ast.dump(...,
// include_attributes=True)`. Generated from CPython 3.11 output by
// tests/unit/parser/gen_expectations.py; regenerate after changing the cases there.
#include "parser/ast_dump.hpp"
#include "parser/parser.hpp"

#include <doctest/doctest.h>

namespace {

struct ShapeCase {
    char const* source;
    char const* dump;
};

ShapeCase const shape_cases[]
    = {
        {R"PY(x = 1
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(x = y = 2
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='y', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(a, b = b, a
)PY",
            R"PY(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], value=Tuple(elts=[Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY([a, *b] = c
)PY",
            R"PY(Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(x += 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x: int = 3
)PY",
            R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY(x.y: int
)PY",
            R"PY(Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY((x): int = 1
)PY",
            R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))PY"},
        {R"PY(a[1]: str
)PY",
            R"PY(Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), annotation=Name(id='str', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(del a, b[1], c.d
)PY",
            R"PY(Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[]))PY"},
        {R"PY(del (a, b)
)PY",
            R"PY(Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Del(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY(assert x, "msg"
)PY",
            R"PY(Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), msg=Constant(value='msg', lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))PY"},
        {R"PY(assert x
)PY",
            R"PY(Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(raise
)PY",
            R"PY(Module(body=[Raise(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(raise X
)PY",
            R"PY(Module(body=[Raise(exc=Name(id='X', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(raise X from Y
)PY",
            R"PY(Module(body=[Raise(exc=Name(id='X', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cause=Name(id='Y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[]))PY"},
        {R"PY(return
)PY",
            R"PY(Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(global a, b
)PY",
            R"PY(Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(nonlocal a
)PY",
            R"PY(Module(body=[Nonlocal(names=['a'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY(import a.b.c as d, e
)PY",
            R"PY(Module(body=[Import(names=[alias(name='a.b.c', asname='d', lineno=1, col_offset=7, end_lineno=1, end_col_offset=17), alias(name='e', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[]))PY"},
        {R"PY(from ..x import (a as b, c)
)PY",
            R"PY(Module(body=[ImportFrom(module='x', names=[alias(name='a', asname='b', lineno=1, col_offset=17, end_lineno=1, end_col_offset=23), alias(name='c', lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], level=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[]))PY"},
        {R"PY(from . import *
)PY",
            R"PY(Module(body=[ImportFrom(names=[alias(name='*', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))PY"},
        {R"PY(from .a.b import c
)PY",
            R"PY(Module(body=[ImportFrom(module='a.b', names=[alias(name='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[]))PY"},
        {R"PY(from ... import x
)PY",
            R"PY(Module(body=[ImportFrom(names=[alias(name='x', lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)], level=3, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(pass; break; continue
)PY",
            R"PY(Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), Break(lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), Continue(lineno=1, col_offset=13, end_lineno=1, end_col_offset=21)], type_ignores=[]))PY"},
        {R"PY(if x: pass
)PY",
            R"PY(Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=1, col_offset=6, end_lineno=1, end_col_offset=10)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY(if x:
    pass
elif y:
    pass
else:
    pass
)PY",
            R"PY(Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='y', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(while x:
    y()
else:
    z()
)PY",
            R"PY(Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Expr(value=Call(func=Name(id='y', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), args=[], keywords=[], lineno=2, col_offset=4, end_lineno=2, end_col_offset=7), lineno=2, col_offset=4, end_lineno=2, end_col_offset=7)], orelse=[Expr(value=Call(func=Name(id='z', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), args=[], keywords=[], lineno=4, col_offset=4, end_lineno=4, end_col_offset=7), lineno=4, col_offset=4, end_lineno=4, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(for i, j in x:
    pass
else:
    pass
)PY",
            R"PY(Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='j', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(try:
    pass
except (A, B) as e:
    pass
except C:
    pass
except:
    pass
else:
    pass
finally:
    pass
)PY",
            R"PY(Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), Name(id='B', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)], ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=13), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(type=Name(id='C', ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=8), body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8), ExceptHandler(body=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=8)], orelse=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], finalbody=[Pass(lineno=12, col_offset=4, end_lineno=12, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=12, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(try:
    x
finally:
    y
)PY",
            R"PY(Module(body=[Try(body=[Expr(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], handlers=[], orelse=[], finalbody=[Expr(value=Name(id='y', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(with a as b, c as d:
    pass
)PY",
            R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), optional_vars=Name(id='d', ctx=Store(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(with (a as b, c as d):
    pass
)PY",
            R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), optional_vars=Name(id='d', ctx=Store(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(with (a, b):
    pass
)PY",
            R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(with a:
    pass
)PY",
            R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(@dec
@dec2(1)
def f(x: int = 1, *args: str, y, z=2, **kw) -> None:
    """doc"""
    return x
)PY",
            R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=9, end_lineno=3, end_col_offset=12), lineno=3, col_offset=6, end_lineno=3, end_col_offset=12)], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load(), lineno=3, col_offset=25, end_lineno=3, end_col_offset=28), lineno=3, col_offset=19, end_lineno=3, end_col_offset=28), kwonlyargs=[arg(arg='y', lineno=3, col_offset=30, end_lineno=3, end_col_offset=31), arg(arg='z', lineno=3, col_offset=33, end_lineno=3, end_col_offset=34)], kw_defaults=[None, Constant(value=2, lineno=3, col_offset=35, end_lineno=3, end_col_offset=36)], kwarg=arg(arg='kw', lineno=3, col_offset=40, end_lineno=3, end_col_offset=42), defaults=[Constant(value=1, lineno=3, col_offset=15, end_lineno=3, end_col_offset=16)]), body=[Expr(value=Constant(value='doc', lineno=4, col_offset=4, end_lineno=4, end_col_offset=13), lineno=4, col_offset=4, end_lineno=4, end_col_offset=13), Return(value=Name(id='x', ctx=Load(), lineno=5, col_offset=11, end_lineno=5, end_col_offset=12), lineno=5, col_offset=4, end_lineno=5, end_col_offset=12)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Name(id='dec2', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=5), args=[Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], keywords=[], lineno=2, col_offset=1, end_lineno=2, end_col_offset=8)], returns=Constant(value=None, lineno=3, col_offset=47, end_lineno=3, end_col_offset=51), lineno=3, col_offset=0, end_lineno=5, end_col_offset=12)], type_ignores=[]))PY"},
        {R"PY(class A(B, C, metaclass=M, *bases, **kw):
    x = 1
    def m(self): ...
)PY",
            R"PY(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='C', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Starred(value=Name(id='bases', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=33), ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=33)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=14, end_lineno=1, end_col_offset=25), keyword(value=Name(id='kw', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=39), lineno=1, col_offset=35, end_lineno=1, end_col_offset=39)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=3, col_offset=10, end_lineno=3, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value=Ellipsis, lineno=3, col_offset=17, end_lineno=3, end_col_offset=20), lineno=3, col_offset=17, end_lineno=3, end_col_offset=20)], decorator_list=[], lineno=3, col_offset=4, end_lineno=3, end_col_offset=20)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=20)], type_ignores=[]))PY"},
        {R"PY(class A: pass
)PY",
            R"PY(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass(lineno=1, col_offset=9, end_lineno=1, end_col_offset=13)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY(lambda: 0
)PY",
            R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(lambda x, y=1, *a, z, **k: x
)PY",
            R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), arg(arg='y', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], vararg=arg(arg='a', lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), kwonlyargs=[arg(arg='z', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], kw_defaults=[None], kwarg=arg(arg='k', lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), defaults=[Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)]), body=Name(id='x', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], type_ignores=[]))PY"},
        {R"PY(lambda x, /, y: 0
)PY",
            R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='y', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(x if y else z
)PY",
            R"PY(Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), body=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), orelse=Name(id='z', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY(a or b or c and d and not e
)PY",
            R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), BoolOp(op=And(), values=[Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), UnaryOp(op=Not(), operand=Name(id='e', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), lineno=1, col_offset=22, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=10, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[]))PY"},
        {R"PY(a < b <= c == d != e > f >= g is h is not i in j not in k
)PY",
            R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='e', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Name(id='f', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), Name(id='g', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), Name(id='h', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), Name(id='i', ctx=Load(), lineno=1, col_offset=42, end_lineno=1, end_col_offset=43), Name(id='j', ctx=Load(), lineno=1, col_offset=47, end_lineno=1, end_col_offset=48), Name(id='k', ctx=Load(), lineno=1, col_offset=56, end_lineno=1, end_col_offset=57)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=57), lineno=1, col_offset=0, end_lineno=1, end_col_offset=57)], type_ignores=[]))PY"},
        {R"PY(a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
)PY",
            R"PY(Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=LShift(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=12, end_lineno=1, end_col_offset=18), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), op=Add(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), lineno=1, col_offset=22, end_lineno=1, end_col_offset=27), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), op=Mult(), right=Name(id='i', ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), lineno=1, col_offset=30, end_lineno=1, end_col_offset=35), op=Div(), right=Name(id='j', ctx=Load(), lineno=1, col_offset=38, end_lineno=1, end_col_offset=39), lineno=1, col_offset=30, end_lineno=1, end_col_offset=39), op=FloorDiv(), right=Name(id='k', ctx=Load(), lineno=1, col_offset=43, end_lineno=1, end_col_offset=44), lineno=1, col_offset=30, end_lineno=1, end_col_offset=44), op=Mod(), right=Name(id='l', ctx=Load(), lineno=1, col_offset=47, end_lineno=1, end_col_offset=48), lineno=1, col_offset=30, end_lineno=1, end_col_offset=48), op=MatMult(), right=Name(id='m', ctx=Load(), lineno=1, col_offset=51, end_lineno=1, end_col_offset=52), lineno=1, col_offset=30, end_lineno=1, end_col_offset=52), lineno=1, col_offset=22, end_lineno=1, end_col_offset=52), lineno=1, col_offset=12, end_lineno=1, end_col_offset=52), lineno=1, col_offset=8, end_lineno=1, end_col_offset=52), lineno=1, col_offset=4, end_lineno=1, end_col_offset=52), lineno=1, col_offset=0, end_lineno=1, end_col_offset=52), lineno=1, col_offset=0, end_lineno=1, end_col_offset=52)], type_ignores=[]))PY"},
        {R"PY(-a + +b - ~c
)PY",
            R"PY(Module(body=[Expr(value=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), op=Sub(), right=UnaryOp(op=Invert(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=10, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))PY"},
        {R"PY(a ** -b ** c
)PY",
            R"PY(Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), op=Pow(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12), lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))PY"},
        {R"PY(await_ = 1
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='await_', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY((x := 5)
)PY",
            R"PY(Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Constant(value=5, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=1, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY([y := f(x), y**2]
)PY",
            R"PY(Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[], lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), lineno=1, col_offset=1, end_lineno=1, end_col_offset=10), BinOp(left=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=Pow(), right=Constant(value=2, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=12, end_lineno=1, end_col_offset=16)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(f(x for x in y)
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))PY"},
        {R"PY(f(*a, *b, k=1, **c, **d)
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8)], keywords=[keyword(arg='k', value=Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), keyword(value=Name(id='c', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=15, end_lineno=1, end_col_offset=18), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=20, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[]))PY"},
        {R"PY([x for x in y if x if z for w in x]
)PY",
            R"PY(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), Name(id='z', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], is_async=0), comprehension(target=Name(id='w', ctx=Store(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=35), lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)], type_ignores=[]))PY"},
        {R"PY({x: y for x, y in z}
)PY",
            R"PY(Module(body=[Expr(value=DictComp(key=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Name(id='y', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='y', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), iter=Name(id='z', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[]))PY"},
        {R"PY({x for x in y}
)PY",
            R"PY(Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[]))PY"},
        {R"PY((x for x in y)
)PY",
            R"PY(Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[]))PY"},
        {R"PY({1: 2, **a, 3: 4}
)PY",
            R"PY(Module(body=[Expr(value=Dict(keys=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), None, Constant(value=3, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], values=[Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='a', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Constant(value=4, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY({1, 2, *a}
)PY",
            R"PY(Module(body=[Expr(value=Set(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY({}
)PY",
            R"PY(Module(body=[Expr(value=Dict(keys=[], values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], type_ignores=[]))PY"},
        {R"PY([]
)PY",
            R"PY(Module(body=[Expr(value=List(elts=[], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], type_ignores=[]))PY"},
        {R"PY(()
)PY",
            R"PY(Module(body=[Expr(value=Tuple(elts=[], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], type_ignores=[]))PY"},
        {R"PY((1,)
)PY",
            R"PY(Module(body=[Expr(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[]))PY"},
        {R"PY(1,
1, 2,
a[::2]
)PY",
            R"PY(Module(body=[Expr(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), Expr(value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), Constant(value=2, lineno=2, col_offset=3, end_lineno=2, end_col_offset=4)], ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), slice=Slice(step=Constant(value=2, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=3, col_offset=2, end_lineno=3, end_col_offset=5), ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=6), lineno=3, col_offset=0, end_lineno=3, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(a[1:2, 3]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value=3, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(a[:]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[]))PY"},
        {R"PY(a[1:]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(a[:2]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(upper=Constant(value=2, lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(a[::]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(a[1, 2]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Constant(value=2, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(a[*b]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(a[b:=1]
)PY",
            R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=NamedExpr(target=Name(id='b', ctx=Store(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(yield
)PY",
            R"PY(Module(body=[Expr(value=Yield(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(yield x
)PY",
            R"PY(Module(body=[Expr(value=Yield(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(yield x, y
)PY",
            R"PY(Module(body=[Expr(value=Yield(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY(yield from x
)PY",
            R"PY(Module(body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))PY"},
        {R"PY(x = yield
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(x = yield y
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(print(*a, sep='')
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8)], keywords=[keyword(arg='sep', value=Constant(value='', lineno=1, col_offset=14, end_lineno=1, end_col_offset=16), lineno=1, col_offset=10, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(f(a)(b)[c].d
)PY",
            R"PY(Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), slice=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), attr='d', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))PY"},
        {R"PY(x = 1; y = 2;
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], value=Constant(value=2, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12)], type_ignores=[]))PY"},
        {R"PY(match = 1
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(match.x = 2
)PY",
            R"PY(Module(body=[Assign(targets=[Attribute(value=Name(id='match', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), attr='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], value=Constant(value=2, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(case = 3
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='case', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], value=Constant(value=3, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(_ = 4
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='_', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=4, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY('abc' 'def'
b'abc' b'def'
)PY",
            R"PY(Module(body=[Expr(value=Constant(value='abcdef', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Expr(value=Constant(value=b'abcdef', lineno=2, col_offset=0, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lineno=2, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY('\x41\u00e9\U0001F600\101\n\t\\'
)PY",
            R"PY(Module(body=[Expr(value=Constant(value='Aé😀A\n\t\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[]))PY"},
        {R"PY(r'\n\t'
b'\x00\xff'
)PY",
            R"PY(Module(body=[Expr(value=Constant(value='\\n\\t', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), Expr(value=Constant(value=b'\x00\xff', lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(rb'\x'
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=b'\\x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY("""tri
ple"""
'''a\
b'''
'a\
b'
)PY",
            R"PY(Module(body=[Expr(value=Constant(value='tri\nple', lineno=1, col_offset=0, end_lineno=2, end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, end_col_offset=6), Expr(value=Constant(value='ab', lineno=3, col_offset=0, end_lineno=4, end_col_offset=4), lineno=3, col_offset=0, end_lineno=4, end_col_offset=4), Expr(value=Constant(value='ab', lineno=5, col_offset=0, end_lineno=6, end_col_offset=2), lineno=5, col_offset=0, end_lineno=6, end_col_offset=2)], type_ignores=[]))PY"},
        {R"PY(f"x{a}y{b!r}z{c:>10}"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), Constant(value='y', lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), Constant(value='z', lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[]))PY"},
        {R"PY(f"{x=}"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(f"{x = }"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(f"{x=!s}"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(f"{x=:>10}"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(f"{a:{b}.{c}}"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), Constant(value='.', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[]))PY"},
        {R"PY(f"{{}} {{x}}"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} {x}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY(f"{'a'}" 'b' f"c"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), Constant(value='bc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(f'{"nested"}'
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='nested', lineno=1, col_offset=3, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY(f"""{a
+ b}"""
rf"\n{x}"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Name(id='b', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), lineno=1, col_offset=5, end_lineno=2, end_col_offset=3), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=7), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7), Expr(value=JoinedStr(values=[Constant(value='\\n', lineno=3, col_offset=0, end_lineno=3, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), conversion=-1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=9)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=9), lineno=3, col_offset=0, end_lineno=3, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(f""
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[]))PY"},
        {R"PY(f"abc"
)PY",
            R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x = f"{a!r:^{width}}"
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, format_spec=JoinedStr(values=[Constant(value='^', lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='width', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=18), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[]))PY"},
        {R"PY(0x_1f + 0o17 + 0b1_0 + 1_000
)PY",
            R"PY(Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=Constant(value=31, lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=15, lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), op=Add(), right=Constant(value=2, lineno=1, col_offset=15, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), op=Add(), right=Constant(value=1000, lineno=1, col_offset=23, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], type_ignores=[]))PY"},
        {R"PY(123456789012345678901234567890
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=123456789012345678901234567890, lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[]))PY"},
        {R"PY(0xffffffffffffffffffff
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=1208925819614629174706175, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[]))PY"},
        {R"PY(9223372036854775807
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=9223372036854775807, lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[]))PY"},
        {R"PY(9223372036854775808
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=9223372036854775808, lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[]))PY"},
        {R"PY(1.5 + .5 + 5. + 1e10 + 1E-5 + 1_0.0_1e1_0
)PY",
            R"PY(Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.5, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), op=Add(), right=Constant(value=0.5, lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), op=Add(), right=Constant(value=5.0, lineno=1, col_offset=11, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), op=Add(), right=Constant(value=10000000000.0, lineno=1, col_offset=16, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), op=Add(), right=Constant(value=1e-05, lineno=1, col_offset=23, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27), op=Add(), right=Constant(value=100100000000.0, lineno=1, col_offset=30, end_lineno=1, end_col_offset=41), lineno=1, col_offset=0, end_lineno=1, end_col_offset=41), lineno=1, col_offset=0, end_lineno=1, end_col_offset=41)], type_ignores=[]))PY"},
        {R"PY(1j + 1.5j + 1e3J
)PY",
            R"PY(Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value=1j, lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), op=Add(), right=Constant(value=1.5j, lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), op=Add(), right=Constant(value=1000j, lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[]))PY"},
        {R"PY(0.1
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=0.1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[]))PY"},
        {R"PY(1e400
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=inf, lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(00
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], type_ignores=[]))PY"},
        {R"PY(0_0
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[]))PY"},
        {R"PY(0.0
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=0.0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[]))PY"},
        {R"PY(...
)PY",
            R"PY(Module(body=[Expr(value=Constant(value=Ellipsis, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[]))PY"},
        {R"PY(None, True, False
)PY",
            R"PY(Module(body=[Expr(value=Tuple(elts=[Constant(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), Constant(value=True, lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), Constant(value=False, lineno=1, col_offset=12, end_lineno=1, end_col_offset=17)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(not not x
)PY",
            R"PY(Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(-1
)PY",
            R"PY(Module(body=[Expr(value=UnaryOp(op=USub(), operand=Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], type_ignores=[]))PY"},
        {R"PY(a.b.c.d
)PY",
            R"PY(Module(body=[Expr(value=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), attr='c', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), attr='d', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(x = (
    1,
    2,
)
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), Constant(value=2, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], ctx=Load(), lineno=1, col_offset=4, end_lineno=4, end_col_offset=1), lineno=1, col_offset=0, end_lineno=4, end_col_offset=1)], type_ignores=[]))PY"},
        {R"PY(def f(
    a,
    b,
):
    pass
)PY",
            R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), arg(arg='b', lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=5, col_offset=4, end_lineno=5, end_col_offset=8)], decorator_list=[], lineno=1, col_offset=0, end_lineno=5, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(if x:
    # comment
    y

    z
)PY",
            R"PY(Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Expr(value=Name(id='y', ctx=Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), Expr(value=Name(id='z', ctx=Load(), lineno=5, col_offset=4, end_lineno=5, end_col_offset=5), lineno=5, col_offset=4, end_lineno=5, end_col_offset=5)], orelse=[], lineno=1, col_offset=0, end_lineno=5, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(\
x = 1
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(x = 1 + \
    2
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(if True:
	pass
)PY",
            R"PY(Module(body=[If(test=Constant(value=True, lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), body=[Pass(lineno=2, col_offset=1, end_lineno=2, end_col_offset=5)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[]))PY"},
        {R"PY(if a:
    if b:
        c
)PY",
            R"PY(Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[If(test=Name(id='b', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), body=[Expr(value=Name(id='c', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9)], orelse=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=9)], orelse=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(d
)PY",
            R"PY(Module(body=[Expr(value=Name(id='d', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], type_ignores=[]))PY"},
        {R"PY(def f(*, a): pass
)PY",
            R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kw_defaults=[None], defaults=[]), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(def f(a, *, b=1): pass
)PY",
            R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[arg(arg='b', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], kw_defaults=[Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], defaults=[]), body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[]))PY"},
        {R"PY(def f(**kw,): pass
)PY",
            R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kw', lineno=1, col_offset=8, end_lineno=1, end_col_offset=10), defaults=[]), body=[Pass(lineno=1, col_offset=14, end_lineno=1, end_col_offset=18)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[]))PY"},
        {R"PY(def f(*a,): pass
)PY",
            R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=1, col_offset=12, end_lineno=1, end_col_offset=16)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[]))PY"},
        {R"PY(class C(): pass
)PY",
            R"PY(Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass(lineno=1, col_offset=11, end_lineno=1, end_col_offset=15)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))PY"},
        {R"PY(x = [
  1, 2
]
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=4, end_lineno=3, end_col_offset=1), lineno=1, col_offset=0, end_lineno=3, end_col_offset=1)], type_ignores=[]))PY"},
        {R"PY(x = a if b else c if d else e
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=IfExp(test=Name(id='d', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), body=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), orelse=Name(id='e', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=16, end_lineno=1, end_col_offset=29), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[]))PY"},
        {R"PY(f(a)(b)
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(a = b = c = d
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], value=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY(x = *a, *b
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY(for x in *a, *b: pass
)PY",
            R"PY(Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=15)], ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=15), body=[Pass(lineno=1, col_offset=17, end_lineno=1, end_col_offset=21)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[]))PY"},
        {R"PY(x = not a == b
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ops=[Eq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=8, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[]))PY"},
        {R"PY(x = -a ** 2
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Pow(), right=Constant(value=2, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(x = (yield)
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(lineno=1, col_offset=5, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(x = [*a]
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))PY"},
        {R"PY(print(f"{x!r}")
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=114, lineno=1, col_offset=6, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=14)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))PY"},
        {R"PY(x = {**a}
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Dict(keys=[None], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
        {R"PY(del x,
x = lambda: (yield)
)PY",
            R"PY(Module(body=[Delete(targets=[Name(id='x', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield(lineno=2, col_offset=13, end_lineno=2, end_col_offset=18), lineno=2, col_offset=4, end_lineno=2, end_col_offset=19), lineno=2, col_offset=0, end_lineno=2, end_col_offset=19)], type_ignores=[]))PY"},
        {R"PY(x @= 2
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=MatMult(), value=Constant(value=2, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x //= 2
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=FloorDiv(), value=Constant(value=2, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(x **= 2
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Pow(), value=Constant(value=2, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(x >>= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=RShift(), value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(x <<= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=LShift(), value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
        {R"PY(x ^= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=BitXor(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x |= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=BitOr(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x &= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=BitAnd(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x %= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Mod(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x /= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Div(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x *= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Mult(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x -= 1
)PY",
            R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Sub(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY"},
        {R"PY(x = 1 if 2 else 3
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=Constant(value=2, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=Constant(value=3, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))PY"},
        {R"PY(assert (x, y)
)PY",
            R"PY(Module(body=[Assert(test=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='y', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY(import a, b
)PY",
            R"PY(Module(body=[Import(names=[alias(name='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), alias(name='b', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
        {R"PY(from a import b, c
)PY",
            R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), alias(name='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[]))PY"},
        {R"PY(from a import (b,)
)PY",
            R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[]))PY"},
        {R"PY(if (n := len(a)) > 10: pass
)PY",
            R"PY(Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Call(func=Name(id='len', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], keywords=[], lineno=1, col_offset=9, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), ops=[Gt()], comparators=[Constant(value=10, lineno=1, col_offset=19, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=21), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[]))PY"},
        {R"PY(x = [i for i in range(10) if (y := i)]
)PY",
            R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=21), args=[Constant(value=10, lineno=1, col_offset=22, end_lineno=1, end_col_offset=24)], keywords=[], lineno=1, col_offset=16, end_lineno=1, end_col_offset=25), ifs=[NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), value=Name(id='i', ctx=Load(), lineno=1, col_offset=35, end_lineno=1, end_col_offset=36), lineno=1, col_offset=30, end_lineno=1, end_col_offset=36)], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=38), lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)], type_ignores=[]))PY"},
        {R"PY(def f(a, b=1, /, c=2): pass
)PY",
            R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], args=[arg(arg='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Constant(value=2, lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)]), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[]))PY"},
        {R"PY(f(a, b=1, *c)
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=12)], keywords=[keyword(arg='b', value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY"},
        {R"PY(f(a=1, *b)
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='a', value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PY"},
        {R"PY(f(**a, c=1)
)PY",
            R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[], keywords=[keyword(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
};

struct ErrorCase {
    char const* source;
    char const* kind;
    char const* msg;
    int lineno, offset, end_lineno, end_offset;
    char const* text;
};

ErrorCase const error_cases[] = {
    {R"PY(x = (1 2)PY", "SyntaxError", R"PY('(' was never closed)PY", 1, 5, 1, 0, R"PY(x = (1 2
)PY"},
    {R"PY(x = (1,)PY", "SyntaxError", R"PY('(' was never closed)PY", 1, 5, 1, 0, R"PY(x = (1,
)PY"},
    {R"PY(foo()PY", "SyntaxError", R"PY('(' was never closed)PY", 1, 4, 1, 0, R"PY(foo(
)PY"},
    {R"PY(x
  y)PY",
        "IndentationError", R"PY(unexpected indent)PY", 2, 2, 2, -1, R"PY(  y
)PY"},
    {R"PY(if x:
    y
  z)PY",
        "IndentationError", R"PY(unindent does not match any outer indentation level)PY", 3, 4, 3,
        -1, R"PY(  z
)PY"},
    {R"PY(if x:
  y
	z)PY",
        "TabError", R"PY(inconsistent use of tabs and spaces in indentation)PY", 3, 1, 3, 0,
        R"PY(	z
)PY"},
    {R"PY(if x:
pass)PY",
        "IndentationError", R"PY(expected an indented block after 'if' statement on line 1)PY", 2,
        1, 2, 5, R"PY(pass
)PY"},
    {R"PY(x = 1 +)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 8, 1, 8, R"PY(x = 1 +
)PY"},
    {R"PY(x = 'abc)PY", "SyntaxError", R"PY(unterminated string literal (detected at line 1))PY", 1,
        5, 1, 5, R"PY(x = 'abc)PY"},
    {R"PY(x = '''abc

def)PY",
        "SyntaxError", R"PY(unterminated triple-quoted string literal (detected at line 3))PY", 1,
        5, 1, 5, R"PY(x = '''abc)PY"},
    {R"PY(1abc)PY", "SyntaxError", R"PY(invalid decimal literal)PY", 1, 1, 1, 1, R"PY(1abc)PY"},
    {R"PY(012)PY", "SyntaxError",
        R"PY(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)PY",
        1, 1, 1, 2, R"PY(012)PY"},
    {R"PY(0x)PY", "SyntaxError", R"PY(invalid hexadecimal literal)PY", 1, 2, 1, 2, R"PY(0x)PY"},
    {R"PY(0o8)PY", "SyntaxError", R"PY(invalid digit '8' in octal literal)PY", 1, 3, 1, 3,
        R"PY(0o8)PY"},
    {R"PY(0b2)PY", "SyntaxError", R"PY(invalid digit '2' in binary literal)PY", 1, 3, 1, 3,
        R"PY(0b2)PY"},
    {R"PY(1_)PY", "SyntaxError", R"PY(invalid decimal literal)PY", 1, 2, 1, 2, R"PY(1_)PY"},
    {R"PY(1__0)PY", "SyntaxError", R"PY(invalid decimal literal)PY", 1, 2, 1, 2, R"PY(1__0)PY"},
    {R"PY(1e)PY", "SyntaxError", R"PY(invalid decimal literal)PY", 1, 1, 1, 1, R"PY(1e)PY"},
    {R"PY(0_7)PY", "SyntaxError",
        R"PY(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)PY",
        1, 1, 1, 3, R"PY(0_7)PY"},
    {R"PY(1 if 2)PY", "SyntaxError", R"PY(expected 'else' after 'if' expression)PY", 1, 1, 1, 7,
        R"PY(1 if 2
)PY"},
    {R"PY(a $ b)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 3, 1, 4, R"PY(a $ b
)PY"},
    {R"PY(x = €)PY", "SyntaxError", R"PY(invalid character '€' (U+20AC))PY", 1, 5, 1, 5,
        R"PY(x = €)PY"},
    {R"PY(x = 1 \ 2)PY", "SyntaxError",
        R"PY(unexpected character after line continuation character)PY", 1, 8, 1, 0, R"PY(x = 1 \ 2
)PY"},
    {R"PY(x = 1 \)PY", "SyntaxError", R"PY(unexpected EOF while parsing)PY", 1, 8, 1, -1,
        R"PY(x = 1 \
)PY"},
    {R"PY((1])PY", "SyntaxError",
        R"PY(closing parenthesis ']' does not match opening parenthesis '(')PY", 1, 3, 1, 3,
        R"PY((1])PY"},
    {R"PY((1
])PY",
        "SyntaxError",
        R"PY(closing parenthesis ']' does not match opening parenthesis '(' on line 1)PY", 2, 1, 2,
        1, R"PY(])PY"},
    {R"PY())PY", "SyntaxError", R"PY(unmatched ')')PY", 1, 1, 1, 1, R"PY())PY"},
    {R"PY(x = 1))PY", "SyntaxError", R"PY(unmatched ')')PY", 1, 6, 1, 6, R"PY(x = 1))PY"},
    {R"PY(f(**a, *b))PY", "SyntaxError",
        R"PY(iterable argument unpacking follows keyword argument unpacking)PY", 1, 8, 1, 9,
        R"PY(f(**a, *b)
)PY"},
    {R"PY(f(a=1, b))PY", "SyntaxError", R"PY(positional argument follows keyword argument)PY", 1, 9,
        1, 10, R"PY(f(a=1, b)
)PY"},
    {R"PY(def f(a=1, b): pass)PY", "SyntaxError",
        R"PY(non-default argument follows default argument)PY", 1, 12, 1, 13,
        R"PY(def f(a=1, b): pass
)PY"},
    {R"PY(f(x for x in y, 1))PY", "SyntaxError",
        R"PY(Generator expression must be parenthesized)PY", 1, 3, 1, 15, R"PY(f(x for x in y, 1)
)PY"},
    {R"PY(print "x")PY", "SyntaxError",
        R"PY(Missing parentheses in call to 'print'. Did you mean print(...)?)PY", 1, 1, 1, 10,
        R"PY(print "x"
)PY"},
    {R"PY(1 = x)PY", "SyntaxError",
        R"PY(cannot assign to literal here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1, 2,
        R"PY(1 = x
)PY"},
    {R"PY(f() = 1)PY", "SyntaxError",
        R"PY(cannot assign to function call here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1,
        4, R"PY(f() = 1
)PY"},
    {R"PY(a + b = 1)PY", "SyntaxError",
        R"PY(cannot assign to expression here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1, 6,
        R"PY(a + b = 1
)PY"},
    {R"PY(del 1)PY", "SyntaxError", R"PY(cannot delete literal)PY", 1, 5, 1, 6, R"PY(del 1
)PY"},
    {R"PY(True = 1)PY", "SyntaxError", R"PY(cannot assign to True)PY", 1, 1, 1, 5, R"PY(True = 1
)PY"},
    {R"PY(x y)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 3, 1, 4, R"PY(x y
)PY"},
    {R"PY(if x
  pass)PY",
        "SyntaxError", R"PY(expected ':')PY", 1, 5, 1, 5, R"PY(if x
)PY"},
    {R"PY(

(1, 2)PY",
        "SyntaxError", R"PY('(' was never closed)PY", 3, 1, 3, 0, R"PY((1, 2
)PY"},
    {R"PY([1, 2)PY", "SyntaxError", R"PY('[' was never closed)PY", 1, 1, 1, 0, R"PY([1, 2
)PY"},
    {R"PY({1)PY", "SyntaxError", R"PY('{' was never closed)PY", 1, 1, 1, 0, R"PY({1
)PY"},
    {R"PY(x
y = 1 \ 2)PY",
        "SyntaxError", R"PY(unexpected character after line continuation character)PY", 2, 8, 2, 0,
        R"PY(y = 1 \ 2
)PY"},
    {R"PY(if x:
    y
  zzz = 1)PY",
        "IndentationError", R"PY(unindent does not match any outer indentation level)PY", 3, 10, 3,
        -1, R"PY(  zzz = 1
)PY"},
    {R"PY(x = (1 2
))PY",
        "SyntaxError", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 6, 1, 9,
        R"PY(x = (1 2)PY"},
    {R"PY(x = b'abc)PY", "SyntaxError", R"PY(unterminated string literal (detected at line 1))PY",
        1, 5, 1, 5, R"PY(x = b'abc)PY"},
    {R"PY(a€b = 1)PY", "SyntaxError", R"PY(invalid character '€' (U+20AC))PY", 1, 2, 1, 2,
        R"PY(a€b = 1)PY"},
    {R"PY(x = 3 + '''abc)PY", "SyntaxError",
        R"PY(unterminated triple-quoted string literal (detected at line 1))PY", 1, 9, 1, 9,
        R"PY(x = 3 + '''abc)PY"},
    {R"PY(def f(:
  pass)PY",
        "SyntaxError", R"PY(invalid syntax)PY", 1, 7, 1, 8, R"PY(def f(:
)PY"},
    {R"PY(x = 1.5.3)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 8, 1, 10, R"PY(x = 1.5.3
)PY"},
    {R"PY(0x_)PY", "SyntaxError", R"PY(invalid hexadecimal literal)PY", 1, 3, 1, 3, R"PY(0x_)PY"},
    {R"PY(0o)PY", "SyntaxError", R"PY(invalid octal literal)PY", 1, 2, 1, 2, R"PY(0o)PY"},
    {R"PY(1_000_)PY", "SyntaxError", R"PY(invalid decimal literal)PY", 1, 6, 1, 6, R"PY(1_000_)PY"},
    {R"PY(0b1_)PY", "SyntaxError", R"PY(invalid binary literal)PY", 1, 4, 1, 4, R"PY(0b1_)PY"},
    {R"PY(1e+)PY", "SyntaxError", R"PY(invalid decimal literal)PY", 1, 3, 1, 3, R"PY(1e+)PY"},
    {R"PY(x = f"{}")PY", "SyntaxError", R"PY(f-string: empty expression not allowed)PY", 1, 10, 1,
        10, R"PY(x = f"{}"
)PY"},
    {R"PY(x = f"{a")PY", "SyntaxError", R"PY(f-string: expecting '}')PY", 1, 10, 1, 10,
        R"PY(x = f"{a"
)PY"},
    {R"PY(x = f"}")PY", "SyntaxError", R"PY(f-string: single '}' is not allowed)PY", 1, 9, 1, 9,
        R"PY(x = f"}"
)PY"},
    {R"PY(x = f"{a!x}")PY", "SyntaxError",
        R"PY(f-string: invalid conversion character: expected 's', 'r', or 'a')PY", 1, 13, 1, 13,
        R"PY(x = f"{a!x}"
)PY"},
    {R"PY(x = f"{a b}")PY", "SyntaxError",
        R"PY(f-string: invalid syntax. Perhaps you forgot a comma?)PY", 1, 2, 1, 5, R"PY((a b)
)PY"},
    {R"PY(x = f"{a:{b:{c}}}")PY", "SyntaxError", R"PY(f-string: expressions nested too deeply)PY",
        1, 19, 1, 19, R"PY(x = f"{a:{b:{c}}}"
)PY"},
    {R"PY(x = f"{")PY", "SyntaxError", R"PY(f-string: expecting '}')PY", 1, 9, 1, 9, R"PY(x = f"{"
)PY"},
    {R"PY(x = f"{!r}")PY", "SyntaxError", R"PY(f-string: expression required before '!')PY", 1, 12,
        1, 12, R"PY(x = f"{!r}"
)PY"},
    {R"PY(x = f() = 3)PY", "SyntaxError", R"PY(cannot assign to function call)PY", 1, 5, 1, 8,
        R"PY(x = f() = 3
)PY"},
    {R"PY((a, 1) = x)PY", "SyntaxError", R"PY(cannot assign to literal)PY", 1, 5, 1, 6,
        R"PY((a, 1) = x
)PY"},
    {R"PY(for 1 in x: pass)PY", "SyntaxError", R"PY(cannot assign to literal)PY", 1, 5, 1, 6,
        R"PY(for 1 in x: pass
)PY"},
    {R"PY(with a as 1: pass)PY", "SyntaxError", R"PY(cannot assign to literal)PY", 1, 11, 1, 12,
        R"PY(with a as 1: pass
)PY"},
    {R"PY(f() += 1)PY", "SyntaxError",
        R"PY('function call' is an illegal expression for augmented assignment)PY", 1, 1, 1, 4,
        R"PY(f() += 1
)PY"},
    {R"PY((a, b) += 1)PY", "SyntaxError",
        R"PY('tuple' is an illegal expression for augmented assignment)PY", 1, 1, 1, 7,
        R"PY((a, b) += 1
)PY"},
    {R"PY(f(a.b=1))PY", "SyntaxError",
        R"PY(expression cannot contain assignment, perhaps you meant "=="?)PY", 1, 3, 1, 7,
        R"PY(f(a.b=1)
)PY"},
    {R"PY(f(True=1))PY", "SyntaxError", R"PY(cannot assign to True)PY", 1, 3, 1, 8, R"PY(f(True=1)
)PY"},
    {R"PY(f(**a, b))PY", "SyntaxError",
        R"PY(positional argument follows keyword argument unpacking)PY", 1, 9, 1, 10, R"PY(f(**a, b)
)PY"},
    {R"PY(def f():
return)PY",
        "IndentationError", R"PY(expected an indented block after function definition on line 1)PY",
        2, 1, 2, 7, R"PY(return
)PY"},
    {R"PY(class A:
x)PY",
        "IndentationError", R"PY(expected an indented block after class definition on line 1)PY", 2,
        1, 2, 2, R"PY(x
)PY"},
    {R"PY(try:
x)PY",
        "IndentationError", R"PY(expected an indented block after 'try' statement on line 1)PY", 2,
        1, 2, 2, R"PY(x
)PY"},
    {R"PY(try:
  x
except:
y)PY",
        "IndentationError", R"PY(expected an indented block after 'except' statement on line 3)PY",
        4, 1, 4, 2, R"PY(y
)PY"},
    {R"PY(try:
  x
finally:
y)PY",
        "IndentationError", R"PY(expected an indented block after 'finally' statement on line 3)PY",
        4, 1, 4, 2, R"PY(y
)PY"},
    {R"PY(while x:
y)PY",
        "IndentationError", R"PY(expected an indented block after 'while' statement on line 1)PY",
        2, 1, 2, 2, R"PY(y
)PY"},
    {R"PY(for x in y:
z)PY",
        "IndentationError", R"PY(expected an indented block after 'for' statement on line 1)PY", 2,
        1, 2, 2, R"PY(z
)PY"},
    {R"PY(with x:
y)PY",
        "IndentationError", R"PY(expected an indented block after 'with' statement on line 1)PY", 2,
        1, 2, 2, R"PY(y
)PY"},
    {R"PY(if x:
  y
elif z:
w)PY",
        "IndentationError", R"PY(expected an indented block after 'elif' statement on line 3)PY", 4,
        1, 4, 2, R"PY(w
)PY"},
    {R"PY(if x:
  y
else:
w)PY",
        "IndentationError", R"PY(expected an indented block after 'else' statement on line 3)PY", 4,
        1, 4, 2, R"PY(w
)PY"},
    {R"PY(lambda x=1, y: 0)PY", "SyntaxError",
        R"PY(non-default argument follows default argument)PY", 1, 13, 1, 14, R"PY(lambda x=1, y: 0
)PY"},
    {R"PY(x: int, y: int = 1, 2)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 7, 1, 8,
        R"PY(x: int, y: int = 1, 2
)PY"},
    {R"PY(a, b: int)PY", "SyntaxError", R"PY(only single target (not tuple) can be annotated)PY", 1,
        1, 1, 2, R"PY(a, b: int
)PY"},
    {R"PY([x for x in 1, 2])PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 14, 1, 15,
        R"PY([x for x in 1, 2]
)PY"},
    {R"PY(x = yield = 1)PY", "SyntaxError", R"PY(assignment to yield expression not possible)PY", 1,
        5, 1, 10, R"PY(x = yield = 1
)PY"},
    {R"PY(del f())PY", "SyntaxError", R"PY(cannot delete function call)PY", 1, 5, 1, 8, R"PY(del f()
)PY"},
    {R"PY(del (a, 1))PY", "SyntaxError", R"PY(cannot delete literal)PY", 1, 9, 1, 10,
        R"PY(del (a, 1)
)PY"},
    {R"PY(f(x for x in y, ))PY", "SyntaxError", R"PY(Generator expression must be parenthesized)PY",
        1, 3, 1, 15, R"PY(f(x for x in y, )
)PY"},
    {R"PY(f(1, x for x in y))PY", "SyntaxError",
        R"PY(Generator expression must be parenthesized)PY", 1, 6, 1, 18, R"PY(f(1, x for x in y)
)PY"},
    {R"PY(x = f"{a!}")PY", "SyntaxError",
        R"PY(f-string: invalid conversion character: expected 's', 'r', or 'a')PY", 1, 12, 1, 12,
        R"PY(x = f"{a!}"
)PY"},
    {R"PY(x = f"{a!r x}")PY", "SyntaxError", R"PY(f-string: expecting '}')PY", 1, 15, 1, 15,
        R"PY(x = f"{a!r x}"
)PY"},
    {R"PY(if x:)PY", "IndentationError",
        R"PY(expected an indented block after 'if' statement on line 1)PY", 1, 6, 1, -1, R"PY(if x:
)PY"},
    {R"PY(x = f"{*a}")PY", "SyntaxError", R"PY(f-string: cannot use starred expression here)PY", 1,
        2, 1, 4, R"PY((*a)
)PY"},
    {R"PY(x = f"{a #}")PY", "SyntaxError", R"PY(f-string expression part cannot include '#')PY", 1,
        13, 1, 13, R"PY(x = f"{a #}"
)PY"},
    {R"PY(x = f"{a)}")PY", "SyntaxError", R"PY(f-string: unmatched ')')PY", 1, 12, 1, 12,
        R"PY(x = f"{a)}"
)PY"},
    {R"PY(x = f"{(}")PY", "SyntaxError",
        R"PY(f-string: closing parenthesis '}' does not match opening parenthesis '(')PY", 1, 11, 1,
        11, R"PY(x = f"{(}"
)PY"},
    {R"PY(x = 'ab\x4')PY", "SyntaxError",
        R"PY((unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape)PY",
        1, 12, 1, 12, R"PY(x = 'ab\x4'
)PY"},
    {R"PY(x = b'ab\x4')PY", "SyntaxError", R"PY((value error) invalid \x escape at position 2)PY",
        1, 13, 1, 13, R"PY(x = b'ab\x4'
)PY"},
    {R"PY(x = '\u12')PY", "SyntaxError",
        R"PY((unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape)PY",
        1, 11, 1, 11, R"PY(x = '\u12'
)PY"},
    {R"PY(x = '\U0011ffff')PY", "SyntaxError",
        R"PY((unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character)PY",
        1, 17, 1, 17, R"PY(x = '\U0011ffff'
)PY"},
    {R"PY(x = b'é')PY", "SyntaxError", R"PY(bytes can only contain ASCII literal characters)PY", 1,
        5, 1, 9, R"PY(x = b'é'
)PY"},
    {R"PY(x = 'a' b'c')PY", "SyntaxError", R"PY(cannot mix bytes and nonbytes literals)PY", 1, 13,
        1, 13, R"PY(x = 'a' b'c'
)PY"},
    {R"PY(x = """abc)PY", "SyntaxError",
        R"PY(unterminated triple-quoted string literal (detected at line 1))PY", 1, 5, 1, 5,
        R"PY(x = """abc)PY"},
    {R"PY(x = ('a'
  '\x'))PY",
        "SyntaxError",
        R"PY((unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape)PY",
        2, 7, 2, 8, R"PY(  '\x')
)PY"},
    {R"PY(x = [1, 2 3])PY", "SyntaxError", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1,
        9, 1, 12, R"PY(x = [1, 2 3]
)PY"},
    {R"PY(f(a b))PY", "SyntaxError", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 3, 1,
        6, R"PY(f(a b)
)PY"},
    {R"PY({1: 2 3: 4})PY", "SyntaxError", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1,
        5, 1, 8, R"PY({1: 2 3: 4}
)PY"},
    {R"PY(x = 1
y = (
z = 2)PY",
        "SyntaxError", R"PY('(' was never closed)PY", 2, 5, 2, 0, R"PY(y = ()PY"},
    {R"PY(def f(*): pass)PY", "SyntaxError", R"PY(named arguments must follow bare *)PY", 1, 7, 1,
        8, R"PY(def f(*): pass
)PY"},
    {R"PY(def f(**k, a): pass)PY", "SyntaxError",
        R"PY(arguments cannot follow var-keyword argument)PY", 1, 12, 1, 13,
        R"PY(def f(**k, a): pass
)PY"},
    {R"PY(x = 5 = 6)PY", "SyntaxError", R"PY(cannot assign to literal)PY", 1, 5, 1, 6,
        R"PY(x = 5 = 6
)PY"},
    {R"PY([a, b] += 1)PY", "SyntaxError",
        R"PY('list' is an illegal expression for augmented assignment)PY", 1, 1, 1, 7,
        R"PY([a, b] += 1
)PY"},
    {R"PY(not x = 1)PY", "SyntaxError", R"PY(cannot assign to expression)PY", 1, 1, 1, 6,
        R"PY(not x = 1
)PY"},
    {R"PY(x = $)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 5, 1, 6, R"PY(x = $
)PY"},
    {R"PY(if x:
    pass
  else:
    pass)PY",
        "IndentationError", R"PY(unindent does not match any outer indentation level)PY", 3, 8, 3,
        -1, R"PY(  else:
)PY"},
    {R"PY(class A(x for x in y): pass)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 11, 1, 14,
        R"PY(class A(x for x in y): pass
)PY"},
    {R"PY(x = (yield) = 1)PY", "SyntaxError", R"PY(cannot assign to yield expression)PY", 1, 6, 1,
        11, R"PY(x = (yield) = 1
)PY"},
    {R"PY(import a.b as c.d)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 16, 1, 17,
        R"PY(import a.b as c.d
)PY"},
    {R"PY(from x import a,)PY", "SyntaxError",
        R"PY(trailing comma not allowed without surrounding parentheses)PY", 1, 17, 1, 17,
        R"PY(from x import a,
)PY"},
    {R"PY(@dec
x = 1)PY",
        "SyntaxError", R"PY(invalid syntax)PY", 2, 1, 2, 2, R"PY(x = 1
)PY"},
    {R"PY(try:
    pass)PY",
        "SyntaxError", R"PY(expected 'except' or 'finally' block)PY", 2, 9, 2, -1, R"PY(    pass
)PY"},
    {R"PY(try:
    pass
else:
    pass)PY",
        "SyntaxError", R"PY(expected 'except' or 'finally' block)PY", 3, 1, 3, 5, R"PY(else:
)PY"},
    {R"PY(x = [)PY", "SyntaxError", R"PY('[' was never closed)PY", 1, 5, 1, 0, R"PY(x = [
)PY"},
    {R"PY(x = 1 if y)PY", "SyntaxError", R"PY(expected 'else' after 'if' expression)PY", 1, 5, 1,
        11, R"PY(x = 1 if y
)PY"},
    {R"PY(x = 1 +* 2)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 8, 1, 9, R"PY(x = 1 +* 2
)PY"},
    {R"PY(f(,))PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 3, 1, 4, R"PY(f(,)
)PY"},
    {R"PY(a = 1 = b)PY", "SyntaxError", R"PY(cannot assign to literal)PY", 1, 5, 1, 6,
        R"PY(a = 1 = b
)PY"},
    {R"PY(x = a b c)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 7, 1, 8, R"PY(x = a b c
)PY"},
    {R"PY(   x = 1)PY", "IndentationError", R"PY(unexpected indent)PY", 1, 3, 1, -1, R"PY(   x = 1
)PY"},
    {R"PY(if True:
        x
    y
)PY",
        "IndentationError", R"PY(unindent does not match any outer indentation level)PY", 3, 6, 3,
        -1, R"PY(    y
)PY"},
};

char const* kind_name(minipy::SyntaxErrorKind kind)
{
    switch (kind) {
    case minipy::SyntaxErrorKind::SyntaxError:
        return "SyntaxError";
    case minipy::SyntaxErrorKind::IndentationError:
        return "IndentationError";
    case minipy::SyntaxErrorKind::TabError:
        return "TabError";
    case minipy::SyntaxErrorKind::RecursionError:
        return "RecursionError";
    case minipy::SyntaxErrorKind::MemoryError:
        return "MemoryError";
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
}
