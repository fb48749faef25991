#include "json/json_out.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include "json/byte_words.hpp"
#include "json/text_escapes.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr std::string_view replacement_utf8 = "\xEF\xBF\xBD";

// Strings are escaped in chunks of this many input bytes, each into room for the
// worst case: one input byte can become six output bytes ("\u001f").
constexpr std::size_t escape_chunk = 256;
constexpr std::size_t max_escape_growth = 6;
// Slack past the worst case: a word copied whole, a character running past the chunk.
constexpr std::size_t escape_slack = 16;

// How far past the cursor the string is lengthened at a time: small, because the
// new bytes are zero-filled first, and short fills are the cheap ones.
constexpr std::size_t grow_step = 1024;

bool is_plain_ascii(unsigned char c) noexcept {
  return c >= 0x20U && c < 0x80U && c != '"' && c != '\\';
}

char* write_literal(char* p, std::string_view s) noexcept {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

char* write_ascii_escape(char* p, unsigned char c) noexcept {
  switch (c) {
    case '"': return write_literal(p, "\\\"");
    case '\\': return write_literal(p, "\\\\");
    case '\n': return write_literal(p, "\\n");
    case '\r': return write_literal(p, "\\r");
    case '\t': return write_literal(p, "\\t");
    case '\b': return write_literal(p, "\\b");
    case '\f': return write_literal(p, "\\f");
    default: break;
  }
  static constexpr std::string_view hex = "0123456789abcdef";
  p = write_literal(p, "\\u00");
  *p++ = hex[c >> 4U];
  *p++ = hex[c & 0xFU];
  return p;
}

// Writes the non-ASCII character at `at`; advances `at` past it.
char* write_non_ascii(char* p, std::string_view s, std::size_t& at) noexcept {
  const CodePoint cp = decode_utf8(s, at);
  const std::size_t start = at;
  at += cp.length;
  if (!cp.valid) return write_literal(p, replacement_utf8);
  if (cp.value == 0x2028) return write_literal(p, "\\u2028");
  if (cp.value == 0x2029) return write_literal(p, "\\u2029");
  return write_literal(p, s.substr(start, cp.length));
}

// Writes the character at `at`, escaped; advances `at` past it.
char* write_char(char* p, std::string_view s, std::size_t& at) noexcept {
  const auto c = static_cast<unsigned char>(s[at]);
  if (is_plain_ascii(c)) {
    *p = static_cast<char>(c);
    ++at;
    return p + 1;
  }
  if (c < 0x80U) {
    ++at;
    return write_ascii_escape(p, c);
  }
  return write_non_ascii(p, s, at);
}

// Escapes the characters of `s` that start in [at, stop) into `p`, which has room
// for max_escape_growth * (stop - at) + escape_slack bytes. Plain ASCII goes eight
// bytes at a time. Leaves `at` past the last character written.
char* write_escaped(char* p, std::string_view s, std::size_t& at, std::size_t stop) noexcept {
  while (at < stop) {
    if (stop - at >= 8) {
      const std::uint64_t word = load_word(s.data() + at);
      std::memcpy(p, &word, sizeof word);  // kept up to the first byte that needs care
      const std::size_t plain = unmarked_prefix(unplain_bytes(word));
      p += plain;
      at += plain;
      if (plain == 8) continue;
    }
    p = write_char(p, s, at);
  }
  return p;
}

constexpr std::size_t max_decimal_digits = 20;

// The number of decimal digits of `n`.
std::size_t decimal_length(std::uint64_t n) noexcept {
  std::size_t digits = 1;
  for (; n >= 10000; n /= 10000) digits += 4;
  if (n >= 1000) return digits + 3;
  if (n >= 100) return digits + 2;
  if (n >= 10) return digits + 1;
  return digits;
}

// Writes `n` (which ends at `end`) in decimal, two digits at a time from the right.
// A template so that offsets, which fit 32 bits, divide in 32 bits.
template <class Unsigned>
void write_digits_before(char* end, Unsigned n) noexcept {
  static constexpr std::string_view pairs =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  while (n >= 100) {
    const std::size_t pair = 2 * static_cast<std::size_t>(n % 100);
    n /= 100;
    *--end = pairs[pair + 1];
    *--end = pairs[pair];
  }
  if (n >= 10) {
    const std::size_t pair = 2 * static_cast<std::size_t>(n);
    *--end = pairs[pair + 1];
    *--end = pairs[pair];
  } else {
    *--end = static_cast<char>('0' + n);
  }
}

// Writes `n` in decimal; returns the end.
char* write_decimal(char* p, std::uint64_t n) noexcept {
  char* const end = p + decimal_length(n);
  if (n <= 0xFFFFFFFFU) {
    write_digits_before(end, static_cast<std::uint32_t>(n));
  } else {
    write_digits_before(end, n);
  }
  return end;
}

std::size_t escape_room(std::size_t bytes) noexcept {
  return max_escape_growth * bytes + escape_slack;
}

template <class T>
void append_shortest(std::string& out, T value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  std::array<char, 64> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  out.append(buf.data(), r.ptr);
}

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  std::size_t at = 0;
  while (at < s.size()) {
    const std::size_t stop = std::min(s.size(), at + escape_chunk);
    const std::size_t size = out.size();
    out.resize(size + escape_room(stop - at));
    const char* end = write_escaped(out.data() + size, s, at, stop);
    out.resize(static_cast<std::size_t>(end - out.data()));
  }
}

void append_number(std::string& out, double value) { append_shortest(out, value); }
void append_number(std::string& out, float value) { append_shortest(out, value); }

void JsonOut::reserve(std::size_t bytes) { out_.reserve(size_ + bytes); }

// Lengthens the string by `bytes` or grow_step, whichever is more, within a capacity
// that grows geometrically: new bytes are zero-filled, so only what is about to be
// written is filled.
void JsonOut::grow(std::size_t bytes) {
  const std::size_t needed = size_ + bytes;
  if (needed > out_.capacity()) out_.reserve(std::max(needed, 2 * out_.capacity()));
  out_.resize(std::min(out_.capacity(), std::max(needed, size_ + grow_step)));
}

void JsonOut::put_escaped(std::string_view s) {
  std::size_t at = 0;
  while (at < s.size()) {
    const std::size_t stop = std::min(s.size(), at + escape_chunk);
    commit(write_escaped(room(escape_room(stop - at)), s, at, stop));
  }
}

void JsonOut::newline_indent() {
  const std::size_t spaces = 2 * std::size_t{depth_};
  char* p = room(1 + spaces);
  *p = '\n';
  std::memset(p + 1, ' ', spaces);
  commit(p + 1 + spaces);
}

void JsonOut::string(std::string_view s) {
  before_value();
  put('"');
  put_escaped(s);
  put('"');
}

void JsonOut::text_string(const TextEscapes& escapes, std::uint32_t start,
                          std::uint32_t end) {
  before_value();
  const std::string_view text = escapes.text().substr(0, end);
  const std::vector<std::uint32_t>& positions = escapes.positions();
  char* p = room(escape_room(end - start) + 2);  // worst case; the unused rest stays ahead
  *p++ = '"';
  std::size_t copied = start;
  for (std::size_t i = escapes.first_from(start); i < positions.size() && positions[i] < end;
       ++i) {
    p = write_literal(p, text.substr(copied, positions[i] - copied));
    copied = positions[i];
    p = write_char(p, text, copied);
  }
  p = write_literal(p, text.substr(copied));
  *p++ = '"';
  commit(p);
}

void JsonOut::string_or_null(std::string_view s) {
  if (s.empty()) {
    null();
  } else {
    string(s);
  }
}

void JsonOut::null() {
  before_value();
  put("null");
}

void JsonOut::boolean(bool b) {
  before_value();
  put(b ? std::string_view("true") : std::string_view("false"));
}

void JsonOut::number(std::uint64_t n) {
  before_value();
  char* p = room(max_decimal_digits);
  commit(write_decimal(p, n));
}

void JsonOut::number(double d) {
  before_value();
  if (!std::isfinite(d)) {
    put("null");
    return;
  }
  constexpr std::size_t longest = 32;
  char* p = room(longest);
  commit(std::to_chars(p, p + longest, d).ptr);
}

void JsonOut::number(float f) {
  before_value();
  if (!std::isfinite(f)) {
    put("null");
    return;
  }
  constexpr std::size_t longest = 32;
  char* p = room(longest);
  commit(std::to_chars(p, p + longest, f).ptr);
}

void JsonOut::number(std::optional<double> d) {
  if (d) {
    number(*d);
  } else {
    null();
  }
}

void JsonOut::id(char prefix, std::uint32_t index) {
  before_value();
  char* p = room(max_decimal_digits + 3);
  *p++ = '"';
  *p++ = prefix;
  p = write_decimal(p, std::uint64_t{index} + 1);
  *p++ = '"';
  commit(p);
}

void JsonOut::id(char prefix, std::optional<std::uint32_t> index) {
  if (index) {
    id(prefix, *index);
  } else {
    null();
  }
}

}  // namespace sayso::inline v0::detail
