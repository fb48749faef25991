#include "claims/cue_finder.hpp"

#include <algorithm>
#include <string_view>

namespace sayso::inline v0::detail {
namespace {

constexpr Index nor_window = 12;

}  // namespace

bool CueFinder::is_auxiliary(Index i) const {
  if (t_.kind(i) != TokenKind::word) return false;
  return t_.lexicon().auxiliary(t_.lower(i));
}

// "is due to reopen" is a scheduled future; "is due to heavy rain" gives a cause.
// Inline: most entries have other than three words.
[[gnu::always_inline]] inline bool CueFinder::scheduled(const EntryMatch& m) const {
  const auto& words = m.entry->words;
  if (words.size() != 3 || words[1] != "due") return true;
  if (m.end >= t_.size()) return false;
  return t_.lexicon().scheduled_verb(t_.lower(m.end));
}

void CueFinder::hedges(Index begin, Index end, std::vector<FoundHedge>& out) const {
  Index i = begin;
  while (i < end) {
    i = t_.next_opening(i, end, opens_entry(EntryKind::hedge));
    if (i >= end) break;
    const EntryMatch m = t_.match(i, end, EntryKind::hedge);
    // "May" inside a sentence is the month.
    const bool month = m && m.end == i + 1 && t_.is(i, "may") && t_.capitalized(i) &&
                       !t_.token(i).has(TokenFlag::sentence_start);
    if (!m || month || !scheduled(m)) {
      ++i;
      continue;
    }
    FoundHedge& h = out.emplace_back();  // built in place
    h.first = i;
    h.end = m.end;
    h.hedge.span = t_.span(i, m.end);
    h.hedge.cue = m.entry->value;
    h.hedge.category = static_cast<HedgeCategory>(m.entry->code);
    i = m.end;
  }
}

// Fills `n` with the negation starting at token i, or returns false. The entry's cue
// is read as a view and copied into the negation once, when it is kept.
[[gnu::always_inline]] inline bool CueFinder::negation_at(Index i, Index end, Index& nor_used,
                                                        FoundNegation& n) const {
  if (!t_.marked(i, mark_known | mark_nt) || t_.kind(i) != TokenKind::word) return false;
  n.first = i;
  n.end = i + 1;
  if (t_.marked(i, mark_nt)) {  // "didn't", "won't", "can't"
    n.kind = NegationKind::verbal;
    n.negation.cue = "not";
    n.negation.span = t_.span(i, i + 1);
    return true;
  }
  const EntryMatch m = t_.match(i, end, EntryKind::negation);
  if (!m) return false;
  const std::string_view cue = m.entry->value;
  n.kind = static_cast<NegationKind>(m.entry->code);
  n.end = m.end;
  if (same_text(cue, "not")) {
    // "not only", "not just" add rather than deny.
    if (t_.is(i + 1, "only") || t_.is(i + 1, "just")) return false;
    if (n.first > 0 && is_auxiliary(n.first - 1) &&
        t_.token(n.first - 1).sentence == t_.token(i).sentence) {
      --n.first;  // "did not", "could not"
    }
  }
  // "No. 10" is a number sign.
  if (same_text(cue, "no") && m.end == i + 1 && t_.is(i + 1, ".") && i + 2 < end &&
      t_.kind(i + 2) == TokenKind::number) {
    return false;
  }
  if (same_text(cue, "neither")) {
    const Index stop = std::min<Index>(end, i + nor_window);
    for (Index k = i + 1; k < stop; ++k) {
      if (t_.is(k, "nor")) {
        n.end = k + 1;
        nor_used = k;
        break;
      }
    }
  }
  if (same_text(cue, "nor") && nor_used == i) return false;
  n.negation.cue = cue;
  n.negation.span = t_.span(n.first, n.end);
  return true;
}

void CueFinder::negations(Index begin, Index end, std::vector<FoundNegation>& out) const {
  Index nor_used = end;
  for (Index i = begin; i < end; ++i) {
    i = t_.next_opening(i, end, opens_negation);
    if (i >= end) break;
    FoundNegation& n = out.emplace_back();  // dropped again when no negation starts here
    if (!negation_at(i, end, nor_used, n)) {
      out.pop_back();
      continue;
    }
    // "neither ... nor" spans words in between; keep scanning them for other cues.
    i = (same_text(n.negation.cue, "neither") ? i + 1 : n.end) - 1;
  }
}

CueBits CueFinder::cues(Index begin, Index end) const {
  CueBits bits = 0;
  for (Index i = begin; i < end; ++i) {
    i = t_.next_opening(i, end, opens_entry(EntryKind::claim_cue));
    if (i >= end) break;
    if (t_.info(i) == nullptr) {
      bits |= 1U << static_cast<unsigned>(CueType::prediction);  // "it'll"
      continue;
    }
    const EntryMatch m = t_.match(i, end, EntryKind::claim_cue);
    if (!m) continue;
    // "is due to reopen" is a prediction; "is due to heavy rain" a cause.
    const bool cause = !scheduled(m);
    bits |= 1U << (cause ? static_cast<unsigned>(CueType::causation) : m.entry->code);
    i = m.end - 1;
  }
  return bits;
}

// Every clause opener starts a claim-cue entry: only the tokens that may open one are read.
Index CueFinder::first_clause_opener(Index begin, Index end) const {
  for (Index i = begin; i < end; ++i) {
    i = t_.next_opening(i, end, opens_entry(EntryKind::claim_cue));
    if (i >= end) break;
    if (t_.info(i) != nullptr && t_.info(i)->clause_opener) return i;
  }
  return end;
}

}  // namespace sayso::inline v0::detail
