// MentionBuilder, part 1: finding candidate mentions in each sentence.
#include <algorithm>

#include "mentions/mention_builder.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr Index max_run_tokens = 8;
constexpr Index max_modifiers = 6;
constexpr Index max_postmodifier = 8;
constexpr Index max_relative_clause = 12;

bool is_non_ascii_word(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

// "I'll", "We're", "Don't": an apostrophe followed by lower-case letters, not "'s".
bool is_contraction(std::string_view w) {
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    std::size_t next = 0;
    if (w[k] == '\'') {
      next = k + 1;
    } else if (w[k] == '\xE2' && w.compare(k, 3, "\xE2\x80\x99") == 0) {
      next = k + 3;
    }
    if (next == 0 || next >= w.size()) continue;
    const char c = w[next];
    if (c >= 'a' && c <= 'z' && !(c == 's' && next + 1 == w.size())) return true;
  }
  return false;
}

// A regular past-tense form: "arrested", "fired" (four letters or more, ending in "ed").
bool past_tense_form(std::string_view lower_word) {
  return lower_word.size() >= 4 && lower_word.ends_with("ed");
}

}  // namespace

// followed_by_cue(i, end), testing every token.
bool MentionBuilder::cue_after_adverbs(Index i, Index end) const {
  for (Index k = i; k < end && k < i + 3; ++k) {
    if (facts_.cue(k) && !t_.tok(k).has(capitalized)) return true;
    if (!is_adverb_like(k)) return false;
  }
  return false;
}

// Capitalised word i stands where only a name is capitalised (not a sentence start, nor
// after a quotation mark or a colon, unless a capitalised word follows), and is no
// stopword, title or one letter: seen_capitalised() counts it.
bool MentionBuilder::seen_cap(Index i) const {
  if (t_.text(i).size() < 2) return false;
  if (const MentionWord* w = facts_.word(i); w != nullptr && (w->has(mw_stopword) || w->title)) {
    return false;
  }
  return t_.is_cap(i + 1) || !initial_position(i);
}

void MentionBuilder::collect_seen_caps() {
  for (const Index i : facts_.capitalised()) {
    if (seen_cap(i)) seen_caps_.insert(name_state(i));
  }
}

// Whether a word whose name_state() is `state` is a seen_cap() of the document. The first
// few questions read the capitalised words (a compare each, most documents ask once or
// twice); then seen_caps_ is filled (a hash and an insert each) and answers the rest:
// linear in the number of capitalised words either way. Only a short list is read more
// than once: a long one (a large document) would stream through memory on every read.
bool MentionBuilder::seen_capitalised(std::uint64_t state) {
  constexpr unsigned max_reads = 8;
  constexpr std::size_t max_read_words = 4096;
  if (!seen_caps_ready_ && seen_reads_ < max_reads &&
      facts_.capitalised().size() <= max_read_words) {
    ++seen_reads_;
    // (name_state() with its table and generation read once: most entries are current.)
    const std::uint64_t* states = states_;
    const std::uint8_t generation = generation_;
    for (const Index k : facts_.capitalised()) {
      const std::uint64_t at = states[k];
      const bool same = at == state || ((at & 0xFF) != generation && compute_name_state(k) == state);
      if (same && seen_cap(k)) return true;
    }
    return false;
  }
  if (!seen_caps_ready_) {
    collect_seen_caps();
    seen_caps_ready_ = true;
  }
  return seen_caps_.contains(state);
}

// Word i (not at a sentence start) follows a quotation mark or a colon (punctuation both:
// tested first, without a call).
bool MentionBuilder::after_initial_mark(Index i) const {
  if (i == 0 || t_.tok(i - 1).kind != TokenKind::punct) return false;
  // One byte: a straight quotation mark or a colon, read here; longer marks are decoded.
  if (const std::string_view mark = t_.text(i - 1); mark.size() == 1) {
    return mark[0] == '"' || mark[0] == '\'' || mark[0] == ':';
  }
  return t_.is_quote_mark(i - 1);
}

// A headline in title case ("Mayor 'Ready' To Talk With Rebels"): every long word
// capitalised, and a capitalised function word inside, which no run of names has.
// `first_cap`: the first entry of facts_.capitalised() in sentence s (or past it).
bool MentionBuilder::title_case(Index s, std::size_t first_cap) const {
  const Index b = t_.sentence_begin(s);
  const Index e = t_.sentence_end(s);
  // Most sentences have no capitalised function word: found among the few capitalised
  // words first, before every token is read.
  const std::vector<Index>& caps = facts_.capitalised();
  bool any_function_word = false;
  for (std::size_t c = first_cap; c < caps.size() && caps[c] < e && !any_function_word; ++c) {
    const Index i = caps[c];
    any_function_word = i > b && facts_.stopword(i) && t_.text(i).size() <= 4 && !t_.in_quote(i) &&
                        !in_handle(i);
  }
  if (!any_function_word) return false;
  int words = 0;
  bool function_word = false;
  for (Index i = b; i < e; ++i) {
    const Token& tok = t_.tok(i);
    if (tok.kind != TokenKind::word) {
      // "— Mark Ellis (@MarkEllis) June 5, 2025": a post's signature, not a headline.
      if (t_.is(i, '@')) return false;
      continue;
    }
    if (t_.in_quote(i) || in_handle(i)) continue;
    const std::size_t size = tok.span.end - tok.span.start;
    if (!tok.has(capitalized)) {
      if (size >= 4) return false;  // a long lower-case word: no headline
      continue;
    }
    if (i > b && size <= 4 && facts_.stopword(i)) function_word = true;
    if (size >= 4) ++words;
  }
  return words >= 3 && function_word;
}

// Whether tokens [k, k + n) (words) spell a title: the folded text when they are one
// space apart, else the words joined by spaces.
bool MentionBuilder::is_title(Index k, Index n) const {
  if (n == 1) return facts_.title(k) != nullptr;
  for (Index j = k; j < k + n; ++j) {
    if (!t_.is_word(j)) return false;
  }
  const ByteSpan first = t_.tok(k).span;
  const ByteSpan last = t_.tok(k + n - 1).span;
  const std::string_view folded = t_.folded_range(k, k + n);
  bool single_spaced = true;
  for (Index j = k + 1; j < k + n; ++j) {
    const ByteSpan prev = t_.tok(j - 1).span;
    const ByteSpan cur = t_.tok(j).span;
    single_spaced = single_spaced && cur.start == prev.end + 1 && folded[prev.end - first.start] == ' ';
  }
  if (single_spaced && last.end > first.start) return lex_.titles.find_lower(folded) != nullptr;
  std::string joined;
  for (Index j = k; j < k + n; ++j) {
    if (j > k) joined.push_back(' ');
    joined.append(t_.text(j));
  }
  return lex_.titles.find(joined) != nullptr;
}

Index MentionBuilder::title_length_at(Index k, Index end) const {
  const Index max_words = static_cast<Index>(std::min<std::size_t>(lex_.max_title_words, 5));
  for (Index n = max_words; n >= 1; --n) {
    if (k + n > end || !is_title(k, n)) continue;
    Index len = n;
    if (t_.is(k + n, '.') && !t_.tok(k + n).has(space_before)) ++len;
    return len;
  }
  return 0;
}

bool MentionBuilder::opens_org_name(Index k, Index run_end) const {
  constexpr unsigned function_word = mw_article | mw_quantifier | mw_preposition | mw_clause_opener |
                                     mw_subordinator | mw_before_verb | mw_possessive | mw_connector;
  if (k + 1 >= run_end || facts_.has(k, function_word) || t_.tok(k).has(all_upper)) return false;
  const MentionWord* w = facts_.word(k);
  return w != nullptr && w->pronoun == nullptr && is_org_run(k + 1, run_end);
}

bool MentionBuilder::surname_stopword(Index j, Index end) const {
  if (j == 0 || t_.tok(j).has(sentence_start) || !t_.is_cap(j - 1) || name_stopword(j - 1)) return false;
  // (Not "I" nor "II": pronouns and words of fewer than three letters.)
  const MentionWord* w = facts_.word(j);
  if (t_.text(j).size() < 3 || (w != nullptr && w->pronoun != nullptr)) return false;
  const Index next = j + 1;
  if (next < end && t_.is_cap(next)) return false;
  return possessive(j) || (next < end && (t_.is(next, ',') || facts_.cue(next)));
}

Index MentionBuilder::nickname_end(Index open, Index end) const {
  constexpr Index max_nickname_tokens = 6;
  const Index q = open + 1 < end ? t_.quote(open + 1) : no_index;
  if (q == no_index || q >= a_.doc->quotations.size() || a_.doc->quotations[q].role != QuoteRole::nickname) {
    return no_index;
  }
  // (The marks may count as the quotation's tokens or not.)
  for (Index k = open + 2; k < end && k < open + 2 + max_nickname_tokens; ++k) {
    if (t_.quote(k) == q) continue;
    if (t_.is_quote_mark(k)) return k + 1;
    return t_.is_quote_mark(k - 1) ? k : no_index;
  }
  return no_index;
}

bool MentionBuilder::particle_surname(Index i) const {
  if (!t_.is_word(i) || !t_.tok(i).has(hyphenated) || t_.tok(i).has(capitalized)) return false;
  const std::string_view w = t_.text(i);
  const std::size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash < 2 || dash > 4 || dash + 1 >= w.size() ||
      w[dash + 1] < 'A' || w[dash + 1] > 'Z') {
    return false;
  }
  const MentionWord* particle = lex_.words.find(w.substr(0, dash));
  return particle != nullptr && particle->has(mw_hyphen_particle);
}

// The end of a run of capitalised words starting at i (connectors and initials inside).
Index MentionBuilder::run_extent(Index i, Index end) const {
  Index j = i;
  bool org_seen = false;
  bool of_for_seen = false;
  while (j < end && j - i < max_run_tokens) {
    if ((t_.is_cap(j) || (j > i && particle_surname(j))) && t_.in_quote(j) == t_.in_quote(i)) {
      if (j > i && name_stopword(j) && !surname_stopword(j, end)) break;
      if (const HeadInfo* h = facts_.head(j); h && h->type == EntityType::organization) {
        org_seen = true;
      }
      const bool poss = possessive(j);
      ++j;
      if (poss) break;
      // "Gen." or an initial "B." inside a name.
      if (j + 1 < end && t_.is(j, '.') && !t_.tok(j).has(space_before) && t_.is_cap(j + 1) &&
          (t_.text(j - 1).size() <= 4)) {
        ++j;
      }
      continue;
    }
    // "the Metalworkers' Federation": a plural possessive inside an organisation's name.
    if (j > i && !t_.is_word(j) && plural_possessive_in_name(j, end)) {
      org_seen = true;
      ++j;
      continue;
    }
    // "Dwayne "The Tank" Morris": a nickname in quotation marks inside a name.
    if (j > i && t_.is_quote_mark(j)) {
      const Index after = nickname_end(j, end);
      if (after < end && t_.is_cap(after) && !t_.in_quote(after)) {
        j = after;
        continue;
      }
    }
    // "the Food and Drug Administration", "the Department of Health and Human Services".
    if (j > i && t_.is_lower_word(j, "and") && and_in_org_name(i, j, end, org_seen && of_for_seen)) {
      ++j;
      continue;
    }
    // Past its first word, only connectors continue a run.
    if (j == i || !is_connector(j)) break;
    const std::string_view k = lower(j);
    const bool of_for = k == "of" || k == "for";
    of_for_seen = of_for_seen || of_for;
    // "María de la Cruz", "Ludwig van der Berg": two particles in a row.
    // "the Office of the Budget": "of the" inside an organisation's name.
    if (is_connector(j + 1) && t_.is_cap(j + 2) &&
        (!of_for || (org_seen && lower(j + 1) == "the")) && lower(j + 1) != "&") {
      j += 2;
      continue;
    }
    if (t_.is_cap(j + 1)) {
      if (of_for && !org_seen) break;
      if (k == "the" && j == i + 1 && t_.tok(i).has(sentence_start)) break;
      ++j;
      continue;
    }
    break;
  }
  // Never end on a connector.
  while (j > i && is_connector(j - 1)) --j;
  return j;
}

bool MentionBuilder::and_in_org_name(Index i, Index and_at, Index end, bool org_phrase) const {
  constexpr Index max_words = 4;
  Index last = and_at + 1;
  while (last < end && last <= and_at + max_words && t_.is_cap(last) && t_.in_quote(last) == t_.in_quote(i)) {
    ++last;
  }
  if (last == and_at + 1) return false;
  const MentionWord* first_after = facts_.word(and_at + 1);
  if (first_after != nullptr && first_after->first_name != nullptr) return false;  // "Tom Hale and Ana Ruiz"
  bool head_after = false;
  for (Index k = and_at + 1; k < last; ++k) {
    const HeadInfo* h = facts_.head(k);
    head_after = head_after || (h != nullptr && h->type == EntityType::organization);
  }
  // "Department of Health and Human Services": the "of" phrase goes on, with no head of
  // its own after "and" (else two bodies: "Bank of England and Treasury Committee").
  if (org_phrase) return !head_after;
  // "Food and Drug Administration": one plain word, then words ending in a head.
  const Index word = and_at - 1;  // ("The Food and ...": the run may open with "The")
  if (word != i && !(word == i + 1 && lower(i) == "the")) return false;
  const MentionWord* before = facts_.word(word);
  const HeadInfo* h = facts_.head(last - 1);
  return (before == nullptr || (before->head == nullptr && before->first_name == nullptr)) && h != nullptr &&
         h->type == EntityType::organization;
}

// Token j is an apostrophe glued to a capitalised word ending in "s", and an
// organisation's head word follows ("Workers' Party", "Nurses' Union").
bool MentionBuilder::plural_possessive_in_name(Index j, Index end) const {
  if (!plural_possessive_mark(j, end) || !t_.is_cap(j + 1)) return false;
  const HeadInfo* h = facts_.head(j + 1);
  return h != nullptr && h->type == EntityType::organization;
}

// Token j is the apostrophe of a plural possessive ("teachers'", "Pilots'"), glued to a
// word ending in "s", with a word after it.
bool MentionBuilder::plural_possessive_mark(Index j, Index end) const {
  if (j == 0 || j + 1 >= end || t_.tok(j).has(space_before) || !t_.is_word(j + 1)) return false;
  const std::string_view mark = t_.text(j);
  if (mark != "'" && mark != "\xE2\x80\x99") return false;
  const std::string_view before = t_.text(j - 1);
  return before.size() >= 3 && before.back() == 's';
}

// "On Linden Street, residents ...": a street, unless it speaks ("Downing Street said")
// or opens with a given name ("Sophie Lane").
bool MentionBuilder::street_run(Index first, Index last) const {
  if (last > first + 1 && facts_.has(last - 1, mw_street) && !(last < t_.size() && facts_.cue(last))) {
    const MentionWord* w = facts_.word(first);
    if (w == nullptr || w->first_name == nullptr) return true;
  }
  return false;
}

bool MentionBuilder::is_place_run(Index first, Index last) const {
  if (street_run(first, last)) return true;
  bool place = false;
  for (Index k = first; k < last; ++k) {
    if (!t_.is_word(k)) continue;
    // "Afghans": a plural demonym.
    const bool plural_demonym = facts_.has(k, mw_place_plural) && lower(k).size() > 3;
    if (facts_.has(k, mw_place) || plural_demonym) {
      place = true;
    } else if (!facts_.has(k, mw_place_part)) {
      return false;
    }
  }
  return place || last > first;
}

// is_place_run(k, k + 1), read from the token's lexicon bits.
bool MentionBuilder::is_place_token(Index k) const {
  if (!t_.is_word(k)) return true;
  return facts_.has(k, mw_place | mw_place_part) ||
         (facts_.has(k, mw_place_plural) && lower(k).size() > 3);
}

namespace {

// Two to six letters, counting a multi-byte letter once ("Ó" in "Fergal Ó Dálaigh" is
// one capital, not an acronym).
bool is_acronym_length(std::string_view word) noexcept {
  std::size_t letters = 0;
  for (const char ch : word) letters += (static_cast<unsigned char>(ch) & 0xC0U) != 0x80U ? 1 : 0;
  return letters >= 2 && letters <= 6;
}

// "Inflation", "Attendance", "Turnout": suffixes of abstract nouns, which open sentences
// as often as one-word names do.
bool abstract_noun(std::string_view w) {
  constexpr std::string_view suffixes[] = {"ion", "ance", "ence", "ment", "ity", "ness",
                                           "ship", "ure", "ism", "ing", "out"};
  return std::any_of(std::begin(suffixes), std::end(suffixes),
                     [&](std::string_view x) { return w.ends_with(x); });
}

}  // namespace

bool MentionBuilder::is_org_run(Index first, Index last) const {
  for (Index k = first; k < last; ++k) {
    if (!t_.is_word(k)) {
      if (k > first && t_.is(k, '&') && t_.tok(k).has(space_before)) return true;  // "Marks & Spencer"
      continue;
    }
    // "Office of the Budget", "Nexora Labs", "the agency Harbour Watch", "NATO".
    const MentionWord* w = facts_.word(k);
    const unsigned inside = k > first ? mw_org_joiner | mw_corporate : 0U;
    // (A nickname in quotation marks inside a name, "Dwayne "The Tank" Morris", is not read.)
    if (w != nullptr && (w->bits & (mw_org_head | inside)) != 0 && t_.in_quote(k) == t_.in_quote(first)) {
      return true;
    }
    // "Ana Holt KC", "DCI Ana Holt": honours after a name and a title before it are no
    // acronym.
    if (k + 1 == last && k > first && facts_.has(k, mw_postnominal)) continue;
    if (k == first && k + 1 < last && facts_.title(k) != nullptr) continue;
    if (t_.tok(k).has(all_upper) && is_acronym_length(bare(k))) return true;
  }
  return false;
}

bool MentionBuilder::is_org_token(Index k) const { return is_org_run(k, k + 1); }

bool MentionBuilder::postnominal_end(Index q, Index run_end) const {
  const Index last = run_end - 1;
  return run_end >= q + 3 && t_.tok(last).has(all_upper) && facts_.has(last, mw_postnominal);
}

// "Mr", "Ms.", "Dr": forms of address, not descriptions of the person.
bool MentionBuilder::honorifics_only(Index first, Index last) const {
  for (Index k = first; k < last; ++k) {
    if (t_.is(k, '.')) continue;
    const std::string_view key = lower(k);
    const Gender* g = facts_.title_key(k);
    const bool honorific = (g != nullptr && *g != '-') || key == "dr" || key == "prof";
    if (!honorific) return false;
  }
  return true;
}

bool MentionBuilder::accept_single_initial(Index i, Index last) {
  // "Varga's plan", "Varga, who ...": a possessive or a parenthetical after a word that
  // is no sentence adverb; "Varga said". (Read first: these need no look at the rest of
  // the document.)
  if (facts_.title_key(i) == nullptr && facts_.head(i) == nullptr) {
    const std::string_view key = lower(i);
    const bool adverb = key.size() > 4 && key.compare(key.size() - 2, 2, "ly") == 0;
    // (Not "Prices, the bank warned, would ...": a parenthetical cue after the comma; not
    // "Mud, rocks and trees swept ...": a list of plain words.)
    const bool name_comma = t_.is(last, ',') && !parenthetical_cue_after(last) && !plain_list_after(last);
    if (!adverb && (possessive(i) || name_comma)) return true;
    if (followed_by_cue(last, t_.sentence_end(t_.sentence(i)))) return true;
  }
  // The word is capitalised elsewhere where only names are.
  return seen_capitalised(name_state(i)) || named_before_reference(i, last);
}

bool MentionBuilder::parenthetical_cue_after(Index comma) const {
  constexpr Index max_source_tokens = 4;
  for (Index k = comma + 1; k < t_.size() && k <= comma + 1 + max_source_tokens; ++k) {
    if (!t_.is_word(k)) return false;
    if (facts_.cue(k)) return k + 1 < t_.size() && t_.is(k + 1, ',');
  }
  return false;
}

bool MentionBuilder::plain_list_after(Index comma) const {
  constexpr Index max_item_words = 3;
  const Index first = comma + 1;
  if (first >= t_.size() || !t_.is_word(first) || t_.tok(first).has(capitalized) || facts_.stopword(first)) {
    return false;
  }
  for (Index k = first + 1; k < t_.size() && k <= first + max_item_words; ++k) {
    if (t_.is_lower_word(k, "and") || t_.is_lower_word(k, "or") || t_.is(k, ',')) return true;
    if (!t_.is_word(k) || t_.tok(k).has(capitalized)) return false;
  }
  return false;
}

bool MentionBuilder::named_before_reference(Index i, Index last) const {
  constexpr Index cue_window = 12;
  const MentionWord* w = facts_.word(i);
  if (w != nullptr && (w->bits != 0 || w->pronoun != nullptr || w->head != nullptr || w->title != nullptr)) {
    return false;
  }
  if (facts_.stopword(i) || abstract_noun(t_.key(i))) return false;
  if (last >= t_.size() || !t_.is_word(last) || t_.tok(last).has(capitalized)) return false;
  // A verb right after it, in the singular ("Crews were called" is a plural noun's).
  const std::string_view verb = t_.key(last);
  const bool plural_aux = verb == "were" || verb == "are" || verb == "have";
  const bool verb_like = (facts_.has(last, mw_before_verb) && !plural_aux) || verb.ends_with("ed");
  const Index next = t_.sentence_end(t_.sentence(i));
  if (!verb_like || next + 2 >= t_.size() || !t_.is_word(next)) return false;
  // The next sentence opens with "It" or "The company" (no "The team's owner") ...
  const std::string_view opener = t_.key(next);
  Index after = next + 1;
  if (opener == "the") {
    const HeadInfo* h = facts_.head(after);
    if (h == nullptr || h->type != EntityType::organization || !h->generic || possessive(after)) return false;
    ++after;
  } else if (opener != "it") {
    return false;
  }
  // ... and reports something.
  const Index stop = std::min<Index>(t_.sentence_end(t_.sentence(next)), after + cue_window);
  for (Index k = after; k < stop; ++k) {
    if (facts_.cue(k)) return true;
  }
  return false;
}

// Leading place words and titles of a run: "Finnish President", "Sgt.", "Prime
// Minister", "Competition Commissioner" (words before a title are its descriptor).
// "Police Chief Ana Ruiz", "Senate Majority Leader Ola Berg": an organisation word, then
// a title, then a name with no organisation word in it.
bool MentionBuilder::titled_person_inside(Index k, Index run_end) const {
  constexpr Index title_search = 4;
  for (Index j = k + 1; j < run_end && j < k + title_search; ++j) {
    const Index n = title_length(j, run_end);
    if (n > 0 && j + n < run_end) return !is_org_run(j + n, run_end);
  }
  return false;
}

bool MentionBuilder::described_title(Index run_first, Index run_end) const {
  constexpr Index max_title_modifiers = 2;
  if (run_first == 0 || run_end < run_first + 2 || run_end > run_first + 1 + max_title_modifiers) {
    return false;
  }
  if (!facts_.has(run_first - 1, mw_article)) return false;
  return title_length(run_end - 1, run_end) == 1 && facts_.head(run_end - 1) != nullptr;
}

bool MentionBuilder::role_before_given_name(Index k, Index run_end) const {
  if (k + 2 >= run_end || !t_.tok(k).has(sentence_start)) return false;
  const HeadInfo* role = facts_.head(k);
  const MentionWord* given = facts_.word(k + 1);
  return role != nullptr && role->type == EntityType::person && given != nullptr &&
         given->first_name != nullptr;
}

MentionBuilder::TitleSplit MentionBuilder::split_titles(Index k, Index run_end) const {
  TitleSplit out{k, '-', false, is_org_run(k, run_end)};
  // "General Motors" has no title; "Police Chief Ana Ruiz" is a titled person.
  if (out.org_run && !titled_person_inside(k, run_end)) return out;
  Index q = k;
  while (q < run_end && is_place_token(q)) ++q;
  const bool all_places = q == run_end;  // is_place_run(k, run_end), k < run_end
  Index n = title_length(q, run_end);  // kept equal to title_length(q, run_end) (0 at run_end)
  // "Surgeon Paul Kerr warned": a person's role noun, capitalised as the sentence's first
  // word, before a given name and a surname is a title.
  if (n == 0 && q == k && role_before_given_name(k, run_end)) n = 1;
  if (n == 0) {
    for (Index j = q + 1; j + 2 < run_end && j < q + 4; ++j) {
      if (const Index at_j = title_length(j, run_end); at_j > 0) {
        q = j;
        n = at_j;
        break;
      }
    }
  }
  while (q < run_end) {
    if (n == 0 || q + n >= run_end) break;
    if (const Gender* g = facts_.title(q); g && *g != '-') out.gender = *g;
    out.titled = true;
    q += n;
    n = title_length(q, run_end);
  }
  if (out.titled) out.name_first = q;
  if (out.name_first == q) out.name_title = n;
  if (out.name_first == k) out.place = all_places ? TitleSplit::Place::yes : TitleSplit::Place::no;
  return out;
}

// "Secretary of State Tom Becker", "Chancellor of the Exchequer Ana Lind": a one-word title,
// "of" or "for" (and "the") before a run of three or more words. The run's first words end
// the title; the name is its last two words, or starts at a given name that leaves a surname
// after it. Sets split's name_first and titled and returns the title's token; else leaves split
// and returns run_first. (A run of two words is left alone: "Minister of Foreign Affairs".)
// of_title_split() past its inline test.
Index MentionBuilder::title_of_split(Index run_first, Index run_end, TitleSplit& split) const {
  Index before = run_first - 1;
  if (t_.is_lower_word(before, "the")) --before;
  if (before < 1 || t_.is_cap(before) || !(t_.is_lower_word(before, "of") || t_.is_lower_word(before, "for"))) {
    return run_first;
  }
  const Index title = before - 1;
  if (!t_.is_cap(title) || title_length(title, before) != 1) return run_first;
  constexpr std::size_t max_words = 8;
  std::array<Index, max_words> words{};
  std::size_t n = 0;
  for (Index k = run_first; k < run_end && n < max_words; ++k) {
    if (t_.is_word(k)) words[n++] = k;
  }
  if (n < 3) return run_first;
  Index name_first = words[n - 2];
  for (std::size_t w = 1; w + 1 < n; ++w) {
    if (const MentionWord* mw = facts_.word(words[w]); mw != nullptr && mw->first_name != nullptr) {
      name_first = words[w];
      break;
    }
  }
  if (is_place_run(name_first, run_end) || is_org_run(name_first, run_end)) return run_first;
  split.name_first = name_first;
  split.titled = true;
  split.place = TitleSplit::Place::unknown;
  split.name_title = no_index;
  return title;
}

// Whether the name run names an organisation: an organisation word in it, an
// organisation noun before it ("the charity Blue Lantern"), or "the" before an untitled
// name ("the Pentagon", "the United Nations").
// `org_words`: is_org_run() of the name proper; `titled`: titles were split off the run.
bool MentionBuilder::names_organisation(Index run_first, bool org_words, bool titled, Index run_end) const {
  if (org_words) return true;
  if (run_first == 0 || !t_.is_word(run_first - 1) || t_.is_cap(run_first - 1)) return false;
  if (const HeadInfo* h = facts_.head(run_first - 1);
      h != nullptr && h->type == EntityType::organization) {
    return true;
  }
  return t_.is_lower_word(run_first - 1, "the") && !titled && !possessive(run_end - 1);
}

// Records that a name run starts at `first` and ends at `end`, for the descriptions
// that step over it and the per-token scanners that start at it (scan_sentence).
void MentionBuilder::record_run(Index first, Index end) {
  // (Runs are at most max_run_tokens words and a few glued periods and particles long.)
  static_assert(max_run_tokens + 4 <= 255, "a run's length fits MentionScratch::run_length");
  run_lengths_[first] = static_cast<std::uint8_t>(end - first);
  fact_tables_.mark_scan_start(first);
}

// "Sen. Ann Roe, R-Ohio, said", "Chuck Dalton, D-N.Y.,", "Elena Voss (D-Mass.)": a party
// and state tag after a name (D, R or I, a glued hyphen, a word), no one of its own.
bool MentionBuilder::party_tag_after_name(Index k) const {
  if (k < 2 || cands_.empty() || cands_.back().last != k - 1 || cands_.back().type != MentionType::name ||
      !(t_.is(k - 1, ',') || t_.is(k - 1, '('))) {
    return false;
  }
  if (t_.text(k).size() > 1) return is_party_tag(t_.text(k));  // one token: "R-Ohio"
  // "D", "-", "N.Y.": three tokens without spaces.
  return k + 2 < t_.size() && !t_.tok(k + 1).has(space_before) && !t_.tok(k + 2).has(space_before) &&
         is_party_tag(span_text(k, k + 3));
}

bool MentionBuilder::surname_slot(Index q, Index run_end, Index end) const {
  if (run_end != q + 1 || t_.in_quote(q)) return false;
  if (q > 0 && facts_.cue(q - 1)) return true;  // "said Jordan"
  // "Jordan said" opening a clause; not "the President said", "the capital Delhi say".
  const bool clause_start = q == t_.sentence_begin(t_.sentence(q)) || !t_.is_word(q - 1) ||
                            facts_.has(q - 1, mw_clause_opener);
  return clause_start && followed_by_cue(run_end, end);
}

// Finds the name run at i; records a name candidate. Returns the index to continue at.
[[gnu::flatten]] Index MentionBuilder::scan_name_run(Index i, Index end) {
  const Index run_end = run_extent(i, end);
  if (run_end == i) return i;
  Index k = i;
  // Leading stopwords are no name's, but for a capitalised adjective that opens an
  // organisation's name ("The High Court": "The" goes, "High" stays).
  while (k < run_end && name_stopword(k) && !opens_org_name(k, run_end)) ++k;
  if (k == run_end) return run_end;
  const Index run_first = k;
  if (party_tag_at(run_first)) return run_end;
  TitleSplit split = split_titles(k, run_end);
  // "Secretary of State Tom Becker": the title and its "of" phrase open the candidate.
  const Index cand_first = of_title_split(run_first, run_end, split);
  const Index q = split.name_first;
  const bool titled = split.titled;
  // "Health Secretary", "Prime Minister" alone: a description, not a name; but a lone
  // title or place word beside a cue may be a surname ("Bishop said", "said West").
  // split_titles() measured the title at q and read its place words when q is the run's
  // first word.
  const Index name_title = split.name_title != no_index ? split.name_title : title_length(q, run_end);
  const auto place_run = [&] {  // is_place_run(q, run_end)
    return split.place != TitleSplit::Place::unknown
               ? split.place == TitleSplit::Place::yes || street_run(q, run_end)
               : is_place_run(q, run_end);
  };
  // (The word tests first: they are known already for most runs.)
  const bool maybe_surname = q < run_end && !titled && (name_title > 0 || place_run()) &&
                             surname_slot(q, run_end, end);
  if (name_title + q >= run_end && !maybe_surname) return run_end;
  // "the Labour MP", "a Tory MP": an article, a modifier and a title make a description.
  if (!titled && described_title(run_first, run_end)) return run_end;
  if (q >= run_end || (place_run() && !maybe_surname)) {
    record_run(run_first, run_end);  // a place: a possible determiner ("South Korea's")
    return run_end;
  }
  const bool single = run_end - q == 1 || (run_end - q == 2 && t_.is(q + 1, '.'));
  // "German-born": a place of birth, no name.
  if (single && lower(q).ends_with("-born")) return run_end;
  if (single && (t_.text(q).size() < 2 || is_contraction(t_.text(q)))) return run_end;
  if (single && !titled && !maybe_surname && initial_position(run_first) && !accept_single_initial(q, run_end)) {
    return run_end;
  }
  Candidate c;
  c.first = cand_first;
  // (The name proper is the whole run unless titles were split off.)
  const bool org_words = q == run_first ? split.org_run : is_org_run(q, run_end);
  c.org_words = org_words;
  const bool org = names_organisation(run_first, org_words, titled, run_end);
  // "the Pentagon", "the Office for Harbour Safety": keep the article.
  if (org && run_first > 0 && t_.is_lower_word(run_first - 1, "the")) c.first = run_first - 1;
  c.last = run_end;
  // "Sarah Jones MP", "Mark Ellis KC": the honour is a descriptor, not part of the name
  // proper (name_end), though the mention holds it.
  const bool honour = !org && postnominal_end(q, run_end);
  c.type = MentionType::name;
  c.name_first = q;
  c.gender = split.gender;
  c.etype = org ? EntityType::organization
                : (titled || run_end - q >= 2 ? EntityType::person : EntityType::unknown);
  c.maybe_surname = maybe_surname && !org;
  c.place_speaker = c.maybe_surname && name_title == 0 && place_run() && followed_by_cue(run_end, end);
  std::string_view descriptor;
  if (q > cand_first && !honorifics_only(cand_first, q)) descriptor = span_text(cand_first, q);
  if (honour && descriptor.empty()) descriptor = t_.text(run_end - 1);
  c.in_quote = t_.in_quote(q);
  // "Name / Имя": a transliteration of the run before the slash.
  if (run_first >= 2 && t_.is(run_first - 1, '/') && !cands_.empty() &&
      cands_.back().last == run_first - 1 && cands_.back().type == MentionType::name &&
      is_non_ascii_word(t_.text(q))) {
    c.partner = static_cast<Index>(cands_.size() - 1);
    c.alias = true;
    aliases_ = true;
  }
  const Index sentence_begin = t_.sentence_begin(t_.sentence(i));
  c.subject = followed_by_cue(run_end, end) || t_.is(run_end, ',') || run_first == sentence_begin;
  add_role_prefix(c, descriptor, sentence_begin);
  c.subject = c.subject || c.first == sentence_begin;
  c.text = add_text(descriptor);
  cands_.push_back(c);
  record_run(run_first, run_end);
  return run_end;
}

// "chief executive Ilse Varga", "Rovers coach Dan Pell": lower-case role words
// right before a name become its descriptor.
// Widens c over them and puts them before `descriptor`.
void MentionBuilder::add_role_words(Candidate& c, std::string_view& descriptor, Index sentence_begin) {
  if (c.first == 0 || c.etype == EntityType::organization) return;
  Index k = c.first;
  // Up to four role words and an age ("71-year-old retired bus driver"): seven tokens.
  constexpr Index max_prefix_tokens = 7;
  const Index limit = c.first > sentence_begin + max_prefix_tokens ? c.first - max_prefix_tokens
                                                                   : sentence_begin;
  bool role = false;
  while (k > limit && !t_.tok(k - 1).has(capitalized)) {
    // "34-year-old taxi driver": numbers and hyphens of an age belong to the role.
    if (role && (t_.tok(k - 1).kind == TokenKind::number ||
                 (t_.is(k - 1, '-') && !t_.tok(k - 1).has(space_before)))) {
      --k;
      continue;
    }
    if (!t_.is_word(k - 1)) break;
    if (facts_.stopword(k - 1) || facts_.cue(k - 1) || opens_reduced_clause(k - 1)) break;
    const HeadInfo* h = facts_.head(k - 1);
    const bool person_head = h != nullptr && h->type == EntityType::person && h->back_reference == 0;
    if (k == c.first && !person_head && (h != nullptr || !role_after_cue(k - 1))) return;
    role = true;
    --k;
  }
  if (!role) return;
  if (k > sentence_begin && t_.is_cap(k - 1) && !facts_.stopword(k - 1)) {
    --k;
    // "Rovers coach Dan Pell": "Rovers" is part of the descriptor, not a mention.
    if (!cands_.empty() && cands_.back().first == k && cands_.back().last == k + 1) cands_.pop_back();
  }
  descriptor = join_descriptor(span_text(k, c.first), c.first, descriptor);
  c.first = k;
  if (c.etype == EntityType::unknown) c.etype = EntityType::person;
}

// "a ban preventing former governor X", "a law barring ...": an -ing word right after
// another content word starts a clause whose object is the name, so neither it nor the
// words before it are the name's role ("the acting president X", "managing director X":
// after a determiner or first, they are).
bool MentionBuilder::opens_reduced_clause(Index k) const {
  const std::string_view w = t_.text(k);
  if (w.size() < 5 || w.substr(w.size() - 3) != "ing") return false;
  return k > 0 && t_.is_word(k - 1) && !t_.tok(k - 1).has(capitalized) && !facts_.stopword(k - 1);
}

// `prefix` + " " + `rest` (`rest` empty: `prefix`), where prefix ends before token
// `first` and rest, when not empty, is the text of tokens from `first` on. A view of the
// input when it spells that, else of a string kept in joined_ for the document.
std::string_view MentionBuilder::join_descriptor(std::string_view prefix, Index first,
                                                 std::string_view rest) {
  if (rest.empty()) return prefix;
  const Index before = first - 1;  // prefix's last token
  const std::uint32_t gap = t_.tok(before).span.end;
  if (facts_.ending(before) == 0 && t_.tok(first).span.start == gap + 1 && a_.text[gap] == ' ') {
    return {prefix.data(), static_cast<std::size_t>(rest.data() + rest.size() - prefix.data())};
  }
  std::string& joined = joined_.emplace_back(prefix);
  joined.push_back(' ');
  joined.append(rest);
  return joined;
}

// "said forecaster Ada Lindgren", "said allotment holder Ivo Marsh": one to three
// lower-case words between a reporting verb (one that takes no addressee, so not "told
// reporters Smith ...") and a name are the speaker's role, whatever the role noun.
bool MentionBuilder::role_after_cue(Index last_role_word) const {
  constexpr Index max_role_words = 3;
  for (Index k = last_role_word, n = 0; k > 0 && n < max_role_words; --k, ++n) {
    if (!t_.is_word(k) || t_.tok(k).has(capitalized) || facts_.stopword(k) || facts_.cue(k)) {
      return false;
    }
    const Index before = k - 1;
    if (facts_.cue(before) && !t_.tok(before).has(capitalized) && !t_.in_quote(before)) {
      const CueEntry* cue = t_.cue(before);
      return cue != nullptr && !cue->addressee && t_.sentence(before) == t_.sentence(k);
    }
  }
  return false;
}

// determiner_length(i, end) of a quantifier.
Index MentionBuilder::quantifier_length(Index i, Index end) const {
  if (i + 2 < end && t_.is_lower_word(i + 1, "of") &&
      (t_.is_lower_word(i + 2, "the") || t_.is_lower_word(i + 2, "its") ||
       t_.is_lower_word(i + 2, "their"))) {
    return 3;
  }
  // "one colleague", "two senior officials", "several people": members of an unnamed
  // group (the head noun is checked by the caller).
  return i + 1 < end && t_.is_word(i + 1) ? 1 : 0;
}

// Scans modifiers after a determiner for the rightmost head noun (head no_index when
// there is none). Name runs are stepped over whole.
MentionBuilder::HeadMatch MentionBuilder::find_head(Index from, Index end) const {
  // (The head in locals, not in the returned match: stores to that might alias the
  // tables read here, which would then be read again after each.)
  Index head = no_index;
  const HeadInfo* info = nullptr;
  Index k = from;
  Index seen = 0;
  const bool quoted = t_.in_quote(from);
  while (k < end && seen < max_modifiers) {
    if (t_.in_quote(k) != quoted) break;
    if (name_run_end(k) > k) {
      k = name_run_end(k);
      ++seen;
      continue;
    }
    if (const TokenKind kind = t_.tok(k).kind; kind != TokenKind::word) {
      if (kind == TokenKind::number) {
        ++k;
        ++seen;
        continue;
      }
      if (t_.is(k, '-') && !t_.tok(k).has(space_before)) {  // (a word is never a hyphen)
        ++k;
        continue;
      }
      break;
    }
    const MentionWord* w = facts_.word(k);  // nullptr for no word
    // "its most recent report": a degree adverb inside the modifiers.
    if (head == no_index && w != nullptr && w->has(mw_degree)) {
      ++k;
      ++seen;
      continue;
    }
    if (w != nullptr && w->has(mw_stopword)) break;
    const bool cue = facts_.cue(k);
    // A noun that is also a verb form ("reports", "estimates") heads only an empty phrase.
    if (cue && head != no_index) break;
    if (const HeadInfo* h = w != nullptr ? w->head : nullptr; h && !possessive(k)) {
      head = k;
      info = h;
    } else if (cue) {
      break;
    }
    ++k;
    ++seen;
  }
  // "the international community": an adjective-like head with a plain word after it
  // modifies a noun the lexicon does not know.
  if (head != no_index && info->adjective && head + 1 < end && t_.is_word(head + 1) &&
      !t_.tok(head + 1).has(capitalized) && !facts_.stopword(head + 1) && !facts_.cue(head + 1) &&
      !facts_.has(head + 1, mw_preposition)) {
    return HeadMatch{};
  }
  if (head != no_index) return HeadMatch{head, false, info};
  // A typo in the head noun next to a reporting verb: "said the Danish ministr."
  // (After "the" only: tested first, as most phrases without a head have none.)
  if (k == from || from == 0 || !t_.is_lower_word(from - 1, "the")) return HeadMatch{};
  const Index last = k - 1;
  if (!t_.is_word(last) || t_.tok(last).has(capitalized)) return HeadMatch{};
  // Only where a speaker must stand: right before a cue or at the end of the sentence.
  const bool by_cue = (k < end && facts_.cue(k)) || k >= end || t_.is(k, '.');
  const std::string_view key = lower(last);
  if (!by_cue || key.size() < 5 || facts_.head(last) != nullptr) return HeadMatch{};
  if (key.size() < lex_.typo_heads.size()) {  // not too long for one_edit_apart
    if (const std::string* h = typo_head(key)) {
      // A typo (lower case): the word is the lexicon's, not the token's.
      return HeadMatch{last, true, lex_.heads.find(*h)};
    }
  }
  // "said the saxophonist": a person by the ending of a noun the heads do not list.
  if (const HeadInfo* agent = lex_.agent_head(key)) return HeadMatch{last, false, agent};
  return HeadMatch{};
}

// The first person head one edit away from `key` (shorter than lex_.typo_heads.size()),
// or nullptr: through the memo, as the same few words come again.
const std::string* MentionBuilder::typo_head(std::string_view key) const {
  const std::string* answer = nullptr;
  if (typo_memo_.find(lex_.serial, key, answer)) return answer;
  for (const TypoHead& typo : lex_.typo_heads[key.size()]) {
    if (typo.may_be_one_edit(key) && one_edit_apart(key, *typo.word)) {
      answer = typo.word;
      break;
    }
  }
  typo_memo_.put(key, answer);
  return answer;
}

// "for the charity Blue Lantern", "at Corvan Analytics", "who did not want to be named".
// extend_postmodifier() past its inline test.
Index MentionBuilder::postmodifier_end(Index first, Index after_head, Index end) const {
  if (after_head >= end || !t_.is_word(after_head)) return after_head;
  const std::string_view k = lower(after_head);
  // "accused the Premier of being ...", "praised the nurses for staying": the verb's
  // complement, not the description's.
  if ((k == "of" || k == "for") && first > 0 && facts_.has(first - 1, mw_object_complement)) {
    return after_head;
  }
  if (k == "who") {
    for (Index j = after_head + 1; j < end && j < after_head + max_relative_clause; ++j) {
      if (t_.in_quote(j) || t_.is(j, ',') || t_.is(j, '.')) return after_head;
      if (j > after_head + 1 && facts_.cue(j) && !t_.is_lower_word(j - 1, "to")) return j;
    }
    return after_head;
  }
  // Up to two prepositional phrases: "a professor of law at the University of Lisbon".
  Index best = after_head;
  Index j = after_head;
  for (int pp = 0; pp < 2 && j < end && t_.is_word(j) && facts_.has(j, mw_preposition); ++pp) {
    Index w = j + 1;
    if (t_.is_lower_word(w, "the") || t_.is_lower_word(w, "a") || t_.is_lower_word(w, "an")) ++w;
    Index consumed = no_index;
    for (Index n = 0; w < end && n < max_postmodifier; ++n) {
      if (name_run_end(w) > w) {
        w = name_run_end(w);
        consumed = w;
        break;
      }
      if (t_.tok(w).kind == TokenKind::number) {  // "a survey of 2,000 adults"
        ++w;
        continue;
      }
      if (!t_.is_word(w) || t_.tok(w).has(capitalized)) break;
      if (facts_.stopword(w) || facts_.cue(w)) break;
      ++w;
      consumed = w;
    }
    if (consumed == no_index) break;
    best = consumed;
    j = consumed;
  }
  return best;
}

void MentionBuilder::scan_description(Index i, Index end) {
  // Only a quantifier, an article or a possessive name opens a description.
  if (!facts_.has(i, mw_quantifier | mw_article) && name_run_end(i) <= i) {
    return;
  }
  Index det = determiner_length(i, end);
  // A possessive name ("Labour's", "South Korea's") is a determiner too.
  if (det == 0 && name_run_end(i) > i && possessive(name_run_end(i) - 1)) det = name_run_end(i) - i;
  if (det == 0) return;
  HeadMatch m = find_head(i + det, end);
  // "the teachers' union", "the players' association": a plural possessive is part of
  // the determiner; the head comes after it.
  if (m.head != no_index && m.info != nullptr && plural_possessive_mark(m.head + 1, end)) {
    if (const HeadMatch owned = find_head(m.head + 2, end); owned.head != no_index && owned.info != nullptr) {
      m = owned;
    }
  }
  const Index head = m.head;
  const HeadInfo* info = m.info;
  if (head == no_index || info == nullptr) {
    // (A demonym is a place word within three tokens: tested here, without a call.)
    if (det == 1 && t_.is_lower_word(i, "the") &&
        (facts_.has(i + 1, mw_place | mw_place_part) || facts_.has(i + 2, mw_place) ||
         facts_.has(i + 3, mw_place))) {
      scan_demonym(i, end);
    } else if (det == 1 && i > 0 && t_.is_lower_word(i, "the") && t_.is_quote_mark(i - 1)) {
      scan_unknown_role(i, end);
    }
    return;
  }
  // (A typo is in lower case: a capitalised head is the token's word.)
  if (t_.tok(head).has(capitalized) && facts_.title_key(head) == nullptr) return;
  Candidate c;
  c.first = i;
  c.head = head;
  c.typo = m.typo;
  // (A typo's word is the lexicon's: typo_head() answers again from its memo.)
  if (m.typo) c.text = add_text(*typo_head(lower(head)));
  c.last = extend_postmodifier(c.first, head + 1, end);
  c.type = MentionType::nominal;
  c.etype = info->type;
  c.gender = info->gender;
  const std::string_view d = lower(i);
  c.definite = (d == "the" && det == 1) || (name_run_end(i) > i && det == name_run_end(i) - i);
  c.in_quote = t_.in_quote(head);
  // "The company also unveiled ...": a description opening its sentence is its subject.
  c.subject = followed_by_cue(c.last, end) || i == t_.sentence_begin(t_.sentence(i));
  cands_.push_back(c);
}

// "'...,' the Italian said", "said the former Brazilian international.": "the", up to two
// lower-case modifiers, a nationality word and at most one noun where a speaker must stand
// (before a cue, a comma or the sentence end) describe a person the story has named
// (best_person_for: generic).
void MentionBuilder::scan_demonym(Index the, Index end) {
  constexpr Index max_demonym_modifiers = 2;
  Index k = the + 1;
  for (Index n = 0; n < max_demonym_modifiers && k < end && t_.is_word(k) && !t_.tok(k).has(capitalized) &&
                    !facts_.stopword(k) && !facts_.cue(k);
       ++n) {
    ++k;
  }
  // "the New Zealander": a place part before the place word.
  if (k + 1 < end && t_.is_cap(k) && facts_.has(k, mw_place_part) && t_.is_cap(k + 1)) ++k;
  if (k >= end || !t_.is_cap(k) || !facts_.has(k, mw_place) || t_.in_quote(k)) return;
  Index after = k + 1;
  // "said the former Brazilian international.": one noun may follow the nationality.
  if (after + 1 < end && t_.is_word(after) && !t_.tok(after).has(capitalized) && !facts_.stopword(after) &&
      !facts_.cue(after) && (t_.is(after + 1, '.') || t_.is(after + 1, ',') || facts_.cue(after + 1))) {
    ++after;
  }
  if (after < end && !t_.is(after, '.') && !t_.is(after, ',') && !facts_.cue(after)) return;
  Candidate c;
  c.first = the;
  c.head = k;
  c.last = after;
  c.type = MentionType::nominal;
  c.etype = EntityType::person;
  c.definite = true;
  c.subject = followed_by_cue(after, end);
  cands_.push_back(c);
}

// "'...,' the forward said", "'...,' the fly-half added": after a quotation, "the", one to
// three lower-case words the lexicon has no head for, and a cue: a person described by a
// role, who is most likely someone named (best_person_for: unknown_role).
void MentionBuilder::scan_unknown_role(Index the, Index end) {
  constexpr Index max_role_words = 3;
  Index k = the + 1;
  while (k < end && k <= the + max_role_words && t_.is_word(k) && !t_.tok(k).has(capitalized) &&
         !facts_.stopword(k) && !facts_.cue(k)) {
    ++k;
  }
  if (k == the + 1 || k >= end || !facts_.cue(k) || t_.in_quote(k - 1)) return;
  Candidate c;
  c.first = the;
  c.head = k - 1;
  c.last = k;
  c.type = MentionType::nominal;
  c.etype = EntityType::person;
  c.definite = true;
  c.subject = true;
  cands_.push_back(c);
}

// Descriptions without a determiner: "officials said", "according to court documents",
// and appositions "Name, chief economist at X".
// True when a description head noun stands in tokens [from, end).
bool MentionBuilder::head_within(Index from, Index end) const { return facts_.head_within(from, end); }

// Word i has a head noun within its next three tokens (before `end`): find_head below
// looks no further than four tokens, and its typo rule needs a "the" before the phrase,
// which the determiner test below rules out. scan_sentence() tests both before the call.
// bare_description_start() first.
void MentionBuilder::scan_bare_description(Index i, Index end) {
  if (determiner_length(i, end) != 0) return;
  if (i > 0 && t_.is_word(i - 1) && determiner_length(i - 1, end) == 1) return;  // after "a"
  const bool after_punct = i == t_.sentence_begin(t_.sentence(i)) ||
                           (i > 0 && t_.tok(i - 1).kind == TokenKind::punct) ||
                           (i > 1 && t_.is_lower_word(i - 1, "to") &&
                            t_.is_lower_word(i - 2, "according")) ||
                           (i > 0 && t_.is_lower_word(i - 1, "and"));
  if (!after_punct && !(i > 0 && t_.is_word(i - 1) && facts_.stopword(i - 1))) return;
  const HeadMatch m = find_head(i, std::min<Index>(end, i + 4));
  const Index head = m.head;
  const HeadInfo* info = m.info;
  if (head == no_index || info == nullptr) return;
  const bool apposition = i >= 2 && t_.is(i - 1, ',') && !cands_.empty() &&
                          cands_.back().last == i - 1 && cands_.back().type == MentionType::name;
  // "according to officials"; "were told by officials that": a source after its cue.
  const bool according = i >= 2 && ((t_.is_lower_word(i - 1, "to") && t_.is_lower_word(i - 2, "according")) ||
                                    (t_.is_lower_word(i - 1, "by") && facts_.cue(i - 2)));
  Candidate c;
  c.first = i;
  c.head = head;
  c.last = extend_postmodifier(c.first, head + 1, end);
  const bool subject = followed_by_cue(c.last, end);
  const bool plural = info->type == EntityType::group || info->document;
  // "Other scientists welcomed ...": one modifier opening the sentence.
  const bool after_opener = i > 0 && i - 1 == t_.sentence_begin(t_.sentence(i)) &&
                            t_.is_word(i - 1) && name_run_end(i - 1) <= i - 1;
  const bool clause_start = after_punct || after_opener || (i > 0 && t_.is_lower_word(i - 1, "that"));
  const bool group_subject = info->type == EntityType::group && clause_start;
  // "Police said ...": a bare organisation noun as the subject of a reporting verb.
  // "Police arrested two men. They said ...": a one-word organisation noun opening its
  // sentence before a past-tense verb or an auxiliary is the sentence's subject (not in
  // "Council votes to close ..." or "Library closures approved").
  const bool org_opener = info->type == EntityType::organization && head == i &&
                          i == t_.sentence_begin(t_.sentence(i)) && i + 1 < end && t_.is_word(i + 1) &&
                          !t_.tok(i + 1).has(capitalized) && facts_.head(i + 1) == nullptr &&
                          (facts_.has(i + 1, mw_before_verb) || past_tense_form(lower(i + 1)));
  const bool org_subject = info->type == EntityType::organization && clause_start && (subject || org_opener);
  // Headline style: "..., union says".
  const bool headline_subject = subject && i > 0 && t_.is(i - 1, ',') && head == i;
  // "according to police": an organisation noun as the source, too.
  const bool source_org = according && info->type == EntityType::organization;
  if (!(apposition && info->type == EntityType::person) && !(plural && (subject || according)) &&
      !source_org &&
      !group_subject && !org_subject && !headline_subject) {
    return;
  }
  c.type = MentionType::nominal;
  c.etype = info->type;
  c.gender = info->gender;
  // "Nurses at the hospital walked out. They said ...": a group opening its sentence is
  // the sentence's subject.
  c.subject = subject || org_opener || (group_subject && i == t_.sentence_begin(t_.sentence(i)));
  cands_.push_back(c);
}

// "One of them, who asked not to be named, said": a member of a group named before.
void MentionBuilder::scan_partitive(Index i, Index end) {
  if (i + 2 >= end || !facts_.quantifier(i) || !t_.is_lower_word(i + 1, "of")) return;
  const std::string_view k = lower(i + 2);
  if (k != "them" && k != "those" && k != "us") return;
  Candidate c;
  c.first = i;
  c.last = i + 3;
  c.head = i + 2;  // head_word: k
  c.type = MentionType::nominal;
  c.etype = lower(i) == "one" ? EntityType::person : EntityType::group;
  c.in_quote = t_.in_quote(i);
  c.subject = followed_by_cue(c.last, end);
  cands_.push_back(c);
}

void MentionBuilder::scan_pronoun(Index i, Index end) {
  const PronounInfo* p = facts_.pronoun(i);
  if (p == nullptr || !t_.is_word(i) || t_.in_quote(i)) return;
  const std::string_view k = lower(i);
  if (k == "him" || k == "her") return;  // objects do not speak
  const bool subject = followed_by_cue(i + 1, end);
  if (k == "it" && !subject) return;
  Candidate c;
  c.first = i;
  c.last = i + 1;
  c.type = MentionType::pronoun;
  c.etype = p->type;
  c.gender = p->gender;
  // "He also criticised the referee, X, ...": a sentence-opening pronoun is the subject.
  c.subject = subject || i == t_.sentence_begin(t_.sentence(i));
  c.head = i;  // head_word: k
  cands_.push_back(c);
}

void MentionBuilder::scan_handle(Index i, Index end) {
  if (t_.tok(i).kind != TokenKind::symbol || i + 1 >= end || !t_.is(i, '@')) return;
  if (!t_.is_word(i + 1) || t_.tok(i + 1).has(space_before)) return;
  Candidate c;
  c.first = i;
  c.last = i + 2;
  c.type = MentionType::handle;
  c.in_quote = t_.in_quote(i);
  // "Name (@handle)": the handle of the name just before.
  if (i >= 2 && t_.is(i - 1, '(')) {
    c.alias = true;  // the partner is found after sorting
    aliases_ = true;
  }
  cands_.push_back(c);
}

// Links "Name, a description," and "the description, Name," pairs found since `from`.
void MentionBuilder::mark_appositions(std::size_t from) {
  for (std::size_t n = from; n + 1 < cands_.size(); ++n) {
    Candidate& x = cands_[n];
    for (std::size_t m = n + 1; m < cands_.size() && m < n + 4; ++m) {
      Candidate& y = cands_[m];
      // "the social media company Quillon": a description right before a name is its
      // descriptor, whatever entity the description would have gone to on its own.
      if (y.first == x.last && x.type == MentionType::nominal && y.type == MentionType::name &&
          x.definite && x.etype == EntityType::organization &&
          (y.etype == EntityType::organization || y.etype == EntityType::unknown)) {
        x.partner = static_cast<Index>(m);
        y.etype = EntityType::organization;
        continue;
      }
      // "The singer Ana Lowe": likewise for a person's name (which may have taken the role
      // word in: then the two overlap).
      if (x.type == MentionType::nominal && y.type == MentionType::name && x.definite &&
          x.etype == EntityType::person && y.first > x.first && y.first <= x.last && y.last > x.last &&
          y.etype == EntityType::person && y.last >= y.name_first + 2) {  // not "The 23-year-old Pole"
        x.partner = static_cast<Index>(m);
        continue;
      }
      // "Her husband Lee, 34, said": a possessed person right before a name, no comma (the
      // name may have taken the role word in).
      if (x.type == MentionType::nominal && y.type == MentionType::name && x.etype == EntityType::person &&
          facts_.has(x.first, mw_possessive) && y.first > x.first && y.first <= x.last && y.last > x.last &&
          !y.in_quote && (y.etype == EntityType::person || y.etype == EntityType::unknown)) {
        x.partner = static_cast<Index>(m);
        y.etype = EntityType::person;
        continue;
      }
      if (y.first != x.last + 1 || !t_.is(x.last, ',')) continue;
      const Index after = y.last;
      const bool ends = after >= t_.size() || t_.is(after, ',') || t_.is(after, '.') ||
                        t_.is(after, ')') || t_.sentence(after) != t_.sentence(y.first);
      const bool closed = ends || facts_.cue(after) || is_adverb_like(after);
      // "Ola Brandt, an analyst at X," / "Ines Okoro, chief economist at X."
      if (x.type == MentionType::name && y.type == MentionType::nominal && ends &&
          y.etype != EntityType::group) {
        y.partner = static_cast<Index>(n);
        if (x.etype == EntityType::unknown) x.etype = y.etype;
      } else if (x.type == MentionType::nominal && y.type == MentionType::name && closed &&
                 (x.definite || (after < t_.size() && t_.is(after, ',')) ||
                  (ends && x.etype == EntityType::person && y.etype != EntityType::organization)) &&
                 x.etype != EntityType::group) {
        // "The builder, Fenwick Estates Ltd," / "The Energy Minister, Rolf Adair," /
        // "according to a police spokesperson, Captain Ana Ruiz."
        x.partner = static_cast<Index>(m);
        if (y.etype == EntityType::unknown) y.etype = x.etype;
      } else if (x.type == MentionType::nominal && y.type == MentionType::nominal &&
                 x.etype == EntityType::person && y.etype == EntityType::person && !y.definite &&
                 after + 1 < t_.size() && t_.is(after, ',') && facts_.cue(after + 1)) {
        // "Another witness, a former planning official, testified": one person (a list
        // of descriptions has no cue after its second comma).
        y.partner = static_cast<Index>(n);
      }
    }
  }
}

// "Most said they would reopen", "Some also said ...": a quantifier alone opening the
// sentence right before a cue stands for some of a group (resolve_description gives it
// the latest group named). Not "one" ("One said he ..." is a person).
void MentionBuilder::scan_bare_quantifier(Index i, Index end) {
  if (t_.in_quote(i) || (!cands_.empty() && cands_.back().first == i) || t_.is_lower_word(i, "one")) return;
  Index v = i + 1;
  if (v < end && is_adverb_like(v)) ++v;
  if (v >= end || !facts_.cue(v)) return;
  Candidate c;
  c.first = i;
  c.head = i;
  c.last = i + 1;
  c.type = MentionType::nominal;
  c.etype = EntityType::group;
  c.subject = true;
  cands_.push_back(c);
}

// Merges the sentence's name candidates cands_[from, names_end) with the others after
// them, both in text order, as std::inplace_merge would (names first among equals), but
// through a buffer kept across sentences instead of one allocated per merge.
void MentionBuilder::merge_names(std::size_t from, std::size_t names_end) {
  if (from == names_end || names_end == cands_.size()) return;
  merge_buffer_.assign(cands_.begin() + static_cast<std::ptrdiff_t>(from),
                       cands_.begin() + static_cast<std::ptrdiff_t>(names_end));
  const auto before = [](const Candidate& x, const Candidate& y) {  // by_position
    return x.first != y.first ? x.first < y.first : x.last > y.last;
  };
  // Writing never overtakes reading: `out` trails the next unread other candidate.
  std::size_t out = from;
  std::size_t name = 0;
  std::size_t other = names_end;
  while (name < merge_buffer_.size() && other < cands_.size()) {
    if (before(cands_[other], merge_buffer_[name])) {
      cands_[out++] = cands_[other++];
    } else {
      cands_[out++] = merge_buffer_[name++];
    }
  }
  while (name < merge_buffer_.size()) cands_[out++] = merge_buffer_[name++];
}

void MentionBuilder::scan_sentence(Index s, std::size_t first_cap) {
  const Index b = t_.sentence_begin(s);
  const Index e = t_.sentence_end(s);
  const std::size_t from = cands_.size();
  aliases_ = false;
  // Names first, so that descriptions can step over them ("an analyst at Acme Corp").
  // A dateline opening a paragraph ("PORT ALDER —") names a place, not a speaker.
  const bool paragraph_start = b == 0 || (b < e && t_.paragraph(b) != t_.paragraph(b - 1));
  // (A dateline opens with an all-capital word: tested here, without a call.)
  Index run_until = paragraph_start && t_.is_word(b) && t_.tok(b).has(all_upper) ? dateline_end(t_, b, e) : b;
  // Capitalised words only.
  const std::vector<Index>& caps = facts_.capitalised();
  for (std::size_t cap = first_cap; cap < caps.size() && caps[cap] < e; ++cap) {
    const Index i = caps[cap];
    if (i >= run_until && !lone_stopword(i) && !in_handle(i)) {
      run_until = std::max(run_until, scan_name_run(i, e));
    }
  }
  const std::size_t names_end = cands_.size();
  // Most tokens start nothing: only those TokenFacts marks (and the name runs above).
  for (Index i = facts_.next_scan_start(b, e); i < e; i = facts_.next_scan_start(i + 1, e)) {
    // Each scanner's own first test, read here so that most tokens cost no call.
    const TokenKind kind = t_.tok(i).kind;
    if (kind != TokenKind::word) {
      if (kind == TokenKind::symbol) scan_handle(i, e);
      continue;
    }
    const MentionWord* w = facts_.word(i);
    const bool quantifier = w != nullptr && w->has(mw_quantifier);
    // (A name run opens a description only with a possessive: "Labour's".)
    if (quantifier || (w != nullptr && w->has(mw_article)) ||
        (name_run_end(i) > i && possessive(name_run_end(i) - 1))) {
      scan_description(i, e);
    }
    if (head_within(i, std::min<Index>(e, i + 4)) && bare_description_start(i, b, w)) {  // i: a word
      scan_bare_description(i, e);
    }
    if (quantifier) scan_partitive(i, e);
    if (quantifier && i == b) scan_bare_quantifier(i, e);
    if (w != nullptr && w->pronoun != nullptr && !t_.in_quote(i)) scan_pronoun(i, e);  // (its first test)
  }
  // Into text order. The names and the other candidates come in text order each as a
  // rule: then one linear merge (stable, as the sort it stands for) puts them together.
  const auto by_position = [](const Candidate& x, const Candidate& y) {
    return x.first != y.first ? x.first < y.first : x.last > y.last;
  };
  const auto begin = cands_.begin() + static_cast<std::ptrdiff_t>(from);
  const auto middle = cands_.begin() + static_cast<std::ptrdiff_t>(names_end);
  if (std::is_sorted(begin, middle, by_position) && std::is_sorted(middle, cands_.end(), by_position)) {
    if (from != names_end && names_end != cands_.size()) merge_names(from, names_end);
  } else {
    std::stable_sort(begin, cands_.end(), by_position);  // n log n moves of Candidates
  }
  // Each sentence's candidates are in order now; those of two sentences seldom overlap.
  if (from > 0 && from < cands_.size() && by_position(cands_[from], cands_[from - 1])) {
    in_order_ = false;
  }
  // Partners were recorded as indices before sorting: the name run and its alias or
  // apposition are pushed in text order, so only the newly sorted range may shift;
  // re-link aliases by position.
  for (std::size_t n = aliases_ ? from : cands_.size(); n < cands_.size(); ++n) {
    Candidate& c = cands_[n];
    if (!c.alias) continue;
    c.partner = no_index;
    for (std::size_t m = n; m-- > from && n - m <= 8;) {
      if (cands_[m].type == MentionType::name && cands_[m].last + 1 == c.first) {
        c.partner = static_cast<Index>(m);
        break;
      }
    }
    if (c.partner == no_index) c.alias = false;
  }
  if (cands_.size() > from + 1) mark_appositions(from);  // pairs only
  link_multi_word_names(from);
}

// Scans every sentence but headlines in title case, which it lists in `headlines`.
void MentionBuilder::scan_sentences(std::vector<Index>& headlines) {
  const Index sentences = static_cast<Index>(a_.sentence_first_token.size() - 1);
  // A headline in title case has three capitalised words at least: count them first in
  // TokenFacts' list (a cursor, as sentences come in text order).
  const std::vector<Index>& caps = facts_.capitalised();
  std::size_t cap = 0;
  for (Index s = 0; s < sentences; ++s) {
    while (cap < caps.size() && caps[cap] < t_.sentence_begin(s)) ++cap;
    const bool three_caps = cap + 2 < caps.size() && caps[cap + 2] < t_.sentence_end(s);
    if (three_caps && title_case(s, cap)) {
      headlines.push_back(s);
    } else {
      scan_sentence(s, cap);
    }
  }
}

}  // namespace sayso::inline v0::detail
