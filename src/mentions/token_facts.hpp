// TokenFacts: what the mention lexicons and the cue lexicon say about each token,
// looked up once per document so that the scans read arrays instead of hashing the
// same words again and again.
#ifndef SAYSO_SRC_MENTIONS_TOKEN_FACTS_HPP
#define SAYSO_SRC_MENTIONS_TOKEN_FACTS_HPP

#include <cstdint>
#include <vector>

#include "mentions/mention_lexicon.hpp"
#include "mentions/token_text.hpp"

namespace sayso::inline v0::detail {

class TokenFacts {
 public:
  /// Looks every token up once: O(number of tokens).
  void build(const TokenText& t, const MentionLexicon& lex);

  /// lex.heads entry for the token's lower-case key, or nullptr (also out of range).
  [[nodiscard]] const HeadInfo* head(Index i) const noexcept {
    return i < heads_.size() ? heads_[i] : nullptr;
  }
  /// The token's lower-case key is a name stopword.
  [[nodiscard]] bool stopword(Index i) const noexcept { return has(i, stopword_bit); }
  /// A reporting-verb form starts at the token (Analysis::token_cue).
  [[nodiscard]] bool cue(Index i) const noexcept { return has(i, cue_bit); }
  /// "one", "some", "several" ...: a quantifier that can open "one of the ...".
  [[nodiscard]] bool quantifier(Index i) const noexcept { return has(i, quantifier_bit); }
  /// "the", "a", "its" ...: a one-word determiner.
  [[nodiscard]] bool article(Index i) const noexcept { return has(i, article_bit); }

 private:
  static constexpr std::uint8_t stopword_bit = 1U << 0;
  static constexpr std::uint8_t cue_bit = 1U << 1;
  static constexpr std::uint8_t quantifier_bit = 1U << 2;
  static constexpr std::uint8_t article_bit = 1U << 3;
  [[nodiscard]] bool has(Index i, std::uint8_t bit) const noexcept {
    return i < bits_.size() && (bits_[i] & bit) != 0;
  }

  std::vector<const HeadInfo*> heads_;
  std::vector<std::uint8_t> bits_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_TOKEN_FACTS_HPP
