// Tokenizer: splits each sentence into words, numbers and punctuation once, so that
// the later stages (mentions, attribution, claims) read tokens instead of re-scanning
// bytes.
#ifndef SAYSO_SRC_TEXT_TOKENIZER_HPP
#define SAYSO_SRC_TEXT_TOKENIZER_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "sayso/document.hpp"

namespace sayso::inline v0::detail {

class TokenLocator;

/// What a token is.
enum class TokenKind : std::uint8_t {
  word,    ///< Letters, with inner apostrophes, hyphens and abbreviation periods ("U.S.").
  number,  ///< Digits with inner separators: "2,700", "4.5", "3:40", "2024-01-12".
  punct,   ///< One punctuation code point (quotation marks, dashes, ...); an ellipsis
           ///< ("..." or ". . .") is one token.
  symbol,  ///< Other code points: currency, %, @, #, emoji.
};

/// Bit flags on a token.
enum TokenFlag : std::uint8_t {
  capitalized = 1U << 0,        ///< First letter upper case.
  all_upper = 1U << 1,          ///< Every letter upper case (and at least one letter).
  space_before = 1U << 2,       ///< White space right before the token.
  line_break_before = 1U << 3,  ///< A line break in the white space before the token.
  sentence_start = 1U << 4,     ///< First token of its sentence.
  hyphenated = 1U << 5,         ///< A word with an inner hyphen ("well-known").
  non_ascii = 1U << 6,          ///< Some byte of the token is not ASCII.
};

/// One token: its bytes, kind, flags and sentence.
struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::word;
  std::uint8_t flags = 0;
  Index sentence = 0;

  [[nodiscard]] bool has(TokenFlag f) const noexcept { return (flags & f) != 0; }
};

/// Stateless; safe to share between threads.
class Tokenizer {
 public:
  /// Appends the tokens of every sentence of `text` to `out`, in order, and fills
  /// `sentence_first_token` with the index of each sentence's first token followed by
  /// a final entry equal to out.size(). With `quote_like`, also appends to it, in
  /// order, the index of every token that is one quotation-mark or apostrophe code
  /// point (" ' ‘ ’ “ ” „ ‚ ‛ ‟ « » ‹ › 「 」 『 』), so that the quotation stage need not
  /// search for them. With `locator`, also builds it over `out` (TokenLocator::build),
  /// indexing each sentence's tokens right after writing them, while they are in the
  /// cache, rather than reading the whole array again.
  /// Linear in the text size.
  void run(std::string_view text, const std::vector<ByteSpan>& sentences,
           std::vector<Token>& out, std::vector<Index>& sentence_first_token,
           std::vector<Index>* quote_like = nullptr, TokenLocator* locator = nullptr) const;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_TEXT_TOKENIZER_HPP
