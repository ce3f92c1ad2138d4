// StrObject's core: construction (length and ASCII flag), hashing, code-point indexing and the
// UTF-8 helpers every part of the VM uses to walk strings.
#include "vm/objects/str_object.hpp"

#include "vm/builtin_types.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/vm.hpp"

#include <algorithm>
#include <cstring>
#include <new>
#include <vector>

namespace minipy {

namespace {

/// Counts code points: every byte that is not a UTF-8 continuation byte (10xxxxxx) starts one.
/// Also reports whether every byte is ASCII. Processes 8 bytes at a time where possible.
void measure_utf8(std::string const& data, size_t& length, bool& ascii)
{
    size_t const n = data.size();
    char const* p = data.data();
    size_t continuation = 0;
    uint64_t high_bits = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        uint64_t const high = word & 0x8080808080808080ull;
        high_bits |= high;
        if (high) {
            // A continuation byte has bit 7 set and bit 6 clear.
            uint64_t const cont = high & ~(word << 1);
            continuation += static_cast<size_t>(__builtin_popcountll(cont & 0x8080808080808080ull));
        }
    }
    for (; i < n; ++i) {
        unsigned char const c = static_cast<unsigned char>(p[i]);
        if (c & 0x80) {
            high_bits = 1;
            if ((c & 0xC0) == 0x80)
                ++continuation;
        }
    }
    length = n - continuation;
    ascii = high_bits == 0;
}

inline uint64_t read64(unsigned char const* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

inline uint64_t mix(uint64_t a, uint64_t b)
{
    __uint128_t const r = static_cast<__uint128_t>(a) * b;
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

} // namespace

StrObject::StrObject(std::string data)
    : Object(types::str)
    , m_data(std::move(data))
{
    size_t length = 0;
    bool ascii = true;
    measure_utf8(m_data, length, ascii);
    m_length = length;
    m_ascii = ascii;
    set_leaf();
}

StrObject::StrObject(std::string&& data, size_t length, bool ascii)
    : Object(types::str)
    , m_data(std::move(data))
    , m_length(length)
    , m_ascii(ascii)
{
    set_leaf();
}

StrObject::StrObject(std::string_view data, size_t length, bool ascii)
    : Object(types::str)
    , m_data(data)
    , m_length(length)
    , m_ascii(ascii)
{
    set_leaf();
}

StrObject::StrObject(StrObject* left, StrObject* right)
    : Object(types::str)
    , m_rope {left, right, left->byte_length() + right->byte_length()}
    , m_length(left->length() + right->length())
    , m_rope_depth(std::max(left->rope_depth(), right->rope_depth()) + 1)
    , m_ascii(left->is_ascii() && right->is_ascii())
    , m_is_rope(1)
{
}

StrObject::~StrObject()
{
    if (!m_is_rope)
        m_data.~basic_string();
}

void StrObject::visit_edges(Visitor& visitor)
{
    if (m_is_rope) {
        visitor.visit(m_rope.left);
        visitor.visit(m_rope.right);
    }
}

void StrObject::flatten() const
{
    // An in-order walk with an explicit stack: chains of nodes may be long.
    std::string out;
    out.reserve(m_rope.bytes);
    std::vector<StrObject const*> stack;
    stack.push_back(m_rope.right);
    stack.push_back(m_rope.left);
    while (!stack.empty()) {
        StrObject const* node = stack.back();
        stack.pop_back();
        if (node->m_is_rope) {
            stack.push_back(node->m_rope.right);
            stack.push_back(node->m_rope.left);
        } else {
            out.append(node->m_data);
        }
    }
    // The node becomes a flat str: its text takes the place of the operands.
    new (&m_data) std::string(std::move(out));
    m_is_rope = 0;
    VM::the().heap().note_allocation(m_data.size());
}

namespace {

/// Concatenations shorter than this are copied at once; longer ones make a node.
constexpr size_t rope_min_bytes = 256;
/// Operands deeper than this are flattened before a node is put on top of them.
constexpr uint32_t rope_max_depth = 512;

} // namespace

StrObject* new_measured_str(VM& vm, std::string&& utf8, size_t length, bool ascii)
{
    if (utf8.size() <= 1)
        return vm.new_str(std::move(utf8)); // the cached one-character strs
    size_t const bytes = utf8.size();
    auto* s = vm.make<StrObject>(std::move(utf8), length, ascii);
    vm.heap().note_allocation(bytes);
    return s;
}

StrObject* new_str_part(VM& vm, StrObject const* whole, std::string_view part)
{
    if (!whole->is_ascii() || part.size() <= 1)
        return vm.new_str(part);
    auto* s = vm.make<StrObject>(part, part.size(), true);
    vm.heap().note_allocation(part.size());
    return s;
}

Value str_concat(VM& vm, StrObject* a, StrObject* b)
{
    if (b->byte_length() == 0 && a->type() == types::str)
        return a->value();
    if (a->byte_length() == 0 && b->type() == types::str)
        return b->value();
    size_t const bytes = a->byte_length() + b->byte_length();
    if (bytes >= rope_min_bytes && a->byte_length() && b->byte_length()) {
        if (a->rope_depth() >= rope_max_depth)
            a->flatten();
        if (b->rope_depth() >= rope_max_depth)
            b->flatten();
        return vm.make<StrObject>(a, b)->value();
    }
    std::string out;
    out.reserve(bytes);
    out.append(a->view());
    out.append(b->view());
    return new_measured_str(
        vm, std::move(out), a->length() + b->length(), a->is_ascii() && b->is_ascii())
        ->value();
}

int64_t hash_bytes(std::string_view data)
{
    // A wyhash-style multiply-mix over 8-byte words: fast for short identifiers and long text
    // alike. Python only requires that equal strings hash equally; the value itself is not
    // specified (CPython randomises it per process).
    constexpr uint64_t k0 = 0xa0761d6478bd642full;
    constexpr uint64_t k1 = 0xe7037ed1a0b428dbull;
    constexpr uint64_t k2 = 0x8ebc6af09c88c6e3ull;
    auto const* p = reinterpret_cast<unsigned char const*>(data.data());
    size_t n = data.size();
    uint64_t seed = k0 ^ (static_cast<uint64_t>(n) * k2);
    while (n >= 16) {
        seed = mix(read64(p) ^ k1, read64(p + 8) ^ seed);
        p += 16;
        n -= 16;
    }
    uint64_t a = 0;
    uint64_t b = 0;
    if (n >= 8) {
        a = read64(p);
        b = read64(p + n - 8);
    } else if (n > 0) {
        // Up to 7 bytes: gather them into two words without reading past the end.
        for (size_t i = 0; i < n; ++i)
            a |= static_cast<uint64_t>(p[i]) << (8 * i);
        b = static_cast<uint64_t>(p[0]) | (static_cast<uint64_t>(p[n / 2]) << 8)
            | (static_cast<uint64_t>(p[n - 1]) << 16);
    }
    uint64_t h = mix(a ^ k1, b ^ seed);
    h = mix(h ^ k0, data.size() ^ k1);
    auto result = static_cast<int64_t>(h);
    // -1 is the "not computed" marker (and an error value in CPython's C API).
    if (result == -1)
        result = -2;
    return result;
}

void StrObject::compute_hash() const
{
    m_hash = hash_bytes(view());
}

size_t StrObject::byte_offset(size_t index) const
{
    if (m_ascii || index == 0)
        return index;
    std::string const& text = data();
    if (index >= m_length)
        return text.size();
    // Walk from whichever end is nearer, counting code-point starts.
    char const* p = text.data();
    size_t const n = text.size();
    if (index <= m_length / 2) {
        size_t count = 0;
        for (size_t i = 0; i < n; ++i) {
            if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) {
                if (count == index)
                    return i;
                ++count;
            }
        }
        return n;
    }
    size_t remaining = m_length - index; // code points to step back over from the end
    size_t i = n;
    while (i > 0) {
        --i;
        if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) {
            if (--remaining == 0)
                return i;
        }
    }
    return 0;
}

uint32_t StrObject::code_point_at(size_t index) const
{
    std::string const& text = data();
    if (m_ascii)
        return static_cast<unsigned char>(text[index]);
    char const* p = text.data() + byte_offset(index);
    return utf8_decode(p);
}

uint32_t utf8_decode(char const*& p)
{
    auto const* s = reinterpret_cast<unsigned char const*>(p);
    uint32_t const c = s[0];
    if (c < 0x80) {
        p += 1;
        return c;
    }
    if (c < 0xE0) {
        p += 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        p += 3;
        return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    p += 4;
    return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

void utf8_append(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        char const buf[2]
            = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(buf, 2);
    } else if (cp < 0x10000) {
        // Lone surrogates (U+D800..U+DFFF) are encoded as-is ("surrogatepass"), so that a str
        // holding one survives a round trip through the VM.
        char const buf[3] = {static_cast<char>(0xE0 | (cp >> 12)),
            static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(buf, 3);
    } else {
        char const buf[4] = {static_cast<char>(0xF0 | (cp >> 18)),
            static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
            static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(buf, 4);
    }
}

} // namespace minipy

namespace minipy {
static_assert(sizeof(StrObject) == 64, "a str fills exactly one 64-byte pool class");
} // namespace minipy
