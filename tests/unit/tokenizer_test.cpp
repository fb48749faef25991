// The tokenizer's token flags agree with a plain reference computed by decoding each
// word: case flags from its letters, hyphenated from an inner '-', non_ascii from its bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "sayso/document.hpp"
#include "text/tokenizer.hpp"
#include "text/utf8.hpp"

namespace {

namespace sd = sayso::detail;

std::uint8_t reference_flags(std::string_view word) {
  bool first = true;
  bool any = false;
  bool all_up = true;
  std::uint8_t flags = 0;
  for (std::size_t i = 0; i < word.size();) {
    const sd::CodePoint cp = sd::decode_utf8(word, i);
    i += cp.length;
    if (!sd::is_letter(cp.value)) continue;
    if (first && sd::is_upper(cp.value)) flags |= sd::capitalized;
    first = false;
    any = true;
    all_up = all_up && sd::is_upper(cp.value);
  }
  if (any && all_up) flags |= sd::all_upper;
  if (word.find('-') != std::string_view::npos) flags |= sd::hyphenated;
  for (const char c : word) {
    if ((static_cast<unsigned char>(c) & 0x80) != 0) flags |= sd::non_ascii;
  }
  return flags;
}

}  // namespace

TEST_CASE("tokenizer: word flags match a decoding reference") {
  const std::string text =
      "Hello NASA U.S. u.S. well-known Well-Known ZOË zoë Zoë don’t DON’T O'Brien iPhone e.g. "
      "ÉCOLE École 3M x-ray X-RAY naïve Ünal's ALL-CAPS mid-March A.B. Łódź ŁÓDŹ i "
      // Words longer than the tokenizer's 16-byte steps, with the case turning late.
      "internationalization INTERNATIONALIZATION internationalizatioN abcdefghijklmnopQRS "
      "ABCDEFGHIJKLMNOPqrs 1234567890123456789x 12345678901234567890Ab ÉTUDESINTERNATIONALES "
      "over-the-counter-medication U.S.-Canadian-border-crossings i";
  const std::vector<sayso::ByteSpan> sentences{{0, static_cast<std::uint32_t>(text.size())}};
  std::vector<sd::Token> tokens;
  std::vector<sayso::Index> first;
  sd::Tokenizer{}.run(text, sentences, tokens, first);
  int words = 0;
  for (const sd::Token& t : tokens) {
    if (t.kind != sd::TokenKind::word) continue;
    ++words;
    const std::string_view w = sayso::slice(text, t.span);
    const std::uint8_t mask = sd::capitalized | sd::all_upper | sd::hyphenated | sd::non_ascii;
    CHECK_MESSAGE((t.flags & mask) == reference_flags(w), w);
  }
  CHECK(words >= 32);
}

namespace {

// The text of every token of `text`, tokenized as one sentence.
std::vector<std::string> token_texts(const std::string& text) {
  const std::vector<sayso::ByteSpan> sentences{{0, static_cast<std::uint32_t>(text.size())}};
  std::vector<sd::Token> tokens;
  std::vector<sayso::Index> first;
  sd::Tokenizer{}.run(text, sentences, tokens, first);
  std::vector<std::string> out;
  for (const sd::Token& t : tokens) out.emplace_back(sayso::slice(text, t.span));
  return out;
}

}  // namespace

TEST_CASE("tokenizer: an ellipsis is one token, spaced or not") {
  using V = std::vector<std::string>;
  CHECK(token_texts("wait... no") == V{"wait", "...", "no"});
  CHECK(token_texts("wait . . . no") == V{"wait", ". . .", "no"});
  CHECK(token_texts("the end. . . . Next") == V{"the", "end", ". . . .", "Next"});
  CHECK(token_texts("so . . .. on") == V{"so", ". . ..", "on"});
  // Two spaced periods are no ellipsis; a period before a spaced pair stays apart.
  CHECK(token_texts("odd. . pair") == V{"odd", ".", ".", "pair"});
  CHECK(token_texts(". .") == V{".", "."});
  // A run that ends the text ends the token at the text's end.
  CHECK(token_texts("x . . . .") == V{"x", ". . . ."});
  CHECK(token_texts(". . . . ") == V{". . . ."});
}

TEST_CASE("tokenizer: quote_like lists the quotation-mark tokens, in order") {
  const std::string text =
      "He said \"no\" and \xE2\x80\x98yes\xE2\x80\x99 don't \xC2\xABoui\xC2\xBB \xE3\x80\x8Chai"
      "\xE3\x80\x8D '90s \xE2\x80\x9E" "ja\xE2\x80\x9C \xE2\x80\x9C" "end.\xE2\x80\x9D (x) - \xE2\x80\x94";
  const std::vector<sayso::ByteSpan> sentences{{0, static_cast<std::uint32_t>(text.size())}};
  std::vector<sd::Token> tokens;
  std::vector<sayso::Index> first;
  std::vector<sayso::Index> quote_like;
  sd::Tokenizer{}.run(text, sentences, tokens, first, &quote_like);
  std::vector<std::string> listed;
  for (const sayso::Index k : quote_like) listed.emplace_back(sayso::slice(text, tokens[k].span));
  const std::vector<std::string> expected = {
      "\"", "\"", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB", "\xE3\x80\x8C",
      "\xE3\x80\x8D", "'", "\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9C", "\xE2\x80\x9D"};
  std::string got;
  for (const auto& l : listed) got += "[" + l + "]";
  CAPTURE(got);
  CHECK(listed == expected);
  CHECK(std::is_sorted(quote_like.begin(), quote_like.end()));
}
