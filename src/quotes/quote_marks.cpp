#include "quotes/quote_marks.hpp"

#include <array>

#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

// What stands on one side of a mark, as far as the open/close decision goes.
enum class Side : std::uint8_t {
  space,          // white space, or the start/end of the text
  open_bracket,   // ( [ {
  close_bracket,  // ) ] }
  dash,           // - and the Unicode dashes
  ellipsis,       // . …  (a quotation may open with an ellipsis)
  punct,          // , ; : ! ? /
  quote,          // another quotation mark
  word,           // letters, digits, symbols, anything else (U+FFFD included)
};

// The code point before byte `at`, or nothing at the start of the text.
// (An ASCII byte is its own code point: no decoder call for most neighbours.)
std::optional<char32_t> before(std::string_view text, std::size_t at) noexcept {
  if (at == 0 || at > text.size()) return std::nullopt;
  const auto b = static_cast<unsigned char>(text[at - 1]);
  if (b < 0x80U) return char32_t{b};
  return decode_utf8_before(text, at).value;
}

// The code point at byte `at`, or nothing at the end of the text.
std::optional<char32_t> at_or_end(std::string_view text, std::size_t at) noexcept {
  if (at >= text.size()) return std::nullopt;
  const auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80U) return char32_t{b};
  return decode_utf8(text, at).value;
}

// What an ASCII byte is to side_of() and is_alnum(): its Side in the low bits, and
// ascii_alnum when it is a letter or a digit. One table read instead of a switch.
constexpr std::uint8_t ascii_alnum = 0x10;
constexpr std::uint8_t ascii_side_mask = 0x0F;

constexpr Side ascii_side(char c) noexcept {
  switch (c) {
    case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
      return Side::space;
    case '(': case '[': case '{':
      return Side::open_bracket;
    case ')': case ']': case '}':
      return Side::close_bracket;
    case '-':
      return Side::dash;
    case '.':
      return Side::ellipsis;
    case ',': case ';': case ':': case '!': case '?': case '/':
      return Side::punct;
    case '"': case '\'':
      return Side::quote;
    default:
      return Side::word;  // no other ASCII dash or mark
  }
}

constexpr std::array<std::uint8_t, 0x80> ascii_classes = [] {
  std::array<std::uint8_t, 0x80> table{};
  for (std::size_t b = 0; b < table.size(); ++b) {
    const char c = static_cast<char>(b);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    table[b] = static_cast<std::uint8_t>(static_cast<std::uint8_t>(ascii_side(c)) | (alnum ? ascii_alnum : 0));
  }
  return table;
}();

Side side_of(std::optional<char32_t> c) noexcept {
  if (!c) return Side::space;
  if (*c < 0x80U) return static_cast<Side>(ascii_classes[*c] & ascii_side_mask);
  if (is_space(*c)) return Side::space;
  if (*c == 0x2026) return Side::ellipsis;
  if (is_dash(*c)) return Side::dash;
  if (mark_glyph(*c)) return Side::quote;
  return Side::word;
}

bool is_alnum(std::optional<char32_t> c) noexcept {
  if (!c) return false;
  if (*c < 0x80U) return (ascii_classes[*c] & ascii_alnum) != 0;  // no is_letter() call
  return is_letter(*c);
}

bool is_apostrophe_glyph(std::optional<char32_t> c) noexcept {
  return c && (*c == U'\'' || *c == 0x2018 || *c == 0x2019);
}

// "’90s", "class of '98": an apostrophe before exactly two digits that are followed by
// "s" or by no further letter or digit.
bool elides_decade(std::string_view text, std::size_t after_mark) noexcept {
  std::size_t i = after_mark;
  std::size_t digits = 0;
  while (i < text.size() && digits < 5 && text[i] >= '0' && text[i] <= '9') {
    ++i;
    ++digits;
  }
  if (digits != 2) return false;
  const std::optional<char32_t> next = at_or_end(text, i);
  return !next || *next == U's' || !is_alnum(next);
}

// "rock ’n’ roll": the marks around a lone "n".
bool around_lone_n(std::string_view text, ByteSpan span, std::optional<char32_t> prev,
                   std::optional<char32_t> next) noexcept {
  if (next && (*next == U'n' || *next == U'N') &&
      is_apostrophe_glyph(at_or_end(text, span.end + std::size_t{1}))) {
    return true;
  }
  return prev && (*prev == U'n' || *prev == U'N') && span.start >= 1 &&
         is_apostrophe_glyph(before(text, span.start - std::size_t{1}));
}

// Opening context: preceded by space, the start, an opening bracket, a dash or another
// mark, and followed by what can start a quotation: a word, a mark, an opening
// bracket, a dash or an ellipsis (not space, and not "," or ")": French "gagner<NBSP>»,").
constexpr bool opening_context(Side prev, Side next) noexcept {
  const bool left_ok = prev == Side::space || prev == Side::open_bracket ||
                       prev == Side::dash || prev == Side::quote;
  const bool right_ok = next == Side::word || next == Side::quote ||
                        next == Side::open_bracket || next == Side::dash ||
                        next == Side::ellipsis;
  return left_ok && right_ok;
}

// Closing context: preceded by something other than space or an opening bracket, and
// followed by space, the end, punctuation, a closing bracket, a dash or another mark.
constexpr bool closing_context(Side prev, Side next) noexcept {
  const bool left_ok = prev != Side::space && prev != Side::open_bracket;
  const bool right_ok = next == Side::space || next == Side::close_bracket ||
                        next == Side::dash || next == Side::ellipsis ||
                        next == Side::punct || next == Side::quote;
  return left_ok && right_ok;
}

// opening_context() and closing_context() of every pair of sides, as the bits
// context_opens and context_closes at side_count * prev + next: one table read per mark.
constexpr std::size_t side_count = 8;  // of Side
constexpr std::uint8_t context_opens = 1;
constexpr std::uint8_t context_closes = 2;
constexpr std::array<std::uint8_t, side_count * side_count> contexts = [] {
  std::array<std::uint8_t, side_count * side_count> table{};
  for (std::size_t p = 0; p < side_count; ++p) {
    for (std::size_t n = 0; n < side_count; ++n) {
      const auto prev = static_cast<Side>(p);
      const auto next = static_cast<Side>(n);
      table[side_count * p + n] = static_cast<std::uint8_t>((opening_context(prev, next) ? context_opens : 0) |
                                                            (closing_context(prev, next) ? context_closes : 0));
    }
  }
  return table;
}();
static_assert(static_cast<std::size_t>(Side::word) + 1 == side_count);

MarkDirection direction_in_context(const MarkGlyph& glyph, Side prev, Side next) noexcept {
  if (glyph.fixed) return glyph.natural;
  const std::uint8_t context =
      contexts[side_count * static_cast<std::size_t>(prev) + static_cast<std::size_t>(next)];
  if (context == context_opens) return MarkDirection::open;
  if (context == context_closes) return MarkDirection::close;
  return glyph.natural;  // word"word, " spaced ", dash".: the glyph decides if it can
}

bool is_apostrophe(std::string_view text, ByteSpan span, std::optional<char32_t> prev,
                   std::optional<char32_t> next, bool elided_word_follows) noexcept {
  if (is_alnum(prev) && is_alnum(next)) return true;  // "1990's", "O'Brien" split oddly
  if (!is_alnum(prev) && next && is_ascii_digit(*next) && elides_decade(text, span.end)) {
    return true;
  }
  if (around_lone_n(text, span, prev, next)) return true;
  return elided_word_follows && !is_alnum(prev);
}

// A closing reading that may be something else: an apostrophe after a plural or a
// name in s/z ("the players' union", "Jones’ show"), or a straight mark after a figure
// (feet and inches: 6' tall, a 55" screen).
bool weak_close(const MarkGlyph& glyph, bool straight, std::optional<char32_t> prev) noexcept {
  if (!prev) return false;
  if (straight && is_ascii_digit(*prev)) return true;
  return glyph.apostrophe_like &&
         (*prev == U's' || *prev == U'S' || *prev == U'z' || *prev == U'Z');
}

}  // namespace

std::optional<MarkGlyph> mark_glyph(char32_t c) noexcept {
  using D = MarkDirection;
  using F = MarkFamily;
  using K = QuoteMarks;
  switch (c) {
    case U'"': return MarkGlyph{F::double_mark, K::double_quote, D::either, false, false};
    case 0x201C: return MarkGlyph{F::double_mark, K::double_quote, D::open, false, false};
    case 0x201F: return MarkGlyph{F::double_mark, K::double_quote, D::open, false, false};
    case 0x201D: return MarkGlyph{F::double_mark, K::double_quote, D::close, false, false};
    case 0x201E: return MarkGlyph{F::double_mark, K::low9, D::open, true, false};
    case U'\'': return MarkGlyph{F::single_mark, K::single_quote, D::either, false, true};
    case 0x2018: return MarkGlyph{F::single_mark, K::single_quote, D::open, false, true};
    case 0x201B: return MarkGlyph{F::single_mark, K::single_quote, D::open, false, false};
    case 0x2019: return MarkGlyph{F::single_mark, K::single_quote, D::close, false, true};
    case 0x201A: return MarkGlyph{F::single_mark, K::low9, D::open, true, false};
    case 0x00AB: return MarkGlyph{F::guillemet, K::guillemet, D::open, false, false};
    case 0x00BB: return MarkGlyph{F::guillemet, K::guillemet, D::close, false, false};
    case 0x2039: return MarkGlyph{F::single_guillemet, K::guillemet, D::open, false, false};
    case 0x203A: return MarkGlyph{F::single_guillemet, K::guillemet, D::close, false, false};
    case 0x300C: return MarkGlyph{F::corner, K::corner, D::open, true, false};
    case 0x300D: return MarkGlyph{F::corner, K::corner, D::close, true, false};
    case 0x300E: return MarkGlyph{F::white_corner, K::corner, D::open, true, false};
    case 0x300F: return MarkGlyph{F::white_corner, K::corner, D::close, true, false};
    default: return std::nullopt;
  }
}

MarkReading read_mark(std::string_view text, ByteSpan span, const MarkGlyph& glyph,
                      bool elided_word_follows) noexcept {
  const std::optional<char32_t> prev = before(text, span.start);
  const std::optional<char32_t> next = at_or_end(text, span.end);
  MarkReading reading;
  if (glyph.apostrophe_like && is_apostrophe(text, span, prev, next, elided_word_follows)) {
    reading.apostrophe = true;
    return reading;
  }
  reading.direction = direction_in_context(glyph, side_of(prev), side_of(next));
  const bool straight = glyph.natural == MarkDirection::either;
  reading.weak_close =
      reading.direction == MarkDirection::close && weak_close(glyph, straight, prev);
  return reading;
}

}  // namespace sayso::inline v0::detail
