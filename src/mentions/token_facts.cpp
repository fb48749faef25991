#include "mentions/token_facts.hpp"

namespace sayso::inline v0::detail {

void TokenFacts::build(const TokenText& t, const MentionLexicon& lex) {
  const Index n = t.size();
  words_.resize(n);  // every entry is written below
  bits_.resize(n);
  n_ = n;
  const Analysis& a = t.analysis();
  const bool cues = a.token_cue.size() == n;
  constexpr unsigned far = far_head << head_distance_shift;
  Index after_head = 0;  // tokens before this have their distance to the next head set
  for (Index i = 0; i < n; ++i) {
    const std::string_view folded = t.folded(i);
    const std::size_t ending = possessive_length(folded);
    bits_[i] = static_cast<std::uint8_t>((cues && a.token_cue[i] != nullptr ? cue_bit : 0U) |
                                         (ending << ending_shift) | far);
    const MentionWord* w = a.tokens[i].kind == TokenKind::word
                               ? lex.words.find_lower({folded.data(), folded.size() - ending})
                               : nullptr;
    words_[i] = w;
    if (w == nullptr || w->head == nullptr) continue;
    // A head: the tokens since the last one that stand close enough learn their distance.
    for (Index j = i + 1; j-- > after_head && i - j < far_head;) {
      bits_[j] = static_cast<std::uint8_t>((bits_[j] & ~far) | ((i - j) << head_distance_shift));
    }
    after_head = i + 1;
  }
}

}  // namespace sayso::inline v0::detail
