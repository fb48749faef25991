// Byte-level helpers for the segmenter: the fast search for candidate bytes and the
// classes of the punctuation around a sentence boundary. Header-only so the hot loop
// inlines them.
#ifndef SAYSO_SRC_SEGMENT_SCAN_HPP
#define SAYSO_SRC_SEGMENT_SCAN_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sayso::inline v0::detail::seg {

/// Bytes that may start something the segmenter must look at: terminal punctuation,
/// colons (of clock times),
/// ASCII control bytes (line breaks among them), and the lead bytes of NEL (C2),
/// of U+2000-U+2FFF / U+3000-U+3FFF punctuation (E2, E3: ellipsis, bullets, U+2028,
/// ideographic full stop) and of full-width forms (EF).
inline constexpr std::array<bool, 256> candidate_table = [] {
  std::array<bool, 256> t{};
  for (int b = 0; b <= 13; ++b) t[static_cast<std::size_t>(b)] = true;
  for (const unsigned char b : {'.', '!', '?', ':'}) t[b] = true;
  for (const unsigned b : {0xC2U, 0xE2U, 0xE3U, 0xEFU}) t[b] = true;
  return t;
}();

/// Offset of the first candidate byte at or after `i`, or `n`.
inline std::size_t find_candidate(const unsigned char* s, std::size_t i, std::size_t n) noexcept {
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i colon = _mm_set1_epi8(':');
  const __m128i control = _mm_set1_epi8(13);
  const __m128i even_mask = _mm_set1_epi8(static_cast<char>(0xFE));
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  while (i + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, bang));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(x, question));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(x, colon));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_min_epu8(x, control), x));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_and_si128(x, even_mask), e2));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(x, ef));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(x, c2));
    const int mask = _mm_movemask_epi8(m);
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i < n && !candidate_table[s[i]]) ++i;
  return i;
}

/// Sentence-final punctuation other than ".": "!", "?" and their Unicode kin.
inline bool is_bang_or_question(char32_t c) noexcept {
  return c == U'!' || c == U'?' || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

/// Full stops and marks of CJK text, which end a sentence with no space after them.
inline bool is_cjk_terminal(char32_t c) noexcept {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

/// Closing quotation marks and brackets that may follow terminal punctuation.
inline bool is_closer(char32_t c) noexcept {
  switch (c) {
    case U'"': case U'\'': case U')': case U']': case U'}':
    case 0x2019: case 0x201D: case 0x201C: case 0x00BB: case 0x203A:
    case 0x300D: case 0x300F: case 0xFF09:
      return true;
    default:
      return false;
  }
}

/// Opening quotation marks and brackets that may precede a sentence's first word.
inline bool is_opener(char32_t c) noexcept {
  switch (c) {
    case U'"': case U'\'': case U'(': case U'[': case U'{': case U'*':
    case 0x2018: case 0x201C: case 0x201E: case 0x00AB: case 0x2039:
    case 0x00BF: case 0x00A1: case 0x300C: case 0x300E: case 0xFF08:
      return true;
    default:
      return false;
  }
}

/// List bullets that start a new item (and so a new sentence) inside a line.
inline bool is_bullet(char32_t c) noexcept {
  return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25E6 || c == 0x25AA ||
         c == 0x25CF || c == 0x25A0;
}

/// ASCII white space other than line breaks.
inline bool is_blank_byte(unsigned char b) noexcept { return b == ' ' || b == '\t'; }


/// decode_utf8 with the ASCII case inline.
inline CodePoint cp_at(std::string_view text, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80U) return CodePoint{b, 1, true};
  return decode_utf8(text, i);
}

/// is_letter / is_upper / is_lower / is_space with the ASCII case inline.
inline bool letter_cp(char32_t c) noexcept { return c < 0x80 ? is_ascii_alpha(c) : is_letter(c); }
inline bool upper_cp(char32_t c) noexcept { return c < 0x80 ? (c >= U'A' && c <= U'Z') : is_upper(c); }
inline bool lower_cp(char32_t c) noexcept { return c < 0x80 ? (c >= U'a' && c <= U'z') : is_lower(c); }
inline bool space_cp(char32_t c) noexcept {
  return c < 0x80 ? (c == U' ' || (c >= U'\t' && c <= U'\r')) : is_space(c);
}

/// The word at `i`: letters, with apostrophes between letters ("Michael's"), at most
/// `max_bytes` bytes.
inline std::string_view word_from(std::string_view text, std::size_t i,
                                  std::size_t max_bytes = 24) noexcept {
  const std::size_t start = i;
  while (i < text.size() && i - start < max_bytes) {
    if (is_ascii_alpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    const CodePoint cp = cp_at(text, i);
    const bool inner_mark = (cp.value == U'\'' || cp.value == 0x2019) && i > start &&
                            i + cp.length < text.size() &&
                            letter_cp(cp_at(text, i + cp.length).value);
    if (!letter_cp(cp.value) && !inner_mark) break;
    i += cp.length;
  }
  return text.substr(start, i - start);
}

/// True when `word` starts with an upper-case (lower-case) letter.
inline bool starts_upper(std::string_view word) noexcept {
  return !word.empty() && upper_cp(cp_at(word, 0).value);
}
inline bool starts_lower(std::string_view word) noexcept {
  return !word.empty() && lower_cp(cp_at(word, 0).value);
}

/// True when the code point at `i` is white space; `length` gets its byte length.
inline bool space_at(std::string_view text, std::size_t i, std::uint32_t& length) noexcept {
  const auto b = static_cast<unsigned char>(text[i]);
  length = 1;
  if (b < 0x80U) return b == ' ' || (b >= '\t' && b <= '\r');
  if (b != 0xC2U && b != 0xE1U && b != 0xE2U && b != 0xE3U && b != 0xEFU) return false;
  const CodePoint cp = decode_utf8(text, i);
  length = cp.length;
  return is_space(cp.value);
}

/// True when the code point at `i` breaks a line ("\r\n" counts at its "\r").
inline bool line_break_at(std::string_view text, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80U) return b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
  if (b != 0xC2U && b != 0xE2U) return false;
  return is_line_break(decode_utf8(text, i).value);
}

/// First offset at or after `i` that is not white space, counting the line breaks
/// passed over in `breaks` ("\r\n" is one; U+2029 PARAGRAPH SEPARATOR counts as a
/// blank line).
inline std::size_t skip_spaces(std::string_view text, std::size_t i, int& breaks) noexcept {
  std::uint32_t length = 1;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || b == '\t') {
      ++i;
      continue;
    }
    if (b == '\n') {
      if (i == 0 || text[i - 1] != '\r') ++breaks;
      ++i;
      continue;
    }
    if (!space_at(text, i, length)) break;
    if (line_break_at(text, i) &&
        !(text[i] == '\n' && i > 0 && text[i - 1] == '\r')) {
      ++breaks;
      if (length == 3 && static_cast<unsigned char>(text[i + 2]) == 0xA9U) ++breaks;  // U+2029
    }
    i += length;
  }
  return i;
}

/// First offset at or after `i` that is not white space or that breaks a line.
inline std::size_t skip_blanks(std::string_view text, std::size_t i) noexcept {
  std::uint32_t length = 1;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || b == '\t') {
      ++i;
      continue;
    }
    if (b < 0x80U || line_break_at(text, i) || !space_at(text, i, length)) break;
    i += length;
  }
  return i;
}

/// Steps back from `end` over white space, not below `floor`.
inline std::size_t trim_back(std::string_view text, std::size_t end, std::size_t floor) noexcept {
  while (end > floor) {
    const auto b = static_cast<unsigned char>(text[end - 1]);
    if (b < 0x80U) {
      if (b != ' ' && (b < '\t' || b > '\r')) break;
      --end;
      continue;
    }
    if (b < 0x80U || (b & 0xC0U) != 0x80U) break;  // a lead byte alone is no space
    const CodePoint cp = decode_utf8_before(text, end);
    if (!cp.valid || !is_space(cp.value) || end - cp.length < floor) break;
    end -= cp.length;
  }
  return end;
}

}  // namespace sayso::inline v0::detail::seg

#endif  // SAYSO_SRC_SEGMENT_SCAN_HPP
