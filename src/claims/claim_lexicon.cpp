#include "claims/claim_lexicon.hpp"
#include "claims/token_table.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <optional>

namespace sayso::inline v0::detail {
namespace {

Error bad_row(std::string_view lexicon, std::string_view what) {
  return Error{ErrorCode::invalid_lexicon,
               "lexicon '" + std::string(lexicon) + "': " + std::string(what)};
}

std::optional<double> parse_double(std::string_view s) {
  double v = 0.0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t end = phrase.find(' ', start);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > start) words.push_back(fold_case(phrase.substr(start, end - start)));
    start = end + 1;
  }
  return words;
}

std::optional<NumberKind> number_kind(std::string_view s) {
  if (s == "unit") return NumberKind::unit;
  if (s == "tens") return NumberKind::tens;
  if (s == "hundred") return NumberKind::hundred;
  if (s == "scale") return NumberKind::scale;
  if (s == "dozen") return NumberKind::dozen;
  if (s == "fraction") return NumberKind::fraction;
  if (s == "plural") return NumberKind::plural;
  return std::nullopt;
}

std::optional<std::uint8_t> relation_code(std::string_view s) {
  if (s == "eq") return static_cast<std::uint8_t>(Relation::eq);
  if (s == "approx") return static_cast<std::uint8_t>(Relation::approx);
  if (s == "gt") return static_cast<std::uint8_t>(Relation::gt);
  if (s == "gte") return static_cast<std::uint8_t>(Relation::gte);
  if (s == "lt") return static_cast<std::uint8_t>(Relation::lt);
  if (s == "lte") return static_cast<std::uint8_t>(Relation::lte);
  if (s == "range") return static_cast<std::uint8_t>(Relation::range);
  return std::nullopt;
}

std::optional<std::uint8_t> hedge_code(std::string_view s) {
  if (s == "modal") return static_cast<std::uint8_t>(HedgeCategory::modal);
  if (s == "epistemicVerb") return static_cast<std::uint8_t>(HedgeCategory::epistemic_verb);
  if (s == "epistemicAdverb") return static_cast<std::uint8_t>(HedgeCategory::epistemic_adverb);
  if (s == "approximator") return static_cast<std::uint8_t>(HedgeCategory::approximator);
  if (s == "attributionShield") {
    return static_cast<std::uint8_t>(HedgeCategory::attribution_shield);
  }
  return std::nullopt;
}

std::optional<std::uint8_t> negation_code(std::string_view s) {
  if (s == "verbal") return static_cast<std::uint8_t>(NegationKind::verbal);
  if (s == "determiner") return static_cast<std::uint8_t>(NegationKind::determiner);
  if (s == "correlative") return static_cast<std::uint8_t>(NegationKind::correlative);
  if (s == "preposition") return static_cast<std::uint8_t>(NegationKind::preposition);
  if (s == "denial") return static_cast<std::uint8_t>(NegationKind::denial);
  return std::nullopt;
}

std::optional<std::uint8_t> cue_code(std::string_view s) {
  if (s == "prediction") return static_cast<std::uint8_t>(CueType::prediction);
  if (s == "causation") return static_cast<std::uint8_t>(CueType::causation);
  if (s == "comparison") return static_cast<std::uint8_t>(CueType::comparison);
  if (s == "rules") return static_cast<std::uint8_t>(CueType::rules);
  if (s == "experience") return static_cast<std::uint8_t>(CueType::experience);
  if (s == "clause") return static_cast<std::uint8_t>(CueType::clause);
  return std::nullopt;
}

std::optional<std::uint8_t> unit_code(std::string_view s) {
  if (s == "symbol") return static_cast<std::uint8_t>(UnitKind::symbol);
  if (s == "currency") return static_cast<std::uint8_t>(UnitKind::currency);
  if (s == "percent") return static_cast<std::uint8_t>(UnitKind::percent);
  if (s == "measure") return static_cast<std::uint8_t>(UnitKind::measure);
  return std::nullopt;
}

// The code column of an entry row, by kind: the value is field 2 for approximators and
// negations' kinds, field 1 for hedges, cues and units.
struct EntryColumns {
  std::size_t code_field;
  std::size_t value_field;  // npos: none
};

EntryColumns columns(EntryKind kind) {
  switch (kind) {
    case EntryKind::approximator: return {1, 2};
    case EntryKind::hedge: return {1, 2};
    case EntryKind::negation: return {2, 1};
    case EntryKind::claim_cue: return {1, std::string_view::npos};
    case EntryKind::unit: return {2, 1};
  }
  return {1, std::string_view::npos};
}

std::optional<std::uint8_t> entry_code(EntryKind kind, std::string_view s) {
  switch (kind) {
    case EntryKind::approximator: return relation_code(s);
    case EntryKind::hedge: return hedge_code(s);
    case EntryKind::negation: return negation_code(s);
    case EntryKind::claim_cue: return cue_code(s);
    case EntryKind::unit: return unit_code(s);
  }
  return std::nullopt;
}

std::optional<std::uint16_t> time_role(std::string_view s) {
  if (s == "month") return time_month;
  if (s == "weekday") return time_weekday;
  if (s == "anchor") return time_anchor;
  if (s == "period") return time_period;
  if (s == "deictic") return time_deictic;
  if (s == "unit") return time_unit;
  if (s == "part") return time_part;
  if (s == "prep") return time_prep;
  if (s == "meridiem") return time_meridiem;
  if (s == "clock") return time_clock;
  if (s == "article") return time_article;
  if (s == "ordinal") return time_ordinal;
  if (s == "named") return time_named;
  if (s == "stage") return time_stage;
  return std::nullopt;
}

StageKind stage_kind_of(std::string_view value) {
  if (value == "holiday") return StageKind::holiday;
  if (value == "occasion") return StageKind::occasion;
  if (value == "youth") return StageKind::youth;
  if (value == "adverb") return StageKind::adverb;
  if (value == "lead") return StageKind::lead;
  if (value == "event") return StageKind::event;
  if (value == "boundary") return StageKind::boundary;
  return StageKind::life;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

WordInfo& ClaimLexicon::slot(std::string_view word) {
  const std::string key = fold_case(word);
  auto it = words_.find(std::string_view(key));
  if (it == words_.end()) it = words_.emplace(key, WordInfo{}).first;
  return it->second;
}

namespace {

// The TimeStart bits of a word: each rule's test of the word it starts at, made once.
std::uint16_t time_rules_of(std::string_view word, std::uint16_t roles, bool number_word) {
  std::uint16_t rules = 0;
  if ((roles & (time_deictic | time_anchor)) != 0 || word == "the") rules |= starts_relative;
  if (number_word || word == "a" || word == "an") rules |= starts_count;
  if (word == "for" || word == "within" || word == "over" || word == "in") rules |= starts_span;
  if (word == "the") rules |= article_the;
  if (word == "a" || word == "an") rules |= article_a;
  // TimeParser::parse_at reads these only through bare_duration().
  const bool bare_span = word == "within" || word == "over" || word == "in";
  if (bare_span && (roles & ~time_prep) == 0 && !number_word) rules |= span_only;
  if (word == "that" && roles == time_anchor && !number_word) rules |= anchor_that;
  if (word == "for" && roles == time_prep && !number_word) rules |= span_for;
  if (word != "that" && word != "the" && roles == time_anchor && !number_word) rules |= anchor_only;
  return rules;
}

// The TokenTable bits of a word token with the facts `info` (see WordInfo::word_marks).
void set_word_bits(std::string_view word, WordInfo& info) {
  info.word_marks = static_cast<std::uint8_t>(mark_known | (info.quantity_start ? mark_quantity : 0) |
                                              (info.time_start ? mark_time : 0));
  std::uint8_t o = info.entry_kinds;
  if (info.time_start || (info.time.roles & (time_unit | time_period)) != 0) o |= opens_time;
  if (info.quantity_start) o |= opens_quantity;
  if (info.starts(EntryKind::negation)) o |= opens_negation;
  info.word_opens = o;
  // TokenTable marks a word ending in "n't" (a negation) whatever the lexicons say.
  const std::size_t n = word.size();
  const bool nt = n > 3 && word[n - 3] == 'n' && word[n - 2] == '\'' && word[n - 1] == 't';
  info.spelled_marks = static_cast<std::uint8_t>(info.word_marks | (nt ? mark_nt : 0));
  info.spelled_opens = static_cast<std::uint8_t>(info.word_opens | (nt ? opens_negation : 0));
}

}  // namespace

// Which words can open a figure or a time expression, so that the parsers skip the
// rest ("the", "of") with one test.
void ClaimLexicon::mark_starts() {
  constexpr std::uint16_t time_openers = time_month | time_weekday | time_anchor |
                                         time_deictic | time_clock | time_article | time_named |
                                         time_stage;
  for (auto& [word, info] : words_) {
    info.quantity_start = info.number_kind != NumberKind::none || info.starts(EntryKind::approximator) ||
                          info.starts(EntryKind::unit) || word == "a" || word == "an";
    const bool duration_prep = word == "for" || word == "within" || word == "over" || word == "in" ||
                               word == "since";
    const bool number_word = info.number_kind == NumberKind::unit || info.number_kind == NumberKind::tens;
    info.time_start = (info.time.roles & time_openers) != 0 || duration_prep || number_word;
    info.time_rules = time_rules_of(word, info.time.roles, number_word);
    set_word_bits(word, info);
  }
}

void ClaimLexicon::build_index() {
  constexpr std::size_t min_slots = 64;
  constexpr std::size_t fill = 4;  // slots per word, at least
  std::size_t size = min_slots;
  while (size < fill * words_.size()) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  shift_ = static_cast<unsigned>(64 - std::countr_zero(size));
  longest_ = 0;
  std::string padded;
  for (const auto& [word, info] : words_) {
    if (word.empty()) continue;  // find("") is nullptr
    padded.assign(word).append(8, '\0');
    const std::string_view w(padded.data(), word.size());
    const std::uint64_t head = load8(w.data()) & head_mask(w.size());
    std::size_t i = slot_of(head, w);
    while (slots_[i].info != nullptr) i = (i + 1) & mask_;
    slots_[i] = Slot{head, word.size(), word.data(), &info};
    longest_ = std::max(longest_, word.size());
  }
}

const WordInfo* ClaimLexicon::find(std::string_view lower) const {
  if (lower.empty() || lower.size() > longest_) return nullptr;
  constexpr std::size_t pad = 8;
  char buffer[256 + pad];  // a copy with the slack find_padded() reads
  if (lower.size() > sizeof buffer - pad) return nullptr;
  std::memcpy(buffer, lower.data(), lower.size());
  std::memset(buffer + lower.size(), 0, pad);
  return find_padded(std::string_view(buffer, lower.size()));
}

Result<void> ClaimLexicon::load_numbers() {
  auto rows = load_lexicon("number_words");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (row.size() < 3) return bad_row("number_words", "a row needs word, value and kind");
    const auto value = parse_double(row[1]);
    const auto kind = number_kind(row[2]);
    if (!value || !kind) return bad_row("number_words", "bad value or kind");
    WordInfo& info = slot(row[0]);
    info.number = *value;
    info.number_kind = *kind;
  }
  return {};
}

Result<void> ClaimLexicon::load_entries(std::string_view name, EntryKind kind) {
  auto rows = load_lexicon(name);
  if (!rows) return rows.error();
  const EntryColumns cols = columns(kind);
  for (const LexiconRow& row : *rows) {
    if (row.size() <= cols.code_field ||
        (cols.value_field != std::string_view::npos && row.size() <= cols.value_field)) {
      return bad_row(name, "a row has too few fields");
    }
    const auto code = entry_code(kind, row[cols.code_field]);
    if (!code) return bad_row(name, "unknown class '" + std::string(row[cols.code_field]) + "'");
    Entry entry;
    entry.kind = kind;
    entry.words = split_words(row[0]);
    if (entry.words.empty()) return bad_row(name, "empty phrase");
    entry.code = *code;
    if (cols.value_field != std::string_view::npos) entry.value = std::string(row[cols.value_field]);
    entries_.push_back(std::move(entry));
    const Entry& added = entries_.back();
    WordInfo& info = slot(added.words.front());
    info.entries.push_back(&added);
    info.entry_kinds = static_cast<std::uint8_t>(info.entry_kinds | (1U << static_cast<unsigned>(kind)));
    if (kind == EntryKind::claim_cue && added.words.size() == 1 &&
        static_cast<CueType>(added.code) == CueType::clause) {
      info.clause_opener = true;
    }
  }
  return {};
}

Result<void> ClaimLexicon::load_times() {
  auto rows = load_lexicon("time_words");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (row.size() < 3) return bad_row("time_words", "a row needs word, kind and value");
    const auto role = time_role(row[1]);
    if (!role) return bad_row("time_words", "unknown kind '" + std::string(row[1]) + "'");
    TimeInfo& t = slot(row[0]).time;
    t.roles = static_cast<std::uint16_t>(t.roles | *role);
    switch (*role) {
      case time_month:
        t.month = static_cast<std::int8_t>(to_int(row[2]));
        t.ambiguous_month = row.size() > 3 && row[3] == "ambiguous";
        break;
      case time_anchor: t.anchor = static_cast<std::int8_t>(to_int(row[2])); break;
      case time_clock: t.clock_hour = static_cast<std::int8_t>(to_int(row[2])); break;
      case time_meridiem: t.pm = row[2] == "pm"; break;
      case time_unit: t.unit_iso = std::string(row[2]); break;
      case time_stage: t.stage = stage_kind_of(row[2]); break;
      default: break;
    }
  }
  return {};
}

// Gives every word of a multi-word entry a slot, so that matching compares facts.
void ClaimLexicon::link_entries() {
  for (Entry& e : entries_) {
    e.infos.assign(e.words.size(), nullptr);
    for (std::size_t k = 1; k < e.words.size(); ++k) e.infos[k] = &slot(e.words[k]);
  }
}

// Groups each word's entries by kind, longest first within a kind, so that a match
// reads only the entries of the kind it looks for.
void ClaimLexicon::sort_entries() {
  constexpr unsigned word_bits = 64;
  unsigned next_bit = 0;
  for (auto& [word, info] : words_) {
    info.word_bit = static_cast<std::uint8_t>(next_bit++ % word_bits);
  }
  for (auto& [word, info] : words_) {
    std::stable_sort(info.entries.begin(), info.entries.end(), [](const Entry* a, const Entry* b) {
      if (a->kind != b->kind) return a->kind < b->kind;
      return a->words.size() > b->words.size();
    });
    std::size_t at = 0;
    for (std::size_t k = 0; k < entry_kind_count; ++k) {
      info.kind_begin[k] = static_cast<std::uint16_t>(at);
      while (at < info.entries.size() && static_cast<std::size_t>(info.entries[at]->kind) == k &&
             info.entries[at]->words.size() > 1) {
        info.second_words[k] |= std::uint64_t{1} << info.entries[at]->infos[1]->word_bit;
        ++at;
      }
      info.short_begin[k] = static_cast<std::uint16_t>(at);
      while (at < info.entries.size() && static_cast<std::size_t>(info.entries[at]->kind) == k) ++at;
    }
    info.kind_begin[entry_kind_count] = static_cast<std::uint16_t>(at);
  }
}

Result<void> ClaimLexicon::load_closed_words() {
  auto rows = load_lexicon("claim_words");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    const std::string_view cls = row.size() >= 2 ? row[1] : std::string_view();
    WordSet* set = cls == "auxiliary"    ? &auxiliaries_
                   : cls == "scheduled"  ? &scheduled_verbs_
                   : cls == "counted_stop" ? &counted_stops_
                   : cls == "plural" ? &plural_nouns_
                                          : nullptr;
    if (set == nullptr) {
      return Error{ErrorCode::invalid_lexicon, "claim_words entries need word<TAB>class"};
    }
    set->add(row[0]);
  }
  return {};
}

Result<std::shared_ptr<const ClaimLexicon>> ClaimLexicon::load() {
  auto lex = std::shared_ptr<ClaimLexicon>(new ClaimLexicon());
  if (auto r = lex->load_numbers(); !r) return r.error();
  if (auto r = lex->load_entries("approximators", EntryKind::approximator); !r) return r.error();
  if (auto r = lex->load_entries("hedges", EntryKind::hedge); !r) return r.error();
  if (auto r = lex->load_entries("negations", EntryKind::negation); !r) return r.error();
  if (auto r = lex->load_entries("claim_cues", EntryKind::claim_cue); !r) return r.error();
  if (auto r = lex->load_entries("units", EntryKind::unit); !r) return r.error();
  if (auto r = lex->load_times(); !r) return r.error();
  if (auto r = lex->load_closed_words(); !r) return r.error();
  lex->link_entries();
  lex->sort_entries();
  lex->mark_starts();
  lex->build_index();
  return std::shared_ptr<const ClaimLexicon>(std::move(lex));
}

}  // namespace sayso::inline v0::detail
