// The sayso JSON output (shared spec output.md, schema version 1): one writer per
// record type, all writing through JsonOut with offsets converted by one OffsetMap.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/json_out.hpp"
#include "json/names.hpp"
#include "json/offset_map.hpp"
#include "json/sha256.hpp"
#include "json/text_escapes.hpp"
#include "sayso/json.hpp"
#include "sayso/version.hpp"

namespace sayso {
inline namespace v0 {
namespace detail {
namespace {

// Code points of context in a claim span's `prefix` and `suffix`.
constexpr std::uint32_t context_code_points = 32;

// The longest text 32-bit offsets can address (sayso::max_supported_input_bytes - 1).
constexpr std::size_t max_span_offset = 0xFFFFFFFEu;

// What every record writer needs: the emitter, the text, its offset map and where
// its characters that need escaping are.
struct Context {
  JsonOut& json;
  std::string_view text;
  const OffsetMap& map;
  const TextEscapes& escapes;
};

struct Snapped {
  UnitPos start;
  UnitPos end;
};

Snapped snap(const Context& c, ByteSpan span) {
  const UnitPos start = c.map.floor(span.start);
  const UnitPos end = c.map.ceil(span.end < span.start ? span.start : span.end);
  return {start, end.byte < start.byte ? start : end};
}

// The text of a snapped span, as a JSON string.
void write_text_of(const Context& c, Snapped s) {
  c.json.text_string(c.escapes, s.start.byte, s.end.byte);
}

void write_span_fields(const Context& c, Snapped s) {
  c.json.key("start");
  c.json.number(std::uint64_t{s.start.unit});
  c.json.key("end");
  c.json.number(std::uint64_t{s.end.unit});
  c.json.key("text");
  write_text_of(c, s);
}

void write_span(const Context& c, ByteSpan span) {
  c.json.begin_object();
  write_span_fields(c, snap(c, span));
  c.json.end_object();
}

void write_spans(const Context& c, const std::vector<ByteSpan>& spans) {
  c.json.begin_array();
  for (const ByteSpan& s : spans) write_span(c, s);
  c.json.end_array();
}

// A claim's span: a TextPositionSelector and a TextQuoteSelector in one.
void write_claim_span(const Context& c, Snapped s) {
  c.json.begin_object();
  write_span_fields(c, s);
  c.json.key("prefix");
  c.json.text_string(c.escapes, c.map.chars_before(s.start.byte, context_code_points),
                     s.start.byte);
  c.json.key("suffix");
  c.json.text_string(c.escapes, s.end.byte, c.map.chars_after(s.end.byte, context_code_points));
  c.json.end_object();
}

void write_ids(const Context& c, char prefix, const std::vector<Index>& ids) {
  c.json.begin_array();
  for (const Index i : ids) c.json.id(prefix, i);
  c.json.end_array();
}

void write_strings(const Context& c, const std::vector<std::string>& strings) {
  c.json.begin_array();
  for (const std::string& s : strings) c.json.string(s);
  c.json.end_array();
}

template <class Record, class Writer>
void write_records(const Context& c, std::string_view key, const std::vector<Record>& records,
                   Writer write_one) {
  c.json.key(key);
  c.json.begin_array();
  for (std::size_t i = 0; i < records.size(); ++i) {
    write_one(c, static_cast<Index>(i), records[i]);
  }
  c.json.end_array();
}

void write_warnings(const Context& c, const std::vector<Warning>& warnings) {
  c.json.begin_array();
  for (const Warning& w : warnings) {
    c.json.begin_object();
    c.json.key("code");
    c.json.string(w.code);
    c.json.key("message");
    c.json.string(w.message);
    c.json.end_object();
  }
  c.json.end_array();
}

// `textLength` and `textSha256`: what the offsets and the text can be checked against.
void write_text_facts(const Context& c) {
  c.json.key("textLength");
  c.json.number(std::uint64_t{c.map.length()});
  c.json.key("textSha256");
  c.json.string(sha256_hex(c.text));
}

void write_document(const Context& c, const Document& doc, const DocumentInfo& info,
                    OffsetUnit unit) {
  JsonOut& j = c.json;
  j.key("document");
  j.begin_object();
  j.key("id");
  j.string_or_null(info.id);
  j.key("offsetUnit");
  j.string(to_string(unit));
  write_text_facts(c);
  j.key("inLanguage");
  j.string("en");
  j.key("url");
  j.string_or_null(info.url);
  j.key("headline");
  j.string_or_null(info.headline);
  j.key("datePublished");
  j.string_or_null(info.date_published);
  j.key("warnings");
  write_warnings(c, doc.warnings);
  j.end_object();
}

void write_extractor(const Context& c) {
  c.json.key("extractor");
  c.json.begin_object();
  c.json.key("name");
  c.json.string("sayso");
  c.json.key("version");
  c.json.string(version);
  c.json.end_object();
}

void write_segments(const Context& c, const Document& doc) {
  c.json.key("paragraphs");
  write_spans(c, doc.paragraphs);
  c.json.key("sentences");
  write_spans(c, doc.sentences);
}

void write_quotation(const Context& c, Index i, const Quotation& q) {
  JsonOut& j = c.json;
  j.begin_object();
  j.key("id");
  j.id('q', i);
  j.key("span");
  write_span(c, q.span);
  j.key("content");
  write_span(c, q.content);
  j.key("marks");
  j.name(json_name(q.marks));
  j.key("role");
  j.name(json_name(q.role));
  j.key("open");
  j.boolean(q.open);
  j.key("attributionId");
  j.id('a', q.attribution);
  j.end_object();
}

void write_entity(const Context& c, Index i, const Entity& e) {
  JsonOut& j = c.json;
  j.begin_object();
  j.key("id");
  j.id('e', i);
  j.key("type");
  j.name(json_name(e.type));
  j.key("name");
  j.string(e.name);
  j.key("alternateName");
  write_strings(c, e.alternate_names);
  j.key("descriptors");
  write_strings(c, e.descriptors);
  j.key("mentionIds");
  write_ids(c, 'm', e.mentions);
  j.end_object();
}

void write_mention(const Context& c, Index i, const Mention& m) {
  JsonOut& j = c.json;
  j.begin_object();
  j.key("id");
  j.id('m', i);
  j.key("entityId");
  j.id('e', m.entity);
  j.key("mentionType");
  j.name(json_name(m.type));
  j.key("span");
  write_span(c, m.span);
  j.end_object();
}

void write_source(const Context& c, const std::optional<Source>& source) {
  if (!source) {
    c.json.null();
    return;
  }
  c.json.begin_object();
  c.json.key("entityId");
  c.json.id('e', source->entity);
  c.json.key("mentionIds");
  write_ids(c, 'm', source->mentions);
  c.json.end_object();
}

void write_cue(const Context& c, const std::optional<Cue>& cue) {
  if (!cue) {
    c.json.null();
    return;
  }
  c.json.begin_object();
  c.json.key("span");
  write_span(c, cue->span);
  c.json.key("lemma");
  c.json.string(cue->lemma);
  c.json.key("cueClass");
  c.json.name(json_name(cue->cue_class));
  c.json.end_object();
}

void write_addressee(const Context& c, const std::optional<Addressee>& addressee) {
  if (!addressee) {
    c.json.null();
    return;
  }
  c.json.begin_object();
  c.json.key("span");
  write_span(c, addressee->span);
  c.json.key("entityId");
  c.json.id('e', addressee->entity);
  c.json.end_object();
}

void write_sentence_range(const Context& c, const Attribution& a) {
  c.json.begin_array();
  c.json.number(std::uint64_t{a.first_sentence});
  c.json.number(std::uint64_t{a.last_sentence});
  c.json.end_array();
}

// `content` ({"spans": [...]}) and `quoted` ([...]).
void write_reported_words(const Context& c, const Attribution& a) {
  c.json.key("content");
  c.json.begin_object();
  c.json.key("spans");
  write_spans(c, a.content);
  c.json.end_object();
  c.json.key("quoted");
  write_spans(c, a.quoted);
}

void write_attribution(const Context& c, Index i, const Attribution& a) {
  JsonOut& j = c.json;
  j.begin_object();
  j.key("id");
  j.id('a', i);
  j.key("kind");
  j.name(json_name(a.kind));
  j.key("quoteMarks");
  j.boolean(a.quote_marks);
  j.key("source");
  write_source(c, a.source);
  j.key("cue");
  write_cue(c, a.cue);
  j.key("addressee");
  write_addressee(c, a.addressee);
  write_reported_words(c, a);
  j.key("parentId");
  j.id('a', a.parent);
  j.key("sentences");
  write_sentence_range(c, a);
  j.key("confidence");
  j.number(a.confidence);
  j.key("ruleId");
  j.string(a.rule_id);
  j.end_object();
}

void write_negation(const Context& c, const Negation& n) {
  c.json.begin_object();
  c.json.key("span");
  write_span(c, n.span);
  c.json.key("cue");
  c.json.string(n.cue);
  c.json.end_object();
}

void write_hedge(const Context& c, const Hedge& h) {
  c.json.begin_object();
  c.json.key("span");
  write_span(c, h.span);
  c.json.key("cue");
  c.json.string(h.cue);
  c.json.key("category");
  c.json.name(json_name(h.category));
  c.json.end_object();
}

void write_quantity(const Context& c, const Quantity& q) {
  JsonOut& j = c.json;
  j.begin_object();
  j.key("span");
  write_span(c, q.span);
  j.key("value");
  j.number(q.value);
  j.key("low");
  j.number(q.low);
  j.key("high");
  j.number(q.high);
  j.key("relation");
  j.name(json_name(q.relation));
  j.key("approximator");
  j.string_or_null(q.approximator);
  j.key("unit");
  j.string_or_null(q.unit);
  j.key("measured");
  j.string_or_null(q.measured);
  j.end_object();
}

void write_time(const Context& c, const TimeExpression& t) {
  c.json.begin_object();
  c.json.key("span");
  write_span(c, t.span);
  c.json.key("type");
  c.json.name(json_name(t.type));
  c.json.key("value");
  c.json.string_or_null(t.value);
  c.json.end_object();
}

template <class Part, class Writer>
void write_parts(const Context& c, std::string_view key, const std::vector<Part>& parts,
                 Writer write_one) {
  c.json.key(key);
  c.json.begin_array();
  for (const Part& p : parts) write_one(c, p);
  c.json.end_array();
}

void write_claim_analysis(const Context& c, const Claim& claim) {
  write_parts(c, "negations", claim.negations, write_negation);
  write_parts(c, "hedges", claim.hedges, write_hedge);
  write_parts(c, "quantities", claim.quantities, write_quantity);
  write_parts(c, "times", claim.times, write_time);
}

void write_claim(const Context& c, Index i, const Claim& claim) {
  JsonOut& j = c.json;
  const Snapped span = snap(c, claim.span);
  j.begin_object();
  j.key("id");
  j.id('c', i);
  j.key("attributionId");
  j.id('a', claim.attribution);
  j.key("text");
  write_text_of(c, span);
  j.key("span");
  write_claim_span(c, span);
  j.key("claimType");
  j.name(json_name(claim.type));
  j.key("polarity");
  j.name(json_name(claim.polarity));
  write_claim_analysis(c, claim);
  j.key("about");
  write_ids(c, 'e', claim.about);
  j.key("confidence");
  j.number(claim.confidence);
  j.key("ruleId");
  j.string(claim.rule_id);
  j.end_object();
}

void write_analysis(const Context& c, const Document& doc) {
  write_records(c, "quotations", doc.quotations, write_quotation);
  write_records(c, "entities", doc.entities, write_entity);
  write_records(c, "mentions", doc.mentions, write_mention);
  write_records(c, "attributions", doc.attributions, write_attribution);
  write_records(c, "claims", doc.claims, write_claim);
}

// A generous guess at the output size, so that the string is allocated once (room
// reserved but never written is not touched).
std::size_t estimated_size(std::string_view text, const Document& doc) {
  const std::size_t records = doc.paragraphs.size() + doc.sentences.size() +
                              doc.quotations.size() + doc.entities.size() +
                              doc.mentions.size() + doc.attributions.size() + doc.claims.size();
  constexpr std::size_t per_text_byte = 8;
  constexpr std::size_t per_record = 256;
  constexpr std::size_t fixed = 4096;
  return per_text_byte * text.size() + per_record * records + fixed;
}

// Inputs of 4 GiB or more cannot be addressed by 32-bit spans; such a text is cut
// to what the spans can reach (the Extractor rejects it before this point).
std::string_view addressable(std::string_view text) {
  return text.substr(0, std::min<std::size_t>(text.size(), max_span_offset));
}

}  // namespace
}  // namespace detail

std::string_view to_string(OffsetUnit unit) noexcept {
  switch (unit) {
    case OffsetUnit::codepoint: return "codepoint";
    case OffsetUnit::utf16: return "utf16";
    case OffsetUnit::utf8: return "utf8";
  }
  return "codepoint";
}

Result<OffsetUnit> parse_offset_unit(std::string_view name) {
  if (name == "codepoint") return OffsetUnit::codepoint;
  if (name == "utf16") return OffsetUnit::utf16;
  if (name == "utf8") return OffsetUnit::utf8;
  return Error{ErrorCode::invalid_argument,
               "unknown offset unit '" + std::string(name) +
                   "'; expected codepoint, utf16 or utf8"};
}

void write_json(std::string& out, std::string_view text, const Document& doc,
                const DocumentInfo& info, const JsonOptions& options) {
  text = detail::addressable(text);
  const detail::OffsetMap map(text, options.offsets);
  const detail::TextEscapes escapes(text);
  detail::JsonOut json(out, options.pretty);
  json.reserve(detail::estimated_size(text, doc));
  const detail::Context c{json, text, map, escapes};
  json.begin_object();
  json.key("schemaVersion");
  json.string(schema_version);
  detail::write_document(c, doc, info, options.offsets);
  detail::write_extractor(c);
  detail::write_segments(c, doc);
  detail::write_analysis(c, doc);
  json.end_object();
}

void write_segments_json(std::string& out, std::string_view text, const Document& doc,
                         const DocumentInfo& info, const JsonOptions& options) {
  text = detail::addressable(text);
  const detail::OffsetMap map(text, options.offsets);
  const detail::TextEscapes escapes(text);
  detail::JsonOut json(out, options.pretty);
  const detail::Context c{json, text, map, escapes};
  json.begin_object();
  detail::write_document(c, doc, info, options.offsets);
  detail::write_segments(c, doc);
  json.end_object();
}

void write_error_json(std::string& out, std::string_view id, std::size_t line,
                      const Error& error, const JsonOptions& options) {
  detail::JsonOut json(out, options.pretty);
  json.begin_object();
  json.key("document");
  json.begin_object();
  json.key("id");
  json.string_or_null(id);
  if (line != 0) {
    json.key("line");
    json.number(std::uint64_t{line});
  }
  json.end_object();
  json.key("error");
  json.begin_object();
  json.key("code");
  json.string(to_string(error.code));
  json.key("message");
  json.string(error.message);
  json.end_object();
  json.end_object();
}

std::string to_json(std::string_view text, const Document& doc, const DocumentInfo& info,
                    const JsonOptions& options) {
  std::string out;
  write_json(out, text, doc, info, options);
  return out;
}

}  // namespace v0
}  // namespace sayso
