#include "mentions/token_facts.hpp"

namespace sayso::inline v0::detail {

void TokenFacts::build(const TokenText& t, const MentionLexicon& lex) {
  const Index n = t.size();
  words_.assign(n, nullptr);
  cue_.assign(n, 0);
  possessive_.assign(n, 0);
  for (Index i = 0; i < n; ++i) {
    words_[i] = lex.words.find_lower(t.lower(i));
    cue_[i] = t.cue(i) != nullptr ? 1 : 0;
    possessive_[i] = t.possessive(i) ? 1 : 0;
  }
}

}  // namespace sayso::inline v0::detail
