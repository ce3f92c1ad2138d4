// BytesObject: Python's immutable bytes, and the byte-level codecs (utf-8, ascii, latin-1)
// shared by str.encode and bytes.decode.
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <string>
#include <string_view>

namespace minipy {

class VM;
class DictObject;
class StrObject;

class BytesObject final : public Object {
public:
    BytesObject(Type* type, std::string data)
        : Object(type)
        , m_data(std::move(data))
    {
    }

    std::string const& data() const { return m_data; }
    std::string_view view() const { return m_data; }
    size_t size() const { return m_data.size(); }

    /// hash(bytes); cached, never -1.
    int64_t hash() const;

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
    size_t external_size() const override { return m_data.capacity(); }

    DictObject* m_dict = nullptr; ///< only for instances of user subclasses

private:
    std::string m_data;
    mutable int64_t m_hash = -1;
};

/// A new bytes object holding `data` (VM::new_bytes).
Value make_bytes(VM&, std::string_view data);

/// True for bytes and instances of its subclasses.
bool is_bytes(Value);

/// Decodes `data` with `encoding` ("utf-8", "ascii", "latin-1" and their aliases) and `errors`
/// ("strict", "ignore", "replace"): UnicodeDecodeError / LookupError with CPython's messages.
Result<StrObject*> decode_bytes(
    VM&, std::string_view data, std::string_view encoding, std::string_view errors);

/// Encodes the UTF-8 text of a str with `encoding` and `errors` ("strict", "ignore", "replace",
/// "backslashreplace", "xmlcharrefreplace"): UnicodeEncodeError / LookupError as CPython.
Result<std::string> encode_str(
    VM&, StrObject* text, std::string_view encoding, std::string_view errors);

/// repr(bytes): b'...' with CPython's quote choice and escapes.
std::string bytes_repr(std::string_view data);

} // namespace minipy
