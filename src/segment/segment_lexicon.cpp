#include "segment/segment_lexicon.hpp"

#include <array>

#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr std::size_t max_word_bytes = 32;

bool has_upper(std::string_view s) {
  for (const char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

Result<AbbrevKind> parse_kind(std::string_view field) {
  if (field == "title") return AbbrevKind::title;
  if (field == "number") return AbbrevKind::number;
  if (field == "time") return AbbrevKind::time;
  if (field == "general") return AbbrevKind::general;
  return Error{ErrorCode::invalid_lexicon,
               "abbreviations: unknown kind '" + std::string(field) + "'"};
}

std::string_view without_final_period(std::string_view s) {
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

}  // namespace

void SegmentLexicon::add_abbreviation(std::string_view form, AbbrevKind kind) {
  form = without_final_period(form);
  if (form.empty() || form.size() > max_word_bytes) return;
  abbreviation_shapes_.add(form);
  const auto value = static_cast<std::uint8_t>(kind);
  if (!has_upper(form)) {
    folded_.insert(form, value);
    return;
  }
  exact_.insert(form, value);
  const std::string upper = to_upper(form);
  if (exact_.find(upper) == 0) exact_.insert(upper, value);
}

Result<void> SegmentLexicon::add_kind_lexicon() {
  auto rows = load_lexicon("abbreviations");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (row.size() < 2) {
      return Error{ErrorCode::invalid_lexicon,
                   "abbreviations: entry '" + std::string(row.at(0)) + "' has no kind"};
    }
    auto kind = parse_kind(row[1]);
    if (!kind) return kind.error();
    add_abbreviation(row[0], *kind);
  }
  return {};
}

Result<void> SegmentLexicon::add_months() {
  auto rows = load_lexicon("months");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    clock_followers_.add(row[0]);
    for (std::size_t i = 1; i < row.size(); ++i) add_abbreviation(row[i], AbbrevKind::number);
  }
  return {};
}

Result<void> SegmentLexicon::add_places() {
  auto rows = load_lexicon("place_abbreviations");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) add_abbreviation(row[0], AbbrevKind::general);
  return {};
}

Result<void> SegmentLexicon::add_starters() {
  auto rows = load_lexicon("sentence_starters");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    starters_.insert(row[0], 1);
    starter_shapes_.add(row[0]);
  }
  return {};
}

Result<SegmentLexicon> SegmentLexicon::load(const ExtractorOptions& options) {
  SegmentLexicon lex;
  if (auto r = lex.add_kind_lexicon(); !r) return r.error();
  if (auto r = lex.add_months(); !r) return r.error();
  if (auto r = lex.add_places(); !r) return r.error();
  if (auto r = lex.add_starters(); !r) return r.error();
  if (auto r = lex.clock_followers_.add_lexicon("weekdays"); !r) return r.error();
  if (auto r = lex.reporting_verbs_.add_lexicon("reporting_verbs"); !r) return r.error();
  if (auto r = lex.reporting_verbs_.add_lexicon("speech_verbs"); !r) return r.error();
  if (auto r = lex.closings_.add_lexicon("letter_closings"); !r) return r.error();
  for (const std::string& a : options.abbreviations) {
    lex.add_abbreviation(a, AbbrevKind::general);
  }
  for (const std::string& t : options.titles) lex.add_abbreviation(t, AbbrevKind::title);
  for (const std::string& v : options.reporting_verbs) {
    lex.reporting_verbs_.add(v.substr(0, v.find('\t')));
  }
  return lex;
}

AbbrevKind SegmentLexicon::abbreviation(std::string_view word) const {
  if (word.size() > max_word_bytes || !abbreviation_shapes_.maybe(word)) return AbbrevKind::none;
  std::uint8_t value = has_upper(word) ? exact_.find(word) : 0;
  if (value == 0) value = folded_.find_folded(word);
  return static_cast<AbbrevKind>(value);
}

}  // namespace sayso::inline v0::detail
