/// @file document.hpp
/// The result of analysing one text: paragraphs, sentences, quotations, entities,
/// mentions, attributions and claims. The types mirror the JSON output format
/// (shared spec `output.md`, schema version 1) one to one; JSON field names are given
/// beside each member.
///
/// Identifiers: every record is referred to by its index in the Document's vector of
/// that kind (the JSON writer prints index 0 of `quotations` as "q1", of `entities` as
/// "e1", of `mentions` as "m1", of `attributions` as "a1", of `claims` as "c1").
/// Offsets are UTF-8 byte offsets (ByteSpan) into the exact input text; the JSON writer
/// converts them to code points or UTF-16 units on request.
///
/// Lifetime: a Document owns its records but not the text; spans are only meaningful
/// together with the text it was made from. Thread safety: a plain value type.
#ifndef SAYSO_DOCUMENT_HPP
#define SAYSO_DOCUMENT_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sayso/export.hpp"
#include "sayso/span.hpp"

namespace sayso {
inline namespace v0 {

/// Index of a record in its Document vector.
using Index = std::uint32_t;

/// Which pair of marks encloses a quotation (JSON `marks`).
enum class QuoteMarks : std::uint8_t {
  double_quote,  ///< "..." or “...” (JSON "double").
  single_quote,  ///< '...' or ‘...’ (JSON "single").
  guillemet,     ///< «...» or ‹...› (JSON "guillemet").
  low9,          ///< „...“ or ‚...‘ (JSON "low9").
  corner,        ///< 「...」 or 『...』 (JSON "corner").
  none,          ///< Verbatim text shown without marks, e.g. an embedded post (JSON "none").
};

/// What a quotation is used for (JSON `role`).
enum class QuoteRole : std::uint8_t {
  speech,    ///< Someone's words.
  scare,     ///< Scare quotes: a word the writer distances themselves from.
  title,     ///< The title of a work.
  nickname,  ///< A nickname inside a name.
  unknown,   ///< Not decided.
};

/// One pair of quotation marks (JSON `quotations[]`).
struct Quotation {
  ByteSpan span;                       ///< Marks included (JSON `span`).
  ByteSpan content;                    ///< Inside the marks (JSON `content`).
  QuoteMarks marks = QuoteMarks::double_quote;  ///< JSON `marks`.
  QuoteRole role = QuoteRole::unknown;          ///< JSON `role`.
  bool open = false;                   ///< Runs on past a paragraph end (JSON `open`).
  std::optional<Index> parent;         ///< The quotation this one is nested in.
  std::optional<Index> attribution;    ///< JSON `attributionId`.
};

/// The kind of thing an entity is (JSON `type`).
enum class EntityType : std::uint8_t {
  person,        ///< JSON "Person".
  organization,  ///< JSON "Organization".
  group,         ///< JSON "Group" (officials, analysts, campaigners).
  unknown,       ///< JSON "Unknown".
};

/// A person, organisation or group that speaks or is spoken of (JSON `entities[]`).
struct Entity {
  EntityType type = EntityType::unknown;  ///< JSON `type`.
  std::string name;                       ///< Fullest form seen (JSON `name`).
  std::vector<std::string> alternate_names;  ///< Other names and spellings (JSON `alternateName`).
  std::vector<std::string> descriptors;   ///< Appositions and descriptions (JSON `descriptors`).
  std::vector<Index> mentions;            ///< Its mentions, in text order (JSON `mentionIds`).
};

/// How a mention refers to its entity (JSON `mentionType`).
enum class MentionType : std::uint8_t {
  name,     ///< A proper name, with or without title.
  nominal,  ///< A description: "the minister", "a spokeswoman for the agency".
  pronoun,  ///< he, she, they, it, ...
  handle,   ///< A social-media handle such as "@name".
};

/// One place in the text that refers to an entity (JSON `mentions[]`).
struct Mention {
  Index entity = 0;                         ///< JSON `entityId`.
  MentionType type = MentionType::name;     ///< JSON `mentionType`.
  ByteSpan span;                            ///< JSON `span`.
};

/// Whether an attribution's content is quoted, reported, or both (JSON `kind`).
enum class AttributionKind : std::uint8_t {
  direct,    ///< All of the content is the speaker's own words.
  mixed,     ///< Reported speech carrying quoted fragments.
  indirect,  ///< Reported speech, nothing quoted.
};

/// The class of a cue (JSON `cueClass`).
enum class CueClass : std::uint8_t {
  communication,  ///< say, tell, announce, warn, ...
  epistemic,      ///< believe, estimate, think, ...
  documentary,    ///< a report, study or filing shows/finds/states.
  according_to,   ///< "according to X" (JSON "accordingTo").
  post,           ///< post, tweet, write online.
};

/// Who an attribution is by (JSON `source`).
struct Source {
  Index entity = 0;               ///< JSON `entityId`.
  std::vector<Index> mentions;    ///< The mentions naming the source here (JSON `mentionIds`).
};

/// The words that introduce an attribution (JSON `cue`).
struct Cue {
  ByteSpan span;                  ///< E.g. "has informed" (JSON `span`).
  std::string lemma;              ///< E.g. "inform" (JSON `lemma`).
  CueClass cue_class = CueClass::communication;  ///< JSON `cueClass`.
};

/// Who was addressed (JSON `addressee`).
struct Addressee {
  ByteSpan span;                  ///< E.g. "reporters in the capital" (JSON `span`).
  std::optional<Index> entity;    ///< JSON `entityId`.
};

/// Who said what: a PARC-style source, cue and content (JSON `attributions[]`).
struct Attribution {
  AttributionKind kind = AttributionKind::direct;  ///< JSON `kind`.
  bool quote_marks = true;                ///< False for verbatim words without marks (JSON `quoteMarks`).
  std::optional<Source> source;           ///< Absent when no speaker is found (JSON null).
  std::optional<Cue> cue;                 ///< Absent when none is written (JSON null).
  std::optional<Addressee> addressee;     ///< JSON `addressee`.
  std::vector<ByteSpan> content;          ///< The reported words (JSON `content.spans`).
  std::vector<ByteSpan> quoted;           ///< The parts of content inside quotation marks.
  std::optional<Index> parent;            ///< Enclosing attribution (JSON `parentId`).
  Index first_sentence = 0;               ///< JSON `sentences[0]`.
  Index last_sentence = 0;                ///< JSON `sentences[1]`.
  float confidence = 0.0F;                ///< In [0, 1].
  std::string_view rule_id;               ///< Rule that made it; points to static storage.
};

/// The type of a claim (JSON `claimType`).
enum class ClaimType : std::uint8_t {
  quantity,               ///< JSON "quantity".
  prediction,             ///< JSON "prediction".
  correlation_causation,  ///< JSON "correlationCausation".
  comparison,             ///< JSON "comparison".
  laws_rules,             ///< JSON "lawsRules".
  personal_experience,    ///< JSON "personalExperience".
  other,                  ///< JSON "other".
};

/// A negation cue in a claim (JSON `negations[]`).
struct Negation {
  ByteSpan span;     ///< JSON `span`.
  std::string cue;   ///< Normalised cue, e.g. "not" (JSON `cue`).
};

/// The category of a hedge (JSON `category`).
enum class HedgeCategory : std::uint8_t {
  epistemic_verb,      ///< believe, suggest (JSON "epistemicVerb").
  modal,               ///< may, might, could, would (JSON "modal").
  epistemic_adverb,    ///< reportedly, allegedly (JSON "epistemicAdverb").
  approximator,        ///< some, around, about (JSON "approximator").
  attribution_shield,  ///< according to, is believed to (JSON "attributionShield").
};

/// A hedge cue in a claim (JSON `hedges[]`).
struct Hedge {
  ByteSpan span;                                     ///< JSON `span`.
  std::string cue;                                   ///< Normalised cue (JSON `cue`).
  HedgeCategory category = HedgeCategory::modal;     ///< JSON `category`.
};

/// How a quantity's value relates to the true figure (JSON `relation`).
enum class Relation : std::uint8_t { eq, approx, gt, gte, lt, lte, range };

/// A figure in a claim (JSON `quantities[]`).
struct Quantity {
  ByteSpan span;                    ///< JSON `span`.
  std::optional<double> value;      ///< JSON `value`.
  std::optional<double> low;        ///< Range low end (JSON `low`).
  std::optional<double> high;       ///< Range high end (JSON `high`).
  Relation relation = Relation::eq; ///< JSON `relation`.
  std::string approximator;         ///< E.g. "around"; empty for none (JSON null).
  std::string unit;                 ///< E.g. "%", "USD", "people"; empty for none (JSON null).
  std::string measured;             ///< The counted noun, e.g. "soldiers"; empty for none.
};

/// The kind of a time expression (JSON `type`).
enum class TimeType : std::uint8_t { date, duration, relative };

/// A time expression in a claim (JSON `times[]`).
struct TimeExpression {
  ByteSpan span;                    ///< JSON `span`.
  TimeType type = TimeType::date;   ///< JSON `type`.
  std::string value;                ///< ISO 8601 where complete, else empty (JSON null).
};

/// Whether a claim is asserted or denied (JSON `polarity`).
enum class Polarity : std::uint8_t { positive, negative };

/// One checkable proposition (JSON `claims[]`).
struct Claim {
  std::optional<Index> attribution;        ///< JSON `attributionId`; absent: the writer's own.
  ByteSpan span;                           ///< JSON `span` (and `text`).
  ClaimType type = ClaimType::other;       ///< JSON `claimType`.
  Polarity polarity = Polarity::positive;  ///< JSON `polarity`.
  std::vector<Negation> negations;         ///< JSON `negations`.
  std::vector<Hedge> hedges;               ///< JSON `hedges`.
  std::vector<Quantity> quantities;        ///< JSON `quantities`.
  std::vector<TimeExpression> times;       ///< JSON `times`.
  std::vector<Index> about;                ///< Entities the claim speaks of (JSON `about`).
  float confidence = 0.0F;                 ///< In [0, 1].
  std::string_view rule_id;                ///< Rule that made it; points to static storage.
};

/// A problem with the input that did not stop the analysis (JSON `document.warnings`).
struct Warning {
  std::string code;     ///< E.g. "invalid_utf8".
  std::string message;  ///< One line, in English.
};

/// Everything sayso found in one text. Vectors are in text order.
///
/// Reuse one Document across calls of Extractor::extract_into() to keep its memory: the
/// vectors keep their capacity, and the lists of its records (a claim's hedges, an
/// entity's mentions, ...) lend their buffers to the next call's records on the thread.
struct Document {
  std::vector<ByteSpan> paragraphs;        ///< JSON `paragraphs`.
  std::vector<ByteSpan> sentences;         ///< JSON `sentences`.
  std::vector<Quotation> quotations;       ///< JSON `quotations`.
  std::vector<Entity> entities;            ///< JSON `entities`.
  std::vector<Mention> mentions;           ///< JSON `mentions`.
  std::vector<Attribution> attributions;   ///< JSON `attributions`.
  std::vector<Claim> claims;               ///< JSON `claims`.
  std::vector<Warning> warnings;           ///< JSON `document.warnings`.

  /// Empties every vector, keeping their capacity.
  SAYSO_EXPORT void clear() noexcept;
};

}  // namespace v0
}  // namespace sayso

#endif  // SAYSO_DOCUMENT_HPP
