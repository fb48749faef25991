#include "mentions/token_facts.hpp"

namespace sayso::inline v0::detail {

void TokenFacts::build(const TokenText& t, const MentionLexicon& lex) {
  const Index n = t.size();
  facts_.assign(n, Facts{});
  const Analysis& a = t.analysis();
  const bool cues = a.token_cue.size() == n;
  for (Index i = 0; i < n; ++i) {
    Facts& f = facts_[i];
    f.cue = cues && a.token_cue[i] != nullptr;
    const Token& tok = a.tokens[i];
    if (tok.kind != TokenKind::word) continue;
    const std::string_view folded = t.folded(i);
    const std::size_t ending = possessive_length(folded);
    f.possessive = ending != 0;
    f.word = lex.words.find_lower(folded.substr(0, folded.size() - ending));
  }
  next_head_.resize(n);
  Index next = n;
  for (Index i = n; i-- > 0;) {
    if (facts_[i].word != nullptr && facts_[i].word->head != nullptr) next = i;
    next_head_[i] = next;
  }
}

}  // namespace sayso::inline v0::detail
