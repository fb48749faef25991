// Extractor::extract_into() hands the list buffers of the Document's previous records to
// per-thread pools (core/record_pool.hpp) that the stages draw on for the next text.
// A reused Document must come out exactly as a fresh one would.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/record_pool.hpp"
#include "sayso/extractor.hpp"
#include "sayso/json.hpp"

namespace {

using sayso::Index;
using IndexPool = sayso::detail::BufferPool<std::vector<Index>>;

std::vector<Index> with_capacity(std::size_t n) {
  std::vector<Index> v;
  v.reserve(n);
  v.push_back(7);
  return v;
}

// Figures, hedges, dates, negations and many speakers: every list of claims and entities.
std::string busy_article(int paragraphs) {
  std::string s;
  for (int k = 0; k < paragraphs; ++k) {
    s += "\"We will not move the depot,\" said Mayor Lena Okafor of Brookhaven on March 3, 2021. "
         "Council member Tom Reyes said the plan would probably cost about $4.2 million and "
         "that 40 percent of residents may never use it. ";
    s += (k % 3 == 0) ? "Analysts believe prices rose 3% since last year.\n\n" : "\n\n";
  }
  return s;
}

}  // namespace

TEST_CASE("record pool: lent buffers are empty and keep their capacity") {
  IndexPool pool;
  std::vector<Index> a = with_capacity(16);
  const Index* memory = a.data();
  pool.give(a);
  CHECK(a.capacity() == 0);
  CHECK(pool.size() == 1);
  pool.end_round();
  std::vector<Index> b;
  pool.lend(b);
  CHECK(b.empty());
  CHECK(b.capacity() >= 16);
  CHECK(b.data() == memory);
  CHECK(pool.size() == 0);
  std::vector<Index> c;
  pool.lend(c);  // nothing left: c stays as it was
  CHECK(c.capacity() == 0);
}

TEST_CASE("record pool: buffers without memory are not kept") {
  IndexPool pool;
  std::vector<Index> none;
  pool.give(none);
  CHECK(pool.size() == 0);
}

TEST_CASE("record pool: keeps no more buffers than one round gave") {
  IndexPool pool;
  for (int round = 0; round < 5; ++round) {
    for (int k = 0; k < 3; ++k) {
      std::vector<Index> v = with_capacity(4);
      pool.give(v);
    }
    pool.end_round();
    CHECK(pool.size() == 3);  // never lent: still bounded by the largest round
  }
  std::vector<Index> v = with_capacity(4);
  pool.give(v);
  pool.end_round();
  CHECK(pool.size() == 3);
}

TEST_CASE("record pool: a reused Document comes out as a fresh one") {
  auto ex = sayso::Extractor::create();
  REQUIRE(ex);
  const std::vector<std::string> texts = {
      busy_article(40), "Rain closed the coast road. Officials said about 40 homes were empty.",
      std::string(), busy_article(3), busy_article(60), "\"Never,\" she said."};
  sayso::Document reused;
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& text : texts) {
      auto fresh = ex->extract(text);
      REQUIRE(fresh);
      REQUIRE(ex->extract_into(text, reused));
      CHECK(sayso::to_json(text, reused) == sayso::to_json(text, *fresh));
    }
  }
}

TEST_CASE("record pool: a Document kept by the caller is not touched by later calls") {
  auto ex = sayso::Extractor::create();
  REQUIRE(ex);
  const std::string first = busy_article(5);
  sayso::Document kept;
  REQUIRE(ex->extract_into(first, kept));
  const std::string before = sayso::to_json(first, kept);
  sayso::Document other;
  for (int k = 0; k < 3; ++k) REQUIRE(ex->extract_into(busy_article(k + 2), other));
  CHECK(sayso::to_json(first, kept) == before);
}
