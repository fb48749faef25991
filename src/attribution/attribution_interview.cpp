// AttributionBuilder, part 3: interview transcripts. "Q: ..." and "A: ..." paragraphs
// are unmarked direct speech: questions by the interviewer (no source), answers by the
// person interviewed, the latest person named before the transcript begins. Where only
// the questions carry a label, the paragraph after a question is the answer, and so is
// each next paragraph that speaks in the first person outside quotation marks.
#include "attribution/attribution_builder.hpp"
#include "attribution/rules.hpp"
#include "lexicon/word_list.hpp"

namespace sayso::inline v0::detail {
namespace {

// How far before the first "Q:"/"A:" line the interviewee's name may stand.
constexpr Index interviewee_window = 400;
// Words a transcript line needs after "Name:" (a label, not a heading).
constexpr Index min_line_words = 3;

// First-person words of an answer ("us" is left out: it is also "US").
constexpr std::string_view first_person_list[] = {"i",  "me",  "my",   "mine",     "myself",
                                                  "we", "our", "ours", "ourselves"};
constexpr WordList first_person_words(first_person_list);

}  // namespace

// 'Q' or 'A' when paragraph token `first` opens a "Q:" / "A:" line, else 0.
char AttributionBuilder::transcript_label(Index first, Index end) const {
  if (first + 2 >= end || !t_.is(first + 1, ':') || t_.in_quote(first)) return 0;
  const std::string_view w = t_.text(first);
  if (w == "Q") return 'Q';
  if (w == "A") return 'A';
  return 0;
}

// The latest named person before token `k`, within a constant window.
Index AttributionBuilder::interviewee_before(Index k) const {
  const Index stop = k > interviewee_window ? k - interviewee_window : 0;
  for (Index p = k; p-- > stop;) {
    const Index m = outer_end_[p];
    if (m == no_index || t_.in_quote(p)) continue;
    const Mention& mm = a_.doc->mentions[m];
    if (mm.type != MentionType::name || mm.entity >= a_.doc->entities.size()) continue;
    if (a_.doc->entities[mm.entity].type == EntityType::person) return m;
  }
  return no_index;
}

// "Lindgren: We built them to the standard of the day.": a paragraph opened by a person's
// name (or a person described) and a colon, with words, not a quotation, after it.
Index AttributionBuilder::named_label(Index first, Index end) const {
  const Index m = outer_start_[first];
  if (m == no_index || t_.in_quote(first)) return no_index;
  const Index colon = mentions_[m].last;
  if (colon + min_line_words >= end || !t_.is(colon, ':') || is_quote_mark(colon + 1)) {
    return no_index;
  }
  const Mention& mm = a_.doc->mentions[m];
  if (mm.type == MentionType::pronoun || mm.entity >= a_.doc->entities.size()) return no_index;
  return a_.doc->entities[mm.entity].type == EntityType::person ? m : no_index;
}

// Paragraph [first, end) has a first-person word outside quotation marks.
bool AttributionBuilder::speaks_first_person(Index first, Index end) const {
  for (Index k = first; k < end; ++k) {
    if (t_.is_word(k) && !t_.in_quote(k) && first_person_words.contains(t_.key(k))) return true;
  }
  return false;
}

void AttributionBuilder::add_transcript_line(Index speaker, Index first, Index end) {
  Draft d = unmarked_words(first, end, rules::interview_answer, 0.75F);
  set_source(d, speaker);
  drafts_.push_back(std::move(d));
}

// Flattened: the small helpers it calls per token or quotation are inlined into it.
[[gnu::flatten]] void AttributionBuilder::attribute_interview() {
  // Every transcript line has a colon after its label: without one in the text there is
  // none, and one pass over the bytes spares a pass over every paragraph's tokens.
  if (a_.text.find(':') == std::string_view::npos) return;
  Index speaker = no_index;
  bool in_transcript = false;
  bool questions_only = false;  // a transcript whose answers carry no "A:"
  bool after_question = false;  // the paragraph before was a "Q:" line
  const Index paragraphs = static_cast<Index>(a_.doc->paragraphs.size());
  const Index n = t_.size();
  Index end = 0;
  for (Index p = 0; p < paragraphs; ++p) {
    const ByteSpan para = a_.doc->paragraphs[p];
    // Every token before the previous paragraph's end token starts before that
    // paragraph's end, so before this one's start: that token is this paragraph's first
    // when it starts in or after this paragraph (the usual case, no lookup).
    const bool follows = p > 0 && end <= n && (end == n || t_.tok(end).span.start >= para.start) &&
                         a_.doc->paragraphs[p - 1].end <= para.start;
    const Index first = follows ? end : token_at_or_after(para.start);
    end = token_at_or_after(para.end);
    const char label = first < end ? transcript_label(first, end) : 0;
    // An unlabelled answer after "Q:": right after the question, or in the first person.
    if (label == 0 && first < end && questions_only &&
        (after_question || speaks_first_person(first, end))) {
      if (speaker != no_index) add_transcript_line(speaker, first, end);
      after_question = false;
      continue;
    }
    after_question = label == 'Q';
    if (label == 'Q' && !in_transcript) questions_only = true;
    if (label == 'A') questions_only = false;
    if (label == 0) {
      questions_only = false;
      in_transcript = false;
      const Index named = first < end ? named_label(first, end) : no_index;
      if (named != no_index) add_transcript_line(named, mentions_[named].last + 1, end);
      continue;
    }
    if (!in_transcript) speaker = interviewee_before(first);
    in_transcript = true;
    Draft d;
    d.rec.kind = AttributionKind::direct;
    d.rec.quote_marks = false;
    if (label == 'A' && speaker != no_index) set_source(d, speaker);
    d.content_first = first + 2;
    d.content_last = end;
    add_content(d, ByteSpan{t_.tok(first + 2).span.start, t_.tok(end - 1).span.end});
    d.rec.rule_id = label == 'Q' ? rules::interview_question : rules::interview_answer;
    d.rec.confidence = label == 'A' && speaker != no_index ? 0.8F : 0.5F;
    drafts_.push_back(std::move(d));
  }
}

}  // namespace sayso::inline v0::detail
