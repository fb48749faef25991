// MentionBuilder, part 2: grouping names into entities, resolving descriptions and
// pronouns, writing the results.
#include <algorithm>
#include <numeric>

#include "core/record_pool.hpp"
#include "mentions/mention_builder.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr Index pronoun_window = 6;       // sentences
constexpr Index description_window = 15;  // sentences

// A head that may describe anyone the story has named (description_heads.txt
// "generic": "the 38-year-old", "the defender", "the company said").
bool is_generic_head(const MentionLexicon& lex, std::string_view h) {
  const HeadInfo* info = lex.heads.find(h);
  return info != nullptr && info->generic;
}

// An entity named only by a description ("the board": no capitalised word after the
// first) whose head noun is not `head` nor, like it, a generic word ("company", "firm").
// `head_generic`: is_generic_head(head) (MentionBuilder::generic_head), computed once by
// the caller.
bool unnamed_with_other_head(const MentionLexicon& lex, const EntityDraft& d, std::string_view head,
                             bool head_generic) {
  const std::string& n = d.name;
  const std::size_t space = n.find(' ');
  // A one-word name ("Quillon") is a name: descriptions have a determiner.
  if (space == std::string::npos && !n.empty() && n[0] >= 'A' && n[0] <= 'Z') return false;
  for (std::size_t i = space == std::string::npos ? n.size() : space; i < n.size(); ++i) {
    if (n[i] >= 'A' && n[i] <= 'Z') return false;
  }
  const std::size_t last = n.rfind(' ');
  const std::string_view last_word =
      std::string_view(n).substr(last == std::string::npos ? 0 : last + 1);
  // (Compared lower-cased without building the lower-case word: most are not generic.)
  const bool same = last_word.size() == head.size() &&
                    std::equal(last_word.begin(), last_word.end(), head.begin(),
                               [](char x, char h) { return ascii_lower(x) == h; });
  if (same) return false;
  if (!head_generic) return true;
  std::string lower(last_word);
  for (char& ch : lower) ch = ascii_lower(ch);
  return !is_generic_head(lex, lower);
}

void add_unique(std::vector<std::string>& v, std::string_view s) {
  if (s.empty() || std::find(v.begin(), v.end(), s) != v.end()) return;
  v.emplace_back(s);
}

// Calls f(word) for each word of s, split at spaces, commas and periods (lower_words()
// lower-cases the same words).
template <class F>
void for_each_word(std::string_view s, F f) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '.') continue;
    if (i > start) f(s.substr(start, i - start));
    start = i + 1;
  }
}

// hash64(fold_case(s)), without building the folded string.
std::uint64_t folded_hash(std::string_view s) noexcept {
  KeyHasher key;
  for (const char c : s) key.byte(ascii_lower(c));
  return key.value();
}

// The KeySet key of a word of entity e (descriptor or name words) whose folded_hash is
// `word`.
std::uint64_t entity_word_key(Index e, std::uint64_t word) noexcept {
  return word ^ ((std::uint64_t{e} + 1) * 0x9E3779B97F4A7C15ULL);
}

std::vector<std::string> lower_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '.') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(ascii_lower(c));
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

}  // namespace

Index MentionBuilder::new_entity(EntityType type) {
  ents_.add(type);
  return static_cast<Index>(ents_.size() - 1);
}

void MentionBuilder::add_name(Index e, Index first, Index last) {
  EntityDraft& d = ents_[e];
  const std::string_view name = span_text(first, last);
  if (name.empty()) return;
  const std::size_t n = last - first;
  if (d.name.empty()) {
    d.name = name;
    d.name_tokens = n;
  } else if (name != d.name) {
    if (n > d.name_tokens) {
      add_unique(d.alternates, d.name);
      d.name = name;
      d.name_tokens = n;
    } else {
      add_unique(d.alternates, name);
    }
  }
  if (!d.alternates.empty()) {
    d.alternates.erase(std::remove(d.alternates.begin(), d.alternates.end(), d.name),
                       d.alternates.end());
  }
}

void MentionBuilder::add_descriptor(Index e, std::string_view desc) {
  if (desc.empty()) return;
  EntityDraft& d = ents_[e];
  add_unique(d.descriptors, desc);
}

// Puts the descriptor words of entity e that are not in yet into descriptor_words_: done
// only for entities a description is matched against, most never are.
void MentionBuilder::descriptor_words_of(Index e) {
  EntityDraft& d = ents_[e];
  if (d.name_words_due) {
    d.name_words_due = false;
    add_descriptor_words(e, d.name);
  }
  for (; d.descriptors_done < d.descriptors.size(); ++d.descriptors_done) {
    add_descriptor_words(e, d.descriptors[d.descriptors_done]);
  }
}

// Puts the words of the name of entity e into name_words_ once. Names are final by the
// time descriptions are matched (resolve_in_order()).
void MentionBuilder::name_words_of(Index e) {
  EntityDraft& d = ents_[e];
  if (d.name_words_in) return;
  d.name_words_in = true;
  for_each_word(d.name, [&](std::string_view w) {
    name_words_.insert(entity_word_key(e, folded_hash(w)));
  });
}

namespace {

// `text` up to its first " for ", " to " or " of ": the rest describes someone else ("a
// spokesman for the prime minister" is no minister).
std::string_view before_principal(std::string_view text) {
  std::size_t cut = text.size();
  for (const std::string_view p : {std::string_view(" for "), std::string_view(" to "), std::string_view(" of ")}) {
    for (std::size_t at = text.find(' '); at != std::string_view::npos && at < cut; at = text.find(' ', at + 1)) {
      if (at + p.size() <= text.size() && iequals(text.substr(at, p.size()), p)) {
        cut = at;
        break;
      }
    }
  }
  return text.substr(0, cut);
}

}  // namespace

// Records the words of `text` but stopwords as descriptor words of entity e (those of
// its head's own phrase: before_principal).
void MentionBuilder::add_descriptor_words(Index e, std::string_view text) {
  text = before_principal(text);
  for_each_word(text, [&](std::string_view w) {
    const MentionWord* mw = lex_.words.find(w);  // one lookup: stopword and place bits
    if (mw != nullptr && mw->has(mw_stopword)) return;
    descriptor_words_.insert(entity_word_key(e, folded_hash(w)));
    EntityDraft& d = ents_[e];
    d.place_word = d.place_word || (mw != nullptr && mw->has(mw_place));
    d.leader_word = d.leader_word || (mw != nullptr && mw->has(mw_leader));
  });
  add_title_synonyms(e, text);
}

namespace {

// Whether `text` holds `phrase` (lower case) as whole words, ignoring ASCII case.
bool holds_phrase(std::string_view text, std::string_view phrase) {
  if (phrase.size() > text.size()) return false;
  for (std::size_t at = 0; at + phrase.size() <= text.size(); ++at) {
    if ((text[at] | 0x20) != phrase[0]) continue;  // phrases are lower-case ASCII
    const bool starts = at == 0 || !is_ascii_alpha(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + phrase.size();
    const bool ends = end == text.size() || !is_ascii_alpha(static_cast<unsigned char>(text[end]));
    if (starts && ends && iequals(text.substr(at, phrase.size()), phrase)) return true;
  }
  return false;
}

}  // namespace

// "Prime Minister X" may later be "the premier": the one-word titles of the offices
// `text` names become descriptor words of entity e too.
void MentionBuilder::add_title_synonyms(Index e, std::string_view text) {
  if (ents_[e].type != EntityType::person) return;  // titles are people's
  for (const auto& [phrase, word] : lex_.title_synonyms) {
    if (holds_phrase(text, phrase)) descriptor_words_.insert(entity_word_key(e, folded_hash(word)));
  }
}

// Whether the lower-case word is among the descriptor words of entity e.
bool MentionBuilder::has_descriptor_word(Index e, std::string_view lower) const {
  return descriptor_words_.contains(entity_word_key(e, folded_hash(lower)));
}

// name_state(k) when the table does not hold it yet.
std::uint64_t MentionBuilder::compute_name_state(Index k) const {
  // add_name_key(bare(k)), from the folded text: already lower case.
  const std::uint64_t state = tagged_name_state(name_hash_state(lower(k)));
  states_[k] = state;
  return state;
}

namespace {

// The key of a name folds the name_state() of each of its tokens in order with this and
// is finished as KeyHasher does (KeyHasher::finish), so that a one-token name's key is
// KeyHasher::finish of its name_state(), as an acronym's (link_name). `folded`: the
// fold of the tokens before (the first token's is its state).
std::uint64_t fold_name_state(std::uint64_t folded, std::uint64_t state) noexcept {
  const std::uint64_t h = (folded ^ (folded >> 30)) * 0xBF58476D1CE4E5B9ULL;
  return (h ^ (h >> 27)) ^ state;
}

}  // namespace

// The key of the words of tokens [first, last) (fold_name_state), and the keys of the
// first token and of the last word alone, in one pass.
MentionBuilder::NameKeys MentionBuilder::name_keys(Index first, Index last) const {
  NameKeys keys{0, 0, 0, last > first ? first : last - 1};  // last_word() when no word is found
  std::uint64_t folded = 0;
  std::uint64_t last_state = 0;
  bool any = false;
  for (Index k = first; k < last; ++k) {
    if (!t_.is_word(k)) continue;
    const std::uint64_t state = name_state(k);
    folded = any ? fold_name_state(folded, state) : state;
    if (!any) keys.first = state;  // (the first token's, when it is a word)
    any = true;
    last_state = state;
    keys.last_word = k;
  }
  keys.full = any ? KeyHasher::finish(folded) : 0;
  // (The key of one token: its name_state, finished.)
  if (!any) last_state = name_state(keys.last_word);
  keys.first = KeyHasher::finish(any && t_.is_word(first) ? keys.first : name_state(first));
  keys.last = KeyHasher::finish(last_state);
  return keys;
}

// The last word token of tokens [first, last) (or the first token).
Index MentionBuilder::last_word(Index first, Index last) const noexcept {
  Index k = last - 1;
  while (k > first && !t_.is_word(k)) --k;
  return k;
}

// name_keys(first, last).last alone.
std::uint64_t MentionBuilder::surname_key(Index first, Index last) const {
  return KeyHasher::finish(name_state(last_word(first, last)));
}

// The latest of the last `max_person_search` entity drafts that is a person (not merged
// into another) for which `fits` holds, and whether it is the only one: the bounded
// look-backs of person_described_as, person_with_given_name and latest_charged_person
// (bounded, so linear in the document).
template <class Fits>
MentionBuilder::LatestPerson MentionBuilder::latest_person(Fits fits) const {
  constexpr std::size_t max_person_search = 64;
  LatestPerson found;
  std::size_t seen = 0;
  for (std::size_t e = ents_.size(); e-- > 0 && seen < max_person_search; ++seen) {
    const EntityDraft& d = ents_[e];
    if (d.type != EntityType::person || d.merged_into != no_index || !fits(d)) continue;
    if (found.entity != no_index) {
      found.unique = false;
      return found;
    }
    found.entity = static_cast<Index>(e);
  }
  return found;
}

// The one person among the last entities (latest_person) whose full name opens
// with the given name at token k (`key`: its name key), or no_index when the word is no
// known given name ("Southvale" after "Southvale Water") or none or several persons
// have it (two "Colleen"s: ambiguous). Asked after surnames: "Lee" is Ana Lee first.
Index MentionBuilder::person_with_given_name(Index k, std::uint64_t key) const {
  const MentionWord* w = facts_.word(k);
  if (w == nullptr || w->first_name == nullptr) return no_index;
  const LatestPerson found = latest_person([&](const EntityDraft& d) { return d.first_key == key; });
  return found.unique ? found.entity : no_index;
}

void MentionBuilder::link_name(Candidate& c, Index earlier_full) {
  if (c.alias && c.partner != no_index && cands_[c.partner].entity != no_index) {
    c.entity = cands_[c.partner].entity;
    if (c.type == MentionType::name) add_name(c.entity, c.name_first, name_end(c));
    return;
  }
  if (c.type == MentionType::handle) {
    const std::string key = fold_case(t_.text(c.first + 1));
    const Index* known = handle_key_.find(key);
    c.entity = known != nullptr ? *known : new_entity(EntityType::unknown);
    if (ents_[c.entity].name.empty()) ents_[c.entity].name = span_text(c.first, c.last);
    handle_key_.emplace(key, c.entity);
    return;
  }
  const Index name_last = name_end(c);  // (before an honour: "Sarah Jones MP")
  const NameKeys keys = name_keys(c.name_first, name_last);
  const std::uint64_t full = keys.full;
  const std::uint64_t last = keys.last;
  const std::uint64_t first = keys.first;
  const Index lastw = keys.last_word;
  // "Ní Riordáin", "Van Dijk": a surname with its particle, no given name.
  const bool multi = lastw > c.name_first && !facts_.has(c.name_first, mw_particle);
  Index e = no_index;
  if (c.etype == EntityType::organization) {
    if (const Index* v = org_key_.find_key(full)) e = *v;
    if (e == no_index && !multi) {
      if (const Index* v = person_last_.find_key(last)) e = *v;
    }
  } else {
    if (!multi) e = earlier_full;
    if (e == no_index) {
      if (const Index* v = person_full_.find_key(full)) e = *v;
    }
    if (e == no_index) {
      if (const Index* v = person_last_.find_key(last)) {
        const EntityDraft& d = ents_[*v];
        if (!multi || d.first_key == 0 || d.first_key == first) e = *v;
      }
    }
    if (e == no_index && !multi) {
      if (const Index* v = org_key_.find_key(full)) e = *v;
    }
    // "Colleen rolls her eyes" after "Colleen Harbison": a given name alone.
    if (e == no_index && !multi) e = person_with_given_name(c.name_first, first);
  }
  if (e == no_index) e = new_entity(c.etype);
  EntityDraft& d = ents_[e];
  if (d.type == EntityType::unknown) d.type = c.etype;
  if (d.gender == '-') d.gender = c.gender;
  // A given name gives a gender: first in a full name, or alone when the name is known to
  // be a person's ("Her son, Pablo, 34,"; a title's gender came first).
  if (d.gender == '-' && c.etype != EntityType::organization && (multi || c.etype == EntityType::person)) {
    if (const MentionWord* w = facts_.word(c.name_first); w != nullptr && w->first_name != nullptr) {
      d.gender = *w->first_name;
    }
  }
  if (d.type == EntityType::organization || c.etype == EntityType::organization) {
    org_key_.emplace_key(full, e);
    if (multi) {
      // The acronym: the first letters of the capitalised words, hashed as they are read.
      KeyHasher acronym;
      Index letters = 0;
      for (Index k = c.name_first; k < name_last; ++k) {
        if (!t_.is_cap(k)) continue;
        acronym.byte(ascii_lower(t_.text(k)[0]));
        ++letters;
      }
      if (letters >= 2) {  // keyed as a one-token name is (fold_name_state)
        org_key_.emplace_key(KeyHasher::finish(tagged_name_state(acronym.state())), e);
      }
      const HeadInfo* h = facts_.head(lastw);
      if (c.org_words &&
          (is_org_token(lastw) || (h && h->type == EntityType::organization) ||
           t_.is_cap(lastw))) {
        org_key_.emplace_key(first, e);  // "Nexora" for "Nexora Inc"
      }
    }
  } else {
    person_full_.emplace_key(full, e);
    person_last_.assign_key(last, e);
    if (multi && d.first_key == 0) d.first_key = first;
  }
  c.entity = e;
  d.named = true;
  add_name(e, c.name_first, name_last);
  add_descriptor(e, descriptor(c));
  if (d.type != EntityType::organization && !c.in_quote && charge_follows(c.last)) d.charged = true;
}

// Multi-word names first (link_multi_word_names, as sentences are scanned), so that
// "Nexora" and "Torres" find "Nexora Inc" and "Ana Torres" even when the short form
// comes first; then the other names and handles.
// A one-word name takes the latest full name with that surname before it ("Alvaro" after
// "Dmitri Alvaro", though "his daughter, Sofia Alvaro" comes later); with none before,
// link_name's document-wide surname table decides.
void MentionBuilder::link_names() {
  for (Candidate& c : cands_) {
    if (c.type != MentionType::name && c.type != MentionType::handle) continue;
    if (multi_word_name(c)) {
      if (c.etype != EntityType::organization && c.entity != no_index) {
        last_so_far_.assign_key(surname_key(c.name_first, name_end(c)), c.entity);
      }
      continue;
    }
    Index earlier = no_index;
    if (c.type == MentionType::name && c.etype != EntityType::organization) {
      if (const Index* v = last_so_far_.find_key(surname_key(c.name_first, name_end(c)))) earlier = *v;
    }
    // "Jordan said" with no "Ann Jordan" before: the country, which speaks as an
    // organisation; "Bishop said" with no "Ann Bishop" before: no mention.
    if (c.maybe_surname && (earlier == no_index || ents_[earlier].type != EntityType::person)) {
      if (!c.place_speaker) continue;
      c.etype = EntityType::organization;
      c.maybe_surname = false;
      earlier = no_index;
    }
    link_name(c, earlier);
  }
}

// Headlines in title case: only words already known as names become mentions.
void MentionBuilder::scan_headline(Index s) {
  const Index b = t_.sentence_begin(s);
  const Index e = t_.sentence_end(s);
  for (Index i = b; i < e; ++i) {
    if (!t_.is_cap(i) || t_.in_quote(i)) continue;
    // The keys of the runs of one to four capitalised words from i, folded once.
    constexpr Index max_words = 4;
    std::array<std::uint64_t, max_words> keys{};
    Index words = 0;
    std::uint64_t folded = 0;
    for (; words < std::min<Index>(max_words, e - i) && t_.is_cap(i + words); ++words) {
      const std::uint64_t state = name_state(i + words);
      folded = words > 0 ? fold_name_state(folded, state) : state;
      keys[words] = KeyHasher::finish(folded);
    }
    for (Index n = words; n >= 1; --n) {
      const std::uint64_t full = keys[n - 1];
      Index ent = no_index;
      if (const Index* v = person_full_.find_key(full)) ent = *v;
      if (ent == no_index) {
        if (const Index* v = org_key_.find_key(full)) ent = *v;
      }
      if (ent == no_index && n == 1) {
        if (const Index* v = person_last_.find_key(full)) ent = *v;
      }
      if (ent == no_index) continue;
      Candidate c;
      c.first = i;
      c.last = i + n;
      c.name_first = i;
      c.type = MentionType::name;
      c.etype = ents_[ent].type;
      c.entity = ent;
      c.subject = true;
      add_name(ent, i, i + n);
      ++ents_[ent].candidates;
      headline_cands_.push_back(c);
      i += n - 1;
      break;
    }
  }
}

// The subject of a reported clause ("she said one colleague had ...") is less salient
// than the speaker: later pronouns prefer the speaker.
// embedded(c), every token tested.
bool MentionBuilder::reported_subject(const Candidate& c) const {
  if (c.first == 0) return false;
  Index k = c.first - 1;
  if (t_.is_lower_word(k, "that") && k > 0) --k;
  const Index stop = k > 4 ? k - 4 : 0;
  for (Index j = k + 1; j-- > stop;) {
    if (facts_.cue(j) && !t_.tok(j).has(capitalized)) {
      // `"...," said Ana Torres`: an inverted subject is the speaker itself.
      const bool inverted = j == 0 || t_.is(j - 1, ',') || t_.is_quote_mark(j - 1) ||
                            t_.tok(j).has(sentence_start);
      return !inverted;
    }
    if (!t_.is_word(j) || j + 2 < k) break;
  }
  return false;
}

// Numbers the sentences that hold words outside quotations (narrative_).
void MentionBuilder::number_narrative_sentences() {
  const Index sentences = static_cast<Index>(a_.sentence_first_token.size() - 1);
  narrative_.resize(sentences);
  Index count = 0;
  for (Index s = 0; s < sentences; ++s) {
    const Index end = t_.sentence_end(s);
    Index i = t_.sentence_begin(s);
    while (i < end && t_.in_quote(i)) ++i;  // most sentences stop at their first token
    if (i < end) ++count;
    narrative_[s] = count;
  }
}

// The age a number token k states (1 to 119), or -1.
int MentionBuilder::age_at(Index k) const {
  if (k >= t_.size() || t_.tok(k).kind != TokenKind::number) return -1;
  const std::string_view digits = t_.text(k);
  if (digits.empty() || digits.size() > 3) return -1;
  int value = 0;
  for (const char d : digits) {
    if (d < '0' || d > '9') return -1;
    value = value * 10 + (d - '0');
  }
  return value > 0 && value < 120 ? value : -1;
}

// "Owen Tate, 38, said": the age in apposition to a person's name.
void MentionBuilder::note_age(const Candidate& c) {
  if (c.type != MentionType::name || ents_[c.entity].type != EntityType::person) return;
  if (c.last + 2 >= t_.size() || !t_.is(c.last, ',') || !t_.is(c.last + 2, ',')) return;
  if (const int age = age_at(c.last + 1); age > 0) ents_[c.entity].age = age;
}

// "the 38-year-old", "the 54-year-old former prosecutor": the age a description
// states, or -1.
int MentionBuilder::description_age(const Candidate& c) const {
  const Index end = c.head == no_index ? c.last : c.head + 1;
  for (Index k = c.first; k + 2 < end; ++k) {
    if (t_.is(k + 1, '-') && t_.is_lower_word(k + 2, "year-old")) return age_at(k);
  }
  return -1;
}

bool MentionBuilder::born_in_place(const Candidate& c) const {
  if (c.head == no_index) return false;
  for (Index k = c.first + 1; k < c.head; ++k) {
    const std::string_view w = lower(k);  // one token: "german-born"
    if (w.size() > 5 && w.ends_with("-born") && lex_.places.contains(w.substr(0, w.size() - 5))) return true;
  }
  return false;
}

bool MentionBuilder::counted_family(const Candidate& c) const {
  if (c.head == no_index || c.head + 2 >= t_.size() || !t_.is_lower_word(c.head + 1, "of")) return false;
  const Index n = c.head + 2;
  if (t_.tok(n).kind == TokenKind::number) return true;
  if (!t_.is_word(n)) return false;
  const std::string_view w = lower(n);
  return w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "seven" ||
         w == "eight" || w == "nine" || w == "ten";
}

bool MentionBuilder::object_position(Index first) const {
  if (first == 0) return false;
  const Index k = first - 1;
  if (!t_.is_word(k) || t_.tok(k).has(capitalized) || t_.sentence(k) != t_.sentence(first)) {
    return false;
  }
  // "the leader in the corporation, Ana Ruiz,": a postmodifier's noun is no object.
  if (facts_.cue(k) || facts_.has(k, mw_clause_opener | mw_before_verb | mw_preposition)) return false;
  // "according to a police spokesperson, Captain Ana Ruiz,": the source of the sentence.
  return !(k > 0 && t_.is_lower_word(k, "to") && t_.is_lower_word(k - 1, "according"));
}

// "blamed the linesman, Tom Ash, for ...": the noun phrase a name is apposed to (back to
// its article, at most six words) stands in object position.
bool MentionBuilder::apposed_to_object(Index first) const {
  if (first < 2 || !t_.is(first - 1, ',')) return false;
  const Index stop = first - 2 >= 6 ? first - 2 - 6 : 0;
  for (Index k = first - 2; k > stop; --k) {
    if (!t_.is_word(k) || facts_.cue(k)) return false;
    if (facts_.has(k, mw_article)) return object_position(k);
  }
  return false;
}

// A mention in object position ("criticised the referee, Tom Ash,", "blamed the
// linesman, Tom Ash,") is no subject, though a name before a comma otherwise counts as
// one ("Tom Ash, 45, said").
bool MentionBuilder::in_object_position(const Candidate& c) const {
  // Only a phrase opening with an article: "striker Tom Ash" has a role noun before it.
  return c.subject && ((facts_.has(c.first, mw_article) && object_position(c.first)) ||
                       apposed_to_object(c.first));
}

// The comma that closes a fronted subordinate clause opening sentence s ("When Ana Ruiz
// called, Tom Ash left"), or no_index.
Index MentionBuilder::fronted_clause_end(Index s) const {
  constexpr Index max_fronted_tokens = 25;
  const Index sb = t_.sentence_begin(s);
  const Index se = std::min(t_.sentence_end(s), sb + max_fronted_tokens);
  if (sb >= se || !facts_.has(sb, mw_subordinator)) return no_index;
  for (Index k = sb + 1; k < se; ++k) {
    if (t_.in_quote(k)) return no_index;
    if (t_.is(k, ',')) return k;
  }
  return no_index;
}

// Whether c is the subject of its sentence's main clause after a fronted subordinate
// clause: 1 when c opens the main clause, 0 when c stands inside the fronted clause
// ("When Deirdre mentions the offer, Colleen rolls her eyes"), -1 when neither.
int MentionBuilder::main_clause_subject(const Candidate& c, Index sentence_of_c) {
  if (sentence_of_c != fronted_sentence_) {
    fronted_sentence_ = sentence_of_c;
    fronted_comma_ = fronted_clause_end(sentence_of_c);
  }
  const Index comma = fronted_comma_;
  if (comma == no_index) return -1;
  if (c.first == comma + 1) return 1;
  return c.first < comma ? 0 : -1;
}

// Counts c as a candidate of its entity, and makes it the most recent entity unless c is
// quoted.
void MentionBuilder::remember(const Candidate& c, Index sentence) {
  if (c.entity == no_index) return;
  ++ents_[c.entity].candidates;
  if (c.in_quote) return;
  if (c.type == MentionType::name) note_age(c);
  const int main = main_clause_subject(c, t_.sentence(c.first));
  const bool subject = main == 1 || (main != 0 && c.subject && !embedded(c) && !in_object_position(c));
  recent_.push_back(Recent{c.entity, sentence, subject});  // the oldest goes
  ++ents_[c.entity].mentions;
}

bool MentionBuilder::modifier_conflict(const EntityDraft& d, std::string_view head,
                                       const std::vector<std::string>& mods) const {
  std::vector<std::string> before_head;
  for (const std::string& desc : d.descriptors) {
    const std::vector<std::string> words = lower_words(desc);
    for (std::size_t i = 1; i < words.size(); ++i) {
      if (words[i] == head && !lex_.places.contains(words[i - 1]) &&
          !lex_.stopwords.contains(words[i - 1])) {
        before_head.push_back(words[i - 1]);
      }
    }
  }
  if (before_head.empty()) return false;
  for (const std::string& m : mods) {
    if (lex_.places.contains(m) || m.ends_with("-born")) continue;  // "the German-born executive"
    if (std::find(before_head.begin(), before_head.end(), m) == before_head.end()) return true;
  }
  return false;
}

Index MentionBuilder::best_person_for(const Candidate& c, Index s) {
  std::vector<std::string> mods;
  for (Index k = c.first; k < c.head; ++k) {
    if (t_.is_word(k) && !facts_.stopword(k)) mods.emplace_back(lower(k));
  }
  const std::string_view head = head_word(c);
  const int age = description_age(c);
  // A stated age makes any head generic: "the 54-year-old former prosecutor" is someone
  // the story has named.
  // A nationality ("the Italian") is as generic as an age.
  // "the mother of two", "the father of three": as generic as an age.
  const bool generic = generic_head(c) || age > 0 || lex_.places.contains_lower(head) || counted_family(c) ||
                       unknown_role(c) || born_in_place(c);
  // An age or a word for any person ("the man", "the girl") may mean anyone described.
  const bool any_person = age > 0 || head == "man" || head == "woman" || head == "boy" || head == "girl" ||
                          head == "person" || head == "teenager" || head == "child";
  int best_score = 0;
  Index best = no_index;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (s - it->sentence > description_window) break;
    const EntityDraft& d = ents_[it->entity];
    if (d.type != EntityType::person) continue;
    if (c.gender != '-' && d.gender != '-' && c.gender != d.gender) continue;
    // "The referee waved play on. '...,' the manager said": someone unnamed with another
    // head is someone else ("a missing hiker ... the 34-year-old man" is not).
    if (!any_person && unnamed_with_other_head(lex_, d, head, generic)) continue;
    if (age > 0 && d.age > 0 && age != d.age) continue;  // "the 38-year-old" is not 49
    descriptor_words_of(it->entity);
    int score = generic ? 1 : 0;
    if (age > 0 && age == d.age) score += 2;
    // "the 38-year-old", "the leader": the subject of the sentence just before, first.
    if (generic && it->subject && s - it->sentence <= 1) score += 1;
    const bool head_known = has_descriptor_word(it->entity, head);
    if (head_known) score += 2;
    bool place_conflict = false;
    for (const std::string& m : mods) {
      if (has_descriptor_word(it->entity, m)) {
        score += 1;
      } else if (lex_.places.contains(m) && d.place_word) {
        place_conflict = true;  // "the Italian leader" is not the French president
      }
    }
    // "the finance minister" is not the "Prime Minister": same head, other modifier.
    if (head_known && !mods.empty() && modifier_conflict(d, head, mods)) continue;
    // "Harbor Bank's chief economist" is not "the company's chief executive": a specific
    // head the person does not carry is someone else, whatever modifiers they share.
    if (!generic && !head_known) continue;
    if (head == "leader" && d.leader_word) score += 1;
    if (place_conflict) continue;
    if (score > 0) score = score * 4 + std::min(d.mentions, 3);
    if (score > best_score) {
      best_score = score;
      best = it->entity;
    }
  }
  return best;
}

Index MentionBuilder::speaker_redescribed(const Candidate& c, Index s) const {
  // Only in a speaker's place right after a quotation ('"...," the barrister said').
  if (c.typo || c.head == no_index || c.first == 0 || !t_.is_quote_mark(c.first - 1)) return no_index;
  const HeadInfo* h = facts_.head(c.head);
  if (h == nullptr || h->unique || h->generic || h->back_reference != 0) return no_index;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (s - it->sentence > 1) break;
    const EntityDraft& d = ents_[it->entity];
    if (!it->subject || d.type != EntityType::person || !d.named) continue;
    // Someone described by another role already ("Prime Minister Elena Varga", "Ana
    // Lind, a nurse") is not the one a new role describes; an honour ("KC") is no role.
    if (has_other_role(d, head_word(c))) return no_index;
    if (c.gender != '-' && d.gender != '-' && c.gender != d.gender) return no_index;
    return it->entity;
  }
  return no_index;
}

bool MentionBuilder::has_other_role(const EntityDraft& d, std::string_view head) const {
  bool other = false;
  for (const std::string& desc : d.descriptors) {
    for_each_word(desc, [&](std::string_view w) {
      const MentionWord* mw = lex_.words.find(w);
      const bool role =
          mw != nullptr && (mw->head != nullptr || mw->title != nullptr) && !mw->has(mw_postnominal);
      other = other || (role && !iequals(w, head));
    });
  }
  return other;
}

bool MentionBuilder::counted_description(const EntityDraft& d) const {
  if (d.named || d.name.empty()) return false;
  const std::size_t space = d.name.find(' ');
  if (space == std::string::npos) return false;
  const MentionWord* w = lex_.words.find(std::string_view(d.name).substr(0, space));
  return w != nullptr && w->has(mw_quantifier);
}

// A name whose last word is a newspaper's ("the Finance Herald").
bool MentionBuilder::masthead_name(const EntityDraft& d) const {
  const std::size_t space = d.name.rfind(' ');
  const std::string_view last = std::string_view(d.name).substr(space == std::string::npos ? 0 : space + 1);
  const MentionWord* w = lex_.words.find(last);
  return w != nullptr && w->has(mw_masthead);
}

Index MentionBuilder::best_org_for(const Candidate& c, Index s) {
  const std::string_view head = head_word(c);
  const MentionWord* head_info = head_entry(c);
  // "according to the newspaper": a newspaper first.
  const bool press = head_info != nullptr && head_info->has(mw_press);
  const bool head_generic = generic_head(c);
  const bool commercial = head_info != nullptr && head_info->head != nullptr && head_info->head->commercial;
  // The words of the description that may name an organisation: read once, matched
  // against each recent organisation below.
  std::vector<DescriptionWord>& words = description_words_;
  words.clear();
  for (Index k = c.first; k <= c.head; ++k) {
    if (!t_.is_word(k) || possessive(k)) continue;  // "the union's council" is not the union
    if (facts_.stopword(k)) continue;
    words.push_back({folded_hash(lower(k)), facts_.has(k, mw_place)});
  }
  int best_score = 0;
  Index best = no_index;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (s - it->sentence > description_window) break;
    const EntityDraft& d = ents_[it->entity];
    // The nearest newspaper, whatever else fits ("the Sunday Register" may be untyped).
    if (press && d.type != EntityType::person && masthead_name(d)) return it->entity;
    if (d.type != EntityType::organization) continue;
    // "the board" ... "the agency": two unnamed organisations with different heads.
    if (unnamed_with_other_head(lex_, d, head, head_generic)) continue;
    // "The European Commission fined Acme Corp. ... the company": a business is no public body.
    if (commercial && public_body(it->entity)) continue;
    // (Each entity's words go in once: tested here, without a call, as most are in.)
    if (d.name_words_due || d.descriptors_done < d.descriptors.size()) descriptor_words_of(it->entity);
    if (!d.name_words_in) name_words_of(it->entity);
    int score = head_generic ? 1 : 0;
    bool place_conflict = false;
    for (const DescriptionWord& w : words) {
      const bool in_name = name_words_.contains(entity_word_key(it->entity, w.hash)) ||
                           descriptor_words_.contains(entity_word_key(it->entity, w.hash));
      if (in_name) score += 2;
      if (!in_name && w.place) place_conflict = true;
    }
    if (place_conflict) continue;
    if (score > 0) score = score * 4 + std::min(d.mentions, 3);
    if (score > best_score) {
      best_score = score;
      best = it->entity;
    }
  }
  // "Quillon cut 200 jobs. The company said": a subject takes an untyped name as the
  // subject just before, also over an organisation named further back that only the
  // generic head fits.
  constexpr int generic_fit = 4 + 3;  // score 1, at most 3 for mentions
  if (head_generic && c.definite && c.subject && best_score <= generic_fit) {
    if (const Index untyped = untyped_subject_org(s); untyped != no_index) best = untyped;
  }
  return best;
}

Index MentionBuilder::untyped_subject_org(Index s) const {
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (s - it->sentence > 1) break;
    const EntityDraft& d = ents_[it->entity];
    // An organisation as a subject was meant, or none ("Apple was fined by the EU": not
    // the EU).
    if (d.type == EntityType::organization && it->subject) return no_index;
    // (Not in the same sentence: "Kerr, who joined the club"; an age is a person's.)
    if (it->sentence == s || d.age > 0) continue;
    if (d.type == EntityType::unknown && !d.document && d.gender == '-' && it->subject) return it->entity;
  }
  return no_index;
}

bool MentionBuilder::public_body(Index e) {
  EntityDraft& d = ents_[e];
  if (d.public_name == 0) {
    bool found = false;
    for_each_word(d.name, [&](std::string_view w) {
      const MentionWord* mw = lex_.words.find(w);
      found = found || (mw != nullptr && mw->head != nullptr && mw->head->public_body);
    });
    d.public_name = found ? 2 : 1;
  }
  return d.public_name == 2;
}

Index MentionBuilder::person_named_back(unsigned rank, Index sentence) const {
  Index last = no_index;
  unsigned seen = 0;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (sentence - it->sentence > description_window) break;
    if (it->entity == last || ents_[it->entity].type != EntityType::person) continue;
    last = it->entity;
    if (++seen == rank) return last;
  }
  return no_index;
}

// "her association", "their union": a possessive determiner and an organisation head
// that no organisation shares ("its parent company" is another company than its owner).
bool MentionBuilder::possessed_named_org(const Candidate& c) const {
  return !c.definite && !c.in_quote && c.etype == EntityType::organization && !c.typo &&
         facts_.has(c.first, mw_possessive) && c.head == c.first + 1 && !generic_head(c);
}

// "her son, Thomas Lowe, said" ... many paragraphs later "Her son said": the latest of
// the last entities (latest_person) that carries the same words as a descriptor, or
// no_index.
Index MentionBuilder::person_described_as(std::string_view text) const {
  return latest_person([&](const EntityDraft& d) {
           return std::any_of(d.descriptors.begin(), d.descriptors.end(),
                              [&](const std::string& desc) { return iequals(desc, text); });
         }).entity;
}

bool MentionBuilder::charge_follows(Index k) const {
  constexpr Index max_apposition = 12;
  constexpr Index max_aux = 2;
  const Index n = t_.size();
  if (k < n && t_.is(k, ',')) {
    // ", 47, of Mill Lane, Ashby Cross, denies": past the last comma of the apposition.
    Index next = no_index;
    for (Index j = k + 1; j < n && j <= k + max_apposition; ++j) {
      if (t_.in_quote(j) || t_.is(j, '.')) break;
      if (t_.is(j, ',') && j + 1 < n && t_.is_word(j + 1) && !t_.tok(j + 1).has(capitalized)) next = j + 1;
    }
    if (next == no_index) return false;
    k = next;
  }
  for (Index a = 0; a < max_aux && k < n && t_.is_word(k) && facts_.has(k, mw_before_verb); ++a) ++k;
  return k < n && t_.is_word(k) && facts_.has(k, mw_charge);
}

Index MentionBuilder::latest_charged_person() const {
  return latest_person([](const EntityDraft& d) { return d.charged; }).entity;
}

// "her son", "his wife": a possessive determiner right before a specific person head
// (best_person_for then takes only a person who carries that head already).
bool MentionBuilder::possessed_person(const Candidate& c) const {
  return !c.definite && !c.in_quote && c.etype == EntityType::person && !c.typo &&
         facts_.has(c.first, mw_possessive) && c.head == c.first + 1 && !generic_head(c);
}

void MentionBuilder::resolve_description(Candidate& c, Index sentence) {
  if (c.partner != no_index && cands_[c.partner].entity != no_index) {
    c.entity = cands_[c.partner].entity;
    // "the social media company Quillon": the description types an untyped name.
    EntityDraft& d = ents_[c.entity];
    if (d.type == EntityType::unknown && c.etype == EntityType::organization) d.type = c.etype;
    // "Her son, Pablo,": the description's gender is the name's.
    if (d.gender == '-' && c.etype == EntityType::person) d.gender = c.gender;
    add_descriptor(c.entity, span_text(c.first, c.last));
    if (c.definite && c.etype == EntityType::person && !c.in_quote) name_earlier_description(c, sentence);
    return;
  }
  if (c.definite && !c.in_quote) {
    // "the defendant": the person charged, however far back.
    const HeadInfo* h = c.head != no_index && !c.typo ? facts_.head(c.head) : nullptr;
    if (h != nullptr && h->charged) c.entity = latest_charged_person();
    // "Ahmed Saleh and Victor Braun ... The latter said": the person named last.
    if (h != nullptr && h->back_reference != 0) c.entity = person_named_back(h->back_reference, sentence);
    if (c.etype == EntityType::person && c.entity == no_index) c.entity = best_person_for(c, sentence);
    if (c.etype == EntityType::person && c.entity == no_index) c.entity = speaker_redescribed(c, sentence);
    if (c.etype == EntityType::organization) {
      c.entity = best_org_for(c, sentence);
      // "Quillon ... the company": the description types the name.
      if (c.entity != no_index && ents_[c.entity].type == EntityType::unknown) {
        ents_[c.entity].type = EntityType::organization;
      }
    }
    // "the paper" is a document unless a newspaper was just named.
    if (c.etype == EntityType::unknown && !c.typo && facts_.has(c.head, mw_press)) {
      c.entity = best_org_for(c, sentence);
      if (c.entity != no_index && !masthead_name(ents_[c.entity])) c.entity = no_index;
    }
    if (c.entity != no_index) {
      if (!c.typo) add_descriptor(c.entity, span_text(c.first, c.last));
      return;
    }
  }
  // "her son, Paul Reyes, said ... Her son said": the person who carries the head.
  if (possessed_person(c)) {
    c.entity = best_person_for(c, sentence);
    if (c.entity == no_index) c.entity = person_described_as(span_text(c.first, c.last));
    if (c.entity != no_index) return;
  }
  if (possessed_named_org(c)) {
    // "Her association estimates ...": the organisation just named whose name holds
    // the head ("the Heart Association of X"), not a new one.
    c.entity = best_org_for(c, sentence);
    if (c.entity != no_index) return;
  }
  const std::string_view text = span_text(c.first, c.last);
  // "Shopkeepers were sweeping glass. Most said ...": some of the latest group.
  if (c.etype == EntityType::group && c.last == c.first + 1 && facts_.has(c.first, mw_quantifier) &&
      !c.in_quote) {
    if (const Index g = latest_group(sentence); g != no_index) {
      c.entity = g;
      return;
    }
  }
  if (c.etype == EntityType::group) {
    const std::uint64_t key = folded_hash(text);
    if (const Index* v = group_key_.find_key(key); v != nullptr && !c.in_quote) {
      c.entity = *v;
      return;
    }
    c.entity = new_entity(EntityType::group);
    group_key_.emplace_key(key, c.entity);
  } else {
    c.entity = new_entity(c.etype);
    const HeadInfo* h = c.head != no_index && !c.typo ? facts_.head(c.head) : nullptr;
    ents_[c.entity].document = h != nullptr && h->document;
  }
  ents_[c.entity].name = text;
  ents_[c.entity].name_words_due = true;
  ents_[c.entity].gender = c.gender;
}

namespace {

// "a police spokesman", "another witness", "one official": an indefinite description.
bool indefinite_description(std::string_view name) {
  const std::size_t space = name.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view first = name.substr(0, space);
  return iequals(first, "a") || iequals(first, "an") || iequals(first, "another") ||
         iequals(first, "one");
}

}  // namespace

// "A police spokesman said ... The spokesman, Sergeant Owen Pratt, said": a definite
// description apposed to a name (c, resolved to the name's entity) names the unnamed
// person an indefinite description with the same head introduced within the last two
// narrative sentences, so that entity's mentions become the name's.
void MentionBuilder::name_earlier_description(const Candidate& c, Index sentence) {
  constexpr Index cataphor_window = 2;  // narrative sentences
  const std::string_view head = head_word(c);
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (sentence - it->sentence > cataphor_window) break;
    if (it->entity == c.entity) continue;
    EntityDraft& d = ents_[it->entity];
    if (d.type != EntityType::person || d.merged_into != no_index || !indefinite_description(d.name)) {
      continue;
    }
    descriptor_words_of(it->entity);
    if (!has_descriptor_word(it->entity, head)) continue;
    d.merged_into = c.entity;
    add_descriptor(c.entity, d.name);
    return;
  }
}

// The group entity named latest within the sentence before, or no_index.
Index MentionBuilder::latest_group(Index sentence) const {
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (sentence - it->sentence > 1) break;
    if (ents_[it->entity].type == EntityType::group) return it->entity;
  }
  return no_index;
}

// How well a recent entity fits a pronoun: -1 when it cannot be meant; otherwise a
// confirmed gender counts most, then being the subject of its clause.
int MentionBuilder::pronoun_fit(const Candidate& c, bool first_person, const Recent& r) const {
  const EntityDraft& d = ents_[r.entity];
  bool fits = false;
  bool confirmed = false;
  if (c.etype == EntityType::person) {
    fits = d.type == EntityType::person && !first_person &&
           (c.gender == '-' || d.gender == '-' || d.gender == c.gender);
    confirmed = c.gender != '-' && d.gender == c.gender;
  } else if (c.etype == EntityType::organization) {
    // "The memo said ... It said": a document is "it" too.
    fits = d.type == EntityType::organization || d.document;
  } else {
    fits = d.type == EntityType::group || d.type == EntityType::organization;
  }
  if (!fits) return -1;
  return (confirmed ? 2 : 0) + (r.subject ? 1 : 0);
}

// Sentence s opens with "Asked ..." or "Pressed ...": a reporter's question.
bool MentionBuilder::opens_with_question(Index s) const {
  const Index b = t_.sentence_begin(s);
  return b < t_.sentence_end(s) && t_.is_cap(b) &&
         (t_.is_lower_word(b, "asked") || t_.is_lower_word(b, "pressed"));
}

// "Her mother, she says, still hasn't eaten ...": a pronoun in a parenthetical cue
// between a subject and its verb is someone else than that subject. The entity of the
// mention right before the parenthetical's comma, or no_index.
Index MentionBuilder::interrupted_subject(const Candidate& c) const {
  if (c.first < 2 || !t_.is(c.first - 1, ',') || c.last >= t_.size() || !facts_.cue(c.last)) {
    return no_index;
  }
  const std::size_t n = static_cast<std::size_t>(&c - cands_.data());
  if (n >= cands_.size()) return no_index;  // not one of cands_
  for (std::size_t k = n; k-- > 0 && cands_[k].last + 2 > c.first;) {
    if (cands_[k].last == c.first - 1) return cands_[k].entity;
  }
  return no_index;
}

void MentionBuilder::resolve_pronoun(Candidate& c, Index s) {
  int best_score = -1;
  Index best_sentence = no_index;
  Index weak = no_index;  // an entity of unknown type: only when no person fits
  Index weak_sentence = no_index;
  const bool first_person = head_word(c) == "i";
  const bool singular = c.gender != '-';  // "he" and "she" carry a gender
  // "Asked about the final against Sporting Calvora, he said": the names of the
  // question are not who answers it.
  const bool after_question = opens_with_question(t_.sentence(c.first));
  const Index interrupted = interrupted_subject(c);
  // The nearest sentence with a fitting entity wins; inside it, the best fit.
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (s - it->sentence > pronoun_window) break;
    if (after_question && it->sentence == s) continue;
    if (it->entity == interrupted && it->sentence == s) continue;
    if (best_sentence != no_index && it->sentence != best_sentence) break;
    if (c.etype == EntityType::person && ents_[it->entity].type == EntityType::unknown &&
        weak == no_index) {
      weak = it->entity;
    }
    // "Tesco reported higher sales. It said ...": an untyped subject is "it" too, when no
    // organisation fits.
    if (c.etype == EntityType::organization && ents_[it->entity].type == EntityType::unknown && it->subject &&
        weak == no_index) {
      weak = it->entity;
      weak_sentence = it->sentence;
    }
    // "Four women in labour, one midwife off sick. '...,' she says": a counted
    // description in no subject's place is nobody "he" or "she" picks up ("they" may:
    // "grants to three building firms that never did the work they were paid for").
    if (singular && !it->subject && counted_description(ents_[it->entity])) continue;
    const int score = pronoun_fit(c, first_person, *it);
    if (score > best_score) {  // ties keep the most recent
      best_score = score;
      best_sentence = it->sentence;
      c.entity = it->entity;
    }
  }
  if (c.entity == no_index && !first_person) c.entity = weak;  // "I" is nobody named here
  // "Apple was fined by the EU. It said": an organisation in no subject's place yields to
  // the untyped subject of its sentence.
  if (c.etype == EntityType::organization && best_score == 0 && weak != no_index &&
      weak_sentence == best_sentence) {
    c.entity = weak;
  }
  if (c.entity == no_index) return;
  EntityDraft& d = ents_[c.entity];
  if (c.etype == EntityType::person) {
    if (d.type == EntityType::unknown) d.type = EntityType::person;
    if (d.gender == '-') d.gender = c.gender;
  }
  if (c.etype == EntityType::organization && d.type == EntityType::unknown) d.type = EntityType::organization;
}

// The sentence of token i, given `cursor`, the sentence of the token asked about before:
// read from the sentence table when i is in that sentence or the next (candidates come
// in text order), else from the token.
Index MentionBuilder::sentence_near(Index i, Index& cursor) const noexcept {
  if (i >= t_.sentence_begin(cursor) && i < t_.sentence_end(cursor)) return cursor;
  const Index next = cursor + 1;
  if (next + 1 < a_.sentence_first_token.size() && i >= t_.sentence_begin(next) &&
      i < t_.sentence_end(next)) {
    return cursor = next;
  }
  return cursor = t_.sentence(i);
}

void MentionBuilder::resolve_in_order() {
  Index s = 0;
  for (Candidate& c : cands_) {
    // Windows count narrative sentences: a long quotation does not push its speaker out.
    const Index sentence = narrative_[sentence_near(c.first, s)];
    if (c.type == MentionType::nominal) {
      resolve_description(c, sentence);
    } else if (c.type == MentionType::pronoun) {
      resolve_pronoun(c, sentence);
    }
    remember(c, sentence);
  }
}

// The candidates in text order (longer first at one start), or nullptr when cands_ are
// in that order already and there are no headline candidates (the common case).
const Candidate* const* MentionBuilder::candidates_in_order() {
  if (headline_cands_.empty() && in_order_) return nullptr;
  const auto by_position = [](const Candidate* x, const Candidate* y) {
    return x->first != y->first ? x->first < y->first : x->last > y->last;
  };
  order_.clear();
  for (const Candidate& c : cands_) order_.push_back(&c);
  for (const Candidate& c : headline_cands_) order_.push_back(&c);
  if (!std::is_sorted(order_.begin(), order_.end(), by_position)) {  // n log n only when needed
    std::stable_sort(order_.begin(), order_.end(), by_position);
  }
  return order_.data();
}

// Innermost mention per token: the shortest mention holding it, the last in text order
// among equally short ones. Mentions come in text order, so a token takes mention `id`
// unless it is held by a shorter one already.
inline void MentionBuilder::mark_tokens(const Candidate& c, Index id) {
  const Index length = c.last - c.first;
  mention_tokens_.push_back(length);
  for (Index k = c.first; k < c.last; ++k) {
    Index& held = a_.token_mention[k];  // no_index to begin with (MentionFinder::run)
    if (held == no_index || mention_tokens_[held] >= length) held = id;
  }
}

// The document entity of draft d, which has no mention yet: entities come in order of
// their first mention; each draft's strings move (drafts are done with), and its
// mention list is sized once.
Index MentionBuilder::add_entity(EntityDraft& d) {
  std::vector<Entity>& entities = a_.doc->entities;
  Entity& e = entities.emplace_back();
  e.type = d.type;
  e.name = std::move(d.name);
  e.alternate_names = std::move(d.alternates);
  e.descriptors = std::move(d.descriptors);
  e.descriptors.erase(std::remove(e.descriptors.begin(), e.descriptors.end(), e.name),
                      e.descriptors.end());
  // An earlier entity's buffer (core/record_pool.hpp) when there is one.
  reserve_from(thread_records().entity_mentions, e.mentions, d.candidates);
  return static_cast<Index>(entities.size() - 1);
}

// The candidates that become mentions, in text order, one per span: into doc.mentions,
// doc.entities and token_mention in one pass.
void MentionBuilder::emit() {
  Document& doc = *a_.doc;
  remap_.assign(ents_.size(), no_index);  // draft -> entity
  mention_tokens_.clear();
  const Candidate* const* order = candidates_in_order();
  const std::size_t n = order != nullptr ? order_.size() : cands_.size();
  Index prev_first = no_index;
  Index prev_last = no_index;
  for (std::size_t k = 0; k < n; ++k) {
    const Candidate& c = order != nullptr ? *order[k] : cands_[k];
    if (c.entity == no_index || c.first >= c.last) continue;
    if (c.first == prev_first && c.last == prev_last) continue;
    prev_first = c.first;
    prev_last = c.last;
    // A merged draft's target never merges itself: one step.
    const Index draft = ents_[c.entity].merged_into != no_index ? ents_[c.entity].merged_into : c.entity;
    Index& entity = remap_[draft];
    if (entity == no_index) entity = add_entity(ents_[draft]);
    doc.entities[entity].mentions.push_back(static_cast<Index>(doc.mentions.size()));
    const ByteSpan span{t_.tok(c.first).span.start, t_.tok(c.last - 1).span.end};
    doc.mentions.push_back(Mention{entity, c.type, span});
    a_.mention_tokens.emplace_back(c.first, c.last);
    mark_tokens(c, static_cast<Index>(mention_tokens_.size()));
  }
}

MentionBuilder::MentionBuilder(const MentionLexicon& lex, Analysis& a, MentionScratch& scratch)
    : lex_(lex),
      a_(a),
      t_(a),
      fact_tables_(scratch.facts),
      seen_caps_(scratch.seen_caps),
      name_state_(scratch.name_state),
      name_generation_(scratch.name_generation),
      descriptor_words_(scratch.descriptor_words),
      name_words_(scratch.name_words),
      scratch_(scratch),
      headline_cands_(scratch.headline_cands),
      merge_buffer_(scratch.merge_buffer),
      run_length_(scratch.run_length),
      person_full_(scratch.person_full),
      person_last_(scratch.person_last),
      org_key_(scratch.org_key),
      group_key_(scratch.group_key),
      handle_key_(scratch.handle_key),
      last_so_far_(scratch.last_so_far),
      narrative_(scratch.narrative),
      joined_(scratch.joined),
      texts_(scratch.texts),
      description_words_(scratch.description_words),
      typo_memo_(scratch.typo_memo),
      order_(scratch.order),
      remap_(scratch.remap),
      mention_tokens_(scratch.mention_tokens) {
  cands_.swap(scratch.cands);
  ents_.swap(scratch.ents);
  seen_caps_.clear();
  descriptor_words_.clear();
  name_words_.clear();
  cands_.clear();
  headline_cands_.clear();
  ents_.clear();
  for (KeyMap* m : {&person_full_, &person_last_, &org_key_, &group_key_, &handle_key_, &last_so_far_}) {
    m->clear();
  }
  joined_.clear();
  texts_.clear();
}

MentionBuilder::~MentionBuilder() {
  cands_.swap(scratch_.cands);
  ents_.swap(scratch_.ents);
}

// A new generation of name states: the table is not cleared (on a large document it
// would be written whole once more), only grown; entries of older generations are stale.
void MentionBuilder::start_name_states() {
  if (++name_generation_ == 0) {  // wrapped: entries of generation 1 might be left
    name_state_.assign(name_state_.size(), 0);
    name_generation_ = 1;
  }
  if (name_state_.size() < t_.size()) name_state_.resize(t_.size(), 0);  // generation 0: stale
  states_ = name_state_.data();
  generation_ = name_generation_;
}

void MentionBuilder::run() {
  if (a_.doc == nullptr || a_.sentence_first_token.empty()) return;
  run_length_.assign(t_.size() + 1, 0);
  run_lengths_ = run_length_.data();
  start_name_states();
  fact_tables_.build(t_, lex_, NameStateTable{name_state_.data(), name_generation_});
  facts_ = fact_tables_.view();
  std::vector<Index> headlines;
  scan_sentences(headlines);
  link_names();
  for (Index s : headlines) scan_headline(s);
  number_narrative_sentences();
  resolve_in_order();
  emit();
}

}  // namespace sayso::inline v0::detail
