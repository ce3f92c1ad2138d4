// The methods of `set` and `frozenset`, following setobject.c's algorithms so that results
// (including the iteration order of the sets they build) match CPython.
#include "vm/native_args.hpp"
#include "vm/objects/container_types.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/repr_guard.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/set_object.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

namespace {

SetObject* self_set(CallArgs const& args)
{
    return static_cast<SetObject*>(args.args[0].as_object());
}
SetObject* as_set(Value v)
{
    return static_cast<SetObject*>(v.as_object());
}

/// make_new_set_basetype: results of set operations are plain set or frozenset.
Type* base_type(SetObject* set)
{
    return set->is_frozen() ? types::frozenset : types::set;
}

Result<SetObject*> set_copy(VM& vm, SetObject* set)
{
    return make_set(vm, base_type(set), set->value());
}

/// Runs `f(key, hash)` for each active entry of `set`, tolerating mutation by user code.
template<typename F>
Result<void> for_each_entry(SetObject* set, F&& f)
{
    for (size_t i = 0; i < set->table().size(); ++i) {
        SetObject::Entry const entry = set->table()[i];
        if (!entry.key.is_empty())
            TRY(f(entry.key, entry.hash));
    }
    return {};
}

/// Runs `f(item)` for each item of any iterable.
template<typename F>
Result<void> for_each_item(VM& vm, Value iterable, F&& f)
{
    Value iterator = TRY(vm.iter(iterable));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return {};
        Root item_root(vm, item);
        TRY(f(item));
    }
}

Result<SetObject*> set_intersection(VM& vm, SetObject* so, Value other)
{
    if (other.is(so->value()))
        return set_copy(vm, so);
    SetObject* result = new_set(vm, base_type(so));
    Root root(vm, result->value());
    if (is_any_set(other)) {
        SetObject* a = so;
        SetObject* b = as_set(other);
        if (b->size() > a->size())
            std::swap(a, b);
        TRY(for_each_entry(b, [&](Value key, int64_t hash) -> Result<void> {
            if (TRY(a->contains_entry(vm, key, hash)))
                TRY(result->add_entry(vm, key, hash));
            return {};
        }));
        return result;
    }
    TRY(for_each_item(vm, other, [&](Value key) -> Result<void> {
        int64_t hash = TRY(vm.hash(key));
        if (TRY(so->contains_entry(vm, key, hash)))
            TRY(result->add_entry(vm, key, hash));
        return {};
    }));
    return result;
}

Result<SetObject*> set_difference(VM& vm, SetObject* so, Value other)
{
    size_t other_size = 0;
    bool const is_set = is_any_set(other);
    bool const is_dict = object_type(other) == types::dict;
    if (is_set)
        other_size = as_set(other)->size();
    else if (is_dict)
        other_size = static_cast<DictObject*>(other.as_object())->size();
    if ((!is_set && !is_dict) || (so->size() >> 2) > other_size) {
        SetObject* result = TRY(set_copy(vm, so));
        Root root(vm, result->value());
        TRY(set_difference_update(vm, result, other));
        return result;
    }
    SetObject* result = new_set(vm, base_type(so));
    Root root(vm, result->value());
    TRY(for_each_entry(so, [&](Value key, int64_t hash) -> Result<void> {
        bool present;
        if (is_dict)
            present = !TRY(static_cast<DictObject*>(other.as_object())->get(vm, key)).is_empty();
        else
            present = TRY(as_set(other)->contains_entry(vm, key, hash));
        if (!present)
            TRY(result->add_entry(vm, key, hash));
        return {};
    }));
    return result;
}

Result<SetObject*> set_symmetric_difference(VM& vm, SetObject* so, Value other)
{
    SetObject* result = TRY(make_set(vm, base_type(so), other));
    Root root(vm, result->value());
    TRY(set_symmetric_difference_update(vm, result, so->value()));
    return result;
}

Result<bool> set_issubset(VM& vm, SetObject* so, Value other)
{
    if (!is_any_set(other)) {
        SetObject* tmp = TRY(make_set(vm, types::set, other));
        Root root(vm, tmp->value());
        return set_issubset(vm, so, tmp->value());
    }
    SetObject* b = as_set(other);
    if (so->size() > b->size())
        return false;
    bool subset = true;
    TRY(for_each_entry(so, [&](Value key, int64_t hash) -> Result<void> {
        if (subset && !TRY(b->contains_entry(vm, key, hash)))
            subset = false;
        return {};
    }));
    return subset;
}

Result<bool> set_issuperset(VM& vm, SetObject* so, Value other)
{
    if (is_any_set(other))
        return set_issubset(vm, as_set(other), so->value());
    bool superset = true;
    TRY(for_each_item(vm, other, [&](Value key) -> Result<void> {
        if (superset && !TRY(so->contains(vm, key)))
            superset = false;
        return {};
    }));
    return superset;
}

/// set_contains_key with CPython's retry: an unhashable set argument is looked up as a frozenset.
template<typename F>
Result<bool> with_frozen_retry(VM& vm, Value key, F&& f)
{
    Result<bool> result = f(key);
    if (!result.is_error() || !is_any_set(key) || !vm.exception_matches(types::type_error))
        return result;
    vm.take_exception();
    SetObject* frozen = TRY(make_set(vm, types::frozenset, key));
    Root root(vm, frozen->value());
    return f(frozen->value());
}

// -- construction and protocol ------------------------------------------------------------

Result<Value> set_alloc(VM& vm, Type* type, Value const* args, size_t nargs)
{
    if (type->is_subtype_of(types::frozenset) && nargs > 0) {
        SetObject* set = TRY(make_set(vm, type, args[0]));
        return set->value();
    }
    return new_set(vm, type)->value();
}

Result<Value> set_new(VM& vm, CallArgs const& args)
{
    return new_set(vm, static_cast<Type*>(args.args[0].as_object()))->value();
}

Result<Value> set_init(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set", 0, 1, true));
    SetObject* self = self_set(args);
    if (self->m_fill)
        self->clear();
    if (args.count > 1)
        TRY(set_update(vm, self, args.args[1]));
    return py_none;
}

Result<Value> frozenset_new(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "frozenset", 0, 1, true));
    auto* type = static_cast<Type*>(args.args[0].as_object());
    if (args.count > 1 && type == types::frozenset && object_type(args.args[1]) == types::frozenset)
        return args.args[1];
    SetObject* set = TRY(make_set(vm, type, args.count > 1 ? args.args[1] : Value {}));
    return set->value();
}

Result<Value> set_repr(VM& vm, CallArgs const& args)
{
    SetObject* self = self_set(args);
    std::string const& name = self->type()->name();
    ReprGuard guard(self);
    if (guard.is_recursive())
        return vm.new_str(name + "(...)")->value();
    if (self->size() == 0)
        return vm.new_str(name + "()")->value();
    ListObject* keys = vm.new_list(self->size());
    Root root(vm, keys->value());
    for (auto const& entry : self->table()) {
        if (!entry.key.is_empty())
            keys->append(entry.key);
    }
    StrObject* list_repr = TRY(vm.repr(keys->value()));
    std::string_view inner = list_repr->view().substr(1, list_repr->view().size() - 2);
    std::string out;
    if (self->type() == types::set)
        out = "{" + std::string(inner) + "}";
    else
        out = name + "({" + std::string(inner) + "})";
    return vm.new_str(std::move(out))->value();
}

Result<Value> set_len(VM& vm, CallArgs const& args)
{
    return vm.new_int(static_cast<int64_t>(self_set(args)->size()));
}

Result<Value> set_contains(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.__contains__", 1, 1, true));
    SetObject* self = self_set(args);
    bool found = TRY(
        with_frozen_retry(vm, args.args[1], [&](Value key) { return self->contains(vm, key); }));
    return py_bool(found);
}

Result<Value> set_iter(VM& vm, CallArgs const& args)
{
    return vm.make<SetIterObject>(types::set_iterator, self_set(args))->value();
}

Result<Value> set_iter_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<SetIterObject*>(object);
    SetObject* set = it->m_set;
    if (!set) {
        exhausted = true;
        return Value {};
    }
    if (set->size() != it->m_used) {
        it->m_used = SIZE_MAX; // stays broken, as in CPython
        return vm.raise(types::runtime_error, "Set changed size during iteration");
    }
    auto const& table = set->table();
    while (it->m_pos < table.size() && table[it->m_pos].key.is_empty())
        ++it->m_pos;
    if (it->m_pos >= table.size()) {
        it->m_set = nullptr;
        exhausted = true;
        return Value {};
    }
    return table[it->m_pos++].key;
}

template<CompareOp op>
Result<Value> set_compare(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.__eq__", 1, 1, true));
    Value other = args.args[1];
    if (!is_any_set(other))
        return py_not_implemented;
    SetObject* a = self_set(args);
    SetObject* b = as_set(other);
    bool result = false;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (a->size() != b->size())
            result = false;
        else if (a->m_hash != -1 && b->m_hash != -1 && a->m_hash != b->m_hash)
            result = false;
        else
            result = TRY(set_issubset(vm, a, other));
        if (op == CompareOp::Ne)
            result = !result;
        break;
    case CompareOp::Le:
        result = TRY(set_issubset(vm, a, other));
        break;
    case CompareOp::Ge:
        result = TRY(set_issuperset(vm, a, other));
        break;
    case CompareOp::Lt:
        result = a->size() < b->size() && TRY(set_issubset(vm, a, other));
        break;
    case CompareOp::Gt:
        result = a->size() > b->size() && TRY(set_issuperset(vm, a, other));
        break;
    }
    return py_bool(result);
}

Result<Value> frozenset_hash(VM& vm, CallArgs const& args)
{
    SetObject* self = self_set(args);
    if (self->m_hash != -1)
        return vm.new_int(self->m_hash);
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; };
    uint64_t hash = 0;
    for (auto const& entry : self->table()) {
        if (!entry.key.is_empty())
            hash ^= shuffle(static_cast<uint64_t>(entry.hash));
    }
    hash ^= (static_cast<uint64_t>(self->size()) + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == static_cast<uint64_t>(-1))
        hash = 590923713UL;
    self->m_hash = static_cast<int64_t>(hash);
    return vm.new_int(self->m_hash);
}

// -- operators -------------------------------------------------------------------------------

enum class SetOpKind { Or, And, Sub, Xor };

Result<SetObject*> apply(VM& vm, SetObject* so, Value other, SetOpKind op)
{
    switch (op) {
    case SetOpKind::Or: {
        SetObject* result = TRY(set_copy(vm, so));
        if (other.is(so->value()))
            return result;
        Root root(vm, result->value());
        TRY(set_update(vm, result, other));
        return result;
    }
    case SetOpKind::And:
        return set_intersection(vm, so, other);
    case SetOpKind::Sub:
        return set_difference(vm, so, other);
    case SetOpKind::Xor:
        return set_symmetric_difference(vm, so, other);
    }
    return set_copy(vm, so);
}

template<SetOpKind op, bool reflected>
Result<Value> set_binary(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.__or__", 1, 1, true));
    Value other = args.args[1];
    if (!is_any_set(other))
        return py_not_implemented;
    SetObject* left = reflected ? as_set(other) : self_set(args);
    Value right = reflected ? args.args[0] : other;
    SetObject* result = TRY(apply(vm, left, right, op));
    return result->value();
}

/// intersection_update: replace our table with the intersection's (set_swap_bodies).
void swap_bodies(SetObject* a, SetObject* b)
{
    a->m_table.swap(b->m_table);
    std::swap(a->m_fill, b->m_fill);
    std::swap(a->m_used, b->m_used);
    std::swap(a->m_hash, b->m_hash);
    ++a->m_generation;
    ++b->m_generation;
}

template<SetOpKind op>
Result<Value> set_inplace(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.__ior__", 1, 1, true));
    Value other = args.args[1];
    if (!is_any_set(other))
        return py_not_implemented;
    SetObject* self = self_set(args);
    switch (op) {
    case SetOpKind::Or:
        TRY(set_update(vm, self, other));
        break;
    case SetOpKind::And: {
        SetObject* tmp = TRY(set_intersection(vm, self, other));
        swap_bodies(self, tmp);
        break;
    }
    case SetOpKind::Sub:
        TRY(set_difference_update(vm, self, other));
        break;
    case SetOpKind::Xor:
        TRY(set_symmetric_difference_update(vm, self, other));
        break;
    }
    return args.args[0];
}

// -- methods -----------------------------------------------------------------------------------

Result<Value> set_add(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.add", 1, 1, true));
    TRY(self_set(args)->add(vm, args.args[1]));
    return py_none;
}

Result<Value> set_discard(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.discard", 1, 1, true));
    SetObject* self = self_set(args);
    TRY(with_frozen_retry(vm, args.args[1], [&](Value key) { return self->discard(vm, key); }));
    return py_none;
}

Result<Value> set_remove(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.remove", 1, 1, true));
    SetObject* self = self_set(args);
    bool found = TRY(
        with_frozen_retry(vm, args.args[1], [&](Value key) { return self->discard(vm, key); }));
    if (!found)
        return vm.raise_with_args(types::key_error, {args.args[1]});
    return py_none;
}

Result<Value> set_pop(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.pop", 0, 0, true));
    SetObject* self = self_set(args);
    if (self->size() == 0)
        return vm.raise(types::key_error, "pop from an empty set");
    size_t const mask = self->m_table.size() - 1;
    size_t i = self->m_finger & mask;
    while (self->m_table[i].key.is_empty())
        i = (i + 1) & mask;
    Value key = self->m_table[i].key;
    self->m_table[i] = SetObject::Entry {Value {}, -1};
    --self->m_used;
    self->m_finger = i + 1;
    return key;
}

Result<Value> set_clear(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.clear", 0, 0, true));
    self_set(args)->clear();
    return py_none;
}

Result<Value> set_copy_method(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.copy", 0, 0, true));
    SetObject* self = self_set(args);
    if (self->type() == types::frozenset)
        return self->value();
    SetObject* copy = TRY(set_copy(vm, self));
    return copy->value();
}

Result<Value> set_update_method(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "set.update"));
    for (size_t i = 1; i < args.count; ++i)
        TRY(set_update(vm, self_set(args), args.args[i]));
    return py_none;
}

Result<Value> set_union(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "set.union"));
    SetObject* result = TRY(set_copy(vm, self_set(args)));
    Root root(vm, result->value());
    for (size_t i = 1; i < args.count; ++i)
        TRY(set_update(vm, result, args.args[i]));
    return result->value();
}

Result<SetObject*> intersection_multi(VM& vm, CallArgs const& args)
{
    SetObject* self = self_set(args);
    if (args.count == 1)
        return set_copy(vm, self);
    SetObject* result = self;
    Root root(vm);
    for (size_t i = 1; i < args.count; ++i) {
        result = TRY(set_intersection(vm, result, args.args[i]));
        root.set(result->value());
    }
    return result;
}

Result<Value> set_intersection_method(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "set.intersection"));
    SetObject* result = TRY(intersection_multi(vm, args));
    return result->value();
}

Result<Value> set_intersection_update(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "set.intersection_update"));
    SetObject* result = TRY(intersection_multi(vm, args));
    swap_bodies(self_set(args), result);
    return py_none;
}

Result<Value> set_difference_method(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "set.difference"));
    SetObject* self = self_set(args);
    if (args.count == 1) {
        SetObject* copy = TRY(set_copy(vm, self));
        return copy->value();
    }
    SetObject* result = TRY(set_difference(vm, self, args.args[1]));
    Root root(vm, result->value());
    for (size_t i = 2; i < args.count; ++i)
        TRY(set_difference_update(vm, result, args.args[i]));
    return result->value();
}

Result<Value> set_difference_update_method(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "set.difference_update"));
    for (size_t i = 1; i < args.count; ++i)
        TRY(set_difference_update(vm, self_set(args), args.args[i]));
    return py_none;
}

Result<Value> set_symmetric_difference_method(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.symmetric_difference", 1, 1, true));
    SetObject* result = TRY(set_symmetric_difference(vm, self_set(args), args.args[1]));
    return result->value();
}

Result<Value> set_symmetric_difference_update_method(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.symmetric_difference_update", 1, 1, true));
    TRY(set_symmetric_difference_update(vm, self_set(args), args.args[1]));
    return py_none;
}

Result<Value> set_issubset_method(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.issubset", 1, 1, true));
    return py_bool(TRY(set_issubset(vm, self_set(args), args.args[1])));
}

Result<Value> set_issuperset_method(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.issuperset", 1, 1, true));
    return py_bool(TRY(set_issuperset(vm, self_set(args), args.args[1])));
}

Result<Value> set_isdisjoint(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "set.isdisjoint", 1, 1, true));
    SetObject* so = self_set(args);
    Value other = args.args[1];
    if (other.is(so->value()))
        return py_bool(so->size() == 0);
    bool disjoint = true;
    if (is_any_set(other)) {
        SetObject* a = so;
        SetObject* b = as_set(other);
        if (b->size() > a->size())
            std::swap(a, b);
        TRY(for_each_entry(b, [&](Value key, int64_t hash) -> Result<void> {
            if (disjoint && TRY(a->contains_entry(vm, key, hash)))
                disjoint = false;
            return {};
        }));
        return py_bool(disjoint);
    }
    TRY(for_each_item(vm, other, [&](Value key) -> Result<void> {
        if (disjoint && TRY(so->contains(vm, key)))
            disjoint = false;
        return {};
    }));
    return py_bool(disjoint);
}

void define_common(VM& vm, Type* t)
{
    DictObject* d = t->m_dict;
    vm.define_native(d, "__repr__", &set_repr, t);
    vm.define_native(d, "__len__", &set_len, t);
    vm.define_native(d, "__contains__", &set_contains, t);
    vm.define_native(d, "__iter__", &set_iter, t);
    vm.define_native(d, "__eq__", &set_compare<CompareOp::Eq>, t);
    vm.define_native(d, "__ne__", &set_compare<CompareOp::Ne>, t);
    vm.define_native(d, "__lt__", &set_compare<CompareOp::Lt>, t);
    vm.define_native(d, "__le__", &set_compare<CompareOp::Le>, t);
    vm.define_native(d, "__gt__", &set_compare<CompareOp::Gt>, t);
    vm.define_native(d, "__ge__", &set_compare<CompareOp::Ge>, t);
    vm.define_native(d, "__or__", &set_binary<SetOpKind::Or, false>, t);
    vm.define_native(d, "__ror__", &set_binary<SetOpKind::Or, true>, t);
    vm.define_native(d, "__and__", &set_binary<SetOpKind::And, false>, t);
    vm.define_native(d, "__rand__", &set_binary<SetOpKind::And, true>, t);
    vm.define_native(d, "__sub__", &set_binary<SetOpKind::Sub, false>, t);
    vm.define_native(d, "__rsub__", &set_binary<SetOpKind::Sub, true>, t);
    vm.define_native(d, "__xor__", &set_binary<SetOpKind::Xor, false>, t);
    vm.define_native(d, "__rxor__", &set_binary<SetOpKind::Xor, true>, t);
    vm.define_native(d, "copy", &set_copy_method, t);
    vm.define_native(d, "union", &set_union, t);
    vm.define_native(d, "intersection", &set_intersection_method, t);
    vm.define_native(d, "difference", &set_difference_method, t);
    vm.define_native(d, "symmetric_difference", &set_symmetric_difference_method, t);
    vm.define_native(d, "issubset", &set_issubset_method, t);
    vm.define_native(d, "issuperset", &set_issuperset_method, t);
    vm.define_native(d, "isdisjoint", &set_isdisjoint, t);
}

} // namespace

void init_set_types(VM& vm)
{
    types::set_iterator->m_iternext = &set_iter_next;

    Type* s = types::set;
    s->m_alloc = &set_alloc;
    define_common(vm, s);
    DictObject* d = s->m_dict;
    vm.define_native(d, "__new__", &set_new, s);
    vm.define_native(d, "__init__", &set_init, s);
    vm.define_native(d, "__ior__", &set_inplace<SetOpKind::Or>, s);
    vm.define_native(d, "__iand__", &set_inplace<SetOpKind::And>, s);
    vm.define_native(d, "__isub__", &set_inplace<SetOpKind::Sub>, s);
    vm.define_native(d, "__ixor__", &set_inplace<SetOpKind::Xor>, s);
    vm.define_native(d, "add", &set_add, s);
    vm.define_native(d, "discard", &set_discard, s);
    vm.define_native(d, "remove", &set_remove, s);
    vm.define_native(d, "pop", &set_pop, s);
    vm.define_native(d, "clear", &set_clear, s);
    vm.define_native(d, "update", &set_update_method, s);
    vm.define_native(d, "intersection_update", &set_intersection_update, s);
    vm.define_native(d, "difference_update", &set_difference_update_method, s);
    vm.define_native(d, "symmetric_difference_update", &set_symmetric_difference_update_method, s);
    d->set_str(vm, vm.names.__hash__, py_none);

    Type* f = types::frozenset;
    f->m_alloc = &set_alloc;
    define_common(vm, f);
    vm.define_native(f->m_dict, "__new__", &frozenset_new, f);
    vm.define_native(f->m_dict, "__hash__", &frozenset_hash, f);
}

} // namespace minipy
