// MentionBuilder: the per-document work of the mention stage. Finds candidate mentions
// (names with titles, descriptions, pronouns, handles) sentence by sentence, groups the
// names into entities through hash maps keyed by normalised name forms, links
// appositions, resolves definite descriptions and pronouns to recent entities through a
// bounded recency list, and writes doc.mentions, doc.entities and token_mention.
// Linear in the number of tokens: every look-around is bounded by a constant.
#ifndef SAYSO_SRC_MENTIONS_MENTION_BUILDER_HPP
#define SAYSO_SRC_MENTIONS_MENTION_BUILDER_HPP

#include <array>
#include <deque>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "attribution/cue_lexicon.hpp"
#include "core/analysis.hpp"
#include "mentions/key_set.hpp"
#include "mentions/mention_lexicon.hpp"
#include "mentions/token_facts.hpp"
#include "mentions/token_text.hpp"

namespace sayso::inline v0::detail {

/// One candidate mention before entities are final. 32 bytes: the mention stage's
/// document-wide passes stream every candidate, so its rarely used texts live in a side
/// table (MentionBuilder::texts_) and its flags share one byte.
struct Candidate {
  Index first = 0;  ///< First token.
  Index last = 0;   ///< One past the last token (names: also of the name proper).
  Index entity = no_index;
  Index name_first = 0;  ///< Names: the first name token after titles.
  /// Descriptions: the head token; pronouns: the pronoun. Its lower-case word is the
  /// head word (MentionBuilder::head_word), but for a typo.
  Index head = no_index;
  Index partner = no_index;  ///< Apposition or alias: candidate naming the same entity.
  /// Index into MentionBuilder::texts_, or no_index. Names: the title/role prefix
  /// ("Finnish President"), a view of the input or of MentionBuilder::joined_. Typo
  /// descriptions: the lexicon's head word.
  Index text = no_index;
  MentionType type = MentionType::name;
  EntityType etype = EntityType::unknown;
  Gender gender = '-';
  bool definite : 1 = false;  ///< "the ..." or a possessive determiner.
  bool in_quote : 1 = false;
  bool subject : 1 = false;   ///< Looks like the subject of its clause.
  bool alias : 1 = false;     ///< A transliteration or handle of `partner`.
  bool typo : 1 = false;      ///< The head noun was matched with one edit.
  /// A lone place or title word beside a cue ("Jordan said"): a name only as the surname
  /// of a person named before (link_names drops it otherwise).
  bool maybe_surname : 1 = false;
  /// A maybe_surname place ("Israel said", "Moscow has said"): with no person of that
  /// surname before, the country or city itself speaks, as an organisation.
  bool place_speaker : 1 = false;
  /// Names: an organisation's word stands in the name proper [name_first, last)
  /// (MentionBuilder::is_org_run), as scan_name_run() measured it.
  bool org_words : 1 = false;
};
static_assert(sizeof(Candidate) <= 32, "the mention stage streams every candidate");

/// What an entity draft knows besides its strings (EntityDraft): reset whole when a
/// kept draft is reused (EntityDraft::reuse).
struct EntityFacts {
  EntityType type = EntityType::unknown;
  std::size_t name_tokens = 0;
  // The lower-case words of the descriptors (stopwords left out), and of the name when
  // it is a description's text, are in the builder's descriptor_words_
  // (entity_word_key) once an entity is matched against a description
  // (MentionBuilder::descriptor_words_of); these say which kinds of word are there.
  bool place_word = false;   ///< A place or nationality word among them.
  bool leader_word = false;  ///< A leader's title ("president", "king") among them.
  bool name_words_due = false;        ///< The name is a description's; its words are not in yet.
  bool name_words_in = false;         ///< The name's words are in MentionBuilder::name_words_.
  std::size_t descriptors_done = 0;  ///< Descriptors whose words are in.
  std::uint64_t first_key = 0;  ///< Key of the first name (NameKeys::first), for persons; 0: none.
  Gender gender = '-';
  int mentions = 0;  ///< Mentions outside quotations so far (salience).
  Index candidates = 0;  ///< Candidates naming it: at least its mentions (emit()).
  int age = -1;          ///< Age given in apposition ("Name, 49,"), or -1.
  /// The named entity an unnamed one turned out to be ("a police spokesman ... The
  /// spokesman, Sgt Ana Ruiz,"): emit() gives this draft's mentions to it.
  Index merged_into = no_index;
  bool document = false;  ///< Named by a document description ("the memo"): "it" may mean it.
  bool charged = false;   ///< Named right before a verb of a charge ("X, 47, denies fraud").
  bool named = false;     ///< Has a name mention (link_name), not only descriptions.
  /// A public body's head word is in the name ("European Commission"): 0 not yet read
  /// (MentionBuilder::public_body), 1 no, 2 yes.
  std::uint8_t public_name = 0;
};

/// Entity under construction.
struct EntityDraft : EntityFacts {
  std::string name;
  std::vector<std::string> alternates;
  std::vector<std::string> descriptors;

  /// Makes this a new draft of `kind` (as a default one), keeping the memory of its strings.
  void reuse(EntityType kind) {
    static_cast<EntityFacts&>(*this) = EntityFacts{};
    type = kind;
    name.clear();
    alternates.clear();
    descriptors.clear();
  }
};

/// The entity drafts of a document, kept across documents (MentionScratch::ents):
/// clear() forgets them without destroying them, and add() takes a kept draft back, so a
/// document pays nothing for the drafts of earlier ones and little memory is allocated.
class DraftPool {
 public:
  void clear() noexcept { size_ = 0; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  EntityDraft& operator[](std::size_t i) noexcept { return drafts_[i]; }
  const EntityDraft& operator[](std::size_t i) const noexcept { return drafts_[i]; }
  /// A new draft of `kind` at the end. Out of line: the entity steps that call it are
  /// faster without its code (measured).
  [[gnu::noinline]] EntityDraft& add(EntityType kind) {
    if (size_ == drafts_.size()) {
      drafts_.emplace_back().type = kind;
    } else {
      drafts_[size_].reuse(kind);
    }
    return drafts_[size_++];
  }
  void swap(DraftPool& other) noexcept {
    drafts_.swap(other.drafts_);
    std::swap(size_, other.size_);
  }

 private:
  std::vector<EntityDraft> drafts_;  ///< The first size_ are this document's.
  std::size_t size_ = 0;
};

/// A pronoun's or description's recent antecedent.
struct RecentEntity {
  Index entity;
  Index sentence;  ///< Narrative sentence of the mention (MentionBuilder::narrative_).
  bool subject;
};

/// A word of a description matched against recent organisations (best_org_for).
struct DescriptionWord {
  std::uint64_t hash;  ///< folded_hash of its lower-case text.
  bool place;          ///< A place or nationality word.
};

/// find_head()'s typo lookups, remembered across documents: the words that stand where a
/// mistyped head might (after "the", before a cue or a period) are a few common ones
/// ("the weekend.") met again and again. Direct-mapped by the word's hash; a hit is
/// exact (the word is kept).
class TypoMemo {
 public:
  /// The remembered answer for `key` (through `answer`), or false when it is not held.
  /// Empties the memo first when `serial` (MentionLexicon::serial) changed, as answers
  /// point into the lexicon.
  bool find(std::uint64_t serial, std::string_view key, const std::string*& answer) {
    if (serial != serial_ || slots_.empty()) {
      slots_.assign(slots, Slot{});
      serial_ = serial;
    }
    const Slot& slot = slots_[index(key)];
    if (!slot.used || slot.word != key) return false;
    answer = slot.answer;
    return true;
  }
  /// Remembers `answer` (a lexicon word or nullptr) for `key`; after find() only.
  void put(std::string_view key, const std::string* answer) {
    Slot& slot = slots_[index(key)];
    slot.word.assign(key);
    slot.answer = answer;
    slot.used = true;
  }

 private:
  static constexpr std::size_t slots = 512;
  struct Slot {
    std::string word;
    const std::string* answer = nullptr;
    bool used = false;
  };
  static std::size_t index(std::string_view key) noexcept {
    return static_cast<std::size_t>(hash64(key) % slots);
  }
  std::vector<Slot> slots_;
  std::uint64_t serial_ = 0;  ///< MentionLexicon::serial the answers point into.
};

/// The most recent antecedents (RecentEntity), at most `capacity`: a ring of fixed size,
/// no allocation, read newest first through rbegin() and rend() as a deque would be.
class RecentList {
 public:
  static constexpr std::size_t capacity = 16;
  /// Reads the list from the newest entry to the oldest.
  class NewestFirst {
   public:
    NewestFirst(const RecentList* list, std::size_t age) noexcept : list_(list), age_(age) {}
    const RecentEntity& operator*() const noexcept { return list_->newest(age_); }
    const RecentEntity* operator->() const noexcept { return &list_->newest(age_); }
    NewestFirst& operator++() noexcept {
      ++age_;
      return *this;
    }
    bool operator!=(const NewestFirst& other) const noexcept { return age_ != other.age_; }

   private:
    const RecentList* list_;
    std::size_t age_;  ///< 0: the newest entry.
  };

  void clear() noexcept { size_ = 0; }
  /// Adds `r` as the newest entry, forgetting the oldest when the list is full.
  void push_back(const RecentEntity& r) noexcept {
    newest_ = (newest_ + 1) % capacity;
    items_[newest_] = r;
    if (size_ < capacity) ++size_;
  }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] NewestFirst rbegin() const noexcept { return {this, 0}; }
  [[nodiscard]] NewestFirst rend() const noexcept { return {this, size_}; }
  /// The entry `age` entries older than the newest (age < size()).
  [[nodiscard]] const RecentEntity& newest(std::size_t age) const noexcept {
    return items_[(newest_ + capacity - age) % capacity];
  }

 private:
  std::array<RecentEntity, capacity> items_{};
  std::size_t newest_ = capacity - 1;
  std::size_t size_ = 0;
};

/// The mention stage's per-document tables, kept per thread across calls
/// (core/scratch.hpp) so that their memory is reused instead of allocated per document.
struct MentionScratch {
  TokenFacts facts;
  KeySet seen_caps;
  std::vector<std::uint64_t> name_state;
  std::uint8_t name_generation = 0;  ///< Of the valid name_state entries (1-255).
  KeySet descriptor_words;
  KeySet name_words;
  std::vector<Candidate> cands;
  std::vector<Candidate> headline_cands;
  std::vector<Candidate> merge_buffer;  ///< MentionBuilder::merge_names()'s.
  DraftPool ents;
  std::vector<std::uint8_t> run_length;
  KeyMap person_full, person_last, org_key, group_key, handle_key;
  KeyMap last_so_far;  ///< Surname -> entity of the latest full name before the name linked now.
  std::vector<Index> narrative;
  std::deque<std::string> joined;
  std::vector<std::string_view> texts;
  std::vector<DescriptionWord> description_words;  ///< best_org_for()'s.
  TypoMemo typo_memo;  ///< find_head()'s.
  // emit()'s.
  std::vector<const Candidate*> order;
  std::vector<Index> remap, mention_tokens;
};

/// The mention stage over one document. Not thread-safe; one per pipeline run.
class MentionBuilder {
 public:
  /// Starts a run over `a`, emptying `scratch` (whose memory it reuses).
  MentionBuilder(const MentionLexicon& lex, Analysis& a, MentionScratch& scratch);
  /// Gives the scratch its vectors back.
  ~MentionBuilder();
  MentionBuilder(const MentionBuilder&) = delete;
  MentionBuilder& operator=(const MentionBuilder&) = delete;
  /// Runs every step and writes the results into the Analysis and its Document.
  void run();

 private:
  using Recent = RecentEntity;

  // Token text, with the possessive ending TokenFacts measured once per token.
  /// Lower-case text of token i without a possessive ending (TokenText::lower); empty
  /// past the last token.
  [[nodiscard]] std::string_view lower(Index i) const noexcept {
    if (i >= t_.size()) return {};
    const std::string_view f = t_.folded(i);
    return f.substr(0, f.size() - facts_.ending(i));
  }
  /// Text of token i without a possessive ending (TokenText::bare).
  [[nodiscard]] std::string_view bare(Index i) const noexcept {
    const std::string_view f = t_.text(i);
    return f.substr(0, f.size() - facts_.ending(i));
  }
  [[nodiscard]] bool possessive(Index i) const noexcept { return facts_.possessive(i); }

  // Candidate texts.
  /// A description's or pronoun's lower-case head word (typo corrected): a view of the
  /// folded text or of a lexicon word, both of which outlive the mention stage's run.
  [[nodiscard]] std::string_view head_word(const Candidate& c) const noexcept {
    if (c.typo) return texts_[c.text];
    return c.head != no_index ? lower(c.head) : std::string_view();
  }
  /// The lexicon entry of c's head word (head_word), or nullptr: TokenFacts' lookup of
  /// the head token unless the word is a typo's (the lexicon's own word).
  [[nodiscard]] const MentionWord* head_entry(const Candidate& c) const noexcept {
    if (c.typo || c.head == no_index) return lex_.words.find(head_word(c));
    return facts_.word(c.head);
  }
  /// head_entry(c) as a description head ("generic": may describe anyone named).
  [[nodiscard]] bool generic_head(const Candidate& c) const noexcept {
    const MentionWord* w = head_entry(c);
    return w != nullptr && w->head != nullptr && w->head->generic;
  }
  /// A person description whose head the lexicon does not know ("the forward", from
  /// scan_unknown_role): as generic as an age.
  [[nodiscard]] bool unknown_role(const Candidate& c) const noexcept {
    if (c.type != MentionType::nominal || c.etype != EntityType::person || c.typo || c.head == no_index) {
      return false;
    }
    const MentionWord* w = facts_.word(c.head);
    return w == nullptr || (w->head == nullptr && !w->has(mw_place));
  }
  /// A name's title/role prefix, or empty.
  [[nodiscard]] std::string_view descriptor(const Candidate& c) const noexcept {
    return c.type == MentionType::name && c.text != no_index ? texts_[c.text] : std::string_view();
  }
  /// Index of `text` in texts_ (no_index for an empty text).
  Index add_text(std::string_view text) {
    if (text.empty()) return no_index;
    texts_.push_back(text);
    return static_cast<Index>(texts_.size() - 1);
  }

  // Scanning.
  [[nodiscard, gnu::always_inline]] inline bool seen_cap(Index i) const;
  void collect_seen_caps();
  [[nodiscard]] bool seen_capitalised(std::uint64_t state);
  /// Word i stands where any word is capitalised: at a sentence start, or after a
  /// quotation mark or a colon (after_initial_mark).
  [[nodiscard]] bool initial_position(Index i) const {
    return t_.tok(i).has(sentence_start) || after_initial_mark(i);
  }
  [[nodiscard]] bool after_initial_mark(Index i) const;
  /// The mention starting at `first` follows a lower-case word that neither opens a
  /// clause nor reports speech ("criticised the referee, ..."): an object, no subject.
  [[nodiscard, gnu::always_inline]] inline bool object_position(Index first) const;
  /// Lone word q beside a cue, outside quotations: where a surname speaks ("West said",
  /// "said Jordan").
  [[nodiscard, gnu::always_inline]] inline bool surname_slot(Index q, Index run_end, Index end) const;
  /// `first` opens a name apposed to a noun phrase in object position ("blamed the
  /// linesman, Tom Ash,").
  [[nodiscard, gnu::always_inline]] inline bool apposed_to_object(Index first) const;
  /// Candidate c, marked a subject, stands in object position after all.
  [[nodiscard, gnu::always_inline]] inline bool in_object_position(const Candidate& c) const;
  /// The comma closing sentence s's fronted subordinate clause ("When X called,"), or no_index.
  [[nodiscard, gnu::always_inline]] inline Index fronted_clause_end(Index s) const;
  /// 1: c opens the main clause after a fronted clause; 0: c is inside that clause; -1: neither.
  [[nodiscard, gnu::always_inline]] inline int main_clause_subject(const Candidate& c, Index sentence_of_c);
  [[nodiscard, gnu::always_inline]] inline bool title_case(Index s, std::size_t first_cap) const;
  void scan_sentences(std::vector<Index>& headlines);
  /// `first_cap`: the first entry of facts_.capitalised() in sentence s (or past it).
  [[gnu::always_inline]] inline void scan_sentence(Index s, std::size_t first_cap);
  [[gnu::always_inline]] inline void merge_names(std::size_t from, std::size_t names_end);
  void scan_headline(Index s);
  struct TitleSplit {
    Index name_first;  ///< First token of the name proper.
    Gender gender;     ///< From an honorific ("Ms", "Sir").
    bool titled;
    bool org_run;      ///< is_org_run() of the whole run.
    /// Whether every word of [name_first, run_end) is a place word (is_place_run but
    /// for streets) when split_titles() saw it (a run of place words from its start),
    /// else unknown.
    enum class Place : std::uint8_t { unknown, no, yes } place = Place::unknown;
    /// title_length(name_first, run_end) when split_titles() measured it, else no_index.
    Index name_title = no_index;
  };
  [[nodiscard, gnu::always_inline]] inline TitleSplit split_titles(Index k, Index run_end) const;
  /// A title with "of" before the run ("Secretary of State Tom Becker"): sets split's name
  /// and returns the title's token, else returns run_first.
  /// Inline: the word before most runs is none of "of", "for" and "the" (in any case:
  /// two or three bytes), and title_of_split() is called for those only.
  [[nodiscard]] Index of_title_split(Index run_first, Index run_end, TitleSplit& split) const {
    if (split.titled || split.org_run || run_first < 2 || !t_.is_word(run_first - 1)) return run_first;
    const std::size_t size = t_.text(run_first - 1).size();
    return size == 2 || size == 3 ? title_of_split(run_first, run_end, split) : run_first;
  }
  [[nodiscard]] Index title_of_split(Index run_first, Index run_end, TitleSplit& split) const;
  [[nodiscard, gnu::always_inline]] inline bool names_organisation(Index run_first, bool org_words, bool titled,
                                                                  Index run_end) const;
  Index scan_name_run(Index i, Index end);
  void record_run(Index first, Index end);
  /// End of the name run starting at token i (at most the number of tokens), or 0.
  [[nodiscard]] Index name_run_end(Index i) const noexcept {
    const Index length = run_lengths_[i];
    return length != 0 ? i + length : 0;
  }
  /// Tokens of the title starting at k (with a period after it), or 0: inline, as most
  /// words start no title.
  [[nodiscard]] Index title_length(Index k, Index end) const {
    const MentionWord* w = facts_.word(k);  // nullptr for no word
    if (w == nullptr || ((w->title == nullptr || facts_.possessive(k)) && !w->has(mw_title_start))) {
      return 0;
    }
    return title_length_at(k, end);
  }
  [[nodiscard]] Index title_length_at(Index k, Index end) const;
  /// "Sarah Jones MP": the run [q, run_end) has two name words or more and ends in
  /// letters of an honour or office (mention_words.txt "postnominal").
  [[nodiscard]] bool postnominal_end(Index q, Index run_end) const;
  /// One past the name proper of candidate c: before the honour of "Sarah Jones MP".
  [[nodiscard]] Index name_end(const Candidate& c) const {
    return c.type == MentionType::name && postnominal_end(c.name_first, c.last) ? c.last - 1 : c.last;
  }
  /// "Surgeon Paul Kerr" opening a sentence: a person's role noun at k, then a given
  /// name and at least one more word of the run ending at run_end.
  [[nodiscard]] bool role_before_given_name(Index k, Index run_end) const;
  /// "the Labour MP": an article before the run [run_first, run_end), whose last word is
  /// a one-word title that is also a description head, after one or two other words.
  [[nodiscard]] bool described_title(Index run_first, Index run_end) const;
  /// The "and" at and_at, inside the run opening at i, joins an organisation's name:
  /// an "of"/"for" phrase of an organisation goes on with words of no head of their own
  /// (org_phrase: "Department of Health and Human Services"), or one plain word and words
  /// ending in an organisation head ("Food and Drug Administration").
  [[nodiscard]] bool and_in_org_name(Index i, Index and_at, Index end, bool org_phrase) const;
  /// "Ryanair cancelled 200 flights. It said": lone word i, in no lexicon, opens its
  /// sentence before a verb-like word at `last`, and the next sentence opens with "It"
  /// or "The" and a generic organisation head, which must mean something named.
  [[nodiscard]] bool named_before_reference(Index i, Index last) const;
  /// ", the bank warned,": at most four words, a cue and a comma after `comma`.
  [[nodiscard]] bool parenthetical_cue_after(Index comma) const;
  /// ", rocks and trees": a plain lower-case word (no stopword) after `comma`, then
  /// within three words "and", "or" or a comma: the items of a list.
  [[nodiscard]] bool plain_list_after(Index comma) const;
  [[nodiscard, gnu::always_inline]] inline bool is_title(Index k, Index n) const;
  [[nodiscard, gnu::always_inline]] inline bool plural_possessive_in_name(Index j, Index end) const;
  [[nodiscard, gnu::always_inline]] inline bool plural_possessive_mark(Index j, Index end) const;
  /// A party tag at k right after a name candidate (party_tag_after_name); inline: most
  /// runs follow no name.
  [[nodiscard]] bool party_tag_at(Index k) const {
    return k >= 2 && !cands_.empty() && cands_.back().last == k - 1 && party_tag_after_name(k);
  }
  [[nodiscard]] bool party_tag_after_name(Index k) const;
  [[gnu::always_inline]] inline Index run_extent(Index i, Index end) const;
  [[nodiscard, gnu::always_inline]] inline bool is_place_run(Index first, Index last) const;
  [[nodiscard, gnu::always_inline]] inline bool street_run(Index first, Index last) const;
  [[nodiscard, gnu::always_inline]] inline bool is_place_token(Index k) const;
  /// Inline: the name scans ask it of every run (mention_scan.cpp only).
  [[nodiscard, gnu::always_inline]] inline bool is_org_run(Index first, Index last) const;
  /// is_org_run(k, k + 1), for the other file.
  [[nodiscard]] bool is_org_token(Index k) const;
  [[nodiscard, gnu::always_inline]] inline bool accept_single_initial(Index i, Index last);
  [[nodiscard, gnu::always_inline]] inline bool honorifics_only(Index first, Index last) const;
  [[gnu::always_inline]] inline void scan_description(Index i, Index end);
  /// Tokens of the determiner at i ("the", "one of the", "two"), or 0. Inline: most
  /// words are neither quantifier nor article.
  [[nodiscard]] Index determiner_length(Index i, Index end) const {
    const MentionWord* w = facts_.word(i);  // nullptr for no word
    if (w == nullptr) return 0;
    if (w->has(mw_quantifier)) return quantifier_length(i, end);
    return w->has(mw_article) ? 1 : 0;
  }
  [[nodiscard]] Index quantifier_length(Index i, Index end) const;
  /// Sixteen bytes, returned in registers. The head's word is lower(head), or for a typo
  /// the lexicon's word typo_head(lower(head)).
  struct HeadMatch {
    Index head = no_index;           ///< The head noun's token, or no_index.
    bool typo = false;               ///< Matched with one edit.
    const HeadInfo* info = nullptr;  ///< lex.heads entry of the head's word.
  };
  [[nodiscard, gnu::always_inline]] inline HeadMatch find_head(Index from, Index end) const;
  [[nodiscard]] const std::string* typo_head(std::string_view key) const;
  /// The end of a description whose head ends at after_head, its post-modifier taken in
  /// (postmodifier_end). Inline: most heads are followed by neither a preposition nor
  /// "who".
  [[nodiscard]] Index extend_postmodifier(Index first, Index after_head, Index end) const {
    if (after_head >= end ||
        !(facts_.has(after_head, mw_preposition) || lower(after_head) == "who")) {
      return after_head;
    }
    return postmodifier_end(first, after_head, end);
  }
  [[nodiscard]] Index postmodifier_end(Index first, Index after_head, Index end) const;
  /// Word i (whose lexicon entry is `w`, in the sentence opening at token b) passes
  /// the tests of scan_bare_description() that read no more than the word before it:
  /// outside quotations, in lower case unless it opens a sentence or a name run, no
  /// article, and at the sentence start, after punctuation or after a stopword, "to" or
  /// "and" that is no article. Inline: most words fail them.
  [[nodiscard]] bool bare_description_start(Index i, Index b, const MentionWord* w) const {
    if (t_.in_quote(i)) return false;
    const Token& tok = t_.tok(i);
    if (tok.has(capitalized) && !tok.has(sentence_start) && name_run_end(i) == 0) return false;
    if (w != nullptr && w->has(mw_article) && !w->has(mw_quantifier)) return false;  // a determiner
    if (i == b) return true;
    const TokenKind before = t_.tok(i - 1).kind;
    if (before != TokenKind::word) return before == TokenKind::punct;
    const MentionWord* p = facts_.word(i - 1);
    if (p != nullptr && p->has(mw_article) && !p->has(mw_quantifier)) return false;  // after "a"
    return (p != nullptr && p->has(mw_stopword)) || t_.is_lower_word(i - 1, "to") ||
           t_.is_lower_word(i - 1, "and");
  }
  void scan_bare_description(Index i, Index end);
  [[gnu::always_inline]] inline void scan_partitive(Index i, Index end);
  void scan_bare_quantifier(Index i, Index end);
  /// "@MayorTomHale", "#FloodWatch", "pic.site/AbC1": the word of a handle, hashtag or
  /// link path is no name.
  [[nodiscard]] bool in_handle(Index i) const {
    return i > 0 && !t_.tok(i).has(space_before) &&
           (t_.is(i - 1, '@') || t_.is(i - 1, '#') || t_.is(i - 1, '/'));
  }
  [[nodiscard, gnu::always_inline]] inline bool titled_person_inside(Index k, Index run_end) const;
  [[gnu::always_inline]] inline void scan_pronoun(Index i, Index end);
  [[gnu::always_inline]] inline void scan_handle(Index i, Index end);
  void scan_demonym(Index the, Index end);
  void scan_unknown_role(Index the, Index end);
  [[gnu::always_inline]] inline void mark_appositions(std::size_t from);
  /// add_role_words() when a lower-case word stands right before c (inline: mostly not).
  void add_role_prefix(Candidate& c, std::string_view& descriptor, Index sentence_begin) {
    if (c.first <= sentence_begin || c.etype == EntityType::organization) return;
    if (!t_.is_word(c.first - 1) || t_.tok(c.first - 1).has(capitalized)) return;
    add_role_words(c, descriptor, sentence_begin);
  }
  void add_role_words(Candidate& c, std::string_view& descriptor, Index sentence_begin);
  std::string_view join_descriptor(std::string_view prefix, Index first, std::string_view rest);
  /// A reporting verb at i, or after up to two adverbs from i, before `end`. Inline: the
  /// token after a name is mostly punctuation or the verb itself.
  [[nodiscard]] bool followed_by_cue(Index i, Index end) const {
    if (i >= end) return false;
    if (facts_.cue(i) && !t_.tok(i).has(capitalized)) return true;
    return is_adverb_like(i) && cue_after_adverbs(i, end);  // (which reads i again)
  }
  [[nodiscard]] bool cue_after_adverbs(Index i, Index end) const;
  /// Word i may stand between a subject and its verb: an -ly adverb or a word such as
  /// "also" or "has" (mw_before_verb).
  [[nodiscard]] bool is_adverb_like(Index i) const {
    if (!t_.is_word(i)) return false;
    const std::string_view k = lower(i);
    if (k.size() > 4 && k.compare(k.size() - 2, 2, "ly") == 0) return true;
    return facts_.has(i, mw_before_verb);
  }
  /// Token i joins the words of one name: a connector word ("of", "bin"), or an ampersand
  /// standing apart ("Marks & Spencer", "Crane & Co"; one glued into a word, as in
  /// "AT&T", is left as it was). Inline: name runs test the tokens around them.
  [[nodiscard]] bool is_connector(Index i) const {
    if (const MentionWord* w = facts_.word(i)) return w->has(mw_connector);  // words only
    return t_.is(i, '&') && t_.tok(i).has(space_before);  // (a symbol, never a word)
  }
  [[nodiscard]] bool head_within(Index from, Index end) const;
  /// Token i is a surname with a lower-case Arabic particle glued by a hyphen
  /// ("al-Harbi", "el-Sayed", "bin-Nasser"): a capitalised word inside a name run.
  [[nodiscard]] bool particle_surname(Index i) const;
  /// Stopword j ends a name as its surname ("Theresa May said", "Grace May,"): capitalised
  /// inside its sentence after a name's word, before a cue, a comma or as a possessive.
  [[nodiscard]] bool surname_stopword(Index j, Index end) const;
  /// The token after the closing mark of a nickname quotation whose opening mark is at
  /// `open` ("Dwayne "The Tank" Morris"), or no_index.
  [[nodiscard]] Index nickname_end(Index open, Index end) const;
  /// Stopword k, a capitalised content word (no function word, pronoun or word in
  /// capitals), opens an organisation's name running to run_end ("High Court").
  [[nodiscard]] bool opens_org_name(Index k, Index run_end) const;
  /// A capitalised stopword ("The", "He") that no name run can continue
  /// (stopword_alone). Inline: most capitalised words are no stopword.
  [[nodiscard]] bool lone_stopword(Index i) const { return name_stopword(i) && stopword_alone(i); }
  /// A stopword that cannot be a name's word: not an acronym spelled like one after "the"
  /// ("the WHO said"), in capitals of three letters or more.
  [[nodiscard]] bool name_stopword(Index i) const {
    return facts_.stopword(i) && !(i > 0 && t_.tok(i).has(all_upper) && t_.text(i).size() >= 3 &&
                                   t_.is_word(i - 1) && !t_.tok(i - 1).has(all_upper) && t_.folded(i - 1) == "the");
  }
  /// The stopword i stands alone: the next token is neither capitalised, nor a period
  /// inside a name ("St. Louis"), nor a connector before a capitalised word.
  /// scan_name_run would find a run of stopwords only, and no name.
  [[nodiscard]] bool stopword_alone(Index i) const {
    return !t_.is_cap(i + 1) && !t_.is(i + 1, '.') && !(is_connector(i + 1) && t_.is_cap(i + 2));
  }
  [[nodiscard]] bool role_after_cue(Index last_role_word) const;
  /// An -ing word after a content word ("a ban preventing ..."): no role word.
  [[nodiscard]] bool opens_reduced_clause(Index k) const;

  // Entities.
  /// Names of more than one token are linked before the others (link_names()).
  [[nodiscard]] static bool multi_word_name(const Candidate& c) noexcept {
    return c.type == MentionType::name && !c.alias && c.last > c.name_first + 1;
  }
  /// Links the multi-word names among candidates [from, end): called for each sentence
  /// once it is scanned, while its candidates are in cache. Multi-word names meet only
  /// each other before link_names(), so linking them sentence by sentence is linking them
  /// in text order. Inline: called for every sentence, most have none.
  void link_multi_word_names(std::size_t from) {
    for (std::size_t n = from; n < cands_.size(); ++n) {
      if (multi_word_name(cands_[n])) link_name(cands_[n]);
    }
  }
  void link_names();
  void link_name(Candidate& c, Index earlier_full = no_index);
  /// The KeyHasher state of name_key(bare(k)) with its low byte replaced by the
  /// document's generation (MentionScratch::name_generation), computed once per token and
  /// document: TokenFacts::build writes those of most capitalised words from its word
  /// cache, and the others are computed the first time they are asked for.
  [[nodiscard]] std::uint64_t name_state(Index k) const {
    const std::uint64_t state = states_[k];
    return (state & 0xFF) == generation_ ? state : compute_name_state(k);
  }
  [[nodiscard]] std::uint64_t compute_name_state(Index k) const;
  /// A KeyHasher state with its low byte replaced by the document's generation.
  [[nodiscard]] std::uint64_t tagged_name_state(std::uint64_t state) const noexcept {
    return (state & ~std::uint64_t{0xFF}) | generation_;
  }
  void start_name_states();
  struct NameKeys {
    std::uint64_t full;   ///< Of the words of the name (fold_name_state, mention_entities.cpp).
    std::uint64_t first;  ///< Of the first token alone.
    std::uint64_t last;   ///< Of the last word alone.
    Index last_word;      ///< The last word token (or the first token).
  };
  [[nodiscard]] std::uint64_t surname_key(Index first, Index last) const;
  [[nodiscard, gnu::always_inline]] inline NameKeys name_keys(Index first, Index last) const;
  [[nodiscard]] Index last_word(Index first, Index last) const noexcept;
  Index new_entity(EntityType type);
  void add_name(Index e, Index first, Index last);
  void add_descriptor(Index e, std::string_view d);
  void add_descriptor_words(Index e, std::string_view text);
  void descriptor_words_of(Index e);
  void name_words_of(Index e);
  [[nodiscard]] bool has_descriptor_word(Index e, std::string_view lower) const;
  /// The text of tokens [first, last) without a final possessive ending: a view of the input.
  [[nodiscard]] std::string_view span_text(Index first, Index last) const {
    if (first >= last) return {};
    const ByteSpan sp{t_.tok(first).span.start, t_.tok(last - 1).span.end};
    const std::string_view out = slice(a_.text, sp);
    return out.substr(0, out.size() - facts_.ending(last - 1));
  }
  [[nodiscard, gnu::always_inline]] inline Index sentence_near(Index i, Index& cursor) const noexcept;
  void resolve_in_order();
  void resolve_description(Candidate& c, Index sentence);
  void name_earlier_description(const Candidate& c, Index sentence);
  [[nodiscard]] bool masthead_name(const EntityDraft& d) const;
  [[nodiscard, gnu::always_inline]] inline Index interrupted_subject(const Candidate& c) const;
  [[nodiscard]] Index latest_group(Index sentence) const;
  [[nodiscard, gnu::always_inline]] inline int pronoun_fit(const Candidate& c, bool first_person, const Recent& r) const;
  [[gnu::always_inline]] inline void resolve_pronoun(Candidate& c, Index s);
  /// "her association": a possessive determiner right before a specific organisation head.
  /// Entity e's name holds a public body's head word ("European Commission"), read once.
  /// "the latter" (rank 1), "the former" (rank 2): the person named last or second-last
  /// before it (the recent entities, within the description window of `sentence`), or no_index.
  [[nodiscard]] Index person_named_back(unsigned rank, Index sentence) const;
  /// Description c ends "of" and a count after its head ("the mother of two").
  [[nodiscard]] bool counted_family(const Candidate& c) const;
  [[nodiscard]] bool public_body(Index e);
  [[nodiscard, gnu::always_inline]] inline bool possessed_named_org(const Candidate& c) const;
  /// "her son": a possessive determiner right before a specific person head.
  [[nodiscard, gnu::always_inline]] inline bool possessed_person(const Candidate& c) const;
  /// What latest_person found: the entity (no_index: none) and whether no other fits.
  struct LatestPerson {
    Index entity = no_index;
    bool unique = true;
  };
  /// The latest recent person draft for which `fits(draft)` holds (bounded look-back).
  template <class Fits>
  [[nodiscard]] LatestPerson latest_person(Fits fits) const;
  /// A recent person entity carrying descriptor `text` ("her son"), or no_index.
  [[nodiscard]] Index person_described_as(std::string_view text) const;
  /// The one recent person whose full name opens with the given name at token k (`key`:
  /// its name key), or no_index.
  [[nodiscard, gnu::always_inline]] inline Index person_with_given_name(Index k, std::uint64_t key) const;
  /// A verb of a charge follows the name ending before token k, past an apposition and
  /// auxiliaries ("Tom Ash, 47, of Mill Lane, denies", "X has pleaded").
  [[nodiscard, gnu::always_inline]] inline bool charge_follows(Index k) const;
  /// The latest charged person among the last entities ("the defendant"), or no_index.
  [[nodiscard]] Index latest_charged_person() const;
  [[nodiscard, gnu::always_inline]] inline bool opens_with_question(Index s) const;
  [[nodiscard]] bool modifier_conflict(const EntityDraft& d, std::string_view head,
                                       const std::vector<std::string>& mods) const;
  Index best_person_for(const Candidate& c, Index s);
  /// "Tom Brennan, defending, said ... '...,' the barrister said": a definite person
  /// description in the speaker's place right after a quotation, with a known head no
  /// one carries, re-describes the named person with no descriptor who was the subject
  /// of this or the previous sentence; no_index when there is none or the head names a
  /// role the story's speakers seldom hold (judge, referee: description_heads.txt
  /// "unique").
  [[nodiscard]] Index speaker_redescribed(const Candidate& c, Index s) const;
  /// A descriptor of d holds a head or title word other than `head` (an honour such as
  /// "KC" is none).
  [[nodiscard]] bool has_other_role(const EntityDraft& d, std::string_view head) const;
  /// d is an unnamed description opening with a quantifier ("one midwife", "two nurses").
  [[nodiscard]] bool counted_description(const EntityDraft& d) const;
  /// "the German-born executive": a place, a hyphen and "born" before the head, which
  /// describes anyone named, as a nationality does.
  [[nodiscard]] bool born_in_place(const Candidate& c) const;
  Index best_org_for(const Candidate& c, Index s);
  /// The entity of unknown type (no age, no document) that was the subject of the
  /// sentence before s, when no organisation as a subject comes between ("Quillon cut 200
  /// jobs. The company said"), or no_index.
  [[nodiscard]] Index untyped_subject_org(Index s) const;
  /// c is the subject of a clause a reporting verb before it introduces (reported_subject).
  /// Inline: after punctuation that is no cue, it is not.
  [[nodiscard]] bool embedded(const Candidate& c) const {
    if (c.first == 0) return false;
    if (!t_.is_word(c.first - 1) && !facts_.cue(c.first - 1)) return false;
    return reported_subject(c);
  }
  [[nodiscard]] bool reported_subject(const Candidate& c) const;
  [[gnu::always_inline]] inline void remember(const Candidate& c, Index sentence);
  void number_narrative_sentences();
  void add_title_synonyms(Index e, std::string_view text);
  [[nodiscard]] int age_at(Index k) const;
  [[gnu::always_inline]] inline void note_age(const Candidate& c);
  [[nodiscard]] int description_age(const Candidate& c) const;
  [[nodiscard]] const Candidate* const* candidates_in_order();
  Index add_entity(EntityDraft& d);
  void mark_tokens(const Candidate& c, Index id);
  void emit();

  const MentionLexicon& lex_;
  Analysis& a_;
  TokenText t_;
  TokenFacts& fact_tables_;  ///< Per-token lexicon lookups, built once in run().
  TokenFactsView facts_;     ///< Their read access (after run() built them).
  KeySet& seen_caps_;  ///< name_state of capitalised words seen outside sentence starts.
  /// Per token: name_state(), valid when its low byte is name_generation_.
  std::vector<std::uint64_t>& name_state_;
  std::uint8_t& name_generation_;
  // name_state_.data() and name_generation_ as start_name_states() left them, read
  // through no reference.
  std::uint64_t* states_ = nullptr;
  std::uint8_t generation_ = 0;
  bool aliases_ = false;  ///< The sentence scanned has an alias candidate (scan_sentence() relinks them).
  bool seen_caps_ready_ = false;  ///< seen_caps_ is filled (seen_capitalised(): after a few reads).
  unsigned seen_reads_ = 0;       ///< seen_capitalised(): questions answered by reading the words.
  KeySet& descriptor_words_;  ///< entity_word_key of each entity's descriptor words.
  KeySet& name_words_;        ///< entity_word_key of the words of organisations' names (best_org_for).
  // cands_ and ents_ hold the scratch's vectors while the builder lives (swapped in and
  // back): members, not references, as they are read everywhere.
  MentionScratch& scratch_;
  std::vector<Candidate> cands_;
  std::vector<Candidate>& headline_cands_;  ///< Linked already; kept apart so indices hold.
  std::vector<Candidate>& merge_buffer_;    ///< merge_names(): a sentence's name candidates.
  DraftPool ents_;
  /// Per token (and one past the last): tokens of the name run starting there, or 0. One
  /// byte a token: every description scan reads it, and it is written whole per document.
  std::vector<std::uint8_t>& run_length_;
  std::uint8_t* run_lengths_ = nullptr;  ///< run_length_.data(), once run() has sized it.
  KeyMap &person_full_, &person_last_, &org_key_, &group_key_, &handle_key_;
  KeyMap& last_so_far_;
  RecentList recent_;  ///< A member (no memory to keep): read with no reference.
  /// Per sentence: how many sentences up to it hold words outside quotations, so that
  /// the look-back windows of pronouns and descriptions step over quoted speech (a
  /// quotation of ten sentences ends `," she said`).
  std::vector<Index>& narrative_;
  std::deque<std::string>& joined_;  ///< Descriptors the input does not spell (join_descriptor).
  std::vector<std::string_view>& texts_;  ///< Candidate::text: descriptors, typo head words.
  std::vector<DescriptionWord>& description_words_;  ///< best_org_for(): the description's words.
  TypoMemo& typo_memo_;  ///< typo_head(): answers kept across documents.
  std::vector<const Candidate*>& order_;  ///< emit(): every candidate, in text order.
  std::vector<Index>& remap_;             ///< emit(): draft -> entity.
  std::vector<Index>& mention_tokens_;    ///< emit(): tokens of each mention so far.
  bool in_order_ = true;  ///< cands_ are in text order (scan_sentence() finds when not).
  /// main_clause_subject(): the sentence last asked about and its fronted_clause_end()
  /// (candidates come in text order, several to a sentence).
  Index fronted_sentence_ = no_index;
  Index fronted_comma_ = no_index;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_MENTION_BUILDER_HPP
