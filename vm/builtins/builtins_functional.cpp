// Builtins that consume iterables: sorted, min, max, sum, any and all.
// (map, filter, zip, enumerate and reversed are classes; see vm/objects/iterators.hpp.)
#include "parser/ast.hpp"
#include "vm/builtins/builtins_internal.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/tuple_object.hpp"

namespace minipy {

namespace {

constexpr uint32_t op_add = static_cast<uint32_t>(ast::BinOpKind::Add);

// sorted(iterable, /, *, key=None, reverse=False): a new list sorted by list.sort, so that the
// keyword handling and the (stable) sort itself are list.sort's.
Result<Value> builtin_sorted(VM& vm, CallArgs const& args)
{
    size_t nkw = keyword_count(args);
    size_t npos = args.count - nkw;
    if (npos != 1)
        return vm.raise_type_error("sorted expected 1 argument, got " + std::to_string(npos));
    ListObject* list = TRY(vm.to_list(args.args[0]));
    Root root(vm, list->value());
    Value sort = TRY(vm.getattr(list->value(), vm.intern("sort")));
    Root sort_root(vm, sort);
    TRY(vm.call(sort, CallArgs {args.args + 1, nkw, args.kwnames}));
    return list->value();
}

/// min() and max(), following min_max in bltinmodule.c.
Result<Value> min_max(VM& vm, CallArgs const& args, CompareOp op, char const* name)
{
    size_t nkw = keyword_count(args);
    size_t npos = args.count - nkw;
    if (npos == 0)
        return vm.raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
    Value key, default_value;
    for (size_t k = 0; k < nkw; ++k) {
        StrObject* keyword = keyword_name(args, k);
        if (keyword->view() == "key")
            key = args.args[npos + k];
        else if (keyword->view() == "default")
            default_value = args.args[npos + k];
        else
            return vm.raise_type_error(
                "'" + keyword->data() + "' is an invalid keyword argument for " + name + "()");
    }
    bool positional = npos > 1;
    if (positional && !default_value.is_empty()) {
        return vm.raise_type_error(std::string("Cannot specify a default for ") + name
            + "() with multiple positional arguments");
    }
    if (key.is(py_none))
        key = Value();

    Value source = positional ? vm.new_tuple(args.args, npos)->value() : args.args[0];
    Root source_root(vm, source);
    Value iterator = TRY(vm.iter(source));
    Root iterator_root(vm, iterator);
    Root best_item(vm);
    Root best_value(vm);
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            break;
        Value value = item;
        if (!key.is_empty()) {
            Root item_root(vm, item);
            value = TRY(vm.call(key, {item}));
        }
        if (best_value.get().is_empty()) {
            best_item.set(item);
            best_value.set(value);
            continue;
        }
        bool better;
        if (value.is_small_int() && best_value.get().is_small_int()) {
            int64_t a = value.as_small_int();
            int64_t b = best_value.get().as_small_int();
            better = op == CompareOp::Lt ? a < b : a > b;
        } else {
            Root item_root(vm, item);
            Root value_root(vm, value);
            Value result = TRY(vm.compare(value, best_value.get(), op));
            better = result.is(py_true) || (!result.is(py_false) && TRY(vm.truthy(result)));
        }
        if (better) {
            best_item.set(item);
            best_value.set(value);
        }
    }
    if (best_value.get().is_empty()) {
        if (!default_value.is_empty())
            return default_value;
        return vm.raise_value_error(std::string(name) + "() arg is an empty sequence");
    }
    return best_item.get();
}

Result<Value> builtin_min(VM& vm, CallArgs const& args)
{
    return min_max(vm, args, CompareOp::Lt, "min");
}

Result<Value> builtin_max(VM& vm, CallArgs const& args)
{
    return min_max(vm, args, CompareOp::Gt, "max");
}

bool is_exact_float(Value v)
{
    return v.is_object() && v.as_object()->type() == types::float_;
}

// sum(iterable, /, start=0), following builtin_sum_impl of CPython 3.11: an int64 fast path,
// then a double fast path (plain addition, as 3.11 does), then generic `+`.
Result<Value> builtin_sum(VM& vm, CallArgs const& args)
{
    Value bound[2];
    TRY(bind_args(vm, args, "sum", {"iterable", "start"}, 1, 1, bound));
    Value result = bound[1].is_empty() ? Value::small_int(0) : bound[1];
    if (is_str_value(result))
        return vm.raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    if (VM::is_instance_of(result, types::bytes))
        return vm.raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    if (VM::is_instance_of(result, types::bytearray))
        return vm.raise_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");

    Value iterator = TRY(vm.iter(bound[0]));
    Root iterator_root(vm, iterator);
    Root result_root(vm, result);
    bool exhausted = false;

    int64_t i_result;
    if (is_exact_int(result) && int_fits_int64(result, i_result)) {
        for (;;) {
            Value item = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                return vm.new_int(i_result);
            int64_t b, total;
            if ((item.is_small_int() || is_exact_int(item)
                    || VM::is_instance_of(item, types::bool_))
                && int_fits_int64(item, b) && !__builtin_add_overflow(i_result, b, &total)) {
                i_result = total;
                continue;
            }
            Root item_root(vm, item);
            Value sum = TRY(vm.binary_op(vm.new_int(i_result), item, op_add));
            result_root.set(sum);
            break;
        }
    }

    if (is_exact_float(result_root.get())) {
        double f_result = float_value(result_root.get());
        for (;;) {
            Value item = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                return vm.new_float(f_result);
            if (is_exact_float(item)) {
                f_result += float_value(item);
                continue;
            }
            int64_t value;
            if (is_int(item) && int_fits_int64(item, value)) {
                f_result += static_cast<double>(value);
                continue;
            }
            Root item_root(vm, item);
            Value sum = TRY(vm.binary_op(vm.new_float(f_result), item, op_add));
            result_root.set(sum);
            break;
        }
    }

    for (;;) {
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return result_root.get();
        Root item_root(vm, item);
        Value sum = TRY(vm.binary_op(result_root.get(), item, op_add));
        result_root.set(sum);
    }
}

/// any() and all(): stop at the first item whose truth equals `stop_on`.
Result<Value> any_all(VM& vm, CallArgs const& args, char const* name, bool stop_on)
{
    TRY(check_arg_count(vm, args, name, 1, 1));
    Value iterator = TRY(vm.iter(args.args[0]));
    Root iterator_root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return py_bool(!stop_on);
        bool truth = item.is(py_true) || (!item.is(py_false) && TRY(vm.truthy(item)));
        if (truth == stop_on)
            return py_bool(stop_on);
    }
}

Result<Value> builtin_any(VM& vm, CallArgs const& args)
{
    return any_all(vm, args, "any", true);
}

Result<Value> builtin_all(VM& vm, CallArgs const& args)
{
    return any_all(vm, args, "all", false);
}

} // namespace

void register_functional_builtins(VM& vm, DictObject* builtins)
{
    vm.define_native(builtins, "sorted", &builtin_sorted);
    vm.define_native(builtins, "min", &builtin_min);
    vm.define_native(builtins, "max", &builtin_max);
    vm.define_native(builtins, "sum", &builtin_sum);
    vm.define_native(builtins, "any", &builtin_any);
    vm.define_native(builtins, "all", &builtin_all);
}

} // namespace minipy
