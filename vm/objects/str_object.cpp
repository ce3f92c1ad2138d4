// StrObject's core: construction (length and ASCII flag), hashing, code-point indexing and the
// UTF-8 helpers every part of the VM uses to walk strings.
#include "vm/objects/str_object.hpp"

#include "vm/builtin_types.hpp"
#include "vm/objects/str_util.hpp"

#include <cstring>

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
    measure_utf8(m_data, m_length, m_ascii);
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
    m_hash = hash_bytes(m_data);
}

size_t StrObject::byte_offset(size_t index) const
{
    if (m_ascii || index == 0)
        return index;
    if (index >= m_length)
        return m_data.size();
    // Walk from whichever end is nearer, counting code-point starts.
    char const* p = m_data.data();
    size_t const n = m_data.size();
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
    if (m_ascii)
        return static_cast<unsigned char>(m_data[index]);
    char const* p = m_data.data() + byte_offset(index);
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
