// Quotation-mark glyphs and how one mark reads in its context: which pairs it belongs
// to, whether it opens or closes a quotation, or whether it is an apostrophe.
//
// Every decision here looks at a bounded window of bytes around the mark (at most a few
// code points on each side), so classifying all marks of a text is linear in its size.
#ifndef SAYSO_SRC_QUOTES_QUOTE_MARKS_HPP
#define SAYSO_SRC_QUOTES_QUOTE_MARKS_HPP

#include <cstdint>
#include <optional>
#include <string_view>

#include "sayso/document.hpp"

namespace sayso::inline v0::detail {

/// Marks that can pair with each other. An opening mark is closed only by a mark of the
/// same family: straight, curly and low-9 double marks are one family (scraped text
/// mixes `"…”`, and German low-9 quotes close with “), and likewise for single marks.
enum class MarkFamily : std::uint8_t {
  double_mark,       ///< " “ ” „ ‟
  single_mark,       ///< ' ‘ ’ ‚ ‛
  guillemet,         ///< « »
  single_guillemet,  ///< ‹ ›
  corner,            ///< 「 」
  white_corner,      ///< 『 』
};
inline constexpr std::size_t mark_family_count = 6;

/// What a mark does in its place.
enum class MarkDirection : std::uint8_t {
  open,    ///< Starts a quotation.
  close,   ///< Ends one.
  either,  ///< A straight mark whose context does not tell: closes a pending quotation
           ///< of its family, else opens one.
};

/// What a glyph is, before looking at its context.
struct MarkGlyph {
  MarkFamily family = MarkFamily::double_mark;
  QuoteMarks kind = QuoteMarks::double_quote;   ///< The kind of a quotation it opens.
  MarkDirection natural = MarkDirection::either;  ///< Used when the context does not tell.
  bool fixed = false;        ///< Direction never depends on context (low-9, corners).
  bool apostrophe_like = false;  ///< ' ‘ ’: may be an apostrophe instead of a mark.
};

/// The glyph of code point `c`, or nothing when `c` is not a quotation mark.
std::optional<MarkGlyph> mark_glyph(char32_t c) noexcept;

/// One quotation mark read in context.
struct MarkReading {
  MarkDirection direction = MarkDirection::either;
  /// A closing mark that may instead be a possessive apostrophe ("the players' union")
  /// or a unit mark after a figure (`a 55" screen`). It closes a pending quotation only
  /// when no clearer closing mark of its family follows in the paragraph.
  bool weak_close = false;
  /// Not a quotation mark at all: an apostrophe ("’90s", "rock ’n’ roll", "'em").
  bool apostrophe = false;
};

/// Reads the mark occupying bytes [span.start, span.end) of `text`, whose glyph is
/// `glyph`. `elided_word_follows` tells whether the word touching the mark on its right
/// is an elided form spelled with a leading apostrophe ("em", "cause", "til").
MarkReading read_mark(std::string_view text, ByteSpan span, const MarkGlyph& glyph,
                      bool elided_word_follows) noexcept;

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_QUOTES_QUOTE_MARKS_HPP
