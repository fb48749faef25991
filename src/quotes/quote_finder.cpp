#include "quotes/quote_finder.hpp"

#include <algorithm>
#include <utility>

#include "core/huge_pages.hpp"
#include "core/scratch.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

// The segmenter emits sentences in text order, so their paragraphs never decrease: the
// last sentence's is the largest (not a pass over every sentence's).
Index paragraph_count(const Analysis& a) {
  std::size_t n = a.doc->paragraphs.size();
  if (!a.sentence_paragraph.empty()) {
    n = std::max<std::size_t>(n, std::size_t{a.sentence_paragraph.back()} + 1);
  }
  return static_cast<Index>(n);
}

// decode_utf8() without its call for an ASCII byte: the straight marks, most candidates.
CodePoint decode_mark(std::string_view text, std::uint32_t at) noexcept {
  const auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80U) return CodePoint{char32_t{b}, 1, true};
  return decode_utf8(text, at);
}

// The paragraph of token t, clamped to [0, count).
Index token_paragraph(const Analysis& a, Index t, Index count) {
  const Index s = a.tokens[t].sentence;
  const Index p = s < a.sentence_paragraph.size() ? a.sentence_paragraph[s] : count - 1;
  return std::min(p, count - 1);
}

// The stage's working memory, kept per thread across calls (see core/scratch.hpp).
struct QuoteScratch {
  ParagraphLayout layout;
  std::vector<Mark> marks;
  PairingScratch pairing;
  std::vector<QuotePair> pairs;
};

// Each paragraph's first token, in one pass over the sentences: as their paragraphs
// never decrease, a paragraph's first token is its first sentence's, and a paragraph
// without sentences takes the next one's (the token count after the last). A table
// whose paragraphs do decrease still gets a non-decreasing layout.
void layout_of(const Analysis& a, Index count, ParagraphLayout& layout) {
  layout.first_token.resize(std::size_t{count} + 1);
  Index* const first = layout.first_token.data();
  const std::size_t sentences =
      std::min(a.sentence_paragraph.size(),
               a.sentence_first_token.empty() ? 0 : a.sentence_first_token.size() - 1);
  std::size_t next = 0;  // the first paragraph not set yet
  for (std::size_t s = 0; s < sentences; ++s) {
    const std::size_t p = std::min(a.sentence_paragraph[s], count - 1);
    for (; next <= p; ++next) first[next] = a.sentence_first_token[s];
  }
  for (; next <= count; ++next) first[next] = static_cast<Index>(a.tokens.size());
}

// A headline: the first of several paragraphs, one sentence, no final period
// (phenomenon 21).
bool first_paragraph_is_headline(const Analysis& a, const ParagraphLayout& layout) {
  if (layout.first_token.size() < 3) return false;  // a single paragraph
  const Index first = layout.first_token[0];
  const Index end = layout.first_token[1];
  if (end <= first) return false;
  if (a.tokens[first].sentence != a.tokens[end - 1].sentence) return false;
  return slice(a.text, a.tokens[end - 1].span) != ".";
}

// Quotations in text order of their opening marks, with their nesting parents.
void build_quotations(Document& doc, const std::vector<QuotePair>& pairs) {
  doc.quotations.clear();
  doc.quotations.reserve(pairs.size());
  std::vector<Index> enclosing;  // at most max_quote_depth deep: pairs nest properly
  for (const QuotePair& p : pairs) {
    Quotation q;
    q.span = p.span;
    q.content = p.content;
    q.marks = p.kind;
    q.open = p.open;
    while (!enclosing.empty() && !doc.quotations[enclosing.back()].span.contains(p.span)) {
      enclosing.pop_back();
    }
    if (!enclosing.empty()) q.parent = enclosing.back();
    enclosing.push_back(static_cast<Index>(doc.quotations.size()));
    doc.quotations.push_back(q);
  }
}

// Each token gets the innermost quotation holding it: inner quotations come later in
// text order and overwrite. Each token is written at most max_quote_depth times.
void mark_tokens(std::vector<Index>& token_quotation, std::size_t token_count,
                 const std::vector<QuotePair>& pairs) {
  fill_table(token_quotation, token_count, no_index);
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const Index last = std::min<Index>(pairs[i].last_token, static_cast<Index>(token_count) - 1);
    for (Index t = pairs[i].open_token; t <= last; ++t) {
      token_quotation[t] = static_cast<Index>(i);
    }
  }
}

}  // namespace

Result<QuoteFinder> QuoteFinder::create(const ExtractorOptions& options) {
  auto lexicon = QuoteLexicon::load(options);
  if (!lexicon) return lexicon.error();
  return QuoteFinder(std::make_shared<const QuoteLexicon>(std::move(*lexicon)));
}

void QuoteFinder::find_marks(const Analysis& a, Index paragraph_count,
                             std::vector<Mark>& marks) const {
  marks.clear();
  // The tokenizer listed the candidates: no pass over the text or the token array.
  for (const Index k : a.quote_like_tokens) {
    const Token& tok = a.tokens[k];
    const CodePoint cp = decode_mark(a.text, tok.span.start);
    if (cp.length != tok.span.size()) continue;
    const std::optional<MarkGlyph> glyph = mark_glyph(cp.value);
    if (!glyph) continue;
    const bool touching_word = k + 1 < a.tokens.size() &&
                               a.tokens[k + 1].kind == TokenKind::word &&
                               a.tokens[k + 1].span.start == tok.span.end;
    const bool elided = glyph->apostrophe_like && touching_word &&
                        lexicon_->elisions.contains(slice(a.text, a.tokens[k + 1].span));
    const MarkReading reading = read_mark(a.text, tok.span, *glyph, elided);
    if (reading.apostrophe) continue;
    const auto t = static_cast<Index>(k);
    marks.push_back(Mark{t, tok.span, token_paragraph(a, t, paragraph_count), cp.value, *glyph,
                         reading});
  }
}

void QuoteFinder::assign_roles(Analysis& a, const std::vector<QuotePair>& pairs,
                               const ParagraphLayout& layout) const {
  const QuoteFeatureReader reader(lexicon_);
  const bool headline = first_paragraph_is_headline(a, layout);
  const Index headline_end = layout.first_token.size() > 1 ? layout.first_token[1] : 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const bool in_headline = headline && pairs[i].open_token < headline_end;
    a.doc->quotations[i].role = reader.role(a, pairs[i], in_headline);
  }
}

Result<void> QuoteFinder::run(Analysis& analysis) const {
  // Without a quotation the table is empty (Analysis::token_quotation): no pass
  // writing, and later none reading, four bytes per token of no_index.
  analysis.doc->quotations.clear();
  const Index paragraphs = paragraph_count(analysis);
  if (analysis.tokens.empty() || paragraphs == 0) {
    analysis.token_quotation.clear();
    return {};
  }
  QuoteScratch& scratch = thread_scratch<QuoteScratch>();
  find_marks(analysis, paragraphs, scratch.marks);
  // Most documents hold no quotation mark (their apostrophes aside): nothing to pair.
  if (scratch.marks.empty()) {
    analysis.token_quotation.clear();
    return {};
  }
  layout_of(analysis, paragraphs, scratch.layout);
  pair_marks(scratch.marks, scratch.layout, analysis.tokens, scratch.pairing, scratch.pairs);
  build_quotations(*analysis.doc, scratch.pairs);
  if (scratch.pairs.empty()) {
    analysis.token_quotation.clear();
  } else {
    mark_tokens(analysis.token_quotation, analysis.tokens.size(), scratch.pairs);
  }
  assign_roles(analysis, scratch.pairs, scratch.layout);
  return {};
}

}  // namespace sayso::inline v0::detail
