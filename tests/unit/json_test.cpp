// JSON output (include/sayso/json.hpp, shared spec output.md): field names, ids and
// enum spellings, offsets in every unit, escaping of every byte, SHA-256, errors.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "json/json_out.hpp"
#include "json/offset_map.hpp"
#include "json/sha256.hpp"
#include "json/text_escapes.hpp"
#include "sayso/extractor.hpp"
#include "sayso/json.hpp"
#include "sayso/version.hpp"
#include "text/utf8.hpp"

namespace {

using nlohmann::json;

// Reference conversions, written independently of the library: the offset in `unit`
// of byte `byte` of valid UTF-8 `text`.
std::size_t reference_offset(std::string_view text, std::size_t byte, sayso::OffsetUnit unit) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < byte; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (unit == sayso::OffsetUnit::utf8) {
      ++units;
    } else if ((c & 0xC0U) != 0x80U) {
      units += (unit == sayso::OffsetUnit::utf16 && c >= 0xF0U) ? 2 : 1;
    }
  }
  return units;
}

std::set<std::string> keys_of(const json& object) {
  std::set<std::string> keys;
  for (const auto& item : object.items()) keys.insert(item.key());
  return keys;
}

sayso::ByteSpan span_of(std::string_view text, std::string_view part, std::size_t from = 0) {
  const std::size_t at = text.find(part, from);
  REQUIRE(at != std::string_view::npos);
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + part.size())};
}

// A text with two-, three- and four-byte characters (é, curly quotes, an emoji).
constexpr std::string_view sample_text =
    "Caf\xC3\xA9 owner Ana Lima said: \xE2\x80\x9CWe sold 1,850 cups \xF0\x9F\x98\x80 "
    "last week.\xE2\x80\x9D\nShe may not expand, she added.";

// A Document with one record of every kind, built by hand against sample_text.
sayso::Document sample_document() {
  const std::string_view t = sample_text;
  sayso::Document doc;
  const std::size_t newline = t.find('\n');
  doc.paragraphs = {{0, static_cast<std::uint32_t>(newline)},
                    {static_cast<std::uint32_t>(newline + 1), static_cast<std::uint32_t>(t.size())}};
  doc.sentences = doc.paragraphs;
  sayso::Quotation q;
  q.span = span_of(t, "\xE2\x80\x9CWe sold 1,850 cups \xF0\x9F\x98\x80 last week.\xE2\x80\x9D");
  q.content = span_of(t, "We sold 1,850 cups \xF0\x9F\x98\x80 last week.");
  q.role = sayso::QuoteRole::speech;
  q.attribution = 0;
  doc.quotations.push_back(q);
  sayso::Entity e;
  e.type = sayso::EntityType::person;
  e.name = "Ana Lima";
  e.alternate_names = {"Lima"};
  e.descriptors = {"Caf\xC3\xA9 owner"};
  e.mentions = {0, 1};
  doc.entities.push_back(e);
  doc.mentions.push_back({0, sayso::MentionType::name, span_of(t, "Ana Lima")});
  doc.mentions.push_back({0, sayso::MentionType::pronoun, span_of(t, "she", newline)});
  sayso::Attribution a;
  a.kind = sayso::AttributionKind::direct;
  a.source = sayso::Source{0, {0}};
  a.cue = sayso::Cue{span_of(t, "said"), "say", sayso::CueClass::according_to};
  a.content = {q.content};
  a.quoted = {q.content};
  a.confidence = 0.93F;
  a.rule_id = "name-said-colon-quote";
  doc.attributions.push_back(a);
  sayso::Claim c;
  c.attribution = 0;
  c.span = span_of(t, "We sold 1,850 cups");
  c.type = sayso::ClaimType::correlation_causation;
  c.negations.push_back({span_of(t, "not"), "not"});
  c.hedges.push_back({span_of(t, "may"), "may", sayso::HedgeCategory::epistemic_verb});
  sayso::Quantity n;
  n.span = span_of(t, "1,850 cups");
  n.value = 1850.0;
  n.unit = "cups";
  c.quantities.push_back(n);
  c.times.push_back({span_of(t, "last week"), sayso::TimeType::relative, ""});
  c.about = {0};
  c.confidence = 0.5F;
  c.rule_id = "quantity";
  doc.claims.push_back(c);
  doc.warnings.push_back({"invalid_utf8", "a test warning"});
  return doc;
}

json to_parsed(std::string_view text, const sayso::Document& doc, sayso::OffsetUnit unit,
               bool pretty = false) {
  const sayso::DocumentInfo info{"doc-1", "https://example.com/a", "Cups", "2025-03-01"};
  return json::parse(sayso::to_json(text, doc, info, {unit, pretty}));
}

// Every span object in `value`, wherever it is nested.
void collect_spans(const json& value, std::vector<json>& spans) {
  if (value.is_object() && value.contains("start") && value.contains("end")) {
    spans.push_back(value);
  }
  if (value.is_structured()) {
    for (const auto& item : value) collect_spans(item, spans);
  }
}

std::string slice_codepoints(std::string_view text, std::size_t start, std::size_t end,
                             sayso::OffsetUnit unit) {
  std::size_t b0 = std::string_view::npos;
  std::size_t b1 = std::string_view::npos;
  for (std::size_t b = 0; b <= text.size(); ++b) {
    if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0U) == 0x80U) continue;
    const std::size_t u = reference_offset(text, b, unit);
    if (u == start && b0 == std::string_view::npos) b0 = b;
    if (u == end && b1 == std::string_view::npos) b1 = b;
  }
  REQUIRE(b0 != std::string_view::npos);
  REQUIRE(b1 != std::string_view::npos);
  return std::string(text.substr(b0, b1 - b0));
}

}  // namespace

TEST_CASE("json: sha256 matches the FIPS 180-4 test vectors") {
  using sayso::detail::sha256_hex;
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("json: sha256 gives the same digest however the input is split") {
  const std::string input(200, 'x');
  const std::string whole = sayso::detail::sha256_hex(input);
  for (const std::size_t cut : {0, 1, 55, 56, 63, 64, 65, 128, 199}) {
    sayso::detail::Sha256 hash;
    hash.update(std::string_view(input).substr(0, cut));
    hash.update(std::string_view(input).substr(cut));
    std::string hex;
    for (const auto b : hash.digest()) {
      static constexpr std::string_view digits = "0123456789abcdef";
      hex += digits[b >> 4U];
      hex += digits[b & 0xFU];
    }
    CHECK(hex == whole);
  }
}

TEST_CASE("json: top level and document fields follow the spec") {
  const json j = to_parsed(sample_text, sample_document(), sayso::OffsetUnit::codepoint);
  CHECK(keys_of(j) == std::set<std::string>{"schemaVersion", "document", "extractor",
                                            "paragraphs", "sentences", "quotations", "entities",
                                            "mentions", "attributions", "claims"});
  CHECK(j["schemaVersion"] == "1");
  const json& d = j["document"];
  CHECK(keys_of(d) == std::set<std::string>{"id", "offsetUnit", "textLength", "textSha256",
                                            "inLanguage", "url", "headline", "datePublished",
                                            "warnings"});
  CHECK(d["id"] == "doc-1");
  CHECK(d["offsetUnit"] == "codepoint");
  CHECK(d["textSha256"] == sayso::detail::sha256_hex(sample_text));
  CHECK(d["inLanguage"] == "en");
  CHECK(d["url"] == "https://example.com/a");
  CHECK(d["datePublished"] == "2025-03-01");
  CHECK(d["warnings"][0]["code"] == "invalid_utf8");
  CHECK(j["extractor"]["name"] == "sayso");
  CHECK(j["extractor"]["version"] == std::string(sayso::version));
}

TEST_CASE("json: empty document info is written as null") {
  const sayso::Document doc;
  const json j = json::parse(sayso::to_json("", doc));
  CHECK(j["document"]["id"].is_null());
  CHECK(j["document"]["url"].is_null());
  CHECK(j["document"]["headline"].is_null());
  CHECK(j["document"]["datePublished"].is_null());
  CHECK(j["document"]["warnings"] == json::array());
  CHECK(j["document"]["textLength"] == 0);
  CHECK(j["quotations"] == json::array());
}

TEST_CASE("json: records carry ids, references and enum names as the spec spells them") {
  const json j = to_parsed(sample_text, sample_document(), sayso::OffsetUnit::codepoint);
  const json& q = j["quotations"][0];
  CHECK(keys_of(q) == std::set<std::string>{"id", "span", "content", "marks", "role", "open",
                                            "attributionId"});
  CHECK(q["id"] == "q1");
  CHECK(q["marks"] == "double");
  CHECK(q["role"] == "speech");
  CHECK(q["open"] == false);
  CHECK(q["attributionId"] == "a1");

  const json& e = j["entities"][0];
  CHECK(keys_of(e) == std::set<std::string>{"id", "type", "name", "alternateName",
                                            "descriptors", "mentionIds"});
  CHECK(e["type"] == "Person");
  CHECK(e["mentionIds"] == json({"m1", "m2"}));
  CHECK(e["descriptors"][0] == "Caf\xC3\xA9 owner");

  const json& m = j["mentions"][1];
  CHECK(keys_of(m) == std::set<std::string>{"id", "entityId", "mentionType", "span"});
  CHECK(m["id"] == "m2");
  CHECK(m["entityId"] == "e1");
  CHECK(m["mentionType"] == "pronoun");
  CHECK(m["span"]["text"] == "she");

  const json& a = j["attributions"][0];
  CHECK(keys_of(a) == std::set<std::string>{"id", "kind", "quoteMarks", "source", "cue",
                                            "addressee", "content", "quoted", "parentId",
                                            "sentences", "confidence", "ruleId"});
  CHECK(a["source"] == json({{"entityId", "e1"}, {"mentionIds", {"m1"}}}));
  CHECK(a["cue"]["lemma"] == "say");
  CHECK(a["cue"]["cueClass"] == "accordingTo");
  CHECK(a["cue"]["span"]["text"] == "said");
  CHECK(a["addressee"].is_null());
  CHECK(a["parentId"].is_null());
  CHECK(a["sentences"] == json({0, 0}));
  CHECK(a["content"]["spans"][0]["text"] == "We sold 1,850 cups \xF0\x9F\x98\x80 last week.");
  CHECK(a["quoted"].size() == 1);
  CHECK(a["confidence"].get<double>() == doctest::Approx(0.93));
  CHECK(a["ruleId"] == "name-said-colon-quote");
}

TEST_CASE("json: claims carry text, selectors, parts and numbers") {
  const sayso::Document doc = sample_document();
  const std::string raw = sayso::to_json(sample_text, doc, {}, {});
  const json c = json::parse(raw)["claims"][0];
  CHECK(keys_of(c) == std::set<std::string>{"id", "attributionId", "text", "span", "claimType",
                                            "polarity", "negations", "hedges", "quantities",
                                            "times", "about", "confidence", "ruleId"});
  CHECK(c["id"] == "c1");
  CHECK(c["attributionId"] == "a1");
  CHECK(c["text"] == "We sold 1,850 cups");
  CHECK(c["span"]["text"] == c["text"]);
  CHECK(c["span"]["prefix"] == "Caf\xC3\xA9 owner Ana Lima said: \xE2\x80\x9C");
  CHECK(c["span"]["suffix"] == " \xF0\x9F\x98\x80 last week.\xE2\x80\x9D\nShe may not expan");
  CHECK(c["claimType"] == "correlationCausation");
  CHECK(c["polarity"] == "positive");
  CHECK(c["negations"][0]["cue"] == "not");
  CHECK(c["hedges"][0]["category"] == "epistemicVerb");
  const json& n = c["quantities"][0];
  CHECK(n["value"].is_number_integer());
  CHECK(n["value"] == 1850);
  CHECK(raw.find("\"value\":1850,") != std::string::npos);
  CHECK(n["low"].is_null());
  CHECK(n["relation"] == "eq");
  CHECK(n["approximator"].is_null());
  CHECK(n["unit"] == "cups");
  CHECK(n["measured"].is_null());
  CHECK(c["times"][0]["type"] == "relative");
  CHECK(c["times"][0]["value"].is_null());
  CHECK(c["about"] == json({"e1"}));
}

TEST_CASE("json: fractional and huge numbers round-trip; non-finite ones are null") {
  sayso::Document doc;
  sayso::Claim claim;
  claim.span = {0, 4};
  sayso::Quantity q;
  q.value = 0.1;
  q.low = 1.5e300;
  q.high = std::numeric_limits<double>::infinity();
  claim.quantities.push_back(q);
  doc.claims.push_back(claim);
  const json n = json::parse(sayso::to_json("text", doc))["claims"][0]["quantities"][0];
  CHECK(n["value"].get<double>() == 0.1);
  CHECK(n["low"].get<double>() == 1.5e300);
  CHECK(n["high"].is_null());
}

TEST_CASE("json: offsets in every unit point at the same text") {
  const sayso::Document doc = sample_document();
  for (const auto unit : {sayso::OffsetUnit::codepoint, sayso::OffsetUnit::utf16,
                          sayso::OffsetUnit::utf8}) {
    CAPTURE(sayso::to_string(unit));
    const json j = to_parsed(sample_text, doc, unit);
    CHECK(j["document"]["offsetUnit"] == std::string(sayso::to_string(unit)));
    CHECK(j["document"]["textLength"] == reference_offset(sample_text, sample_text.size(), unit));
    std::vector<json> spans;
    collect_spans(j, spans);
    CHECK(spans.size() == 16);
    for (const json& s : spans) {
      CHECK(slice_codepoints(sample_text, s["start"], s["end"], unit) == s["text"]);
    }
  }
}

TEST_CASE("json: the emoji counts one code point, two UTF-16 units and four bytes") {
  const std::string text = "a\xF0\x9F\x98\x80z";
  sayso::Document doc;
  doc.sentences.push_back({5, 6});
  const auto end_of = [&](sayso::OffsetUnit unit) {
    return json::parse(sayso::to_json(text, doc, {}, {unit, false}))["sentences"][0]["start"];
  };
  CHECK(end_of(sayso::OffsetUnit::codepoint) == 2);
  CHECK(end_of(sayso::OffsetUnit::utf16) == 3);
  CHECK(end_of(sayso::OffsetUnit::utf8) == 5);
}

TEST_CASE("json: a span boundary inside a character snaps outward") {
  const std::string text = "x\xE2\x80\x9Cy\xE2\x80\x9D";  // x“y”
  sayso::Document doc;
  doc.sentences.push_back({2, 6});  // starts and ends inside the curly quotes
  const json s = json::parse(sayso::to_json(text, doc, {}, {sayso::OffsetUnit::codepoint}))["sentences"][0];
  CHECK(s["start"] == 1);
  CHECK(s["end"] == 4);
  CHECK(s["text"] == "\xE2\x80\x9Cy\xE2\x80\x9D");
}

TEST_CASE("json: spans past the end of the text are clamped") {
  sayso::Document doc;
  doc.sentences.push_back({2, 90});
  doc.paragraphs.push_back({9, 3});
  const json j = json::parse(sayso::to_json("abcd", doc));
  CHECK(j["sentences"][0] == json({{"start", 2}, {"end", 4}, {"text", "cd"}}));
  CHECK(j["paragraphs"][0] == json({{"start", 4}, {"end", 4}, {"text", ""}}));
}

TEST_CASE("json: the offset map agrees with a rescan at every byte of a long text") {
  std::string text;
  const std::vector<std::string> pieces{"ab", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xFF", " "};
  for (std::size_t i = 0; i < 300; ++i) text += pieces[(i * 7 + i / 3) % pieces.size()];
  for (const auto unit : {sayso::OffsetUnit::codepoint, sayso::OffsetUnit::utf16}) {
    const sayso::detail::OffsetMap map(text, unit);
    std::size_t units = 0;
    for (std::size_t b = 0; b <= text.size();) {
      const auto at = map.floor(static_cast<std::uint32_t>(b));
      REQUIRE(at.byte == b);
      REQUIRE(at.unit == units);
      if (b == text.size()) break;
      const auto c = static_cast<unsigned char>(text[b]);
      const std::size_t len = c == 0xFF ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      for (std::size_t k = 1; k < len; ++k) {
        CHECK(map.floor(static_cast<std::uint32_t>(b + k)).byte == b);
        CHECK(map.ceil(static_cast<std::uint32_t>(b + k)).byte == b + len);
      }
      units += (unit == sayso::OffsetUnit::utf16 && len == 4) ? 2 : 1;
      b += len;
    }
    CHECK(map.length() == units);
  }
}

TEST_CASE("json: every byte value is escaped into valid JSON") {
  std::string text;
  for (int b = 0; b < 256; ++b) text += static_cast<char>(b);
  sayso::Document doc;
  doc.paragraphs.push_back({0, 256});
  const std::string raw = sayso::to_json(text, doc, {}, {});
  const json j = json::parse(raw);  // throws on invalid JSON or invalid UTF-8
  const std::string out = j["paragraphs"][0]["text"];
  std::string expected = text.substr(0, 128);
  for (int b = 128; b < 256; ++b) expected += "\xEF\xBF\xBD";
  CHECK(out == expected);
  CHECK(j["document"]["textLength"] == 256);
  CHECK(j["paragraphs"][0]["end"] == 256);
  for (const char c : raw) CHECK(static_cast<unsigned char>(c) >= 0x20);
}

TEST_CASE("json: valid text round-trips exactly, line separators escaped") {
  const std::string text = "q\"b\\s/\n\t\r\b\f\x01\x1F\x7F \xE2\x80\xA8|\xE2\x80\xA9 \xC3\xA9\xF0\x9F\x98\x80";
  sayso::Document doc;
  doc.sentences.push_back({0, static_cast<std::uint32_t>(text.size())});
  const std::string raw = sayso::to_json(text, doc);
  CHECK(raw.find("\\u2028") != std::string::npos);
  CHECK(raw.find("\\u2029") != std::string::npos);
  CHECK(raw.find("\\u0001") != std::string::npos);
  CHECK(json::parse(raw)["sentences"][0]["text"] == text);
}

TEST_CASE("json: pretty output indents by two spaces and holds the same data") {
  const sayso::Document doc = sample_document();
  const std::string pretty = sayso::to_json(sample_text, doc, {}, {sayso::OffsetUnit::utf16, true});
  const std::string compact = sayso::to_json(sample_text, doc, {}, {sayso::OffsetUnit::utf16, false});
  CHECK(pretty.rfind("{\n  \"schemaVersion\": \"1\",\n  \"document\": {\n    \"id\"", 0) == 0);
  CHECK(compact.find('\n') == std::string::npos);
  CHECK(json::parse(pretty) == json::parse(compact));
  CHECK(pretty.find("\"warnings\": [\n      {") != std::string::npos);
  CHECK(pretty.find("\"quoted\": [\n") != std::string::npos);
}

TEST_CASE("json: segment output holds document, paragraphs and sentences only") {
  std::string out;
  sayso::write_segments_json(out, sample_text, sample_document(), {"s1", {}, {}, {}},
                             {sayso::OffsetUnit::utf8, false});
  const json j = json::parse(out);
  CHECK(keys_of(j) == std::set<std::string>{"document", "paragraphs", "sentences"});
  CHECK(j["document"]["id"] == "s1");
  CHECK(j["document"]["offsetUnit"] == "utf8");
  CHECK(j["sentences"].size() == 2);
}

TEST_CASE("json: error records name the document, line, code and message") {
  std::string out;
  sayso::write_error_json(out, "line-7", 7, {sayso::ErrorCode::missing_text, "no \"text\""});
  const json j = json::parse(out);
  CHECK(j == json({{"document", {{"id", "line-7"}, {"line", 7}}},
                   {"error", {{"code", "missing_text"}, {"message", "no \"text\""}}}}));
  out.clear();
  sayso::write_error_json(out, "f.txt", 0, {sayso::ErrorCode::io_error, "cannot read"});
  CHECK_FALSE(json::parse(out)["document"].contains("line"));
}

TEST_CASE("json: offset unit names parse and print") {
  for (const auto unit : {sayso::OffsetUnit::codepoint, sayso::OffsetUnit::utf16,
                          sayso::OffsetUnit::utf8}) {
    const auto parsed = sayso::parse_offset_unit(sayso::to_string(unit));
    REQUIRE(parsed);
    CHECK(*parsed == unit);
  }
  const auto bad = sayso::parse_offset_unit("bytes");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == sayso::ErrorCode::invalid_argument);
}

TEST_CASE("json: extractor output with invalid UTF-8 is valid JSON with a warning") {
  const std::string text = "The mayor said \"we \xFF\xFE will build.\" Then she left.";
  const auto doc = sayso::extract(text);
  REQUIRE(doc);
  const json j = json::parse(sayso::to_json(text, *doc, {"bad", {}, {}, {}}));
  REQUIRE(j["document"]["warnings"].size() == 1);
  CHECK(j["document"]["warnings"][0]["code"] == "invalid_utf8");
  CHECK(j["document"]["textLength"] == 49);
  std::vector<json> spans;
  collect_spans(j, spans);
  for (const json& s : spans) CHECK(s["start"] <= s["end"]);
}

TEST_CASE("json: random bytes and wild spans always give valid JSON with ordered offsets") {
  std::uint32_t seed = 12345;
  const auto next = [&seed] {
    seed = seed * 1664525U + 1013904223U;
    return seed >> 8U;
  };
  const std::vector<std::string_view> alphabet{"a", " ", "\"", "\\", "\n", "\xC3\xA9",
                                               "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xE2\x80\xA8"};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const std::size_t length = next() % 300;
    for (std::size_t i = 0; i < length; ++i) {
      if (next() % 4 == 0) {
        text += static_cast<char>(next() & 0xFFU);  // any byte, often invalid UTF-8
      } else {
        text += alphabet[next() % alphabet.size()];
      }
    }
    sayso::Document doc;
    const auto limit = static_cast<std::uint32_t>(text.size() + 8);
    for (int i = 0; i < 20; ++i) doc.sentences.push_back({next() % limit, next() % limit});
    sayso::Claim claim;
    claim.span = {next() % limit, next() % limit};
    doc.claims.push_back(claim);
    for (const auto unit : {sayso::OffsetUnit::codepoint, sayso::OffsetUnit::utf16,
                            sayso::OffsetUnit::utf8}) {
      const std::string raw = sayso::to_json(text, doc, {}, {unit, round % 2 == 0});
      const json j = json::parse(raw);  // valid JSON and valid UTF-8
      const std::uint64_t text_length = j["document"]["textLength"];
      for (const json& s : j["sentences"]) {
        CHECK(s["start"] <= s["end"]);
        CHECK(s["end"] <= text_length);
      }
      CHECK(j["claims"][0]["span"]["text"] == j["claims"][0]["text"]);
    }
  }
}

namespace {

// A text of every kind of character the escaper treats differently, invalid UTF-8
// included, long enough to cross the emitter's word and chunk boundaries.
std::string mixed_text(std::uint32_t seed, std::size_t pieces) {
  const std::vector<std::string_view> alphabet{
      "plain words ", "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\x01", "\x7F",
      "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xE2\x80\xA8", "\xE2\x80\xA9",
      "\xFF", "\xE2\x80", "\x80", "abc"};
  std::string text;
  for (std::size_t i = 0; i < pieces; ++i) {
    seed = seed * 1664525U + 1013904223U;
    text += alphabet[(seed >> 8U) % alphabet.size()];
  }
  return text;
}

// The JSON string of `s`, escaped one character at a time: the reference the fast
// paths must match byte for byte.
std::string reference_escaped(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\b') {
      out += "\\b";
    } else if (c == '\f') {
      out += "\\f";
    } else if (c < 0x20U) {
      static constexpr std::string_view hex = "0123456789abcdef";
      out += "\\u00";
      out += hex[c >> 4U];
      out += hex[c & 0xFU];
    } else if (c < 0x80U) {
      out += static_cast<char>(c);
    } else {
      const auto cp = sayso::detail::decode_utf8(s, i);
      if (!cp.valid) {
        out += "\xEF\xBF\xBD";
      } else if (cp.value == 0x2028 || cp.value == 0x2029) {
        out += cp.value == 0x2028 ? "\\u2028" : "\\u2029";
      } else {
        out += s.substr(i, cp.length);
      }
      i += cp.length;
      continue;
    }
    ++i;
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("json: strings escape like a one-character-at-a-time reference") {
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    const std::string text = mixed_text(seed, seed * 13);
    std::string out;
    {
      sayso::detail::JsonOut json(out, false);
      json.string(text);
    }
    REQUIRE(out == reference_escaped(text));
  }
}

TEST_CASE("json: a span's text written through the escape index equals its escaped bytes") {
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    const std::string text = mixed_text(seed, 60);
    const sayso::detail::OffsetMap map(text, sayso::OffsetUnit::codepoint);
    const sayso::detail::TextEscapes escapes(text);
    const auto size = static_cast<std::uint32_t>(text.size());
    for (std::uint32_t a = 0; a <= size; a += 3) {
      for (std::uint32_t b = a; b <= size; b += 7) {
        const std::uint32_t start = map.floor(a).byte;
        const std::uint32_t end = map.ceil(b).byte;
        std::string out;
        {
          sayso::detail::JsonOut json(out, false);
          json.text_string(escapes, start, end);
        }
        REQUIRE(out == reference_escaped(std::string_view(text).substr(start, end - start)));
      }
    }
  }
}

TEST_CASE("json: characters before and after a boundary are counted like a decoder") {
  for (std::uint32_t seed = 1; seed <= 8; ++seed) {
    const std::string text = mixed_text(seed, 80);
    const sayso::detail::OffsetMap map(text, sayso::OffsetUnit::utf16);
    for (std::size_t at = 0; at <= text.size();) {
      for (const std::uint32_t count : {0U, 1U, 2U, 7U, 32U, 500U}) {
        std::size_t back = at;
        for (std::uint32_t i = 0; i < count && back > 0; ++i) {
          back -= sayso::detail::decode_utf8_before(text, back).length;
        }
        std::size_t ahead = at;
        for (std::uint32_t i = 0; i < count && ahead < text.size(); ++i) {
          ahead += sayso::detail::decode_utf8(text, ahead).length;
        }
        const auto at32 = static_cast<std::uint32_t>(at);
        REQUIRE(map.chars_before(at32, count) == back);
        REQUIRE(map.chars_after(at32, count) == ahead);
      }
      if (at == text.size()) break;
      at += sayso::detail::decode_utf8(text, at).length;
    }
  }
}

TEST_CASE("json: integers are written in full at every digit count") {
  std::vector<std::uint64_t> values{0, 9, 10, 99, 100, 999, 1000, 65535, 4294967295ULL,
                                    4294967296ULL, 18446744073709551615ULL};
  for (std::uint64_t v = 1; v < 10000000000000000000ULL; v *= 10) values.push_back(v - 1);
  for (const std::uint64_t v : values) {
    std::string out;
    {
      sayso::detail::JsonOut json(out, false);
      json.number(v);
    }
    CHECK(out == std::to_string(v));
  }
}

TEST_CASE("json: writing appends to what the string already holds") {
  const std::string text = mixed_text(3, 400);
  sayso::Document doc;
  for (std::uint32_t at = 0; at + 40 < text.size(); at += 10) doc.sentences.push_back({at, at + 40});
  std::string out = "earlier output\n";
  sayso::write_json(out, text, doc, {});
  const std::string alone = sayso::to_json(text, doc);
  CHECK(alone.size() > 4096);  // grown several times past the first room
  CHECK(out == "earlier output\n" + alone);
  const json parsed = json::parse(alone);
  CHECK(parsed["sentences"].size() == doc.sentences.size());
}
