// Frames for calls: allocation on the value stack and argument binding.
#pragma once

#include "vm/frame.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/result.hpp"

namespace minipy {

class VM;
class DictObject;

/// Value-stack words a frame for `code` occupies (header, local slots, operand stack).
size_t frame_words(CodeObject* code);
/// Places an empty frame for `code` at `memory`.
Frame* allocate_frame(VM&, CodeObject* code, Value* memory);
/// Allocates a frame on top of the value stack; RecursionError past the recursion limit.
Result<Frame*> push_frame(VM&, CodeObject* code);
void pop_frame(VM&, Frame* frame);
/// Binds `args` to f's parameters in `frame` (CPython's rules and messages) and sets up cells.
Result<void> bind_arguments(VM&, FunctionObject* f, Frame* frame, CallArgs const& args);
void setup_frame_for_function(Frame* frame, FunctionObject* f);
Result<Value> make_generator(VM&, FunctionObject* f, CallArgs const& args);
Result<Value> call_python_function(VM&, FunctionObject* f, CallArgs const& args);
/// Runs a class body: f's code with `locals` as its LOAD_NAME/STORE_NAME mapping.
Result<Value> run_function_with_locals(VM&, FunctionObject* f, DictObject* locals);
/// type.__call__(cls, *args): __new__, then __init__.
Result<Value> construct_instance(VM&, Type* cls, CallArgs const& args);
/// type.__call__ up to __init__: returns the new instance. When __init__ is a plain Python
/// function, sets `init` and leaves the call init(instance, *args) (and the check that it returns
/// None) to the caller, so that the eval loop can run it without re-entering itself; otherwise
/// completes the construction and sets `init` to null.
Result<Value> construct_begin(VM&, Type* cls, CallArgs const& args, FunctionObject*& init);
/// TypeError "__init__() should return None, not 'T'".
Error raise_init_not_none(VM&, Value result);

} // namespace minipy
