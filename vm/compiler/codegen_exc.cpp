// Code generation for try/except/finally and with, and the inline unwinding of blocks that
// break, continue and return perform (CPython 3.11's compiler_try_*, compiler_with and
// compiler_unwind_fblock).
//
// Handler protocol (see opcodes.def): when an instruction covered by a handler raises, the VM
// cuts the stack back to the handler's depth, pushes the exception and jumps to the handler.
// Every handler that runs Python code first executes PUSH_EXC_INFO ([prev exc]); the cleanup
// handler that protects it ([prev exc2] on entry) always runs
//     COPY 2; POP_EXCEPT; RERAISE
// so that the previously handled exception is restored before exc2 propagates.
#include "vm/compiler/codegen.hpp"

#include "vm/vm.hpp"

namespace minipy::compiler {

using namespace ast;

void CodeGen::pop_except_and_reraise()
{
    emit(Op::COPY, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
}

void CodeGen::call_exit_with_nones()
{
    emit(Op::PUSH_NULL);
    uint32_t none = const_none();
    emit(Op::LOAD_CONST, none);
    emit(Op::LOAD_CONST, none);
    emit(Op::LOAD_CONST, none);
    emit(Op::CALL, 3);
}

// -- unwinding ----------------------------------------------------------------------------------

void CodeGen::unwind_fblock(FBlock const& block, bool preserve_tos)
{
    switch (block.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::TryExcept:
        return;
    case FBlockType::ForLoop:
    case FBlockType::PopValue:
        if (preserve_tos)
            emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        return;
    case FBlockType::FinallyTry:
        // The finally body runs inline; a value being returned stays under it.
        if (preserve_tos)
            push_fblock(FBlockType::PopValue, block.node);
        visit_body(*block.finalbody);
        if (preserve_tos)
            pop_fblock();
        return;
    case FBlockType::FinallyEnd:
        // Leaving a finally body that runs because of an exception: drop the exception and
        // restore the previously handled one.
        if (preserve_tos)
            emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        if (preserve_tos)
            emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        return;
    case FBlockType::With: {
        LocScope loc(*this, block.node->span);
        if (preserve_tos)
            emit(Op::SWAP, 2);
        call_exit_with_nones();
        emit(Op::POP_TOP);
        return;
    }
    case FBlockType::HandlerCleanup:
        if (preserve_tos)
            emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        if (block.name) {
            emit_load_none();
            nameop(*block.name, Ctx::Store);
            nameop(*block.name, Ctx::Del);
        }
        return;
    }
}

FBlock const* CodeGen::unwind_fblock_stack(bool preserve_tos, bool stop_at_loop, UnwindState& saved)
{
    Unit& n = u();
    saved.fblocks = n.fblocks;
    saved.handlers = n.handler_stack;
    while (!n.fblocks.empty()) {
        FBlock const& top = n.fblocks.back();
        if (stop_at_loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop))
            return &top;
        FBlock copy = top;
        n.fblocks.pop_back();
        // Code that leaves a block is no longer protected by the block's handlers.
        if (n.handler_stack.size() > copy.outer_handlers)
            n.handler_stack.resize(copy.outer_handlers);
        unwind_fblock(copy, preserve_tos);
    }
    return nullptr;
}

void CodeGen::unwind_restore(UnwindState& saved)
{
    u().fblocks = std::move(saved.fblocks);
    u().handler_stack = std::move(saved.handlers);
}

// -- try ----------------------------------------------------------------------------------------

void CodeGen::compile_try(Try* s)
{
    if (!s->finalbody.empty())
        compile_try_finally(s);
    else
        compile_try_except(s);
}

/// try: body finally: final
///
///         <body>                  handler F (depth d)
///         <final>                 (normal exit)
///         JUMP exit
///     F:  PUSH_EXC_INFO           handler C (depth d + 1)
///         <final>
///         RERAISE
///     C:  COPY 2; POP_EXCEPT; RERAISE
///     exit:
void CodeGen::compile_try_finally(Try* s)
{
    int handler = new_label();
    int cleanup = new_label();
    int exit = new_label();
    uint32_t depth = block_stack_depth();

    push_fblock(FBlockType::FinallyTry, s);
    u().fblocks.back().finalbody = &s->finalbody;
    push_handler(handler, depth);
    if (!s->handlers.empty())
        compile_try_except(s);
    else
        visit_body(s->body);
    pop_handler();
    pop_fblock();
    visit_body(s->finalbody);
    emit_jump(Op::JUMP_FORWARD, exit);

    bind(handler);
    size_t outer = u().handler_stack.size();
    push_handler(cleanup, depth + 1);
    emit(Op::PUSH_EXC_INFO);
    push_fblock(FBlockType::FinallyEnd, s);
    u().fblocks.back().outer_handlers = outer;
    visit_body(s->finalbody);
    pop_fblock();
    emit(Op::RERAISE);
    pop_handler();

    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
}

/// try: body except T as e: h ... else: orelse
///
///         <body>                  handler H (depth d)
///         <orelse>
///         JUMP end
///     H:  PUSH_EXC_INFO           handler C (depth d + 1) from here
///         <T> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next
///         STORE e                 (or POP_TOP without `as`)
///         <h>                     handler N (depth d + 1): e = None; del e; RERAISE
///         POP_EXCEPT; e = None; del e; JUMP end
///     next: ...
///         RERAISE                 no clause matched
///     C:  COPY 2; POP_EXCEPT; RERAISE
///     end:
void CodeGen::compile_try_except(Try* s)
{
    int except = new_label();
    int cleanup = new_label();
    int end = new_label();
    uint32_t depth = block_stack_depth();

    push_fblock(FBlockType::TryExcept, s);
    push_handler(except, depth);
    visit_body(s->body);
    pop_handler();
    pop_fblock();
    visit_body(s->orelse);
    emit_jump(Op::JUMP_FORWARD, end);

    bind(except);
    size_t outer = u().handler_stack.size();
    push_fblock(FBlockType::ExceptionHandler, s);
    push_handler(cleanup, depth + 1);
    emit(Op::PUSH_EXC_INFO);
    for (size_t i = 0; i < s->handlers.size(); ++i) {
        ExceptHandler* h = s->handlers[i];
        LocScope loc(*this, h->span);
        if (!h->type && i + 1 < s->handlers.size())
            error("default 'except:' must be last", h->span);
        int next = new_label();
        if (h->type) {
            visit_expr(h->type);
            emit(Op::CHECK_EXC_MATCH);
            emit_jump(Op::POP_JUMP_IF_FALSE, next);
        }
        if (!h->name.empty()) {
            nameop(h->name, Ctx::Store);
            int cleanup_end = new_label();
            push_handler(cleanup_end, depth + 1);
            push_fblock(FBlockType::HandlerCleanup, h);
            u().fblocks.back().name = &h->name;
            u().fblocks.back().outer_handlers = outer;
            visit_body(h->body);
            pop_fblock();
            pop_handler();
            {
                // The normal exit of the clause is covered by neither N nor C.
                std::vector<int> saved = u().handler_stack;
                u().handler_stack.resize(outer);
                emit(Op::POP_EXCEPT);
                emit_load_none();
                nameop(h->name, Ctx::Store);
                nameop(h->name, Ctx::Del);
                emit_jump(Op::JUMP_FORWARD, end);
                u().handler_stack = std::move(saved);
            }
            bind(cleanup_end);
            emit_load_none();
            nameop(h->name, Ctx::Store);
            nameop(h->name, Ctx::Del);
            emit(Op::RERAISE);
        } else {
            emit(Op::POP_TOP);
            push_fblock(FBlockType::HandlerCleanup, h);
            u().fblocks.back().outer_handlers = outer;
            visit_body(h->body);
            pop_fblock();
            std::vector<int> saved = u().handler_stack;
            u().handler_stack.resize(outer);
            emit(Op::POP_EXCEPT);
            emit_jump(Op::JUMP_FORWARD, end);
            u().handler_stack = std::move(saved);
        }
        bind(next);
    }
    pop_fblock();
    emit(Op::RERAISE);
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
}

// -- with ---------------------------------------------------------------------------------------

/// with mgr as x: body   (PEP 343; several items nest)
///
///         <mgr> BEFORE_WITH       [exit enter_result]
///         STORE x / POP_TOP       handler W (depth d + 1) from here
///         <body>
///         PUSH_NULL None None None CALL 3 POP_TOP
///         JUMP exit
///     W:  PUSH_EXC_INFO           [exit prev exc]; handler C (depth d + 2)
///         WITH_EXCEPT_START       [exit prev exc r]
///         POP_JUMP_IF_TRUE suppress
///         RERAISE
///     C:  COPY 2; POP_EXCEPT; RERAISE
///     suppress: POP_TOP POP_EXCEPT POP_TOP
///     exit:
void CodeGen::compile_with(With* s, size_t index)
{
    WithItem* item = s->items[index];
    int handler = new_label();
    int cleanup = new_label();
    int suppress = new_label();
    int exit = new_label();
    uint32_t depth = block_stack_depth();

    visit_expr(item->context_expr);
    emit(Op::BEFORE_WITH);
    push_fblock(FBlockType::With, s);
    push_handler(handler, depth + 1);
    if (item->optional_vars)
        compile_store(item->optional_vars);
    else
        emit(Op::POP_TOP);
    if (index + 1 < s->items.size())
        compile_with(s, index + 1);
    else
        visit_body(s->body);
    pop_handler();
    pop_fblock();
    call_exit_with_nones();
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP_FORWARD, exit);

    bind(handler);
    push_handler(cleanup, depth + 2);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(suppress);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    bind(exit);
}

} // namespace minipy::compiler
