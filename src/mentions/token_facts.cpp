#include "mentions/token_facts.hpp"

namespace sayso::inline v0::detail {
namespace {

bool is_quantifier(std::string_view k) {
  return k == "one" || k == "some" || k == "two" || k == "three" || k == "several" ||
         k == "many" || k == "most" || k == "none";
}

bool is_article(std::string_view k) {
  return k == "the" || k == "a" || k == "an" || k == "another" || k == "its" || k == "his" ||
         k == "her" || k == "their";
}

}  // namespace

void TokenFacts::build(const TokenText& t, const MentionLexicon& lex) {
  const Index n = t.size();
  heads_.assign(n, nullptr);
  bits_.assign(n, 0);
  for (Index i = 0; i < n; ++i) {
    const std::string_view key = t.lower(i);
    heads_[i] = lex.heads.find_lower(key);
    std::uint8_t bits = 0;
    if (lex.stopwords.contains_lower(key)) bits |= stopword_bit;
    if (t.cue(i) != nullptr) bits |= cue_bit;
    if (is_quantifier(key)) bits |= quantifier_bit;
    if (is_article(key)) bits |= article_bit;
    bits_[i] = bits;
  }
}

}  // namespace sayso::inline v0::detail
