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

namespace {

// Random news-like text built from fragments that reach every branch of the tokenizer:
// words with inner apostrophes, hyphens and abbreviation periods, numbers with
// separators, ellipses, quotation marks of every kind, non-ASCII letters and spaces,
// invalid UTF-8, NULs, CR/LF.
std::string random_text(std::uint32_t& state, std::size_t pieces) {
  static constexpr std::string_view fragments[] = {
      "said", "Said", "NASA", "iPhone", "x", "A", "internationalization", "ABCDEFGHIJKLMNOPQRSTU",
      "don't", "DON'T", "O'Brien", "'90s", "dogs'", "it’s", "well-known", "-", "--", "x-", "-x",
      "U.S.", "u.s", "e.g.", "A.B.C", "U.S.-led", "a.", "Mr.", "2,700", "4.5", "3:40", "1/2",
      "2024-01-12", "5th", "10km", "1,", "3.", "...", ". . .", ". .", ".", ",", ";", "(", ")",
      "\"", "'", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
      "\xE2\x80\x9A", "\xE2\x80\x9B", "\xE2\x80\x9F", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9",
      "\xE2\x80\xBA", "\xE3\x80\x8C", "\xE3\x80\x8D", "\xE3\x80\x8E", "\xE3\x80\x8F",
      "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "$", "%", "@", "#", "&", "+", "\xE2\x82\xAC",
      "\xF0\x9F\x98\x80", "Zo\xC3\xAB", "\xC3\x89" "COLE", "na\xC3\xAFve", "\xC5\x81\xC3\xB3" "d\xC5\xBA",
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xE4\xB8\xAD\xE6\x96\x87", "\x80", "\xFF",
      "\xC3", "\xE2\x80", "\xED\xA0\x80", std::string_view("\0", 1), "\r\n", "\n", "\t",
      "\xC2\xA0", "\xE2\x80\xA8", "\xE3\x80\x80", "a\xE2\x80\x99s", "a\xE2\x80\x99", "b\xE2\x80\x99" "1"};
  constexpr std::size_t count = sizeof(fragments) / sizeof(fragments[0]);
  const auto next = [&state] {
    state = state * 1664525U + 1013904223U;
    return state >> 8;
  };
  std::string text;
  for (std::size_t k = 0; k < pieces; ++k) {
    const std::size_t f = next() % count;
    text += fragments[f];
    switch (next() % 6) {
      case 0: break;  // glued to the next fragment
      case 1: text += "  "; break;
      default: text += ' '; break;
    }
  }
  return text;
}

// Random sentences over `text`: in order, with gaps between some of them, cut anywhere
// but inside a code point (as the sentence splitter cuts).
std::vector<sayso::ByteSpan> random_sentences(std::uint32_t& state, const std::string& text) {
  const std::size_t size = text.size();
  const auto boundary = [&text, size](std::size_t i) {
    while (i < size && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    return i;
  };
  std::vector<sayso::ByteSpan> out;
  std::size_t at = 0;
  while (at < size) {
    state = state * 1664525U + 1013904223U;
    const std::size_t gap = (state >> 28) % 3 == 0 ? (state >> 8) % 4 : 0;
    const std::size_t length = 1 + (state >> 12) % 90;
    const std::size_t start = boundary(std::min(size, at + gap));
    const std::size_t end = boundary(std::min(size, start + length));
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    at = end;
  }
  return out;
}

bool is_mark(std::string_view token) {
  if (token.empty()) return false;
  const sd::CodePoint cp = sd::decode_utf8(token, 0);
  if (cp.length != token.size()) return false;
  const char32_t c = cp.value;
  return c == U'"' || c == U'\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB ||
         c == 0x2039 || c == 0x203A || (c >= 0x300C && c <= 0x300F);
}

// The gap between two tokens (or a sentence's start and its first token): every code
// point is white space; reports whether it holds any and whether a line break.
struct Gap {
  bool all_space = true;
  bool any = false;
  bool line_break = false;
};

Gap read_gap(std::string_view gap) {
  Gap g;
  for (std::size_t i = 0; i < gap.size();) {
    const sd::CodePoint cp = sd::decode_utf8(gap, i);
    i += cp.length;
    g.any = true;
    g.all_space = g.all_space && sd::is_space(cp.value);
    g.line_break = g.line_break || sd::is_line_break(cp.value);
  }
  return g;
}

// Checks every property of one tokenization of `text` into `sentences`.
void check_tokens(const std::string& text, const std::vector<sayso::ByteSpan>& sentences) {
  std::vector<sd::Token> tokens;
  std::vector<sayso::Index> first;
  std::vector<sayso::Index> quote_like;
  sd::Tokenizer{}.run(text, sentences, tokens, first, &quote_like);
  REQUIRE(first.size() == sentences.size() + 1);
  CHECK(first.back() == tokens.size());
  std::vector<sayso::Index> marks;
  for (sayso::Index s = 0; s < sentences.size(); ++s) {
    REQUIRE(first[s] <= first[s + 1]);
    std::size_t at = sentences[s].start;
    for (sayso::Index k = first[s]; k < first[s + 1]; ++k) {
      const sd::Token& t = tokens[k];
      const std::string_view w = sayso::slice(text, t.span);
      CAPTURE(text);
      CAPTURE(w);
      CHECK(t.sentence == s);
      REQUIRE(t.span.start >= at);  // in order, no overlap, inside the sentence
      REQUIRE(t.span.start < t.span.end);
      REQUIRE(t.span.end <= sentences[s].end);
      const Gap gap = read_gap(std::string_view(text).substr(at, t.span.start - at));
      CHECK(gap.all_space);
      CHECK(t.has(sd::space_before) == gap.any);
      CHECK(t.has(sd::line_break_before) == gap.line_break);
      CHECK(t.has(sd::sentence_start) == (k == first[s]));
      const bool ellipsis = t.kind == sd::TokenKind::punct && w.front() == '.';
      if (!ellipsis) CHECK(w.find(' ') == std::string_view::npos);
      CHECK(!sd::is_space(sd::decode_utf8(w, 0).value));
      if (t.kind == sd::TokenKind::word) {
        const std::uint8_t mask = sd::capitalized | sd::all_upper | sd::hyphenated | sd::non_ascii;
        CHECK((t.flags & mask) == reference_flags(w));
        CHECK(sd::is_letter(sd::decode_utf8(w, 0).value));
      }
      if (t.kind == sd::TokenKind::number) CHECK(sd::is_ascii_digit(static_cast<unsigned char>(w.front())));
      if (is_mark(w)) marks.push_back(k);
      at = t.span.end;
    }
    const std::size_t end = std::max<std::size_t>(at, sentences[s].end);
    CHECK(read_gap(std::string_view(text).substr(at, end - at)).all_space);
  }
  CHECK(quote_like == marks);
}

}  // namespace

TEST_CASE("tokenizer: random texts keep the token properties") {
  std::uint32_t state = 12345;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(state, 1 + static_cast<std::size_t>(round % 60));
    check_tokens(text, random_sentences(state, text));
    // The whole text as one sentence too: words reach the 16-byte steps and the text's end.
    check_tokens(text, {{0, static_cast<std::uint32_t>(text.size())}});
  }
}
