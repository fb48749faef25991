// TokenLocator answers exactly what std::lower_bound / std::upper_bound over the
// tokens answer, for every offset, on token layouts that stress its 64-byte blocks.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "core/token_locator.hpp"

namespace {

using sayso::Index;
using sayso::detail::Token;
using sayso::detail::TokenLocator;

Index lower(const std::vector<Token>& toks, std::uint32_t o) {
  auto it = std::lower_bound(toks.begin(), toks.end(), o,
                             [](const Token& t, std::uint32_t b) { return t.span.start < b; });
  return static_cast<Index>(it - toks.begin());
}

Index upper(const std::vector<Token>& toks, std::uint32_t o) {
  auto it = std::upper_bound(toks.begin(), toks.end(), o,
                             [](std::uint32_t b, const Token& t) { return b < t.span.end; });
  return static_cast<Index>(it - toks.begin());
}

// Tokens of random lengths separated by random gaps (0 = adjacent), from `start`.
std::vector<Token> random_tokens(std::mt19937& rng, std::size_t count, std::uint32_t max_len,
                                 std::uint32_t max_gap, std::uint32_t start) {
  std::vector<Token> toks;
  std::uint32_t at = start;
  for (std::size_t k = 0; k < count; ++k) {
    at += static_cast<std::uint32_t>(rng() % (max_gap + 1));
    const auto len = 1 + static_cast<std::uint32_t>(rng() % max_len);
    Token t;
    t.span = sayso::ByteSpan{at, at + len};
    toks.push_back(t);
    at += len;
  }
  return toks;
}

void check_every_offset(const std::vector<Token>& toks) {
  TokenLocator loc;
  loc.build(toks);
  const std::uint32_t end = toks.empty() ? 0 : toks.back().span.end;
  for (std::uint32_t o = 0; o <= end + 200; ++o) {
    REQUIRE(loc.first_at_or_after(o) == lower(toks, o));
    REQUIRE(loc.end_at_or_before(o) == upper(toks, o));
  }
  CHECK(loc.first_at_or_after(0xFFFFFFFFu) == toks.size());
  CHECK(loc.end_at_or_before(0xFFFFFFFFu) == toks.size());
}

}  // namespace

TEST_CASE("token locator: agrees with binary search at every offset") {
  std::mt19937 rng(7);
  SUBCASE("one-byte tokens, adjacent (16 tokens in a block)") {
    check_every_offset(random_tokens(rng, 1000, 1, 0, 0));
  }
  SUBCASE("words and spaces") { check_every_offset(random_tokens(rng, 2000, 9, 2, 0)); }
  SUBCASE("long tokens spanning blocks, wide gaps") {
    check_every_offset(random_tokens(rng, 300, 200, 300, 5));
  }
  SUBCASE("first token far from the start") { check_every_offset(random_tokens(rng, 50, 4, 1, 1000)); }
  SUBCASE("a single token, and none") {
    check_every_offset(random_tokens(rng, 1, 3, 0, 64));
    check_every_offset({});
  }
}

TEST_CASE("token locator: rebuilt for a shorter document forgets the longer one") {
  std::mt19937 rng(11);
  const std::vector<Token> big = random_tokens(rng, 5000, 6, 1, 0);
  const std::vector<Token> small = random_tokens(rng, 20, 6, 1, 0);
  TokenLocator loc;
  loc.build(big);
  loc.build(small);
  const std::uint32_t far = big.back().span.end;
  CHECK(loc.first_at_or_after(far) == small.size());
  CHECK(loc.first_at_or_after(small[7].span.start) == 7);
  CHECK(loc.end_at_or_before(small[7].span.end) == 8);
}

TEST_CASE("token locator: knows which tokens it indexes") {
  std::mt19937 rng(13);
  std::vector<Token> toks = random_tokens(rng, 100, 5, 1, 0);
  const std::vector<Token> copy = toks;
  TokenLocator loc;
  CHECK_FALSE(loc.indexes(toks));
  loc.build(toks);
  CHECK(loc.indexes(toks));
  CHECK_FALSE(loc.indexes(copy));  // equal contents, another vector
  toks.push_back(Token{});
  CHECK_FALSE(loc.indexes(toks));  // grown since the build
  loc.build(toks);
  loc.clear();
  CHECK_FALSE(loc.indexes(toks));
}
