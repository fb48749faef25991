// Claim stage: quantities, times, hedges, negations and claim splitting, driven by the
// fixture tables in tests/fixtures/claims/, plus attribution-driven claims.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "claims/claim_builder.hpp"
#include "claims/claim_run.hpp"
#include "core/analysis.hpp"
#include "text/tokenizer.hpp"

namespace sd = sayso::detail;
using sayso::ByteSpan;

namespace {

std::vector<std::vector<std::string>> read_table(const std::string& name) {
  std::ifstream in(std::string(SAYSO_FIXTURES_DIR) + "/claims/" + name);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << name);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string f;
    while (std::getline(ss, f, '\t')) fields.push_back(f);
    rows.push_back(fields);
  }
  REQUIRE_FALSE(rows.empty());
  return rows;
}

const sd::ClaimLexicon& lexicon() {
  static const auto lex = [] {
    auto r = sd::ClaimLexicon::load();
    REQUIRE(r.has_value());
    return *r;
  }();
  return *lex;
}

// One text as a single sentence, tokenized, ready for the claim stage.
struct Prepared {
  std::string text;
  sayso::Document doc;
  sd::Analysis analysis;

  explicit Prepared(std::string t) : text(std::move(t)) {
    doc.sentences.push_back(ByteSpan{0, static_cast<std::uint32_t>(text.size())});
    doc.paragraphs = doc.sentences;
    analysis.text = text;
    analysis.doc = &doc;
    analysis.sentence_paragraph.push_back(0);
    sd::Tokenizer{}.run(text, doc.sentences, analysis.tokens, analysis.sentence_first_token);
    analysis.folded = sd::fold_case(text);
  }
  std::string_view at(ByteSpan s) const { return sayso::slice(text, s); }
};

std::optional<double> number_or_null(const std::string& s) {
  if (s == "-") return std::nullopt;
  return std::stod(s);
}

bool close(std::optional<double> got, std::optional<double> want) {
  if (!got || !want) return got.has_value() == want.has_value();
  return std::fabs(*got - *want) <= 1e-6 * std::max(1.0, std::fabs(*want));
}

std::string relation_name(sayso::Relation r) {
  switch (r) {
    case sayso::Relation::eq: return "eq";
    case sayso::Relation::approx: return "approx";
    case sayso::Relation::gt: return "gt";
    case sayso::Relation::gte: return "gte";
    case sayso::Relation::lt: return "lt";
    case sayso::Relation::lte: return "lte";
    case sayso::Relation::range: return "range";
  }
  return "?";
}

std::string time_type_name(sayso::TimeType t) {
  switch (t) {
    case sayso::TimeType::date: return "date";
    case sayso::TimeType::duration: return "duration";
    case sayso::TimeType::relative: return "relative";
  }
  return "?";
}

std::string hedge_category_name(sayso::HedgeCategory c) {
  switch (c) {
    case sayso::HedgeCategory::modal: return "modal";
    case sayso::HedgeCategory::epistemic_verb: return "epistemicVerb";
    case sayso::HedgeCategory::epistemic_adverb: return "epistemicAdverb";
    case sayso::HedgeCategory::approximator: return "approximator";
    case sayso::HedgeCategory::attribution_shield: return "attributionShield";
  }
  return "?";
}

std::string dash_empty(const std::string& s) { return s == "-" ? std::string() : s; }

// An indirect attribution in `text` by the cue `cue_text` (lemma, class) whose content
// runs from byte `from` to the end of the text, its final period left out.
sayso::Attribution reported(const std::string& text, const std::string& cue_text,
                            const std::string& lemma, sayso::CueClass cls, std::size_t from) {
  sayso::Attribution a;
  a.kind = sayso::AttributionKind::indirect;
  const auto cue = static_cast<std::uint32_t>(text.find(cue_text));
  a.cue = sayso::Cue{ByteSpan{cue, cue + static_cast<std::uint32_t>(cue_text.size())}, lemma, cls};
  a.content.push_back(
      ByteSpan{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(text.size() - 1)});
  return a;
}

// Claims of `p` built with no attributions: the writer's own statements.
void build_claims(Prepared& p) {
  sd::ClaimScratch scratch;
  sd::ClaimRun run(lexicon(), p.analysis, scratch);
  run.run();
}

// Claims of `p` with one reported attribution, made by reported() on p.text.
void build_claims_reported(Prepared& p, const std::string& cue_text, const std::string& lemma,
                           sayso::CueClass cls, std::size_t from) {
  p.doc.attributions = {reported(p.text, cue_text, lemma, cls, from)};
  build_claims(p);
}

// A fixture phrase in a token table with its time expressions parsed; `blocked` marks
// the tokens the times took, which quantity parsing then skips, as the claim stage does.
struct ParsedTimes {
  sd::TokenTable table;
  std::vector<std::uint8_t> blocked;
  std::vector<sd::FoundTime> times;
};

void parse_times(const Prepared& p, ParsedTimes& out) {
  out.table.build(p.text, p.analysis.folded, p.analysis.tokens, lexicon());
  out.blocked.assign(out.table.size(), 0);
  sd::TimeParser(out.table).parse(0, out.table.size(), out.times, out.blocked);
}

}  // namespace

TEST_CASE("claims: quantities from the fixture table") {
  for (const auto& row : read_table("quantities.tsv")) {
    CAPTURE(row[0]);
    Prepared p(row[0]);
    ParsedTimes parsed;
    parse_times(p, parsed);
    std::vector<sd::FoundQuantity> found;
    sd::QuantityParser(parsed.table).parse(0, parsed.table.size(), parsed.blocked, found);
    if (row[1] == "-") {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(row.size() >= 8);
    const sd::FoundQuantity* hit = nullptr;
    for (const auto& q : found) {
      if (p.at(q.quantity.span) == row[1]) hit = &q;
    }
    REQUIRE_MESSAGE(hit != nullptr, "no quantity spanning '" << row[1] << "'");
    const sayso::Quantity& q = hit->quantity;
    CHECK(close(q.value, number_or_null(row[2])));
    CHECK(close(q.low, number_or_null(row[3])));
    CHECK(close(q.high, number_or_null(row[4])));
    CHECK(relation_name(q.relation) == row[5]);
    CHECK(q.approximator == dash_empty(row[6]));
    CHECK(q.unit == dash_empty(row[7]));
  }
}

TEST_CASE("claims: time expressions from the fixture table") {
  for (const auto& row : read_table("times.tsv")) {
    CAPTURE(row[0]);
    Prepared p(row[0]);
    ParsedTimes parsed;
    parse_times(p, parsed);
    const std::vector<sd::FoundTime>& times = parsed.times;
    if (row[1] == "-") {
      CHECK(times.empty());
      continue;
    }
    REQUIRE(row.size() >= 4);
    const sayso::TimeExpression* hit = nullptr;
    for (const auto& t : times) {
      if (p.at(t.time.span) == row[1]) hit = &t.time;
    }
    REQUIRE_MESSAGE(hit != nullptr, "no time spanning '" << row[1] << "'");
    CHECK(time_type_name(hit->type) == row[2]);
    CHECK(hit->value == dash_empty(row[3]));
  }
}

TEST_CASE("claims: hedges from the fixture table") {
  for (const auto& row : read_table("hedges.tsv")) {
    CAPTURE(row[0]);
    REQUIRE(row.size() >= 3);
    Prepared p(row[0]);
    build_claims(p);
    REQUIRE(p.doc.claims.size() == 1);
    bool found = false;
    for (const auto& h : p.doc.claims[0].hedges) {
      if (p.at(h.span) == row[1]) {
        found = true;
        CHECK(hedge_category_name(h.category) == row[2]);
      }
    }
    CHECK_MESSAGE(found, "no hedge '" << row[1] << "'");
  }
}

TEST_CASE("claims: negations and polarity from the fixture table") {
  for (const auto& row : read_table("negations.tsv")) {
    CAPTURE(row[0]);
    REQUIRE(row.size() >= 4);
    Prepared p(row[0]);
    build_claims(p);
    REQUIRE(p.doc.claims.size() == 1);
    const sayso::Claim& c = p.doc.claims[0];
    bool found = false;
    for (const auto& n : c.negations) {
      if (p.at(n.span) == row[1]) {
        found = true;
        CHECK(n.cue == row[2]);
      }
    }
    CHECK_MESSAGE(found, "no negation '" << row[1] << "'");
    CHECK((c.polarity == sayso::Polarity::negative ? "negative" : "positive") == row[3]);
  }
}

TEST_CASE("claims: coordinated statements with their own figures split") {
  for (const auto& row : read_table("splits.tsv")) {
    CAPTURE(row[0]);
    REQUIRE(row.size() >= 2);
    Prepared p(row[0]);
    // The sentence as reported speech with no cue: its content is all but the period.
    sayso::Attribution a;
    a.kind = sayso::AttributionKind::indirect;
    a.content.push_back(ByteSpan{0, static_cast<std::uint32_t>(p.text.size() - 1)});
    p.doc.attributions = {a};
    build_claims(p);
    std::vector<std::string> want;
    std::string parts = row[1];
    for (std::size_t at = 0;;) {
      const std::size_t bar = parts.find(" || ", at);
      want.push_back(parts.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
      if (bar == std::string::npos) break;
      at = bar + 4;
    }
    REQUIRE(p.doc.claims.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      CHECK(p.at(p.doc.claims[i].span) == want[i]);
      CHECK(p.doc.claims[i].attribution == std::optional<sayso::Index>(0));
      CHECK_FALSE(p.doc.claims[i].quantities.empty());
    }
  }
}

TEST_CASE("claims: a nested epistemic attribution gives hedged, split claims") {
  const std::string text =
      "The coastguard told reporters in Dover it believes that about 120 migrants "
      "reached the beach before dawn, and nearly 40 others drowned.";
  Prepared p(text);
  auto span_of = [&](std::string_view from, std::string_view to_end) {
    const auto s = static_cast<std::uint32_t>(text.find(from));
    const auto e = static_cast<std::uint32_t>(text.find(to_end) + to_end.size());
    return ByteSpan{s, e};
  };
  sayso::Attribution outer;
  outer.kind = sayso::AttributionKind::indirect;
  outer.cue = sayso::Cue{span_of("told", "told"), "tell", sayso::CueClass::communication};
  outer.content.push_back(span_of("it believes", "drowned"));
  sayso::Attribution inner;
  inner.kind = sayso::AttributionKind::indirect;
  inner.cue = sayso::Cue{span_of("believes", "believes"), "believe", sayso::CueClass::epistemic};
  inner.content.push_back(span_of("about 120", "drowned"));
  inner.parent = 0;
  p.doc.attributions = {outer, inner};
  build_claims(p);

  REQUIRE(p.doc.claims.size() == 2);
  const sayso::Claim& first = p.doc.claims[0];
  const sayso::Claim& second = p.doc.claims[1];
  CHECK(p.at(first.span) == "about 120 migrants reached the beach before dawn");
  CHECK(p.at(second.span) == "nearly 40 others drowned");
  for (const sayso::Claim* c : {&first, &second}) {
    REQUIRE(c->attribution.has_value());
    CHECK(*c->attribution == 1);
    CHECK(c->type == sayso::ClaimType::quantity);
    const bool believes = std::any_of(c->hedges.begin(), c->hedges.end(), [&](const auto& h) {
      return p.at(h.span) == "believes" && h.category == sayso::HedgeCategory::epistemic_verb;
    });
    CHECK(believes);
  }
  REQUIRE(first.quantities.size() == 1);
  CHECK(*first.quantities[0].value == doctest::Approx(120));
  CHECK(first.quantities[0].relation == sayso::Relation::approx);
  CHECK(first.quantities[0].approximator == "about");
  CHECK(first.quantities[0].measured == "migrants");
  REQUIRE(second.quantities.size() == 1);
  CHECK(*second.quantities[0].value == doctest::Approx(40));
  CHECK(second.quantities[0].approximator == "nearly");
}

TEST_CASE("claims: epistemic frame without a nested attribution becomes a hedge") {
  const std::string text = "The ministry said it estimates that 3,000 jobs will go by 2027.";
  Prepared p(text);
  build_claims_reported(p, "said", "say", sayso::CueClass::communication,
                        text.find("it estimates"));
  REQUIRE(p.doc.claims.size() == 1);
  const sayso::Claim& c = p.doc.claims[0];
  CHECK(p.at(c.span) == "3,000 jobs will go by 2027");
  REQUIRE(c.hedges.size() == 1);
  CHECK(c.hedges[0].cue == "estimate");
  REQUIRE(c.times.size() == 1);
  CHECK(c.times[0].value == "2027");
  REQUIRE(c.quantities.size() == 1);
  CHECK(*c.quantities[0].value == doctest::Approx(3000));
}

TEST_CASE("claims: 'I don't think about it' is no epistemic frame ('about' opens no figure)") {
  const std::string text = "She said I didn't think about the record at all.";
  Prepared p(text);
  build_claims_reported(p, "said", "say", sayso::CueClass::communication, text.find("I didn't"));
  REQUIRE(p.doc.claims.size() == 1);
  const sayso::Claim& c = p.doc.claims[0];
  CHECK(p.at(c.span) == "I didn't think about the record at all");
  CHECK_FALSE(c.negations.empty());
}

TEST_CASE("claims: every attribution yields a claim; frame times and denials attach") {
  const std::string text = "\"We followed every rule,\" the owner denied on Tuesday.";
  Prepared p(text);
  sayso::Attribution a;
  a.kind = sayso::AttributionKind::direct;
  const auto cue = static_cast<std::uint32_t>(text.find("denied"));
  a.cue = sayso::Cue{ByteSpan{cue, cue + 6}, "deny", sayso::CueClass::communication};
  a.content.push_back(ByteSpan{1, static_cast<std::uint32_t>(text.find(",\""))});
  p.doc.attributions = {a};
  build_claims(p);
  REQUIRE(p.doc.claims.size() == 1);
  const sayso::Claim& c = p.doc.claims[0];
  CHECK(p.at(c.span) == "We followed every rule");
  CHECK(c.type == sayso::ClaimType::laws_rules);
  CHECK(c.polarity == sayso::Polarity::negative);
  REQUIRE(c.times.size() == 1);
  CHECK(p.at(c.times[0].span) == "on Tuesday");
}

TEST_CASE("claims: the writer's sentence with two figures stays one claim") {
  Prepared p("Exports rose 4% in May, and imports fell 2% in June.");
  build_claims(p);
  REQUIRE(p.doc.claims.size() == 1);
  CHECK(p.at(p.doc.claims[0].span) == "Exports rose 4% in May, and imports fell 2% in June");
  CHECK(p.doc.claims[0].quantities.size() == 2);
  CHECK(p.doc.claims[0].times.size() == 2);
}

TEST_CASE("claims: sentences without checkable content give no writer claim") {
  Prepared p("He shared photos of the fighters on social media.");
  build_claims(p);
  CHECK(p.doc.claims.empty());
}

TEST_CASE("claims: odd bytes and long inputs run without trouble") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "and 5 and neither nor \xFF\xFE $ % between 3 and ";
  Prepared p(text);
  build_claims(p);
  for (const auto& c : p.doc.claims) {
    CHECK(c.span.end <= text.size());
    CHECK(c.span.start < c.span.end);
  }
}

TEST_CASE("claims: an epistemic attribution over the same words is nested without parentId") {
  const std::string text =
      "The health board has told councillors it believes that around 60 clinics will close.";
  Prepared p(text);
  auto span_of = [&](std::string_view from, std::string_view to_end) {
    const auto s = static_cast<std::uint32_t>(text.find(from));
    const auto e = static_cast<std::uint32_t>(text.find(to_end) + to_end.size());
    return ByteSpan{s, e};
  };
  sayso::Attribution told;
  told.kind = sayso::AttributionKind::indirect;
  told.cue = sayso::Cue{span_of("has told", "has told"), "tell", sayso::CueClass::communication};
  told.content.push_back(span_of("around 60", "will close"));
  sayso::Attribution believes = told;
  believes.cue = sayso::Cue{span_of("believes", "believes"), "believe", sayso::CueClass::epistemic};
  p.doc.attributions = {told, believes};
  build_claims(p);
  REQUIRE(p.doc.claims.size() == 1);
  const sayso::Claim& c = p.doc.claims[0];
  CHECK(p.at(c.span) == "around 60 clinics will close");
  REQUIRE(c.attribution.has_value());
  CHECK(*c.attribution == 1);
  CHECK(c.type == sayso::ClaimType::quantity);
  const bool believes_hedge = std::any_of(c.hedges.begin(), c.hedges.end(), [&](const auto& h) {
    return h.cue == "believe" && h.category == sayso::HedgeCategory::epistemic_verb;
  });
  CHECK(believes_hedge);
}

TEST_CASE("claims: a figure outside reported content stays the writer's claim") {
  const std::string text =
      "The mayor has approved a 7% rise in parking fees, saying the city needs the money.";
  Prepared p(text);
  build_claims_reported(p, "saying", "say", sayso::CueClass::communication, text.find("the city"));
  REQUIRE(p.doc.claims.size() == 2);
  CHECK(p.at(p.doc.claims[0].span) == "The mayor has approved a 7% rise in parking fees");
  CHECK_FALSE(p.doc.claims[0].attribution.has_value());
  REQUIRE(p.doc.claims[0].quantities.size() == 1);
  CHECK(p.doc.claims[0].quantities[0].unit == "%");
  CHECK(p.at(p.doc.claims[1].span) == "the city needs the money");
  CHECK(p.doc.claims[1].attribution == std::optional<sayso::Index>(0));
}

TEST_CASE("claims: a content span cut just after an approximator keeps it") {
  const std::string text = "She told a crowd of about 600 people gathered outside.";
  Prepared p(text);
  build_claims_reported(p, "told", "tell", sayso::CueClass::communication, text.find("600"));
  REQUIRE(p.doc.claims.size() == 1);
  REQUIRE(p.doc.claims[0].quantities.size() == 1);
  CHECK(p.doc.claims[0].quantities[0].relation == sayso::Relation::approx);
  CHECK(p.doc.claims[0].quantities[0].approximator == "about");
}

TEST_CASE("claims: a negation on the source side attaches without denying the content") {
  const std::string text =
      "A guard who did not want to be named said the gate had been left open on Sunday.";
  Prepared p(text);
  build_claims_reported(p, "said", "say", sayso::CueClass::communication, text.find("said") + 5);
  REQUIRE(p.doc.claims.size() == 1);
  const sayso::Claim& c = p.doc.claims[0];
  CHECK(p.at(c.span) == "the gate had been left open on Sunday");
  CHECK(c.polarity == sayso::Polarity::positive);
  REQUIRE(c.negations.size() == 1);
  CHECK(p.at(c.negations[0].span) == "did not");
  REQUIRE(c.times.size() == 1);
  CHECK(p.at(c.times[0].span) == "on Sunday");
}

TEST_CASE("claims: a writer's figure before the next source keeps only the statement") {
  const std::string text =
      "Fuel costs rose 2.3% in March, and the operator expects them to climb further.";
  Prepared p(text);
  build_claims_reported(p, "expects", "expect", sayso::CueClass::epistemic,
                        text.find("expects") + 8);
  REQUIRE(p.doc.claims.size() == 2);
  CHECK(p.at(p.doc.claims[0].span) == "Fuel costs rose 2.3% in March");
  CHECK_FALSE(p.doc.claims[0].attribution.has_value());
  CHECK(p.at(p.doc.claims[1].span) == "them to climb further");
  REQUIRE(p.doc.claims[1].hedges.size() == 1);
  CHECK(p.doc.claims[1].hedges[0].cue == "expect");
}

TEST_CASE("claims: a claim nested in 'according to' carries that shield too") {
  const std::string text = "Analysts had expected growth of about 1.5%, according to a survey.";
  Prepared p(text);
  auto span_of = [&](std::string_view from, std::string_view to_end) {
    const auto s = static_cast<std::uint32_t>(text.find(from));
    const auto e = static_cast<std::uint32_t>(text.find(to_end) + to_end.size());
    return ByteSpan{s, e};
  };
  sayso::Attribution survey;
  survey.kind = sayso::AttributionKind::indirect;
  survey.cue = sayso::Cue{span_of("according to", "according to"), "according to",
                          sayso::CueClass::according_to};
  survey.content.push_back(span_of("Analysts", "1.5%"));
  sayso::Attribution expected;
  expected.kind = sayso::AttributionKind::indirect;
  expected.cue = sayso::Cue{span_of("expected", "expected"), "expect", sayso::CueClass::epistemic};
  expected.content.push_back(span_of("growth", "1.5%"));
  expected.parent = 0;
  p.doc.attributions = {survey, expected};
  build_claims(p);
  REQUIRE(p.doc.claims.size() == 1);
  const sayso::Claim& c = p.doc.claims[0];
  CHECK(c.attribution == std::optional<sayso::Index>(1));
  std::vector<std::string> cues;
  for (const auto& h : c.hedges) cues.push_back(h.cue);
  CHECK(std::find(cues.begin(), cues.end(), "expect") != cues.end());
  CHECK(std::find(cues.begin(), cues.end(), "according to") != cues.end());
  CHECK(std::find(cues.begin(), cues.end(), "about") != cues.end());
}

namespace {

// The one claim of `text` reported by a cue `cue_text` (lemma `lemma`) over `content`.
sayso::Claim cue_claim(const std::string& text, const std::string& cue_text,
                       const std::string& lemma, const std::string& content, bool sourced) {
  Prepared p(text);
  sayso::Attribution a;
  a.kind = sayso::AttributionKind::indirect;
  const auto cue = static_cast<std::uint32_t>(text.find(cue_text));
  a.cue = sayso::Cue{ByteSpan{cue, cue + static_cast<std::uint32_t>(cue_text.size())}, lemma,
                     sayso::CueClass::communication};
  const auto from = static_cast<std::uint32_t>(text.find(content));
  a.content.push_back(ByteSpan{from, from + static_cast<std::uint32_t>(content.size())});
  if (sourced) a.source = sayso::Source{};
  p.doc.attributions = {a};
  build_claims(p);
  REQUIRE(p.doc.claims.size() == 1);
  return p.doc.claims[0];
}

}  // namespace

TEST_CASE("claims: doubting and impersonal cues hedge what they report") {
  const sayso::Claim alleged = cue_claim("The clerk forged the deeds, the state alleged.",
                                         "alleged", "allege", "The clerk forged the deeds", true);
  REQUIRE(alleged.hedges.size() == 1);
  CHECK(alleged.hedges[0].cue == "allege");
  CHECK(alleged.hedges[0].category == sayso::HedgeCategory::epistemic_verb);

  const sayso::Claim passive = cue_claim("It was reported that the mine had flooded.",
                                         "was reported", "report", "the mine had flooded", false);
  REQUIRE(passive.hedges.size() == 1);
  CHECK(passive.hedges[0].category == sayso::HedgeCategory::attribution_shield);

  // A named speaker's plain "said" qualifies nothing.
  const sayso::Claim plain = cue_claim("The mine had flooded, the engineer said.", "said", "say",
                                       "The mine had flooded", true);
  CHECK(plain.hedges.empty());
}

TEST_CASE("claims: 'is due to' before a verb is scheduled, before a noun a cause") {
  Prepared scheduled("The new pier is due to open next spring.");
  build_claims(scheduled);
  REQUIRE(scheduled.doc.claims.size() == 1);
  CHECK(scheduled.doc.claims[0].type == sayso::ClaimType::prediction);
  REQUIRE(scheduled.doc.claims[0].hedges.size() == 1);

  Prepared cause("The closure of the pier is due to storm damage.");
  build_claims(cause);
  REQUIRE(cause.doc.claims.size() == 1);
  CHECK(cause.doc.claims[0].type == sayso::ClaimType::correlation_causation);
  CHECK(cause.doc.claims[0].hedges.empty());
}

TEST_CASE("claims: a nested report by the same speaker keeps the parent's own statement") {
  const std::string text =
      "Mayor Ann Lee said the town can't repay its debt to the crew and announced that the "
      "pier would be renamed.";
  Prepared p(text);
  auto span_of = [&](const std::string& s) {
    const auto at = static_cast<std::uint32_t>(text.find(s));
    return ByteSpan{at, at + static_cast<std::uint32_t>(s.size())};
  };
  p.doc.mentions.push_back(sayso::Mention{0, sayso::MentionType::name, span_of("Mayor Ann Lee")});
  sayso::Attribution outer;
  outer.kind = sayso::AttributionKind::indirect;
  outer.source = sayso::Source{0, {0}};
  outer.cue = sayso::Cue{span_of("said"), "say", sayso::CueClass::communication};
  outer.content.push_back(span_of("the town can't repay its debt to the crew and announced that "
                                  "the pier would be renamed"));
  sayso::Attribution inner = outer;  // the mayor also announces
  inner.cue = sayso::Cue{span_of("announced"), "announce", sayso::CueClass::communication};
  inner.content = {span_of("the pier would be renamed")};
  inner.parent = 0;
  p.doc.attributions = {outer, inner};
  build_claims(p);
  bool parent_claim = false;
  for (const sayso::Claim& c : p.doc.claims) {
    if (c.attribution == std::optional<sayso::Index>(0)) {
      parent_claim = true;
      CHECK(p.at(c.span).starts_with("the town can't repay"));
      CHECK(c.polarity == sayso::Polarity::negative);
    }
  }
  CHECK(parent_claim);
}

TEST_CASE("claims: a speaker's age in apposition makes no claim of the writer's") {
  const std::string input =
      "\"We have never seen a harvest like it,\" said allotment holder Ivo Marsh, 68.\n\n"
      "\"Fees rose 12% this year,\" said treasurer Lena Ortiz, 54, adding that 300 members had left.\n";
  auto doc = sayso::extract(input);
  REQUIRE(doc);
  bool age_claim = false;
  bool members_claim = false;
  for (const sayso::Claim& c : doc->claims) {
    const std::string_view text = sayso::slice(input, c.span);
    if (!c.attribution && text.find("Marsh") != std::string_view::npos) age_claim = true;
    if (text.find("300 members") != std::string_view::npos) members_claim = true;
  }
  CHECK_FALSE(age_claim);
  CHECK(members_claim);  // figures beside an age still make claims
}

TEST_CASE("claims: a writer's concession after reported content is the writer's claim") {
  const std::string input =
      "It was reported that the club had repaid the loan, although neither side mentioned "
      "it in court.\n";
  auto doc = sayso::extract(input);
  REQUIRE(doc);
  bool concession = false;
  for (const sayso::Claim& c : doc->claims) {
    const std::string_view text = sayso::slice(input, c.span);
    if (c.attribution || text.find("neither side") == std::string_view::npos) continue;
    concession = !c.negations.empty();
  }
  CHECK(concession);  // the writer's negation is not lost with the content's end
}

TEST_CASE("claims: the token table reads capitalised and curly-apostrophe words alike") {
  Prepared p("Neither Ardmore nor Belcastle didn\xE2\x80\x99t say it in March.");
  // With the folded text (forms read in place) and without it (forms lower-cased here).
  for (const bool folded : {true, false}) {
    CAPTURE(folded);
    sd::TokenTable table;
    table.build(p.text, folded ? std::string_view(p.analysis.folded) : std::string_view(),
                p.analysis.tokens, lexicon());
    REQUIRE(table.size() > 8);
    CHECK(table.lower(0) == "neither");
    CHECK(table.info(0) != nullptr);
    CHECK(table.opens(0, sd::opens_negation));
    CHECK(table.info(1) == nullptr);  // "Ardmore"
    CHECK_FALSE(table.opens(1, sd::opens_negation | sd::opens_time | sd::opens_quantity));
    CHECK(table.lower(4) == "didn't");
    CHECK(table.marked(4, sd::mark_nt));
    CHECK(table.opens(4, sd::opens_negation));
    CHECK(table.lower(8) == "march");
    CHECK(table.opens(8, sd::opens_time));
  }
}

TEST_CASE("claims: the token table's facts of clitics, possessives and hyphens") {
  // A lexicon word ending in "n't" (a claim cue), one the lexicons lack, a possessive and
  // a hyphenated month of words they know, and a contracted "will"; curly and straight.
  for (const char* text : {"They won't agree that Wednesday's mid-January plan isn't done, it'll rise.",
                           "They won\xE2\x80\x99t agree that Wednesday\xE2\x80\x99s mid-January plan "
                           "isn\xE2\x80\x99t done, it\xE2\x80\x99ll rise."}) {
    CAPTURE(text);
    Prepared p(text);
    sd::TokenTable table;
    table.build(p.text, p.analysis.folded, p.analysis.tokens, lexicon());
    auto find = [&](std::string_view w) {
      for (sayso::Index i = 0; i < table.size(); ++i) {
        if (table.lower(i) == w) return i;
      }
      FAIL("no token " << w);
      return sayso::Index{0};
    };
    const sayso::Index wont = find("won't");
    CHECK(table.info(wont) != nullptr);
    CHECK(table.marked(wont, sd::mark_nt));
    CHECK(table.opens(wont, sd::opens_negation));
    CHECK(table.opens(wont, sd::opens_entry(sd::EntryKind::claim_cue)));
    const sayso::Index isnt = find("isn't");
    CHECK(table.info(isnt) == nullptr);
    CHECK(table.marked(isnt, sd::mark_nt));
    CHECK(table.opens(isnt, sd::opens_negation));
    const sayso::Index day = find("wednesday's");
    CHECK(table.info(day) == lexicon().find("wednesday"));
    CHECK_FALSE(table.marked(day, sd::mark_nt));
    CHECK(table.opens(day, sd::opens_time));
    const sayso::Index month = find("mid-january");
    CHECK(table.info(month) == lexicon().find("january"));
    CHECK(table.marked(month, sd::mark_hyphen));
    CHECK(table.opens(month, sd::opens_quantity));
    const sayso::Index will = find("it'll");
    CHECK(table.info(will) == nullptr);
    CHECK(table.opens(will, sd::opens_entry(sd::EntryKind::claim_cue)));
  }
}

TEST_CASE("claims: the token table clamps tokens that end past its text") {
  Prepared p("Wednesday\xE2\x80\x99s 40 won't rise.");
  const std::string_view shorter = std::string_view(p.text).substr(0, 10);
  for (const bool folded : {true, false}) {
    CAPTURE(folded);
    const std::string folded_text(std::string_view(p.analysis.folded).substr(0, shorter.size()));
    sd::TokenTable table;
    table.build(shorter, folded ? std::string_view(folded_text) : std::string_view(),
                p.analysis.tokens, lexicon());
    REQUIRE(table.size() == p.analysis.tokens.size());
    CHECK(table.lower(0) == "wednesday\xE2");  // the first token's bytes inside the text
    for (sayso::Index i = 1; i < table.size(); ++i) {
      CAPTURE(i);
      CHECK(table.lower(i).empty());
      CHECK(table.raw(i).empty());
      CHECK(table.first_byte(i) == '\0');
    }
  }
}

TEST_CASE("claims: articles open times only before a figure, a time word or a unit") {
  struct Case {
    const char* text;
    std::size_t times;
  };
  for (const Case& c : {Case{"The plant closed a year ago.", 1}, Case{"The rally drew a crowd.", 0},
                        Case{"Sales rose in the first quarter.", 1},
                        Case{"It took a full two years.", 1},
                        Case{"The talks ran for a million years, it seemed.", 1},
                        Case{"He read the report.", 0}}) {
    CAPTURE(c.text);
    Prepared p(c.text);
    ParsedTimes parsed;
    parse_times(p, parsed);
    CHECK(parsed.times.size() == c.times);
  }
}

TEST_CASE("claims: attributions listed out of text order give claims in text order") {
  const std::string text =
      "Fares will rise by 5%, the operator said; wages will fall, the union said; "
      "and strikes will follow, officials said.";
  Prepared p(text);
  auto span_of = [&](std::string_view words) {
    const auto s = static_cast<std::uint32_t>(text.find(words));
    return ByteSpan{s, s + static_cast<std::uint32_t>(words.size())};
  };
  auto said = [&](std::string_view content, std::string_view cue) {
    sayso::Attribution a;
    a.kind = sayso::AttributionKind::indirect;
    a.cue = sayso::Cue{span_of(cue), "say", sayso::CueClass::communication};
    a.content.push_back(span_of(content));
    return a;
  };
  const sayso::Attribution fares = said("Fares will rise by 5%", "the operator said");
  const sayso::Attribution wages = said("wages will fall", "the union said");
  const sayso::Attribution strikes = said("strikes will follow", "officials said");
  SUBCASE("in text order") { p.doc.attributions = {fares, wages, strikes}; }
  SUBCASE("a cycle of three") { p.doc.attributions = {wages, strikes, fares}; }
  SUBCASE("reversed") { p.doc.attributions = {strikes, wages, fares}; }
  build_claims(p);
  REQUIRE(p.doc.claims.size() == 3);
  CHECK(p.at(p.doc.claims[0].span) == "Fares will rise by 5%");
  CHECK(p.at(p.doc.claims[1].span) == "wages will fall");
  CHECK(p.at(p.doc.claims[2].span) == "strikes will follow");
  for (const sayso::Claim& c : p.doc.claims) {
    REQUIRE(c.attribution.has_value());
    CHECK(p.at(p.doc.attributions[*c.attribution].content.front()) == p.at(c.span));
  }
}

TEST_CASE("claims: the writer's sentences around a report keep their claims in text order") {
  const std::string text =
      "Sales rose 5% in May. The firm said costs will fall by 2% next year. "
      "Profits doubled to $3 million.";
  Prepared p(text);
  // Three sentences, tokenized again.
  const auto second = static_cast<std::uint32_t>(text.find("The firm"));
  const auto third = static_cast<std::uint32_t>(text.find("Profits"));
  p.doc.sentences = {ByteSpan{0, second - 1}, ByteSpan{second, third - 1},
                     ByteSpan{third, static_cast<std::uint32_t>(text.size())}};
  p.analysis.sentence_paragraph.assign(3, 0);
  p.analysis.tokens.clear();
  p.analysis.sentence_first_token.clear();
  sd::Tokenizer{}.run(text, p.doc.sentences, p.analysis.tokens, p.analysis.sentence_first_token);
  sayso::Attribution said =
      reported(text, "said", "say", sayso::CueClass::communication, text.find("costs"));
  // reported() runs the content to the text's end: it ends at its own sentence's period.
  said.content.back().end = static_cast<std::uint32_t>(text.find(". Profits"));
  p.doc.attributions = {said};
  build_claims(p);
  REQUIRE(p.doc.claims.size() == 3);
  CHECK(p.at(p.doc.claims[0].span) == "Sales rose 5% in May");
  CHECK_FALSE(p.doc.claims[0].attribution.has_value());
  CHECK(p.at(p.doc.claims[1].span) == "costs will fall by 2% next year");
  CHECK(p.doc.claims[1].attribution == std::optional<sayso::Index>(0));
  CHECK(p.at(p.doc.claims[2].span) == "Profits doubled to $3 million");
  CHECK_FALSE(p.doc.claims[2].attribution.has_value());
}
