// QuoteList (attribution/attribution_builder.hpp): a draft's quotations, inline up to
// four, in a vector beyond; order kept through push_back and erase_at. is_mark_text:
// the quotation marks by their bytes.
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

TEST_CASE("is_mark_text agrees with TokenText::is_quote_mark's code points") {
  using sayso::detail::is_mark_text;
  CHECK(is_mark_text("\""));
  CHECK(is_mark_text("'"));
  CHECK_FALSE(is_mark_text(","));
  CHECK_FALSE(is_mark_text("\"\""));
  CHECK_FALSE(is_mark_text(""));
  for (char32_t c = 0x2010; c < 0x2040; ++c) {  // E2 80 90 .. E2 80 BF
    const char bytes[] = {'\xE2', '\x80', static_cast<char>(0x80 | (c & 0x3F)), '\0'};
    const bool mark = (c >= 0x2018 && c <= 0x201F) || c == 0x2039 || c == 0x203A;
    CHECK(is_mark_text(bytes) == mark);
  }
  CHECK(is_mark_text("\xC2\xAB"));
  CHECK(is_mark_text("\xC2\xBB"));
  CHECK_FALSE(is_mark_text("\xC2\xA0"));
  CHECK(is_mark_text("\xE3\x80\x8C"));
  CHECK(is_mark_text("\xE3\x80\x8F"));
  CHECK_FALSE(is_mark_text("\xE3\x80\x90"));
  CHECK_FALSE(is_mark_text("\xE2\x81\x98"));
  CHECK_FALSE(is_mark_text("\xE2\x80"));  // truncated
}
