// fold_ascii_and_validate equals fold_case_into followed by find_invalid_utf8, on text
// with ASCII, multi-byte UTF-8, invalid sequences and NUL bytes at every alignment.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace sd = sayso::detail;

namespace {

// Random text from pieces that cover every path of the eight-byte loop.
std::string random_text(std::mt19937& rng, std::size_t pieces) {
  static const char* const kinds[] = {"Hello WORLD ", "abcdefgh", "Z", "\xC3\xA9", "\xC3",
                                      "\xE2\x80\x9C", "\xE2\x80", "\xF0\x9F\x98\x80", "\x80",
                                      "\xFF", "\xC0\xAF", "\xED\xA0\x80", "7", " ", "@[`{"};
  std::string s;
  for (std::size_t k = 0; k < pieces; ++k) s += kinds[rng() % std::size(kinds)];
  s.push_back('\0');
  s += "Tail";
  return s;
}

}  // namespace

TEST_CASE("utf8: fold_ascii_and_validate is fold_case_into and find_invalid_utf8 at once") {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    const std::string text = random_text(rng, rng() % 40);
    std::string fused(text.size(), '?');
    std::string folded(text.size(), '?');
    const std::size_t bad = sd::fold_ascii_and_validate(text, fused.data());
    sd::fold_case_into(text, folded.data());
    CAPTURE(round);
    CHECK(fused == folded);
    CHECK(bad == sd::find_invalid_utf8(text));
  }
  std::string out(4, '?');
  CHECK(sd::fold_ascii_and_validate("AbC\xC3", out.data()) == 3);
  CHECK(out == "abc\xC3");
  CHECK(sd::fold_ascii_and_validate("", out.data()) == 0);
}
