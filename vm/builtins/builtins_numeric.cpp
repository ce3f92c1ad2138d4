// Numeric builtins: abs, round, divmod, pow, hex, oct, bin, chr and ord.
#include "parser/ast.hpp"
#include "vm/builtins/builtins_internal.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/bytes_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/tuple_object.hpp"

#include <cmath>

namespace minipy {

namespace {

constexpr uint32_t op_pow = static_cast<uint32_t>(ast::BinOpKind::Pow);

Result<Value> builtin_abs(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "abs", 1, 1));
    Value x = args.args[0];
    if (x.is_small_int()) {
        int64_t v = x.as_small_int();
        return vm.new_int(v < 0 ? -v : v);
    }
    if (x.as_object()->type() == types::float_)
        return vm.new_float(std::fabs(float_value(x)));
    Value method = vm.lookup_special(x, vm.names.__abs__);
    if (method.is_empty())
        return vm.raise_type_error("bad operand type for abs(): '" + type_name(x) + "'");
    return vm.call(method, {x});
}

// round(number, ndigits=None)
Result<Value> builtin_round(VM& vm, CallArgs const& args)
{
    Value bound[2];
    TRY(bind_args(vm, args, "round", {"number", "ndigits"}, 1, 0, bound));
    Value method = vm.lookup_special(bound[0], vm.names.__round__);
    if (method.is_empty())
        return vm.raise_type_error(
            "type " + type_name(bound[0]) + " doesn't define __round__ method");
    if (bound[1].is_empty() || bound[1].is(py_none))
        return vm.call(method, {bound[0]});
    return vm.call(method, {bound[0], bound[1]});
}

/// Calls a binary special method, treating a missing method as NotImplemented.
Result<Value> try_special(VM& vm, Value self, StrObject* name, Value other)
{
    Value method = vm.lookup_special(self, name);
    if (method.is_empty())
        return py_not_implemented;
    return vm.call(method, {self, other});
}

// divmod(a, b): __divmod__ / __rdivmod__ with the reflected-operand rules of binary_op1.
Result<Value> builtin_divmod(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "divmod", 2, 2));
    Value a = args.args[0];
    Value b = args.args[1];
    if (a.is_small_int() && b.is_small_int() && b.as_small_int() != 0) {
        int64_t x = a.as_small_int();
        int64_t y = b.as_small_int();
        int64_t q = x / y;
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
            --q;
        }
        return vm.new_tuple({vm.new_int(q), vm.new_int(r)})->value();
    }
    Type* ta = VM::type_of(a);
    Type* tb = VM::type_of(b);
    static StrObject* divmod_name = vm.intern("__divmod__");
    static StrObject* rdivmod_name = vm.intern("__rdivmod__");
    bool reflected_first
        = tb != ta && tb->is_subtype_of(ta) && !vm.lookup_special(b, rdivmod_name).is_empty();
    if (reflected_first) {
        Value result = TRY(try_special(vm, b, rdivmod_name, a));
        if (!result.is(py_not_implemented))
            return result;
    }
    Value result = TRY(try_special(vm, a, divmod_name, b));
    if (!result.is(py_not_implemented))
        return result;
    if (tb != ta && !reflected_first) {
        result = TRY(try_special(vm, b, rdivmod_name, a));
        if (!result.is(py_not_implemented))
            return result;
    }
    return vm.raise_type_error(
        "unsupported operand type(s) for divmod(): '" + ta->name() + "' and '" + tb->name() + "'");
}

// pow(base, exp, mod=None). Three-argument pow only ever asks base's __pow__ (CPython's
// slot_nb_power never uses __rpow__ with a modulus).
Result<Value> builtin_pow(VM& vm, CallArgs const& args)
{
    Value bound[3];
    TRY(bind_args(vm, args, "pow", {"base", "exp", "mod"}, 2, 0, bound));
    if (bound[2].is_empty() || bound[2].is(py_none))
        return vm.binary_op(bound[0], bound[1], op_pow);
    Value method = vm.lookup_special(bound[0], vm.names.__pow__);
    if (!method.is_empty()) {
        Value result = TRY(vm.call(method, {bound[0], bound[1], bound[2]}));
        if (!result.is(py_not_implemented))
            return result;
    }
    // ternary_op reaches float's nb_power when any operand is a float; it refuses a modulus.
    if (is_float(bound[1]) || is_float(bound[2]))
        return vm.raise_type_error(
            "pow() 3rd argument not allowed unless all arguments are integers");
    return vm.raise_type_error("unsupported operand type(s) for ** or pow(): '"
        + type_name(bound[0]) + "', '" + type_name(bound[1]) + "', '" + type_name(bound[2]) + "'");
}

/// operator.index(v): an int value (any size), via __index__ for non-ints.
Result<Value> index_value(VM& vm, Value v)
{
    if (is_int(v))
        return v;
    Value method = vm.lookup_special(v, vm.names.__index__);
    if (method.is_empty())
        return vm.raise_type_error(
            "'" + type_name(v) + "' object cannot be interpreted as an integer");
    Value result = TRY(vm.call(method, {v}));
    if (!is_int(result))
        return vm.raise_type_error("__index__ returned non-int (type " + type_name(result) + ")");
    return result;
}

/// hex/oct/bin: '-0x1f' style text of an int through __index__.
Result<Value> int_to_base(VM& vm, CallArgs const& args, char const* name, int shift, char prefix)
{
    TRY(check_arg_count(vm, args, name, 1, 1));
    Value number = TRY(index_value(vm, args.args[0]));
    int64_t v;
    if (int_fits_int64(number, v)) {
        static char const digits[] = "0123456789abcdef";
        uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        char buffer[72];
        char* end = buffer + sizeof buffer;
        char* p = end;
        uint64_t mask = (uint64_t(1) << shift) - 1;
        do {
            *--p = digits[magnitude & mask];
            magnitude >>= shift;
        } while (magnitude != 0);
        *--p = prefix;
        *--p = '0';
        if (v < 0)
            *--p = '-';
        return str_value(vm, std::string_view(p, static_cast<size_t>(end - p)));
    }
    char spec[3] = {'#', prefix, 0};
    return TRY(vm.format(number, vm.intern(spec)))->value();
}

Result<Value> builtin_hex(VM& vm, CallArgs const& args)
{
    return int_to_base(vm, args, "hex", 4, 'x');
}

Result<Value> builtin_oct(VM& vm, CallArgs const& args)
{
    return int_to_base(vm, args, "oct", 3, 'o');
}

Result<Value> builtin_bin(VM& vm, CallArgs const& args)
{
    return int_to_base(vm, args, "bin", 1, 'b');
}

Result<Value> builtin_chr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "chr", 1, 1));
    Value number = TRY(index_value(vm, args.args[0]));
    int64_t v;
    if (!int_fits_int64(number, v) || v < INT32_MIN || v > INT32_MAX)
        return vm.raise(types::overflow_error, "Python int too large to convert to C int");
    if (v < 0 || v >= 0x110000)
        return vm.raise_value_error("chr() arg not in range(0x110000)");
    if (v < 128)
        return vm.m_small_strs[v]->value();
    std::string text;
    utf8_append(text, static_cast<uint32_t>(v));
    return vm.new_str(std::move(text))->value();
}

Result<Value> builtin_ord(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "ord", 1, 1));
    Value c = args.args[0];
    size_t length;
    if (is_str_value(c)) {
        StrObject* str = as_str_object(c);
        length = str->length();
        if (length == 1)
            return Value::small_int(str->code_point_at(0));
    } else if (is_bytes(c)) {
        std::string_view data = static_cast<BytesObject*>(c.as_object())->view();
        length = data.size();
        if (length == 1)
            return Value::small_int(static_cast<unsigned char>(data[0]));
    } else {
        return vm.raise_type_error(
            "ord() expected string of length 1, but " + type_name(c) + " found");
    }
    return vm.raise_type_error(
        "ord() expected a character, but string of length " + std::to_string(length) + " found");
}

} // namespace

void register_numeric_builtins(VM& vm, DictObject* builtins)
{
    vm.define_native(builtins, "abs", &builtin_abs);
    vm.define_native(builtins, "round", &builtin_round);
    vm.define_native(builtins, "divmod", &builtin_divmod);
    vm.define_native(builtins, "pow", &builtin_pow);
    vm.define_native(builtins, "hex", &builtin_hex);
    vm.define_native(builtins, "oct", &builtin_oct);
    vm.define_native(builtins, "bin", &builtin_bin);
    vm.define_native(builtins, "chr", &builtin_chr);
    vm.define_native(builtins, "ord", &builtin_ord);
}

} // namespace minipy
