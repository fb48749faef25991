// Mention stage tables: KeySet and KeyMap emptied by generations, TokenFacts' cached
// lexicon lookups against direct ones, the typo memo, and repeated extraction on one
// thread.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.hpp"
#include "mentions/key_set.hpp"
#include "mentions/mention_builder.hpp"
#include "mentions/mention_lexicon.hpp"
#include "mentions/token_facts.hpp"
#include "mentions/token_text.hpp"
#include "sayso/extractor.hpp"
#include "text/tokenizer.hpp"

namespace {

using sayso::Index;

// Every word token's TokenFacts entry equals a direct lookup of its lower-case key, and
// scan_start() marks exactly the symbols and the words that are quantifiers, articles or
// pronouns or have a head noun within their next three tokens.
void check_facts(const sayso::detail::TokenFacts& facts, const sayso::detail::TokenText& t,
                 const sayso::detail::MentionLexicon& lex) {
  using sayso::detail::TokenKind;
  for (Index i = 0; i < t.size(); ++i) {
    INFO("token " << i << ": " << t.text(i));
    if (!t.is_word(i)) {
      CHECK(facts.word(i) == nullptr);
      CHECK(facts.scan_start(i) == (t.tok(i).kind == TokenKind::symbol));
      continue;
    }
    const auto* w = lex.words.find_lower(t.lower(i));
    CHECK(facts.word(i) == w);
    CHECK(facts.possessive(i) == t.possessive(i));
    bool head_near = false;
    for (Index k = i; k < t.size() && k <= i + 3; ++k) {
      const auto* h = t.is_word(k) ? lex.words.find_lower(t.lower(k)) : nullptr;
      head_near = head_near || (h != nullptr && h->head != nullptr);
    }
    const bool opens = w != nullptr && (w->has(sayso::detail::mw_quantifier) ||
                                        w->has(sayso::detail::mw_article) || w->pronoun != nullptr);
    CHECK(facts.scan_start(i) == (opens || head_near));
  }
  // next_scan_start reads the marks eight at a time: it finds the same token as a walk.
  for (Index i = 0; i <= t.size(); ++i) {
    for (Index end = i; end <= t.size() && end <= i + 20; ++end) {
      Index walk = i;
      while (walk < end && !facts.scan_start(walk)) ++walk;
      CHECK(facts.next_scan_start(i, end) == walk);
    }
  }
}

}  // namespace

TEST_CASE("mention tables: KeySet and KeyMap forget everything at clear, over many clears") {
  sayso::detail::KeySet set;
  sayso::detail::KeyMap map;
  for (std::uint64_t round = 0; round < 300; ++round) {
    const std::uint64_t n = round % 7 == 0 ? 200 : 3;  // growth now and then
    for (std::uint64_t k = 0; k < n; ++k) {
      set.insert(round * 1000 + k);
      map.emplace_key(round * 1000 + k, static_cast<Index>(k));
    }
    CHECK(set.contains(round * 1000));
    REQUIRE(map.find_key(round * 1000 + 2) != nullptr);
    CHECK(*map.find_key(round * 1000 + 2) == 2);
    if (round > 0) {
      CHECK_FALSE(set.contains((round - 1) * 1000));
      CHECK(map.find_key((round - 1) * 1000 + 1) == nullptr);
    }
    set.clear();
    map.clear();
    CHECK_FALSE(set.contains(round * 1000));
    CHECK(map.find_key(round * 1000) == nullptr);
  }
  set.insert(0);  // zero is a key like any other
  CHECK(set.contains(0));
  map.assign_key(0, 9);
  REQUIRE(map.find_key(0) != nullptr);
  CHECK(*map.find_key(0) == 9);
}

TEST_CASE("mention tables: the typo memo answers exactly what was put, for one lexicon") {
  sayso::detail::TypoMemo memo;
  const std::string head = "minister";
  const std::string* answer = &head;
  CHECK_FALSE(memo.find(7, "ministr", answer));
  memo.put("ministr", &head);
  memo.put("weekend", nullptr);
  REQUIRE(memo.find(7, "ministr", answer));
  CHECK(answer == &head);
  REQUIRE(memo.find(7, "weekend", answer));
  CHECK(answer == nullptr);
  CHECK_FALSE(memo.find(7, "ministry", answer));  // same slot or not: never a wrong word
  CHECK_FALSE(memo.find(8, "ministr", answer));   // another lexicon: nothing is kept
}

TEST_CASE("mention tables: cached lexicon lookups equal direct ones, across lexicons") {
  auto lex = sayso::detail::MentionLexicon::load({});
  REQUIRE(lex);
  sayso::ExtractorOptions options;
  options.titles = {"Grand Vizier"};
  auto other = sayso::detail::MentionLexicon::load(options);
  REQUIRE(other);
  CHECK(lex->serial != other->serial);
  // Words of one to seventeen bytes, possessives, capitals, and words near the very end
  // (fewer than eight or sixteen bytes after their start).
  const std::string text =
      "The spokeswoman's GRAND vizier and the Ministry's officials said it, a "
      "spokesperson for Acme told them. One of the reporters' sources was a"
      " grand Vizier's aide in Oslo, said the internationalists' spokeswoman\n";
  sayso::Extractor ex = *sayso::Extractor::create();
  auto doc = ex.segment(text);
  REQUIRE(doc);
  sayso::detail::Analysis a;
  a.text = text;
  a.doc = &*doc;
  sayso::detail::Tokenizer().run(text, doc->sentences, a.tokens, a.sentence_first_token);
  const sayso::detail::TokenText t(a);
  sayso::detail::TokenFacts facts;
  for (int pass = 0; pass < 2; ++pass) {  // cold, then warm cache
    facts.build(t, *lex);
    check_facts(facts, t, *lex);
  }
  facts.build(t, *other);  // another lexicon: nothing cached from the first may show
  check_facts(facts, t, *other);
  facts.build(t, *lex);
  check_facts(facts, t, *lex);
  // The name states build() writes, cold and warm: capitalised words only, each the
  // name_hash_state of its key with the generation in its low byte.
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::uint64_t> states(t.size(), 0);
    facts.build(t, *lex, sayso::detail::NameStateTable{states.data(), 7});
    Index written = 0;
    for (Index i = 0; i < t.size(); ++i) {
      if (states[i] == 0) continue;
      INFO("token " << i << ": " << t.text(i));
      ++written;
      CHECK(t.is_cap(i));
      CHECK((states[i] & 0xFF) == 7);
      CHECK((states[i] >> 8) == (sayso::detail::name_hash_state(t.lower(i)) >> 8));
    }
    CHECK(written >= 5);
  }
  // A name run marked as a start (TokenFacts::mark_scan_start) is found, and only it is new.
  const Index last = t.size() - 1;
  const Index before = facts.next_scan_start(0, t.size());
  facts.mark_scan_start(last);
  CHECK(facts.scan_start(last));
  CHECK(facts.next_scan_start(before, t.size()) == before);
  CHECK(facts.next_scan_start(last, t.size()) == last);
  facts.mark_scan_start(t.size());  // past the end: nothing to mark
  CHECK_FALSE(facts.scan_start(t.size()));
}

TEST_CASE("mention tables: one thread's tables leave no trace from one document in the next") {
  const std::string first =
      "Ines Okoro, chief economist at Corvan Analytics, said the company would grow. "
      "\"We are ready,\" Okoro said. Prime Minister Ola Berg told reporters he agreed.\n";
  const std::string second = "Officials said the agency was ready, a spokeswoman said.\n";
  auto a1 = sayso::extract(first);
  REQUIRE(a1);
  auto b = sayso::extract(second);
  REQUIRE(b);
  auto a2 = sayso::extract(first);
  REQUIRE(a2);
  REQUIRE(a1->entities.size() == a2->entities.size());
  for (std::size_t e = 0; e < a1->entities.size(); ++e) {
    CHECK(a1->entities[e].name == a2->entities[e].name);
    CHECK(a1->entities[e].descriptors == a2->entities[e].descriptors);
    CHECK(a1->entities[e].mentions == a2->entities[e].mentions);
  }
  REQUIRE(a1->mentions.size() == a2->mentions.size());
  for (std::size_t m = 0; m < a1->mentions.size(); ++m) {
    CHECK(a1->mentions[m].span == a2->mentions[m].span);
    CHECK(a1->mentions[m].entity == a2->mentions[m].entity);
  }
}
