#include "mentions/token_facts.hpp"

namespace sayso::inline v0::detail {

void TokenFacts::build(const TokenText& t, const MentionLexicon& lex) {
  const Index n = t.size();
  facts_.assign(n, Facts{});
  for (Index i = 0; i < n; ++i) {
    Facts& f = facts_[i];
    f.cue = t.cue(i) != nullptr;
    if (!t.is_word(i)) continue;
    f.possessive = t.possessive(i);
    f.word = lex.words.find_lower(t.lower(i));
  }
}

}  // namespace sayso::inline v0::detail
