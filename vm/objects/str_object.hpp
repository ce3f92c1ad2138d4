// StrObject: Python's immutable str, stored as UTF-8.
//
// The code-point length and an all-ASCII flag are computed once, so len() is O(1) and indexing
// an ASCII string is O(1). The hash is cached. Identifiers and attribute names are interned
// (VM::intern) so that name lookups usually compare pointers.
#pragma once

#include "vm/object.hpp"

#include <string>
#include <string_view>

namespace minipy {

class StrObject final : public Object {
public:
    StrObject(std::string data);

    std::string const& data() const { return m_data; }
    std::string_view view() const { return m_data; }
    size_t byte_length() const { return m_data.size(); }
    /// Number of code points.
    size_t length() const { return m_length; }
    bool is_ascii() const { return m_ascii; }
    bool is_interned() const { return m_interned; }
    void set_interned() { m_interned = true; }

    /// Python's hash(str); cached.
    int64_t hash() const
    {
        if (m_hash == -1)
            compute_hash();
        return m_hash;
    }

    /// Byte offset of code point `index` (0 <= index <= length()).
    size_t byte_offset(size_t index) const;
    /// The code point at `index`.
    uint32_t code_point_at(size_t index) const;

    bool equals(StrObject const* other) const
    {
        return this == other
            || (m_data.size() == other->m_data.size()
                && (m_hash == -1 || other->m_hash == -1 || m_hash == other->m_hash)
                && m_data == other->m_data);
    }

    size_t external_size() const override { return m_data.capacity(); }

private:
    void compute_hash() const;

    std::string m_data;
    mutable int64_t m_hash = -1;
    size_t m_length = 0;
    bool m_ascii = true;
    bool m_interned = false;
};

/// Decodes one UTF-8 code point starting at `p` (valid UTF-8 assumed), advancing p.
uint32_t utf8_decode(char const*& p);
/// Appends the UTF-8 encoding of `cp` to `out`.
void utf8_append(std::string& out, uint32_t cp);

} // namespace minipy
