#include "quotes/quote_roles.hpp"

#include <string_view>

#include "lexicon/word_list.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr std::uint32_t max_short_words = 3;  // scare quotes, nicknames, headline words
constexpr Index verb_window = 3;              // tokens after the closing mark searched
constexpr Index clause_window = 30;           // tokens of the sentence before the opening
constexpr Index cue_window = 2;               // tokens searched for a title cue

constexpr std::string_view determiner_list[] = {"the", "a", "an", "its", "his", "her",
                                                "their", "our", "this", "that"};
constexpr WordList determiners(determiner_list);

// Words that follow a quotation as its predicate, not as a noun it modifies.
constexpr std::string_view verb_list[] = {
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "would", "will",
    "could", "can", "may", "might", "should", "must", "did", "does", "do", "and", "or",
    "but", "nor", "which", "who", "that", "as", "than", "then", "so", "not", "also"};
constexpr WordList verb_words(verb_list);

constexpr Index verdict_window = 6;  // tokens from the verb to the opening mark
constexpr std::string_view naming_verb_list[] = {"called", "dubbed", "branded", "labelled",
                                                 "labeled", "termed"};
constexpr WordList naming_verbs(naming_verb_list);
constexpr std::string_view judging_verb_list[] = {"described", "dismissed", "denounced",
                                                  "hailed", "praised", "condemned",
                                                  "characterised", "characterized"};
constexpr WordList judging_verbs(judging_verb_list);
constexpr Index mark_lookback = 4;            // nested closing marks skipped at the end

std::string_view token_text(const Analysis& a, Index t) { return slice(a.text, a.tokens[t].span); }

bool is_speech_punct(std::string_view t) noexcept {
  if (t.empty()) return false;
  switch (t.front()) {
    case ',': case '.': case ';': case ':': case '!': case '?':
      return true;
    default:
      return t == "\xE2\x80\xA6";  // …
  }
}

bool is_mark_token(const Analysis& a, Index t) {
  const Token& tok = a.tokens[t];
  if (tok.kind != TokenKind::punct || tok.span.start >= a.text.size()) return false;
  const CodePoint cp = decode_utf8(a.text, tok.span.start);
  return cp.length == tok.span.size() && mark_glyph(cp.value).has_value();
}

bool is_wordlike(const Token& t) noexcept {
  return t.kind == TokenKind::word || t.kind == TokenKind::number;
}

bool is_capitalised(const Token& t) noexcept {
  return t.kind == TokenKind::word && (t.has(capitalized) || t.has(all_upper));
}

Index paragraph_of(const Analysis& a, Index t) {
  const Index s = a.tokens[t].sentence;
  return s < a.sentence_paragraph.size() ? a.sentence_paragraph[s] : s;
}

bool same_sentence(const Analysis& a, Index x, Index y) {
  return a.tokens[x].sentence == a.tokens[y].sentence;
}

// The content's tokens: strictly inside the marks (up to the paragraph end if open).
struct TokenRange {
  Index lo = 0;
  Index hi = 0;  // one past the last
};

TokenRange content_tokens(const QuotePair& p) {
  const Index lo = p.open_token + 1;
  const Index hi = p.open ? p.last_token + 1 : p.last_token;
  return TokenRange{lo, hi < lo ? lo : hi};
}

// Whether the content ends with speech punctuation, looking past the closing marks of
// nested quotations ("... 'Never again,'").
bool ends_with_speech_punct(const Analysis& a, TokenRange r) {
  for (Index t = r.hi, steps = 0; t > r.lo && steps < mark_lookback; --t, ++steps) {
    if (is_mark_token(a, t - 1)) continue;
    return is_speech_punct(token_text(a, t - 1));
  }
  return false;
}

bool is_sentence_start(const Analysis& a, Index t) {
  const Index s = a.tokens[t].sentence;
  if (s >= a.sentence_first_token.size()) return a.tokens[t].has(sentence_start);
  const Index first = a.sentence_first_token[s];
  if (t == first) return true;
  // Only an opening bracket or another mark before it: ("Yes," ...) or "'Yes,'..."
  return t == first + 1 && a.tokens[first].kind == TokenKind::punct;
}

}  // namespace

Result<QuoteLexicon> QuoteLexicon::load(const ExtractorOptions& options) {
  QuoteLexicon lex;
  auto rows = load_lexicon("quote_roles");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (row.size() < 2 || row[0].empty()) {
      return Error{ErrorCode::invalid_lexicon, "quote_roles: a line needs word<TAB>class"};
    }
    if (row[1] == "elision") {
      lex.elisions.add(row[0]);
    } else if (row[1] == "title_cue") {
      lex.title_cues.add(row[0]);
    } else if (row[1] == "function") {
      lex.function_words.add(row[0]);
    } else if (row[1] == "determiner") {
      lex.determiners.add(row[0]);
    } else {
      return Error{ErrorCode::invalid_lexicon,
                   "quote_roles: unknown class '" + std::string(row[1]) + "'"};
    }
  }
  if (auto ok = lex.reporting_verbs.add_lexicon("reporting_verbs"); !ok) return ok.error();
  for (const std::string& line : options.reporting_verbs) {
    const std::string_view form = std::string_view(line).substr(0, line.find('\t'));
    if (!form.empty()) lex.reporting_verbs.add(form);
  }
  return lex;
}

namespace {

// Short, without speech punctuation: a scare quote, nickname or headline word may be.
bool short_plain(const QuoteFeatures& f) noexcept {
  return f.words <= max_short_words && !f.ends_with_speech_punct && !f.inner_speech_punct;
}

}  // namespace

// Every rule but the two "speech" ones needs a short plain or a title-cased content
// without inner punctuation.
bool surroundings_matter(const QuoteFeatures& f) noexcept {
  return f.words > 0 && !f.inner_speech_punct && (!f.ends_with_speech_punct || f.title_cased);
}

QuoteRole decide_quote_role(const QuoteFeatures& f) noexcept {
  if (f.words == 0) return QuoteRole::unknown;
  const bool plain = short_plain(f);
  const bool speech_context = f.colon_or_comma_before || f.comma_after || f.reporting_verb_near;
  const bool mid_sentence_plain = !f.at_sentence_start && !speech_context;
  if (f.title_cased && f.title_cue_before && !f.inner_speech_punct) return QuoteRole::title;
  if (f.in_headline && f.words <= max_short_words) return QuoteRole::speech;
  if (plain && f.between_name_parts && !f.in_headline) return QuoteRole::nickname;
  if (!f.in_headline && f.title_cased && f.words >= 2 && !f.ends_with_speech_punct &&
      !f.inner_speech_punct && mid_sentence_plain) {
    return QuoteRole::title;
  }
  if (f.verdict && !f.modifies_noun && !f.in_headline && !f.title_cased) return QuoteRole::speech;
  if (!plain && f.modifies_noun && !f.in_headline && !f.ends_with_speech_punct &&
      !f.inner_speech_punct) {
    return QuoteRole::nickname;  // a longer label: `the "work till you drop" reform`
  }
  if (plain && mid_sentence_plain) return QuoteRole::scare;
  return QuoteRole::speech;
}

QuoteFeatures QuoteFeatureReader::read(const Analysis& analysis, const QuotePair& pair,
                                       bool in_headline) const {
  QuoteFeatures f;
  f.in_headline = in_headline;
  read_content(analysis, pair, f, false);
  read_surroundings(analysis, pair, f);
  return f;
}

// Flattened: the small helpers it calls per token or quotation are inlined into it.
[[gnu::flatten]] QuoteRole QuoteFeatureReader::role(const Analysis& analysis, const QuotePair& pair,
                                   bool in_headline) const {
  QuoteFeatures f;
  f.in_headline = in_headline;
  if (read_content(analysis, pair, f, true)) return QuoteRole::speech;
  if (surroundings_matter(f)) read_surroundings(analysis, pair, f);
  return decide_quote_role(f);
}

// With `settle`, the scan stops as soon as the content is speech whatever its other
// tokens and its surroundings are: a word, not title-cased, and speech punctuation at
// the end or inside. Then surroundings_matter() is false and every rule of
// decide_quote_role() but the two "speech" ones needs a short plain or title-cased
// content, so the role is speech (most quotations in news text, settled within a few
// tokens instead of all of them).
bool QuoteFeatureReader::read_content(const Analysis& a, const QuotePair& pair,
                                      QuoteFeatures& f, bool settle) const {
  const TokenRange r = content_tokens(pair);
  f.ends_with_speech_punct = ends_with_speech_punct(a, r);
  std::uint32_t punct = 0;
  bool title_cased = true;
  for (Index t = r.lo; t < r.hi; ++t) {
    const Token& tok = a.tokens[t];
    if (tok.kind == TokenKind::punct) {
      if (is_speech_punct(token_text(a, t))) {
        ++punct;
        if (settle && !title_cased) return true;  // inner punctuation after a word
      }
      continue;
    }
    if (!is_wordlike(tok)) continue;
    const bool first = f.words == 0;
    ++f.words;
    if (!title_cased || tok.kind == TokenKind::number || is_capitalised(tok)) continue;
    // Looked up only while the content may still be title-cased: once a lower-case
    // word settles it, a long quotation costs no hash lookup per word.
    if (first || !lexicon_->function_words.contains(token_text(a, t))) {
      title_cased = false;
      if (settle && (f.ends_with_speech_punct || punct > 0)) return true;
    }
  }
  f.inner_speech_punct = punct > (f.ends_with_speech_punct ? 1U : 0U);
  f.title_cased = title_cased && f.words > 0;
  return false;
}

bool QuoteFeatureReader::reporting_verb_within(const Analysis& a, Index from, Index to,
                                               Index paragraph_lo, Index paragraph_hi) const {
  for (Index t = from; t <= to && t < a.tokens.size(); ++t) {
    if (a.tokens[t].kind != TokenKind::word) continue;
    const Index p = paragraph_of(a, t);
    if (p < paragraph_lo || p > paragraph_hi) continue;
    if (!lexicon_->reporting_verbs.contains(token_text(a, t))) continue;
    const bool noun = t > 0 && lexicon_->determiners.contains(token_text(a, t - 1));
    if (!noun) return true;
  }
  return false;
}

void QuoteFeatureReader::read_surroundings(const Analysis& a, const QuotePair& pair,
                                           QuoteFeatures& f) const {
  const Index o = pair.open_token;
  const Index c = pair.last_token;
  const Index para_open = paragraph_of(a, o);
  const Index para_close = paragraph_of(a, c);
  const bool has_before = o > 0 && paragraph_of(a, o - 1) == para_open;
  const bool has_after = !pair.open && c + 1 < a.tokens.size() && paragraph_of(a, c + 1) == para_close;

  f.at_sentence_start = is_sentence_start(a, o);
  if (has_before) {
    const std::string_view prev = token_text(a, o - 1);
    f.colon_or_comma_before = prev == ":" || prev == ",";
  }
  f.comma_after = has_after && token_text(a, c + 1) == ",";
  // Earlier in the sentence: a partial quote inside reported speech ("said the plan
  // was 'dead'"). At o == 0 the window is the mark itself, not a word.
  Index from = o >= clause_window ? o - clause_window : 0;
  while (from < o && !same_sentence(a, from, o)) ++from;
  const bool verb_before =
      reporting_verb_within(a, from, o == 0 ? 0 : o - 1, para_open, para_open);
  const bool verb_after =
      has_after && reporting_verb_within(a, c + 1, c + verb_window, para_close, para_close);
  f.reporting_verb_near = verb_before || verb_after;

  for (Index back = 1; back <= cue_window && back <= o; ++back) {
    const Index t = o - back;
    if (!same_sentence(a, t, o)) break;
    if (a.tokens[t].kind == TokenKind::word &&
        lexicon_->title_cues.contains(token_text(a, t))) {
      f.title_cue_before = true;
    }
  }

  const auto name_part = [&](Index t) {
    return is_capitalised(a.tokens[t]) && same_sentence(a, t, o) &&
           !lexicon_->function_words.contains(token_text(a, t));
  };
  f.between_name_parts = has_before && has_after && a.tokens[o].has(space_before) &&
                         a.tokens[c + 1].has(space_before) && name_part(o - 1) &&
                         name_part(c + 1);
  f.verdict = has_before && is_verdict(a, o);
  f.modifies_noun = has_before && has_after && same_sentence(a, c + 1, o) &&
                    determiners.contains(slice(a.folded, a.tokens[o - 1].span)) &&
                    noun_like(a, c + 1);
}

// `called the plan "..."`, `has branded it "..."`, `described the talks as "..."`,
// `accused the mayor of "..."`: the words before the opening mark o (same sentence,
// no punctuation, at most verdict_window) run back to a verb of naming with an object
// between, or to a verb of judging or accusing before "as" or "of".
bool QuoteFeatureReader::is_verdict(const Analysis& a, Index o) const {
  const std::string_view last = slice(a.folded, a.tokens[o - 1].span);
  const Index stop = o > verdict_window ? o - verdict_window : 0;
  for (Index k = o - 1; k-- > stop;) {
    if (a.tokens[k].kind != TokenKind::word || !same_sentence(a, k, o)) return false;
    const std::string_view w = slice(a.folded, a.tokens[k].span);
    if (naming_verbs.contains(w)) return last != "as" && last != "of";
    if (judging_verbs.contains(w)) return last == "as";
    if (w == "accused") return last == "of";
  }
  return false;
}

// A lower-case word that is no function word, auxiliary or reporting form: what a
// quotation used as a label may modify ("reform", "campaign", "bill").
bool QuoteFeatureReader::noun_like(const Analysis& a, Index t) const {
  const Token& tok = a.tokens[t];
  if (tok.kind != TokenKind::word || is_capitalised(tok) || a.token_cue[t] != nullptr) return false;
  const std::string_view w = token_text(a, t);
  return !lexicon_->function_words.contains(w) && !verb_words.contains(w);
}

}  // namespace sayso::inline v0::detail
