#include "mentions/token_facts.hpp"

#include <algorithm>

namespace sayso::inline v0::detail {

void TokenFacts::build(const TokenText& t, const MentionLexicon& lex) {
  const Index n = t.size();
  words_.assign(n, nullptr);
  bits_.assign(n, 0);
  n_ = n;
  const Analysis& a = t.analysis();
  const bool cues = a.token_cue.size() == n;
  for (Index i = 0; i < n; ++i) {
    const std::string_view folded = t.folded(i);
    const std::size_t ending = possessive_length(folded);
    bits_[i] = static_cast<std::uint8_t>((cues && a.token_cue[i] != nullptr ? cue_bit : 0U) |
                                         (ending << ending_shift));
    if (a.tokens[i].kind != TokenKind::word) continue;
    words_[i] = lex.words.find_lower(folded.substr(0, folded.size() - ending));
  }
  Index next = n;
  for (Index i = n; i-- > 0;) {
    if (words_[i] != nullptr && words_[i]->head != nullptr) next = i;
    const Index distance = next == n ? far_head : std::min<Index>(next - i, far_head);
    bits_[i] = static_cast<std::uint8_t>(bits_[i] | (distance << head_distance_shift));
  }
}

}  // namespace sayso::inline v0::detail
