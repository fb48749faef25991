// QuoteFinder: finds pairs of quotation marks and gives each a role; fills
// doc.quotations and Analysis::token_quotation.
//
// The stage works in three steps, each in its own file:
//  - quote_marks:   which tokens are quotation marks, and whether each opens, closes or
//                   is an apostrophe (don't, the ’90s, rock ’n’ roll, the players' union);
//  - quote_pairing: pairing the marks with a depth-capped stack, multi-paragraph quotes,
//                   recovery from stray and reversed marks;
//  - quote_roles:   speech, scare quotes, titles, nicknames (rules listed there).
// Everything is linear in the number of tokens; nothing recurses.
#ifndef SAYSO_SRC_QUOTES_QUOTE_FINDER_HPP
#define SAYSO_SRC_QUOTES_QUOTE_FINDER_HPP

#include <memory>
#include <vector>

#include "core/analysis.hpp"
#include "quotes/quote_pairing.hpp"
#include "quotes/quote_roles.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// Finds pairs of quotation marks and gives each a role; fills doc.quotations (in text
/// order of their opening marks, nested ones with their parent) and
/// Analysis::token_quotation (the innermost quotation holding each token, marks
/// included; empty when there is no quotation). Immutable after create(); run() is
/// safe from many threads at once.
class QuoteFinder {
 public:
  /// Loads this stage's lexicons (quote_roles.txt, reporting_verbs.txt).
  static Result<QuoteFinder> create(const ExtractorOptions& options);

  /// Runs the stage over `analysis`, reading the paragraphs, sentences and tokens.
  Result<void> run(Analysis& analysis) const;

 private:
  explicit QuoteFinder(std::shared_ptr<const QuoteLexicon> lexicon)
      : lexicon_(std::move(lexicon)) {}

  /// The quotation marks among the tokens, in text order, into `marks`: those of
  /// `a.quote_like_tokens` (as the tokenizer lists them) that read as marks.
  void find_marks(const Analysis& a, Index paragraph_count, std::vector<Mark>& marks) const;
  void assign_roles(Analysis& a, const std::vector<QuotePair>& pairs,
                    const ParagraphLayout& layout) const;

  std::shared_ptr<const QuoteLexicon> lexicon_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_QUOTES_QUOTE_FINDER_HPP
