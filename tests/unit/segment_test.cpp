// Segmenter tests: data-driven cases from tests/fixtures/segment/*.txt (one file per
// rule family, format in tests/fixtures/segment/README.md) plus the span invariants
// every output must keep, on the fixtures and on arbitrary bytes.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "sayso/document.hpp"
#include "sayso/extractor.hpp"
#include "segment/segmenter.hpp"

namespace {

using sayso::ByteSpan;
using sayso::Document;
using sayso::Index;
using sayso::detail::Segmenter;

struct Case {
  std::string name;
  std::string input;
  std::vector<std::vector<std::string>> paragraphs;  // expected sentences per paragraph
};

std::string unescape(const std::string& line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && (line[i + 1] == 't' || line[i + 1] == 'r')) {
      out += line[i + 1] == 't' ? '\t' : '\r';
      ++i;
    } else {
      out += line[i];
    }
  }
  return out;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    const bool is_ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (is_ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<Case> read_cases(const std::string& file) {
  std::ifstream in(std::string(SAYSO_FIXTURES_DIR) + "/segment/" + file);
  REQUIRE_MESSAGE(in.good(), "cannot open fixture " << file);
  std::vector<Case> cases;
  std::string line;
  bool in_input = false;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) {
      cases.push_back(Case{line.substr(3), "", {{}}});
      in_input = true;
      continue;
    }
    if (cases.empty() || (line.rfind('#', 0) == 0)) continue;
    Case& c = cases.back();
    if (in_input) {
      if (line == "--") {
        in_input = false;
      } else {
        c.input += unescape(line) + "\n";
      }
    } else if (line == "|") {
      c.paragraphs.emplace_back();
    } else if (!line.empty()) {
      c.paragraphs.back().push_back(collapse(line));
    }
  }
  return cases;
}

const Segmenter& default_segmenter() {
  static const Segmenter segmenter = *Segmenter::create(sayso::ExtractorOptions{});
  return segmenter;
}

bool is_space_byte(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }
bool is_continuation(unsigned char b) { return (b & 0xC0U) == 0x80U; }

// Sentences in order, inside their paragraph, trimmed, on UTF-8 boundaries.
void check_invariants(std::string_view text, const Document& doc,
                      const std::vector<Index>& sentence_paragraph) {
  REQUIRE(sentence_paragraph.size() == doc.sentences.size());
  std::uint32_t last_end = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const ByteSpan s = doc.sentences[i];
    REQUIRE(s.start < s.end);
    REQUIRE(s.end <= text.size());
    CHECK(s.start >= last_end);
    last_end = s.end;
    REQUIRE(sentence_paragraph[i] < doc.paragraphs.size());
    CHECK(doc.paragraphs[sentence_paragraph[i]].contains(s));
    CHECK_FALSE(is_space_byte(static_cast<unsigned char>(text[s.start])));
    CHECK_FALSE(is_space_byte(static_cast<unsigned char>(text[s.end - 1])));
    CHECK_FALSE(is_continuation(static_cast<unsigned char>(text[s.start])));
    if (s.end < text.size()) CHECK_FALSE(is_continuation(static_cast<unsigned char>(text[s.end])));
  }
  for (std::size_t p = 1; p < doc.paragraphs.size(); ++p) {
    CHECK(doc.paragraphs[p - 1].end < doc.paragraphs[p].start);
  }
}

void run_family(const std::string& file) {
  const std::vector<Case> cases = read_cases(file);
  REQUIRE_FALSE(cases.empty());
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Document doc;
    std::vector<Index> sentence_paragraph;
    default_segmenter().run(c.input, doc, sentence_paragraph);
    check_invariants(c.input, doc, sentence_paragraph);
    std::vector<std::vector<std::string>> got(doc.paragraphs.size());
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      got[sentence_paragraph[i]].push_back(collapse(sayso::slice(c.input, doc.sentences[i])));
    }
    CHECK(got == c.paragraphs);
  }
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<std::vector<std::vector<std::string>>> {
  static String convert(const std::vector<std::vector<std::string>>& v) {
    std::ostringstream out;
    for (const auto& paragraph : v) {
      out << "\n  [";
      for (const auto& s : paragraph) out << " <" << s << ">";
      out << " ]";
    }
    return String(out.str().c_str());
  }
};
}  // namespace doctest

TEST_CASE("segment: abbreviations and titles") { run_family("abbreviations.txt"); }
TEST_CASE("segment: initials") { run_family("initials.txt"); }
TEST_CASE("segment: numbers, money, times, versions") { run_family("numbers.txt"); }
TEST_CASE("segment: URLs, e-mail addresses, handles") { run_family("addresses.txt"); }
TEST_CASE("segment: quotation marks and brackets") { run_family("quotes.txt"); }
TEST_CASE("segment: ellipses") { run_family("ellipses.txt"); }
TEST_CASE("segment: list items") { run_family("lists.txt"); }
TEST_CASE("segment: paragraphs, headlines, line breaks") { run_family("paragraphs.txt"); }
TEST_CASE("segment: glued sentences and dotted tokens") { run_family("glued.txt"); }
TEST_CASE("segment: non-ASCII text") { run_family("unicode.txt"); }
TEST_CASE("segment: e-mail and web text") { run_family("letters.txt"); }

TEST_CASE("segment: extra abbreviations and titles from the options") {
  const std::string text = "The figure is approx. Forty percent of Cmdr. Ana Ruiz's budget.";
  sayso::ExtractorOptions options;
  Document doc;
  std::vector<Index> sp;
  default_segmenter().run(text, doc, sp);
  CHECK(doc.sentences.size() == 1);  // "approx." and "Cmdr." are built in
  options.abbreviations = {"Exh"};
  options.titles = {"Archbp"};
  const auto custom = Segmenter::create(options);
  REQUIRE(custom);
  const std::string text2 = "A letter from Archbp. Lund arrived. See Exh. Four for details.";
  doc.clear();
  sp.clear();
  custom->run(text2, doc, sp);
  CHECK(doc.sentences.size() == 2);
  doc.clear();
  sp.clear();
  default_segmenter().run(text2, doc, sp);
  CHECK(doc.sentences.size() == 4);
}

TEST_CASE("segment: empty and blank input") {
  for (const std::string& text : {std::string(), std::string(" \n\t\r\n  "), std::string("\n\n")}) {
    Document doc;
    std::vector<Index> sp;
    default_segmenter().run(text, doc, sp);
    CHECK(doc.sentences.empty());
    CHECK(doc.paragraphs.empty());
  }
}

TEST_CASE("segment: arbitrary bytes keep the invariants") {
  std::mt19937 rng(12345);
  const std::string alphabet[] = {".",  "!",  "?", " ",     "\n",   "a",  "B",     "1",
                                  "\"", "'",  ")", "\xE2",  "\x80", "\xA6", "\xC2", "\x85",
                                  "\0", "\r", "Mr", "U.S", "\xE2\x80\xA2", "\xE3\x80\x82", "...", "(",
                                  "\xEF", "2. ", "a) "};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const int pieces = 1 + round % 60;
    for (int k = 0; k < pieces; ++k) text += alphabet[pick(rng)];
    Document doc;
    std::vector<Index> sp;
    default_segmenter().run(text, doc, sp);
    CAPTURE(text);
    for (const ByteSpan s : doc.sentences) {
      REQUIRE(s.end <= text.size());
      REQUIRE(s.start < s.end);
    }
    REQUIRE(sp.size() == doc.sentences.size());
    for (std::size_t i = 0; i < sp.size(); ++i) {
      REQUIRE(sp[i] < doc.paragraphs.size());
      CHECK(doc.paragraphs[sp[i]].contains(doc.sentences[i]));
    }
  }
}

TEST_CASE("segment: valid UTF-8 text gets trimmed spans on code point boundaries") {
  std::mt19937 rng(777);
  const std::string alphabet[] = {
      ". ",  "! ", "? ", " ",  "\n", "\n\n", "word ", "Élise ", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\xE2\x80\xA6", "\xC2\xA0", "\xE3\x80\x82", "\xE2\x80\xA8", "\xE2\x80\xA2 ", "Mr. ",
      "U.S. ", "3:40 AM ", "a.m. ", "1. ", "a) ", "Thanks, ", "Ana ", "\xE4\xBC\x9A", "\xF0\x9F\x98\x80",
      ". . . ", "\"", "'", ")", "(", "i ", "The "};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1);
  for (int round = 0; round < 600; ++round) {
    std::string text;
    const int pieces = 1 + round % 80;
    for (int k = 0; k < pieces; ++k) text += alphabet[pick(rng)];
    Document doc;
    std::vector<Index> sp;
    default_segmenter().run(text, doc, sp);
    CAPTURE(text);
    check_invariants(text, doc, sp);
  }
}

TEST_CASE("segment: the public Extractor uses the segmenter and its options") {
  const std::string text = "Talks with Archbp. Lund ended.\nThe vote is on Friday. It may slip.";
  auto plain = sayso::Extractor::create();
  REQUIRE(plain);
  auto doc = plain->segment(text);
  REQUIRE(doc);
  CHECK(doc->paragraphs.size() == 2);
  CHECK(doc->sentences.size() == 4);  // "Archbp." is not known: it ends a sentence
  sayso::ExtractorOptions options;
  options.titles = {"Archbp."};
  auto custom = sayso::Extractor::create(options);
  REQUIRE(custom);
  doc = custom->segment(text);
  REQUIRE(doc);
  REQUIRE(doc->sentences.size() == 3);
  CHECK(sayso::slice(text, doc->sentences[0]) == "Talks with Archbp. Lund ended.");
  CHECK(sayso::slice(text, doc->paragraphs[1]) == "The vote is on Friday. It may slip.");
}

namespace {

// Run-on text: words of 1-12 letters, some non-ASCII, separated by one or more spaces,
// or (with `spaceless`) no separators at all; no sentence punctuation.
std::string run_on_text(std::mt19937& rng, std::size_t bytes, bool spaceless) {
  static const char* const letters[] = {"a", "b", "e", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
  std::string s;
  while (s.size() < bytes) {
    const std::size_t n = 1 + rng() % 12;
    for (std::size_t k = 0; k < n; ++k) s += letters[rng() % std::size(letters)];
    if (!spaceless) s.append(1 + rng() % 3, ' ');
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

TEST_CASE("segment: run-on text is cut into sentences of at most max_sentence_bytes") {
  std::mt19937 rng(5);
  for (const bool spaceless : {false, true}) {
    for (const std::size_t cap : {std::size_t{256}, std::size_t{1000}}) {
      const std::string text = run_on_text(rng, 20 * cap, spaceless);
      sayso::ExtractorOptions options;
      options.max_sentence_bytes = cap;
      auto extractor = sayso::Extractor::create(options);
      REQUIRE(extractor);
      auto doc = extractor->segment(text);
      REQUIRE(doc);
      CAPTURE(spaceless);
      CAPTURE(cap);
      REQUIRE(doc->paragraphs.size() == 1);
      CHECK(doc->sentences.size() >= 20);
      std::size_t covered = 0;
      std::uint32_t previous_end = 0;
      for (const sayso::ByteSpan& s : doc->sentences) {
        REQUIRE(s.end > s.start);
        CHECK(s.size() <= cap);
        CHECK(s.start >= previous_end);
        CHECK(text[s.start] != ' ');
        CHECK(text[s.end - 1] != ' ');
        CHECK_FALSE(is_continuation(text[s.start]));  // cut between code points
        // Pieces are at least half the cap long, but for the last one.
        if (&s != &doc->sentences.back()) CHECK(s.size() > cap / 2 - 3);
        previous_end = s.end;
        covered += s.size();
      }
      // Nothing but white space between the pieces.
      std::size_t non_space = 0;
      for (const char c : text) non_space += c != ' ' ? 1 : 0;
      std::size_t piece_non_space = 0;
      for (const sayso::ByteSpan& s : doc->sentences) {
        for (std::uint32_t k = s.start; k < s.end; ++k) piece_non_space += text[k] != ' ' ? 1 : 0;
      }
      CHECK(piece_non_space == non_space);
      CHECK(covered <= text.size());
    }
  }
}

TEST_CASE("segment: sentences under max_sentence_bytes are left alone, and the cap has a floor") {
  const std::string text = "The council met on Monday. It approved the budget after a long debate.";
  sayso::ExtractorOptions options;
  options.max_sentence_bytes = 256;
  auto extractor = sayso::Extractor::create(options);
  REQUIRE(extractor);
  auto doc = extractor->segment(text);
  REQUIRE(doc);
  CHECK(doc->sentences.size() == 2);
  options.max_sentence_bytes = 255;
  auto refused = sayso::Extractor::create(options);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == sayso::ErrorCode::invalid_argument);
}
