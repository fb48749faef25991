// QuantityParser: finds figures in a run of tokens: "some 300", "around 2,700",
// "$4.5 billion", "between £350 and £400", "almost a third", "up to 44%", with value,
// range, relation, approximator, unit and the counted noun.
#ifndef SAYSO_SRC_CLAIMS_QUANTITY_PARSER_HPP
#define SAYSO_SRC_CLAIMS_QUANTITY_PARSER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/token_table.hpp"

namespace sayso::inline v0::detail {

/// A quantity found at tokens [first, end), with the tokens of its approximator.
struct FoundQuantity {
  Quantity quantity;
  Index first = 0;
  Index end = 0;
  Index approximator_first = 0;  ///< Equal to approximator_end when there is none.
  Index approximator_end = 0;
};

/// Stateless over a TokenTable; cheap to construct.
class QuantityParser {
 public:
  explicit QuantityParser(const TokenTable& table) : t_(table) {}

  /// Appends the quantities of tokens [begin, end) to `out`. Tokens with a non-zero
  /// `blocked[i]` (dates and clock times) are not read as figures. Linear.
  void parse(Index begin, Index end, const std::vector<std::uint8_t>& blocked,
             std::vector<FoundQuantity>& out) const;

 private:
  struct Amount {
    double value = 0.0;
    /// A literal or a lexicon entry's value (both outlive the parse): copied once, into
    /// the quantity kept.
    std::string_view unit;
    Index end = 0;
    bool lone_word = false;  ///< A single bare number word such as "one".
    bool vague = false;      ///< "hundreds of", "tens of thousands of": more than the value.
    double scale = 1.0;      ///< The scale of its last figure ("million", glued "bn": 1e6, 1e9), 1 with none.
  };
  /// "10-15 million", "between 1.5 and 2 billion": the low end takes the high end's scale
  /// when it has none of its own.
  static double scaled_low(const Amount& low, const Amount& high);

  bool opens_at(Index i, Index end, EntryMatch& approx) const;
  /// "Dh10,000": the number at i (after a comma) continues a figure glued to letters.
  [[nodiscard]] bool glued_group(Index i) const;
  /// "minus 15", "-15C": a sign before the figure just read into q (none before `begin`).
  void read_sign(Index begin, FoundQuantity& q) const;
  bool read_at(Index i, Index end, const EntryMatch& approx,
               const std::vector<std::uint8_t>& blocked, FoundQuantity& q) const;
  [[nodiscard]] bool no_amount_word(Index k, Index end) const;
  std::optional<Amount> parse_amount(Index i, Index end, bool after_approximator) const;
  std::optional<Amount> parse_digits(Index i, std::string_view currency) const;
  [[nodiscard]] const std::string* glued_unit(std::string_view form) const;
  /// "km" then "/h" glued at `slash` ("165km/h", "90 km/h"): the rate unit the lexicon has
  /// for form + "/" + the word, with `end` moved past that word; else nullptr.
  [[nodiscard]] const std::string* rate_unit(std::string_view form, Index slash, Index& end) const;
  void read_ratio(Amount& a, Index end) const;
  /// "half a percentage point": a fraction `a` of one percentage point takes its unit.
  void read_unit_fraction(Amount& a, Index end) const;
  std::optional<Amount> parse_words(Index i, Index end, bool after_approximator) const;
  Index parse_scale(Index i, Index end, double& value) const;
  Index parse_unit(Index i, Index end, std::string_view& unit) const;
  /// The counted noun after a figure ending at i, as written (a view of the text).
  std::string_view measured_noun(Index i, Index end) const;
  bool parse_range(Index i, Index end, FoundQuantity& q) const;
  bool dash_range(Index j, const Amount& low, Index end, FoundQuantity& q) const;
  /// "rose by 50,000 to 1.5 million": low ("to") high, the figure at j on, is a change
  /// and a level.
  [[nodiscard]] bool change_to(Index j, const Amount& low, const Amount& high) const;
  /// "anywhere from", "ranges from": the "from" at `from` opens a spread, not a change.
  [[nodiscard]] bool spread_from(Index from) const;
  bool ratio(const Amount& part, Index end, FoundQuantity& q) const;
  std::optional<Amount> vague_count(Index i, Index end) const;
  std::optional<Amount> fraction_of_scale(Index i, Index end) const;
  std::optional<Amount> article_amount(Index i, Index end, bool after_approximator) const;
  std::string_view prefix_currency(Index k, Index end, Index& next) const;

  const TokenTable& t_;
};



}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_QUANTITY_PARSER_HPP
