// TokenTable: the claim stage's view of the tokens: each token's lower-cased text
// (curly apostrophes made straight) and its lexicon facts, computed once per document,
// plus matching of multi-word lexicon entries.
#ifndef SAYSO_SRC_CLAIMS_TOKEN_TABLE_HPP
#define SAYSO_SRC_CLAIMS_TOKEN_TABLE_HPP

#include <bit>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim_lexicon.hpp"
#include "core/lexicon_words.hpp"
#include "core/token_locator.hpp"
#include "text/tokenizer.hpp"

namespace sayso::inline v0::detail {

/// Parses a digit string such as "2,700", "4.5" or "1.3bn" into its value and the
/// letters glued after it. Empty optional when it is not a plain figure ("3:40").
struct DigitParse {
  double value = 0.0;
  std::string_view suffix;  ///< Points into the parsed text.
};
std::optional<DigitParse> parse_digit_token(std::string_view s);

/// w == text, for a literal `text`: memcmp of a constant length compiles to a few
/// loads, where string_view's == calls a comparison out of line.
[[nodiscard, gnu::always_inline]] inline bool same_text(std::string_view w, std::string_view text) {
  return w.size() == text.size() && std::memcmp(w.data(), text.data(), text.size()) == 0;
}

/// A lexicon entry found at a token: the entry and one past its last token.
struct EntryMatch {
  const Entry* entry = nullptr;
  Index end = 0;
  explicit operator bool() const noexcept { return entry != nullptr; }
};

/// Quick per-token facts, so that each rule skips ordinary words without a lookup.
enum TokenMark : std::uint8_t {
  mark_known = 1U << 0,   ///< The lexicons know the word or symbol.
  mark_number = 1U << 1,  ///< A number token.
  mark_symbol = 1U << 2,  ///< A symbol token.
  mark_hyphen = 1U << 3,  ///< A word with a hyphen ("twenty-five").
  mark_nt = 1U << 4,      ///< A word ending in "n't".
  mark_quantity = 1U << 5,  ///< A word that may open a figure.
  mark_time = 1U << 6,      ///< A word that may open a time expression.
  mark_figure = 1U << 7,    ///< A number token that parses as a plain figure.
};

/// What a token may open, for the claim scanners' skip loops: bit (1 << EntryKind) for
/// each kind of lexicon entry starting with its word, plus the bits below. The claim-cue
/// bit is also set for an unknown word ending in "'ll" ("it'll": a prediction).
enum TokenOpens : std::uint8_t {
  opens_time = 1U << 5,      ///< TimeParser may start here (TimeParser::may_open).
  opens_quantity = 1U << 6,  ///< QuantityParser may start here.
  opens_negation = 1U << 7,  ///< A negation entry or an "n't" word.
};

/// The opens() bit of entry kind k.
constexpr std::uint8_t opens_entry(EntryKind k) noexcept {
  return static_cast<std::uint8_t>(1U << static_cast<unsigned>(k));
}

/// Lower-cased tokens with their lexicon facts. Not thread-safe; one per pipeline run.
class TokenTable {
 public:
  /// Fills the table for `tokens` of `text`; `folded` is the text with ASCII letters
  /// lower-cased (Analysis::folded), or empty to lower-case here. Linear in the token count.
  /// `shared`: a locator already built over `tokens` (the Analysis's), used instead of
  /// building one more; when null or built over other tokens the table builds its own.
  /// `words`: the tokens' records (token_words() of the Analysis), read instead of
  /// looking words up in `lexicon` when they were built from it and tag these tokens.
  void build(std::string_view text, std::string_view folded, const std::vector<Token>& tokens,
             const ClaimLexicon& lexicon, const TokenLocator* shared = nullptr,
             const TokenWords& words = {});

  [[nodiscard]] Index size() const noexcept { return size_; }
  [[nodiscard]] std::string_view text() const noexcept { return text_; }
  [[nodiscard]] const ClaimLexicon& lexicon() const noexcept { return *lexicon_; }
  [[nodiscard]] const Token& token(Index i) const { return token_data_[i]; }
  [[nodiscard]] std::string_view raw(Index i) const { return slice(text_, token(i).span); }
  /// The first byte of raw(i), or '\0' for an empty token: no clamping to the text
  /// (build() keeps every token within it).
  [[nodiscard]] char first_byte(Index i) const {
    const ByteSpan s = token(i).span;
    return s.start < s.end ? text_[s.start] : '\0';
  }
  /// Read from the token: its form lies in forms_ at its own offset, and only a form
  /// that lower-casing shortened ("don’t") keeps its length apart.
  [[nodiscard]] std::string_view lower(Index i) const {
    const Token& t = token(i);
    const std::uint32_t length = t.has(non_ascii) ? other_length_[i] : t.span.end - t.span.start;
    return {forms_.data() + t.span.start, length};
  }
  [[nodiscard]] const WordInfo* info(Index i) const { return info_[i]; }
  [[nodiscard]] TokenKind kind(Index i) const { return token(i).kind; }
  [[nodiscard]] std::uint8_t marks(Index i) const { return marks_[i]; }
  /// The figure of a number token ("2,700", "1.3bn"), parsed once; nullptr when the
  /// token is not a plain figure ("3:40").
  [[nodiscard]] const DigitParse* digits(Index i) const {
    return marked(i, mark_figure) ? &figures_[figure_of_[i]] : nullptr;
  }
  [[nodiscard]] bool marked(Index i, std::uint8_t any_of) const { return (marks_[i] & any_of) != 0; }
  /// True when the token may open any of `any_of` (TokenOpens bits).
  [[nodiscard]] bool opens(Index i, std::uint8_t any_of) const { return (opens_[i] & any_of) != 0; }
  /// The first token in [i, end) that may open any of `any_of`, or end. Eight tokens
  /// at a time (opens_ has eight bytes of slack at its end): every scanner skips most
  /// tokens here.
  [[nodiscard]] Index next_opening(Index i, Index end, std::uint8_t any_of) const {
    if constexpr (std::endian::native == std::endian::little) {
      const std::uint64_t mask = 0x0101010101010101ULL * any_of;
      for (; i < end; i += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, opens_.data() + i, sizeof eight);
        if (const std::uint64_t hit = eight & mask; hit != 0) {
          const Index at = i + static_cast<Index>(std::countr_zero(hit) / 8);
          return at < end ? at : end;
        }
      }
      return end;
    }
    while (i < end && (opens_[i] & any_of) == 0) ++i;
    return i;
  }
  /// The TokenOpens bits of any token in [begin, end): a range whose bits lack a
  /// scanner's bit holds nothing that scanner finds. Eight tokens at a time (the last
  /// eight masked to the range: opens_ has eight bytes of slack at its end).
  [[nodiscard]] std::uint8_t opens_any(Index begin, Index end) const {
    std::uint64_t any = 0;
    Index i = begin;
    for (; i + 8 <= end; i += 8) {
      std::uint64_t eight = 0;
      std::memcpy(&eight, opens_.data() + i, sizeof eight);
      any |= eight;
    }
    if constexpr (std::endian::native == std::endian::little) {
      if (i < end) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, opens_.data() + i, sizeof eight);
        any |= eight & ((std::uint64_t{1} << (8 * (end - i))) - 1);
      }
      i = end;
    }
    any |= any >> 32;
    any |= any >> 16;
    any |= any >> 8;
    auto bits = static_cast<std::uint8_t>(any);
    for (; i < end; ++i) bits = static_cast<std::uint8_t>(bits | opens_[i]);
    return bits;
  }
  /// Inlined: the word is a literal at nearly every call, so the comparison compiles
  /// to a length test and a few loads.
  [[nodiscard, gnu::always_inline]] bool is(Index i, std::string_view lower_text) const {
    return i < size() && same_text(lower(i), lower_text);
  }
  /// True for word tokens starting with an upper-case letter.
  [[nodiscard]] bool capitalized(Index i) const { return token(i).has(TokenFlag::capitalized); }
  /// The byte span from token `first` to token `end - 1`; first < end.
  [[nodiscard]] ByteSpan span(Index first, Index end) const {
    return ByteSpan{token(first).span.start, token(end - 1).span.end};
  }
  /// The longest entry of `kind` that starts at token `i` and ends by `end`.
  [[nodiscard]] EntryMatch match(Index i, Index end, EntryKind kind) const {
    // Inline: most tokens start no entry of the kind asked for, and most of the others
    // only a one-word entry.
    if (i >= end || i >= size()) return {};
    const WordInfo* const info = info_[i];
    if (info == nullptr || !info->starts(kind)) return {};
    const WordInfo* const next = i + 1 < end ? info_[i + 1] : nullptr;
    if (info->longer_before(kind, next)) return match_entries(i, end, kind);
    const Entry* const e = info->one_word(kind);
    return e != nullptr ? EntryMatch{e, i + 1} : EntryMatch{};
  }
  /// The index of the first token whose start is at or after `offset`.
  [[nodiscard]] Index first_at_or_after(std::uint32_t offset) const {
    return locator().first_at_or_after(offset);
  }
  /// One past the last token that ends at or before `offset`.
  [[nodiscard]] Index end_at_or_before(std::uint32_t offset) const {
    return locator().end_at_or_before(offset);
  }

 private:
  static constexpr std::size_t opens_slack = 8;  // next_opening reads eight bytes at a time
  static constexpr std::size_t forms_slack = 8;  // ClaimLexicon::find_padded reads eight
  /// match() when the next word may continue a longer entry.
  [[nodiscard]] EntryMatch match_entries(Index i, Index end, EntryKind kind) const;
  /// Copies the text to forms_, lower-cased: `folded` when given, else folded here.
  void fold_forms(std::string_view text, std::string_view folded);
  /// The tokens with their spans clamped to the text, when one ends past it.
  const Token* tokens_within(const std::vector<Token>& tokens, std::size_t text_size);
  /// Writes the lower-case form of token i, a non-ASCII one, over its bytes in forms_
  /// and records its length; sets `hyphen` when it holds one.
  void other_form(std::size_t i, bool& hyphen);
  /// Sets the lower-case form, lexicon facts, marks and opens bits of token `i`.
  void token_facts(std::size_t i, const ClaimLexicon& lexicon);
  /// build()'s pass over the tokens, after the tables are sized and zeroed.
  template <bool Tagged>
  void fill(const ClaimLexicon& lexicon, const TokenWords& words);
  /// Sets the facts of token `i`, one of those fill()'s first pass leaves for later.
  void later_facts(std::size_t i, const ClaimLexicon& lexicon);
  /// A token's lexicon facts, marks and opens bits.
  struct Facts {
    const WordInfo* info = nullptr;
    std::uint8_t marks = 0;
    std::uint8_t opens = 0;
  };
  /// The facts of a word token whose lower-case form is `low` and whose facts as spelled
  /// are `info` (lexicon.find_padded(low)).
  static Facts word_facts(std::string_view low, bool hyphen, const WordInfo* info,
                          const ClaimLexicon& lexicon);
  /// The marks of number token `i`, recording its figure when it is a plain one.
  std::uint8_t number_marks(std::size_t i, std::string_view raw);

  std::string_view text_;
  bool folded_given_ = false;  ///< build() had the folded text (the hyphen flags hold).
  const Token* token_data_ = nullptr;  ///< The tokens' array: token() loads it once.
  std::vector<Token> clamped_;  ///< The tokens, clamped to the text, when one ends past it.
  Index size_ = 0;  ///< The token count: one load for the bounds tests of is() and match().
  TokenLocator own_locator_;  ///< Built when no shared locator indexes the tokens.
  const TokenLocator* shared_locator_ = nullptr;
  [[nodiscard]] const TokenLocator& locator() const noexcept {
    return shared_locator_ != nullptr ? *shared_locator_ : own_locator_;
  }
  const ClaimLexicon* lexicon_ = nullptr;
  /// The text lower-cased (ASCII letters folded, the folded text when given), with each
  /// non-ASCII token's form written over its own bytes (never longer: "don’t" ->
  /// "don't"), then forms_slack bytes. Every token's form starts at its own offset.
  std::string forms_;
  /// Per token: the length of a non-ASCII token's form (other tokens' entries are unset).
  std::vector<std::uint32_t> other_length_;
  std::vector<const WordInfo*> info_;
  std::vector<std::uint8_t> marks_;
  std::vector<std::uint8_t> opens_;  ///< Per token, and eight zero bytes after the last.
  std::vector<DigitParse> figures_;  ///< The figures, in token order.
  std::vector<Index> figure_of_;     ///< Per token: its entry in figures_ (figure tokens only).
  std::vector<Index> later_;  ///< fill()'s list of the tokens its second pass sets.
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_TOKEN_TABLE_HPP
