// QuoteList (attribution/attribution_builder.hpp): a draft's quotations, inline up to
// four, in a vector beyond; order kept through push_back and erase_at.
#include <doctest/doctest.h>

#include <vector>

#include "attribution/attribution_builder.hpp"

namespace {

using sayso::Index;
using sayso::detail::QuoteList;

std::vector<Index> items(const QuoteList& l) { return {l.begin(), l.end()}; }

}  // namespace

TEST_CASE("QuoteList keeps its quotations in order inline and spilled") {
  QuoteList l;
  CHECK(l.empty());
  std::vector<Index> want;
  for (Index q = 10; q < 17; ++q) {
    l.push_back(q);
    want.push_back(q);
    CHECK(items(l) == want);
  }
  CHECK(l.front() == 10);
  CHECK(l[6] == 16);
  l.erase_at(1);  // 7 -> 6, still spilled
  want.erase(want.begin() + 1);
  CHECK(items(l) == want);
  l.erase_at(5);  // 6 -> 5
  want.erase(want.begin() + 5);
  CHECK(items(l) == want);
  l.erase_at(0);  // 5 -> 4: back inline
  want.erase(want.begin());
  CHECK(items(l) == want);
  l.erase_at(3);
  want.erase(want.begin() + 3);
  CHECK(items(l) == want);
  l.push_back(30);
  l.push_back(31);  // spills again from the inline ones
  want.push_back(30);
  want.push_back(31);
  CHECK(items(l) == want);
  l.clear();
  CHECK(l.empty());
  l.push_back(5);
  CHECK(items(l) == std::vector<Index>{5});
}
