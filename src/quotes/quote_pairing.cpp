#include "quotes/quote_pairing.hpp"

#include <array>

#include "core/analysis.hpp"

namespace sayso::inline v0::detail {
namespace {

std::size_t family_slot(MarkFamily f) noexcept { return static_cast<std::size_t>(f); }

// For each weak closing mark: true when a clear closing mark of its family follows in
// the same paragraph before any opening mark of that family, so the weak one is an
// apostrophe. One backward pass.
void weak_marks_to_skip(const std::vector<Mark>& marks, std::vector<bool>& skip) {
  skip.assign(marks.size(), false);
  std::array<Index, mark_family_count> next_close{};
  std::array<Index, mark_family_count> next_open{};
  next_close.fill(no_index);
  next_open.fill(no_index);
  Index paragraph = no_index;
  for (std::size_t k = marks.size(); k-- > 0;) {
    const Mark& m = marks[k];
    if (m.paragraph != paragraph) {
      next_close.fill(no_index);
      next_open.fill(no_index);
      paragraph = m.paragraph;
    }
    const std::size_t f = family_slot(m.glyph.family);
    if (m.reading.weak_close) {
      skip[k] = next_close[f] != no_index && next_close[f] < next_open[f];
    } else if (m.reading.direction == MarkDirection::close) {
      next_close[f] = static_cast<Index>(k);
    }
    if (m.reading.direction == MarkDirection::open) next_open[f] = static_cast<Index>(k);
  }
}

// The pairing pass; see quote_pairing.hpp for the rules. Each opening mark taken onto
// the stack reserves the next slot of pairs_, filled if the mark is paired and dropped
// at the end otherwise: the pairs come out in text order of their opening marks
// without sorting.
class MarkPairer {
 public:
  MarkPairer(const std::vector<Mark>& marks, const ParagraphLayout& layout,
             const std::vector<Token>& tokens, const std::vector<bool>& skip,
             std::vector<QuotePair>& pairs)
      : marks_(marks), layout_(layout), tokens_(tokens), skip_(skip), pairs_(pairs) {}

  void run() {
    pairs_.clear();
    for (std::size_t k = 0; k < marks_.size(); ++k) {
      const Index i = static_cast<Index>(k);
      if (marks_[i].paragraph != paragraph_) {
        if (paragraph_ != no_index) end_paragraph(i);
        paragraph_ = marks_[i].paragraph;
      }
      if (i == absorbed_) continue;  // the opening mark of a continued paragraph
      on_mark(i);
    }
    if (paragraph_ != no_index) end_paragraph(static_cast<Index>(marks_.size()));
    std::erase_if(pairs_, [](const QuotePair& p) { return p.last_token == no_index; });
  }

 private:
  struct Entry {
    Index mark = 0;
    Index slot = 0;             // its place in pairs_
    bool clear_opener = false;  // opened by context or glyph, not by an "either" guess
    bool continued = false;     // runs on from an earlier paragraph
  };

  void on_mark(Index i) {
    const Mark& m = marks_[i];
    switch (m.reading.direction) {
      case MarkDirection::open:
        push(i, true);
        break;
      case MarkDirection::close:
        if (m.reading.weak_close && skip_[i]) break;
        close_nearest(i);
        break;
      case MarkDirection::either:
        if (!close_nearest(i)) push(i, false);
        break;
    }
  }

  void push(Index i, bool clear) {
    if (depth_ == max_quote_depth) return;  // too deep: ignored
    QuotePair unpaired;
    unpaired.last_token = no_index;
    stack_[depth_++] = Entry{i, static_cast<Index>(pairs_.size()), clear, false};
    pairs_.push_back(unpaired);
  }

  // Closes the nearest pending mark of the family of mark `i`; drops those above it.
  bool close_nearest(Index i) {
    const MarkFamily family = marks_[i].glyph.family;
    for (std::size_t d = depth_; d-- > 0;) {
      if (marks_[stack_[d].mark].glyph.family != family) continue;
      emit_closed(stack_[d], i);
      depth_ = d;
      return true;
    }
    return false;
  }

  // Ends paragraph paragraph_; `next` is the first mark of a later paragraph (or the
  // mark count at the end).
  void end_paragraph(Index next) {
    const bool continues = depth_ > 0 && continues_into(stack_[0], next);
    const std::size_t keep = continues ? 1 : 0;
    while (depth_ > keep) emit_unclosed(stack_[--depth_]);
    if (continues) {
      stack_[0].continued = true;
      absorbed_ = next;
    }
  }

  // A pending quotation runs on when the next paragraph starts with an opening mark of
  // its family.
  bool continues_into(const Entry& e, Index next) const {
    if (next >= marks_.size() || !e.clear_opener) return false;
    const Mark& n = marks_[next];
    const Index para = paragraph_ + 1;
    return n.paragraph == para && para < layout_.first_token.size() &&
           n.token == layout_.first_token[para] &&
           n.glyph.family == marks_[e.mark].glyph.family &&
           n.reading.direction != MarkDirection::close;
  }

  void emit_closed(const Entry& e, Index close) {
    const Mark& o = marks_[e.mark];
    const Mark& c = marks_[close];
    QuotePair p;
    p.open_token = o.token;
    p.last_token = c.token;
    p.span = ByteSpan{o.span.start, c.span.end};
    p.content = ByteSpan{o.span.end, c.span.start};
    p.kind = o.glyph.kind;
    pairs_[e.slot] = p;
  }

  // An opening mark still pending at the end of paragraph paragraph_.
  void emit_unclosed(const Entry& e) {
    const Mark& o = marks_[e.mark];
    if (!unclosed_counts(e)) return;
    const Index para_end = paragraph_ + 1 < layout_.first_token.size()
                               ? layout_.first_token[paragraph_ + 1]
                               : static_cast<Index>(tokens_.size());
    if (para_end == 0 || para_end - 1 <= o.token) return;  // nothing after the mark
    const Index last = para_end - 1;
    QuotePair p;
    p.open_token = o.token;
    p.last_token = last;
    p.span = ByteSpan{o.span.start, tokens_[last].span.end};
    p.content = ByteSpan{o.span.end, tokens_[last].span.end};
    p.kind = o.glyph.kind;
    p.open = true;
    pairs_[e.slot] = p;
  }

  // Whether a never-closed opening mark makes a quotation at all. Straight marks in an
  // ambiguous context are strays; single marks that may be apostrophes (' ’) count only
  // at a paragraph start or in a multi-paragraph run.
  bool unclosed_counts(const Entry& e) const {
    if (!e.clear_opener) return false;
    const Mark& o = marks_[e.mark];
    if (o.glyph.family != MarkFamily::single_mark || e.continued) return true;
    if (o.code != U'\'' && o.code != 0x2019) return true;
    return o.paragraph < layout_.first_token.size() &&
           layout_.first_token[o.paragraph] == o.token;
  }

  const std::vector<Mark>& marks_;
  const ParagraphLayout& layout_;
  const std::vector<Token>& tokens_;
  const std::vector<bool>& skip_;
  std::vector<QuotePair>& pairs_;
  std::array<Entry, max_quote_depth> stack_{};
  std::size_t depth_ = 0;
  Index paragraph_ = no_index;
  Index absorbed_ = no_index;
};

}  // namespace

// Flattened: the small helpers it calls per token or quotation are inlined into it.
[[gnu::flatten]] void pair_marks(const std::vector<Mark>& marks, const ParagraphLayout& layout,
                const std::vector<Token>& tokens, PairingScratch& scratch,
                std::vector<QuotePair>& pairs) {
  weak_marks_to_skip(marks, scratch.skip);
  MarkPairer(marks, layout, tokens, scratch.skip, pairs).run();
}

}  // namespace sayso::inline v0::detail
