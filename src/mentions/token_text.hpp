// Small read-only helpers over Analysis tokens, shared by the mention and attribution
// stages: the text of a token, its lower-case form, possessive stripping and quotation
// membership. All functions are O(length of one token).
#ifndef SAYSO_SRC_MENTIONS_TOKEN_TEXT_HPP
#define SAYSO_SRC_MENTIONS_TOKEN_TEXT_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "core/analysis.hpp"

namespace sayso::inline v0::detail {

/// Bytes of a possessive ending at the end of t: "'s", "’s" or a lone apostrophe after s.
inline std::size_t possessive_length(std::string_view t) noexcept {
  const std::size_t n = t.size();
  if (n <= 2 || (t[n - 1] != 's' && t[n - 1] != 'S')) return 0;
  if (t[n - 2] == '\'') return 2;
  // U+2019 before the s, with at least one byte before it.
  if (n > 4 && t[n - 4] == '\xE2' && t[n - 3] == '\x80' && t[n - 2] == '\x99') return 4;
  return 0;
}

/// A view of the tokens of one Analysis with convenience accessors. The Analysis's
/// tokens, sentence_first_token and token_quotation must not change while a TokenText
/// reads them.
class TokenText {
 public:
  /// Reads the folded text of `a` (Analysis::folded), or folds the text itself
  /// (O(text size)) when the Analysis has none, so that lower() never allocates.
  explicit TokenText(const Analysis& a);
  TokenText(const TokenText&) = delete;  // folded_ may point into own_folded_
  TokenText& operator=(const TokenText&) = delete;

  [[nodiscard]] Index size() const noexcept { return size_; }
  [[nodiscard]] const Token& tok(Index i) const noexcept { return tokens_[i]; }
  // Token spans lie within the text (the tokenizer's), so views are built unclamped.
  [[nodiscard]] std::string_view text(Index i) const noexcept {
    const ByteSpan s = tokens_[i].span;
    return {text_.data() + s.start, s.end - s.start};
  }
  [[nodiscard]] bool is_word(Index i) const noexcept {
    return i < size_ && tokens_[i].kind == TokenKind::word;
  }
  [[nodiscard]] bool is_cap(Index i) const noexcept {
    return is_word(i) && tokens_[i].has(capitalized);
  }
  /// True when token i is the single punctuation character c.
  [[nodiscard]] bool is(Index i, char c) const noexcept {
    if (i >= size_) return false;
    const ByteSpan s = tokens_[i].span;
    return s.end - s.start == 1 && text_[s.start] == c;
  }
  /// True when token i (a word) equals the lower-case word w ignoring ASCII case.
  /// Always inline: a literal w then compares in a few instructions (g++ kept an
  /// out-of-line copy of 16 instructions a call, for 128K calls on 2 MB).
  [[nodiscard, gnu::always_inline]] bool is_lower_word(Index i, std::string_view w) const noexcept {
    return is_word(i) && folded(i) == w;
  }
  /// Lower-cased (ASCII) text of token i with a final possessive "'s" / "’s" / "'" removed.
  [[nodiscard]] std::string_view key(Index i) const noexcept { return lower(i); }
  /// key() as a view into the folded text: no allocation.
  [[nodiscard]] std::string_view lower(Index i) const noexcept {
    const ByteSpan s = tokens_[i].span;
    return {folded_.data() + s.start, bare(i).size()};
  }
  /// Lower-cased (ASCII) text of token i, possessive ending kept.
  [[nodiscard]] std::string_view folded(Index i) const noexcept {
    const ByteSpan s = tokens_[i].span;
    return {folded_.data() + s.start, s.end - s.start};
  }
  /// The whole text lower-cased (ASCII): the view folded() slices.
  [[nodiscard]] std::string_view folded_text() const noexcept { return folded_; }
  /// Lower-cased (ASCII) text from the start of token first to the end of token end - 1.
  [[nodiscard]] std::string_view folded_range(Index first, Index end) const noexcept {
    const std::uint32_t from = tokens_[first].span.start;
    const std::uint32_t to = tokens_[end - 1].span.end;
    return to > from ? folded_.substr(from, to - from) : std::string_view();
  }
  /// The reporting-verb form starting at token i (Analysis::token_cue), or nullptr.
  [[nodiscard]] const CueEntry* cue(Index i) const noexcept {
    return i < a_.token_cue.size() ? a_.token_cue[i] : nullptr;
  }
  /// Token text without a possessive ending.
  [[nodiscard]] std::string_view bare(Index i) const noexcept {
    const std::string_view t = text(i);
    return t.substr(0, t.size() - possessive_length(t));
  }
  /// True when the token ends with a possessive "'s" / "’s".
  [[nodiscard]] bool possessive(Index i) const noexcept { return possessive_length(text(i)) != 0; }
  /// Sentence of token i.
  [[nodiscard]] Index sentence(Index i) const noexcept { return tokens_[i].sentence; }
  /// Paragraph of token i (0 when the table is missing).
  [[nodiscard]] Index paragraph(Index i) const noexcept {
    const Index s = tokens_[i].sentence;
    return s < a_.sentence_paragraph.size() ? a_.sentence_paragraph[s] : 0;
  }
  /// Quotation holding token i, or no_index.
  [[nodiscard]] Index quote(Index i) const noexcept {
    return i < quotes_ ? token_quotation_[i] : no_index;
  }
  [[nodiscard]] bool in_quote(Index i) const noexcept { return quote(i) != no_index; }
  /// True when token i opens or closes a quotation (a quotation mark token).
  [[nodiscard]] bool is_quote_mark(Index i) const noexcept;
  /// First token of sentence s and one past its last.
  [[nodiscard]] Index sentence_begin(Index s) const noexcept { return sentence_first_[s]; }
  [[nodiscard]] Index sentence_end(Index s) const noexcept { return sentence_first_[s + 1]; }
  [[nodiscard]] const Analysis& analysis() const noexcept { return a_; }

 private:
  const Analysis& a_;
  // Read from a_ once: its tokens, sentence table and token_quotation do not change
  // while a stage runs.
  std::string_view text_;
  const Token* tokens_;
  Index size_;
  const Index* sentence_first_;  ///< Analysis::sentence_first_token.
  const Index* token_quotation_;
  Index quotes_;  ///< Size of token_quotation_ (0 before the quotation stage).
  std::string own_folded_;     ///< The folded text when the Analysis has none.
  std::string_view folded_;    ///< a_.text with ASCII letters lower-cased; same offsets.
};

/// One past the dash of a dateline starting at token `first` ("PORT ALDER —",
/// "HALDEN, Norway (AP) —"): an all-capital word of three or more letters, then up to
/// ten capitalised words and punctuation, then a dash, all before `last`. `first` when
/// no dateline starts there.
Index dateline_end(const TokenText& t, Index first, Index last);

/// A US party and state tag's text: D, R or I, a hyphen, a capital ("R-Ohio", "D-N.Y.").
[[nodiscard]] inline bool is_party_tag(std::string_view text) noexcept {
  return text.size() >= 3 && (text[0] == 'D' || text[0] == 'R' || text[0] == 'I') && text[1] == '-' &&
         text[2] >= 'A' && text[2] <= 'Z';
}

/// Lower-case ASCII letters, strip a possessive ending and collapse doubled letters: the
/// key under which spelling variants of one name meet ("Kowalskii" and "Kowalski").
std::string name_key(std::string_view word);

/// Feeds name_key(word) to `key` without building it.
template <class Hasher>
void add_name_key(Hasher& key, std::string_view word) noexcept {
  const std::string_view w = word.substr(0, word.size() - possessive_length(word));
  char prev = '\0';
  for (const char c : w) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (l == prev && l >= 'a' && l <= 'z') continue;  // doubled letters meet
    prev = l;
    key.byte(l);
  }
}

/// A 64-bit hash of name_key(word), computed without building the key.
std::uint64_t name_key_hash(std::string_view word) noexcept;

/// Levenshtein distance capped at 2 (returns 2 for "2 or more"); O(|a|) for the short
/// words it is used on.
int edit_distance_capped(std::string_view a, std::string_view b);

/// True when edit_distance_capped(a, b) == 1 (ASCII case ignored), in one linear pass.
bool one_edit_apart(std::string_view a, std::string_view b) noexcept;

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_TOKEN_TEXT_HPP
