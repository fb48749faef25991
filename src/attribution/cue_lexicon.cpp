#include "attribution/cue_lexicon.hpp"

#include <utility>

namespace sayso::inline v0::detail {
namespace {

std::optional<CueClass> parse_class(std::string_view s) {
  if (s == "communication") return CueClass::communication;
  if (s == "epistemic") return CueClass::epistemic;
  if (s == "documentary") return CueClass::documentary;
  if (s == "according_to" || s == "accordingTo") return CueClass::according_to;
  if (s == "post") return CueClass::post;
  return std::nullopt;
}

std::uint8_t count_words(std::string_view form) {
  std::uint8_t n = 1;
  for (char c : form) n = static_cast<std::uint8_t>(n + (c == ' ' ? 1 : 0));
  return n;
}

KnownLemma known_lemma(std::string_view lemma) {
  if (lemma == "say") return KnownLemma::say;
  if (lemma == "add") return KnownLemma::add;
  if (lemma == "ask") return KnownLemma::ask;
  if (lemma == "warn") return KnownLemma::warn;
  if (lemma == "urge") return KnownLemma::urge;
  if (lemma == "expect") return KnownLemma::expect;
  if (lemma == "write") return KnownLemma::write;
  return KnownLemma::other;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

Result<void> CueLexicon::add_objects(const std::vector<LexiconRow>& rows) {
  for (const LexiconRow& row : rows) {
    if (row.size() < 2 || row[0].empty() || row[1].empty()) {
      return Error{ErrorCode::invalid_lexicon, "non-report objects need lemma<TAB>object"};
    }
    std::vector<std::string> objects;
    if (const auto* known = objects_.find(row[0])) objects = *known;
    objects.push_back(fold_case(row[1]));
    objects_.set(row[0], std::move(objects));
  }
  return {};
}

Result<void> CueLexicon::add_row(const LexiconRow& row) {
  if (row.size() < 3 || row[0].empty() || row[1].empty()) {
    return Error{ErrorCode::invalid_lexicon,
                 "reporting verb entries need form<TAB>lemma<TAB>class"};
  }
  const auto cls = parse_class(row[2]);
  if (!cls) {
    return Error{ErrorCode::invalid_lexicon,
                 "unknown cue class '" + std::string(row[2]) + "' for '" + std::string(row[0]) + "'"};
  }
  CueEntry e;
  e.lemma = std::string(row[1]);
  e.known = known_lemma(e.lemma);
  e.cue_class = *cls;
  const std::string_view flags = row.size() > 3 ? row[3] : std::string_view();
  e.needs_that = flags.find("that") != std::string_view::npos;
  e.addressee = flags.find("addressee") != std::string_view::npos;
  e.beside_quote = flags.find("quote") != std::string_view::npos;
  const std::string_view first_word = row[0].substr(0, row[0].find(' '));
  e.participle = ends_with(first_word, "ing");
  e.words = count_words(row[0]);
  if (const auto* objects = objects_.find(e.lemma)) e.non_report_objects = *objects;
  forms_.set(row[0], std::move(e));
  return {};
}

Result<CueLexicon> CueLexicon::load(const ExtractorOptions& options) {
  CueLexicon lex;
  auto objects = load_lexicon("non_report_objects");
  if (!objects) return objects.error();
  if (auto ok = lex.add_objects(*objects); !ok) return ok.error();
  auto rows = load_lexicon("reporting_verbs");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (auto ok = lex.add_row(row); !ok) return ok.error();
  }
  for (const std::string& line : options.reporting_verbs) {
    const auto extra = parse_lexicon(line);
    for (const LexiconRow& row : extra) {
      if (auto ok = lex.add_row(row); !ok) return ok.error();
    }
  }
  lex.index_words();
  return lex;
}

void CueLexicon::index_words() {
  for (std::size_t n = 0; n < forms_.size(); ++n) {
    const std::string_view form = forms_.key(n);
    const CueEntry& e = forms_.value_at(n);
    if (e.words == 1) {
      words_.slot(form).single = &e;
    } else if (e.words == 2) {
      words_.slot(form.substr(0, form.find(' '))).pair_start = true;
    }
  }
}

std::optional<CueMatch> CueLexicon::match(const TokenText& t, Index i) const {
  if (!t.is_word(i)) return std::nullopt;
  const std::string_view folded = t.folded(i);
  if (!words_.may_hold_lower(folded)) return std::nullopt;
  const WordCue* w = words_.find_lower(folded);
  if (w == nullptr) return std::nullopt;
  const CueEntry* e = form_at(t, i, w->single, w->pair_start);
  if (e == nullptr) return std::nullopt;
  return CueMatch{e, i, i + e->words};
}

const CueEntry* CueLexicon::form_at(const TokenText& t, Index i, const CueEntry* single,
                                    bool pair_start) const {
  if (pair_start && i + 1 < t.size() && t.is_word(i + 1) && t.sentence(i + 1) == t.sentence(i)) {
    if (const CueEntry* e = pair_at(t, i); e != nullptr && e->words == 2) return e;
  }
  return single;
}

const CueEntry* CueLexicon::pair_at(const TokenText& t, Index i) const {
  const ByteSpan first = t.tok(i).span;
  const ByteSpan second = t.tok(i + 1).span;
  const std::string_view text = t.analysis().text;
  if (second.start == first.end + 1 && text[first.end] == ' ') {
    // One space apart: the folded text already holds "first second".
    const std::string_view both = t.folded(i);
    return forms_.find_lower(std::string_view(both.data(), second.end - first.start));
  }
  std::string two(t.folded(i));
  two.push_back(' ');
  two.append(t.folded(i + 1));
  return forms_.find_lower(two);
}

void CueLexicon::tag(Analysis& a) const {
  const TokenText t(a);
  // Every entry is written below: resize, not assign (Analysis::clear keeps the size,
  // so the table is not zero-filled first).
  a.token_cue.resize(a.tokens.size());
  a.cue_tokens.clear();
  for (Index i = 0; i < t.size(); ++i) {
    const auto m = match(t, i);
    a.token_cue[i] = m ? m->entry : nullptr;
    if (m) a.cue_tokens.push_back(i);
  }
}

void CueLexicon::tag_word(Analysis& a, const TokenText& t, Index i, const CueEntry* single,
                          bool pair_start) const {
  const CueEntry* e = form_at(t, i, single, pair_start);
  a.token_cue[i] = e;
  if (e != nullptr) a.cue_tokens.push_back(i);
}

}  // namespace sayso::inline v0::detail
