#include "core/lexicon_words.hpp"

#include "attribution/cue_lexicon.hpp"
#include "claims/claim_lexicon.hpp"
#include "core/huge_pages.hpp"
#include "mentions/mention_lexicon.hpp"
#include "mentions/token_facts.hpp"
#include "mentions/token_text.hpp"

namespace sayso::inline v0::detail {

static_assert(FoldedIndex::npos == no_index, "tag() stores FoldedIndex's npos as no_index");

LexiconWords::LexiconWords(const MentionLexicon& mentions, const ClaimLexicon& claims,
                           const CueLexicon& cues)
    : mentions_(&mentions), claims_(&claims), cues_(&cues) {
  // Each lexicon holds a word once: every field below is set at most once per record.
  // The cue words first: their records are the first cue_records_ (see TokenWords).
  cues.for_each_word([this](std::string_view word, const CueEntry* single, bool pair_start) {
    if (word.empty() || (single == nullptr && !pair_start)) return;
    LexiconWord& r = record(word);
    r.cue = single;
    r.cue_pair = pair_start;
  });
  cue_records_ = static_cast<Index>(records_.size());
  claims.for_each_word([this](std::string_view word, const WordInfo& info) {
    if (!word.empty()) record(word).claim = &info;
  });
  for (std::size_t n = 0; n < mentions.words.size(); ++n) {
    const std::string_view word = mentions.words.key(n);
    if (!word.empty()) record(word).mention = &mentions.words.value_at(n);
  }
  for (std::uint32_t k = 0; k < records_.size(); ++k) {
    records_[k].name_state = name_hash_state(index_.key(k));
  }
}

LexiconWord& LexiconWords::record(std::string_view word) {
  const std::uint32_t k = index_.insert(word);
  if (k == records_.size()) records_.emplace_back();
  return records_[k];
}

bool LexiconWords::tag(Analysis& a) const {
  if (a.folded.size() != a.text.size()) return false;
  const std::string_view folded = a.folded;
  const std::size_t n = a.tokens.size();
  // Every entry of both is written below (clear() keeps their sizes).
  size_table(a.token_word, n);
  size_table(a.token_cue, n);
  a.cue_tokens.clear();
  const TokenText text(a);
  // Plain pointers, locals and a Finder by value: the stores would otherwise make the
  // compiler reload the vectors' and the index's members.
  const Token* const tokens = a.tokens.data();
  Index* const out = a.token_word.data();
  const CueEntry** const cue = a.token_cue.data();
  const LexiconWord* const records = records_.data();
  const Index cue_records = cue_records_;
  const FoldedIndex::Finder find = index_.finder();
  // Stores token i's record k; only the records below cue_records have a form.
  const auto store = [&](std::size_t i, Index k) {
    out[i] = k;
    cue[i] = nullptr;
    if (k < cue_records) [[unlikely]] {
      cues_->tag_word(a, text, static_cast<Index>(i), records[k].cue, records[k].cue_pair);
    }
  };
  // The tokens starting eight bytes or more before the text's end read their first
  // eight bytes in place; the few after them (at most eight) go through a copy.
  std::size_t padded = n;
  while (padded > 0 && tokens[padded - 1].span.start + 8 > folded.size()) --padded;
  for (std::size_t i = 0; i < padded; ++i) {
    const Token& t = tokens[i];
    store(i, t.kind == TokenKind::word
                 ? find.find_padded(folded.data() + t.span.start, t.span.end - t.span.start)
                 : no_index);
  }
  for (std::size_t i = padded; i < n; ++i) {
    const Token& t = tokens[i];
    store(i, t.kind == TokenKind::word
                 ? index_.find_in(folded, t.span.start, t.span.end - t.span.start)
                 : no_index);
  }
  a.lexicon_words = this;
  return true;
}

}  // namespace sayso::inline v0::detail
