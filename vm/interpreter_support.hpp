// The slower halves of eval-loop instructions, kept out of the dispatch loop so that it stays
// small: name lookup in arbitrary mappings, cached attribute access, unpacking, raising,
// exception matching, with-statements, yield from, imports and f-string formatting.
#pragma once

#include "vm/frame.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/result.hpp"

namespace minipy {

class VM;
class StrObject;
class ListObject;
class DictObject;

void raise_unbound_deref(VM&, CodeObject*, uint32_t index);
/// locals_mapping[name], or the empty Value if absent (dicts fast; other mappings via __getitem__).
Result<Value> lookup_in_mapping(VM&, Value mapping, StrObject* name);
Result<Value> cached_getattr(VM&, Value owner, StrObject* name, InlineCache&);
/// The key1 of an inline cache that holds a module attribute: the module dict's version, tagged
/// odd so that it never equals a type pointer (key2 is the type epoch).
inline uint64_t module_cache_key(uint64_t dict_version)
{
    return (dict_version << 1) | 1;
}
/// STORE_ATTR: setattr, filling `cache` (type, epoch) when the store can go straight to the
/// instance dict next time.
Result<void> cached_setattr(VM&, Value owner, StrObject* name, Value value, InlineCache&);
Result<Value> cached_load_method(VM&, Value owner, StrObject* name, InlineCache&, bool& unbound);
Result<Value> build_set(VM&, Value const* items, size_t count);
Result<void> set_add_value(VM&, Value set, Value item);
Result<void> set_update_from(VM&, Value set, Value iterable);
Result<void> list_extend_for_unpack(VM&, ListObject*, Value iterable);
/// {**m} (callable empty) or f(**m) (callable = the function, for the error messages).
Result<void> dict_update_for_unpack(VM&, DictObject*, Value mapping, Value callable);
/// Unpacks `seq` into `before` values then (if after >= 0) a list and `after` values, written
/// downwards from `out` (the slot seq occupied) so that the first item ends on top.
Result<void> unpack_iterable(VM&, Value seq, uint32_t before, int after, Value* out);
Result<Value> format_value(VM&, Value v, uint32_t conversion, Value spec);
Result<Value> call_with_tuple_and_dict(VM&, Value callable, Value args, Value kwargs);
/// `raise exc [from cause]`; always leaves an exception pending.
void do_raise(VM&, Value exc, Value cause, bool has_cause);
Result<bool> exception_match(VM&, Value exc, Value type);
Result<Value> with_exit_bound(VM&, Value manager);
Result<Value> with_enter(VM&, Value manager);
Result<Value> call_exit_with_exception(VM&, Value exit, Value exc);
/// One step of `yield from`: returns the yielded value, or the sub-iterator's return value
/// with `returned` set.
Result<Value> send_to(VM&, Value sub, Value v, bool& returned);
Result<Value> import_name(VM&, Frame*, StrObject* name, Value fromlist, Value level);
Result<Value> import_from(VM&, Value module, StrObject* name);
Result<void> import_star(VM&, Value module, Value locals_mapping);
Result<void> print_expr(VM&, Value v);
/// Records that the pending exception passed through `frame` (unless it is being re-raised),
/// and chains __context__ for fresh raises.
void add_traceback_entry(VM&, Frame*, bool reraise);

} // namespace minipy
