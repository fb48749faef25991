// UTF-8 helpers shared by every stage: decoding one code point without ever reading
// past the end, validation, and classes of the punctuation news text uses.
#ifndef SAYSO_SRC_TEXT_UTF8_HPP
#define SAYSO_SRC_TEXT_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sayso::inline v0::detail {

/// One decoded code point and the number of bytes it took. Invalid or truncated
/// sequences decode as U+FFFD with length 1, so a scan always advances.
struct CodePoint {
  char32_t value = 0;
  std::uint32_t length = 1;
  bool valid = true;
};

/// Decodes the code point starting at byte `at` of `text`. Precondition: at < size.
/// Rejects overlong forms, surrogates and values above U+10FFFF as invalid.
CodePoint decode_utf8(std::string_view text, std::size_t at) noexcept;

/// Decodes the code point that ends just before byte `end` (end > 0): steps back over
/// at most three continuation bytes.
CodePoint decode_utf8_before(std::string_view text, std::size_t end) noexcept;

/// Offset of the first invalid byte, or text.size() when the text is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// The eight bytes of `x` with their ASCII upper-case letters made lower case (SWAR).
inline std::uint64_t fold_ascii8(std::uint64_t x) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  const std::uint64_t low7 = x & (0x7F * ones);
  const std::uint64_t at_least_a = low7 + (0x80 - 'A') * ones;   // bit 7: >= 'A'
  const std::uint64_t above_z = low7 + (0x80 - 'Z' - 1) * ones;  // bit 7: > 'Z'
  const std::uint64_t upper = at_least_a & ~above_z & ~x & (0x80 * ones);
  return x | (upper >> 2);
}

/// Writes `text` to `out` (text.size() bytes) with ASCII letters lower-cased, and
/// returns find_invalid_utf8(text): the case folding and the validation in one pass
/// over the text, sixteen bytes at a time where they are ASCII.
std::size_t fold_ascii_and_validate(std::string_view text, char* out) noexcept;

/// True for ASCII letters and for code points in common letter ranges (Latin-1
/// Supplement letters, Latin Extended, Greek, Cyrillic, CJK, ...).
bool is_letter(char32_t c) noexcept;
/// True for Unicode upper-case letters in the ranges is_letter() knows.
bool is_upper(char32_t c) noexcept;
/// True for Unicode lower-case letters in the ranges is_letter() knows.
bool is_lower(char32_t c) noexcept;
/// True for white space, including no-break and other Unicode spaces.
bool is_space(char32_t c) noexcept;
/// True for line breaks: LF, CR, VT, FF, NEL, U+2028, U+2029.
bool is_line_break(char32_t c) noexcept;
/// True for dashes: hyphen-minus excluded; en dash, em dash, horizontal bar, ...
bool is_dash(char32_t c) noexcept;

inline bool is_ascii_digit(char32_t c) noexcept { return c >= U'0' && c <= U'9'; }
inline bool is_ascii_alpha(char32_t c) noexcept {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
inline char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// True when a and b are equal ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b) noexcept;

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_TEXT_UTF8_HPP
