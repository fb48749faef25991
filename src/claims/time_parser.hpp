// TimeParser: finds time expressions in a run of tokens: dates ("January 12, 2025",
// "Jan. 28", "in 2026"), relative times ("on Tuesday", "last summer", "next week",
// "over the weekend", "2:15 a.m.") and durations ("for three years", "over the past
// decade").
#ifndef SAYSO_SRC_CLAIMS_TIME_PARSER_HPP
#define SAYSO_SRC_CLAIMS_TIME_PARSER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claims/token_table.hpp"

namespace sayso::inline v0::detail {

/// A time expression found at tokens [first, end).
struct FoundTime {
  TimeExpression time;
  Index first = 0;
  Index end = 0;
  bool blocks = false;  ///< Its figures are dates or clock times, not quantities.
};

/// Stateless over a TokenTable; cheap to construct.
class TimeParser {
 public:
  explicit TimeParser(const TokenTable& table) : t_(table) {}

  /// Appends the time expressions of tokens [begin, end) to `out` and sets `blocked[i]`
  /// for the tokens of dates and clock times (so that "2025" is not read as a
  /// quantity). `blocked` has one entry per token of the table. Linear.
  void parse(Index begin, Index end, std::vector<FoundTime>& out,
             std::vector<std::uint8_t>& blocked) const;

 private:
  std::optional<FoundTime> parse_at(Index i, Index floor, Index end) const;
  std::optional<FoundTime> month_date(Index month, Index first, Index floor, Index end,
                                      int day) const;
  std::optional<FoundTime> day_first(Index i, Index floor, Index end) const;
  std::optional<FoundTime> year(Index i, Index floor, Index end) const;
  std::optional<FoundTime> weekday(Index i, Index end) const;
  std::optional<FoundTime> relative(Index i, Index floor, Index end) const;
  std::optional<FoundTime> clock(Index i, Index end) const;
  std::optional<FoundTime> duration(Index i, Index end) const;
  std::optional<FoundTime> decade(Index i) const;
  std::optional<FoundTime> bare_duration(Index i, Index end) const;
  std::optional<FoundTime> named(Index i, Index end) const;
  std::optional<FoundTime> life_stage(Index i, Index floor) const;
  std::optional<FoundTime> since_name(Index i, Index end) const;
  [[nodiscard]] bool short_decade(Index i) const;
  [[nodiscard]] Index extend_left(Index first, Index floor) const;
  [[nodiscard]] bool has_role(Index i, TimeRole role) const;
  [[nodiscard]] std::optional<int> integer(Index i, bool allow_ordinal) const;
  [[nodiscard]] std::optional<int> year_number(Index i) const;
  [[nodiscard]] std::optional<double> count(Index i, Index end, Index& next) const;

  const TokenTable& t_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_TIME_PARSER_HPP
