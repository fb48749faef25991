// ClaimLexicon: the shape table in front of the hash lookup never hides a word, and
// the TimeStart bits name the time rules each opening word may start.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "claims/claim_lexicon.hpp"

namespace sd = sayso::detail;

namespace {

const sd::ClaimLexicon& claim_lexicon() {
  static const auto lexicon = [] {
    auto r = sd::ClaimLexicon::load();
    REQUIRE(r.has_value());
    return *r;
  }();
  return *lexicon;
}

}  // namespace

TEST_CASE("claim lexicon: the shape table finds every word the lexicon knows") {
  const auto& lex = claim_lexicon();
  for (std::string_view w : {"the", "a", "an", "for", "in", "since", "not", "never", "january",
                             "may", "monday", "yesterday", "last", "three", "twenty", "million",
                             "percent", "%", "$", "about", "reportedly", "according", "to",
                             "because", "will", "hours", "noon", "christmas"}) {
    CAPTURE(w);
    const sd::WordInfo* info = lex.find(w);
    if (info == nullptr) continue;
    // A word and a longer or shorter one of the same letters are different words.
    CHECK(lex.find(std::string(w) + "x") != info);
    CHECK(lex.find(std::string(w).substr(1)) != info);
  }
  CHECK(lex.find("") == nullptr);
  CHECK(lex.find("the") != nullptr);
  CHECK(lex.find("january") != nullptr);
  CHECK(lex.find("zzzzqx") == nullptr);
}

TEST_CASE("claim lexicon: time rule bits of opening words") {
  const auto& lex = claim_lexicon();
  const sd::WordInfo* the = lex.find("the");
  REQUIRE(the != nullptr);
  CHECK((the->time_rules & sd::starts_relative) != 0);
  CHECK((the->time_rules & sd::starts_span) == 0);
  const sd::WordInfo* in = lex.find("in");
  REQUIRE(in != nullptr);
  CHECK((in->time_rules & sd::starts_span) != 0);
  CHECK((in->time_rules & sd::starts_count) == 0);
  const sd::WordInfo* a = lex.find("a");
  REQUIRE(a != nullptr);
  CHECK((a->time_rules & sd::starts_count) != 0);
  const sd::WordInfo* three = lex.find("three");
  REQUIRE(three != nullptr);
  CHECK((three->time_rules & sd::starts_count) != 0);
  CHECK((the->time_rules & sd::article_the) != 0);
  CHECK((a->time_rules & sd::article_a) != 0);
  CHECK((in->time_rules & (sd::article_the | sd::article_a)) == 0);
}

TEST_CASE("claim lexicon: entries a following word may complete") {
  const auto& lex = claim_lexicon();
  const sd::WordInfo* according = lex.find("according");
  const sd::WordInfo* to = lex.find("to");
  REQUIRE(according != nullptr);
  REQUIRE(to != nullptr);
  REQUIRE(according->starts(sd::EntryKind::hedge));
  // Before "to" every hedge entry of "according" is a candidate; before nothing only the
  // one-word entries are, and "according to" is two words.
  const auto all = according->of_kind(sd::EntryKind::hedge);
  CHECK(according->of_kind_before(sd::EntryKind::hedge, to).size() == all.size());
  for (const sd::Entry* e : according->of_kind_before(sd::EntryKind::hedge, nullptr)) {
    CHECK(e->words.size() == 1);
  }
  bool two_words = false;
  for (const sd::Entry* e : all) two_words = two_words || e->words.size() == 2;
  CHECK(two_words);
}
