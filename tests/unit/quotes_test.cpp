// Tests of the quotation stage (src/quotes): the cases of
// tests/fixtures/quotes/cases.txt run through the whole pipeline, the per-token
// quotation table, and adversarial inputs (thousands of marks, only opening marks,
// every kind alternating, invalid UTF-8).
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.hpp"
#include "quotes/quote_finder.hpp"
#include "quotes/quote_roles.hpp"
#include "sayso/extractor.hpp"
#include "text/tokenizer.hpp"

namespace {

using sayso::ByteSpan;
using sayso::Document;
using sayso::Index;
using sayso::Quotation;
using sayso::QuoteMarks;
using sayso::QuoteRole;

// ---------------------------------------------------------------- fixture reading

std::string encode_utf8(std::uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Expands \n, \xHH, \u{HEX} and \\ (see cases.txt).
std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    const char e = s[++i];
    if (e == 'n') {
      out += '\n';
    } else if (e == 'x' && i + 2 < s.size() + 1) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else if (e == 'u' && i + 1 < s.size() && s[i + 1] == '{') {
      const std::size_t close = s.find('}', i);
      out += encode_utf8(
          static_cast<std::uint32_t>(std::stoul(std::string(s.substr(i + 2, close - i - 2)),
                                                nullptr, 16)));
      i = close;
    } else {
      out += e;
    }
  }
  return out;
}

struct Expected {
  std::string marks;
  std::string role;
  bool open = false;
  std::string parent;  // "-" or an index
  std::string content;
};

struct Case {
  std::string name;
  std::string text;
  std::vector<Expected> quotations;
};

Expected parse_expectation(const std::string& line) {
  Expected e;
  std::istringstream in(line);
  std::string state;
  in >> e.marks >> e.role >> state >> e.parent;
  e.open = state == "open";
  const std::string open_bracket = "\xE2\x9F\xA6";   // ⟦
  const std::string close_bracket = "\xE2\x9F\xA7";  // ⟧
  const std::size_t from = line.find(open_bracket);
  const std::size_t to = line.rfind(close_bracket);
  REQUIRE_MESSAGE(from != std::string::npos, "no content in: " << line);
  REQUIRE(to != std::string::npos);
  e.content = unescape(line.substr(from + open_bracket.size(), to - from - open_bracket.size()));
  return e;
}

std::vector<Case> read_cases(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::vector<Case> cases;
  std::string line;
  bool in_expectations = false;
  std::vector<std::string> text_lines;
  const auto finish_text = [&] {
    std::string joined;
    for (std::size_t i = 0; i < text_lines.size(); ++i) {
      if (i > 0) joined += '\n';
      joined += text_lines[i];
    }
    cases.back().text = unescape(joined);
    text_lines.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("=== ", 0) == 0) {
      cases.push_back(Case{line.substr(4), {}, {}});
      in_expectations = false;
      continue;
    }
    if (cases.empty() || (line.empty() && !in_expectations && text_lines.empty())) continue;
    if (line.rfind('#', 0) == 0 && cases.empty()) continue;
    if (!in_expectations && line == "---") {
      finish_text();
      in_expectations = true;
      continue;
    }
    if (in_expectations) {
      if (!line.empty()) cases.back().quotations.push_back(parse_expectation(line));
    } else {
      text_lines.push_back(line);
    }
  }
  return cases;
}

// ---------------------------------------------------------------- printing

std::string marks_name(QuoteMarks m) {
  switch (m) {
    case QuoteMarks::double_quote: return "double";
    case QuoteMarks::single_quote: return "single";
    case QuoteMarks::guillemet: return "guillemet";
    case QuoteMarks::low9: return "low9";
    case QuoteMarks::corner: return "corner";
    case QuoteMarks::none: return "none";
  }
  return "?";
}

std::string role_name(QuoteRole r) {
  switch (r) {
    case QuoteRole::speech: return "speech";
    case QuoteRole::scare: return "scare";
    case QuoteRole::title: return "title";
    case QuoteRole::nickname: return "nickname";
    case QuoteRole::unknown: return "unknown";
  }
  return "?";
}

std::string describe(std::string_view text, const Quotation& q) {
  std::ostringstream out;
  out << marks_name(q.marks) << ' ' << role_name(q.role) << ' ' << (q.open ? "open" : "closed")
      << ' ' << (q.parent ? std::to_string(*q.parent) : std::string("-")) << " ["
      << sayso::slice(text, q.content) << ']';
  return out.str();
}

// ---------------------------------------------------------------- invariants

// What must hold for the quotations of any text.
void check_quotation_invariants(std::string_view text, const Document& doc) {
  const auto size = static_cast<std::uint32_t>(text.size());
  for (std::size_t i = 0; i < doc.quotations.size(); ++i) {
    const Quotation& q = doc.quotations[i];
    REQUIRE(q.span.start <= q.span.end);
    REQUIRE(q.span.end <= size);
    REQUIRE(q.span.contains(q.content));
    REQUIRE(q.span.start < q.content.start);  // an opening mark comes first
    if (!q.open) REQUIRE(q.content.end < q.span.end);  // and a closing mark last
    if (i > 0) REQUIRE(doc.quotations[i - 1].span.start < q.span.start);
    if (q.parent) {
      REQUIRE(*q.parent < i);
      REQUIRE(doc.quotations[*q.parent].content.contains(q.span));
    }
    // Siblings and ancestors never overlap partially.
    if (i > 0) {
      const Quotation& prev = doc.quotations[i - 1];
      const bool nested = prev.span.contains(q.span);
      const bool disjoint = prev.span.end <= q.span.start;
      const bool crossing = !nested && !disjoint;
      REQUIRE_FALSE(crossing);
    }
    std::size_t depth = 0;
    for (auto p = q.parent; p; p = doc.quotations[*p].parent) ++depth;
    REQUIRE(depth < sayso::detail::max_quote_depth);
  }
}

sayso::Extractor make_extractor() {
  auto e = sayso::Extractor::create();
  REQUIRE(e.has_value());
  return *e;
}

// ---------------------------------------------------------------- stage alone

// Runs the real tokenizer and the quotation stage over `text` with one paragraph and
// one sentence per line, so these tests do not depend on the segmenter's choices.
struct StageRun {
  Document doc;
  sayso::detail::Analysis analysis;
};

void run_stage(std::string_view text, StageRun& run) {
  using namespace sayso::detail;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      const ByteSpan span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
      run.analysis.sentence_paragraph.push_back(static_cast<Index>(run.doc.paragraphs.size()));
      run.doc.paragraphs.push_back(span);
      run.doc.sentences.push_back(span);
    }
    start = end + 1;
  }
  run.analysis.text = text;
  run.analysis.doc = &run.doc;
  Tokenizer().run(text, run.doc.sentences, run.analysis.tokens,
                  run.analysis.sentence_first_token, &run.analysis.quote_like_tokens);
  auto finder = QuoteFinder::create({});
  REQUIRE(finder.has_value());
  REQUIRE(finder->run(run.analysis).has_value());
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("quotes: fixture cases") {
  const auto cases = read_cases(std::string(SAYSO_FIXTURES_DIR) + "/quotes/cases.txt");
  REQUIRE(cases.size() > 40);
  const sayso::Extractor extractor = make_extractor();
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto doc = extractor.extract(c.text);
    REQUIRE(doc.has_value());
    std::string found;
    for (const Quotation& q : doc->quotations) found += "\n  " + describe(c.text, q);
    CAPTURE(found);
    check_quotation_invariants(c.text, *doc);
    REQUIRE(doc->quotations.size() == c.quotations.size());
    for (std::size_t i = 0; i < c.quotations.size(); ++i) {
      const Expected& e = c.quotations[i];
      const Quotation& q = doc->quotations[i];
      CHECK(marks_name(q.marks) == e.marks);
      CHECK(role_name(q.role) == e.role);
      CHECK(q.open == e.open);
      CHECK((q.parent ? std::to_string(*q.parent) : std::string("-")) == e.parent);
      CHECK(sayso::slice(c.text, q.content) == e.content);
    }
  }
}

TEST_CASE("quotes: token table names the innermost quotation, marks included") {
  const std::string text = "Ana said \"we told them 'no' twice\" and left.";
  StageRun run;
  run_stage(text, run);
  const auto& a = run.analysis;
  REQUIRE(run.doc.quotations.size() == 2);
  REQUIRE(a.token_quotation.size() == a.tokens.size());
  for (std::size_t t = 0; t < a.tokens.size(); ++t) {
    const std::string_view tok = sayso::slice(text, a.tokens[t].span);
    CAPTURE(tok);
    const std::uint32_t start = a.tokens[t].span.start;
    Index expected = sayso::detail::no_index;
    if (run.doc.quotations[0].span.contains(a.tokens[t].span)) expected = 0;
    if (run.doc.quotations[1].span.contains(a.tokens[t].span)) expected = 1;
    CHECK(a.token_quotation[t] == expected);
    if (tok == "Ana" || tok == "left") CHECK(a.token_quotation[t] == sayso::detail::no_index);
    if (tok == "no") CHECK(a.token_quotation[t] == 1);
    if (tok == "twice") CHECK(a.token_quotation[t] == 0);
    if (start == run.doc.quotations[0].span.start) CHECK(a.token_quotation[t] == 0);
  }
}

TEST_CASE("quotes: an open quotation holds the tokens up to its paragraph end only") {
  const std::string text = "He said \"we will not stop\nThe next paragraph.";
  StageRun run;
  run_stage(text, run);
  REQUIRE(run.doc.quotations.size() == 1);
  CHECK(run.doc.quotations[0].open);
  const auto& a = run.analysis;
  for (std::size_t t = 0; t < a.tokens.size(); ++t) {
    const bool first_paragraph = a.tokens[t].span.end <= run.doc.paragraphs[0].end;
    const bool after_mark = a.tokens[t].span.start >= run.doc.quotations[0].span.start;
    CHECK((a.token_quotation[t] == 0) == (first_paragraph && after_mark));
  }
}

TEST_CASE("quotes: role rules read features only") {
  using sayso::detail::decide_quote_role;
  using sayso::detail::QuoteFeatures;
  QuoteFeatures f;
  CHECK(decide_quote_role(f) == QuoteRole::unknown);
  f.words = 1;
  CHECK(decide_quote_role(f) == QuoteRole::scare);
  f.reporting_verb_near = true;
  CHECK(decide_quote_role(f) == QuoteRole::speech);
  f.reporting_verb_near = false;
  f.at_sentence_start = true;
  CHECK(decide_quote_role(f) == QuoteRole::speech);
  f.at_sentence_start = false;
  f.between_name_parts = true;
  CHECK(decide_quote_role(f) == QuoteRole::nickname);
  f.in_headline = true;
  CHECK(decide_quote_role(f) == QuoteRole::speech);
  f = QuoteFeatures{};
  f.words = 4;
  f.title_cased = true;
  CHECK(decide_quote_role(f) == QuoteRole::title);
  f.ends_with_speech_punct = true;
  CHECK(decide_quote_role(f) == QuoteRole::speech);
  f.title_cue_before = true;
  CHECK(decide_quote_role(f) == QuoteRole::title);
  f.inner_speech_punct = true;
  CHECK(decide_quote_role(f) == QuoteRole::speech);
}

TEST_CASE("quotes: thousands of pairs stay pairs") {
  const std::string text = repeat("He said \"yes\" and 'no' then «oui» again. ", 3000);
  StageRun run;
  run_stage(text, run);
  check_quotation_invariants(text, run.doc);
  REQUIRE(run.doc.quotations.size() == 9000);
  for (const Quotation& q : run.doc.quotations) {
    CHECK_FALSE(q.open);
    CHECK_FALSE(q.parent.has_value());
    CHECK(q.content.size() <= 3);
  }
}

TEST_CASE("quotes: a paragraph of opening marks only") {
  for (const std::string_view mark : {"\"", "\xE2\x80\x9C", "'", "\xC2\xAB", "\xE2\x80\x9E"}) {
    CAPTURE(mark);
    std::string text = repeat(std::string(mark) + "word ", 20000) + "\n" +
                       repeat(std::string(mark) + "word ", 20000) + "\nA plain paragraph.";
    StageRun run;
    run_stage(text, run);
    check_quotation_invariants(text, run.doc);
    // Each paragraph keeps at most the capped number of pending marks; none of them
    // reaches the plain last paragraph.
    CHECK(run.doc.quotations.size() <= 2 * sayso::detail::max_quote_depth);
    for (const Quotation& q : run.doc.quotations) {
      CHECK(q.span.end <= run.doc.paragraphs[1].end);
    }
  }
}

TEST_CASE("quotes: lines of bare marks of every kind") {
  const std::string kinds[] = {"\"",           "'",            "\xE2\x80\x9C", "\xE2\x80\x9D",
                               "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB",     "\xC2\xBB",
                               "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE2\x80\x9E", "\xE2\x80\x9A",
                               "\xE3\x80\x8C", "\xE3\x80\x8D", "\xE3\x80\x8E", "\xE3\x80\x8F"};
  std::string alternating;
  for (int i = 0; i < 4000; ++i) {
    alternating += kinds[i % 16];
    if (i % 3 == 0) alternating += ' ';
    if (i % 7 == 0) alternating += "a";
    if (i % 500 == 499) alternating += '\n';
  }
  std::string invalid;
  for (int i = 0; i < 4000; ++i) {
    invalid += kinds[i % 16];
    invalid += (i % 2 == 0) ? "\xFF" : "\xE2\x80";
    invalid += (i % 5 == 0) ? std::string(1, '\0') : std::string(" ");
  }
  for (const std::string* text : {&alternating, &invalid}) {
    StageRun run;
    run_stage(*text, run);
    check_quotation_invariants(*text, run.doc);
    auto doc = make_extractor().extract(*text);
    REQUIRE(doc.has_value());
    check_quotation_invariants(*text, *doc);
  }
}

TEST_CASE("quotes: deep nesting is capped, not recursed") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += (i % 2 == 0) ? "\"a " : "'b ";
  for (int i = 0; i < 5000; ++i) text += (i % 2 == 0) ? "c' " : "d\" ";
  StageRun run;
  run_stage(text, run);
  check_quotation_invariants(text, run.doc);
  CHECK(run.doc.quotations.size() <= sayso::detail::max_quote_depth);
  CHECK_FALSE(run.doc.quotations.empty());
}

TEST_CASE("quotes: a stray mark never swallows later paragraphs") {
  std::string text = "The \"reform was announced on Monday.\n";
  for (int i = 0; i < 200; ++i) text += "Officials said \"nothing will change\" after the vote.\n";
  StageRun run;
  run_stage(text, run);
  check_quotation_invariants(text, run.doc);
  REQUIRE(run.doc.quotations.size() == 201);
  CHECK(run.doc.quotations[0].open);
  CHECK(run.doc.quotations[0].span.end == run.doc.paragraphs[0].end);
  for (std::size_t i = 1; i < run.doc.quotations.size(); ++i) {
    CHECK(sayso::slice(text, run.doc.quotations[i].content) == "nothing will change");
  }
}

TEST_CASE("quotes: surroundings change no role they are not read for") {
  using sayso::detail::decide_quote_role;
  using sayso::detail::QuoteFeatures;
  using sayso::detail::surroundings_matter;
  for (const std::uint32_t words : {0U, 1U, 3U, 4U, 9U}) {
    for (unsigned content = 0; content < 16; ++content) {
      QuoteFeatures base;
      base.words = words;
      base.ends_with_speech_punct = (content & 1U) != 0;
      base.inner_speech_punct = (content & 2U) != 0;
      base.title_cased = (content & 4U) != 0;
      base.in_headline = (content & 8U) != 0;
      if (surroundings_matter(base)) continue;
      const QuoteRole role = decide_quote_role(base);
      for (unsigned around = 0; around < 64; ++around) {
        QuoteFeatures f = base;
        f.at_sentence_start = (around & 1U) != 0;
        f.colon_or_comma_before = (around & 2U) != 0;
        f.comma_after = (around & 4U) != 0;
        f.reporting_verb_near = (around & 8U) != 0;
        f.title_cue_before = (around & 16U) != 0;
        f.between_name_parts = (around & 32U) != 0;
        CHECK(decide_quote_role(f) == role);
      }
    }
  }
}
