#include "claims/claim_run.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/huge_pages.hpp"
#include "core/record_pool.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr Index frame_window = 20;       // tokens each side of a cue read for its frame
constexpr Index epistemic_subject = 3;   // words before "believes" in "it believes that"
constexpr Index min_claim_words = 2;
constexpr std::size_t nesting_window = 8;  // neighbours compared when finding nesting
constexpr Index max_approximator_words = 3;
constexpr Index min_residual_words = 4;
constexpr Index max_source_tail_words = 5;
constexpr Index max_parent_depth = 3;  // enclosing attributions whose cue hedges a claim
constexpr Index min_writer_words = 3;
constexpr Index min_bare_and_words = 4;  // each side of a split at a bare "and"
constexpr Index covered_slack = 8;       // next_byte() reads eight bytes at a time

constexpr float attributed_confidence = 0.75F;
constexpr float split_confidence = 0.7F;
constexpr float writer_confidence = 0.6F;

// The extra hedges of a claim with none, made once (not an empty list per claim).
const std::vector<FoundHedge> no_extra_hedges;

template <class T>
void keep_inside(const std::vector<T>& from, Index begin, Index end, std::vector<T>& to) {
  for (const T& x : from) {
    if (x.first >= begin && x.end <= end) to.push_back(x);
  }
}

bool is_subject_pronoun(std::string_view w) {
  return same_text(w, "it") || same_text(w, "he") || same_text(w, "she") || same_text(w, "they") ||
         same_text(w, "we") || same_text(w, "i");
}

template <class T>
void sort_by_start(std::vector<T>& items) {
  const auto by_start = [](const T& x, const T& y) { return x.span.start < y.span.start; };
  // Most lists are short and already in order; stable_sort would allocate a buffer, so
  // short ones are sorted by insertion (stable too).
  if (std::is_sorted(items.begin(), items.end(), by_start)) return;
  constexpr std::size_t few_items = 16;
  if (items.size() > few_items) {
    std::stable_sort(items.begin(), items.end(), by_start);
    return;
  }
  for (auto it = items.begin() + 1; it != items.end(); ++it) {
    std::rotate(std::upper_bound(items.begin(), it, *it, by_start), it, it + 1);
  }
}

// Inline: most lists hold one item or none.
template <class T>
[[gnu::always_inline]] inline void in_text_order(std::vector<T>& items) {
  if (items.size() >= 2) sort_by_start(items);
}

bool is_quote_mark_text(std::string_view t) {
  return same_text(t, "\"") || same_text(t, "'") || same_text(t, "\xE2\x80\x9C") ||
         same_text(t, "\xE2\x80\x9D") || same_text(t, "\xE2\x80\x98") ||
         same_text(t, "\xE2\x80\x99") || same_text(t, "\xC2\xAB") || same_text(t, "\xC2\xBB");
}

// Inline: every mark starts with one of these bytes; most tokens do not.
[[gnu::always_inline]] inline bool is_quote_mark(const TokenTable& t, Index i) {
  const char c = t.first_byte(i);
  if (c != '"' && c != '\'' && c != '\xE2' && c != '\xC2') return false;
  return is_quote_mark_text(t.raw(i));
}

bool overlaps(ByteSpan a, ByteSpan b) { return a.start < b.end && b.start < a.end; }

bool negates(NegationKind k) { return k != NegationKind::preposition; }

// Cues whose speaker asserts without proof: "prosecutors alleged", "the firm claims".
bool is_doubting_lemma(std::string_view lemma) {
  return same_text(lemma, "allege") || same_text(lemma, "claim") || same_text(lemma, "rumour") ||
         same_text(lemma, "rumor") || same_text(lemma, "speculate") || same_text(lemma, "purport") ||
         same_text(lemma, "suspect") || same_text(lemma, "suggest") || same_text(lemma, "indicate");
}

// "was reported", "is understood", "has been claimed": a passive cue.
bool is_passive(std::string_view cue) {
  const std::size_t space = cue.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view w = cue.substr(0, space);
  return same_text(w, "is") || same_text(w, "was") || same_text(w, "are") || same_text(w, "were") ||
         same_text(w, "has") || same_text(w, "have") || same_text(w, "had") || same_text(w, "been") ||
         same_text(w, "Is") || same_text(w, "Was");
}

bool is_quote_role_counted(QuoteRole r) {
  return r == QuoteRole::speech || r == QuoteRole::unknown;
}

}  // namespace

bool Features::any_signal() const noexcept {
  constexpr CueBits checkable = (1U << static_cast<unsigned>(CueType::prediction)) |
                                (1U << static_cast<unsigned>(CueType::causation)) |
                                (1U << static_cast<unsigned>(CueType::comparison)) |
                                (1U << static_cast<unsigned>(CueType::rules));
  return !quantities.empty() || !times.empty() || !hedges.empty() || !negations.empty() ||
         (cues & checkable) != 0;
}

void Features::subset_into(Index begin, Index end, Features& out) const {
  out.clear();
  keep_inside(quantities, begin, end, out.quantities);
  keep_inside(times, begin, end, out.times);
  keep_inside(hedges, begin, end, out.hedges);
  keep_inside(negations, begin, end, out.negations);
  out.cues = cues;
}

ClaimRun::ClaimRun(const ClaimLexicon& lexicon, Analysis& analysis, ClaimScratch& scratch)
    : a_(analysis),
      doc_(*analysis.doc),
      scratch_(scratch),
      table_(scratch.table),
      quantities_(table_),
      times_(table_),
      cues_(table_),
      blocked_(scratch.blocked),
      in_content_(scratch.in_content),
      covered_(scratch.covered),
      sentence_touched_(scratch.sentence_touched),
      parent_of_(scratch.parent_of) {
  table_.build(analysis.text, analysis.folded, analysis.tokens, lexicon, &analysis.token_locator,
               token_words(analysis));
  fill_table(blocked_, analysis.tokens.size(), 0);
}

void ClaimRun::run() {
  mark_content();
  const std::vector<std::vector<Index>>& children = nesting();
  parent_of_.assign(doc_.attributions.size(), no_index);
  for (Index a = 0; a < children.size(); ++a) {
    for (Index c : children[a]) parent_of_[c] = a;
  }
  if (by_sentence_) {
    claims_by_sentence(children);
  } else {
    for (Index a = 0; a < doc_.attributions.size(); ++a) attribution_claims(a, children);
    writer_claims();
  }
  sort_claims();
}

// The attributions' and the writer's claims made sentence by sentence, when the
// attributions come in the order of their first sentences (mark_content()): an
// attribution just before the first sentence it touches, a sentence's own claims after
// every attribution touching it. Each sentence the attributions leave untouched reads
// tokens no attribution reads, and each touched one reads them after all attributions
// that do, as writer_claims() after all of them: the claims are the same, and mostly in
// text order already (sort_claims() moves none).
void ClaimRun::claims_by_sentence(const std::vector<std::vector<Index>>& children) {
  const auto attributions = static_cast<Index>(doc_.attributions.size());
  const std::vector<Index>& first = scratch_.first_sentence;
  Index a = 0;
  const std::size_t sentences = writer_sentences();
  for (std::size_t s = 0; s < sentences; ++s) {
    for (; a < attributions && first[a] <= s; ++a) attribution_claims(a, children);
    writer_sentence(s);
  }
  for (; a < attributions; ++a) attribution_claims(a, children);
}

namespace {

// Puts claims[order[k]] at k for every k, moving only the claims out of place: each
// cycle of the permutation through one spare claim. Leaves `order` the identity.
void permute(std::vector<Claim>& claims, std::vector<Index>& order) {
  for (Index start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    Claim spare = std::move(claims[start]);
    Index k = start;
    while (order[k] != start) {
      const Index from = order[k];
      claims[k] = std::move(claims[from]);
      order[k] = k;
      k = from;
    }
    claims[k] = std::move(spare);
    order[k] = k;
  }
}

}  // namespace

// Puts the claims in text order (stably): the attributions' claims come first, the
// writer's after. Sorts their indices and moves each claim out of place once, not n log n
// times.
void ClaimRun::sort_claims() {
  std::vector<Claim>& claims = doc_.claims;
  const auto by_start = [](const Claim& x, const Claim& y) { return x.span.start < y.span.start; };
  if (std::is_sorted(claims.begin(), claims.end(), by_start)) return;
  std::vector<Index>& order = scratch_.claim_order;
  order.resize(claims.size());
  for (Index k = 0; k < order.size(); ++k) order[k] = k;
  const auto earlier = [&](Index x, Index y) { return claims[x].span.start < claims[y].span.start; };
  constexpr std::size_t few_claims = 32;  // insertion sort (stable, no buffer) up to here
  if (order.size() <= few_claims) {
    for (std::size_t k = 1; k < order.size(); ++k) {
      const Index x = order[k];
      std::size_t j = k;
      for (; j > 0 && earlier(x, order[j - 1]); --j) order[j] = order[j - 1];
      order[j] = x;
    }
  } else {
    std::stable_sort(order.begin(), order.end(), earlier);
  }
  permute(claims, order);
}

namespace {

// The smallest span holding all of an attribution's content.
ByteSpan outer_content(const Attribution& a) {
  if (a.content.empty()) return {};
  ByteSpan s = a.content.front();
  for (const ByteSpan& x : a.content) {
    s.start = std::min(s.start, x.start);
    s.end = std::max(s.end, x.end);
  }
  return s;
}

// True when attribution b is reported inside attribution a: a's content holds b's
// content and b's cue ("it believes" inside "has informed lawmakers ..."), or both
// report the same words and b's cue comes later.
// `outer` and `inner` are the outer contents of a and b (outer_content()).
bool encloses(const Attribution& a, ByteSpan outer, const Attribution& b, ByteSpan inner) {
  if (outer.empty() || inner.empty() || !outer.contains(inner)) return false;
  if (b.cue && outer.contains(b.cue->span)) return true;
  return outer == inner && a.cue && b.cue && a.cue->span.start < b.cue->span.start;
}

// True when no attribution names a parent and their outer contents, in the order given,
// follow one another without overlapping (empty ones aside): then none encloses another
// (most documents; nesting() skips its sort and its comparisons).
bool apart_in_order(const std::vector<Attribution>& atts) {
  std::uint32_t last_end = 0;
  for (const Attribution& a : atts) {
    if (a.parent) return false;
    const ByteSpan s = outer_content(a);
    if (s.empty()) continue;
    if (s.start > s.end || s.start < last_end) return false;
    last_end = s.end;
  }
  return true;
}

}  // namespace

// Children of each attribution: those the attributor nested (parentId), and those
// whose content and cue lie inside another's content. Each attribution is compared
// with a bounded number of neighbours in text order, so this stays linear.
const std::vector<std::vector<Index>>& ClaimRun::nesting() {
  const auto& atts = doc_.attributions;
  const std::size_t n = atts.size();
  std::vector<std::vector<Index>>& children = scratch_.children;
  if (children.size() < n) children.resize(n);
  for (std::size_t a = 0; a < n; ++a) children[a].clear();
  children.resize(n);
  // Nothing to nest: an attribution is never its own parent.
  if (n < 2 || apart_in_order(atts)) return children;
  std::vector<std::uint8_t>& has_parent = scratch_.has_parent;
  has_parent.assign(n, 0);
  for (Index a = 0; a < n; ++a) {
    const auto& parent = atts[a].parent;
    if (parent && *parent < n && *parent != a) {
      children[*parent].push_back(a);
      has_parent[a] = 1;
    }
  }
  std::vector<ByteSpan>& outer = scratch_.outer;
  std::vector<Index>& order = scratch_.order;
  outer.resize(n);
  order.resize(n);
  for (Index a = 0; a < n; ++a) {
    outer[a] = outer_content(atts[a]);
    order[a] = a;
  }
  std::sort(order.begin(), order.end(), [&](Index x, Index y) {
    return outer[x].start != outer[y].start ? outer[x].start < outer[y].start
                                            : outer[x].end > outer[y].end;
  });
  for (std::size_t pos = 0; pos < n; ++pos) {
    const Index b = order[pos];
    if (has_parent[b] != 0) continue;
    std::optional<Index> best;
    const std::size_t lo = pos > nesting_window ? pos - nesting_window : 0;
    const std::size_t hi = std::min(n, pos + nesting_window + 1);
    for (std::size_t k = lo; k < hi; ++k) {
      const Index a = order[k];
      // Later in the order (by start, then longest first) only an attribution with
      // b's own outer content may enclose b.
      if (k > pos && outer[a] != outer[b]) break;
      if (a == b || !encloses(atts[a], outer[a], atts[b], outer[b])) continue;
      if (!best || outer[*best].contains(outer[a])) best = a;
    }
    if (best) children[*best].push_back(b);
  }
  return children;
}

Features ClaimRun::analyse(Index begin, Index end) {
  Features f;
  analyse_into(begin, end, f);
  return f;
}

// Each scanner runs only when some token of the range may open what it finds.
void ClaimRun::analyse_into(Index begin, Index end, Features& f) {
  const std::uint8_t opens = figures_into(begin, end, f);
  cues_into(begin, end, opens, f);
}

// The first half of analyse_into(): clears `f` and fills its times and quantities
// (the times first: they block the figures of dates). Returns the range's opens bits.
std::uint8_t ClaimRun::figures_into(Index begin, Index end, Features& f) {
  f.clear();
  const std::uint8_t opens = table_.opens_any(begin, end);
  if ((opens & opens_time) != 0) times_.parse(begin, end, f.times, blocked_);
  if ((opens & opens_quantity) != 0) quantities_.parse(begin, end, blocked_, f.quantities);
  return opens;
}

// The second half of analyse_into(): the hedges, negations and claim-type cues.
void ClaimRun::cues_into(Index begin, Index end, std::uint8_t opens, Features& f) const {
  if ((opens & opens_entry(EntryKind::hedge)) != 0) cues_.hedges(begin, end, f.hedges);
  if ((opens & opens_negation) != 0) cues_.negations(begin, end, f.negations);
  if ((opens & opens_entry(EntryKind::claim_cue)) != 0) f.cues = cues_.cues(begin, end);
}

namespace {

// The first k in [i, end) with bytes[k] == value (0 or 1), or end, for a table of zeros
// and ones with covered_slack bytes after its last token: eight bytes a step.
[[gnu::always_inline]] inline Index next_byte(const std::uint8_t* bytes, Index i, Index end,
                                              std::uint8_t value) {
  static_assert(std::endian::native == std::endian::little);
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  const std::uint64_t flip = value != 0 ? 0 : ones;  // a hit is a one after the flip
  for (; i < end; i += 8) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, bytes + i, sizeof eight);
    if (const std::uint64_t hit = (eight ^ flip) & ones; hit != 0) {
      return std::min(end, i + static_cast<Index>(std::countr_zero(hit) / 8));
    }
  }
  return end;
}

// Sets out[i] = 1 for every i in any of `ranges` (half-open, within out). Sorts the
// ranges by start, so that each byte is written at most once however many overlap.
void fill_union(std::vector<TokenRange>& ranges, std::vector<std::uint8_t>& out) {
  const auto by_start = [](const TokenRange& x, const TokenRange& y) { return x.first < y.first; };
  if (!std::is_sorted(ranges.begin(), ranges.end(), by_start)) {
    std::sort(ranges.begin(), ranges.end(), by_start);
  }
  std::uint8_t* const bytes = out.data();
  Index filled = 0;  // out[0, filled) holds its final value
  for (const TokenRange& r : ranges) {
    const Index from = std::max(r.first, filled);
    if (from >= r.second) continue;
    std::memset(bytes + from, 1, r.second - from);
    filled = r.second;
  }
}

}  // namespace

// Marks the tokens inside any attribution's content (in_content_), those inside any
// content or cue (covered_: a copy of in_content_ with the cues added), and the
// sentences an attribution touches: the unions of their ranges, each table filled once
// (linear however many attributions overlap; the sentences through the count of ranges
// open at each, with no sort).
void ClaimRun::mark_content() {
  const Index tokens = table_.size();
  const auto sentences = static_cast<Index>(doc_.sentences.size());
  sentence_touched_.assign(sentences, 0);
  by_sentence_ = false;
  // Only an attribution's claims and its sentences read the token tables: a document
  // without attributions (most) leaves them unfilled.
  if (doc_.attributions.empty()) return;
  Index first_touched = no_index;  // the attribution's first sentence, while touch()ed
  std::vector<TokenRange>& content = scratch_.content_marks;
  std::vector<TokenRange>& cues = scratch_.cue_marks;
  // opened[s]: ranges of sentences starting at s, less those ending just before s.
  std::vector<std::int32_t>& opened = scratch_.sentences_opened;
  content.clear();
  cues.clear();
  opened.assign(sentences + 1, 0);
  auto touch = [&](ByteSpan s, std::vector<TokenRange>& into) {
    const TokenRange r{table_.first_at_or_after(s.start), table_.end_at_or_before(s.end)};
    if (r.first >= r.second) return r;
    into.push_back(r);
    const Index sb = table_.token(r.first).sentence;
    const Index se = table_.token(r.second - 1).sentence;
    if (sb < sentences && se < sentences && sb <= se) {
      ++opened[sb];
      --opened[se + 1];
      first_touched = std::min(first_touched, sb);
    }
    return r;
  };
  const auto attributions = static_cast<Index>(doc_.attributions.size());
  scratch_.own_content.resize(attributions);
  scratch_.cue_token.resize(attributions);
  scratch_.first_sentence.resize(attributions);
  // claims_by_sentence() holds when each attribution touches a sentence, none before
  // the previous one's first.
  by_sentence_ = true;
  for (Index a = 0; a < attributions; ++a) {
    const Attribution& at = doc_.attributions[a];
    first_touched = no_index;
    for (const ByteSpan& s : at.content) scratch_.own_content[a] = touch(s, content);
    scratch_.cue_token[a] = at.cue ? touch(at.cue->span, cues).first : no_index;
    scratch_.first_sentence[a] = first_touched;
    by_sentence_ = by_sentence_ && first_touched != no_index &&
                   (a == 0 || scratch_.first_sentence[a - 1] <= first_touched);
  }
  fill_table(in_content_, tokens + covered_slack, 0);
  fill_union(content, in_content_);
  // covered: the contents, then the cues.
  size_table(covered_, tokens + covered_slack);
  std::memcpy(covered_.data(), in_content_.data(), tokens);
  std::memset(covered_.data() + tokens, 0, covered_slack);
  fill_union(cues, covered_);
  std::int32_t open = 0;
  for (Index k = 0; k < sentences; ++k) {
    open += opened[k];
    sentence_touched_[k] = open > 0 ? 1 : 0;
  }
}

// The attribution's content, minus the parts that nested attributions (with their
// source and cue) take, as token ranges.
void ClaimRun::content_ranges(Index a, const std::vector<Index>& children) {
  std::vector<TokenRange>& out = scratch_.content;
  const std::vector<ByteSpan>& own = doc_.attributions[a].content;
  if (children.empty() && own.size() == 1) {  // most attributions: one span, no cut
    out.clear();
    if (own.front().start < own.front().end) out.push_back(scratch_.own_content[a]);
    return;
  }
  std::vector<ByteSpan>& cut = scratch_.cuts;
  cut.clear();
  // A child's source outside the parent's content ("Mayor X said ... and announced
  // that ...", where X also announces) cuts nothing of the parent.
  const std::uint32_t parent_start = outer_content(doc_.attributions[a]).start;
  for (Index c : children) {
    const Attribution& child = doc_.attributions[c];
    if (child.content.empty()) continue;
    ByteSpan s = child.content.front();
    for (const ByteSpan& x : child.content) {
      s.start = std::min(s.start, x.start);
      s.end = std::max(s.end, x.end);
    }
    if (child.cue) s.start = std::min(s.start, child.cue->span.start);
    if (child.source) {
      for (Index m : child.source->mentions) {
        if (m >= doc_.mentions.size() || doc_.mentions[m].span.start < parent_start) continue;
        s.start = std::min(s.start, doc_.mentions[m].span.start);
      }
    }
    cut.push_back(s);
  }
  std::sort(cut.begin(), cut.end(), [](ByteSpan x, ByteSpan y) { return x.start < y.start; });
  std::vector<ByteSpan>& spans = scratch_.spans;
  spans.assign(own.begin(), own.end());
  std::sort(spans.begin(), spans.end(), [](ByteSpan x, ByteSpan y) { return x.start < y.start; });
  out.clear();
  std::size_t first_cut = 0;  // cuts before it end before every later span starts
  for (const ByteSpan& content : spans) {
    std::uint32_t from = content.start;
    while (first_cut < cut.size() && cut[first_cut].end <= content.start) ++first_cut;
    for (std::size_t k = first_cut; k < cut.size() && cut[k].start < content.end; ++k) {
      const ByteSpan& c = cut[k];
      if (c.end <= from) continue;
      if (c.start > from) out.emplace_back(table_.first_at_or_after(from), table_.end_at_or_before(c.start));
      from = std::max(from, c.end);
    }
    if (from < content.end) {
      out.emplace_back(table_.first_at_or_after(from), table_.end_at_or_before(content.end));
    }
  }
}

void ClaimRun::attribution_claims(Index a, const std::vector<std::vector<Index>>& children) {
  const std::size_t first_claim = doc_.claims.size();
  // What a nested attribution leaves of its parent ("it") is rarely a statement.
  const Index min_words = children[a].empty() ? 1 : min_writer_words;
  content_ranges(a, children[a]);
  for (TokenRange r : scratch_.content) claims_for_range(r, a, min_words);
  if (doc_.claims.size() == first_claim && children[a].empty()) {
    // Every attribution yields a claim: fall back to its whole first content span.
    const Attribution& at = doc_.attributions[a];
    if (!at.content.empty()) {
      TokenRange r{table_.first_at_or_after(at.content.front().start),
                   table_.end_at_or_before(at.content.front().end)};
      if (r.first < r.second) {
        emit(r, analyse(r.first, r.second), a, "claim-attribution", no_extra_hedges);
      }
    }
  }
  if (doc_.claims.size() == first_claim) return;
  const FrameFeatures& frame = frame_features(a);
  // An empty frame changes no claim: each list is already in text order (emit()).
  if (frame.hedges.empty() && frame.times.empty() && frame.negations.empty() && !frame.negative) {
    return;
  }
  for (std::size_t c = first_claim; c < doc_.claims.size(); ++c) {
    Claim& claim = doc_.claims[c];
    for (const Hedge& h : frame.hedges) {
      const bool dup = std::any_of(claim.hedges.begin(), claim.hedges.end(),
                                   [&](const Hedge& x) { return overlaps(x.span, h.span); });
      if (!dup) claim.hedges.push_back(h);
    }
    claim.times.insert(claim.times.end(), frame.times.begin(), frame.times.end());
    claim.negations.insert(claim.negations.end(), frame.negations.begin(), frame.negations.end());
    if (frame.negative) claim.polarity = Polarity::negative;
    in_text_order(claim.hedges);
    in_text_order(claim.times);
    in_text_order(claim.negations);
  }
}

// Claims of one content range: one per sentence that says something checkable (or the
// whole range when none does), each split at coordinated statements with own figures.
// A content span that starts at a figure keeps the approximator just before it
// ("about | 800 employees").
// Inline: most ranges start with a word.
[[gnu::always_inline]] inline TokenRange ClaimRun::with_approximator(TokenRange r) const {
  if (r.first >= r.second || table_.kind(r.first) != TokenKind::number) return r;
  const Index sentence_start = table_.token(r.first).sentence;
  for (Index back = 1; back <= max_approximator_words && back <= r.first; ++back) {
    const Index k = r.first - back;
    if (table_.token(k).sentence != sentence_start) break;
    const EntryMatch m = table_.match(k, r.second, EntryKind::approximator);
    if (m && m.end == r.first) return TokenRange{k, r.second};
  }
  return r;
}

// The parts of a range that lie in different sentences. Sentence s holds tokens
// [sentence_first_token[s], sentence_first_token[s + 1]): each part ends at the next
// sentence's first token, found without stepping over the tokens between.
[[gnu::always_inline]] inline void ClaimRun::sentence_pieces(
    TokenRange range, std::vector<TokenRange>& pieces) const {
  pieces.clear();
  const std::vector<Index>& first_token = a_.sentence_first_token;
  Index start = range.first;
  while (start < range.second) {
    const Index s = table_.token(start).sentence;
    Index end = start + 1;
    if (s + 1 < first_token.size() && first_token[s + 1] > start) {
      end = std::min(range.second, first_token[s + 1]);
    } else {  // no sentence table: step to the next sentence's token
      while (end < range.second && table_.token(end).sentence == s) ++end;
    }
    pieces.emplace_back(start, end);
    start = end;
  }
}

[[gnu::flatten]] void ClaimRun::claims_for_range(TokenRange range, Index a, Index min_words) {
  range = with_approximator(trim(range, true));
  if (range.first >= range.second) return;
  std::vector<TokenRange>& pieces = scratch_.sentence_ranges;
  sentence_pieces(range, pieces);
  std::size_t kept = 0;  // scratch_.pieces[0, kept) are kept
  for (TokenRange p : pieces) {
    p = trim(p, true);
    if (p.first >= p.second) continue;
    Piece& k = piece_slot(kept);
    k.extra.clear();
    if (auto h = strip_epistemic_frame(p)) k.extra.push_back(*h);
    analyse_into(p.first, p.second, k.features);
    const bool wanted = pieces.size() == 1 || k.features.any_signal() || !k.extra.empty();
    if (wanted && has_words(p, std::max(min_words, min_claim_words))) {
      k.range = p;
      ++kept;
    }
  }
  if (kept == 0) {
    if (!has_words(range, min_words)) return;
    Piece& k = piece_slot(0);
    k.range = range;
    k.extra.clear();
    analyse_into(range.first, range.second, k.features);
    kept = 1;
  }
  for (std::size_t k = 0; k < kept; ++k) emit_split(scratch_.pieces[k], a);
}

// One claim per coordinated statement with its own figure, else one for the piece.
[[gnu::always_inline]] inline void ClaimRun::emit_split(const Piece& piece, Index a) {
  // Only a piece with two figures or more can split (split_coordinated).
  if (piece.features.quantities.size() < 2) {
    emit(piece.range, piece.features, a, "claim-attribution", piece.extra);
    return;
  }
  std::vector<TokenRange>& parts = scratch_.parts;
  split_coordinated_into(piece.range.first, piece.range.second, piece.features, parts,
                         scratch_.word_counts);
  if (parts.size() == 1) {
    emit(piece.range, piece.features, a, "claim-attribution", piece.extra);
    return;
  }
  for (TokenRange part : parts) {
    part = trim(part, true);  // "..., and that salaries were ..."
    piece.features.subset_into(part.first, part.second, scratch_.subset);
    emit(part, scratch_.subset, a, "claim-attribution-split", piece.extra);
  }
}

// "it believes that ...": when no nested attribution took the epistemic verb, drop
// it from the claim and keep it as the claim's hedge.
// Inline: most pieces start with no subject pronoun.
[[gnu::always_inline]] inline std::optional<FoundHedge> ClaimRun::strip_epistemic_frame(
    TokenRange& r) const {
  if (!is_subject_pronoun(table_.lower(r.first))) return std::nullopt;
  const Index stop = std::min<Index>(r.second, r.first + epistemic_subject + 1);
  for (Index k = r.first + 1; k < stop; ++k) {
    if (table_.kind(k - 1) != TokenKind::word) return std::nullopt;
    const EntryMatch m = table_.match(k, r.second, EntryKind::hedge);
    if (!m || m.end != k + 1 ||
        static_cast<HedgeCategory>(m.entry->code) != HedgeCategory::epistemic_verb) {
      continue;
    }
    Index body = k + 1;
    // "it believes that ...", "it estimates 300 ...": not "I'll believe it when ...".
    const bool that = table_.is(body, "that");
    const bool third_person = table_.lower(k).back() == 's';
    // ("I don't think about it": "about" opens no figure without a number after it.)
    const EntryMatch approx = body < r.second ? table_.match(body, r.second, EntryKind::approximator)
                                              : EntryMatch{};
    const bool figure = body < r.second &&
                        (table_.kind(body) == TokenKind::number ||
                         (approx && approx.end < r.second && table_.kind(approx.end) == TokenKind::number));
    if (!that && !third_person && !figure) return std::nullopt;
    if (that) ++body;
    if (body >= r.second || !has_words({body, r.second}, min_writer_words)) return std::nullopt;
    FoundHedge h;
    h.first = k;
    h.end = k + 1;
    h.hedge.span = table_.span(k, k + 1);
    h.hedge.cue = m.entry->value;
    h.hedge.category = HedgeCategory::epistemic_verb;
    r.first = body;
    return h;
  }
  return std::nullopt;
}

// "sources said", "two sources familiar with the talks said": nobody is named.
[[gnu::always_inline]] inline bool ClaimRun::unnamed_source(const Attribution& at) const {
  if (!at.source || at.source->mentions.empty()) return false;
  const Index m = at.source->mentions.front();
  if (m >= doc_.mentions.size()) return false;
  const std::string_view text = slice(a_.text, doc_.mentions[m].span);
  // Most sources neither start with an 's' nor end with one: two byte tests.
  if (text.empty() || (text.back() != 's' && text.front() != 's' && text.front() != 'S')) return false;
  return text.ends_with(" sources") || text.starts_with("sources") || text.starts_with("Sources");
}

// What the words around an attribution's cue add to its claims: the cue itself as
// a hedge when epistemic ("it believes") or a shield ("according to"), and the times,
// qualifying adverbs and negations of the frame ("said on Tuesday", "declined to say").
// An epistemic cue ("believes") or "according to" qualifies what it reports.
// So do a cue that doubts its content ("alleged", "claimed"), an impersonal passive
// with no source ("It was reported that") and unnamed sources ("sources said").
void ClaimRun::cue_hedge(const Attribution& at, std::vector<Hedge>& out) const {
  if (!at.cue) return;
  if (at.cue->cue_class == CueClass::epistemic) {
    out.push_back(Hedge{at.cue->span, at.cue->lemma, HedgeCategory::epistemic_verb});
  } else if (at.cue->cue_class == CueClass::according_to) {
    out.push_back(Hedge{at.cue->span, "according to", HedgeCategory::attribution_shield});
  } else if (is_doubting_lemma(at.cue->lemma)) {
    out.push_back(Hedge{at.cue->span, at.cue->lemma, HedgeCategory::epistemic_verb});
  } else if (!at.source && is_passive(slice(a_.text, at.cue->span))) {
    out.push_back(Hedge{at.cue->span, at.cue->lemma, HedgeCategory::attribution_shield});
  } else if (unnamed_source(at)) {
    out.push_back(Hedge{at.cue->span, "sources say", HedgeCategory::attribution_shield});
  }
}

const FrameFeatures& ClaimRun::frame_features(Index a) {
  FrameFeatures& out = scratch_.frame;
  out.clear();
  const Attribution& at = doc_.attributions[a];
  cue_hedge(at, out.hedges);
  // The enclosing reports qualify it too: "..., according to a poll" around "expected".
  Index up = parent_of_.size() > a ? parent_of_[a] : no_index;
  for (Index depth = 0; up != no_index && depth < max_parent_depth; ++depth) {
    cue_hedge(doc_.attributions[up], out.hedges);
    up = parent_of_[up];
  }
  if (!at.cue) return out;
  const Index ci = scratch_.cue_token[a];  // first_at_or_after(at.cue->span.start)
  if (ci >= table_.size()) return out;
  const Index s = table_.token(ci).sentence;
  if (s + 1 >= a_.sentence_first_token.size()) return out;
  const Index sb = std::max(a_.sentence_first_token[s], ci > frame_window ? ci - frame_window : 0);
  const Index se = std::min({a_.sentence_first_token[s + 1], ci + frame_window, table_.size()});
  // The frame is what is neither reported content nor someone's quoted words.
  // framed(k): in_content_[k] == 0 && !in_speech_quote(k), with the tables read once.
  const std::uint8_t* const content = in_content_.data();
  const Index* const quotation =
      a_.token_quotation.size() == table_.size() ? a_.token_quotation.data() : nullptr;
  const auto quotations = static_cast<Index>(doc_.quotations.size());
  auto unquoted = [&](Index k) {
    const Index q = quotation != nullptr ? quotation[k] : no_index;
    return q == no_index || q >= quotations || !is_quote_role_counted(doc_.quotations[q].role);
  };
  Index i = sb;
  while (true) {
    i = next_byte(content, i, se, 0);  // past the content, eight tokens a step
    if (i >= se) break;
    if (!unquoted(i)) {
      ++i;
      continue;
    }
    Index e = i + 1;
    while (e < se && content[e] == 0 && unquoted(e)) ++e;
    scan_frame({i, e}, ci, out);
    i = e;
  }
  return out;
}

// Each scanner runs only when some token of the stretch may open what it finds.
void ClaimRun::scan_frame(TokenRange r, Index cue, FrameFeatures& out) {
  const std::uint8_t opens = table_.opens_any(r.first, r.second);
  std::vector<FoundTime>& times = scratch_.frame_times;
  times.clear();
  if ((opens & opens_time) != 0) times_.parse(r.first, r.second, times, blocked_);
  for (const FoundTime& t : times) out.times.push_back(t.time);
  std::vector<FoundHedge>& hedges = scratch_.frame_hedges;
  hedges.clear();
  if ((opens & opens_entry(EntryKind::hedge)) != 0) cues_.hedges(r.first, r.second, hedges);
  for (const FoundHedge& h : hedges) {
    // Modals and verbs around the cue belong to other clauses ("asked whether others
    // would join", "the think tank"); adverbs and shields qualify the report.
    if (h.hedge.category != HedgeCategory::epistemic_adverb &&
        h.hedge.category != HedgeCategory::attribution_shield) {
      continue;
    }
    const bool dup = std::any_of(out.hedges.begin(), out.hedges.end(),
                                 [&](const Hedge& x) { return overlaps(x.span, h.hedge.span); });
    if (!dup) out.hedges.push_back(h.hedge);
  }
  std::vector<FoundNegation>& negations = scratch_.frame_negations;
  negations.clear();
  if ((opens & opens_negation) != 0) cues_.negations(r.first, r.second, negations);
  for (const FoundNegation& n : negations) {
    // Negations after the cue and outside the content belong to other clauses; those
    // before it qualify the source ("a neighbour who did not want to be named said").
    const bool at_cue = n.end == cue || n.end + 1 == cue || (n.first <= cue && cue < n.end);
    if (n.first > cue && !at_cue) continue;
    out.negations.push_back(n.negation);
    // "denied that ...", "did not say that ...": the source denies the content.
    if (n.kind == NegationKind::denial || (negates(n.kind) && at_cue)) out.negative = true;
  }
}

// In a sentence that also reports speech, the writer's own words outside the content
// and the cue ("X has defended a 5.9% rise, saying ...") are a claim when they carry a
// figure.
// "said allotment holder Ivo Marsh, 68.": a bare whole number between commas (or before
// the sentence's end) right after a capitalised name is the speaker's age, part of the
// source's description; alone it makes no claim of the writer's.
bool ClaimRun::age_apposition(const FoundQuantity& q) const {
  constexpr double max_age = 120;
  if (q.end != q.first + 1 || q.first < 2 || table_.kind(q.first) != TokenKind::number) return false;
  const DigitParse* d = table_.digits(q.first);
  if (d == nullptr || !d->suffix.empty() || d->value < 1 || d->value > max_age ||
      d->value != static_cast<double>(static_cast<int>(d->value))) {
    return false;
  }
  const bool after_name = table_.is(q.first - 1, ",") && table_.capitalized(q.first - 2);
  const bool closed = q.end >= table_.size() || table_.is(q.end, ",") || table_.is(q.end, ".") ||
                      table_.token(q.end).sentence != table_.token(q.first).sentence;
  return after_name && closed;
}

void ClaimRun::residual_claims(TokenRange sentence) {
  const std::uint8_t* const covered = covered_.data();
  Index i = sentence.first;
  while (true) {
    i = next_byte(covered, i, sentence.second, 0);
    if (i >= sentence.second) break;
    const Index e = next_byte(covered, i, sentence.second, 1);
    // Most stretches are a mark or two between a content and its cue: too short to trim.
    if (e - i < min_residual_words) {
      i = e;
      continue;
    }
    TokenRange r = trim(TokenRange{i, e}, false);
    i = e;
    if (r.first >= r.second || !has_words(r, min_residual_words)) continue;
    Features& f = scratch_.features;
    // A writer's concession is checked as a writer's sentence is.
    if (writer_concession(r)) {
      analyse_into(r.first, r.second, f);
      if (f.any_signal()) emit(r, f, std::nullopt, "claim-writer-residual", no_extra_hedges);
      continue;
    }
    // Otherwise only a stretch with a figure makes a claim: read its cues only then.
    if (!may_hold_figure(r, f)) continue;
    const std::uint8_t opens = dated_figures_into(r, f);
    const bool figures = std::any_of(f.quantities.begin(), f.quantities.end(),
                                     [&](const FoundQuantity& q) { return !age_apposition(q); });
    if (!figures) continue;
    cues_into(r.first, r.second, opens, f);
    r = drop_source_tail(r, f);
    f.subset_into(r.first, r.second, scratch_.subset);
    emit(r, scratch_.subset, std::nullopt, "claim-writer-residual", no_extra_hedges);
  }
}

// False when figures_into(r) would find no quantity, told without its time parse: the
// figures read with the dates blocked so far. The dates of r only block more tokens,
// which fails more figures and finds none new (each token is tried, none skipped). `f`
// is scratch. Leaves the tokens of r unblocked: no later read of blocked_ reaches them.
bool ClaimRun::may_hold_figure(TokenRange r, Features& f) {
  f.quantities.clear();
  if ((table_.opens_any(r.first, r.second) & opens_quantity) == 0) return false;
  quantities_.parse(r.first, r.second, blocked_, f.quantities);
  return !f.quantities.empty();
}

// figures_into(r, f) once may_hold_figure(r, f) has read the figures: the times, and
// the figures again only where a date blocks tokens (else they come out the same).
std::uint8_t ClaimRun::dated_figures_into(TokenRange r, Features& f) {
  const std::uint8_t opens = table_.opens_any(r.first, r.second);
  f.times.clear();
  f.hedges.clear();
  f.negations.clear();
  f.cues = 0;
  if ((opens & opens_time) != 0) times_.parse(r.first, r.second, f.times, blocked_);
  if (std::any_of(f.times.begin(), f.times.end(), [](const FoundTime& t) { return t.blocks; })) {
    f.quantities.clear();
    quantities_.parse(r.first, r.second, blocked_, f.quantities);
  }
  return opens;
}

bool ClaimRun::writer_concession(TokenRange r) const {
  const Index k = table_.is(r.first, ",") ? r.first + 1 : r.first;
  return k < r.second && (table_.is(k, "although") || table_.is(k, "whereas"));
}

// "Fuel prices rose 2.3% in January, and the operator | expects ...": a short
// figure-less tail after the last ", and" names the next source, not the claim.
TokenRange ClaimRun::drop_source_tail(TokenRange r, const Features& f) const {
  const Index last_figure = f.quantities.empty() ? r.first : f.quantities.back().end;
  for (Index k = r.second; k-- > last_figure;) {
    const bool joint = table_.is(k, ";") ||
                       (table_.is(k, ",") && (table_.is(k + 1, "and") || table_.is(k + 1, "but") ||
                                              table_.is(k + 1, "while")));
    if (!joint) continue;
    if (!has_words({k, r.second}, max_source_tail_words + 1)) return trim({r.first, k}, false);
    break;
  }
  return r;
}

std::size_t ClaimRun::writer_sentences() const {
  const std::size_t starts = a_.sentence_first_token.size();
  return starts == 0 ? 0 : std::min(doc_.sentences.size(), starts - 1);
}

void ClaimRun::writer_claims() {
  const std::size_t sentences = writer_sentences();
  for (std::size_t s = 0; s < sentences; ++s) writer_sentence(s);
}

[[gnu::flatten]] void ClaimRun::writer_sentence(std::size_t s) {
  TokenRange r{std::min(a_.sentence_first_token[s], table_.size()),
               std::min(a_.sentence_first_token[s + 1], table_.size())};
  if (sentence_touched_[s] != 0) {
    residual_claims(r);
    return;
  }
  if (mostly_quoted(r)) return;
  r = trim(r, false);
  if (r.first >= r.second || !(has_words(r, min_writer_words) || short_statement(r))) return;
  Features& f = scratch_.features;
  analyse_into(r.first, r.second, f);
  // The writer's statements stay whole sentences: a reader checks the sentence.
  if (f.any_signal()) emit(r, f, std::nullopt, "claim-writer", no_extra_hedges);
}

std::vector<TokenRange> ClaimRun::split_coordinated(Index begin, Index end,
                                                    const Features& f) const {
  std::vector<TokenRange> out;
  std::vector<Index> words;
  split_coordinated_into(begin, end, f, out, words);
  return out;
}

void ClaimRun::split_coordinated_into(Index begin, Index end, const Features& f,
                                      std::vector<TokenRange>& out,
                                      std::vector<Index>& words) const {
  out.clear();
  const auto& qs = f.quantities;
  if (qs.size() < 2) {
    out.emplace_back(begin, end);
    return;
  }
  // words[i]: word tokens in [begin, begin + i), counted at the first bare "and".
  words.clear();
  auto words_in = [&](Index b, Index e) {
    if (words.empty()) {
      words.assign(end - begin + 1, 0);
      for (Index i = begin; i < end; ++i) {
        words[i - begin + 1] = words[i - begin] + (table_.kind(i) == TokenKind::word ? 1 : 0);
      }
    }
    return words[e - begin] - words[b - begin];
  };
  std::size_t before = 0;  // quantities starting before the candidate
  std::size_t at_cut = 0;  // quantities starting before the current part
  Index cur = begin;
  for (Index k = begin + 1; k + 1 < end; ++k) {
    while (before < qs.size() && qs[before].first < k) ++before;
    // Only ";", "," and "and" join statements: a length test or two of most tokens.
    if (const std::string_view w = table_.lower(k);
        w.size() == 1 ? w[0] != ';' && w[0] != ',' : !same_text(w, "and")) {
      continue;
    }
    const bool semicolon = table_.is(k, ";");
    const bool comma_conj = table_.is(k, ",") &&
                            (table_.is(k + 1, "and") || table_.is(k + 1, "but") ||
                             table_.is(k + 1, "while") || table_.is(k + 1, "whereas"));
    // A bare "and" joins clauses only between words: "24 and 31" is a list of figures.
    const bool bare_and = table_.is(k, "and") && !table_.is(k - 1, ",") &&
                          table_.kind(k - 1) == TokenKind::word &&
                          !(before < qs.size() && qs[before].first == k + 1) &&
                          !(before > 0 && qs[before - 1].end == k);
    if (!semicolon && !comma_conj && !bare_and) continue;
    if (before > 0 && qs[before - 1].end > k) continue;  // inside "between X and Y"
    const Index right = k + (comma_conj ? 2 : 1);
    const bool left_has = before > at_cut;
    std::size_t after = before;
    while (after < qs.size() && qs[after].first < right) ++after;
    const bool right_has = after < qs.size();
    if (!left_has || !right_has) continue;
    if (bare_and && (words_in(cur, k) < min_bare_and_words || words_in(right, end) < min_bare_and_words)) {
      continue;
    }
    out.emplace_back(cur, k);
    cur = right;
    at_cut = after;
  }
  out.emplace_back(cur, end);
}

// Inline: called for every range, and most lose one mark at their end and nothing else.
[[gnu::always_inline]] inline TokenRange ClaimRun::trim(TokenRange r, bool attributed) const {
  // Marks lead, and in reported content a joining "that", "and" or "but".
  for (; r.first < r.second; ++r.first) {
    if (table_.kind(r.first) == TokenKind::punct) continue;
    if (!attributed) break;
    const std::string_view w = table_.lower(r.first);
    if (!same_text(w, "that") && !same_text(w, "and") && !same_text(w, "but")) break;
  }
  const Index untrimmed_end = r.second;
  while (r.second > r.first && table_.kind(r.second - 1) == TokenKind::punct) --r.second;
  // Keep the closing mark of a quoted fragment the claim opens: "was 'a kick in the teeth'".
  if (r.second < untrimmed_end && is_quote_mark(table_, r.second) && odd_quote_marks(r)) {
    ++r.second;
  }
  return r;
}

// True when an odd number of the range's tokens are quotation marks.
bool ClaimRun::odd_quote_marks(TokenRange r) const {
  Index marks = 0;
  for (Index i = r.first; i < r.second; ++i) marks += is_quote_mark(table_, i) ? 1 : 0;
  return marks % 2 == 1;
}

bool ClaimRun::in_speech_quote(Index i) const {
  if (a_.token_quotation.size() != table_.size()) return false;
  const Index q = a_.token_quotation[i];
  return q != no_index && q < doc_.quotations.size() &&
         is_quote_role_counted(doc_.quotations[q].role);
}

// Inline: called for every sentence of the writer's, and most hold no quotation.
[[gnu::always_inline]] inline bool ClaimRun::mostly_quoted(TokenRange r) const {
  if (a_.token_quotation.size() != table_.size()) return false;  // in_speech_quote: none
  // Every entry is no_index in a document without quotations.
  if (doc_.quotations.empty()) return false;
  // Most sentences hold no quotation: one AND over their entries tells (no_index is all ones).
  const Index* const quotation = a_.token_quotation.data();
  Index all = no_index;
  for (Index i = r.first; i < r.second; ++i) all &= quotation[i];
  if (all == no_index) return false;
  Index quoted = 0;
  Index words = 0;
  for (Index i = r.first; i < r.second; ++i) {
    if (table_.kind(i) != TokenKind::word) continue;
    ++words;
    const Index q = a_.token_quotation[i];
    if (q != no_index && q < doc_.quotations.size() && is_quote_role_counted(doc_.quotations[q].role)) {
      ++quoted;
    }
  }
  return words > 0 && 2 * quoted > words;
}

// True when the range holds at least n word tokens; reads only up to the n-th.
bool ClaimRun::has_words(TokenRange r, Index n) const {
  for (Index i = r.first; i < r.second && n > 0; ++i) n -= table_.kind(i) == TokenKind::word ? 1 : 0;
  return n == 0;
}

bool ClaimRun::short_statement(TokenRange r) const {
  Index words = 0;
  bool lower = false;
  bool figure = false;
  for (Index i = r.first; i < r.second; ++i) {
    const TokenKind k = table_.kind(i);
    if (k == TokenKind::number) figure = true;
    if (k != TokenKind::word) continue;
    ++words;
    lower = lower || !table_.capitalized(i);
  }
  return words >= min_writer_words - 1 && lower && figure;
}

ClaimType ClaimRun::claim_type(const Features& f, bool attributed) const {
  auto has = [&](CueType t) { return (f.cues & (1U << static_cast<unsigned>(t))) != 0; };
  if (!f.quantities.empty()) return ClaimType::quantity;
  if (has(CueType::prediction)) return ClaimType::prediction;
  if (has(CueType::causation)) return ClaimType::correlation_causation;
  if (has(CueType::comparison)) return ClaimType::comparison;
  if (has(CueType::rules)) return ClaimType::laws_rules;
  if (attributed && has(CueType::experience)) return ClaimType::personal_experience;
  return ClaimType::other;
}

// The entities of the mentions lying wholly inside the claim, in order of first
// mention (first token where the mention is the innermost, Analysis::token_mention);
// gathered in scratch and copied once, so that `about` allocates once. The mentions
// starting inside the claim are read by their token ranges (in text order), and the
// claim's tokens only when two of them overlap (nested mentions, whose order and
// visibility token_mention tells). Without overlaps the two readings agree: a mention
// starting inside is innermost at one of its tokens at least (one starting before the
// claim is longer than any mention inside it that it holds), in the same order.
[[gnu::always_inline]] inline void ClaimRun::fill_about(Claim& c, TokenRange r) {
  if (a_.token_mention.size() != table_.size()) return;
  std::vector<Index>& about = scratch_.about;
  about.clear();
  const auto add = [&](const Mention& mention) __attribute__((always_inline)) {
    if (!c.span.contains(mention.span)) return;
    if (std::find(about.begin(), about.end(), mention.entity) == about.end()) {
      about.push_back(mention.entity);
    }
  };
  const std::vector<std::pair<Index, Index>>& ranges = a_.mention_tokens;
  bool overlap = ranges.size() != doc_.mentions.size();
  if (!overlap) {
    auto it = std::lower_bound(ranges.begin(), ranges.end(), r.first,
                               [](const std::pair<Index, Index>& m, Index first) { return m.first < first; });
    for (Index end = r.first; it != ranges.end() && it->first < r.second; ++it) {
      if (it->first < end) {
        overlap = true;
        break;
      }
      end = it->second;
      add(doc_.mentions[static_cast<std::size_t>(it - ranges.begin())]);
    }
  }
  if (overlap) {
    about.clear();
    const Index* const mention_of = a_.token_mention.data();
    Index last = no_index;  // a mention's tokens follow one another: read it once
    for (Index i = r.first; i < r.second; ++i) {
      const Index m = mention_of[i];
      if (m == last) continue;
      last = m;
      if (m != no_index && m < doc_.mentions.size()) add(doc_.mentions[m]);
    }
  }
  if (about.empty()) return;
  thread_records().about.lend(c.about);
  c.about.assign(about.begin(), about.end());
}

void ClaimRun::emit(TokenRange range, const Features& f, std::optional<Index> attribution,
                    std::string_view rule, const std::vector<FoundHedge>& extra_hedges) {
  if (range.first >= range.second) return;
  Claim& c = doc_.claims.emplace_back();  // built in place
  c.attribution = attribution;
  c.span = table_.span(range.first, range.second);
  c.type = claim_type(f, attribution.has_value());
  std::vector<ByteSpan>& approximators = scratch_.approximators;
  approximators.clear();
  // Each list takes the buffer of an earlier claim's (core/record_pool.hpp) or allocates
  // once; most claims leave most lists empty (no buffer at all).
  RecordPools& pools = thread_records();
  reserve_from(pools.quantities, c.quantities, f.quantities.size());
  reserve_from(pools.hedges, c.hedges, f.quantities.size() + extra_hedges.size() + f.hedges.size());
  reserve_from(pools.times, c.times, f.times.size());
  reserve_from(pools.negations, c.negations, f.negations.size());
  for (const FoundQuantity& q : f.quantities) {
    c.quantities.push_back(q.quantity);
    if (q.approximator_end > q.approximator_first && q.quantity.relation == Relation::approx) {
      const ByteSpan s = table_.span(q.approximator_first, q.approximator_end);
      approximators.push_back(s);
      c.hedges.push_back(Hedge{s, q.quantity.approximator, HedgeCategory::approximator});
    }
  }
  for (const FoundHedge& h : extra_hedges) c.hedges.push_back(h.hedge);
  for (const FoundHedge& h : f.hedges) {
    const bool dup = std::any_of(approximators.begin(), approximators.end(),
                                 [&](ByteSpan s) { return overlaps(s, h.hedge.span); });
    if (!dup) c.hedges.push_back(h.hedge);
  }
  in_text_order(c.hedges);
  for (const FoundTime& t : f.times) c.times.push_back(t.time);
  // A negation before the first clause opener stands in the main clause.
  const Index opener = f.negations.empty() ? range.second
                                           : cues_.first_clause_opener(range.first, range.second);
  for (const FoundNegation& n : f.negations) {
    c.negations.push_back(n.negation);
    if (negates(n.kind) && n.first < opener) c.polarity = Polarity::negative;
  }
  fill_about(c, range);
  const bool split = rule.ends_with("-split");  // "claim-attribution-split"
  c.confidence = !attribution ? writer_confidence : split ? split_confidence : attributed_confidence;
  c.rule_id = rule;
}

}  // namespace sayso::inline v0::detail
