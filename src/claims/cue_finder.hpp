// CueFinder: hedges ("may", "reportedly", "is believed to"), negations ("did not",
// "never", "neither ... nor", "denied") and claim-type cues ("will", "because",
// "higher than", "law") in a run of tokens.
#ifndef SAYSO_SRC_CLAIMS_CUE_FINDER_HPP
#define SAYSO_SRC_CLAIMS_CUE_FINDER_HPP

#include <cstdint>
#include <vector>

#include "claims/token_table.hpp"

namespace sayso::inline v0::detail {

/// A negation found at tokens [first, end).
struct FoundNegation {
  Negation negation;
  NegationKind kind = NegationKind::verbal;
  Index first = 0;
  Index end = 0;
};

/// A hedge found at tokens [first, end).
struct FoundHedge {
  Hedge hedge;
  Index first = 0;
  Index end = 0;
};

/// Bit flags of the claim-type cues present (1 << CueType).
using CueBits = std::uint32_t;

/// Stateless over a TokenTable; cheap to construct.
class CueFinder {
 public:
  explicit CueFinder(const TokenTable& table) : t_(table) {}

  /// Appends the hedges of tokens [begin, end). Linear.
  void hedges(Index begin, Index end, std::vector<FoundHedge>& out) const;
  /// Appends the negations of tokens [begin, end). Linear (the look-ahead for "nor"
  /// is bounded).
  void negations(Index begin, Index end, std::vector<FoundNegation>& out) const;
  /// The claim-type cues of tokens [begin, end). Linear.
  [[nodiscard]] CueBits cues(Index begin, Index end) const;
  /// The first clause opener ("that", "which", "if", ...) in [begin, end), or `end`.
  /// A negation before it stands in the main clause.
  [[nodiscard]] Index first_clause_opener(Index begin, Index end) const;

 private:
  bool negation_at(Index i, Index end, Index& nor_used, FoundNegation& n) const;
  [[nodiscard]] bool is_auxiliary(Index i) const;
  [[nodiscard]] bool scheduled(const EntryMatch& m) const;

  const TokenTable& t_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_CUE_FINDER_HPP
