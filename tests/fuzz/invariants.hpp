// What must hold for the output of sayso on ANY input, shared by the libFuzzer targets
// (tests/fuzz/fuzz_*.cpp) and the adversarial unit tests (tests/unit/adversarial_test.cpp).
//
// Each check returns an empty string when everything holds, else a one-line
// description of the first violation. All checks are linear in the size of the text
// and of the output, so they can run on megabyte inputs.
#ifndef SAYSO_TESTS_FUZZ_INVARIANTS_HPP
#define SAYSO_TESTS_FUZZ_INVARIANTS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sayso/document.hpp"
#include "sayso/json.hpp"
#include "sayso/span.hpp"

namespace sayso_invariants {

using sayso::ByteSpan;
using sayso::Document;
using sayso::Index;

/// Collects the first violation; later ones are ignored.
class Report {
 public:
  /// Records `what` (with the record it concerns) unless a violation is already known.
  void fail(std::string_view what, std::size_t index = 0) {
    if (!first_.empty()) return;
    std::ostringstream s;
    s << what << " (record " << index << ")";
    first_ = s.str();
  }
  [[nodiscard]] bool ok() const { return first_.empty(); }
  [[nodiscard]] const std::string& message() const { return first_; }

 private:
  std::string first_;
};

inline bool in_bounds(ByteSpan s, std::size_t size) { return s.start <= s.end && s.end <= size; }

// Paragraphs in order and disjoint; sentences in order, disjoint, each inside a
// paragraph (a linear two-pointer sweep).
inline void check_segments(std::string_view text, const Document& doc, Report& r) {
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const ByteSpan p = doc.paragraphs[i];
    if (!in_bounds(p, text.size())) r.fail("paragraph out of bounds", i);
    if (p.empty()) r.fail("empty paragraph", i);
    if (i > 0 && p.start < doc.paragraphs[i - 1].end) r.fail("paragraphs overlap or unordered", i);
  }
  std::size_t para = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const ByteSpan s = doc.sentences[i];
    if (!in_bounds(s, text.size())) r.fail("sentence out of bounds", i);
    if (s.empty()) r.fail("empty sentence", i);
    if (i > 0 && s.start < doc.sentences[i - 1].end) r.fail("sentences overlap or unordered", i);
    while (para < doc.paragraphs.size() && doc.paragraphs[para].end < s.end) ++para;
    if (para == doc.paragraphs.size() || !doc.paragraphs[para].contains(s)) {
      r.fail("sentence not inside a paragraph", i);
    }
  }
}

// Quotations: in text order of their opening marks, content inside the marks, nested
// ones inside their parent's content, none crossing another.
inline void check_quotations(std::string_view text, const Document& doc, Report& r) {
  const auto& qs = doc.quotations;
  std::vector<Index> open;  // enclosing quotations of the current one
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const auto& q = qs[i];
    if (!in_bounds(q.span, text.size())) r.fail("quotation out of bounds", i);
    if (!q.span.contains(q.content)) r.fail("quotation content outside its span", i);
    if (i > 0 && qs[i - 1].span.start >= q.span.start) r.fail("quotations unordered", i);
    if (q.attribution && *q.attribution >= doc.attributions.size()) {
      r.fail("quotation names a missing attribution", i);
    }
    while (!open.empty() && qs[open.back()].span.end <= q.span.start) open.pop_back();
    if (!open.empty() && !qs[open.back()].span.contains(q.span)) r.fail("quotations cross", i);
    const std::optional<Index> expected =
        open.empty() ? std::nullopt : std::optional<Index>(open.back());
    if (q.parent != expected) r.fail("quotation parent is not its innermost enclosing one", i);
    if (q.parent && !qs[*q.parent].content.contains(q.span)) {
      r.fail("nested quotation outside its parent's content", i);
    }
    open.push_back(static_cast<Index>(i));
  }
}

// Entities and mentions point at each other consistently.
inline void check_entities(std::string_view text, const Document& doc, Report& r) {
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const auto& m = doc.mentions[i];
    if (!in_bounds(m.span, text.size()) || m.span.empty()) r.fail("mention span invalid", i);
    if (m.entity >= doc.entities.size()) r.fail("mention names a missing entity", i);
    if (i > 0 && doc.mentions[i - 1].span.start > m.span.start) r.fail("mentions unordered", i);
  }
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    for (const Index m : doc.entities[e].mentions) {
      if (m >= doc.mentions.size() || doc.mentions[m].entity != e) {
        r.fail("entity lists a mention that is not its own", e);
      }
    }
  }
}

// Every attribution's spans inside the document, its content in order, its quoted
// parts inside its content, its indices valid.
inline void check_attributions(std::string_view text, const Document& doc, Report& r) {
  for (std::size_t i = 0; i < doc.attributions.size(); ++i) {
    const auto& a = doc.attributions[i];
    if (a.content.empty()) r.fail("attribution without content", i);
    for (std::size_t k = 0; k < a.content.size(); ++k) {
      if (!in_bounds(a.content[k], text.size())) r.fail("attribution content out of bounds", i);
      if (k > 0 && a.content[k].start < a.content[k - 1].end) {
        r.fail("attribution content spans overlap or unordered", i);
      }
    }
    for (const ByteSpan q : a.quoted) {
      bool inside = false;
      for (const ByteSpan c : a.content) inside = inside || c.contains(q);
      if (!in_bounds(q, text.size()) || !inside) r.fail("quoted part outside the content", i);
    }
    if (a.source) {
      if (a.source->entity >= doc.entities.size()) r.fail("source names a missing entity", i);
      for (const Index m : a.source->mentions) {
        if (m >= doc.mentions.size()) r.fail("source names a missing mention", i);
      }
    }
    if (a.cue && !in_bounds(a.cue->span, text.size())) r.fail("cue out of bounds", i);
    if (a.addressee && !in_bounds(a.addressee->span, text.size())) {
      r.fail("addressee out of bounds", i);
    }
    if (a.addressee && a.addressee->entity && *a.addressee->entity >= doc.entities.size()) {
      r.fail("addressee names a missing entity", i);
    }
    if (a.parent && *a.parent >= doc.attributions.size()) r.fail("missing parent", i);
    if (a.parent && *a.parent == i) r.fail("attribution is its own parent", i);
    if (a.first_sentence > a.last_sentence || a.last_sentence >= doc.sentences.size()) {
      r.fail("attribution sentences invalid", i);
    }
    if (!(a.confidence >= 0.0F && a.confidence <= 1.0F)) r.fail("confidence outside [0, 1]", i);
  }
}

inline void check_claims(std::string_view text, const Document& doc, Report& r) {
  for (std::size_t i = 0; i < doc.claims.size(); ++i) {
    const auto& c = doc.claims[i];
    if (!in_bounds(c.span, text.size())) r.fail("claim out of bounds", i);
    if (c.attribution && *c.attribution >= doc.attributions.size()) {
      r.fail("claim names a missing attribution", i);
    }
    for (const Index e : c.about) {
      if (e >= doc.entities.size()) r.fail("claim about a missing entity", i);
    }
    for (const auto& n : c.negations) {
      if (!in_bounds(n.span, text.size())) r.fail("negation out of bounds", i);
    }
    for (const auto& h : c.hedges) {
      if (!in_bounds(h.span, text.size())) r.fail("hedge out of bounds", i);
    }
    for (const auto& q : c.quantities) {
      if (!in_bounds(q.span, text.size())) r.fail("quantity out of bounds", i);
    }
    for (const auto& t : c.times) {
      if (!in_bounds(t.span, text.size())) r.fail("time out of bounds", i);
    }
    if (!(c.confidence >= 0.0F && c.confidence <= 1.0F)) r.fail("confidence outside [0, 1]", i);
  }
}

/// Every invariant of a Document made from `text` by extract() (or segment(), whose
/// later vectors are empty).
inline std::string check_document(std::string_view text, const Document& doc) {
  Report r;
  check_segments(text, doc, r);
  check_quotations(text, doc, r);
  check_entities(text, doc, r);
  check_attributions(text, doc, r);
  check_claims(text, doc, r);
  return r.message();
}

// ------------------------------------------------------------------------ JSON output

/// Byte offset of each offset in `unit` (one entry per unit, plus the end), counting
/// as the JSON writer does: an invalid UTF-8 byte is one code point and one UTF-16
/// unit; a code point above U+FFFF is two UTF-16 units.
class UnitIndex {
 public:
  UnitIndex(std::string_view text, sayso::OffsetUnit unit) {
    std::size_t i = 0;
    while (i < text.size()) {
      const Decoded d = decode(text, i);
      const std::size_t units =
          unit == sayso::OffsetUnit::utf8 ? d.length
          : unit == sayso::OffsetUnit::utf16 && d.valid && d.length == 4 ? 2
                                                                          : 1;
      for (std::size_t u = 0; u < units; ++u) byte_.push_back(i);
      i += d.length;
    }
    byte_.push_back(text.size());
  }
  /// The byte at `unit_offset`, or nothing past the end.
  [[nodiscard]] std::optional<std::size_t> byte(std::uint64_t unit_offset) const {
    if (unit_offset >= byte_.size()) return std::nullopt;
    return byte_[unit_offset];
  }
  [[nodiscard]] std::size_t length() const { return byte_.size() - 1; }

  struct Decoded {
    std::size_t length = 1;
    bool valid = false;
  };
  /// Decodes like sayso: shortest forms only, no surrogates, at most U+10FFFF.
  static Decoded decode(std::string_view s, std::size_t at) {
    const auto b0 = static_cast<unsigned char>(s[at]);
    if (b0 < 0x80) return {1, true};
    std::size_t len = 0;
    std::uint32_t cp = 0;
    std::uint32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
      len = 2, cp = b0 & 0x1FU, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
      len = 3, cp = b0 & 0x0FU, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
      len = 4, cp = b0 & 0x07U, min = 0x10000;
    } else {
      return {1, false};
    }
    if (at + len > s.size()) return {1, false};
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[at + k]);
      if ((b & 0xC0) != 0x80) return {1, false};
      cp = (cp << 6) | (b & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {1, false};
    return {len, true};
  }

 private:
  std::vector<std::size_t> byte_;
};

/// `bytes` as the JSON writer shows them: invalid UTF-8 bytes become U+FFFD.
inline std::string as_shown(std::string_view bytes) {
  std::string out;
  for (std::size_t i = 0; i < bytes.size();) {
    const UnitIndex::Decoded d = UnitIndex::decode(bytes, i);
    if (d.valid) {
      out.append(bytes.substr(i, d.length));
    } else {
      out += "\xEF\xBF\xBD";
    }
    i += d.length;
  }
  return out;
}

// Walks every object of the output; each {"start", "end", "text"} span must be in
// bounds, ordered, and its text the slice of the input it names. Iterative (an
// explicit stack), so deep output cannot exhaust the call stack.
inline void check_json_spans(std::string_view text, const nlohmann::json& root,
                             const UnitIndex& units, Report& r) {
  std::vector<const nlohmann::json*> todo{&root};
  std::size_t seen = 0;
  while (!todo.empty()) {
    const nlohmann::json* v = todo.back();
    todo.pop_back();
    if (v->is_array()) {
      for (const auto& child : *v) todo.push_back(&child);
      continue;
    }
    if (!v->is_object()) continue;
    for (const auto& item : v->items()) todo.push_back(&item.value());
    const auto s = v->find("start");
    const auto e = v->find("end");
    const auto t = v->find("text");
    if (s == v->end() || e == v->end() || t == v->end()) continue;
    ++seen;
    if (!s->is_number_unsigned() || !e->is_number_unsigned() || !t->is_string()) {
      r.fail("JSON span with wrong field types", seen);
      continue;
    }
    const auto sb = units.byte(s->get<std::uint64_t>());
    const auto eb = units.byte(e->get<std::uint64_t>());
    if (!sb || !eb || *sb > *eb) {
      r.fail("JSON span out of bounds or reversed", seen);
      continue;
    }
    if (t->get_ref<const std::string&>() != as_shown(text.substr(*sb, *eb - *sb))) {
      r.fail("JSON span text differs from the slice it names", seen);
    }
  }
}

inline std::size_t array_size(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_array() ? it->size() : 0;
}

/// Parses `json`, the output of write_json() or write_segments_json() for `doc`, and
/// checks it: it parses, names `unit`, has one record per Document record, and every
/// span's text is the slice of `text` it names.
inline std::string check_json(std::string_view text, const Document& doc, std::string_view json,
                              sayso::OffsetUnit unit, bool segments_only = false) {
  Report r;
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& e) {
    return std::string("output is not JSON: ") + e.what();
  }
  if (!root.is_object()) return "output is not a JSON object";
  const auto document = root.find("document");
  if (document == root.end() || !document->is_object()) return "no document object";
  const auto unit_name = document->find("offsetUnit");
  if (unit_name == document->end() || *unit_name != std::string(sayso::to_string(unit))) {
    r.fail("document.offsetUnit differs from the unit asked for");
  }
  const UnitIndex units(text, unit);
  const auto length = document->find("textLength");
  if (length != document->end() && (!length->is_number_unsigned() ||
                                    length->get<std::uint64_t>() != units.length())) {
    r.fail("document.textLength differs from the text's length in the unit");
  }
  if (array_size(root, "paragraphs") != doc.paragraphs.size()) r.fail("paragraph count");
  if (array_size(root, "sentences") != doc.sentences.size()) r.fail("sentence count");
  if (!segments_only) {
    if (array_size(root, "quotations") != doc.quotations.size()) r.fail("quotation count");
    if (array_size(root, "entities") != doc.entities.size()) r.fail("entity count");
    if (array_size(root, "mentions") != doc.mentions.size()) r.fail("mention count");
    if (array_size(root, "attributions") != doc.attributions.size()) r.fail("attribution count");
    if (array_size(root, "claims") != doc.claims.size()) r.fail("claim count");
  }
  check_json_spans(text, root, units, r);
  return r.message();
}

}  // namespace sayso_invariants

#endif  // SAYSO_TESTS_FUZZ_INVARIANTS_HPP
