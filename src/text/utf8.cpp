#include "text/utf8.hpp"

#include <cstdint>
#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sayso::inline v0::detail {
namespace {

constexpr char32_t replacement = 0xFFFD;

inline bool is_continuation(unsigned char b) noexcept { return (b & 0xC0U) == 0x80U; }

}  // namespace

CodePoint decode_utf8(std::string_view text, std::size_t at) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char b0 = s[at];
  if (b0 < 0x80U) return {b0, 1, true};
  std::uint32_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0U) == 0xC0U) {
    len = 2; cp = b0 & 0x1FU; min = 0x80;
  } else if ((b0 & 0xF0U) == 0xE0U) {
    len = 3; cp = b0 & 0x0FU; min = 0x800;
  } else if ((b0 & 0xF8U) == 0xF0U) {
    len = 4; cp = b0 & 0x07U; min = 0x10000;
  } else {
    return {replacement, 1, false};
  }
  if (at + len > n) return {replacement, 1, false};
  for (std::uint32_t i = 1; i < len; ++i) {
    const unsigned char b = s[at + i];
    if (!is_continuation(b)) return {replacement, 1, false};
    cp = (cp << 6) | (b & 0x3FU);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return {replacement, 1, false};
  }
  return {cp, len, true};
}

CodePoint decode_utf8_before(std::string_view text, std::size_t end) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t start = end - 1;
  std::size_t steps = 0;
  while (start > 0 && steps < 3 && is_continuation(s[start])) {
    --start;
    ++steps;
  }
  CodePoint cp = decode_utf8(text, start);
  if (start + cp.length != end) return {replacement, 1, false};
  return cp;
}

std::size_t find_invalid_utf8(std::string_view text) noexcept {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Eight ASCII bytes at a time: no high bit set in the word.
    if (i + 8 <= n) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[i]) < 0x80U) {
      ++i;
      continue;
    }
    const CodePoint cp = decode_utf8(text, i);
    if (!cp.valid) return i;
    i += cp.length;
  }
  return n;
}

std::size_t fold_ascii_and_validate(std::string_view text, char* out) noexcept {
  const std::size_t n = text.size();
  std::size_t bad = n;
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (i + 16 <= n) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      if (_mm_movemask_epi8(x) == 0) {  // sixteen ASCII bytes
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
                                            _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
        const __m128i folded = _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), folded);
        i += 16;
        continue;
      }
    }
#endif
    if (i + 8 <= n) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        word = fold_ascii8(word);
        std::memcpy(out + i, &word, 8);
        i += 8;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80U) {
      out[i] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
      ++i;
      continue;
    }
    // A multi-byte sequence (copied as it is), or an invalid byte (copied alone).
    const CodePoint cp = decode_utf8(text, i);
    if (!cp.valid && bad == n) bad = i;
    const std::size_t length = cp.valid ? cp.length : 1;
    std::memcpy(out + i, text.data() + i, std::min(length, n - i));
    i += length;
  }
  return bad;
}

bool is_upper(char32_t c) noexcept {
  if (c < 0x80) return c >= U'A' && c <= U'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0;  // Latin Extended-A pairs (approx.)
  if (c >= 0x391 && c <= 0x3AB) return true;           // Greek capitals
  if (c >= 0x400 && c <= 0x42F) return true;           // Cyrillic capitals
  return false;
}

bool is_lower(char32_t c) noexcept {
  if (c < 0x80) return c >= U'a' && c <= U'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 1;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool is_letter(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_alpha(c);
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;  // Latin-1, Extended-A/B
  if (c >= 0x370 && c <= 0x3FF) return true;   // Greek
  if (c >= 0x400 && c <= 0x52F) return true;   // Cyrillic
  if (c >= 0x530 && c <= 0x58F) return true;   // Armenian
  if (c >= 0x5D0 && c <= 0x5EA) return true;   // Hebrew
  if (c >= 0x620 && c <= 0x64A) return true;   // Arabic
  if (c >= 0x900 && c <= 0xDFF) return true;   // Indic scripts
  if (c >= 0xE00 && c <= 0xE7F) return true;   // Thai
  if (c >= 0x1E00 && c <= 0x1FFF) return true; // Latin Extended Additional, Greek Ext.
  if (c >= 0x3040 && c <= 0x30FF) return true; // Kana
  if (c >= 0x3400 && c <= 0x9FFF) return true; // CJK
  if (c >= 0xAC00 && c <= 0xD7A3) return true; // Hangul
  return false;
}

bool is_space(char32_t c) noexcept {
  switch (c) {
    case U' ': case U'\t': case U'\n': case U'\r': case 0x0B: case 0x0C:
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;
  }
}

bool is_line_break(char32_t c) noexcept {
  return c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

bool is_dash(char32_t c) noexcept { return c >= 0x2010 && c <= 0x2015; }

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

}  // namespace sayso::inline v0::detail
