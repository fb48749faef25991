// Pairing of quotation marks: one pass over the marks of a text, in order, with a stack
// of pending opening marks whose depth is capped, so the work is linear in the number
// of marks whatever the input.
//
// Rules (phenomena 6-10):
// - A closing mark closes the nearest pending opening mark of its family; pending marks
//   above it are dropped as strays. A closing mark with nothing to close is ignored.
// - A straight mark whose context does not tell (word"word) closes a pending mark of its
//   family, else opens one.
// - A weak closing mark (possessive "players'", a unit mark after a figure) is skipped
//   when a clear closing mark of its family follows in the paragraph before any new
//   opening mark of that family: it was an apostrophe.
// - At a paragraph end, a pending quotation runs on into the next paragraph only when
//   that paragraph starts with an opening mark of the same family (multi-paragraph
//   quotes: one quotation from the first opening to the last closing mark; the
//   paragraph-initial marks in between are part of its content). Otherwise it is closed
//   at the end of its paragraph with `open` set, so a stray mark never reaches past its
//   own paragraph. Pending marks that only looked like openers (a straight mark in an
//   ambiguous context; a straight or right single mark not at a paragraph start) are
//   dropped instead.
#ifndef SAYSO_SRC_QUOTES_QUOTE_PAIRING_HPP
#define SAYSO_SRC_QUOTES_QUOTE_PAIRING_HPP

#include <cstddef>
#include <vector>

#include "quotes/quote_marks.hpp"
#include "sayso/document.hpp"
#include "text/tokenizer.hpp"

namespace sayso::inline v0::detail {

/// One quotation mark found among the tokens, with its reading.
struct Mark {
  Index token = 0;         ///< Its token.
  ByteSpan span;           ///< Its bytes.
  Index paragraph = 0;     ///< The paragraph of its token.
  char32_t code = 0;       ///< Its code point.
  MarkGlyph glyph;
  MarkReading reading;
};

/// Where each paragraph's tokens are.
struct ParagraphLayout {
  /// First token of each paragraph, then a final entry equal to the token count.
  /// Non-decreasing; a paragraph without tokens has first_token[p] == first_token[p+1].
  std::vector<Index> first_token;
};

/// A pair of marks (or an opening mark left open at a paragraph end).
struct QuotePair {
  Index open_token = 0;   ///< The opening mark's token.
  Index last_token = 0;   ///< The closing mark's token; the paragraph's last token if open.
                          ///< (no_index only inside pair_marks: an opener not paired yet.)
  ByteSpan span;          ///< Marks included.
  ByteSpan content;       ///< Inside the marks.
  QuoteMarks kind = QuoteMarks::double_quote;
  bool open = false;      ///< No closing mark came before the paragraph end.
};

/// The nesting depth beyond which further opening marks are ignored.
inline constexpr std::size_t max_quote_depth = 8;

/// Working memory of pair_marks, kept by the caller across calls.
struct PairingScratch {
  std::vector<bool> skip;  ///< Per mark: a weak closing mark that is an apostrophe.
};

/// Pairs `marks` (in text order, apostrophes already removed) into `pairs` (replacing
/// its contents), in text order of their opening marks; they nest properly (any two are
/// disjoint or one contains the other), so an outer quotation comes before the ones
/// inside it. Linear in marks.size(); no sort.
void pair_marks(const std::vector<Mark>& marks, const ParagraphLayout& layout,
                const std::vector<Token>& tokens, PairingScratch& scratch,
                std::vector<QuotePair>& pairs);

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_QUOTES_QUOTE_PAIRING_HPP
