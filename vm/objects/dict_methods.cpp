// The methods of `dict` and its views (dict_keys, dict_values, dict_items).
#include "vm/native_args.hpp"
#include "vm/objects/container_types.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/repr_guard.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/set_object.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

namespace {

/// A live view of a dict: dict_keys, dict_values or dict_items (by its type).
class DictViewObject final : public Object {
public:
    DictViewObject(Type* type, DictObject* dict)
        : Object(type)
        , m_dict(dict)
    {
    }
    DictObject* m_dict;
    void visit_edges(Visitor& v) override { v.visit(reinterpret_cast<Object*>(m_dict)); }
};

DictObject* self_dict(CallArgs const& args)
{
    return static_cast<DictObject*>(args.args[0].as_object());
}

DictObject* as_dict(Value v)
{
    Type* t = object_type(v);
    return t && t->m_layout == Layout::Dict ? static_cast<DictObject*>(v.as_object()) : nullptr;
}

DictObject* new_dict_of_type(VM& vm, Type* type)
{
    if (type == types::dict)
        return vm.new_dict();
    auto* dict = vm.make<DictObject>(type);
    dict->m_dict = vm.new_dict();
    return dict;
}

Result<Value> dict_alloc(VM& vm, Type* type, Value const*, size_t)
{
    return new_dict_of_type(vm, type)->value();
}

Error raise_key_error(VM& vm, Value key)
{
    return vm.raise_with_args(types::key_error, {key});
}

/// Copies every entry of `source` into `target`; values are read afresh at each step because
/// hashing a key may run user code that changes `source`.
Result<void> merge_dict(VM& vm, DictObject* target, DictObject* source)
{
    auto const& entries = source->entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        Value key = entries[i].key;
        if (key.is_empty())
            continue;
        Value value = entries[i].value;
        Root key_root(vm, key);
        Root value_root(vm, value);
        TRY(target->set(vm, key, value));
    }
    return {};
}

/// dict_update_arg: a mapping (anything with keys()) or an iterable of pairs.
Result<void> update_from(VM& vm, DictObject* self, Value arg)
{
    if (DictObject* other = as_dict(arg); other
        && VM::type_of(arg)->lookup(vm.names.__iter__).is(types::dict->lookup(vm.names.__iter__))) {
        if (other == self)
            return {};
        return merge_dict(vm, self, other);
    }
    Value keys_method = TRY(vm.getattr_optional(arg, vm.names.keys));
    if (!keys_method.is_empty()) {
        Value keys = TRY(vm.call(keys_method, CallArgs {nullptr, 0, nullptr}));
        Root keys_root(vm, keys);
        Value iterator = TRY(vm.iter(keys));
        Root iterator_root(vm, iterator);
        for (;;) {
            bool exhausted = false;
            Value key = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                break;
            Root key_root(vm, key);
            Value value = TRY(vm.getitem(arg, key));
            Root value_root(vm, value);
            TRY(self->set(vm, key, value));
        }
        return {};
    }
    Value iterator = TRY(vm.iter(arg));
    Root iterator_root(vm, iterator);
    for (size_t index = 0;; ++index) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            break;
        Root item_root(vm, item);
        Value key, value;
        if (TupleObject* pair = as_tuple(item); pair && pair->size() == 2) {
            key = pair->at(0);
            value = pair->at(1);
        } else {
            Result<ListObject*> fast = vm.to_list(item);
            if (fast.is_error()) {
                if (!vm.exception_matches(types::type_error))
                    return Error {};
                vm.take_exception();
                return vm.raise_type_error("cannot convert dictionary update sequence element #"
                    + std::to_string(index) + " to a sequence");
            }
            ListObject* items = fast.value();
            if (items->size() != 2) {
                return vm.raise_value_error("dictionary update sequence element #"
                    + std::to_string(index) + " has length " + std::to_string(items->size())
                    + "; 2 is required");
            }
            key = items->at(0);
            value = items->at(1);
            item_root.set(items->value());
        }
        TRY(self->set(vm, key, value));
    }
    return {};
}

/// dict(...) / dict.update(...): one optional positional argument, then keyword arguments.
Result<void> update_common(VM& vm, DictObject* self, CallArgs const& args, char const* name)
{
    size_t const keywords = args.keyword_count();
    size_t const positional = args.count - keywords - 1;
    if (positional > 1) {
        return vm.raise_type_error(
            std::string(name) + " expected at most 1 argument, got " + std::to_string(positional));
    }
    if (positional == 1)
        TRY(update_from(vm, self, args.args[1]));
    for (size_t k = 0; k < keywords; ++k)
        TRY(self->set(vm, args.kwnames->at(k), args.args[1 + positional + k]));
    return {};
}

Result<Value> dict_new(VM& vm, CallArgs const& args)
{
    return new_dict_of_type(vm, static_cast<Type*>(args.args[0].as_object()))->value();
}

Result<Value> dict_init(VM& vm, CallArgs const& args)
{
    TRY(update_common(vm, self_dict(args), args, "dict"));
    return py_none;
}

Result<Value> dict_update(VM& vm, CallArgs const& args)
{
    TRY(update_common(vm, self_dict(args), args, "update"));
    return py_none;
}

Result<Value> dict_repr(VM& vm, CallArgs const& args)
{
    DictObject* self = self_dict(args);
    if (self->size() == 0)
        return vm.new_str(std::string_view("{}"))->value();
    ReprGuard guard(self);
    if (guard.is_recursive())
        return vm.new_str(std::string_view("{...}"))->value();
    std::string out = "{";
    bool first = true;
    for (size_t i = 0; i < self->entries().size(); ++i) {
        auto const& entry = self->entries()[i];
        if (entry.key.is_empty())
            continue;
        Value key = entry.key;
        Value value = entry.value;
        Root value_root(vm, value);
        if (!first)
            out += ", ";
        first = false;
        out += TRY(vm.repr(key))->view();
        out += ": ";
        out += TRY(vm.repr(value))->view();
    }
    out += "}";
    return vm.new_str(std::move(out))->value();
}

/// dict_equal: same size and every key of `a` maps to an equal value in `b`.
Result<bool> dicts_equal(VM& vm, DictObject* a, DictObject* b)
{
    if (a->size() != b->size())
        return false;
    for (size_t i = 0; i < a->entries().size(); ++i) {
        auto const& entry = a->entries()[i];
        if (entry.key.is_empty())
            continue;
        Value key = entry.key;
        Value value = entry.value;
        Root key_root(vm, key);
        Root value_root(vm, value);
        Value other = TRY(b->get(vm, key));
        if (other.is_empty())
            return false;
        if (!TRY(items_equal(vm, value, other)))
            return false;
    }
    return true;
}

template<bool negate>
Result<Value> dict_eq(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__eq__", 1, 1, true));
    DictObject* other = as_dict(args.args[1]);
    if (!other)
        return py_not_implemented;
    bool equal = TRY(dicts_equal(vm, self_dict(args), other));
    return py_bool(equal != negate);
}

Result<Value> dict_len(VM& vm, CallArgs const& args)
{
    return vm.new_int(static_cast<int64_t>(self_dict(args)->size()));
}

Result<Value> dict_getitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__getitem__", 1, 1, true));
    DictObject* self = self_dict(args);
    Value value = TRY(self->get(vm, args.args[1]));
    if (!value.is_empty())
        return value;
    if (self->type() != types::dict) {
        Value missing = self->type()->lookup(vm.names.__missing__);
        if (!missing.is_empty())
            return vm.call_method(args.args[0], vm.names.__missing__, {args.args[1]});
    }
    return raise_key_error(vm, args.args[1]);
}

Result<Value> dict_setitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__setitem__", 2, 2, true));
    TRY(self_dict(args)->set(vm, args.args[1], args.args[2]));
    return py_none;
}

Result<Value> dict_delitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__delitem__", 1, 1, true));
    if (!TRY(self_dict(args)->remove(vm, args.args[1])))
        return raise_key_error(vm, args.args[1]);
    return py_none;
}

Result<Value> dict_contains(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__contains__", 1, 1, true));
    Value value = TRY(self_dict(args)->get(vm, args.args[1]));
    return py_bool(!value.is_empty());
}

Value dict_iterator(VM& vm, Type* type, DictObject* dict)
{
    bool const reverse = type == types::dict_reversekeyiterator
        || type == types::dict_reversevalueiterator || type == types::dict_reverseitemiterator;
    int64_t const start = reverse ? static_cast<int64_t>(dict->entries().size()) - 1 : 0;
    return vm.make<DictIterObject>(type, dict, start, dict->size())->value();
}

Result<Value> dict_iter(VM& vm, CallArgs const& args)
{
    return dict_iterator(vm, types::dict_keyiterator, self_dict(args));
}

Result<Value> dict_reversed(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__reversed__", 0, 0, true));
    return dict_iterator(vm, types::dict_reversekeyiterator, self_dict(args));
}

Result<DictObject*> copy_dict(VM& vm, DictObject* source)
{
    DictObject* copy = vm.new_dict();
    Root root(vm, copy->value());
    TRY(merge_dict(vm, copy, source));
    return copy;
}

Result<Value> dict_or(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__or__", 1, 1, true));
    DictObject* other = as_dict(args.args[1]);
    if (!other)
        return py_not_implemented;
    DictObject* result = TRY(copy_dict(vm, self_dict(args)));
    Root root(vm, result->value());
    TRY(update_from(vm, result, args.args[1]));
    return result->value();
}

Result<Value> dict_ior(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.__ior__", 1, 1, true));
    TRY(update_from(vm, self_dict(args), args.args[1]));
    return args.args[0];
}

Result<Value> dict_get(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.get", 1, 2, true));
    Value value = TRY(self_dict(args)->get(vm, args.args[1]));
    if (!value.is_empty())
        return value;
    return args.count > 2 ? args.args[2] : py_none;
}

Result<Value> dict_setdefault(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.setdefault", 1, 2, true));
    DictObject* self = self_dict(args);
    Value value = TRY(self->get(vm, args.args[1]));
    if (!value.is_empty())
        return value;
    Value fallback = args.count > 2 ? args.args[2] : py_none;
    TRY(self->set(vm, args.args[1], fallback));
    return fallback;
}

Result<Value> dict_pop(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.pop", 1, 2, true));
    Value value = TRY(self_dict(args)->pop(vm, args.args[1]));
    if (!value.is_empty())
        return value;
    if (args.count > 2)
        return args.args[2];
    return raise_key_error(vm, args.args[1]);
}

Result<Value> dict_popitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.popitem", 0, 0, true));
    DictObject* self = self_dict(args);
    if (self->size() == 0)
        return vm.raise(types::key_error, "popitem(): dictionary is empty");
    auto const& entries = self->entries();
    size_t i = entries.size();
    while (i > 0 && entries[i - 1].key.is_empty())
        --i;
    Value key = entries[i - 1].key;
    Value value = entries[i - 1].value;
    TupleObject* pair = vm.new_tuple({key, value});
    Root root(vm, pair->value());
    TRY(self->pop(vm, key));
    return pair->value();
}

Result<Value> dict_fromkeys(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "fromkeys", 1, 2, true));
    Value cls = args.args[0];
    Value fill = args.count > 2 ? args.args[2] : py_none;
    Value result = TRY(vm.call(cls, CallArgs {nullptr, 0, nullptr}));
    Root result_root(vm, result);
    Value iterator = TRY(vm.iter(args.args[1]));
    Root iterator_root(vm, iterator);
    DictObject* exact = object_type(result) == types::dict
        ? static_cast<DictObject*>(result.as_object())
        : nullptr;
    for (;;) {
        bool exhausted = false;
        Value key = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            break;
        if (exact)
            TRY(exact->set(vm, key, fill));
        else
            TRY(vm.setitem(result, key, fill));
    }
    return result;
}

Result<Value> dict_copy(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.copy", 0, 0, true));
    DictObject* copy = TRY(copy_dict(vm, self_dict(args)));
    return copy->value();
}

Result<Value> dict_clear(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.clear", 0, 0, true));
    self_dict(args)->clear();
    return py_none;
}

template<Type** view_type>
Result<Value> dict_view(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dict.keys", 0, 0, true));
    return vm.make<DictViewObject>(*view_type, self_dict(args))->value();
}

// -- views ----------------------------------------------------------------------------------

DictViewObject* self_view(CallArgs const& args)
{
    return static_cast<DictViewObject*>(args.args[0].as_object());
}

bool is_set_like_view(Value v)
{
    Type* t = object_type(v);
    return t == types::dict_keys || t == types::dict_items;
}

Result<Value> view_len(VM& vm, CallArgs const& args)
{
    return vm.new_int(static_cast<int64_t>(self_view(args)->m_dict->size()));
}

Result<Value> view_iter(VM& vm, CallArgs const& args)
{
    DictViewObject* view = self_view(args);
    Type* type = view->type() == types::dict_keys ? types::dict_keyiterator
        : view->type() == types::dict_values      ? types::dict_valueiterator
                                                  : types::dict_itemiterator;
    return dict_iterator(vm, type, view->m_dict);
}

Result<Value> view_reversed(VM& vm, CallArgs const& args)
{
    DictViewObject* view = self_view(args);
    Type* type = view->type() == types::dict_keys ? types::dict_reversekeyiterator
        : view->type() == types::dict_values      ? types::dict_reversevalueiterator
                                                  : types::dict_reverseitemiterator;
    return dict_iterator(vm, type, view->m_dict);
}

/// `item in view` for a keys or items view (values views scan).
Result<bool> view_contains_item(VM& vm, DictViewObject* view, Value item)
{
    DictObject* dict = view->m_dict;
    if (view->type() == types::dict_keys)
        return !TRY(dict->get(vm, item)).is_empty();
    if (view->type() == types::dict_items) {
        TupleObject* pair = as_tuple(item);
        if (!pair || pair->size() != 2)
            return false;
        Value value = TRY(dict->get(vm, pair->at(0)));
        if (value.is_empty())
            return false;
        return items_equal(vm, value, pair->at(1));
    }
    for (size_t i = 0; i < dict->entries().size(); ++i) {
        auto const& entry = dict->entries()[i];
        if (entry.key.is_empty())
            continue;
        if (TRY(items_equal(vm, entry.value, item)))
            return true;
    }
    return false;
}

Result<Value> view_contains(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__contains__", 1, 1, true));
    bool found = TRY(view_contains_item(vm, self_view(args), args.args[1]));
    return py_bool(found);
}

Result<Value> view_repr(VM& vm, CallArgs const& args)
{
    DictViewObject* view = self_view(args);
    ReprGuard guard(view);
    if (guard.is_recursive())
        return vm.new_str(std::string_view("..."))->value();
    ListObject* items = TRY(vm.to_list(args.args[0]));
    Root root(vm, items->value());
    StrObject* list_repr = TRY(vm.repr(items->value()));
    return vm.new_str(view->type()->name() + "(" + std::string(list_repr->view()) + ")")->value();
}

/// Number of items of a set-like operand (set, frozenset or view).
size_t set_like_size(Value v)
{
    if (is_any_set(v))
        return static_cast<SetObject*>(v.as_object())->size();
    return static_cast<DictViewObject*>(v.as_object())->m_dict->size();
}

/// `item in v` for a set-like operand.
Result<bool> set_like_contains(VM& vm, Value v, Value item)
{
    if (is_any_set(v))
        return static_cast<SetObject*>(v.as_object())->contains(vm, item);
    return view_contains_item(vm, static_cast<DictViewObject*>(v.as_object()), item);
}

/// all_contained_in: every item of `a` is in `b`.
Result<bool> all_contained_in(VM& vm, Value a, Value b)
{
    Value iterator = TRY(vm.iter(a));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return true;
        if (!TRY(set_like_contains(vm, b, item)))
            return false;
    }
}

template<CompareOp op>
Result<Value> view_compare(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__eq__", 1, 1, true));
    Value self = args.args[0];
    Value other = args.args[1];
    if (!is_any_set(other) && !is_set_like_view(other))
        return py_not_implemented;
    size_t const a = set_like_size(self);
    size_t const b = set_like_size(other);
    bool result = false;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        result = a == b && TRY(all_contained_in(vm, self, other));
        if (op == CompareOp::Ne)
            result = !result;
        break;
    case CompareOp::Lt:
        result = a < b && TRY(all_contained_in(vm, self, other));
        break;
    case CompareOp::Le:
        result = a <= b && TRY(all_contained_in(vm, self, other));
        break;
    case CompareOp::Gt:
        result = a > b && TRY(all_contained_in(vm, other, self));
        break;
    case CompareOp::Ge:
        result = a >= b && TRY(all_contained_in(vm, other, self));
        break;
    }
    return py_bool(result);
}

/// `a op b` where one operand is a keys/items view: CPython builds a set from the left operand
/// and updates it with the right one (so reflected calls pass the operands swapped back).
enum class SetOp { And, Or, Sub, Xor };

Result<Value> view_set_op(VM& vm, Value left, Value right, SetOp op)
{
    if (op == SetOp::And) {
        // _PyDictView_Intersect: iterate the smaller operand, test membership in the view.
        Value view = is_set_like_view(left) ? left : right;
        Value other = view.is(left) ? right : left;
        if (object_type(other) == types::set && set_like_size(view) <= set_like_size(other))
            return vm.call_method(other, vm.intern("intersection"), {view});
        if (is_set_like_view(other) && set_like_size(other) > set_like_size(view))
            std::swap(view, other);
        SetObject* result = new_set(vm, types::set);
        Root root(vm, result->value());
        Value iterator = TRY(vm.iter(other));
        Root iterator_root(vm, iterator);
        for (;;) {
            bool exhausted = false;
            Value item = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                break;
            Root item_root(vm, item);
            if (TRY(view_contains_item(vm, static_cast<DictViewObject*>(view.as_object()), item)))
                TRY(result->add(vm, item));
        }
        return result->value();
    }
    SetObject* result = TRY(make_set(vm, types::set, left));
    Root root(vm, result->value());
    switch (op) {
    case SetOp::Or:
        TRY(set_update(vm, result, right));
        break;
    case SetOp::Sub:
        TRY(set_difference_update(vm, result, right));
        break;
    case SetOp::Xor:
        TRY(set_symmetric_difference_update(vm, result, right));
        break;
    case SetOp::And:
        break;
    }
    return result->value();
}

template<SetOp op, bool reflected>
Result<Value> view_binary(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__and__", 1, 1, true));
    // CPython accepts any iterable as the other operand; a non-iterable gives NotImplemented.
    Value other = args.args[1];
    Result<Value> probe = vm.iter(other);
    if (probe.is_error()) {
        if (!vm.exception_matches(types::type_error))
            return Error {};
        vm.take_exception();
        return py_not_implemented;
    }
    if (reflected)
        return view_set_op(vm, other, args.args[0], op);
    return view_set_op(vm, args.args[0], other, op);
}

Result<Value> view_isdisjoint(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "isdisjoint", 1, 1, true));
    DictViewObject* view = self_view(args);
    Value iterator = TRY(vm.iter(args.args[1]));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return py_true;
        if (TRY(view_contains_item(vm, view, item)))
            return py_false;
    }
}

void init_view_type(VM& vm, Type* t, bool set_like)
{
    DictObject* d = t->m_dict;
    vm.define_native(d, "__len__", &view_len, t);
    vm.define_native(d, "__iter__", &view_iter, t);
    vm.define_native(d, "__reversed__", &view_reversed, t);
    vm.define_native(d, "__contains__", &view_contains, t);
    vm.define_native(d, "__repr__", &view_repr, t);
    if (!set_like)
        return;
    d->set_str(vm, vm.names.__hash__, py_none);
    vm.define_native(d, "__eq__", &view_compare<CompareOp::Eq>, t);
    vm.define_native(d, "__ne__", &view_compare<CompareOp::Ne>, t);
    vm.define_native(d, "__lt__", &view_compare<CompareOp::Lt>, t);
    vm.define_native(d, "__le__", &view_compare<CompareOp::Le>, t);
    vm.define_native(d, "__gt__", &view_compare<CompareOp::Gt>, t);
    vm.define_native(d, "__ge__", &view_compare<CompareOp::Ge>, t);
    vm.define_native(d, "__and__", &view_binary<SetOp::And, false>, t);
    vm.define_native(d, "__rand__", &view_binary<SetOp::And, true>, t);
    vm.define_native(d, "__or__", &view_binary<SetOp::Or, false>, t);
    vm.define_native(d, "__ror__", &view_binary<SetOp::Or, true>, t);
    vm.define_native(d, "__sub__", &view_binary<SetOp::Sub, false>, t);
    vm.define_native(d, "__rsub__", &view_binary<SetOp::Sub, true>, t);
    vm.define_native(d, "__xor__", &view_binary<SetOp::Xor, false>, t);
    vm.define_native(d, "__rxor__", &view_binary<SetOp::Xor, true>, t);
    vm.define_native(d, "isdisjoint", &view_isdisjoint, t);
}

} // namespace

void init_dict_type(VM& vm)
{
    Type* t = types::dict;
    t->m_alloc = &dict_alloc;
    DictObject* d = t->m_dict;
    vm.define_native(d, "__new__", &dict_new, t);
    vm.define_native(d, "__init__", &dict_init, t);
    vm.define_native(d, "__repr__", &dict_repr, t);
    vm.define_native(d, "__eq__", &dict_eq<false>, t);
    vm.define_native(d, "__ne__", &dict_eq<true>, t);
    vm.define_native(d, "__len__", &dict_len, t);
    vm.define_native(d, "__getitem__", &dict_getitem, t);
    vm.define_native(d, "__setitem__", &dict_setitem, t);
    vm.define_native(d, "__delitem__", &dict_delitem, t);
    vm.define_native(d, "__contains__", &dict_contains, t);
    vm.define_native(d, "__iter__", &dict_iter, t);
    vm.define_native(d, "__reversed__", &dict_reversed, t);
    vm.define_native(d, "__or__", &dict_or, t);
    vm.define_native(d, "__ior__", &dict_ior, t);
    vm.define_native(d, "get", &dict_get, t);
    vm.define_native(d, "setdefault", &dict_setdefault, t);
    vm.define_native(d, "pop", &dict_pop, t);
    vm.define_native(d, "popitem", &dict_popitem, t);
    vm.define_native(d, "keys", &dict_view<&types::dict_keys>, t);
    vm.define_native(d, "values", &dict_view<&types::dict_values>, t);
    vm.define_native(d, "items", &dict_view<&types::dict_items>, t);
    vm.define_native(d, "update", &dict_update, t);
    vm.define_native(d, "copy", &dict_copy, t);
    vm.define_native(d, "clear", &dict_clear, t);
    // fromkeys is a classmethod: it receives the class (dict or a subclass) as args[0].
    auto* fromkeys = vm.make<NativeFunctionObject>(
        types::builtin_function, &dict_fromkeys, vm.intern("fromkeys"), Value {}, t);
    d->set_str(vm, fromkeys->m_name, make_classmethod(vm, fromkeys->value()));
    d->set_str(vm, vm.names.__hash__, py_none);

    init_view_type(vm, types::dict_keys, true);
    init_view_type(vm, types::dict_values, false);
    init_view_type(vm, types::dict_items, true);
}

} // namespace minipy
