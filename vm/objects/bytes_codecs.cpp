// The codecs minipy supports natively (utf-8, ascii, latin-1) for str.encode, bytes.decode and
// str(bytes, encoding), with CPython's error handlers and exact UnicodeError messages.
#include "vm/objects/bytes_object.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/str_util.hpp"

#include <cstdio>
#include <vector>

namespace minipy {

namespace {

enum class Codec : uint8_t { Utf8, Ascii, Latin1 };

/// Normalises an encoding name as Python's codec registry does (case, '_' vs '-').
bool lookup_codec(std::string_view name, Codec& codec, char const*& canonical)
{
    std::string n;
    for (char c : name) {
        if (c == '_' || c == ' ')
            c = '-';
        n.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") {
        codec = Codec::Utf8;
        canonical = "utf-8";
        return true;
    }
    if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") {
        codec = Codec::Ascii;
        canonical = "ascii";
        return true;
    }
    if (n == "latin-1" || n == "latin1" || n == "latin" || n == "iso-8859-1" || n == "iso8859-1"
        || n == "8859" || n == "l1" || n == "cp819" || n == "iso-ir-100") {
        codec = Codec::Latin1;
        canonical = "latin-1";
        return true;
    }
    return false;
}

Error unknown_encoding(VM& vm, std::string_view encoding)
{
    return vm.raise(types::lookup_error, "unknown encoding: " + std::string(encoding));
}

Error unknown_handler(VM& vm, std::string_view errors)
{
    return vm.raise(
        types::lookup_error, "unknown error handler name '" + std::string(errors) + "'");
}

/// Raises `type` with `message` and attaches CPython's attributes (encoding, object, start, end,
/// reason) to the exception instance.
Error raise_unicode_error(VM& vm, Type* type, std::string const& message, char const* encoding,
    Value object, int64_t start, int64_t end, char const* reason)
{
    Root keep(vm, object);
    Error error = vm.raise(type, message);
    Value exception = vm.exception();
    if (VM::is_instance_of(exception, types::base_exception)) {
        auto* exc = static_cast<ExceptionObject*>(exception.as_object());
        if (!exc->m_dict)
            exc->m_dict = vm.new_dict();
        exc->m_dict->set_str(
            vm, vm.intern("encoding"), vm.new_str(std::string_view(encoding))->value());
        exc->m_dict->set_str(vm, vm.intern("object"), object);
        exc->m_dict->set_str(vm, vm.intern("start"), vm.new_int(start));
        exc->m_dict->set_str(vm, vm.intern("end"), vm.new_int(end));
        exc->m_dict->set_str(
            vm, vm.intern("reason"), vm.new_str(std::string_view(reason))->value());
    }
    return error;
}

/// Length of the valid UTF-8 sequence at data[i], or 0 with `bad_end` (the end of the maximal
/// invalid subsequence) and `reason` set.
size_t utf8_sequence(std::string_view data, size_t i, size_t& bad_end, char const*& reason)
{
    auto const byte = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
    unsigned char const c = byte(i);
    size_t need;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        bad_end = i + 1;
        reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k <= need; ++k) {
        if (i + k >= data.size()) {
            bad_end = data.size();
            reason = "unexpected end of data";
            return 0;
        }
        unsigned char const b = byte(i + k);
        bool const ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) {
            bad_end = i + k;
            reason = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

std::string byte_position_message(
    char const* encoding, std::string_view data, size_t start, size_t end, char const* reason)
{
    char buf[160];
    if (end - start == 1) {
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
            encoding, static_cast<unsigned char>(data[start]), start, reason);
    } else {
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s",
            encoding, start, end - 1, reason);
    }
    return buf;
}

} // namespace

Result<StrObject*> decode_bytes(
    VM& vm, std::string_view data, std::string_view encoding, std::string_view errors)
{
    Codec codec;
    char const* canonical;
    if (!lookup_codec(encoding, codec, canonical))
        return unknown_encoding(vm, encoding);
    std::string out;
    out.reserve(data.size());
    size_t i = 0;
    while (i < data.size()) {
        auto const c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        size_t bad_end = i + 1;
        char const* reason = "ordinal not in range(128)";
        if (codec == Codec::Latin1) {
            utf8_append(out, c);
            ++i;
            continue;
        }
        if (codec == Codec::Utf8) {
            size_t const len = utf8_sequence(data, i, bad_end, reason);
            if (len) {
                out.append(data.substr(i, len));
                i += len;
                continue;
            }
        }
        if (errors == "strict") {
            return raise_unicode_error(vm, types::unicode_decode_error,
                byte_position_message(canonical, data, i, bad_end, reason), canonical,
                vm.new_bytes(data), static_cast<int64_t>(i), static_cast<int64_t>(bad_end), reason);
        }
        if (errors == "replace") {
            utf8_append(out, 0xFFFD);
        } else if (errors == "backslashreplace") {
            for (size_t k = i; k < bad_end; ++k) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(data[k]));
                out += buf;
            }
        } else if (errors == "surrogateescape") {
            for (size_t k = i; k < bad_end; ++k)
                utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[k]));
        } else if (errors != "ignore") {
            return unknown_handler(vm, errors);
        }
        i = bad_end;
    }
    return vm.new_str(std::move(out));
}

Result<std::string> encode_str(
    VM& vm, StrObject* text, std::string_view encoding, std::string_view errors)
{
    Codec codec;
    char const* canonical;
    if (!lookup_codec(encoding, codec, canonical))
        return unknown_encoding(vm, encoding);
    std::string_view const data = text->view();
    if (text->is_ascii())
        return std::string(data);
    uint32_t const limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    auto encodable = [&](uint32_t cp) {
        return cp < limit && !(codec == Codec::Utf8 && cp >= 0xD800 && cp <= 0xDFFF);
    };
    std::string out;
    out.reserve(data.size());
    char const* p = data.data();
    char const* const end = p + data.size();
    size_t index = 0;
    while (p < end) {
        char const* start = p;
        uint32_t const cp = utf8_decode(p);
        if (encodable(cp)) {
            if (codec == Codec::Utf8)
                out.append(start, p);
            else
                out.push_back(static_cast<char>(cp));
            ++index;
            continue;
        }
        // The run of consecutive unencodable characters is reported (and replaced) together.
        size_t run_end = index + 1;
        char const* q = p;
        std::vector<uint32_t> run {cp};
        while (q < end) {
            char const* r = q;
            uint32_t const next = utf8_decode(r);
            if (encodable(next))
                break;
            run.push_back(next);
            q = r;
            ++run_end;
        }
        if (errors == "strict") {
            char const* reason = codec == Codec::Ascii ? "ordinal not in range(128)"
                : codec == Codec::Latin1               ? "ordinal not in range(256)"
                                                       : "surrogates not allowed";
            std::string message = std::string("'") + canonical + "' codec can't encode ";
            if (run.size() == 1) {
                std::string ch;
                append_str_repr(ch, std::string_view(start, static_cast<size_t>(p - start)), true);
                // append_str_repr produced a quoted escape like '\xfc'.
                message += "character " + ch + " in position " + std::to_string(index);
            } else {
                message += "characters in position " + std::to_string(index) + "-"
                    + std::to_string(run_end - 1);
            }
            message += ": ";
            message += reason;
            return raise_unicode_error(vm, types::unicode_encode_error, message, canonical,
                text->value(), static_cast<int64_t>(index), static_cast<int64_t>(run_end), reason);
        }
        for (uint32_t bad : run) {
            if (errors == "replace") {
                out.push_back('?');
            } else if (errors == "backslashreplace") {
                char buf[16];
                if (bad <= 0xFF)
                    std::snprintf(buf, sizeof buf, "\\x%02x", bad);
                else if (bad <= 0xFFFF)
                    std::snprintf(buf, sizeof buf, "\\u%04x", bad);
                else
                    std::snprintf(buf, sizeof buf, "\\U%08x", bad);
                out += buf;
            } else if (errors == "xmlcharrefreplace") {
                out += "&#" + std::to_string(bad) + ";";
            } else if (errors != "ignore") {
                return unknown_handler(vm, errors);
            }
        }
        p = q;
        index = run_end;
    }
    return out;
}

} // namespace minipy
