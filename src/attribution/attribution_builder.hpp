// AttributionBuilder: the per-document work of the attribution stage.
//  1. Cues: reporting verbs outside quotations ("said", "has informed", "according
//     to"), each with its source (the subject before it, an inverted subject after it,
//     the subject of the clause for ", saying"), addressee and content: the clause after
//     it, or the clause or quotation before it when postposed ("..., the bank warned").
//  2. Quotations no cue claimed: the speaker of a "He said:" sentence before them, the
//     previous speaker in a conversation, or the subject of their sentence.
//  3. Embedded posts: a paragraph followed by a "— Name (@handle) date" line.
// Every search window is bounded by a constant, so the stage is linear in the tokens.
#ifndef SAYSO_SRC_ATTRIBUTION_ATTRIBUTION_BUILDER_HPP
#define SAYSO_SRC_ATTRIBUTION_ATTRIBUTION_BUILDER_HPP

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "attribution/cue_lexicon.hpp"
#include "core/analysis.hpp"
#include "core/record_pool.hpp"
#include "mentions/token_text.hpp"

namespace sayso::inline v0::detail {

/// The quotations a draft covers: nearly always one or two, held inline so that a
/// draft allocates no list; from the fifth on they all move to a vector.
class QuoteList {
 public:
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] const Index* begin() const noexcept { return data(); }
  [[nodiscard]] const Index* end() const noexcept { return data() + size_; }
  [[nodiscard]] Index operator[](std::size_t i) const noexcept { return data()[i]; }
  [[nodiscard]] Index front() const noexcept { return data()[0]; }
  void push_back(Index q) {
    if (size_ < inline_size) {
      inline_[size_++] = q;
      return;
    }
    if (size_ == inline_size) spill_.assign(inline_.begin(), inline_.end());
    spill_.push_back(q);
    ++size_;
  }
  /// Removes the quotation at position i, keeping the order of the others.
  void erase_at(std::size_t i) {
    if (size_ > inline_size) {
      spill_.erase(spill_.begin() + static_cast<std::ptrdiff_t>(i));
      if (--size_ == inline_size) std::copy(spill_.begin(), spill_.end(), inline_.begin());
      return;
    }
    for (std::size_t k = i + 1; k < size_; ++k) inline_[k - 1] = inline_[k];
    --size_;
  }
  void clear() noexcept {
    size_ = 0;
    spill_.clear();
  }

 private:
  static constexpr std::size_t inline_size = 4;
  [[nodiscard]] const Index* data() const noexcept {
    return size_ <= inline_size ? inline_.data() : spill_.data();
  }
  std::array<Index, inline_size> inline_{};
  std::uint32_t size_ = 0;
  std::vector<Index> spill_;  ///< All of them once there are more than inline_size.
};

/// True when `t` is a quotation mark: " or ', or text opening with one of the code
/// points TokenText::is_quote_mark() knows, matched by their UTF-8 bytes (U+2018 to
/// U+201F, U+2039 and U+203A: E2 80 xx; U+00AB and U+00BB: C2 xx; U+300C to U+300F:
/// E3 80 xx), so that no decoder is called.
[[nodiscard]] inline bool is_mark_text(std::string_view t) noexcept {
  if (t.size() == 1) return t[0] == '"' || t[0] == '\'';
  if (t.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(t[0]);
  const auto b1 = static_cast<unsigned char>(t[1]);
  if (b0 == 0xC2U) return b1 == 0xABU || b1 == 0xBBU;
  if (t.size() < 3 || b1 != 0x80U) return false;
  const auto b2 = static_cast<unsigned char>(t[2]);
  if (b0 == 0xE2U) return (b2 >= 0x98U && b2 <= 0x9FU) || b2 == 0xB9U || b2 == 0xBAU;
  return b0 == 0xE3U && b2 >= 0x8CU && b2 <= 0x8FU;
}

/// An attribution under construction, with token positions for ordering.
struct Draft {
  Attribution rec;
  Index cue_first = no_index;   ///< First token of the cue, or no_index.
  Index cue_last = no_index;    ///< One past the cue.
  Index content_first = 0;      ///< First token of the content.
  Index content_last = 0;       ///< One past the content.
  QuoteList quotes;             ///< Quotations this attribution covers as speech.
};

/// Appends a content span to a draft's record. A record's first span takes a buffer the
/// previous documents' attributions left in this thread's pool (core/record_pool.hpp),
/// so the steady state allocates no list per attribution.
inline void add_content(Draft& d, ByteSpan span) {
  push_pooled(thread_records().content, d.rec.content, span);
}

/// Appends a quoted fragment to a draft's record, as add_content() does.
inline void add_quoted(Draft& d, ByteSpan span) {
  push_pooled(thread_records().quoted, d.rec.quoted, span);
}

/// A quotation as the attribution stage sees it: token positions and state.
struct QuoteInfo {
  Index open = 0;           ///< Token of the opening mark (or first content token).
  Index close = 0;          ///< One past the closing mark.
  Index content_first = 0;  ///< First token inside.
  Index content_last = 0;   ///< One past the last token inside.
  bool speech = false;      ///< May be someone's words.
  bool cued_speech = false; ///< Someone's words when a cue says so (scare quotes too).
  bool used = false;        ///< Claimed by an attribution.
  Index draft = no_index;
};

/// A mention's tokens [first, last).
struct MentionInfo {
  Index first = 0;
  Index last = 0;
};

/// The attribution stage's per-document tables, kept per thread across calls
/// (core/scratch.hpp) so that their memory is reused instead of allocated per document.
struct AttributionScratch {
  std::vector<MentionInfo> mentions;
  std::vector<Index> outer_end;
  std::vector<Index> outer_start;
  std::vector<QuoteInfo> quotes;
  std::vector<Index> quote_open_at;
  std::vector<Draft> drafts;
  std::vector<Index> first_word;
  std::vector<Index> last_word;
  std::vector<bool> narrative;
  std::vector<std::uint8_t> entity_gender;
  std::vector<Index> said;  ///< Per sentence: entity of its last cue-based source, or no_index.
  /// emit(): (content_first, draft) sort keys in content order; empty when the drafts
  /// are in that order already.
  std::vector<std::uint64_t> draft_order;
};

/// The attribution stage over one document. Not thread-safe; one per pipeline run.
class AttributionBuilder {
 public:
  /// Starts a run over `a`, emptying `scratch` (whose memory it reuses).
  AttributionBuilder(Analysis& a, AttributionScratch& scratch);
  /// Runs every step and writes doc.attributions.
  void run();

 private:
  struct CueHit {
    CueMatch m;
    Index aux_first = 0;  ///< First token of auxiliaries before the verb ("has").
  };
  struct SourceHit {
    Index mention = no_index;
    bool inverted = false;
    Index group_first = 0;  ///< First token of "subject + cue" (or cue + subject).
    Index group_last = 0;   ///< One past it.
    bool coordinated = false;  ///< "... and said": the sentence's subject.
    Index replaced_pronoun = no_index;  ///< ", where he said": the pronoun set aside.
    bool relative = false;  ///< "Tom Ash, who said ...": the relative pronoun's antecedent.
    Index agent = no_index;  ///< "A survey published by X showed": X speaks for `mention`.
  };
  struct PronounFix {
    Index from = no_index;  ///< Entity the mention stage gave the pronoun.
    Index to = no_index;    ///< Entity it refers to.
    Index paragraph = no_index;
  };
  struct Pending {
    std::optional<Source> source;
    std::optional<Cue> cue;
    Index sentence = no_index;
  };

  /// TokenText::is_quote_mark(k) inline, its code points read as their UTF-8 bytes.
  [[nodiscard]] bool is_quote_mark(Index k) const noexcept {
    return k < t_.size() && t_.tok(k).kind == TokenKind::punct && is_mark_text(t_.text(k));
  }

  // Preparation.
  void index_mentions();
  void index_quotes();
  void index_sentences();
  void index_sentence(Index s);
  [[nodiscard]] Index token_at_or_after(std::uint32_t byte) const;
  [[nodiscard]] bool is_speech_role(const Quotation& q, Index open) const;
  [[nodiscard]] bool title_case(Index first, Index last) const;

  // Cues.
  [[nodiscard]] std::optional<CueHit> cue_at(Index i, Index sb, Index se) const;
  [[nodiscard]] bool takes_non_report_object(const CueMatch& m, Index se) const;
  [[nodiscard]] Index infinitive_frame_start(Index k, Index sb) const;
  [[nodiscard]] Index subject_before_asked_clause(Index k, Index stop, Index sb) const;
  [[nodiscard]] Index apposed_name(Index p, Index k) const;
  [[nodiscard]] bool writer_aside(Index k, Index se) const;
  [[nodiscard]] bool in_comparison(Index i, Index sb) const;
  [[nodiscard]] bool is_question_participle(Index t) const;
  [[nodiscard]] bool in_question_opener(Index i, Index sb) const;
  [[nodiscard]] bool reported_infinitive(const CueMatch& m, Index i, Index sb, Index se) const;
  [[nodiscard]] bool not_a_cue(const CueMatch& m, Index i, Index sb, Index se) const;
  [[nodiscard]] Index modal_before(Index i, Index sb) const;
  /// Token k is a capitalised word that ends a mention ("May" in "Theresa May"): a name's
  /// word, never an auxiliary.
  [[nodiscard]] bool ends_name(Index k) const {
    return t_.tok(k).has(capitalized) && outer_end_[k] != no_index;
  }
  [[nodiscard]] bool modifies_noun(const CueHit& c, Index se) const;
  [[nodiscard]] Index inverted_subject(Index k, Index se) const;
  /// "Ian and Ruth Kemp said": the first token of the subject group whose last mention
  /// starts at `first`.
  [[nodiscard]] Index coordinated_first(Index first, Index sb) const;
  /// ", before adding that": "before", "after" or "while" after a comma right before token k.
  [[nodiscard]] bool after_comma_conjunction(Index k, Index sb) const;
  /// The name the description holding mention m is apposed to, else m.
  [[nodiscard]] Index apposition_head(Index m, Index sb) const;
  /// Mention m is the object of a preposition that opens no clause ("to the minister").
  [[nodiscard]] bool preposition_object(Index m, Index sb) const;
  [[nodiscard]] bool agent_of_phrase(Index m) const;
  [[nodiscard]] Index cue_start(Index i, Index sb) const;
  void process_cues();
  void process_cue(const CueHit& c, Index sb, Index se);
  void take_addressee(Draft& d, Index& after, Index se) const;
  void append_tail(Draft& d, Index from, Index se);
  bool according_content(Draft& d, const CueHit& c, const SourceHit& src, Index after,
                         Index sb, Index se);
  bool clause_content(Draft& d, const CueHit& c, SourceHit& src, Index after, Index sb,
                      Index se, bool participle);
  void commit_draft(Draft&& d);
  [[nodiscard]] SourceHit find_source(const CueHit& c, Index sb, Index se) const;
  [[nodiscard]] Index mention_before(Index k, Index sb) const;
  [[nodiscard]] Index head_of_phrase(Index m, Index sb) const;
  [[nodiscard]] Index participle_source(Index sb, Index before) const;
  [[nodiscard]] Index skip_addressee(Index j, Index se, ByteSpan& span) const;
  [[nodiscard]] bool addressee_list_until_that(Index k, Index se) const;
  [[nodiscard]] Index skip_adverbial(Index j, Index se) const;
  [[nodiscard]] Index relative_time_length(Index j, Index se) const;
  [[nodiscard]] bool postposed_after(Index k, Index se) const;
  [[nodiscard]] bool postposed_tail(Index j, Index se) const;
  [[nodiscard]] bool time_appositive(Index k, Index se) const;
  [[nodiscard]] Index named_author(Index m) const;
  [[nodiscard]] bool party_tag(Index m) const;
  [[nodiscard]] bool appositive_at(Index k) const;
  [[nodiscard]] bool clause_joined_at(Index k) const;
  /// Lower-case words and a tensed auxiliary from `s` ("demand for care has risen").
  [[nodiscard]] bool bare_subject_clause(Index s) const;
  [[nodiscard]] bool relative_report(const Draft& d, Index sb) const;
  void unmarked_post_after(const Draft& d, Index se);
  [[nodiscard]] Draft unmarked_words(Index first, Index end, std::string_view rule,
                                     float confidence) const;
  [[nodiscard]] Index past_title(Index k) const;
  [[nodiscard]] Index postmodified_subject(Index k, Index sb) const;
  void keep_adding_speaker(Draft& d, Index mention, Index sb) const;
  [[nodiscard]] bool pronoun_needs_speaker(const Draft& d, Index mention) const;
  [[nodiscard]] Index skip_time_phrase(Index j, Index se) const;
  [[nodiscard]] Index relative_pronoun_subject(Index m, Index sb) const;
  [[nodiscard]] Index trim_end(Index first, Index last) const;
  [[nodiscard]] bool that_follows(Index j, Index se) const;
  [[nodiscard]] Index skip_dateline(Index first, Index last) const;
  [[nodiscard]] Index content_stop(Index j, Index se) const;
  [[nodiscard]] Index punct_stop(Index j, Index k, Index se) const;
  [[nodiscard]] bool comma_stops(Index k, Index se) const;
  [[nodiscard]] bool verb_cue_at(Index k) const;
  [[nodiscard]] Index quoted_as_start(Index before, Index sb) const;
  void quotation_as_content(Draft& d) const;
  [[nodiscard]] bool coordinated_report(Index k) const;
  [[nodiscard]] bool second_speaker_follows(Index k, Index se) const;
  /// "Tom Ash, who said": the mention the relative pronoun before `cue_first` stands for.
  [[nodiscard]] Index relative_antecedent(Index cue_first, Index sb) const;
  /// "Ross, who says he ..., is unrepentant": where a relative clause's content ends.
  [[nodiscard]] Index relative_clause_end(Index antecedent, Index j, Index sb, Index se) const;
  /// "10:51pm — ": the token after a paragraph-opening time stamp and dash, or `first`.
  [[nodiscard]] Index past_time_stamp(Index first, Index last) const;
  /// ", R-Ohio,": the comma opening a party tag that ends before comma p, or no_index.
  [[nodiscard]] Index party_tag_before(Index p, Index sb) const;
  /// The nearest mention before conjunction `conj` followed by a verb-like word.
  [[nodiscard]] Index clause_subject_before(Index conj, Index sb) const;
  /// "had been told by a nurse that": the agent mention of a passive telling, or no_index.
  [[nodiscard]] Index passive_agent(const CueMatch& m, Index i, Index se) const;
  /// The draft reports what someone said: a communication cue with a source, not
  /// "according to" (a participle after it is that speaker's: ", adding that").
  [[nodiscard]] bool said_by_someone(const Draft& d) const;
  /// Tokens [first, last) are one to three capitalised words that open no mention (",
  /// West Yorkshire,": a place's tail after a town).
  [[nodiscard]] bool unnamed_capitals(Index first, Index last) const;
  /// A past participle and "by" at k (", driven by demand", "helped by"): a phrase that
  /// modifies the clause before a postposed cue.
  [[nodiscard]] bool agent_participle_at(Index k) const;
  /// Entity e is a person, group or organisation (not a document: "the report").
  [[nodiscard]] bool acting_entity(Index e) const;
  /// The naming verb at v ("called") gives a verdict, not a name: its subject is a
  /// pronoun right before it ("a rule she called") or "what" stands at most six tokens
  /// before it ("in what Ana Ruiz called"), within the sentence from sb.
  [[nodiscard]] bool verdict_naming(Index v, Index sb) const;
  /// Token k is the first of its paragraph.
  [[nodiscard]] bool opens_paragraph(Index k) const;
  /// The lower-case word `word` stands in tokens [from, to).
  [[nodiscard]] bool word_between(Index from, Index to, std::string_view word) const;
  /// "admitted his side had been", "warned prices would rise": a clause without "that"
  /// after a that-verb.
  [[nodiscard]] bool thatless_clause(Index j, Index se) const;
  /// Token k may be a word of a subject with no determiner (thatless_clause).
  [[nodiscard]] bool bare_subject_word(Index k) const;
  /// A mention opens at j and a tensed auxiliary follows it (thatless_clause).
  [[nodiscard]] bool name_before_aux(Index j, Index se) const;
  /// ", the judge observed that ...": a new subject with its own cue and content.
  [[nodiscard]] bool new_report_follows(Index k, Index se) const;
  /// The clause after the cue group from j (its adverbials end at after_adv).
  bool forward_content(Draft& d, Index j, Index after_adv, Index se, bool needs_that,
                       const CueHit& c);
  bool backward_content(Draft& d, Index region_first, Index region_last, Index se,
                        Index after_group);
  void fill_content(Draft& d, Index first, Index last);
  [[nodiscard]] Index quote_covering(Index first, Index last) const;
  [[nodiscard]] bool fragment_of_mixed(Index q) const;
  void release_fragment(Index q);

  // Quotations without a cue.
  void sentence_sources();
  struct Conversation {
    std::optional<Source> speaker;  ///< Who spoke the last attributed quotation.
    Index sentence = no_index;      ///< Where that attribution ended.
    Index paragraph = no_index;
    bool question_open = false;     ///< An interviewer's question awaits its answer.
  };
  void note_speaker(Conversation& conv, const QuoteInfo& qi) const;
  void attribute_alone(Index q, Conversation& conv,
                       const std::vector<Index>& said);
  /// The clause of token `before`: after the last ";" or ", but" since sentence start sb.
  [[nodiscard]] Index clause_begin(Index sb, Index before) const;
  /// The speaker that the sentence after quotation qi names in a formula ("That was the
  /// verdict of X", "So says X"), or no_index.
  [[nodiscard]] Index named_after_quote(const QuoteInfo& qi) const;
  void attribute_by_subject(Index q);
  void attribute_evaluation(Index q);
  [[nodiscard]] Index asked_subject(Index s) const;
  [[nodiscard]] Index participle_answer_subject(Index s) const;
  /// The person opening short quotation-free sentence s ("Deirdre shrugs."), or no_index.
  [[nodiscard]] Index action_subject(Index s) const;
  /// Mention m may be the speaker of a cueless quotation in its sentence.
  [[nodiscard]] bool subject_may_speak(Index m) const;
  /// A quotation after a short colon lead-in naming no one ("Then, after a moment:").
  [[nodiscard]] bool intro_then_quote(const QuoteInfo& q) const;
  void attribute_quotes();
  bool quote_only_sentence(const QuoteInfo& q);
  [[nodiscard]] bool narrative_between(Index from_sentence, Index to_sentence);
  [[nodiscard]] Index sentence_subject(Index sb, Index before) const;
  void add_quote_draft(Index q, std::optional<Source> src, std::string_view rule, float conf);
  void attribute_nested();
  void attribute_embeds();
  [[nodiscard]] Index signature_lead(Index b, Index se) const;
  [[nodiscard]] Index signature_handle(Index from, Index se) const;
  void attribute_interview();
  [[nodiscard]] char transcript_label(Index first, Index end) const;
  [[nodiscard]] Index interviewee_before(Index k) const;
  [[nodiscard]] Index named_label(Index first, Index end) const;
  void add_transcript_line(Index speaker, Index first, Index end);
  /// A first-person word outside quotation marks in [first, end).
  [[nodiscard]] bool speaks_first_person(Index first, Index end) const;

  // Output.
  void set_source(Draft& d, Index mention) const;
  void set_parents();
  void sort_drafts();
  /// The draft at position i in content order (after sort_drafts()).
  [[nodiscard]] Draft& in_order(Index i);
  void emit();

  Analysis& a_;
  TokenText t_;
  std::vector<MentionInfo>& mentions_;
  std::vector<Index>& outer_end_;    ///< Per token: longest mention ending there.
  std::vector<Index>& outer_start_;  ///< Per token: longest mention starting there.
  std::vector<QuoteInfo>& quotes_;
  std::vector<Index>& quote_open_at_;  ///< Per token: quotation whose open mark is here.
  std::vector<Draft>& drafts_;
  // Per sentence, filled on first use (index_sentence): most sentences hold no quotation.
  std::vector<Index>& first_word_;  ///< First word or number token; unindexed before use.
  std::vector<Index>& last_word_;   ///< Last word or number token.
  std::vector<bool>& narrative_;    ///< Words outside quotations.
  static constexpr Index unindexed = no_index - 1;
  Pending pending_;
  Index last_sentence_draft_ = no_index;  ///< Latest draft in the current sentence.
  static constexpr std::uint8_t gender_he = 1;
  static constexpr std::uint8_t gender_she = 2;
  std::vector<std::uint8_t>& entity_gender_;  ///< Per entity: pronouns seen for it.
  std::vector<Index>& said_;  ///< Per sentence: entity of its last cue-based source, or no_index.
  std::vector<std::uint64_t>& draft_order_;
  PronounFix pronoun_fix_;  ///< A relative-clause pronoun set right (see process_cue).
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_ATTRIBUTION_ATTRIBUTION_BUILDER_HPP
