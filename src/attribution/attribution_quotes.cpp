// AttributionBuilder, part 2: preparation, quotations without a cue, embedded posts,
// nesting and output.
#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include "attribution/attribution_builder.hpp"
#include "core/huge_pages.hpp"
#include "attribution/rules.hpp"
#include "lexicon/word_list.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr Index max_gap_sentences = 4;
constexpr Index nesting_window = 8;
constexpr Index name_cue_window = 1;
constexpr Index evaluation_window = 7;
constexpr Index asked_window = 12;
constexpr Index participle_window = 48;  // "Asked whether ...,": tokens to the subject

bool is_aux_word(std::string_view k) {
  return k == "has" || k == "have" || k == "had" || k == "also" || k == "once";
}

bool naming_word(std::string_view k) {
  return k == "called" || k == "named" || k == "dubbed" || k == "nicknamed" || k == "titled" ||
         k == "entitled" || k == "so-called" || k == "term" || k == "word" || k == "branded" ||
         k == "labelled" || k == "labeled" || k == "known" || k == "book" || k == "memoir" ||
         k == "novel" || k == "film" || k == "movie" || k == "song" || k == "album" ||
         k == "documentary" || k == "podcast" || k == "series" || k == "poem" || k == "essay" ||
         k == "column" || k == "slogan" || k == "motto" || k == "hashtag" || k == "play";
}

// Small function words a title leaves in lower case ("State of the Nation").
constexpr std::string_view minor_title_list[] = {"of", "the", "and", "a",   "an",
                                                 "in", "on",  "to",  "for", "at"};
constexpr WordList minor_title_words(minor_title_list);

bool is_dash_text(std::string_view s) {
  return s == "-" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93" || s == "\xE2\x80\x95";
}

}  // namespace

AttributionBuilder::AttributionBuilder(Analysis& a, AttributionScratch& scratch)
    : a_(a),
      t_(a),
      mentions_(scratch.mentions),
      outer_end_(scratch.outer_end),
      outer_start_(scratch.outer_start),
      quotes_(scratch.quotes),
      quote_open_at_(scratch.quote_open_at),
      drafts_(scratch.drafts),
      first_word_(scratch.first_word),
      last_word_(scratch.last_word),
      narrative_(scratch.narrative),
      entity_gender_(scratch.entity_gender),
      said_(scratch.said),
      draft_order_(scratch.draft_order) {
  mentions_.clear();
  quotes_.clear();
  drafts_.clear();
}

Index AttributionBuilder::token_at_or_after(std::uint32_t byte) const {
  return a_.token_locator.first_at_or_after(byte);  // O(1); a binary search missed the cache
}

void AttributionBuilder::index_mentions() {
  const Index n = t_.size();
  fill_table(outer_end_, n + 1, no_index);
  fill_table(outer_start_, n + 1, no_index);
  mentions_.clear();
  // The mention stage's own token ranges when it wrote them; else each span mapped back.
  if (a_.mention_tokens.size() == a_.doc->mentions.size()) {
    for (const auto& [first, last] : a_.mention_tokens) {
      mentions_.push_back(MentionInfo{first, std::min(last, n)});
    }
  } else {
    for (const Mention& m : a_.doc->mentions) {
      const Index first = token_at_or_after(m.span.start);
      Index last = token_at_or_after(m.span.end);
      if (last <= first) last = first + 1;
      mentions_.push_back(MentionInfo{first, std::min(last, n)});
    }
  }
  entity_gender_.assign(a_.doc->entities.size(), 0);
  for (Index id = 0; id < mentions_.size(); ++id) {
    const Mention& rm = a_.doc->mentions[id];
    if (rm.type != MentionType::pronoun || rm.entity >= entity_gender_.size()) continue;
    const std::string_view w = slice(a_.text, rm.span);
    const bool he = w == "he" || w == "He" || w == "him" || w == "his" || w == "His";
    const bool she = w == "she" || w == "She" || w == "her" || w == "Her";
    if (he) entity_gender_[rm.entity] |= gender_he;
    if (she) entity_gender_[rm.entity] |= gender_she;
  }
  for (Index id = 0; id < mentions_.size(); ++id) {
    const MentionInfo& m = mentions_[id];
    if (m.first >= n || m.last == 0) continue;
    const Index e = m.last - 1;
    auto longer = [&](Index other) {
      return other == no_index ||
             mentions_[other].last - mentions_[other].first < m.last - m.first;
    };
    if (longer(outer_end_[e])) outer_end_[e] = id;
    if (longer(outer_start_[m.first])) outer_start_[m.first] = id;
  }
}

// `on "State of the Nation"`, `the memoir "Salt And Ashes"`: a quotation whose words
// are all capitalised, small function words aside, is a title, not someone's words.
bool AttributionBuilder::title_case(Index first, Index last) const {
  // `"It Is Over," she said`: a comma, "!" or "?" closing the words marks speech.
  const std::string_view end = t_.text(last - 1);
  if (end == "," || end == "!" || end == "?") return false;
  Index words = 0;
  for (Index k = first; k < last; ++k) {
    if (!t_.is_word(k)) continue;
    if (!t_.is_cap(k) && (words == 0 || !minor_title_words.contains(t_.key(k)))) return false;
    ++words;
  }
  return words >= 2;
}

bool AttributionBuilder::is_speech_role(const Quotation& q, Index open) const {
  if (q.role == QuoteRole::title || q.role == QuoteRole::nickname) return false;
  const Index stop = open > name_cue_window ? open - name_cue_window : 0;
  for (Index k = open; k-- > stop;) {
    // ("in what Ana Ruiz called "a turning point"": a verdict, not a name.)
    if (t_.is_word(k) && naming_word(t_.key(k))) return verdict_naming(k, 0);
  }
  return true;
}


// Flattened: the small helpers it calls per token or quotation are inlined into it.
[[gnu::flatten]] void AttributionBuilder::index_quotes() {
  const Index n = t_.size();
  fill_table(quote_open_at_, n + 1, no_index);
  quotes_.clear();
  for (Index q = 0; q < a_.doc->quotations.size(); ++q) {
    const Quotation& rq = a_.doc->quotations[q];
    QuoteInfo qi;
    qi.open = token_at_or_after(rq.span.start);
    qi.close = std::min(token_at_or_after(rq.span.end), n);
    qi.content_first = token_at_or_after(rq.content.start);
    qi.content_last = std::min(token_at_or_after(rq.content.end), n);
    qi.cued_speech = is_speech_role(rq, qi.open) && qi.content_first < qi.content_last &&
                     !title_case(qi.content_first, qi.content_last);
    qi.speech = qi.cued_speech && rq.role != QuoteRole::scare;
    if (qi.open < n && quote_open_at_[qi.open] == no_index) quote_open_at_[qi.open] = q;
    quotes_.push_back(qi);
  }
}

// Per sentence: its first and last word or number token, and whether it has words
// outside quotations, for the checks below; each sentence is indexed when first asked
// about (index_sentence), as few sentences hold or sit between quotations.
void AttributionBuilder::index_sentences() {
  const Index sentences = static_cast<Index>(a_.sentence_first_token.size() - 1);
  fill_table(first_word_, sentences, unindexed);
  size_table(last_word_, sentences);
  narrative_.resize(sentences);
}

// Scans that stop at the first hit: most sentences open with a word outside quotations,
// so this reads a few tokens of the sentence, not all of them (each at most twice).
void AttributionBuilder::index_sentence(Index s) {
  if (first_word_[s] != unindexed) return;
  first_word_[s] = no_index;
  last_word_[s] = no_index;
  narrative_[s] = false;
  const auto wordlike = [&](Index k) {
    const TokenKind kind = t_.tok(k).kind;
    return kind == TokenKind::word || kind == TokenKind::number;
  };
  const Index sb = t_.sentence_begin(s);
  const Index se = t_.sentence_end(s);
  Index first = sb;
  while (first < se && !wordlike(first)) ++first;
  if (first == se) return;
  first_word_[s] = first;
  Index last = se - 1;
  while (!wordlike(last)) --last;  // stops at `first` at the latest
  last_word_[s] = last;
  for (Index k = first; k <= last; ++k) {
    if (t_.tok(k).kind == TokenKind::word && !t_.in_quote(k)) {
      narrative_[s] = true;
      return;
    }
  }
}

bool AttributionBuilder::quote_only_sentence(const QuoteInfo& q) {
  if (q.open >= t_.size() || q.close == 0) return false;
  const Index s = t_.sentence(q.open);
  const Index last_s = t_.sentence(q.close - 1);
  index_sentence(s);
  index_sentence(last_s);
  return first_word_[s] >= q.open && (last_word_[last_s] == no_index || last_word_[last_s] < q.close);
}

// `Then, after a moment: "..."`: a quotation after a short lead-in that ends with a
// colon and names no one, as if the quotation stood alone.
bool AttributionBuilder::intro_then_quote(const QuoteInfo& q) const {
  constexpr Index max_intro_tokens = 8;
  if (q.open >= t_.size() || q.open == 0 || !t_.is(q.open - 1, ':')) return false;
  const Index sb = t_.sentence_begin(t_.sentence(q.open));
  if (q.open > sb + max_intro_tokens) return false;
  for (Index k = sb; k < q.open; ++k) {
    if (outer_start_[k] != no_index || t_.in_quote(k) || t_.cue(k) != nullptr) return false;
  }
  return true;
}

// True when a sentence strictly between the two has words outside quotations.
bool AttributionBuilder::narrative_between(Index from_sentence, Index to_sentence) {
  if (to_sentence <= from_sentence + 1) return false;
  if (to_sentence - from_sentence > max_gap_sentences) return true;
  for (Index s = from_sentence + 1; s < to_sentence; ++s) {
    index_sentence(s);
    if (narrative_[s]) return true;
  }
  return false;
}

void AttributionBuilder::add_quote_draft(Index q, std::optional<Source> src,
                                         std::string_view rule, float conf) {
  Draft d;
  const Quotation& rq = a_.doc->quotations[q];
  d.rec.kind = AttributionKind::direct;
  d.rec.source = std::move(src);
  add_content(d, rq.content);
  add_quoted(d, rq.content);
  d.rec.rule_id = rule;
  d.rec.confidence = conf;
  d.quotes.push_back(q);
  d.content_first = quotes_[q].content_first;
  d.content_last = quotes_[q].content_last;
  quotes_[q].used = true;
  quotes_[q].draft = static_cast<Index>(drafts_.size());
  drafts_.push_back(std::move(d));
}

// Per sentence, the entity of the last cue-based attribution's source in it, into said_
// (4 bytes per sentence, kept across calls: an optional<Source> per sentence was 40).
void AttributionBuilder::sentence_sources() {
  fill_table(said_, a_.sentence_first_token.size(), no_index);
  for (const Draft& d : drafts_) {
    if (d.cue_first == no_index || !d.rec.source || d.cue_first >= t_.size()) continue;
    said_[t_.sentence(d.cue_first)] = d.rec.source->entity;
  }
}

// Remembers who spoke the quotation q last, for the conversation rules.
void AttributionBuilder::note_speaker(Conversation& conv, const QuoteInfo& qi) const {
  const Draft& d = drafts_[qi.draft];
  if (d.rec.source) conv.speaker = Source{d.rec.source->entity, {}};
  Index last = t_.sentence(std::max(qi.close, Index{1}) - 1);
  if (d.cue_last != no_index && d.cue_last > 0) last = std::max(last, t_.sentence(d.cue_last - 1));
  conv.sentence = last;
  conv.paragraph = t_.paragraph(qi.open);
}

// A quotation that is a whole sentence: the speaker announced by "He said:" before it,
// the previous speaker of a conversation (interview questions alternate), or the
// speaker of the reported-speech sentence right before it.
void AttributionBuilder::attribute_alone(Index q, Conversation& conv,
                                         const std::vector<Index>& said) {
  const QuoteInfo& qi = quotes_[q];
  const Index s = t_.sentence(qi.open);
  const Index p = t_.paragraph(qi.open);
  if (pending_.sentence != no_index && s == pending_.sentence + 1) {
    add_quote_draft(q, pending_.source, rules::colon_previous, 0.85F);
    drafts_.back().rec.cue = pending_.cue;
    pending_ = Pending{};
    return;
  }
  // `"..." That was the verdict of Alan Gray.`, `"..." So says Rachel Byrne.`
  if (const Index m = named_after_quote(qi); m != no_index) {
    Draft tmp;
    set_source(tmp, m);
    add_quote_draft(q, std::move(tmp.rec.source), rules::named_after, 0.7F);
    return;
  }
  if (conv.speaker && conv.sentence != no_index && !narrative_between(conv.sentence, s)) {
    const std::string_view content = slice(a_.text, a_.doc->quotations[q].content);
    const std::size_t mark = content.rfind('?');
    const bool question = p != conv.paragraph && mark != std::string_view::npos &&
                          mark + 3 >= content.size();
    if (question) {
      add_quote_draft(q, std::nullopt, rules::interview_question, 0.5F);
      conv.question_open = true;
      return;
    }
    add_quote_draft(q, conv.speaker,
                    conv.question_open ? rules::interview_answer : rules::continuation,
                    conv.question_open ? 0.7F : 0.8F);
    conv.question_open = false;
    return;
  }
  if (s > 0 && said[s - 1] != no_index && t_.paragraph(t_.sentence_begin(s - 1)) + 1 >= p) {
    // `Brandt said the plan was fair. "Nobody will be left behind."`
    add_quote_draft(q, Source{said[s - 1], {}}, rules::continuation, 0.75F);
    return;
  }
  if (s > 0 && t_.paragraph(t_.sentence_begin(s - 1)) + 1 >= p) {
    // `She was asked whether she had doubts. "Never."`: the one asked answers.
    Index m = asked_subject(s - 1);
    if (m == no_index) m = participle_answer_subject(s - 1);
    if (m != no_index) {
      Draft tmp;
      set_source(tmp, m);
      add_quote_draft(q, std::move(tmp.rec.source), rules::interview_answer, 0.7F);
      return;
    }
  }
  // `Ruth Sills put her fork down. "Maybe tomorrow."`: in one paragraph, the person who
  // acts in the sentence before speaks; so does the one a paragraph closes on, when the
  // quotation opens the next (`He remembers the day clearly.` then `"I was in ..."`).
  const Index before_p = s > 0 ? t_.paragraph(t_.sentence_begin(s - 1)) : p;
  if (s > 0 && (before_p == p || (before_p + 1 == p && opens_paragraph(qi.open)))) {
    const Index m = action_subject(s - 1);
    if (m == no_index) return;
    Draft tmp;
    set_source(tmp, m);
    add_quote_draft(q, std::move(tmp.rec.source), rules::action_beat, 0.6F);
  }
}

// The speaker the sentence after a quotation that closes its own sentence names in a
// journalist's formula: "So says NAME", "That was the verdict of NAME", "Those were the
// words of NAME", "The message from NAME was ...", "The words came from NAME" (within its first eight
// tokens, in the same paragraph); or no_index.
Index AttributionBuilder::named_after_quote(const QuoteInfo& qi) const {
  constexpr Index max_formula_tokens = 8;
  const Index s = t_.sentence(qi.open);
  if (qi.close == 0 || t_.sentence(qi.close - 1) != s || qi.close < t_.sentence_end(s) ||
      s + 2 >= a_.sentence_first_token.size()) {
    return no_index;
  }
  const Index nb = t_.sentence_begin(s + 1);
  const Index ne = t_.sentence_end(s + 1);
  if (nb >= ne || t_.paragraph(nb) != t_.paragraph(qi.open) || t_.in_quote(nb)) return no_index;
  if (nb + 2 < ne && t_.is_lower_word(nb, "so") && (t_.is_lower_word(nb + 1, "says") || t_.is_lower_word(nb + 1, "said"))) {
    return outer_start_[nb + 2];
  }
  for (Index k = nb + 1; k + 2 < ne && k < nb + max_formula_tokens; ++k) {
    if (!t_.is_word(k)) continue;
    // "... of NAME", "... from NAME", "... came from NAME"
    Index at = k + 1;
    if (t_.is_lower_word(at, "came") && at + 1 < ne) ++at;
    if (!(t_.is_lower_word(at, "of") || t_.is_lower_word(at, "from")) || at + 1 >= ne) continue;
    const std::string_view w = t_.key(k);
    if (w == "verdict" || w == "words" || w == "view" || w == "message" || w == "assessment" || w == "warning") {
      return outer_start_[at + 1];
    }
  }
  return no_index;
}

// The person opening sentence s, a short one with no quotation ("Deirdre shrugs.",
// "She put her fork down."), or no_index.
bool AttributionBuilder::opens_paragraph(Index k) const {
  return k == 0 || t_.paragraph(k - 1) != t_.paragraph(k);
}

Index AttributionBuilder::action_subject(Index s) const {
  constexpr Index max_action_tokens = 12;
  const Index sb = t_.sentence_begin(s);
  const Index se = t_.sentence_end(s);
  if (se > sb + max_action_tokens) return no_index;
  for (Index k = sb; k < se; ++k) {
    if (t_.in_quote(k) || is_quote_mark(k)) return no_index;
  }
  const Index m = outer_start_[sb];
  if (m == no_index) return no_index;
  const Mention& mm = a_.doc->mentions[m];
  if (mm.type != MentionType::name && mm.type != MentionType::pronoun) return no_index;
  if (mm.entity >= a_.doc->entities.size() || a_.doc->entities[mm.entity].type != EntityType::person) {
    return no_index;
  }
  return m;
}

// The subject of "X was asked ..." in sentence s, or no_index.
Index AttributionBuilder::asked_subject(Index s) const {
  const Index sb = t_.sentence_begin(s);
  const Index se = std::min(t_.sentence_end(s), sb + asked_window);
  for (Index k = sb + 2; k < se; ++k) {
    if (!t_.is_lower_word(k, "asked") || t_.in_quote(k)) continue;
    if (!t_.is_lower_word(k - 1, "was") && !t_.is_lower_word(k - 1, "were")) return no_index;
    return outer_end_[k - 2];
  }
  return no_index;
}

// `Asked whether ..., Harlan was blunt. "No."`, `Pressed on ..., she laughed.`: the
// subject after a sentence's opening "asked/pressed" clause, or no_index.
Index AttributionBuilder::participle_answer_subject(Index s) const {
  const Index sb = t_.sentence_begin(s);
  if (!is_question_participle(sb)) return no_index;
  const Index se = std::min(t_.sentence_end(s), sb + participle_window);
  for (Index k = sb + 1; k + 1 < se; ++k) {
    if (t_.in_quote(k)) return no_index;
    if (!t_.is(k, ',') || outer_start_[k + 1] == no_index) continue;
    const Index m = outer_start_[k + 1];
    const Index after = mentions_[m].last;
    // The subject of the main clause: a verb follows it ("Harlan was blunt").
    if (after < se && t_.is_word(after) && !t_.is(after, ',')) return m;
  }
  return no_index;
}

// A name, a description, or a pronoun the mention stage resolved to a person ("In
// September she posted a photo with a caption that read: ...").
bool AttributionBuilder::subject_may_speak(Index m) const {
  const Mention& mm = a_.doc->mentions[m];
  if (mm.type != MentionType::pronoun) return true;
  return mm.entity < a_.doc->entities.size() && a_.doc->entities[mm.entity].type == EntityType::person;
}

// The first token of the clause that token `before` stands in, from sentence start sb:
// after the last ";" or ", but" (", while", ", whereas") outside quotations, looking
// back a bounded number of tokens ("'Yes,' said Ann Cole, but Beth Ryan disagreed: ...").
Index AttributionBuilder::clause_begin(Index sb, Index before) const {
  constexpr Index max_look_back = 40;
  for (Index k = before; k > sb && k + max_look_back > before; --k) {
    const Index p = k - 1;
    if (t_.in_quote(p)) continue;
    if (t_.is(p, ';')) return k;
    if (t_.is(p, ',') && k < before && t_.is_word(k)) {
      const std::string_view w = t_.key(k);
      if (w == "but" || w == "while" || w == "whereas") return k + 1;
    }
    // "Kagawa double sinks Rovers as Moreno hails 'perfect' reaction": a clause that a
    // conjunction opens with a mention as its subject.
    if (k < before && outer_start_[k] != no_index && t_.is_word(p) &&
        (t_.is_lower_word(p, "as") || t_.is_lower_word(p, "while") || t_.is_lower_word(p, "after") ||
         t_.is_lower_word(p, "because") || t_.is_lower_word(p, "but"))) {
      return k;
    }
  }
  return sb;
}

// A quotation inside a sentence with no cue: the subject of the sentence, when the
// quotation has a few words or stands in the headline.
void AttributionBuilder::attribute_by_subject(Index q) {
  const QuoteInfo& qi = quotes_[q];
  const Index s = t_.sentence(qi.open);
  const Index m = sentence_subject(clause_begin(t_.sentence_begin(s), qi.open), qi.open);
  if (m == no_index || !subject_may_speak(m)) return;
  const bool headline = s == 0 && t_.paragraph(qi.open) == 0;
  const bool wordy = qi.content_last > qi.content_first + 1;
  if (!wordy && !headline) return;
  Draft tmp;
  set_source(tmp, m);
  add_quote_draft(q, std::move(tmp.rec.source),
                  headline ? rules::headline_subject : rules::sentence_subject,
                  headline ? 0.6F : 0.55F);
}

// `Brandt called the bill "an attack on the countryside"`, `he described the outlook as
// "murky at best"`: a quoted verdict after a verb of judging is the subject's words.
void AttributionBuilder::attribute_evaluation(Index q) {
  const QuoteInfo& qi = quotes_[q];
  // One word: only when the quotation stage judged it speech (a verdict), not a scare quote.
  if (qi.content_last < qi.content_first + (qi.speech ? 1 : 2)) return;
  const Index sb = t_.sentence_begin(t_.sentence(qi.open));
  const Index stop = qi.open > sb + evaluation_window ? qi.open - evaluation_window : sb;
  for (Index v = qi.open; v-- > stop;) {
    if (!t_.is_word(v) || t_.in_quote(v)) return;
    const std::string_view w = t_.key(v);
    // "accused her of a "stealth tax"", "accused the government of acting "far too late"".
    const bool naming = w == "called" || w == "branded" || w == "labelled" || w == "labeled" ||
                        w == "dubbed" || w == "termed" || (w == "accused" && word_between(v, qi.open, "of"));
    const bool judging = w == "described" || w == "dismissed" || w == "denounced" ||
                         w == "hailed" || w == "praised" || w == "condemned";
    // "It blamed 'significantly weaker' demand", "criticised the 'shambolic' rollout".
    const bool crediting = w == "blamed" || w == "criticised" || w == "criticized" || w == "cited";
    if (!naming && !judging && !crediting) continue;
    // "a film called "X"": a name, not a verdict; but "in what Ana Ruiz called "X"" and "a
    // rule she called "X"" are.
    if (naming && v + 1 >= qi.open && !verdict_naming(v, sb)) return;
    // "described the decision as "obvious"", "as a "disgrace"".
    if (judging && !word_between(qi.open > v + 2 ? qi.open - 2 : v, qi.open, "as")) return;
    Index subject_end = v - 1;  // "X has called": the subject ends before the auxiliary
    if (v > sb + 1 && t_.is_word(v - 1) && is_aux_word(t_.key(v - 1))) subject_end = v - 2;
    // "Aas, a former economist, has called": mention_before steps over the apposition.
    Index m = v > sb ? mention_before(subject_end, sb) : no_index;
    if (m == no_index || t_.in_quote(mentions_[m].first)) return;
    m = head_of_phrase(m, sb);  // "Ilse Navarro of Westmark called ..."
    if (m == no_index) return;
    Draft tmp;
    set_source(tmp, m);
    add_quote_draft(q, std::move(tmp.rec.source), rules::sentence_subject, 0.55F);
    return;
  }
}

// Flattened: the small helpers it calls per token or quotation are inlined into it.
[[gnu::flatten]] void AttributionBuilder::attribute_quotes() {
  if (quotes_.empty()) return;  // (said_ is read for quotations only)
  sentence_sources();
  const std::vector<Index>& said = said_;
  Conversation conv;
  for (Index q = 0; q < quotes_.size(); ++q) {
    QuoteInfo& qi = quotes_[q];
    if (a_.doc->quotations[q].parent || qi.open >= t_.size()) continue;
    if (qi.used) {
      note_speaker(conv, qi);
      conv.question_open = false;
      continue;
    }
    if (qi.cued_speech) attribute_evaluation(q);
    if (qi.used || !qi.speech) {
      if (qi.used) note_speaker(conv, qi);
      continue;
    }
    if (quote_only_sentence(qi) || intro_then_quote(qi)) {
      attribute_alone(q, conv, said);
    } else {
      attribute_by_subject(q);
    }
    if (qi.used) note_speaker(conv, qi);
  }
}

// A quotation inside a quotation: `"She told me, 'Never again,' and left," he said.`
// The speaker named with a cue next to it, inside the outer quotation.
void AttributionBuilder::attribute_nested() {
  for (Index q = 0; q < quotes_.size(); ++q) {
    QuoteInfo& qi = quotes_[q];
    const Quotation& rq = a_.doc->quotations[q];
    if (!rq.parent || qi.used || !qi.speech || qi.open == 0) continue;
    const QuoteInfo& outer = quotes_[*rq.parent];
    const Index lo = std::max(outer.content_first, qi.open > 8 ? qi.open - 8 : Index{0});
    Index source = no_index;
    std::optional<CueMatch> cue;
    for (Index k = qi.open; k-- > lo && source == no_index;) {
      auto m = tagged_cue(t_, k);
      if (!m || k == 0 || m->last > qi.open) continue;
      cue = m;
      source = outer_end_[k - 1];
    }
    if (source == no_index) continue;
    Draft tmp;
    set_source(tmp, source);
    add_quote_draft(q, std::move(tmp.rec.source), rules::nested_quote, 0.7F);
    Draft& d = drafts_.back();
    d.rec.cue = Cue{ByteSpan{t_.tok(cue->first).span.start, t_.tok(cue->last - 1).span.end},
                    cue->entry->lemma, cue->entry->cue_class};
    d.cue_first = cue->first;
    d.cue_last = cue->last;
  }
}

// "— Name (@handle) Month D, YYYY" after a paragraph of post text.
// Tokens before the author in a post's signature line: 1 for "— Name (@handle) date",
// 4 for "A post shared by Name (@handle)"; 0 when sentence b is no signature.
Index AttributionBuilder::signature_lead(Index b, Index se) const {
  const std::string_view lead = t_.text(b);
  if (is_dash_text(lead)) return 1;
  if ((lead[0] | 0x20) != 'a') return 0;  // tokens are non-empty; "a" or "A" ("A's") opens
  if (b + 4 < se && t_.is_word(b) && t_.key(b) == "a" && t_.is_lower_word(b + 1, "post") &&
      t_.is_lower_word(b + 2, "shared") && t_.is_lower_word(b + 3, "by")) {
    return 4;
  }
  return 0;
}

// "— Ana María de la Cruz Torres (@anacruz) ...", "— ryan (@ryan_k) ...": when no name
// opens the signature, its "(@handle)", with the name before it when there is one.
Index AttributionBuilder::signature_handle(Index from, Index se) const {
  constexpr Index signature_window = 12;
  for (Index k = from + 1; k + 1 < se && k < from + signature_window; ++k) {
    if (!t_.is(k, '(') || !t_.is(k + 1, '@')) continue;
    if (outer_end_[k - 1] != no_index) return outer_end_[k - 1];
    return outer_start_[k + 1];
  }
  return no_index;
}

// Flattened: the small helpers it calls per token or quotation are inlined into it.
[[gnu::flatten]] void AttributionBuilder::attribute_embeds() {
  const Index n = t_.size();
  for (Index s = 1; s + 1 < a_.sentence_first_token.size(); ++s) {
    const Index b = t_.sentence_begin(s);
    if (b >= n || b == 0) continue;
    const Index lead = signature_lead(b, t_.sentence_end(s));
    if (lead == 0) continue;
    const Index p = t_.paragraph(b);
    if (p == 0 || t_.paragraph(b - 1) != p - 1) continue;
    Index m = no_index;
    for (Index k = b + lead; k < t_.sentence_end(s) && k < b + lead + 3; ++k) {
      if (outer_start_[k] != no_index) {
        m = outer_start_[k];
        break;
      }
    }
    if (m == no_index) m = signature_handle(b + lead, t_.sentence_end(s));
    if (m == no_index) continue;
    // The post: the paragraph before, without a trailing picture link.
    const ByteSpan para = a_.doc->paragraphs[p - 1];
    Index first = token_at_or_after(para.start);
    Index last = b;
    while (last > first + 1 && last + 16 > b) {
      const std::string_view tx = t_.text(last - 1);
      const bool link_part = tx == "/" || tx == "." || tx == "pic" || tx == "twitter" ||
                             tx == "com" || !t_.tok(last - 1).has(space_before);
      if (!link_part) break;
      if (t_.tok(last - 1).has(space_before)) {
        --last;
        break;
      }
      --last;
    }
    const std::string_view tail = slice(a_.text, ByteSpan{t_.tok(last).span.start, t_.tok(b - 1).span.end});
    if (tail.find('/') == std::string_view::npos) last = b;
    if (first >= last || t_.in_quote(first)) continue;
    Draft d;
    d.rec.kind = AttributionKind::direct;
    d.rec.quote_marks = false;
    set_source(d, m);
    add_content(d, ByteSpan{t_.tok(first).span.start, t_.tok(last - 1).span.end});
    d.rec.rule_id = rules::embed;
    d.rec.confidence = 0.9F;
    d.content_first = first;
    d.content_last = last;
    drafts_.push_back(std::move(d));
  }
}

// An attribution whose cue lies inside another's content is nested in it (positions
// in content order: those of the attributions).
void AttributionBuilder::set_parents() {
  const Index n = static_cast<Index>(drafts_.size());
  for (Index i = 0; i < n; ++i) {
    Draft& inner = in_order(i);
    if (inner.cue_first == no_index) continue;
    const Index lo = i > nesting_window ? i - nesting_window : 0;
    for (Index j = i; j-- > lo;) {
      const Draft& outer = in_order(j);
      if (outer.content_first <= inner.cue_first && inner.cue_last <= outer.content_last) {
        inner.rec.parent = j;
        break;
      }
    }
  }
}

namespace {

// Keeps each quoted span inside the content: a quotation that runs past the end of the
// reported clause (an unclosed mark, a closing period outside the content) is cut to the
// content span it overlaps. A mixed record left with no quoted part becomes indirect.
// True when each quoted span meets exactly one content span and lies inside it: the
// clipping below would rebuild the same list (nearly always: no allocation then).
bool quoted_within_content(const Attribution& rec) {
  for (const ByteSpan q : rec.quoted) {
    int meets = 0;
    bool inside = false;
    for (const ByteSpan c : rec.content) {
      if (std::max(q.start, c.start) >= std::min(q.end, c.end)) continue;
      ++meets;
      inside = c.start <= q.start && q.end <= c.end;
    }
    if (meets != 1 || !inside) return false;
  }
  return true;
}

void clip_quoted_to_content(Attribution& rec) {
  if (quoted_within_content(rec)) {
    if (rec.kind == AttributionKind::mixed && rec.quoted.empty()) rec.kind = AttributionKind::indirect;
    return;
  }
  std::vector<ByteSpan> kept;
  for (const ByteSpan q : rec.quoted) {
    for (const ByteSpan c : rec.content) {
      const ByteSpan cut{std::max(q.start, c.start), std::min(q.end, c.end)};
      if (cut.start < cut.end) kept.push_back(cut);
    }
  }
  rec.quoted = std::move(kept);
  if (rec.kind == AttributionKind::mixed && rec.quoted.empty()) {
    rec.kind = AttributionKind::indirect;
  }
}

}  // namespace

// The drafts in content order, equal ones in the order they were made (a stable sort).
// Drafts are nearly always made in order already; when they are not, a sort of
// (content_first, draft) keys gives the order, which in_order() reads: no draft moves.
void AttributionBuilder::sort_drafts() {
  const auto by_content = [](const Draft& x, const Draft& y) {
    return x.content_first < y.content_first;
  };
  draft_order_.clear();
  if (std::is_sorted(drafts_.begin(), drafts_.end(), by_content)) return;
  for (Index i = 0; i < drafts_.size(); ++i) {
    draft_order_.push_back((std::uint64_t{drafts_[i].content_first} << 32) | i);
  }
  std::sort(draft_order_.begin(), draft_order_.end());
}

Draft& AttributionBuilder::in_order(Index i) {
  if (draft_order_.empty()) return drafts_[i];
  return drafts_[static_cast<Index>(draft_order_[i] & 0xFFFFFFFFU)];
}

// Flattened: the small helpers it calls per token or quotation are inlined into it.
[[gnu::flatten]] void AttributionBuilder::emit() {
  sort_drafts();
  set_parents();
  Document& doc = *a_.doc;
  for (Index i = 0; i < drafts_.size(); ++i) {
    Draft& d = in_order(i);
    if (d.content_first < t_.size()) d.rec.first_sentence = t_.sentence(d.content_first);
    if (d.content_last > 0 && d.content_last - 1 < t_.size()) {
      d.rec.last_sentence = t_.sentence(d.content_last - 1);
    }
    for (Index q : d.quotes) {
      doc.quotations[q].attribution = static_cast<Index>(doc.attributions.size());
      if (doc.quotations[q].role == QuoteRole::unknown || doc.quotations[q].role == QuoteRole::scare) {
        doc.quotations[q].role = QuoteRole::speech;
      }
    }
    clip_quoted_to_content(d.rec);
    doc.attributions.push_back(std::move(d.rec));
  }
}

// Visits the tagged cue tokens (Analysis::cue_tokens) sentence by sentence, skipping
// those inside a form already taken ("has told": not "told" again).
void AttributionBuilder::process_cues() {
  const std::vector<Index>& cues = a_.cue_tokens;
  const Index sentences = static_cast<Index>(a_.sentence_first_token.size() - 1);
  std::size_t c = 0;
  for (Index s = 0; s < sentences; ++s) {
    const Index sb = t_.sentence_begin(s);
    const Index se = t_.sentence_end(s);
    last_sentence_draft_ = no_index;
    Index resume = sb;
    for (; c < cues.size() && cues[c] < se; ++c) {
      if (cues[c] < resume) continue;
      if (auto hit = cue_at(cues[c], sb, se)) {
        process_cue(*hit, sb, se);
        resume = hit->m.last;
      }
    }
  }
}

void AttributionBuilder::run() {
  if (a_.doc == nullptr || a_.sentence_first_token.empty()) return;
  index_mentions();
  index_quotes();
  if (!quotes_.empty()) index_sentences();  // (read for quotations only)
  process_cues();
  attribute_quotes();
  attribute_nested();
  attribute_embeds();
  attribute_interview();
  emit();
}

}  // namespace sayso::inline v0::detail
