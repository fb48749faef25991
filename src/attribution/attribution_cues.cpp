// AttributionBuilder, part 1: reporting cues, their sources and their content.
#include <algorithm>
#include <array>
#include <utility>

#include "attribution/attribution_builder.hpp"
#include "attribution/rules.hpp"
#include "lexicon/word_list.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr Index max_aux = 3;
constexpr Index parenthetical_window = 32;
constexpr Index that_window = 14;
constexpr Index addressee_window = 20;
constexpr Index adverbial_window = 14;
constexpr Index short_region = 5;
// No reported clause runs longer than this: bounds every content scan.
constexpr Index max_content_tokens = 160;
constexpr Index max_trim = 16;
constexpr Index according_window = 9;
constexpr Index postmodifier_window = 8;
constexpr Index max_object_lead = 4;  // determiners and figure words before an object
constexpr Index postposed_window = 14;
constexpr Index mixed_lead_words = 3;
constexpr Index recent_speakers = 8;
constexpr Index question_opener_window = 40;
constexpr Index comparison_window = 5;
constexpr Index max_title_words = 3;  // "said Secretary of State X": title words after a cue
constexpr Index max_role_words = 3;  // ", the hydrologist Ilse Varga,": words before an apposed name  // "than the company had forecast": words back to "than"  // "Asked whether ...": tokens to its comma

bool ends_in_ly(std::string_view k) { return k.size() > 4 && k.substr(k.size() - 2) == "ly"; }
bool ends_in_ing(std::string_view k) { return k.size() > 4 && k.substr(k.size() - 3) == "ing"; }

// Adverbs that may stand in a cue group: "had further alleged", "the governor always says".
constexpr std::string_view adverb_list[] = {
    "also",       "further",    "then",       "later",  "first",  "again",
    "once",       "previously", "repeatedly", "reportedly", "earlier", "often",
    "always",     "still",      "already",    "now",    "sometimes", "just"};
constexpr WordList adverb_words(adverb_list);

bool is_adverb(std::string_view k) { return ends_in_ly(k) || adverb_words.contains(k); }

// Auxiliaries and modals of a cue group; with the adverbs above and "only" ("would only say").
constexpr std::string_view aux_list[] = {
    "has", "have", "had", "will", "would", "was", "were", "is", "are", "did", "does", "do",
    "could", "may", "might", "must", "should", "can", "been", "be", "'s", "only"};
constexpr WordList aux_words(aux_list);

bool is_aux(std::string_view k) { return aux_words.contains(k) || is_adverb(k); }

// "is understood to have told": participles that pass a report on.
constexpr std::string_view reporting_participle_list[] = {
    "understood", "said", "believed", "reported", "thought", "known", "alleged", "claimed"};
constexpr WordList reporting_participles(reporting_participle_list);

// "interrupted to say that": verbs of taking one's turn to speak.
constexpr std::string_view occasion_verb_list[] = {
    "interrupted", "interjected", "rose", "stood", "intervened", "wrote", "called", "paused",
    "returned", "stepped", "came", "went"};
constexpr WordList occasion_verbs(occasion_verb_list);

constexpr std::string_view be_list[] = {"is", "are", "was", "were", "been", "be", "being"};
constexpr WordList be_words(be_list);

bool is_be(std::string_view k) { return be_words.contains(k); }

// "said Tuesday", "said last week": days, months and time words after a cue.
constexpr std::string_view time_list[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct",
    "nov", "dec", "tomorrow", "overnight", "now", "then", "too", "again", "once", "twice"};
constexpr WordList time_words(time_list);

bool is_time_word(std::string_view k) { return time_words.contains(k); }

constexpr std::string_view adverbial_list[] = {
    "on", "in", "at", "during", "after", "before", "last", "this", "earlier", "late",
    "yesterday", "today", "tonight", "within", "from", "via", "over", "when", "while",
    "later", "afterwards", "recently", "previously", "again", "publicly", "privately",
    "separately", "shortly", "through", "by", "to", "with", "of", "about", "for", "as"};
constexpr WordList adverbial_words(adverbial_list);

bool is_adverbial_start(std::string_view k) {
  return adverbial_words.contains(k) || is_time_word(k) ||
         ends_in_ly(k);  // "asked rhetorically"
}

// "as his trial opened", "when asked": a subordinate clause after a postposed cue.
constexpr std::string_view subordinator_list[] = {"as",   "when",  "while",  "because",
                                                  "since", "amid", "ahead",  "after",
                                                  "before", "until"};
constexpr WordList subordinator_words(subordinator_list);

bool is_subordinator(std::string_view k) { return subordinator_words.contains(k); }

constexpr std::string_view weekday_list[] = {"monday", "tuesday",  "wednesday", "thursday",
                                             "friday", "saturday", "sunday",    "yesterday",
                                             "today",  "tonight"};
constexpr WordList weekday_words(weekday_list);

bool is_weekday(std::string_view k) { return weekday_words.contains(k); }

constexpr std::string_view subject_pronoun_list[] = {"it", "he", "she", "they", "we", "i"};
constexpr WordList subject_pronoun_words(subject_pronoun_list);

bool is_subject_pronoun(std::string_view k) { return subject_pronoun_words.contains(k); }

// "told me", "told them": a whole addressee ("her" is a determiner as often).
constexpr std::string_view object_pronoun_list[] = {"me", "us", "him", "them", "you"};
constexpr WordList object_pronoun_words(object_pronoun_list);

bool is_object_pronoun(std::string_view k) { return object_pronoun_words.contains(k); }

constexpr std::string_view preposition_list[] = {
    "to", "in", "at", "on", "of", "for", "from", "with", "by", "about", "into", "against",
    "between", "among", "after", "before", "under", "over", "involving", "toward",
    "towards", "outside", "inside", "near", "during", "across", "through", "via", "behind"};
constexpr WordList preposition_words(preposition_list);

bool is_preposition(std::string_view k) { return preposition_words.contains(k); }

// "would show", "may claim": a modal before the verb reports nothing said yet.
constexpr std::string_view modal_list[] = {"will", "would",  "could", "may", "might",
                                           "can",  "should", "must",  "shall"};
constexpr WordList modal_words(modal_list);

bool is_modal(std::string_view k) { return modal_words.contains(k); }

// Words of a figure before a counted noun: "at least", "more than", "three", "dozens of".
constexpr std::string_view figure_list[] = {
    "at",    "least",  "more",   "than",     "over",     "nearly",  "almost", "about",
    "some",  "around", "up",     "to",       "another",  "two",     "three",  "four",
    "five",  "six",    "seven",  "eight",    "nine",     "ten",     "dozen",  "dozens",
    "scores", "hundreds", "thousands", "of", "many", "several"};
constexpr WordList figure_words(figure_list);

bool is_figure_word(std::string_view k) { return figure_words.contains(k); }

// Adverbial starts that are approximators before a number ("said about 300 people ...").
constexpr std::string_view approximator_list[] = {"about", "around", "over", "nearly", "almost"};
constexpr WordList approximator_words(approximator_list);

constexpr std::string_view determiner_list[] = {"a",   "an",    "the", "this", "that", "his",
                                                "her", "its",   "their", "our", "my",  "your"};
constexpr WordList determiner_words(determiner_list);

bool is_determiner(std::string_view k) { return determiner_words.contains(k); }

// The tensed auxiliaries and modals that open the predicate of a that-less clause.
constexpr std::string_view tensed_aux_list[] = {
    "has", "have", "had", "will", "would", "was", "were", "is", "are", "did", "does",
    "could", "may", "might", "must", "should", "can", "'s", "'d"};
constexpr WordList tensed_aux_words(tensed_aux_list);

// "people familiar with", "a study published on Wednesday": a participle or adjective
// opening a phrase that modifies the subject before a reporting verb.
constexpr std::string_view postmodifier_list[] = {
    "involved", "familiar", "close",     "briefed",   "loyal",     "allied",   "linked",
    "connected", "knowledgeable", "aware", "published", "released", "issued",
    "commissioned", "conducted", "obtained", "seen", "filed", "compiled", "carried"};
constexpr WordList postmodifier_words(postmodifier_list);

bool is_postmodifier(std::string_view w) { return postmodifier_words.contains(w); }

constexpr std::string_view subject_preposition_list[] = {"from",   "in",  "at",    "of", "across",
                                                         "for",    "among", "on",  "with"};
constexpr WordList subject_preposition_words(subject_preposition_list);

bool is_subject_preposition(std::string_view w) { return subject_preposition_words.contains(w); }

// "a year later", "two weeks ago": the count of a relative time phrase.
constexpr std::string_view count_list[] = {"a",     "an",  "one",    "two",
                                           "three", "few", "several"};
constexpr WordList count_words(count_list);

// ", two days before the deadline", ", hours after the vote": a time appositive's count.
constexpr std::string_view appositive_count_list[] = {
    "two", "three", "four", "five", "a", "one", "several", "days", "hours", "weeks", "minutes"};
constexpr WordList appositive_count_words(appositive_count_list);

bool lemma_is_say(const CueMatch& m) { return m.entry->known == KnownLemma::say; }

bool is_final_punct(std::string_view s) {
  return s == "." || s == "!" || s == "?" || s == "..." || s == "\xE2\x80\xA6" || s == ";";
}

}  // namespace

// The modal right before the verb at i, or before one adverb before it ("should always
// tell"), or no_index.
Index AttributionBuilder::modal_before(Index i, Index sb) const {
  if (i <= sb || !t_.is_word(i - 1)) return no_index;
  Index k = i - 1;
  if (is_adverb(t_.key(k)) && k > sb && t_.is_word(k - 1)) --k;
  // "Theresa May said": a capitalised "May" that ends a mention is a name's word.
  if (ends_name(k)) return no_index;
  return is_modal(t_.key(k)) ? k : no_index;
}

// True when the form at i is not used as a reporting verb here: "declined to say",
// "the said", "is expected to", "asked whether", a capitalised form mid-sentence.
bool AttributionBuilder::not_a_cue(const CueMatch& m, Index i, Index sb, Index se) const {
  if (m.entry->cue_class == CueClass::according_to) return false;
  if (t_.tok(i).has(capitalized) && !t_.tok(i).has(sentence_start)) return true;
  if (i > sb && t_.is_lower_word(i - 1, "to") && !reported_infinitive(m, i, sb, se)) return true;
  if (in_question_opener(i, sb)) return true;
  if (in_comparison(i, sb)) return true;
  if (i > sb && (t_.is_lower_word(i - 1, "the") || t_.is_lower_word(i - 1, "a") ||
                 t_.is_lower_word(i - 1, "an"))) {
    return true;
  }
  // "Records would show ...", "Hikers should always tell ...": a modal (before at most
  // one adverb) reports nothing yet; "would say", "would only say" still do.
  if (const Index before = modal_before(i, sb);
      before != no_index && !(lemma_is_say(m) && t_.is_lower_word(before, "would"))) {
    return true;
  }
  // "Brandt was told that ...": the subject of a passive telling is its addressee (but
  // "had been told by a nurse that ..." names its speaker: passive_agent).
  const KnownLemma lemma = m.entry->known;
  if (i > sb && t_.is_word(i - 1) && is_be(t_.key(i - 1)) &&
      (m.entry->addressee || lemma == KnownLemma::ask || lemma == KnownLemma::warn ||
       lemma == KnownLemma::urge) &&
      passive_agent(m, i, se) == no_index) {
    return true;
  }
  // "Results are expected on Friday": a passive belief has no source in its subject
  // ("It is expected that ..." stays a sourceless report).
  if (i > sb + 1 && m.entry->cue_class == CueClass::epistemic && t_.is_word(i - 1) &&
      is_be(t_.key(i - 1)) && !t_.is_lower_word(i - 2, "it")) {
    return true;
  }
  if (m.last >= se) return false;
  if (takes_non_report_object(m, se)) return true;
  // "expected revenue to fall": a forecast about an object, not a reported clause.
  if (lemma == KnownLemma::expect && m.last + 2 < se &&
      (t_.is_lower_word(m.last + 1, "to") || t_.is_lower_word(m.last + 2, "to"))) {
    return true;
  }
  // "said nothing about", "said little": no words are reported; "is said to be" is a
  // hedge (but "she said to loud cheers", "said to reporters" report).
  const bool passive = i > sb && t_.is_word(i - 1) && is_be(t_.key(i - 1));
  const bool said_to = t_.is_lower_word(m.last, "to") && (!lemma_is_say(m) || passive);
  return said_to || t_.is_lower_word(m.last, "whether") ||
         t_.is_lower_word(m.last, "if") || t_.is_lower_word(m.last, "nothing") ||
         t_.is_lower_word(m.last, "little");
}

// Token t is "asked", "pressed" or "questioned": a sentence opening with it reports a
// reporter's question ("Asked whether ..., X said").
bool AttributionBuilder::is_question_participle(Index t) const {
  if (!t_.is_word(t)) return false;
  const std::string_view w = t_.key(t);
  return w == "asked" || w == "pressed" || w == "questioned";
}

// "Asked whether he believed the memo was real, Ruud paused.": a cue inside a
// sentence's opening "asked/pressed whether ..." clause is the reporter's question.
bool AttributionBuilder::in_question_opener(Index i, Index sb) const {
  if (i <= sb + 1 || i > sb + question_opener_window || !t_.is_word(sb)) return false;
  const char lead = t_.text(sb).front();  // most sentences are settled by their first byte
  if (lead != 'A' && lead != 'P' && lead != 'Q') return false;
  if (!is_question_participle(sb)) return false;
  for (Index k = sb + 1; k < i; ++k) {
    if (t_.is(k, ',')) return false;
  }
  return true;
}

// "more than analysts had expected", "faster than the company had forecast": a cue in a
// comparison is a benchmark, not a report. Looks back at most comparison_window words.
bool AttributionBuilder::in_comparison(Index i, Index sb) const {
  const Index stop = i > sb + comparison_window ? i - comparison_window : sb;
  for (Index k = i; k-- > stop;) {
    if (!t_.is_word(k)) return false;
    if (t_.is_lower_word(k, "than")) return true;
  }
  return false;
}

// A cue after "to" that still reports: "is understood to have told colleagues that",
// "is said to have warned", "interrupted to say that", "rose to say that". Not a plan or
// a forecast ("is expected to say", "declined to say", "wants to tell").
bool AttributionBuilder::reported_infinitive(const CueMatch& m, Index i, Index sb,
                                             Index se) const {
  if (i < sb + 2 || !t_.is_word(i - 2)) return false;
  const std::string_view before = t_.key(i - 2);
  if (i >= sb + 3 && t_.is_word(i - 3) && is_be(t_.key(i - 3)) &&
      t_.is_lower_word(i, "have")) {
    return reporting_participles.contains(before);  // "is understood to have told"
  }
  const bool that_follows = m.last < se && t_.is_lower_word(m.last, "that");
  return that_follows && occasion_verbs.contains(before);  // "interrupted to say that"
}

// "claimed victory", "claimed responsibility for", "claimed at least 12 lives": the verb
// is followed, after at most a few determiners and figure words, by an object with
// which it reports nothing (CueEntry::non_report_objects).
bool AttributionBuilder::takes_non_report_object(const CueMatch& m, Index se) const {
  const std::vector<std::string>& objects = m.entry->non_report_objects;
  if (objects.empty()) return false;
  const Index stop = std::min<Index>(se, m.last + max_object_lead + 1);
  for (Index k = m.last; k < stop; ++k) {
    if (t_.tok(k).kind == TokenKind::number) continue;
    if (!t_.is_word(k) || t_.tok(k).has(capitalized)) return false;
    const std::string_view w = t_.key(k);
    if (w == "that") return false;  // "claimed that ...": a clause follows
    if (std::find(objects.begin(), objects.end(), w) != objects.end()) {
      // "claimed victory was near": the noun opens a clause, whose verb follows.
      const std::string_view next = k + 1 < se && t_.is_word(k + 1) ? t_.key(k + 1) : "";
      const bool clause = is_be(next) || is_modal(next) || next == "has" || next == "had" ||
                          next == "have";
      return !clause;
    }
    if (!is_determiner(w) && !is_figure_word(w)) return false;
  }
  return false;
}

// The first token of the cue: auxiliaries before the verb belong to it ("has said",
// "had further alleged"); adverbs before the first auxiliary do not.
Index AttributionBuilder::cue_start(Index i, Index sb) const {
  Index k = i;
  Index steps = 0;
  // (A capitalised auxiliary that ends a mention is a name's word: "Theresa May said".)
  while (k > sb && steps < max_aux && t_.is_word(k - 1) && is_aux(t_.key(k - 1)) &&
         !t_.in_quote(k - 1) && !ends_name(k - 1)) {
    --k;
    ++steps;
  }
  if (const Index frame = infinitive_frame_start(k, sb); frame != k) return frame;
  while (k < i && is_adverb(t_.key(k))) ++k;
  return k;
}

// "Sorvik interrupted to say", "He is understood to have told": where the frame of an
// infinitive cue starting at k begins (k when there is none), so that the subject
// before it is the source.
Index AttributionBuilder::infinitive_frame_start(Index k, Index sb) const {
  if (k < sb + 2 || !t_.is_lower_word(k - 1, "to") || !t_.is_word(k - 2)) return k;
  const std::string_view before = t_.key(k - 2);
  if (occasion_verbs.contains(before)) return k - 2;
  if (k >= sb + 3 && reporting_participles.contains(before) && t_.is_word(k - 3) &&
      is_be(t_.key(k - 3))) {
    return k - 3;
  }
  return k;
}

// Flattened (every call inside inlined, as in process_cue): the checks are many small
// functions, each call of which cost more in saved registers than its test.
[[gnu::flatten]] std::optional<AttributionBuilder::CueHit> AttributionBuilder::cue_at(
    Index i, Index sb, Index se) const {
  if (t_.in_quote(i)) return std::nullopt;
  auto m = tagged_cue(t_, i);
  if (!m || m->last > se || not_a_cue(*m, i, sb, se)) return std::nullopt;
  return CueHit{*m, cue_start(i, sb)};
}

// The outermost mention ending at token k, skipping a comma-enclosed parenthetical
// ("Nadeau, who had not spoken in weeks, said").
Index AttributionBuilder::mention_before(Index k, Index sb) const {
  if (k < sb || k >= t_.size() || t_.in_quote(k)) return no_index;
  if (outer_end_[k] != no_index) return outer_end_[k];
  // "Polar Foods Inc. said", "Tom Hale Jr. said": the period of an abbreviation that
  // ends the name.
  if (k > sb && t_.is(k, '.') && !t_.tok(k).has(space_before) && outer_end_[k - 1] != no_index) {
    return outer_end_[k - 1];
  }
  // "Sen. Elena Voss (D-Mass.) said", "Acme (the maker of X) said": the mention before
  // a short bracketed aside.
  if (t_.is(k, ')')) {
    constexpr Index max_aside = 8;
    for (Index p = k; p-- > sb + 1 && p + max_aside > k;) {
      if (t_.is(p, '(')) return outer_end_[p - 1];
      if (t_.is(p, ')') || t_.in_quote(p)) return no_index;
    }
    return no_index;
  }
  if (!t_.is(k, ',')) return no_index;
  const Index stop = k > sb + parenthetical_window ? k - parenthetical_window : sb;
  if (const Index asked = subject_before_asked_clause(k, stop, sb); asked != no_index) {
    return asked;
  }
  Index segment_end = k;
  for (Index p = k; p-- > stop;) {
    if (t_.in_quote(p)) return no_index;
    if (!t_.is(p, ',')) continue;
    // "Tom Hale, of Leeds, West Yorkshire, said": a county or state after a town.
    if (unnamed_capitals(p + 1, segment_end)) {
      segment_end = p;
      continue;
    }
    // ", Ilse Varga," names the subject itself.
    if (const Index inner = apposed_name(p, k); inner != no_index) return inner;
    if (p > sb && outer_end_[p - 1] != no_index) {
      // "Tariq Aziz, the chairman of the residents' association, which represents ...,
      // told": the name an apposition before a relative clause describes.
      const bool relative = t_.is_lower_word(p + 1, "which") || t_.is_lower_word(p + 1, "who");
      return relative ? apposition_head(outer_end_[p - 1], sb) : outer_end_[p - 1];
    }
    // "A person familiar with the plan, who asked not to be named, said": the subject
    // before a postmodifier whose object is no mention.
    if (p > sb && t_.is_lower_word(p + 1, "who")) {
      if (const Index m = postmodified_subject(p - 1, sb); m != no_index) return m;
    }
    // "Ilse Varga, 45, a retired teacher, said": an age between the name and the role.
    if (p > sb + 2 && t_.tok(p - 1).kind == TokenKind::number && t_.is(p - 2, ',')) {
      return outer_end_[p - 3];
    }
    // "Sen. Ann Roe, R-Ohio, who voted against it, said": a party tag after the name.
    if (const Index tag = party_tag_before(p, sb); tag != no_index) return outer_end_[tag - 1];
    return no_index;
  }
  return no_index;
}

bool AttributionBuilder::unnamed_capitals(Index first, Index last) const {
  constexpr Index max_words = 3;
  if (first >= last || last > first + max_words || outer_start_[first] != no_index) return false;
  for (Index k = first; k < last; ++k) {
    // (Not a party tag: ", R-Ohio,".)
    if (!t_.is_word(k) || !t_.tok(k).has(capitalized) || t_.text(k).find('-') != std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// The name that the description holding mention m is apposed to ("Tariq Aziz, the chairman
// of the residents' association": Tariq Aziz for the association), when only words stand
// between the name's comma and m (at most max_apposition tokens); else m.
Index AttributionBuilder::apposition_head(Index m, Index sb) const {
  constexpr Index max_apposition = 12;
  const Index first = mentions_[m].first;
  // "Janet Moore, from Derby, who ...": a place after "from" or "of" describes the name.
  const bool origin = first > sb + 2 && a_.doc->mentions[m].type == MentionType::name &&
                      (t_.is_lower_word(first - 1, "from") || t_.is_lower_word(first - 1, "of")) &&
                      t_.is(first - 2, ',');
  for (Index k = first; k-- > sb + 1 && k + max_apposition > first;) {
    if (t_.in_quote(k)) return m;
    if (t_.is_word(k)) continue;
    if (!t_.is(k, ',')) return m;
    // "Janet Moore, 58, from Derby": past an age.
    if (origin && k > sb + 2 && t_.tok(k - 1).kind == TokenKind::number && t_.is(k - 2, ',')) {
      k -= 1;
      continue;
    }
    const Index name = outer_end_[k - 1];
    if (name == no_index || a_.doc->mentions[name].type != MentionType::name) return m;
    const bool person = origin && a_.doc->mentions[name].entity < a_.doc->entities.size() &&
                        a_.doc->entities[a_.doc->mentions[name].entity].type == EntityType::person;
    return a_.doc->mentions[m].type == MentionType::nominal || person ? name : m;
  }
  return m;
}

// The comma before a party and state tag that ends right before comma p (", R-Ohio,",
// ", D-N.Y.,"), when a mention ends right before that comma; else no_index.
Index AttributionBuilder::party_tag_before(Index p, Index sb) const {
  constexpr Index max_tag_tokens = 6;
  for (Index q = p; q-- > sb + 1 && q + max_tag_tokens > p;) {
    if (!t_.is(q, ',')) continue;
    const std::string_view tag = slice(a_.text, ByteSpan{t_.tok(q + 1).span.start, t_.tok(p - 1).span.end});
    return is_party_tag(tag) && outer_end_[q - 1] != no_index ? q : no_index;
  }
  return no_index;
}

// "Castellan, asked whether X would play, would only say": the subject before a
// parenthetical "asked/pressed ..." clause ending at comma k (names inside the clause
// are not the speaker), or no_index.
Index AttributionBuilder::subject_before_asked_clause(Index k, Index stop, Index sb) const {
  for (Index p = k; p-- > stop;) {
    if (t_.in_quote(p)) return no_index;
    if (!t_.is(p, ',') || p <= sb || p + 1 >= k) continue;
    if (!t_.is_lower_word(p + 1, "asked") && !t_.is_lower_word(p + 1, "pressed")) continue;
    return outer_end_[p - 1];
  }
  return no_index;
}

// The name apposed between the commas p and k: ", Ilse Varga,", past lower-case role
// words before it (", the hydrologist Ilse Varga,") and an affiliation after it (", Dr.
// Ilse Varga of the Harlow Institute,"); or no_index.
Index AttributionBuilder::apposed_name(Index p, Index k) const {
  for (Index q = p + 1; q < k && q <= p + 1 + max_role_words; ++q) {
    const Index m = outer_start_[q];
    if (m != no_index && a_.doc->mentions[m].type == MentionType::name && !party_tag(m)) {
      const Index end = mentions_[m].last;
      if (end == k && q == p + 1) return m;
      // Role words and affiliations go with people only.
      if (a_.doc->entities[a_.doc->mentions[m].entity].type != EntityType::person) return no_index;
      if (end == k) return m;
      const bool affiliation = end + 1 < k && (t_.is_lower_word(end, "of") ||
                                               t_.is_lower_word(end, "at"));
      const Index org = affiliation ? outer_end_[k - 1] : no_index;
      const bool org_follows = org != no_index && mentions_[org].first > end &&
                               mentions_[org].first <= end + 2;
      return org_follows ? m : no_index;
    }
    // "a spokeswoman for Prime Minister X": a description running to the comma, or a
    // preposition, means the name is not apposed but the description's complement.
    if (m != no_index && mentions_[m].last >= k) return no_index;
    if (!t_.is_word(q) || t_.tok(q).has(capitalized) || is_preposition(t_.key(q))) {
      return no_index;
    }
  }
  return no_index;
}

// "Nordvik said in a statement": a communication cue with a source (not "believed",
// "according to", a document's "found").
bool AttributionBuilder::said_by_someone(const Draft& d) const {
  return d.rec.source.has_value() && d.rec.cue.has_value() &&
         d.rec.cue->cue_class == CueClass::communication && d.rec.rule_id != rules::according_to;
}

// The subject of ", saying ...": the source of the latest cue in the sentence, or the
// first mention of the sentence that is not the object of a preposition.
Index AttributionBuilder::participle_source(Index sb, Index before) const {
  if (last_sentence_draft_ != no_index) {
    const Draft& d = drafts_[last_sentence_draft_];
    if (d.rec.source && !d.rec.source->mentions.empty()) return d.rec.source->mentions.front();
  }
  return sentence_subject(sb, before);
}

// "... fell after the company issued a warning and said ...": the nearest mention before
// the conjunction at `conj` that is followed by a verb-like word (a lower-case word that
// is no preposition, determiner or conjunction) and is no preposition's object, within
// `coordination_window` tokens; or no_index.
Index AttributionBuilder::clause_subject_before(Index conj, Index sb) const {
  constexpr Index coordination_window = 30;
  const Index stop = conj > sb + coordination_window ? conj - coordination_window : sb;
  for (Index k = conj; k-- > stop;) {
    if (t_.in_quote(k)) return no_index;
    const Index m = outer_end_[k];
    if (m == no_index) continue;
    const Index first = mentions_[m].first;
    const Index next = mentions_[m].last;
    // "in Halberd Group" is an object; "after the company issued" opens a clause.
    if (first > sb && t_.is_word(first - 1) && is_preposition(t_.key(first - 1)) &&
        !is_subordinator(t_.key(first - 1))) {
      continue;
    }
    if (next >= conj || !t_.is_word(next) || t_.tok(next).has(capitalized)) continue;
    const std::string_view w = t_.key(next);
    if (is_preposition(w) || is_determiner(w) || w == "and" || w == "or" || w == "but") continue;
    return m;
  }
  return no_index;
}

Index AttributionBuilder::sentence_subject(Index sb, Index before) const {
  for (Index k = sb; k < before && k < sb + 40; ++k) {
    const Index m = outer_start_[k];
    if (m == no_index || t_.in_quote(k)) continue;
    if (k > sb && t_.is_word(k - 1) && is_preposition(t_.key(k - 1))) {
      k = mentions_[m].last - 1;
      continue;
    }
    return m;
  }
  return no_index;
}

// "Sergeant Ana Brill of the county police said", "A study published in the
// Harbour Review found": the person or document before the prepositional phrase is the subject.
Index AttributionBuilder::head_of_phrase(Index m, Index sb) const {
  Index p = mentions_[m].first;
  if (p > sb && t_.is_lower_word(p - 1, "the")) --p;
  if (p <= sb + 1) return m;
  --p;
  const std::string_view k = t_.is_word(p) ? t_.key(p) : std::string_view();
  // "Sources close to the prime minister said", "people familiar with the plan said".
  if ((k == "to" || k == "with") && p > sb + 1 && t_.is_word(p - 1) &&
      is_postmodifier(t_.key(p - 1)) && outer_end_[p - 2] != no_index) {
    return outer_end_[p - 2];
  }
  if (k != "of" && k != "at" && k != "from" && k != "for" && k != "with" && k != "in" && k != "by" &&
      k != "to") {  // "An aide to the senator said"
    return m;
  }
  // Step back over one participle ("published in", "released by").
  Index before = p;
  if (before > sb + 1 && t_.is_word(before - 1)) {
    const std::string_view w = t_.key(before - 1);
    if (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) --before;
  }
  const Index e = outer_end_[before - 1];
  if (e == no_index) return m;
  const Mention& cand = a_.doc->mentions[e];
  const EntityType type = a_.doc->entities[cand.entity].type;
  const bool person = type == EntityType::person;
  const bool document = cand.type == MentionType::nominal && type == EntityType::unknown;
  // "Lawmakers from both chambers said": a group of people before a non-person.
  const bool group = type == EntityType::group &&
                     a_.doc->entities[a_.doc->mentions[m].entity].type != EntityType::person;
  return person || document || group ? e : m;
}

AttributionBuilder::SourceHit AttributionBuilder::find_source(const CueHit& c, Index sb,
                                                             Index se) const {
  SourceHit s;
  const CueEntry& e = *c.m.entry;
  if (e.cue_class == CueClass::according_to) {
    // "according to an estimate from the budget office": the source may sit a few
    // words in.
    for (Index k = c.m.last; k < se && k < c.m.last + according_window; ++k) {
      if (t_.in_quote(k) || t_.is(k, ',')) break;
      if (outer_start_[k] != no_index) {
        s.mention = named_author(outer_start_[k]);
        s.inverted = true;
        s.group_first = c.aux_first;
        s.group_last = mentions_[s.mention].last;
        return s;
      }
    }
    return s;
  }
  // "had been told by a nurse that ...": the agent of a passive telling speaks.
  if (const Index agent = passive_agent(c.m, c.m.first, se); agent != no_index) {
    s.mention = agent;
    s.inverted = true;
    s.group_first = c.aux_first;
    s.group_last = mentions_[agent].last;
    return s;
  }
  Index before = c.aux_first;
  // "was quoted as saying": the subject is before the passive.
  before = quoted_as_start(before, sb);
  const Index aux_end = before;
  // "Megan Kelly said", "The family said": a word ending in "ly" that ends a mention (or
  // is capitalised) is the subject, no adverb.
  while (before > sb + 1 && t_.is_word(before - 1) && is_aux(t_.key(before - 1)) &&
         before + max_aux > aux_end && outer_end_[before - 1] == no_index &&
         !t_.tok(before - 1).has(capitalized)) {
    --before;
  }
  if (const Index m = relative_antecedent(before, sb); m != no_index) {
    s.mention = m;
    s.relative = true;
    s.group_first = before - 1;
    s.group_last = c.m.last;
    return s;
  }
  if (before > sb) {
    Index m = mention_before(before - 1, sb);
    if (m == no_index) m = postmodified_subject(before - 1, sb);
    // "A study published in the journal Nature found": the object of a postmodifier's
    // phrase is not the subject; the phrase's head before it is.
    // "A survey published by the Pellam Institute showed": the agent after "by" is who
    // speaks through it.
    if (m != no_index && mentions_[m].first > sb + 1) {
      if (const Index head = postmodified_subject(mentions_[m].first - 1, sb); head != no_index) {
        if (agent_of_phrase(m)) s.agent = m;
        m = head;
      }
    }
    if (m != no_index) m = head_of_phrase(m, sb);
    if (m != no_index) {
      const Index subject = relative_pronoun_subject(m, sb);
      if (subject != m) s.replaced_pronoun = m;
      m = subject;
    }
    // "... had written to the minister's office in March warning that ...": a participle
    // after a preposition's object belongs to the clause's subject.
    if (m != no_index && e.participle && preposition_object(m, sb)) {
      if (const Index subject = clause_subject_before(before, sb); subject != no_index) m = subject;
    }
    if (m != no_index) {
      s.mention = m;
      s.group_first = coordinated_first(mentions_[m].first, sb);
      s.group_last = c.m.last;
      return s;
    }
  }
  // "... cut its forecast and said it would close two plants", '"...," he said, then
  // added:': a verb coordinated with an earlier one shares the sentence's subject.
  const Index then = c.aux_first > sb + 2 && t_.is_lower_word(c.aux_first - 1, "then") ? c.aux_first - 1
                                                                                        : no_index;
  const bool then_joined = then != no_index && (t_.is(then - 1, ',') || t_.is_lower_word(then - 1, "and"));
  if (then_joined) before = then;
  if (before > sb + 1 && !t_.in_quote(before - 1) &&
      (t_.is_lower_word(before - 1, "and") || t_.is_lower_word(before - 1, "but") || then_joined) &&
      !modifies_noun(c, se)) {
    Index m = sentence_subject(sb, before - 1);
    if (m == no_index) m = clause_subject_before(before - 1, sb);
    if (m != no_index) {
      s.mention = m;
      s.coordinated = true;
      s.group_first = c.aux_first;
      s.group_last = c.m.last;
      return s;
    }
  }
  // Inverted: `"...," said Brandt` / `..., said the ministry`.
  const bool after_break = c.aux_first == sb || t_.is(c.aux_first - 1, ',') ||
                           is_quote_mark(c.aux_first - 1);
  // ", saying the men had fled": what follows a participle is content, never its subject.
  const Index after = after_break && !e.participle && c.m.last < se ? inverted_subject(c.m.last, se)
                                                                     : no_index;
  if (after != no_index) {
    s.mention = after;
    s.inverted = true;
    s.group_first = c.aux_first;
    s.group_last = mentions_[s.mention].last;
  }
  return s;
}

// "Ian and Ruth Kemp said": a capitalised word and "and" right before the subject that
// starts at `first` belong to the subject group; returns where the group starts.
Index AttributionBuilder::coordinated_first(Index first, Index sb) const {
  if (first < sb + 2 || !t_.is_lower_word(first - 1, "and") || !t_.is_word(first - 2) ||
      !t_.tok(first - 2).has(capitalized) || t_.in_quote(first - 2)) {
    return first;
  }
  return first - 2;
}

// ", before adding that ...", ", while insisting ...": a temporal conjunction after a
// comma right before the participle at k.
bool AttributionBuilder::after_comma_conjunction(Index k, Index sb) const {
  if (k < sb + 2 || !t_.is(k - 2, ',') || !t_.is_word(k - 1)) return false;
  const std::string_view w = t_.key(k - 1);
  return w == "before" || w == "after" || w == "while";
}

// Mention m follows a preposition that opens no clause ("to the minister").
bool AttributionBuilder::preposition_object(Index m, Index sb) const {
  const Index first = mentions_[m].first;
  return first > sb && t_.is_word(first - 1) && is_preposition(t_.key(first - 1)) &&
         !is_subordinator(t_.key(first - 1));
}

// True when mention m follows "by" (or "by the"): the agent of a passive phrase.
bool AttributionBuilder::agent_of_phrase(Index m) const {
  Index k = mentions_[m].first;
  if (k > 0 && t_.is_lower_word(k - 1, "the")) --k;
  return k > 0 && t_.is_lower_word(k - 1, "by");
}

// The mention starting at k, right after an inverted cue, or the name after a title the
// mention stage left out of it ("said First Minister Ana Lind", "said Secretary of State
// Tom Becker": up to three capitalised words, "of" between them); no_index when none.
Index AttributionBuilder::inverted_subject(Index k, Index se) const {
  if (outer_start_[k] != no_index) return outer_start_[k];
  const Index stop = std::min<Index>(se, k + max_title_words + 1);
  for (Index j = k; j < stop; ++j) {
    if (const Index m = outer_start_[j]; j > k && m != no_index && t_.tok(j).has(capitalized)) {
      return a_.doc->mentions[m].type == MentionType::name ? m : no_index;
    }
    const bool title_word = t_.is_word(j) && t_.tok(j).has(capitalized);
    if (!title_word && !(j > k && t_.is_lower_word(j, "of"))) return no_index;
  }
  return no_index;
}

// "their route and expected return time, ...": a bare epistemic participle before one or
// two plain words that end at a comma or the sentence's end modifies a noun; it is no
// second verb of the subject ("and expected costs to rise" still is).
bool AttributionBuilder::modifies_noun(const CueHit& c, Index se) const {
  if (c.m.entry->cue_class != CueClass::epistemic || c.aux_first != c.m.first) return false;
  Index k = c.m.last;
  for (Index words = 0; words < 2 && k < se && t_.is_word(k) && !t_.tok(k).has(capitalized);
       ++words, ++k) {
    const std::string_view w = t_.key(k);
    if (w == "that" || w == "to" || is_determiner(w) || is_subject_pronoun(w) || w == "him" ||
        w == "them") {
      return false;
    }
  }
  return k > c.m.last && (k >= se || t_.is(k, ',') || t_.is(k, '.'));
}

// "was quoted as saying", "was quoted by a local paper as saying": the subject is
// before the passive; returns the token to look for it before (or `before` unchanged).
Index AttributionBuilder::quoted_as_start(Index before, Index sb) const {
  if (before <= sb + 2 || !t_.is_lower_word(before - 1, "as")) return before;
  constexpr Index quoted_by_window = 8;
  for (Index k = before - 2; k > sb && k + quoted_by_window > before; --k) {
    if (t_.is_lower_word(k, "quoted")) {
      // "Kaya was quoted as saying": the subject; "State television quoted Kaya as
      // saying": the object, the words before "as", is the source, not the outlet.
      const bool passive = t_.is_word(k - 1) && is_be(t_.key(k - 1));
      return passive || k + 1 == before - 1 ? k : before - 1;
    }
    if (!t_.is_word(k) || t_.in_quote(k)) break;
  }
  return before;
}

// A direct attribution of tokens [first, end), words without quotation marks (a post,
// an interview answer); source and cue are the caller's to set.
Draft AttributionBuilder::unmarked_words(Index first, Index end, std::string_view rule,
                                         float confidence) const {
  Draft d;
  d.rec.kind = AttributionKind::direct;
  d.rec.quote_marks = false;
  d.content_first = first;
  d.content_last = end;
  add_content(d, ByteSpan{t_.tok(first).span.start, t_.tok(end - 1).span.end});
  d.rec.rule_id = rule;
  d.rec.confidence = confidence;
  return d;
}

// "She wrote on X:" closing a paragraph, then the post as the next paragraph without
// quotation marks: the post is her unmarked words.
void AttributionBuilder::unmarked_post_after(const Draft& d, Index se) {
  if (!d.rec.source || se >= t_.size() || t_.paragraph(se) != t_.paragraph(se - 1) + 1) return;
  const Index p = t_.paragraph(se);
  if (p >= a_.doc->paragraphs.size()) return;
  const Index end = token_at_or_after(a_.doc->paragraphs[p].end);
  if (end <= se + 1 || is_quote_mark(se) || t_.in_quote(se)) return;
  Draft post = unmarked_words(se, end, rules::colon_previous, 0.7F);
  post.rec.source = d.rec.source;
  post.rec.cue = d.rec.cue;
  drafts_.push_back(std::move(post));
  pending_ = Pending{};
}

// "... the 95% that experts say is needed, figures showed": a report inside a relative
// clause is part of the clause a later postposed cue takes.
bool AttributionBuilder::relative_report(const Draft& d, Index sb) const {
  if (d.rec.kind == AttributionKind::direct || !d.rec.source || d.rec.source->mentions.empty()) {
    return false;
  }
  const Index first = mentions_[d.rec.source->mentions.front()].first;
  if (first <= sb) return false;
  const std::string_view w = t_.is_word(first - 1) ? t_.key(first - 1) : std::string_view();
  return w == "that" || w == "which" || w == "who" || w == "what";
}

// "but the council ...", "and drivers should ...": a conjunction opening a clause with
// its own subject (a determiner phrase or a name), not a verb of the speaker's; a
// pronoun there mostly is the speaker ("officials said, and they blamed ...").
bool AttributionBuilder::clause_joined_at(Index k) const {
  if (!t_.is_lower_word(k, "but") && !t_.is_lower_word(k, "and")) return false;
  const Index s = k + 1;
  if (s >= t_.size() || !t_.is_word(s) || t_.in_quote(s)) return false;
  return is_determiner(t_.key(s)) || (t_.tok(s).has(capitalized) && outer_start_[s] != no_index) ||
         bare_subject_clause(s);
}

// "..., she said, and demand for care has risen", "..., he said, and he would wait":
// lower-case words with no determiner (at most five, no cue among them) and then a
// tensed auxiliary open a clause. ("..., officials said, and they blamed the weather"
// tells what the speakers did.)
bool AttributionBuilder::bare_subject_clause(Index s) const {
  constexpr Index max_subject_words = 5;
  if (t_.tok(s).has(capitalized) || tensed_aux_words.contains(t_.key(s))) return false;
  for (Index k = s; k < t_.size() && k <= s + max_subject_words; ++k) {
    if (!t_.is_word(k) || t_.in_quote(k) || t_.tok(k).has(capitalized)) return false;
    if (k > s && tensed_aux_words.contains(t_.key(k))) return true;
    if (t_.cue(k) != nullptr) return false;
  }
  return false;
}

// "..., according to Brandt, the site manager.", "..., said Brandt, a lawyer.": an
// appositive describing the source is not more content.
bool AttributionBuilder::appositive_at(Index k) const {
  return t_.is_lower_word(k, "the") || t_.is_lower_word(k, "a") || t_.is_lower_word(k, "an") ||
         t_.is_lower_word(k, "who") || t_.is_lower_word(k, "which");
}

// "Rep. Ola Brenner, R-Ohio, said": a party and state tag is not the subject.
bool AttributionBuilder::party_tag(Index m) const {
  return is_party_tag(slice(a_.text, a_.doc->mentions[m].span));
}

// "a survey by the theatre council", "an estimate from the budget office": the named
// author of a document is the source.
Index AttributionBuilder::named_author(Index m) const {
  if (a_.doc->mentions[m].type != MentionType::nominal) return m;
  const Index k = mentions_[m].last;
  if (k + 1 >= t_.size() || t_.in_quote(k)) return m;
  if (!(t_.is_lower_word(k, "by") || t_.is_lower_word(k, "from") || t_.is_lower_word(k, "of"))) {
    return m;
  }
  const Index author = outer_start_[k + 1];
  if (author == no_index) return m;
  const Mention& am = a_.doc->mentions[author];
  if (am.type == MentionType::name) return author;
  // "an estimate by the regional chamber of commerce": an organisation as author.
  const bool org = am.type == MentionType::nominal && am.entity < a_.doc->entities.size() &&
                   a_.doc->entities[am.entity].type == EntityType::organization;
  return org ? author : m;
}

// "Diplomats involved in the talks said", "people familiar with the plan said": the
// subject before a short postmodifier whose object is not a mention.
Index AttributionBuilder::postmodified_subject(Index k, Index sb) const {
  const Index stop = k > sb + postmodifier_window ? k - postmodifier_window : sb;
  for (Index p = k; p > stop; --p) {
    if (t_.in_quote(p) || !t_.is_word(p)) return no_index;
    const std::string_view w = t_.key(p);
    if (is_postmodifier(w)) return outer_end_[p - 1];
    // "Lawmakers from both parties have said": a subject before a prepositional phrase
    // whose object is no mention.
    if (p > sb && is_subject_preposition(w) && outer_end_[p - 1] != no_index &&
        a_.doc->mentions[outer_end_[p - 1]].type != MentionType::pronoun) {
      return outer_end_[p - 1];
    }
  }
  return no_index;
}

// "Lind appeared on Ruiz's show, where he said ...": a pronoun opening a relative clause
// of place or time refers to the sentence's subject, not to the nearest name.
Index AttributionBuilder::relative_pronoun_subject(Index m, Index sb) const {
  if (a_.doc->mentions[m].type != MentionType::pronoun) return m;
  const Index p = mentions_[m].first;
  if (p < sb + 3 || !t_.is(p - 2, ',') ||
      !(t_.is_lower_word(p - 1, "where") || t_.is_lower_word(p - 1, "when"))) {
    return m;
  }
  const Index subj = sentence_subject(sb, p - 2);
  if (subj == no_index || a_.doc->mentions[subj].type != MentionType::name) return m;
  const Index entity = a_.doc->mentions[subj].entity;
  const EntityType type = a_.doc->entities[entity].type;
  if (type != EntityType::person && type != EntityType::unknown) return m;
  return subj;
}

// True when lower-case words joined by commas and "and"/"or" run from k to a "that"
// within a few tokens: the rest of a list of addressees.
bool AttributionBuilder::addressee_list_until_that(Index k, Index se) const {
  constexpr Index list_window = 6;
  bool and_seen = false;
  for (Index i = k; i < se && i < k + list_window; ++i) {
    if (t_.is(i, ',')) continue;
    if (!t_.is_word(i) || t_.in_quote(i) || t_.tok(i).has(capitalized)) return false;
    const std::string_view w = t_.key(i);
    if (w == "that") return and_seen && i > k;
    if (w == "and" || w == "or") {
      and_seen = true;
      continue;
    }
    if (is_subject_pronoun(w) || t_.cue(i) != nullptr) return false;
  }
  return false;
}

// "told lawmakers in the capital (that) ...": the addressee runs to "that", a comma or colon,
// a quotation, a subject pronoun or a second noun phrase.
Index AttributionBuilder::skip_addressee(Index j, Index se, ByteSpan& span) const {
  Index k = j;
  bool noun_seen = false;
  while (k < se && k < j + addressee_window) {
    if (t_.in_quote(k)) break;
    // "told Ola Brenner, 61, that ...": an age after the name.
    if (t_.is(k, ',') && k + 2 < se && t_.tok(k + 1).kind == TokenKind::number &&
        t_.is(k + 2, ',')) {
      k += 3;
      continue;
    }
    // "told the BBC two men had ...", "told Reuters 40 people": a figure after a name
    // opens the clause.
    const bool figure =
        t_.tok(k).kind == TokenKind::number || (t_.is_word(k) && count_words.contains(t_.key(k)));
    if (figure && noun_seen && t_.tok(k - 1).has(capitalized)) break;
    if (t_.tok(k).kind == TokenKind::number) {
      ++k;
      continue;
    }
    // "told reporters, editors and lawyers that ...": a list of addressees.
    if (t_.is(k, ',') && k > j && addressee_list_until_that(k + 1, se)) {
      ++k;
      continue;
    }
    // "told the defendant, Mark Pine, that ...": a name in apposition to the addressee.
    if (t_.is(k, ',') && k > j && outer_start_[k + 1] != no_index) {
      const Index after = mentions_[outer_start_[k + 1]].last;
      if (after + 1 < se && t_.is(after, ',') && t_.is_lower_word(after + 1, "that")) {
        k = after + 1;
        break;
      }
    }
    if (!t_.is_word(k)) break;
    const std::string_view key = t_.key(k);
    if (key == "that" || (k > j && is_subject_pronoun(key))) break;
    // "told me revenue rose": an object pronoun is the whole addressee (but "told him to
    // step back" is an order, not a report).
    if (k == j && is_object_pronoun(key) && !(k + 1 < se && t_.is_lower_word(k + 1, "to"))) {
      ++k;
      break;
    }
    // "warned the recession could last": a noun phrase before a tensed auxiliary is the
    // reported clause's subject, and there is no addressee.
    if (noun_seen && tensed_aux_words.contains(key)) return j;
    // "told the jury his client was ...": a determiner after the addressee opens the clause.
    if (noun_seen && is_determiner(key) && key != "that" && !is_preposition(t_.key(k - 1))) break;
    if (!is_preposition(key) && key != "the" && key != "a" && key != "an") noun_seen = true;
    ++k;
  }
  Index last = k;
  while (last > j && t_.tok(last - 1).kind == TokenKind::punct) --last;
  if (last > j) span = ByteSpan{t_.tok(j).span.start, t_.tok(last - 1).span.end};
  return k;
}

// "a year later", "two weeks ago", "three days earlier": tokens of a relative time
// phrase starting at j, or 0.
Index AttributionBuilder::relative_time_length(Index j, Index se) const {
  if (j >= se) return 0;
  const bool count = t_.tok(j).kind == TokenKind::number ||
                     (t_.is_word(j) && count_words.contains(t_.key(j)));
  if (!count) return 0;
  Index k = j + 1;
  // "A few weeks ago", "a couple of years later": the count is two or three words.
  if (t_.key(j) == "a" && k < se && t_.is_lower_word(k, "few")) {
    ++k;
  } else if (t_.key(j) == "a" && k + 1 < se && t_.is_lower_word(k, "couple") &&
             t_.is_lower_word(k + 1, "of")) {
    k += 2;
  }
  if (k + 1 >= se || !t_.is_word(k) || !t_.is_word(k + 1)) return 0;
  std::string_view unit = t_.key(k);
  if (unit.size() > 1 && unit.back() == 's') unit.remove_suffix(1);
  const bool time_unit = unit == "year" || unit == "month" || unit == "week" || unit == "day" ||
                         unit == "decade" || unit == "hour" || unit == "minute";
  const std::string_view rel = t_.key(k + 1);
  const bool relative = rel == "later" || rel == "earlier" || rel == "ago" || rel == "before";
  return time_unit && relative ? k + 2 - j : 0;
}

// "on Tuesday", "in a statement", "on social media within hours": short adverbials
// after a cue, skipped when a comma, colon, "that" or quotation follows them.
Index AttributionBuilder::skip_adverbial(Index j, Index se) const {
  if (const Index n = relative_time_length(j, se); n > 0) {
    const Index k = j + n;
    if (k >= se || t_.is(k, ',') || t_.is(k, ':') || t_.is_lower_word(k, "that") ||
        quote_open_at_[k] != no_index || is_final_punct(t_.text(k))) {
      return k;
    }
  }
  if (j >= se || !t_.is_word(j) || !is_adverbial_start(t_.key(j))) return j;
  // "said about 300 people had ...": a figure opens the content.
  if (j + 1 < se && t_.tok(j + 1).kind == TokenKind::number && approximator_words.contains(t_.key(j))) {
    return j;
  }
  for (Index k = j + 1; k < se && k <= j + adverbial_window; ++k) {
    k = past_title(k);
    if (k >= se) break;
    // "said in a statement it would appeal": a clause, not the end of an adverbial.
    if (t_.is_word(k) && is_subject_pronoun(t_.key(k))) return j;
    if (t_.is(k, ',') || t_.is(k, ':') || t_.is_lower_word(k, "that") ||
        (quote_open_at_[k] != no_index) || is_final_punct(t_.text(k))) {
      return k;
    }
  }
  return j;
}

// True when nothing clause-like follows the cue group, whose adverbials end at k
// (skip_adverbial): the attribution is postposed.
bool AttributionBuilder::postposed_after(Index k, Index se) const {
  if (k >= se) return true;
  if (t_.is(k, ',') || is_final_punct(t_.text(k))) {
    return !(k + 1 < se && t_.is_lower_word(k + 1, "that"));
  }
  return false;
}

// ", prosecutors alleged on Monday as the trial opened", ", the firm said in a filing
// with the regulator.": a longer adverbial or a subordinate clause, with no "that", no
// subject pronoun and no other cue before the sentence ends, leaves the cue postposed.
bool AttributionBuilder::postposed_tail(Index j, Index se) const {
  if (j >= se || !t_.is_word(j)) return false;
  const std::string_view first = t_.key(j);
  if (first == "as" || first == "when" || first == "while" || first == "amid") return true;
  if (!is_adverbial_start(first)) return false;
  for (Index k = j; k < se && k < j + postposed_window; ++k) {
    k = past_title(k);
    if (k >= se) return true;
    if (t_.in_quote(k) || quote_open_at_[k] != no_index || t_.is(k, ':')) return false;
    if (is_final_punct(t_.text(k))) return true;
    if (t_.is(k, ',')) return !(k + 1 < se && t_.is_lower_word(k + 1, "that"));
    if (!t_.is_word(k)) continue;
    const std::string_view w = t_.key(k);
    if (w == "that" || is_subject_pronoun(w)) return false;
    if (k > j && is_subordinator(w)) return true;
    if (k > j && t_.cue(k) != nullptr) return false;
  }
  return false;
}

// A title in quotation marks at k ("on \"State of the Nation\"") is skipped: the index
// just past it, else k.
Index AttributionBuilder::past_title(Index k) const {
  const Index q = quote_open_at_[k];
  if (q == no_index || quotes_[q].cued_speech || quotes_[q].close <= k) return k;
  return quotes_[q].close;
}

// "said on Tuesday she would", "said Monday the plan": a bare time phrase before the
// reported clause is not part of it.
Index AttributionBuilder::skip_time_phrase(Index j, Index se) const {
  if (j + 2 >= se || !t_.is_word(j)) return j;
  // "said late Monday it would", "said early on Friday that".
  if ((t_.key(j) == "late" || t_.key(j) == "early") && t_.is_word(j + 1) &&
      (is_weekday(t_.key(j + 1)) || t_.key(j + 1) == "on")) {
    const Index k = skip_time_phrase(j + 1, se);
    return k > j + 1 ? k : j;
  }
  const std::string_view w = t_.key(j);
  Index k = j;
  if (is_weekday(w)) {
    k = j + 1;
  } else if (w == "on" && t_.is_word(j + 1) && is_weekday(t_.key(j + 1))) {
    k = j + 2;
  } else if (w == "in" && j + 3 < se && t_.is_word(j + 2) &&
             (t_.is_lower_word(j + 1, "a") || t_.is_lower_word(j + 1, "an"))) {
    // "said in a statement it would appeal".
    const std::string_view n = t_.key(j + 2);
    if (n == "statement" || n == "interview" || n == "filing" || n == "letter" ||
        n == "post" || n == "speech" || n == "memo" || n == "email" || n == "release") {
      k = j + 3;
    }
  } else if ((w == "last" || w == "this") && t_.is_word(j + 1)) {
    const std::string_view n = t_.key(j + 1);
    if (n == "week" || n == "month" || n == "year" || n == "weekend") k = j + 2;
  }
  if (k == j || k >= se || !t_.is_word(k) || t_.is_lower_word(k, "that")) return j;
  return k;
}

// True when "that" or a colon comes within a few tokens: the cue introduces a clause.
bool AttributionBuilder::that_follows(Index j, Index se) const {
  for (Index k = j; k < se && k < j + that_window; ++k) {
    if (t_.is_lower_word(k, "that") || t_.is(k, ':') ||
        (quote_open_at_[k] != no_index && quotes_[quote_open_at_[k]].cued_speech)) {
      return true;
    }
  }
  return false;
}

// Drops final punctuation and a trailing comma from [first, last).
Index AttributionBuilder::trim_end(Index first, Index last) const {
  const Index floor = last > first + max_trim ? last - max_trim : first;
  while (last > floor) {
    const std::string_view s = t_.text(last - 1);
    if (t_.tok(last - 1).kind == TokenKind::punct && !is_quote_mark(last - 1) &&
        s != ")" && s != "%") {
      --last;
      continue;
    }
    break;
  }
  return last;
}

// ", two days before the deadline", ", hours after the vote": a time appositive closing
// the reported clause.
bool AttributionBuilder::time_appositive(Index k, Index se) const {
  if (k + 2 >= se || t_.in_quote(k)) return false;
  const bool count = t_.tok(k).kind == TokenKind::number ||
                     (t_.is_word(k) && appositive_count_words.contains(t_.key(k)));
  if (!count) return false;
  for (Index j = k + 1; j < se && j < k + 3; ++j) {
    if (t_.is_lower_word(j, "before") || t_.is_lower_word(j, "after") ||
        t_.is_lower_word(j, "ahead") || t_.is_lower_word(j, "ago")) {
      return true;
    }
  }
  return false;
}

// ", a position that has won her support", ", a move which": the writer's comment on
// the reported clause, an indefinite noun phrase with a relative clause.
bool AttributionBuilder::writer_aside(Index k, Index se) const {
  if (k + 3 >= se || !(t_.is_lower_word(k, "a") || t_.is_lower_word(k, "an"))) return false;
  return t_.is_word(k + 1) && !t_.is_cap(k + 1) &&
         (t_.is_lower_word(k + 2, "that") || t_.is_lower_word(k + 2, "which"));
}

// Where forward content stops: the sentence end, ", according to", ", adding",
// ", although".
Index AttributionBuilder::content_stop(Index j, Index se) const {
  se = std::min(se, j + max_content_tokens);
  for (Index k = j; k < se; ++k) {
    // A word stops the clause only as "and"/"but" (three bytes: most words are settled
    // without the call); the other stops are punctuation.
    if (t_.tok(k).kind == TokenKind::word) {
      if (k > j && k + 1 < se && t_.tok(k).span.size() == 3 && !t_.in_quote(k) &&
          coordinated_report(k)) {
        return k;
      }
      continue;
    }
    if (const Index stop = punct_stop(j, k, se); stop != no_index) return stop;
  }
  return se;
}

// content_stop() at a token k that is no word: where the clause from j ends if it ends
// at k (k, or k + 1 after a closing mark), else no_index.
Index AttributionBuilder::punct_stop(Index j, Index k, Index se) const {
  // `that the drug "may ease it," a mechanism that ...`: the comma inside a closing mark.
  if (k > j && k + 1 < se && t_.is(k - 1, ',') && is_quote_mark(k) && writer_aside(k + 1, se)) {
    return k + 1;
  }
  if (t_.in_quote(k) || k + 1 >= se) return no_index;
  // "She said the study was thorough; he called it ...": a semicolon ends the clause.
  if (k > j && t_.is(k, ';')) return k;
  return t_.is(k, ',') && comma_stops(k, se) ? k : no_index;
}

// The comma at k (outside quotations, before the end se) ends the reported clause.
bool AttributionBuilder::comma_stops(Index k, Index se) const {
  if (t_.is_lower_word(k + 1, "according")) return true;
  if (t_.is_lower_word(k + 1, "then") && coordinated_report(k + 1)) return true;
  // ", citing a shortage of funds": the speaker's reason, not their words.
  if (t_.is_lower_word(k + 1, "citing")) return true;
  // ", although the government is not required to ...": the writer's concession.
  if (t_.is_lower_word(k + 1, "although") || t_.is_lower_word(k + 1, "whereas")) return true;
  if (auto m = tagged_cue(t_, k + 1); m && m->entry->participle) return true;
  if (second_speaker_follows(k + 1, se) || new_report_follows(k + 1, se)) return true;
  if (time_appositive(k + 1, se)) return true;
  return writer_aside(k + 1, se);
}

// A cue verb, not a noun of the same form ("in a note to clients", "the claims").
bool AttributionBuilder::verb_cue_at(Index k) const {
  if (t_.cue(k) == nullptr) return false;
  return k == 0 || !t_.is_word(k - 1) || !is_determiner(t_.key(k - 1));
}

// "said the outbreak was preventable and urged parents to ...", "... but declined to
// give details": a second reporting verb of the speaker, joined by "and"/"but", ends the
// reported clause.
bool AttributionBuilder::coordinated_report(Index k) const {
  // ", then added": "then" after a comma joins a second verb as "and" does.
  const bool then = k > 0 && t_.is(k - 1, ',') && t_.is_lower_word(k, "then");
  if (!t_.is_lower_word(k, "and") && !t_.is_lower_word(k, "but") && !then) return false;
  Index v = k + 1;
  if (v < t_.size() && t_.is_word(v) && is_adverb(t_.key(v))) ++v;
  if (v >= t_.size() || !t_.is_word(v) || t_.in_quote(v)) return false;
  const std::string_view w = t_.key(v);
  if (w == "declined" || w == "refused") return true;
  const CueEntry* e = t_.cue(v);
  // An inflected form ("and warned", "and said", "and says"), not a base form after
  // "to" ("to stop and warn").
  return e != nullptr && !e->participle && e->cue_class == CueClass::communication &&
         w != e->lemma;
}

bool AttributionBuilder::fragment_of_mixed(Index q) const {
  const Index d = quotes_[q].draft;
  return d != no_index && d < drafts_.size() && drafts_[d].rec.kind == AttributionKind::mixed;
}

// A nested cue claims a quotation an enclosing mixed attribution held as a fragment:
// `She said a colleague had told her: "I cannot go on."`
void AttributionBuilder::release_fragment(Index q) {
  if (!fragment_of_mixed(q)) return;
  Draft& outer = drafts_[quotes_[q].draft];
  for (std::size_t i = 0; i < outer.quotes.size(); ++i) {
    if (outer.quotes[i] != q) continue;
    outer.quotes.erase_at(i);
    outer.rec.quoted.erase(outer.rec.quoted.begin() + static_cast<std::ptrdiff_t>(i));
    break;
  }
  if (outer.rec.quoted.empty()) outer.rec.kind = AttributionKind::indirect;
  quotes_[q].used = false;
  quotes_[q].draft = no_index;
}

// ", while Marchetti said ...": a conjunction after a comma that opens another speaker's
// attribution ends the content.
bool AttributionBuilder::second_speaker_follows(Index k, Index se) const {
  if (!t_.is_word(k)) return false;
  const std::string_view w = t_.key(k);
  if (w != "while" && w != "whereas" && w != "but" && w != "although" && w != "and") return false;
  // (Up to 16 tokens: ", but the letter's organiser, the Bolton North MP Daniel Okoro, said".)
  constexpr Index max_subject_tokens = 16;
  for (Index j = k + 2; j < se && j < k + max_subject_tokens; ++j) {
    if (t_.in_quote(j)) return false;
    if (t_.cue(j) == nullptr) continue;
    // ", and its leader, Anna Sjoberg, told ...": an apposition before the cue.
    if (outer_end_[j - 1] != no_index ||
        (t_.is(j - 1, ',') && j >= k + 3 && outer_end_[j - 2] != no_index)) {
      return true;
    }
  }
  return false;
}

// "The inquest heard from Tom Ash, who said ...", "the union, which said ...": a cue
// (after at most `max_aux` auxiliaries or adverbs, already skipped to `cue_first`) right
// after ", who" or ", which" reports the mention before the comma, or the name before
// that mention's own comma when it is an apposition ("Lord Fenwick, a member of his
// party, who said"). "who" needs a person (or an entity of unknown type), "which" no
// person.
Index AttributionBuilder::relative_antecedent(Index cue_first, Index sb) const {
  if (cue_first < sb + 3 || !t_.is(cue_first - 2, ',')) return no_index;
  const bool who = t_.is_lower_word(cue_first - 1, "who");
  if (!who && !t_.is_lower_word(cue_first - 1, "which")) return no_index;
  Index m = outer_end_[cue_first - 3];
  if (m == no_index) return no_index;
  // ", a member of his own party, who said": the name before the apposition.
  m = apposition_head(m, sb);
  const EntityType type = a_.doc->entities[a_.doc->mentions[m].entity].type;
  const bool person = type == EntityType::person || type == EntityType::unknown;
  return (who ? person : type != EntityType::person) ? m : no_index;
}

// "Mr Ross, who says he collected the tubs over three years, is unrepentant": when the
// antecedent opens the sentence, the main clause resumes after the relative one, which
// ends at the last comma outside quotations; after an object ("heard from Tom Ash, who
// said ...") it runs to `se`.
Index AttributionBuilder::relative_clause_end(Index antecedent, Index j, Index sb, Index se) const {
  const Index first = mentions_[antecedent].first;
  if (first > sb + 1 || (first == sb + 1 && !is_determiner(t_.key(sb)))) return se;
  Index end = se;
  for (Index k = j; k + 1 < se && k < j + max_content_tokens; ++k) {
    if (t_.is(k, ',') && !t_.in_quote(k)) end = k;
  }
  return end;
}

// "admitted his side had been ...", "confirmed it had received ...": a verb that takes
// "that" may leave it out before a clause whose subject is followed right away by a
// tensed auxiliary or modal. The subject: a pronoun or "there"; a name ("admitted Kerr
// had lied"); a possessive or "the" and up to three words; or up to three lower-case
// words with no determiner ("warned prices would rise").
bool AttributionBuilder::thatless_clause(Index j, Index se) const {
  constexpr Index max_subject_words = 3;
  if (j + 1 >= se || !t_.is_word(j) || t_.in_quote(j)) return false;
  const std::string_view w = t_.key(j);
  if (is_subject_pronoun(w) || w == "there") {
    return t_.is_word(j + 1) && tensed_aux_words.contains(t_.key(j + 1));
  }
  const bool determiner = is_determiner(w);
  // "in physically demanding jobs are ...": after an -ing form, the bare words are its
  // object or the noun it modifies.
  if (!determiner && j > 0 && ends_in_ing(t_.key(j - 1))) return false;
  if (t_.tok(j).has(capitalized)) return name_before_aux(j, se);
  if (determiner ? (w == "that" || w == "a" || w == "an") : !bare_subject_word(j)) return false;
  Index k = j + 1;
  // "accepted the penalty and had ...": a conjunction ends the object, no subject.
  while (k < se && k < j + 1 + max_subject_words && t_.is_word(k) && !t_.in_quote(k) &&
         !tensed_aux_words.contains(t_.key(k)) && !t_.is_lower_word(k, "and") &&
         !t_.is_lower_word(k, "or") && !t_.is_lower_word(k, "but") &&
         !is_subordinator(t_.key(k)) && !t_.is_lower_word(k, "if") &&
         !t_.is_lower_word(k, "whether") && (determiner || bare_subject_word(k))) {
    ++k;
  }
  return k < se && k > j + (determiner ? 1 : 0) && t_.is_word(k) && tensed_aux_words.contains(t_.key(k));
}

// A lower-case word that may stand in a subject with no determiner ("prices", "house
// prices"): no adverbial start, preposition, auxiliary, subordinator or cue.
bool AttributionBuilder::bare_subject_word(Index k) const {
  if (t_.tok(k).has(capitalized) || t_.cue(k) != nullptr) return false;
  const std::string_view w = t_.key(k);
  return !is_adverbial_start(w) && !is_preposition(w) && !tensed_aux_words.contains(w) &&
         !is_subordinator(w) && !is_determiner(w) && w != "not" && w != "and" && w != "or" &&
         w != "but" && w != "if" && w != "whether" && w != "what" && w != "how" && w != "who";
}

// "admitted Kerr had lied": a mention opening at j, then a tensed auxiliary.
bool AttributionBuilder::name_before_aux(Index j, Index se) const {
  const Index m = outer_start_[j];
  if (m == no_index) return false;
  const Index after = mentions_[m].last;
  return after < se && t_.is_word(after) && tensed_aux_words.contains(t_.key(after));
}

// "When she replied that the delay was unavoidable, the judge observed that ...": after
// a comma, a mention, at most one word (an auxiliary or adverb), and a cue opening its
// own that-clause or colon start a second report; the first one ends at the comma.
bool AttributionBuilder::new_report_follows(Index k, Index se) const {
  const Index m = outer_start_[k];
  if (m == no_index) return false;
  const Index after = mentions_[m].last;
  for (Index j = after; j < se && j < after + 2; ++j) {
    if (!t_.is_word(j) || t_.in_quote(j)) return false;
    if (verb_cue_at(j)) return j + 1 < se && (t_.is_lower_word(j + 1, "that") || t_.is(j + 1, ':'));
  }
  return false;
}

Index AttributionBuilder::quote_covering(Index first, Index last) const {
  Index k = first;
  while (k < last && !is_quote_mark(k) && t_.tok(k).kind == TokenKind::punct) ++k;
  if (k >= last || quote_open_at_[k] == no_index) return no_index;
  const Index q = quote_open_at_[k];
  if (!quotes_[q].cued_speech || (quotes_[q].used && !fragment_of_mixed(q))) return no_index;
  if (trim_end(first, last) > quotes_[q].close) return no_index;
  return q;
}

// "10:51pm — Turnout appears ...": a live blog's time stamp and dash opening a paragraph
// are no part of the content. The first token after them, or `first`.
Index AttributionBuilder::past_time_stamp(Index first, Index last) const {
  constexpr Index max_stamp_tokens = 4;  // "10", ":", "51", "pm"
  if (first >= last || t_.tok(first).kind != TokenKind::number ||
      (first > 0 && t_.paragraph(first) == t_.paragraph(first - 1))) {
    return first;
  }
  for (Index k = first + 1; k < last && k <= first + max_stamp_tokens; ++k) {
    const std::string_view w = t_.text(k);
    if (w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-") return k + 1;
    if (t_.tok(k).kind != TokenKind::number && w != ":" && w != "." && !t_.is_lower_word(k, "am") &&
        !t_.is_lower_word(k, "pm")) {
      return first;
    }
  }
  return first;
}

void AttributionBuilder::fill_content(Draft& d, Index first, Index last) {
  if (last > first + max_content_tokens) first = last - max_content_tokens;
  first = past_time_stamp(first, last);
  while (first < last && (t_.is(first, ',') || t_.is(first, ':'))) ++first;
  last = trim_end(first, last);
  if (first >= last) return;
  d.content_first = first;
  d.content_last = last;
  add_content(d, ByteSpan{t_.tok(first).span.start, t_.tok(last - 1).span.end});
  for (Index k = first; k < last; ++k) {
    const Index q = quote_open_at_[k];
    if (q == no_index) continue;
    QuoteInfo& qi = quotes_[q];
    if (qi.close > last + 1 || qi.used || qi.content_first >= qi.content_last) continue;
    const Quotation& rq = a_.doc->quotations[q];
    if (rq.role == QuoteRole::title || rq.role == QuoteRole::nickname) continue;
    if (!is_speech_role(rq, qi.open) && rq.role != QuoteRole::scare) continue;
    if (!qi.speech && rq.role != QuoteRole::scare) continue;
    add_quoted(d, rq.content);
    d.quotes.push_back(q);
    k = qi.close - 1;
  }
  d.rec.kind = d.rec.quoted.empty() ? AttributionKind::indirect : AttributionKind::mixed;
}

bool AttributionBuilder::forward_content(Draft& d, Index j, Index after_adv, Index se,
                                         bool needs_that, const CueHit& c) {
  Index start = j;
  bool marked = false;
  bool relative = false;
  for (Index k = j; k < se && k < j + that_window; ++k) {
    if (t_.in_quote(k) || (k > j && verb_cue_at(k))) break;  // a nested cue's "that"
    if (t_.is_lower_word(k, "that")) {
      // "recalling the night that shaped him": a "that" after an object is relative.
      if (k > j && !(t_.is_word(j) && is_adverbial_start(t_.key(j)))) {
        relative = true;
        break;
      }
      start = k + 1;
      marked = true;
      break;
    }
    if (t_.is(k, ':')) {
      start = k + 1;
      marked = true;
      break;
    }
    if (t_.is(k, ',') || is_final_punct(t_.text(k))) break;
  }
  if (!marked && after_adv > j && after_adv < se && (t_.is(after_adv, ',') || t_.is(after_adv, ':'))) {
    start = after_adv + 1;
    marked = t_.is(after_adv, ':') || quote_open_at_[std::min(start, se - 1)] != no_index;
  }
  if (!marked && quote_open_at_[std::min(j, se - 1)] != no_index) marked = true;
  if (!marked && !relative && needs_that && start == j && thatless_clause(j, se)) marked = true;
  if ((needs_that || (relative && c.m.entry->needs_that)) && !marked) return false;
  if (!marked && start == j) start = skip_time_phrase(j, se);
  const Index stop = content_stop(start, se);
  Index q = quote_covering(start, stop);
  // 'Fans chanted "Out, out, out" as he left.': a manner of speaking takes the quotation
  // right after it, not the words after that.
  if (q == no_index && c.m.entry->beside_quote && start < se) q = quote_open_at_[start];
  if (q != no_index) {
    release_fragment(q);
    d.rec.kind = AttributionKind::direct;
    add_content(d, a_.doc->quotations[q].content);
    add_quoted(d, a_.doc->quotations[q].content);
    d.quotes.push_back(q);
    d.content_first = quotes_[q].content_first;
    d.content_last = quotes_[q].content_last;
    d.rec.rule_id = rules::name_said_quote;
    d.rec.confidence = 0.9F;
    return true;
  }
  fill_content(d, start, stop);
  if (d.rec.content.empty() || trim_end(start, stop) < start + 2) {
    // "He said on X:" closing its sentence: the words follow in the next one.
    if (t_.is(se - 1, ':')) {
      pending_ = Pending{d.rec.source, d.rec.cue, t_.sentence(c.m.first)};
      if (c.m.entry->cue_class == CueClass::post || c.m.entry->known == KnownLemma::write) {
        unmarked_post_after(d, se);
      }
    }
    d.rec.content.clear();
    d.rec.quoted.clear();
    d.quotes.clear();
    return false;
  }
  d.rec.rule_id = c.m.entry->participle ? rules::participle : rules::reported_forward;
  d.rec.confidence = 0.85F;
  return true;
}

// "HAVENPORT (Wire) - ": a dateline opening the sentence is not part of the content.
Index AttributionBuilder::skip_dateline(Index first, Index last) const {
  return dateline_end(t_, first, last);
}

bool AttributionBuilder::backward_content(Draft& d, Index region_first, Index region_last,
                                          Index se, Index after_group) {
  region_first = skip_dateline(region_first, region_last);
  // `"First sentence. Second one," she said.`: the quotation began in an earlier sentence.
  for (Index k = region_last; k-- > region_first && k + 3 > region_last;) {
    const Index q = is_quote_mark(k) ? t_.quote(k) : no_index;
    // A multi-paragraph quotation ends here too: `"...\n\n"...," she said.`
    if (q != no_index && quotes_[q].open < region_first &&
        (t_.paragraph(quotes_[q].open) == t_.paragraph(k) || quotes_[q].close == k + 1)) {
      region_first = quotes_[q].open;
      break;
    }
  }
  const Index last = trim_end(region_first, region_last);
  if (last <= region_first) return false;
  // A quotation filling the region: `"...," X said` (possibly after "For").
  Index q = no_index;
  for (Index k = last; k-- > region_first && k + 6 > last;) {
    if (is_quote_mark(k) && t_.quote(k) != no_index) {
      q = t_.quote(k);
      break;
    }
  }
  if (q != no_index && a_.doc->quotations[q].parent) q = no_index;
  if (q != no_index && quotes_[q].cued_speech && !quotes_[q].used && quotes_[q].close >= last &&
      quotes_[q].open >= region_first) {
    const Index inside = quotes_[q].close - quotes_[q].open;
    // `The fund reflected "what people want", a spokesman replied.`: a clause of the
    // writer's own words around the quotation makes it mixed.
    const bool own_clause = quotes_[q].open >= region_first + mixed_lead_words;
    if (inside * 5 >= (last - region_first) * 3 && !own_clause) {
      d.rec.kind = AttributionKind::direct;
      add_content(d, a_.doc->quotations[q].content);
      add_quoted(d, a_.doc->quotations[q].content);
      d.quotes.push_back(q);
      d.content_first = quotes_[q].content_first;
      d.content_last = quotes_[q].content_last;
      d.rec.confidence = 0.95F;
      // Split quotation: `"...," Brandt said, "and we will win."`
      if (after_group < se && t_.is(after_group, ',') && after_group + 1 < se &&
          quote_open_at_[after_group + 1] != no_index) {
        const Index q2 = quote_open_at_[after_group + 1];
        if (quotes_[q2].cued_speech && !quotes_[q2].used) {
          add_content(d, a_.doc->quotations[q2].content);
          add_quoted(d, a_.doc->quotations[q2].content);
          d.quotes.push_back(q2);
          d.content_last = quotes_[q2].content_last;
          d.rec.rule_id = rules::split_quote;
        }
      }
      return true;
    }
  }
  fill_content(d, region_first, last);
  if (d.rec.content.empty()) return false;
  // "Volunteers had offered to help, she said, but the council had refused": a clause
  // joined after the cue goes on with the same speaker's words.
  if (after_group + 2 < se && t_.is(after_group, ',') && clause_joined_at(after_group + 1)) {
    append_tail(d, after_group + 1, se);
    d.rec.confidence = 0.8F;
    return true;
  }
  // "The report, she said, had ...": a short subject before, the clause after.
  if (last - region_first <= short_region && after_group + 1 < se && t_.is(after_group, ',') &&
      d.rec.quoted.empty() && !appositive_at(after_group + 1) &&
      !t_.is_lower_word(after_group + 1, "and") && !t_.is_lower_word(after_group + 1, "but")) {
    const std::size_t spans = d.rec.content.size();
    append_tail(d, after_group + 1, se);
    if (d.rec.content.size() > spans) d.rec.rule_id = rules::parenthetical;
  } else if (after_group + 2 < se && t_.is(after_group, ',') && agent_participle_at(after_group + 1)) {
    // "Cloud revenue grew 34%, the company said, driven by demand ...": the participle
    // phrase after the cue goes on modifying the reported clause.
    append_tail(d, after_group + 1, se);
  }
  d.rec.confidence = 0.85F;
  return true;
}

bool AttributionBuilder::word_between(Index from, Index to, std::string_view word) const {
  for (Index k = from; k < to; ++k) {
    if (t_.is_lower_word(k, word)) return true;
  }
  return false;
}

bool AttributionBuilder::verdict_naming(Index v, Index sb) const {
  constexpr Index max_what_distance = 6;  // "in what Prime Minister Ana Ruiz called": "what" to the verb
  if (v > sb && t_.is_word(v - 1) && is_subject_pronoun(t_.key(v - 1))) return true;  // "a rule she called"
  return word_between(v > sb + max_what_distance ? v - max_what_distance : sb, v, "what");
}

bool AttributionBuilder::acting_entity(Index e) const {
  if (e >= a_.doc->entities.size()) return false;
  const EntityType type = a_.doc->entities[e].type;
  return type == EntityType::person || type == EntityType::group || type == EntityType::organization;
}

bool AttributionBuilder::agent_participle_at(Index k) const {
  if (!t_.is_word(k) || t_.tok(k).has(capitalized) || !t_.is_lower_word(k + 1, "by")) return false;
  const std::string_view w = t_.key(k);
  return w.size() > 3 && (w.ends_with("ed") || w.ends_with("en") || w == "led" || w == "hit");
}

// "told reporters in Rome": the addressee after a cue that takes one; `after` moves past it.
void AttributionBuilder::take_addressee(Draft& d, Index& after, Index se) const {
  ByteSpan span;
  const Index k = skip_addressee(after, se, span);
  if (k > after) {
    // "told the Gazette", "told a broadcaster": the addressee may be a known entity.
    std::optional<Index> who;
    if (outer_start_[after] != no_index && mentions_[outer_start_[after]].last <= k) {
      who = a_.doc->mentions[outer_start_[after]].entity;
    }
    d.rec.addressee = Addressee{span, who};
  }
  after = k;
}

// Adds the clause [from, stop) as a further content span, when it has a few words.
void AttributionBuilder::append_tail(Draft& d, Index from, Index se) {
  Draft tail;
  fill_content(tail, from, content_stop(from, se));
  if (tail.rec.content.empty() || tail.content_last < tail.content_first + 2) return;
  add_content(d, tail.rec.content.front());
  d.content_last = tail.content_last;
  for (Index q : tail.quotes) d.quotes.push_back(q);
  for (const ByteSpan& sp : tail.rec.quoted) add_quoted(d, sp);
  if (!d.rec.quoted.empty()) d.rec.kind = AttributionKind::mixed;
}

// `"The plan is dead," according to an official`: a quotation that is the whole content
// is direct speech, its content the words inside the marks.
void AttributionBuilder::quotation_as_content(Draft& d) const {
  if (d.quotes.size() != 1 || d.rec.content.size() != 1) return;
  const QuoteInfo& qi = quotes_[d.quotes.front()];
  if (qi.open > d.content_first || qi.close < d.content_last) return;
  d.rec.kind = AttributionKind::direct;
  d.rec.content.front() = a_.doc->quotations[d.quotes.front()].content;
  d.content_first = qi.content_first;
  d.content_last = qi.content_last;
}

// "According to X, ..." takes the clause after X; "..., according to X" the clause before.
bool AttributionBuilder::according_content(Draft& d, const CueHit& c, const SourceHit& src,
                                           Index after, Index sb, Index se) {
  d.rec.rule_id = rules::according_to;
  d.rec.confidence = 0.85F;
  if (c.aux_first == sb) {
    Index k = after;
    while (k < se && k < after + 12 && !t_.is(k, ',')) ++k;
    if (k < se && t_.is(k, ',')) fill_content(d, k + 1, content_stop(k + 1, se));
    return !d.rec.content.empty();
  }
  // A quotation with its speaker stays theirs: `"...," he added, according to a transcript`.
  const bool quoted_speaker = last_sentence_draft_ != no_index &&
                              drafts_[last_sentence_draft_].rec.kind == AttributionKind::direct;
  // `"The plan is dead," according to an official`: the comma inside the quotation.
  const bool after_comma = c.aux_first > sb &&
                           (t_.is(c.aux_first - 1, ',') ||
                            (c.aux_first > sb + 1 && is_quote_mark(c.aux_first - 1) &&
                             t_.is(c.aux_first - 2, ',')));
  if (!after_comma || quoted_speaker) return false;
  // The whole clause before, even when it holds a cue of its own.
  const Index region_last = t_.is(c.aux_first - 1, ',') ? c.aux_first - 1 : c.aux_first;
  fill_content(d, skip_dateline(sb, region_last), region_last);
  if (region_last == c.aux_first) quotation_as_content(d);
  // "Prices, according to the bank, will rise": the clause goes on after the source.
  const Index resume = src.group_last;
  if (!d.rec.content.empty() && resume + 1 < se && t_.is(resume, ',') && !appositive_at(resume + 1) &&
      d.content_last - d.content_first <= short_region) {
    append_tail(d, resume + 1, se);
  }
  return !d.rec.content.empty();
}

// Content of a reporting verb: the clause or quotation before it when the attribution
// is postposed (", the bank warned."), else the clause after it.
bool AttributionBuilder::clause_content(Draft& d, const CueHit& c, SourceHit& src, Index after,
                                        Index sb, Index se, bool participle) {
  if (src.coordinated) {
    return forward_content(d, after, skip_adverbial(after, se), se,
                           c.m.entry->needs_that, c);
  }
  if (src.relative) {
    const Index end = relative_clause_end(src.mention, after, sb, se);
    return forward_content(d, after, skip_adverbial(after, end), end,
                           c.m.entry->needs_that, c);
  }
  // ", new figures show": up to two words may stand between the comma and the subject.
  Index lead = src.group_first;
  while (lead > sb && lead + 2 > src.group_first && t_.is_word(lead - 1) &&
         !t_.tok(lead - 1).has(capitalized) && !src.inverted) {
    --lead;
  }
  // `"...," White House press secretary Anna Cole said`: a capitalised word of the
  // subject the mention left out, right after the quotation.
  if (lead == src.group_first && lead > sb + 1 && t_.is_word(lead - 1) &&
      t_.tok(lead - 1).has(capitalized) && is_quote_mark(lead - 2) && !src.inverted) {
    --lead;
  }
  const auto is_break = [&](Index g) {
    return g > sb && (t_.is(g - 1, ',') || is_quote_mark(g - 1));
  };
  // "..., First Minister Ana Lind told reporters": up to two capitalised title words the
  // mention left out, between a comma or quotation and the name.
  if (lead == src.group_first && !src.inverted) {
    Index l = lead;
    while (l > sb + 1 && lead - l < 2 && t_.is_word(l - 1) && t_.tok(l - 1).has(capitalized)) --l;
    if (l < lead && is_break(l)) lead = l;
  }
  // "Its owner, Halden Care, said": the words before the comma are the subject itself;
  // `"...," the council's leader, Ana Ruiz, said`: right after a quotation, they open the
  // subject group, so the quotation is right before it.
  const Index described = src.group_first > sb + 1 ? outer_end_[src.group_first - 2] : no_index;
  const bool described_apposed = described != no_index && t_.is(src.group_first - 1, ',') &&
                                 src.mention != no_index && t_.is(mentions_[src.mention].last, ',');
  // "The cause was cancer, her son, Paul Reyes, said": after a quotation or a comma, the
  // described name's description opens the subject group too.
  if (described_apposed && mentions_[described].first > sb &&
      (is_quote_mark(mentions_[described].first - 1) || t_.is(mentions_[described].first - 1, ','))) {
    src.group_first = mentions_[described].first;
  }
  const bool apposed = described_apposed && mentions_[described].first == sb;
  const bool before_break = (is_break(src.group_first) || is_break(lead)) && !apposed;
  if (!is_break(src.group_first) && is_break(lead)) src.group_first = lead;
  // `Later, Brandt said, "..."`: a quotation right after the cue is its content, unless
  // one also ends right before it (a split quotation).
  const Index after_group = skip_adverbial(after, se);
  const bool quote_follows = after_group + 1 < se && t_.is(after_group, ',') &&
                             quote_open_at_[after_group + 1] != no_index;
  const bool quote_before = src.group_first > sb + 1 && is_quote_mark(src.group_first - 1);
  // "On Monday, the firm said ...": a short opening adverbial is not content.
  const Index opener = relative_time_length(sb, se);  // "Two years ago, officials said, ..."
  // "Inflation, the bank warned, would keep rising": the cue sits inside the clause, whose
  // verb follows the second comma; the word before it is the clause's subject.
  const bool inside_clause = after_group + 1 < se && t_.is(after_group, ',') && t_.is_word(after_group + 1) &&
                             tensed_aux_words.contains(t_.key(after_group + 1));
  const bool adverb_only = !quote_before && !inside_clause &&
                           (src.group_first <= sb + 2 ||
                            (opener > 0 && src.group_first <= sb + opener + 1) ||
                            (src.group_first <= sb + short_region && t_.is_word(sb) &&
                             is_adverbial_start(t_.key(sb))));
  // `"...," Kessler told reporters outside the court.`: a quotation right before the
  // speaker is theirs unless a that-clause follows.
  const bool quote_then_cue = quote_before && !that_follows(after, se);
  // "Pressed on ..., she laughed.": a manner of speaking reports no plain clause.
  if (c.m.entry->beside_quote && !quote_before && !quote_follows && !that_follows(after, se)) {
    return false;
  }
  if (before_break && !participle && !(quote_follows && !quote_before) && !adverb_only &&
      (postposed_after(after_group, se) || quote_then_cue ||
       (src.group_first > sb + short_region && postposed_tail(after, se)))) {
    Index from = sb;
    if (last_sentence_draft_ != no_index && !relative_report(drafts_[last_sentence_draft_], sb)) {
      from = std::max(from, drafts_[last_sentence_draft_].cue_last);
    }
    if (backward_content(d, from, src.group_first, se, after_group)) {
      if (d.rec.rule_id.empty()) {
        d.rec.rule_id = d.rec.kind == AttributionKind::direct
                            ? (src.inverted ? rules::quote_said_name : rules::quote_name_said)
                            : rules::reported_postposed;
      }
      return true;
    }
  }
  // "Figures released on Tuesday showed unemployment rose": a document needs no "that".
  // ("Police found a pair of shoes": people and bodies find things, not only clauses.)
  const bool documentary = c.m.entry->cue_class == CueClass::documentary && src.mention != no_index &&
                           a_.doc->mentions[src.mention].type == MentionType::nominal &&
                           !acting_entity(a_.doc->mentions[src.mention].entity);
  return forward_content(d, after, after_group, se,
                         c.m.entry->needs_that && !documentary, c);
}

void AttributionBuilder::commit_draft(Draft&& d) {
  for (Index q : d.quotes) {
    quotes_[q].used = true;
    quotes_[q].draft = static_cast<Index>(drafts_.size());
  }
  last_sentence_draft_ = static_cast<Index>(drafts_.size());
  drafts_.push_back(std::move(d));
}

// Flattened: every function it calls is inlined into it (their calls, about fifty per
// cue, each saving and restoring registers for a few tests, cost 3 instructions per byte
// of text; the simulated instruction-cache misses grow by 2%).
[[gnu::flatten]] void AttributionBuilder::process_cue(const CueHit& c, Index sb, Index se) {
  const CueEntry& e = *c.m.entry;
  SourceHit src = find_source(c, sb, se);
  const bool participle = e.participle && c.aux_first > sb &&
                          (t_.is(c.aux_first - 1, ',') || after_comma_conjunction(c.aux_first, sb));
  // "..., Nordvik said in a statement, adding that ...": after a comma, the participle's
  // subject is the speaker of the sentence's latest cue, not the mention nearest before.
  const bool after_report = participle && e.cue_class != CueClass::according_to &&
                            last_sentence_draft_ != no_index &&
                            said_by_someone(drafts_[last_sentence_draft_]);
  if ((src.mention == no_index || after_report) && participle) {
    src.mention = participle_source(sb, c.aux_first);
    src.group_first = c.aux_first;
    src.group_last = c.m.last;
  }
  // "it was reported that ...": a passive cue with no source.
  const bool passive = src.mention == no_index && c.aux_first > sb &&
                       t_.is_lower_word(c.aux_first - 1, "it") && is_be(t_.key(c.aux_first)) &&
                       c.m.last < se && t_.is_lower_word(c.m.last, "that");
  // `"...," she said` with no one for "she" to be: the quotation is still speech.
  const bool sourceless = src.mention == no_index && !passive && c.aux_first > sb + 1 &&
                          t_.is_word(c.aux_first - 1) && is_quote_mark(c.aux_first - 2);
  if (sourceless) {
    src.group_first = c.aux_first - 1;
    src.group_last = c.m.last;
  }
  if (src.mention == no_index && !passive && !sourceless) return;
  Draft d;
  d.cue_first = c.aux_first;
  d.cue_last = c.m.last;
  d.rec.cue = Cue{ByteSpan{t_.tok(c.aux_first).span.start, t_.tok(c.m.last - 1).span.end},
                  e.lemma, e.cue_class};
  if (src.replaced_pronoun != no_index) {
    // Later pronouns of the paragraph with the same wrong antecedent follow the fix.
    pronoun_fix_ = PronounFix{a_.doc->mentions[src.replaced_pronoun].entity,
                              a_.doc->mentions[src.mention].entity,
                              t_.paragraph(mentions_[src.replaced_pronoun].first)};
  }
  if (src.mention != no_index) set_source(d, src.agent != no_index ? src.agent : src.mention);
  const bool adds = e.known == KnownLemma::add;
  if (src.mention != no_index && adds) keep_adding_speaker(d, src.mention, sb);
  Index after = src.inverted ? src.group_last : c.m.last;
  if (e.addressee && !src.inverted) take_addressee(d, after, se);
  const bool ok = e.cue_class == CueClass::according_to
                      ? according_content(d, c, src, after, sb, se)
                      : clause_content(d, c, src, after, sb, se, participle);
  if (!ok || (sourceless && d.rec.kind != AttributionKind::direct)) return;
  if (src.mention != no_index && !adds && pronoun_needs_speaker(d, src.mention)) {
    keep_adding_speaker(d, src.mention, sb);
  }
  if (sourceless) d.rec.confidence = 0.4F;
  if (passive && !d.rec.source) {
    d.rec.rule_id = rules::passive;
    d.rec.confidence = 0.6F;
  }
  commit_draft(std::move(d));
}

// "had been told by a nurse that ...", "was warned by officials that ...": the mention
// after "by" when a form of "be" stands before the cue at token i and "that" follows
// the agent; else no_index.
Index AttributionBuilder::passive_agent(const CueMatch& m, Index i, Index se) const {
  if (i == 0 || !t_.is_word(i - 1) || !is_be(t_.key(i - 1))) return no_index;
  const Index by = m.last;
  if (by + 2 >= se || !t_.is_lower_word(by, "by") || t_.in_quote(by + 1)) return no_index;
  const Index agent = outer_start_[by + 1];
  if (agent == no_index) return no_index;
  const Index after = mentions_[agent].last;
  return after < se && t_.is_lower_word(after, "that") ? agent : no_index;
}

// "..., she added.", "It ..., it added.": a pronoun that adds to what was said refers to
// the speaker of the attribution just before, when the pronoun fits that speaker.
void AttributionBuilder::keep_adding_speaker(Draft& d, Index mention, Index sb) const {
  const Mention& m = a_.doc->mentions[mention];
  if (m.type != MentionType::pronoun || drafts_.empty() || !d.rec.source) return;
  const Draft& prev = drafts_.back();
  if (!prev.rec.source || prev.cue_first == no_index || prev.cue_first >= sb) return;
  const Index prev_sentence = t_.sentence(prev.cue_first);
  if (t_.sentence(sb) > prev_sentence + 2) return;
  const Index to = prev.rec.source->entity;
  if (to == d.rec.source->entity || to >= a_.doc->entities.size()) return;
  const std::string_view word = t_.key(mentions_[mention].first);
  const EntityType type = a_.doc->entities[to].type;
  const bool person = type == EntityType::person;
  bool fits = false;
  if (word == "it") fits = !person && type != EntityType::group;
  if (word == "they") fits = !person;
  if (word == "he" || word == "she") {
    const std::uint8_t other = word == "he" ? gender_she : gender_he;
    fits = (person || type == EntityType::unknown) && (entity_gender_[to] & other) == 0;
  }
  if (fits) d.rec.source->entity = to;
}

// A pronoun source the mention stage resolved badly: "The referee, he claimed, had ..."
// (he is not the referee the content is about; a pronoun in the content, as in "he said
// he would", is the speaker as often as not, so it says nothing), or ", it said" for an
// organisation that has not spoken while the previous speaker has.
bool AttributionBuilder::pronoun_needs_speaker(const Draft& d, Index mention) const {
  const Mention& m = a_.doc->mentions[mention];
  if (m.type != MentionType::pronoun || !d.rec.source) return false;
  const Index entity = d.rec.source->entity;
  for (Index k = d.content_first; k < d.content_last && k < d.content_first + short_region; ++k) {
    const Index c = outer_start_[k];
    if (c != no_index && c != mention && a_.doc->mentions[c].entity == entity &&
        a_.doc->mentions[c].type != MentionType::pronoun) {
      return true;
    }
  }
  const std::string_view word = t_.key(mentions_[mention].first);
  if (word != "it" && word != "they") return false;
  const Index n = static_cast<Index>(drafts_.size());
  const Index lo = n > recent_speakers ? n - recent_speakers : 0;
  for (Index i = lo; i < n; ++i) {
    if (drafts_[i].rec.source && drafts_[i].rec.source->entity == entity) return false;
  }
  return true;
}

void AttributionBuilder::set_source(Draft& d, Index mention) const {
  Source s;
  s.entity = a_.doc->mentions[mention].entity;
  const Mention& m = a_.doc->mentions[mention];
  if (m.type == MentionType::pronoun && pronoun_fix_.paragraph != no_index &&
      m.entity == pronoun_fix_.from && t_.paragraph(mentions_[mention].first) == pronoun_fix_.paragraph) {
    s.entity = pronoun_fix_.to;
  }
  thread_records().source_mentions.lend(s.mentions);
  s.mentions.push_back(mention);
  d.rec.source = std::move(s);
}

}  // namespace sayso::inline v0::detail
