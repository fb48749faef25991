// ClaimRun: one pass of the claim stage over one document. Finds the claim regions
// (attribution contents minus nested attributions, and the writer's own checkable
// sentences), splits coordinated statements, and fills each claim's quantities, times,
// hedges, negations, type, polarity and entities.
#ifndef SAYSO_SRC_CLAIMS_CLAIM_RUN_HPP
#define SAYSO_SRC_CLAIMS_CLAIM_RUN_HPP

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/cue_finder.hpp"
#include "claims/quantity_parser.hpp"
#include "claims/time_parser.hpp"
#include "claims/token_table.hpp"
#include "core/analysis.hpp"

namespace sayso::inline v0::detail {

/// Everything found in one run of tokens.
struct Features {
  std::vector<FoundQuantity> quantities;
  std::vector<FoundTime> times;
  std::vector<FoundHedge> hedges;
  std::vector<FoundNegation> negations;
  CueBits cues = 0;

  /// True when the run states something checkable or qualified.
  [[nodiscard]] bool any_signal() const noexcept;
  /// The items lying wholly inside tokens [begin, end) (and the cues) into `out`,
  /// reusing its buffers.
  void subset_into(Index begin, Index end, Features& out) const;
  /// Empties every list, keeping their buffers.
  void clear() noexcept {
    quantities.clear();
    times.clear();
    hedges.clear();
    negations.clear();
    cues = 0;
  }
};

/// A half-open token range.
using TokenRange = std::pair<Index, Index>;

/// Items the words around an attribution's cue add to each of its claims.
struct FrameFeatures {
  std::vector<Hedge> hedges;
  std::vector<TimeExpression> times;
  std::vector<Negation> negations;
  bool negative = false;

  /// Empties every list, keeping their buffers.
  void clear() noexcept {
    hedges.clear();
    times.clear();
    negations.clear();
    negative = false;
  }
};

/// A stretch of reported content kept as a claim (before coordination splitting),
/// with hedges taken from an epistemic frame it lost ("it believes that").
struct Piece {
  TokenRange range;
  Features features;
  std::vector<FoundHedge> extra;
};

/// Buffers a claim pass reuses from document to document (one per thread), so that
/// the pass allocates little beyond the claims it writes.
struct ClaimScratch {
  TokenTable table;
  std::vector<std::uint8_t> blocked;
  /// Tokens inside any attribution's content, then eight zero bytes (next_byte()).
  /// Filled for a document with attributions only (nothing else reads it).
  std::vector<std::uint8_t> in_content;
  /// Tokens inside any attribution's content or cue, then eight zero bytes (next_byte()).
  /// Filled for a document with attributions only (only their sentences read it).
  std::vector<std::uint8_t> covered;
  std::vector<std::uint8_t> sentence_touched;
  std::vector<TokenRange> content_marks;  ///< mark_content: the content spans' tokens.
  std::vector<TokenRange> cue_marks;      ///< mark_content: the cues' tokens.
  std::vector<std::int32_t> sentences_opened;  ///< mark_content: touched ranges open at each.
  /// mark_content, per attribution: the tokens of its last content span, and the first
  /// token of its cue (no_index without one).
  std::vector<TokenRange> own_content;
  std::vector<Index> cue_token;
  /// mark_content, per attribution: the first sentence it touches (no_index for none).
  std::vector<Index> first_sentence;
  Features features;                     ///< The features of a writer's sentence or stretch.
  Features subset;                       ///< The part of `features` a claim keeps.
  std::vector<Piece> pieces;             ///< claims_for_range: the pieces kept (a prefix).
  std::vector<TokenRange> sentence_ranges;  ///< claims_for_range: a range cut at sentences.
  std::vector<TokenRange> parts;         ///< emit_split: a piece's coordinated statements.
  std::vector<Index> word_counts;        ///< emit_split: split_coordinated_into's scratch.
  std::vector<TokenRange> content;       ///< An attribution's content ranges.
  std::vector<ByteSpan> cuts;            ///< content_ranges: what nested attributions take.
  std::vector<ByteSpan> spans;           ///< content_ranges: the content spans in order.
  FrameFeatures frame;                   ///< attribution_claims: the frame of the attribution.
  std::vector<FoundTime> frame_times;    ///< scan_frame: the items of one stretch.
  std::vector<FoundHedge> frame_hedges;
  std::vector<FoundNegation> frame_negations;
  std::vector<Index> claim_order;        ///< sort_claims: the claims' indices in text order.
  std::vector<ByteSpan> approximators;   ///< emit: the approximators of a claim's figures.
  std::vector<Index> about;              ///< fill_about: a claim's entities.
  std::vector<std::vector<Index>> children;  ///< nesting: each attribution's nested ones.
  std::vector<std::uint8_t> has_parent;  ///< nesting: attributions with a parentId.
  std::vector<ByteSpan> outer;           ///< nesting: each attribution's outer content.
  std::vector<Index> order;              ///< nesting: attributions by outer content.
  std::vector<Index> parent_of;          ///< run: each attribution's enclosing one, or no_index.
};

/// One claim-stage pass. Not thread-safe; construct one per document.
class ClaimRun {
 public:
  ClaimRun(const ClaimLexicon& lexicon, Analysis& analysis, ClaimScratch& scratch);

  /// Fills analysis.doc->claims.
  void run();

  /// Exposed for tests: all features of tokens [begin, end).
  Features analyse(Index begin, Index end);
  /// analyse() into `out`, reusing its buffers.
  void analyse_into(Index begin, Index end, Features& out);
  /// Exposed for tests: the parts of [begin, end) that are separate statements, each
  /// with its own figure ("some 300 killed ..., and around 2,700 injured").
  [[nodiscard]] std::vector<TokenRange> split_coordinated(Index begin, Index end,
                                                          const Features& f) const;
  [[nodiscard]] const TokenTable& table() const noexcept { return table_; }
  /// split_coordinated() into `out`, with `words` as scratch.
  void split_coordinated_into(Index begin, Index end, const Features& f,
                              std::vector<TokenRange>& out, std::vector<Index>& words) const;

 private:
  std::uint8_t figures_into(Index begin, Index end, Features& f);
  void cues_into(Index begin, Index end, std::uint8_t opens, Features& f) const;
  void mark_content();
  void sort_claims();
  /// The attributions nested in each attribution (held in scratch_.children).
  const std::vector<std::vector<Index>>& nesting();
  void attribution_claims(Index a, const std::vector<std::vector<Index>>& children);
  void writer_claims();
  /// The sentences writer_claims() reads.
  [[nodiscard]] std::size_t writer_sentences() const;
  /// writer_claims() of sentence s.
  void writer_sentence(std::size_t s);
  /// The attributions' claims, then writer_claims(), made sentence by sentence.
  void claims_by_sentence(const std::vector<std::vector<Index>>& children);
  [[nodiscard]] bool age_apposition(const FoundQuantity& q) const;
  void residual_claims(TokenRange sentence);
  /// residual_claims: false when stretch r holds no figure (with `f` as scratch).
  bool may_hold_figure(TokenRange r, Features& f);
  /// residual_claims: figures_into() after may_hold_figure() held.
  std::uint8_t dated_figures_into(TokenRange r, Features& f);
  /// ", although neither side mentioned it": a stretch outside every content that opens
  /// with a concession, which reported content stops before (the writer's own clause).
  [[nodiscard]] bool writer_concession(TokenRange r) const;
  [[nodiscard]] TokenRange drop_source_tail(TokenRange r, const Features& f) const;
  [[nodiscard]] TokenRange with_approximator(TokenRange r) const;
  /// Fills scratch_.content with the ranges of attribution a's own content.
  void content_ranges(Index a, const std::vector<Index>& children);
  void claims_for_range(TokenRange range, Index a, Index min_words);
  void sentence_pieces(TokenRange range, std::vector<TokenRange>& pieces) const;
  Piece& piece_slot(std::size_t k) {
    if (scratch_.pieces.size() <= k) scratch_.pieces.resize(k + 1);
    return scratch_.pieces[k];
  }
  void emit_split(const Piece& piece, Index a);
  /// The frame of attribution a (held in scratch_.frame).
  const FrameFeatures& frame_features(Index a);
  void cue_hedge(const Attribution& at, std::vector<Hedge>& out) const;
  [[nodiscard]] bool unnamed_source(const Attribution& at) const;
  void scan_frame(TokenRange r, Index cue, FrameFeatures& out);
  void emit(TokenRange range, const Features& f, std::optional<Index> attribution,
            std::string_view rule, const std::vector<FoundHedge>& extra_hedges);
  [[nodiscard]] TokenRange trim(TokenRange r, bool attributed) const;
  [[nodiscard]] bool odd_quote_marks(TokenRange r) const;
  [[nodiscard]] std::optional<FoundHedge> strip_epistemic_frame(TokenRange& r) const;
  [[nodiscard]] bool mostly_quoted(TokenRange r) const;
  [[nodiscard]] bool in_speech_quote(Index i) const;
  [[nodiscard]] bool has_words(TokenRange r, Index n) const;
  /// A writer's statement of two words, one in lower case, and a figure: "Shares fell
  /// 4%.", "It cost $5m." (not "10:30 AM Ana", not "1) 2) 3)").
  [[nodiscard]] bool short_statement(TokenRange r) const;
  [[nodiscard]] ClaimType claim_type(const Features& f, bool attributed) const;
  void fill_about(Claim& c, TokenRange r);

  Analysis& a_;
  Document& doc_;
  ClaimScratch& scratch_;
  TokenTable& table_;
  QuantityParser quantities_;
  TimeParser times_;
  CueFinder cues_;
  std::vector<std::uint8_t>& blocked_;
  std::vector<std::uint8_t>& in_content_;
  std::vector<std::uint8_t>& covered_;
  std::vector<std::uint8_t>& sentence_touched_;
  std::vector<Index>& parent_of_;  // enclosing attribution of each, or no_index
  bool by_sentence_ = false;       // mark_content: claims_by_sentence() may run
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_CLAIM_RUN_HPP
