// The non-allocating lookups of the mention stage agree with their plain references.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "lexicon/word_index.hpp"
#include "mentions/key_set.hpp"
#include "mentions/token_text.hpp"

namespace {

// Every string of length <= max_len over a two-letter alphabet with one upper-case form.
std::vector<std::string> small_words(std::size_t max_len) {
  std::vector<std::string> out{""};
  for (std::size_t n = 0; n < out.size(); ++n) {
    if (out[n].size() == max_len) continue;
    for (char c : {'a', 'b', 'B'}) out.push_back(out[n] + c);
  }
  return out;
}

}  // namespace

TEST_CASE("token lookup: one_edit_apart equals edit_distance_capped == 1") {
  using sayso::detail::edit_distance_capped;
  using sayso::detail::one_edit_apart;
  const std::vector<std::string> words = small_words(4);
  int ones = 0;
  for (const std::string& a : words) {
    for (const std::string& b : words) {
      const bool expected = edit_distance_capped(a, b) == 1;
      CHECK_MESSAGE(one_edit_apart(a, b) == expected, a << " / " << b);
      ones += expected ? 1 : 0;
    }
  }
  CHECK(ones > 100);
  CHECK(one_edit_apart("leader", "leder"));
  CHECK(one_edit_apart("Leader", "reader"));
  CHECK_FALSE(one_edit_apart("leader", "LEADER"));
  CHECK_FALSE(one_edit_apart("leader", "lady"));
  CHECK_FALSE(one_edit_apart(std::string(41, 'a'), std::string(40, 'a')));
}

TEST_CASE("token lookup: TokenText::lower folds and strips the possessive without copying") {
  sayso::detail::Analysis a;
  const std::string text = "The MAYOR's Office";
  a.text = text;
  using sayso::detail::Token;
  a.tokens = {Token{{0, 3}}, Token{{4, 11}}, Token{{12, 18}}};
  const sayso::detail::TokenText t(a);
  CHECK(t.lower(0) == "the");
  CHECK(t.lower(1) == "mayor");
  CHECK(t.lower(2) == "office");
  CHECK(t.key(1) == "mayor");
  CHECK(t.text(1) == "MAYOR's");
}

TEST_CASE("token lookup: WordSet and WordMap fold long and short words alike") {
  sayso::detail::WordSet set;
  set.add("Spokesperson");
  const std::string long_word(80, 'Q');
  set.add(long_word);
  CHECK(set.contains("SPOKESPERSON"));
  CHECK(set.contains_lower("spokesperson"));
  CHECK_FALSE(set.contains_lower("Spokesperson"));
  CHECK(set.contains(std::string(80, 'q')));
  sayso::detail::WordMap<int> map;
  map.set("Minister", 7);
  REQUIRE(map.find("MINISTER") != nullptr);
  CHECK(*map.find("MINISTER") == 7);
  CHECK(map.find_lower("minister") != nullptr);
  CHECK(map.find_lower("Minister") == nullptr);
}

TEST_CASE("token lookup: WordIndex::fold8 lower-cases exactly the ASCII capitals of every byte") {
  using sayso::detail::WordIndex;
  for (unsigned b = 0; b < 256; ++b) {
    for (unsigned lane = 0; lane < 8; ++lane) {
      // The byte in one lane, its neighbours set to bytes that must not change ('Z'+1, 0xC3).
      const std::uint64_t around = 0x5BC35BC35BC35BC3ULL & ~(0xFFULL << (8 * lane));
      const std::uint64_t x = around | (static_cast<std::uint64_t>(b) << (8 * lane));
      const unsigned expected = (b >= 'A' && b <= 'Z') ? b + 32 : b;
      const std::uint64_t folded = WordIndex::fold8(x);
      CHECK(((folded >> (8 * lane)) & 0xFF) == expected);
      CHECK((folded & ~(0xFFULL << (8 * lane))) == around);
    }
  }
}

TEST_CASE("token lookup: WordIndex finds every word in every case, and nothing else") {
  using sayso::detail::WordIndex;
  const std::vector<std::string> words = small_words(9);  // lengths 0..9 cross every tail path
  WordIndex folded(true);
  WordIndex exact(false);
  std::vector<std::uint32_t> ids;
  for (const std::string& w : words) {
    if (w.empty() || w.find('B') != std::string::npos) continue;  // keys: lower case only
    ids.push_back(folded.insert(w));
    exact.insert(w);
  }
  CHECK(folded.size() == ids.size());
  for (const std::string& w : words) {
    if (w.empty()) continue;
    std::string lower = w;
    for (char& c : lower) c = c == 'B' ? 'b' : c;
    const std::uint32_t want = folded.find_lower(lower);
    REQUIRE(want != WordIndex::npos);
    CHECK(folded.key(want) == lower);
    CHECK(folded.find(w) == want);                       // folds while hashing
    CHECK(WordIndex::hash<true>(w) == WordIndex::hash<false>(lower));
    CHECK((exact.find(w) != WordIndex::npos) == (w == lower));  // exact index: no folding
  }
  CHECK(folded.find("abababababa") == WordIndex::npos);  // longer than any key
  CHECK(folded.find("c") == WordIndex::npos);
  CHECK(folded.find("") == WordIndex::npos);
  CHECK(folded.insert("ABA") == folded.find("aba"));  // inserting a known word keeps its index
}

TEST_CASE("token lookup: name_key_hash agrees with name_key") {
  using sayso::detail::name_key;
  using sayso::detail::name_key_hash;
  std::vector<std::string> words = small_words(5);
  for (const char* w : {"Kowalski", "Kowalskii", "KOWALSKI's", "Kowalski’s", "Anna", "Ana", "ana's", "Lee", "Le"}) {
    words.emplace_back(w);
  }
  for (const std::string& a : words) {
    for (const std::string& b : words) {
      CHECK_MESSAGE((name_key_hash(a) == name_key_hash(b)) == (name_key(a) == name_key(b)), a << " / " << b);
    }
  }
}

TEST_CASE("token lookup: KeySet holds exactly what was inserted, through growth and clear") {
  sayso::detail::KeySet set;
  for (std::uint64_t k = 0; k < 5000; k += 2) set.insert(k * 0x9E3779B97F4A7C15ULL);
  for (std::uint64_t k = 0; k < 5000; ++k) {
    CHECK(set.contains(k * 0x9E3779B97F4A7C15ULL) == (k % 2 == 0));
  }
  set.clear();
  CHECK_FALSE(set.contains(0));
  CHECK_FALSE(set.contains(2 * 0x9E3779B97F4A7C15ULL));
  set.insert(7);
  CHECK(set.contains(7));
}

TEST_CASE("token lookup: KeyHasher fed in pieces equals hash64 of the joined name keys") {
  using sayso::detail::KeyHasher;
  using sayso::detail::hash64;
  using sayso::detail::name_key;
  const std::vector<std::string> words = {"Kowalskii's", "ANNA", "Lee", "Le", "O'Brien", "Zoë"};
  for (const std::string& a : words) {
    for (const std::string& b : words) {
      KeyHasher k;
      sayso::detail::add_name_key(k, a);
      k.byte(' ');
      sayso::detail::add_name_key(k, b);
      CHECK_MESSAGE(k.value() == hash64(name_key(a) + " " + name_key(b)), a << " / " << b);
    }
  }
  CHECK(hash64("abc") != hash64("abd"));
  sayso::detail::KeyMap map;
  map.emplace("acme labs", 3);
  KeyHasher acme;
  acme.bytes("acme labs");
  REQUIRE(map.find_key(acme.value()) != nullptr);
  CHECK(*map.find_key(acme.value()) == 3);
  map.emplace_key(acme.value(), 5);  // emplace keeps the first value
  CHECK(*map.find("acme labs") == 3);
  map.assign("acme labs", 7);
  CHECK(*map.find("acme labs") == 7);
  CHECK(map.find("acme lab") == nullptr);
}

TEST_CASE("token lookup: WordIndex::may_hold_lower never hides a stored word") {
  sayso::detail::WordIndex folding;
  sayso::detail::WordIndex exact(false);
  CHECK_FALSE(folding.may_hold_lower("said"));
  CHECK_FALSE(folding.may_hold_lower(""));
  const std::vector<std::string> words = {"said", "Told", "a", "according to", "U.S.", "warns",
                                          "über", "x"};
  for (const std::string& w : words) {
    folding.insert(w);
    exact.insert(w);
  }
  for (const std::string& w : words) {
    std::string lower = w;
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    CAPTURE(w);
    CHECK(folding.may_hold_lower(lower));
    CHECK(folding.find_lower(lower) != sayso::detail::WordIndex::npos);
    CHECK(exact.may_hold_lower(w));
  }
  // Most other words are turned away without a lookup: of 2,000 made-up words, far
  // fewer than a tenth pass an index of eight.
  int passed = 0;
  for (int k = 0; k < 2000; ++k) {
    std::string w = "w" + std::to_string(k * 7919);
    if (folding.may_hold_lower(w)) ++passed;
    CHECK(folding.find_lower(w) == sayso::detail::WordIndex::npos);
  }
  CHECK(passed < 200);
}
