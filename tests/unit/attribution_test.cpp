// Attribution stage: data-driven cases from tests/fixtures/attribution/cases.txt run
// through the whole pipeline, plus unit checks of the cue lexicon.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution/cue_lexicon.hpp"
#include "fixture_cases.hpp"
#include "sayso/extractor.hpp"

namespace {

using sayso_test::FixtureCase;

std::string joined_content(const sayso::Document& doc, const sayso::Attribution& a,
                           std::string_view text) {
  std::string out;
  for (const auto& sp : a.content) {
    if (!out.empty()) out += " ";
    out += std::string(sayso::slice(text, sp));
  }
  return out;
}

const sayso::Attribution* find_by_content(const sayso::Document& doc, std::string_view text,
                                          const std::string& needle) {
  // A content that starts with the needle wins over one that only contains it.
  for (const auto& a : doc.attributions) {
    if (joined_content(doc, a, text).rfind(needle, 0) == 0) return &a;
  }
  for (const auto& a : doc.attributions) {
    if (joined_content(doc, a, text).find(needle) != std::string::npos) return &a;
  }
  return nullptr;
}

bool speaker_matches(const sayso::Document& doc, const sayso::Attribution& a,
                     const std::string& speaker) {
  if (speaker == "-") return !a.source.has_value();
  if (!a.source) return false;
  const auto& e = doc.entities[a.source->entity];
  if (speaker.starts_with('=')) return e.name == speaker.substr(1);  // the whole name
  if (e.name.find(speaker) != std::string::npos) return true;
  for (const auto& alt : e.alternate_names) {
    if (alt.find(speaker) != std::string::npos) return true;
  }
  return false;
}

std::string kind_name(const sayso::Attribution& a) {
  if (a.kind == sayso::AttributionKind::direct) return a.quote_marks ? "direct" : "embed";
  return a.kind == sayso::AttributionKind::mixed ? "mixed" : "indirect";
}

std::string class_name(sayso::CueClass c) {
  switch (c) {
    case sayso::CueClass::communication: return "communication";
    case sayso::CueClass::epistemic: return "epistemic";
    case sayso::CueClass::documentary: return "documentary";
    case sayso::CueClass::according_to: return "according_to";
    case sayso::CueClass::post: return "post";
  }
  return "?";
}

void check_expectation(const sayso::Document& doc, std::string_view text,
                       const std::vector<std::string>& e) {
  INFO("expectation: " << e[0] << "|" << (e.size() > 1 ? e[1] : ""));
  REQUIRE(e.size() >= 2);
  const sayso::Attribution* a = find_by_content(doc, text, e[1]);
  if (e[0] == "none") {
    CHECK(a == nullptr);
    return;
  }
  REQUIRE(a != nullptr);
  REQUIRE(e.size() >= 3);
  if (e[0] == "direct" || e[0] == "mixed" || e[0] == "indirect" || e[0] == "embed") {
    CHECK(kind_name(*a) == e[0]);
    CHECK(speaker_matches(doc, *a, e[2]));
  } else if (e[0] == "cue") {
    REQUIRE(a->cue.has_value());
    CHECK(a->cue->lemma == e[2]);
    REQUIRE(e.size() >= 4);
    CHECK(class_name(a->cue->cue_class) == e[3]);
  } else if (e[0] == "addressee") {
    REQUIRE(a->addressee.has_value());
    CHECK(std::string(sayso::slice(text, a->addressee->span)) == e[2]);
  } else if (e[0] == "parent") {
    REQUIRE(a->parent.has_value());
    const sayso::Attribution* p = find_by_content(doc, text, e[2]);
    REQUIRE(p != nullptr);
    CHECK(&doc.attributions[*a->parent] == p);
  } else if (e[0] == "spans") {
    CHECK(a->content.size() == std::stoul(e[2]));
  } else if (e[0] == "rule") {
    CHECK(a->rule_id == e[2]);
  } else {
    FAIL("unknown expectation " << e[0]);
  }
}

}  // namespace

TEST_CASE("attribution: fixture cases") {
  const auto cases = sayso_test::read_fixture_cases(std::string(SAYSO_FIXTURES_DIR) + "/attribution/cases.txt");
  REQUIRE(cases.size() >= 20);
  auto extractor = sayso::Extractor::create();
  REQUIRE(extractor);
  for (const FixtureCase& c : cases) {
    SUBCASE(c.name.c_str()) {
      auto doc = extractor->extract(c.text);
      REQUIRE(doc);
      for (const auto& e : c.expect) check_expectation(*doc, c.text, e);
    }
  }
}

TEST_CASE("attribution: attributions are in text order and reference valid records") {
  const std::string text =
      "\"We will appeal,\" Torres said, \"and we will win.\"\n"
      "Prices will rise, the bank warned. Lena Vogt said the plan was sound.\n";
  auto doc = sayso::extract(text);
  REQUIRE(doc);
  REQUIRE(doc->attributions.size() >= 3);
  for (std::size_t i = 1; i < doc->attributions.size(); ++i) {
    CHECK(doc->attributions[i - 1].content.front().start <= doc->attributions[i].content.front().start);
  }
  for (const auto& a : doc->attributions) {
    CHECK(!a.rule_id.empty());
    CHECK(a.confidence > 0.0F);
    CHECK(a.confidence <= 1.0F);
    if (a.source) {
      REQUIRE(a.source->entity < doc->entities.size());
      for (auto m : a.source->mentions) {
        REQUIRE(m < doc->mentions.size());
        CHECK(doc->mentions[m].entity == a.source->entity);
      }
    }
  }
  for (std::size_t q = 0; q < doc->quotations.size(); ++q) {
    if (!doc->quotations[q].attribution) continue;
    const auto& a = doc->attributions[*doc->quotations[q].attribution];
    bool covered = false;
    for (const auto& sp : a.quoted) covered = covered || sp == doc->quotations[q].content;
    CHECK(covered);
  }
}

TEST_CASE("attribution: cue lexicon knows inflections, classes and multi-word forms") {
  auto lex = sayso::detail::CueLexicon::load({});
  REQUIRE(lex);
  sayso::detail::Analysis a;
  const std::string text = "She has pointed out that it believes, according to reports.";
  auto doc = sayso::segment(text);
  REQUIRE(doc);
  a.text = text;
  a.doc = &*doc;
  sayso::detail::Tokenizer().run(text, doc->sentences, a.tokens, a.sentence_first_token);
  sayso::detail::TokenText t(a);
  auto pointed = lex->match(t, 2);
  REQUIRE(pointed);
  CHECK(pointed->entry->lemma == "point out");
  CHECK(pointed->last == 4);
  auto believes = lex->match(t, 6);
  REQUIRE(believes);
  CHECK(believes->entry->cue_class == sayso::CueClass::epistemic);
  auto according = lex->match(t, 8);
  REQUIRE(according);
  CHECK(according->entry->cue_class == sayso::CueClass::according_to);
  CHECK_FALSE(lex->match(t, 0));
  lex->tag(a);
  REQUIRE(a.token_cue.size() == a.tokens.size());
  CHECK(a.token_cue[2] == pointed->entry);
  CHECK(a.token_cue[6] == believes->entry);
  CHECK(a.token_cue[0] == nullptr);
  // cue_tokens lists exactly the tagged tokens, in order ("reports" is a verb form too).
  std::vector<sayso::Index> tagged;
  for (sayso::Index i = 0; i < a.token_cue.size(); ++i) {
    if (a.token_cue[i] != nullptr) tagged.push_back(i);
  }
  CHECK(a.cue_tokens == tagged);
  CHECK(a.cue_tokens.size() == 4);
}

TEST_CASE("attribution: two-word cues match across any white space and any case") {
  auto lex = sayso::detail::CueLexicon::load({});
  REQUIRE(lex);
  for (const std::string text : {"He POINTED OUT that it rained.", "He pointed\t out that it rained.",
                                 "He Pointed   Out that it rained."}) {
    sayso::detail::Analysis a;
    auto doc = sayso::segment(text);
    REQUIRE(doc);
    a.text = text;
    a.doc = &*doc;
    sayso::detail::Tokenizer().run(text, doc->sentences, a.tokens, a.sentence_first_token);
    lex->tag(a);
    REQUIRE(a.token_cue[1] != nullptr);
    CHECK(a.token_cue[1]->lemma == "point out");
    CHECK(a.token_cue[1]->words == 2);
  }
}

TEST_CASE("attribution: extra reporting verbs from the options") {
  sayso::ExtractorOptions options;
  options.reporting_verbs.push_back("quipped\tquip\tcommunication");
  auto ex = sayso::Extractor::create(options);
  REQUIRE(ex);
  auto doc = ex->extract("\"Never again,\" quipped Lena Vogt.\n");
  REQUIRE(doc);
  REQUIRE(doc->attributions.size() == 1);
  REQUIRE(doc->attributions[0].cue);
  CHECK(doc->attributions[0].cue->lemma == "quip");
  sayso::ExtractorOptions bad;
  bad.reporting_verbs.push_back("quipped\tquip\tnonsense");
  CHECK_FALSE(sayso::Extractor::create(bad));
}

TEST_CASE("attribution: hostile input stays bounded and safe") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "\"a,\" said ";
  text += std::string("\0\xff\xfe said \"", 10);
  for (int i = 0; i < 2000; ++i) text += "he said that she said, according to ";
  auto doc = sayso::extract(text);
  REQUIRE(doc);
  for (const auto& a : doc->attributions) {
    for (const auto& sp : a.content) CHECK(sp.end <= text.size());
  }
}
