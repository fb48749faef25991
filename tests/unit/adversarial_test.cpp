// Adversarial inputs for the whole pipeline (issue 6): megabytes of quotation marks,
// apostrophes, spaced ellipses, one unpunctuated line, deep nesting, NUL bytes,
// invalid, overlong and surrogate UTF-8, random bytes. Each must extract without
// error, keep every invariant (tests/fuzz/invariants.hpp, shared with the fuzzers) and
// give JSON that parses; time must grow linearly with the input. Sizes are kept small
// enough for Debug builds; tests/fuzz/run_fuzzers.sh goes further. Oversized inputs are
// rejected before any byte is read.
#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../fuzz/invariants.hpp"
#include "sayso/extractor.hpp"
#include "sayso/json.hpp"

namespace {

constexpr std::size_t megabyte = std::size_t{1} << 20;

// Repeats `piece` until the text is at least `size` bytes long.
std::string fill(std::string_view piece, std::size_t size) {
  std::string out;
  out.reserve(size + piece.size());
  while (out.size() < size) out += piece;
  return out;
}

// A deterministic byte generator (xorshift), so failures reproduce.
std::string random_bytes(std::size_t size, std::uint64_t seed) {
  std::string out(size, '\0');
  std::uint64_t x = seed;
  for (char& c : out) {
    x ^= x << 13U;
    x ^= x >> 7U;
    x ^= x << 17U;
    c = static_cast<char>(x & 0xFFU);
  }
  return out;
}

// Random picks from news-like pieces: words, marks of every kind, punctuation, breaks.
std::string random_pieces(std::size_t size, std::uint64_t seed) {
  static const std::vector<std::string_view> pieces = {
      "said ", "Torres ", "the ", "minister ", "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E", "\xE3\x80\x8C",
      "\xE3\x80\x8D", ". ", ", ", ": ", "\n", "\n\n", "Mr. ", "U.S. ", "$4.5 million ",
      "around 1,850 ", "\xE2\x80\x94 ", "@name ", "... ", "don't ", "players' ", "he ", "she "};
  std::string out;
  std::uint64_t x = seed;
  while (out.size() < size) {
    x ^= x << 13U;
    x ^= x >> 7U;
    x ^= x << 17U;
    out += pieces[x % pieces.size()];
  }
  return out;
}

struct Adversary {
  const char* name;
  std::function<std::string(std::size_t)> make;
};

const std::vector<Adversary>& adversaries() {
  static const std::vector<Adversary> all = {
      {"straight double marks", [](std::size_t n) { return fill("\"", n); }},
      {"straight single marks", [](std::size_t n) { return fill("'", n); }},
      {"curly marks of both sides", [](std::size_t n) {
         return fill("\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x98\xE2\x80\x99", n);
       }},
      {"guillemets, low-9 and corners",
       [](std::size_t n) {
         return fill("\xC2\xAB\xC2\xBB\xE2\x80\xB9\xE2\x80\xBA\xE2\x80\x9E\xE2\x80\x9A"
                     "\xE3\x80\x8C\xE3\x80\x8D\xE3\x80\x8E\xE3\x80\x8F",
                     n);
       }},
      {"opening marks before words", [](std::size_t n) { return fill("\"a \xE2\x80\x9C" "b 'c ", n); }},
      {"marks and spaces", [](std::size_t n) { return fill("\" ' \xC2\xAB \xE2\x80\x9D ", n); }},
      {"apostrophes", [](std::size_t n) { return fill("don't the players' '90s rock 'n' roll ", n); }},
      {"curly apostrophes", [](std::size_t n) { return fill("Jones\xE2\x80\x99 \xE2\x80\x99" "90s ", n); }},
      {"spaced ellipses", [](std::size_t n) { return fill(". . . ", n); }},
      {"periods", [](std::size_t n) { return fill(".", n); }},
      {"one unpunctuated line", [](std::size_t n) { return fill("word Name said ", n); }},
      {"one giant word", [](std::size_t n) { return fill("a", n); }},
      {"deeply nested quotes", [](std::size_t n) {
         std::string half = fill("\"a 'b \xE2\x80\x9C" "c \xE2\x80\x98" "d ", n / 2);
         return half + fill("e\xE2\x80\x99 f\xE2\x80\x9D g' h\" ", n / 2);
       }},
      {"multi-paragraph quote run", [](std::size_t n) { return fill("\"We said it again.\n", n); }},
      {"NUL bytes", [](std::size_t n) { return fill(std::string_view("a\0\"\0'\0\n", 7), n); }},
      {"invalid UTF-8", [](std::size_t n) { return fill("\xFF\xFE\x80\xBF\xC3\"\xE2\x80 ", n); }},
      {"overlong UTF-8", [](std::size_t n) {
         return fill("\xC0\xAF\xE0\x80\xAF\xF0\x80\x80\xAF\xC1\xBF\"\xC0\xA2", n);
       }},
      {"lone surrogates", [](std::size_t n) {
         return fill("\xED\xA0\x80\xED\xBF\xBF\"x\xED\xB0\x80'", n);
       }},
      {"code points past U+10FFFF", [](std::size_t n) { return fill("\xF4\x90\x80\x80\xF7\xBF\xBF\xBF ", n); }},
      {"line breaks only", [](std::size_t n) { return fill("\r\n\n\r\x0B\x0C", n); }},
      {"random bytes", [](std::size_t n) { return random_bytes(n, 0x9E3779B97F4A7C15ULL); }},
      {"random news pieces", [](std::size_t n) { return random_pieces(n, 0xD1B54A32D192ED03ULL); }},
  };
  return all;
}

sayso::Extractor make_extractor(std::size_t max_input_bytes = std::size_t{1} << 30) {
  sayso::ExtractorOptions options;
  options.max_input_bytes = max_input_bytes;
  auto e = sayso::Extractor::create(options);
  REQUIRE(e.has_value());
  return *e;
}

// Extracts `text` and checks the Document; with `json_unit`, also its JSON in that unit.
void check_extract(const sayso::Extractor& extractor, std::string_view text,
                   std::optional<sayso::OffsetUnit> json_unit) {
  sayso::Document doc;
  const auto ok = extractor.extract_into(text, doc);
  REQUIRE_MESSAGE(ok.has_value(), ok.error().message);
  const std::string problem = sayso_invariants::check_document(text, doc);
  CHECK_MESSAGE(problem.empty(), problem);
  if (!json_unit) return;
  sayso::JsonOptions options;
  options.offsets = *json_unit;
  const std::string json = sayso::to_json(text, doc, {}, options);
  const std::string json_problem = sayso_invariants::check_json(text, doc, json, *json_unit);
  CHECK_MESSAGE(json_problem.empty(), json_problem);
}

}  // namespace

TEST_CASE("adversarial: megabyte inputs extract and keep every invariant") {
  // Debug builds run the pipeline at a few MB/s: the megabyte runs are kept to the kinds
  // of input the issue names; every kind runs at 64 KiB in the JSON test below.
  static const char* const big[] = {"straight double marks", "curly marks of both sides",
                                    "apostrophes", "spaced ellipses", "one unpunctuated line",
                                    "deeply nested quotes", "NUL bytes", "invalid UTF-8",
                                    "overlong UTF-8", "lone surrogates"};
  const sayso::Extractor extractor = make_extractor();
  for (const Adversary& a : adversaries()) {
    if (std::none_of(std::begin(big), std::end(big),
                     [&](const char* name) { return std::string_view(name) == a.name; })) {
      continue;
    }
    const std::string name = a.name;
    CAPTURE(name);
    check_extract(extractor, a.make(megabyte), std::nullopt);
  }
}

TEST_CASE("adversarial: JSON of adversarial inputs parses and shows each span's slice") {
  static constexpr sayso::OffsetUnit units[] = {
      sayso::OffsetUnit::utf8, sayso::OffsetUnit::codepoint, sayso::OffsetUnit::utf16};
  const sayso::Extractor extractor = make_extractor();
  std::size_t k = 0;
  for (const Adversary& a : adversaries()) {
    const std::string name = a.name;
    CAPTURE(name);
    check_extract(extractor, a.make(16 * 1024), units[k++ % 3]);
  }
}

TEST_CASE("adversarial: input over max_input_bytes is rejected before it is read") {
  const sayso::Extractor extractor = make_extractor(1024);
  const std::string over(1025, '"');
  const std::string at_limit(1024, '"');
  sayso::Document doc;
  doc.paragraphs.push_back({0, 1});  // must be cleared on failure

  auto r = extractor.extract_into(over, doc);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == sayso::ErrorCode::input_too_large);
  CHECK(doc.paragraphs.empty());
  CHECK(extractor.extract(at_limit).has_value());
  auto s = extractor.segment(over);
  REQUIRE_FALSE(s.has_value());
  CHECK(s.error().code == sayso::ErrorCode::input_too_large);

  // A view whose size is far beyond its 16-byte buffer: extract checks the size before
  // touching a byte (src/core/extractor.cpp, check_input), so nothing past the buffer
  // is read. AddressSanitizer builds would flag any read.
  const char buffer[16] = "\"a\" said Ana.";
  const std::string_view huge(buffer, std::size_t{5} << 30);
  auto h = extractor.extract(huge);
  REQUIRE_FALSE(h.has_value());
  CHECK(h.error().code == sayso::ErrorCode::input_too_large);
  auto d = sayso::extract(huge);  // the default extractor: beyond 4 GiB is unsupported
  REQUIRE_FALSE(d.has_value());
  CHECK(d.error().code == sayso::ErrorCode::input_too_large);
}

TEST_CASE("adversarial: the invariant checker catches broken documents") {
  // The checks the fuzzers rely on must be able to fail.
  const std::string text = "\"Yes,\" she said.";
  sayso::Document doc;
  doc.paragraphs.push_back({0, static_cast<std::uint32_t>(text.size())});
  doc.sentences.push_back({0, static_cast<std::uint32_t>(text.size())});
  CHECK(sayso_invariants::check_document(text, doc).empty());
  doc.sentences.push_back({0, 100});
  CHECK_FALSE(sayso_invariants::check_document(text, doc).empty());
  doc.sentences.pop_back();
  sayso::Quotation q;
  q.span = {0, 6};
  q.content = {1, 9};
  doc.quotations.push_back(q);
  CHECK_FALSE(sayso_invariants::check_document(text, doc).empty());
  doc.quotations.clear();
  CHECK_FALSE(sayso_invariants::check_json(text, doc, "{\"document\": ", sayso::OffsetUnit::utf8)
                  .empty());
  const std::string lying =
      R"({"document": {"offsetUnit": "utf8"}, "paragraphs": [{"start": 0, "end": 4, "text": "Nope"}],)"
      R"( "sentences": [{"start": 0, "end": 4, "text": "\"Yes"}]})";
  const std::string found =
      sayso_invariants::check_json(text, doc, lying, sayso::OffsetUnit::utf8, true);
  CHECK(found.rfind("JSON span text differs from the slice it names", 0) == 0);
}
