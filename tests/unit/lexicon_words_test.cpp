// The merged word table (core/lexicon_words.hpp): FoldedIndex lookups in place and near
// the end of a text, the cue forms it tags, and the readers of the token records
// (TokenFacts, TokenTable) finding exactly what their own lookups find.
#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attribution/cue_lexicon.hpp"
#include "claims/claim_lexicon.hpp"
#include "claims/token_table.hpp"
#include "core/analysis.hpp"
#include "core/lexicon_words.hpp"
#include "lexicon/folded_index.hpp"
#include "lexicon/lexicon.hpp"
#include "mentions/mention_lexicon.hpp"
#include "mentions/token_facts.hpp"
#include "mentions/token_text.hpp"
#include "sayso/extractor.hpp"
#include "text/tokenizer.hpp"

namespace {

using sayso::Index;
namespace sd = sayso::detail;

// Possessives (straight and curly), clitics, hyphens, two-word cues, capitalised names,
// words of nine to twenty bytes, and a word at the very end of the text.
const std::string text =
    "The spokeswoman's office said Obama\xE2\x80\x99s aides didn\xE2\x80\x99t agree. "
    "According to Aldous Featherstonehaugh, the internationalists pointed out in "
    "mid-January that it'll rise by 40 percent. \"We won't,\" Kowalski said";

template <class T>
T loaded(sayso::Result<T> r) {
  REQUIRE(r.has_value());
  return std::move(*r);
}

// The three lexicons, the table merged from them, and `text` segmented and tokenized.
struct Fixture {
  sd::MentionLexicon mentions = loaded(sd::MentionLexicon::load({}));
  std::shared_ptr<const sd::ClaimLexicon> claims = loaded(sd::ClaimLexicon::load());
  sd::CueLexicon cues = loaded(sd::CueLexicon::load({}));
  sd::LexiconWords words{mentions, *claims, cues};
  sayso::Document doc;
  sd::Analysis analysis;

  Fixture() {
    doc = loaded(loaded(sayso::Extractor::create()).segment(text));
    analysis.text = text;
    analysis.doc = &doc;
    analysis.folded = sd::fold_case(text);
    sd::Tokenizer().run(text, doc.sentences, analysis.tokens, analysis.sentence_first_token);
    analysis.sentence_paragraph.assign(doc.sentences.size(), 0);
  }
};

}  // namespace

TEST_CASE("lexicon words: FoldedIndex finds its words in place and near a text's end") {
  sd::FoldedIndex index;
  const std::vector<std::string> stored = {"a", "of", "said", "eighteen", "nineteen1",
                                           "spokeswoman", "internationalists", "x-y'z"};
  for (const std::string& w : stored) CHECK(index.insert(w) == static_cast<std::uint32_t>(&w - stored.data()));
  CHECK(index.insert("said") == 2);  // no duplicate
  CHECK(index.insert("") == sd::FoldedIndex::npos);
  CHECK(index.size() == stored.size());
  for (std::uint32_t k = 0; k < stored.size(); ++k) {
    CAPTURE(stored[k]);
    CHECK(index.key(k) == stored[k]);
    CHECK(index.find(stored[k]) == k);
    // The word inside a text, with other bytes before and after it, and ending it.
    const std::string inside = "zz " + stored[k] + " tail of sixteen bytes";
    CHECK(index.find_in(inside, 3, stored[k].size()) == k);
    const std::string last = "zz " + stored[k];
    CHECK(index.find_in(last, 3, stored[k].size()) == k);
  }
  for (const std::string_view absent : {"", "b", "o", "sai", "saids", "eighteen1", "nineteen2",
                                        "spokeswomen", "internationalist", "internationalistss"}) {
    CAPTURE(absent);
    CHECK(index.find(absent) == sd::FoldedIndex::npos);
  }
  const std::string grown_text = "w17 w18";
  for (int k = 0; k < 200; ++k) index.insert("w" + std::to_string(k));  // grows the table
  CHECK(index.find_in(grown_text, 4, 3) == index.find("w18"));
  CHECK(index.find("said") == 2);
}

TEST_CASE("lexicon words: every word token's record holds what each lexicon says") {
  Fixture f;
  REQUIRE(f.words.tag(f.analysis));
  const sd::TokenWords tags = sd::token_words(f.analysis);
  REQUIRE(tags.size == f.analysis.tokens.size());
  CHECK(tags.table == &f.words);
  const sd::TokenText t(f.analysis);
  Index known = 0;
  for (Index i = 0; i < t.size(); ++i) {
    CAPTURE(t.text(i));
    const sd::LexiconWord* r = tags.at(i);
    if (!t.is_word(i)) {
      CHECK(r == nullptr);
      continue;
    }
    const std::string_view folded = t.folded(i);
    CHECK((r != nullptr ? r->mention : nullptr) == f.mentions.words.find_lower(folded));
    CHECK((r != nullptr ? r->claim : nullptr) == f.claims->find(folded));
    if (r != nullptr) {
      ++known;
      CHECK(r->name_state == sd::name_hash_state(folded));
      CHECK((r->cue != nullptr || r->cue_pair) == (tags.index[i] < tags.cue_records));
    }
  }
  CHECK(known > 10);
  // An Analysis whose folded text is missing stays untagged.
  f.analysis.clear();
  f.analysis.folded.clear();
  CHECK_FALSE(f.words.tag(f.analysis));
  CHECK(sd::token_words(f.analysis).empty());
}

TEST_CASE("lexicon words: cue forms, TokenFacts and TokenTable alike from the records") {
  Fixture tagged;
  Fixture plain;  // untagged: each reader looks the words up itself
  tagged.words.tag(tagged.analysis);
  REQUIRE_FALSE(sd::token_words(tagged.analysis).empty());
  REQUIRE(sd::token_words(plain.analysis).empty());

  // The word tagger finds the forms the cue tagger finds (two-word ones included).
  plain.cues.tag(plain.analysis);
  CHECK(tagged.analysis.cue_tokens == plain.analysis.cue_tokens);
  CHECK(tagged.analysis.cue_tokens.size() >= 3);
  const Index n = static_cast<Index>(plain.analysis.tokens.size());
  for (Index i = 0; i < n; ++i) {
    const sd::CueEntry* cue = plain.analysis.token_cue[i];
    // The entries of one lexicon, compared by form: the two fixtures hold two copies.
    CHECK((tagged.analysis.token_cue[i] == nullptr) == (cue == nullptr));
    if (cue != nullptr) CHECK(tagged.analysis.token_cue[i]->lemma == cue->lemma);
  }

  // TokenFacts: the same entries, marks and name states (a capitalised word of more
  // than sixteen bytes has its state from its record only).
  const sd::TokenText tt(tagged.analysis);
  const sd::TokenText pt(plain.analysis);
  sd::TokenFacts from_records;
  sd::TokenFacts looked_up;
  std::vector<std::uint64_t> record_states(n, 0);
  std::vector<std::uint64_t> lookup_states(n, 0);
  from_records.build(tt, tagged.mentions, sd::NameStateTable{record_states.data(), 9});
  looked_up.build(pt, plain.mentions, sd::NameStateTable{lookup_states.data(), 9});
  for (Index i = 0; i < n; ++i) {
    CAPTURE(pt.text(i));
    const sd::MentionWord* w = looked_up.word(i);
    CHECK((from_records.word(i) == nullptr) == (w == nullptr));
    if (w != nullptr) CHECK(from_records.word(i)->bits == w->bits);
    CHECK(from_records.ending(i) == looked_up.ending(i));
    CHECK(from_records.scan_start(i) == looked_up.scan_start(i));
    if (lookup_states[i] != 0) CHECK(record_states[i] == lookup_states[i]);
    if (record_states[i] != 0) CHECK(pt.is_cap(i));
  }
  CHECK(from_records.capitalised() == looked_up.capitalised());

  // TokenTable: the same facts with the records as with its own lookups.
  sd::TokenTable with_records;
  sd::TokenTable without;
  with_records.build(tagged.analysis.text, tagged.analysis.folded, tagged.analysis.tokens,
                     *tagged.claims, nullptr, sd::token_words(tagged.analysis));
  without.build(tagged.analysis.text, tagged.analysis.folded, tagged.analysis.tokens, *tagged.claims);
  for (Index i = 0; i < n; ++i) {
    CAPTURE(pt.text(i));
    CHECK(with_records.info(i) == without.info(i));
    CHECK(with_records.marks(i) == without.marks(i));
    CHECK(with_records.opens(i, 0xFF) == without.opens(i, 0xFF));
  }
  // Records of another lexicon are not read.
  sd::TokenTable other;
  other.build(tagged.analysis.text, tagged.analysis.folded, tagged.analysis.tokens,
              *plain.claims, nullptr, sd::token_words(tagged.analysis));
  for (Index i = 0; i < n; ++i) {
    CHECK((other.info(i) == nullptr) == (without.info(i) == nullptr));
  }
}
