// StrObject: Python's immutable str, stored as UTF-8.
//
// The code-point length and an all-ASCII flag are computed once, so len() is O(1) and indexing
// an ASCII string is O(1). The hash is cached. Identifiers and attribute names are interned
// (VM::intern) so that name lookups usually compare pointers.
//
// Concatenating long strings makes a lazy concatenation node (a "rope") that keeps its two
// operands and copies their bytes only when something first looks at the text; the length,
// ASCII flag and byte length are known without copying. This keeps the `s += piece` loop linear,
// as CPython's in-place resize of an unshared str does. The depth of a chain of nodes is
// bounded (str_concat flattens deep operands), which bounds both the memory the nodes hold and
// the cost of any single flattening.
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <string>
#include <string_view>

namespace minipy {

class VM;

class StrObject final : public Object {
public:
    StrObject(std::string data);
    /// For text whose code-point length and ASCII-ness the caller already knows (concatenation,
    /// slicing of ASCII text): skips the measuring pass.
    StrObject(std::string&& data, size_t length, bool ascii);
    StrObject(std::string_view data, size_t length, bool ascii);
    ~StrObject() override;

    std::string const& data() const
    {
        if (m_is_rope) [[unlikely]]
            flatten();
        return m_data;
    }
    std::string_view view() const { return data(); }
    size_t byte_length() const { return m_is_rope ? m_rope.bytes : m_data.size(); }
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
            || (byte_length() == other->byte_length()
                && (m_hash == -1 || other->m_hash == -1 || m_hash == other->m_hash)
                && data() == other->data());
    }

    size_t external_size() const override { return m_is_rope ? 0 : m_data.capacity(); }
    void visit_edges(Visitor& visitor) override;

    /// A lazy concatenation node for left + right (both non-empty). Use str_concat.
    StrObject(StrObject* left, StrObject* right);
    /// Nodes on the longest path to a flat str (0 for a flat str).
    uint32_t rope_depth() const { return m_is_rope ? static_cast<uint32_t>(m_rope_depth) : 0; }
    /// Copies the operands of a concatenation node into this str's own storage.
    void flatten() const;

private:
    void compute_hash() const;

    /// The operands of a concatenation node, and the byte length of their text.
    struct Rope {
        StrObject* left;
        StrObject* right;
        size_t bytes;
    };

    // A str is 64 bytes (one pool class): the text of a flat str and the operands of a node
    // share storage, and the lengths and flags share one word.
    union {
        mutable std::string m_data; ///< the text, while flat (m_is_rope == 0)
        Rope m_rope; ///< the operands, while an unflattened concatenation node
    };
    mutable int64_t m_hash = -1;
    uint64_t m_length : 48 = 0; ///< code points
    uint64_t m_rope_depth : 12 = 0; ///< nodes on the longest path to a flat str (nodes only)
    uint64_t m_ascii : 1 = 1;
    uint64_t m_interned : 1 = 0;
    mutable uint64_t m_is_rope : 1 = 0;
};

/// a + b for two strs, as a new exact str (or one of the operands when the other is empty and
/// the operand is an exact str).
Value str_concat(VM& vm, StrObject* a, StrObject* b);

/// A new str from UTF-8 bytes whose code-point length and ASCII-ness the caller knows.
StrObject* new_measured_str(VM& vm, std::string&& utf8, size_t length, bool ascii);
/// A new str holding `part`, a run of whole code points taken from `whole`'s bytes (cheap to
/// measure when `whole` is ASCII).
StrObject* new_str_part(VM& vm, StrObject const* whole, std::string_view part);

/// str * count for an int count (sequence repetition: empty for count <= 0).
Result<Value> str_repeat_n(VM& vm, StrObject* self, int64_t count);

/// Decodes one UTF-8 code point starting at `p` (valid UTF-8 assumed), advancing p.
uint32_t utf8_decode(char const*& p);
/// Appends the UTF-8 encoding of `cp` to `out`.
void utf8_append(std::string& out, uint32_t cp);

} // namespace minipy
