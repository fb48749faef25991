// TimeParser: finds time expressions in a run of tokens: dates ("January 12, 2025",
// "Jan. 28", "in 2026", "2025-11-03"), relative times ("on Tuesday", "last summer",
// "next week", "over the weekend", "2:15 a.m.", "days after", "since the pandemic",
// "on Boxing Day") and durations ("for three years", "over the past decade", "for
// several hours").
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
  std::optional<FoundTime> number_at(Index i, Index floor, Index end) const;
  std::optional<FoundTime> unit_word(Index i, Index floor, Index end) const;
  [[nodiscard]] bool may_open(Index i) const;
  [[nodiscard]] Index extend_left(Index first, Index floor) const;

  // Dates and clock times: "March 3, 2024", "14 February", "in 2026", "the 1990s",
  // "2025-11-03", "2024/25", "2:15 a.m.", "at two in the morning".
  std::optional<FoundTime> month_date(Index month, Index first, Index floor, Index end,
                                      int day) const;
  std::optional<FoundTime> day_first(Index i, Index floor, Index end) const;
  std::optional<FoundTime> year(Index i, Index floor, Index end) const;
  std::optional<FoundTime> iso_or_season(Index i, Index end, int year) const;
  std::optional<FoundTime> slash_season(Index i) const;
  std::optional<FoundTime> slash_date(Index i) const;
  std::optional<FoundTime> decade(Index i) const;
  std::optional<FoundTime> clock(Index i, Index end) const;
  std::optional<FoundTime> spoken_clock(Index i, Index floor, Index end) const;

  // Relative times: "on Tuesday", "last summer", "the first week", "at night",
  // "their third week", "on Boxing Day", "year to date", "shortly after".
  std::optional<FoundTime> weekday(Index i, Index floor, Index end) const;
  std::optional<FoundTime> relative(Index i, Index floor, Index end) const;
  std::optional<FoundTime> ordinal_period(Index i, Index end) const;
  std::optional<FoundTime> owned_ordinal(Index i, Index floor) const;
  std::optional<FoundTime> bare_period(Index i, Index floor, Index end) const;
  std::optional<FoundTime> named(Index i, Index end) const;
  std::optional<FoundTime> named_day(Index i, Index floor, Index end) const;
  std::optional<FoundTime> to_date(Index i, Index end) const;
  std::optional<FoundTime> time_of(Index i, Index floor) const;
  std::optional<FoundTime> soon_after(Index i, Index end) const;

  // Durations: "for three years", "two and a half years", "for several hours",
  // "days after", "over the years".
  std::optional<FoundTime> duration(Index i, Index floor, Index end) const;
  std::optional<FoundTime> bare_duration(Index i, Index end) const;
  std::optional<FoundTime> for_long(Index i, Index end) const;
  std::optional<FoundTime> bare_units(Index i, Index floor, Index end) const;

  // Named periods and events ("stage" words of the lexicon): "in childhood", "over
  // Christmas", "since the pandemic", "by the end of the year", "in the wake of the
  // storm", "since she was 16", "since Madrid".
  std::optional<FoundTime> stage(Index i, Index floor, Index end) const;
  std::optional<FoundTime> life_stage(Index i, Index floor, Index end) const;
  std::optional<FoundTime> age_of(Index i, Index floor, Index end) const;
  std::optional<FoundTime> youth(Index i, Index floor) const;
  std::optional<FoundTime> holiday(Index i, Index floor, Index end) const;
  std::optional<FoundTime> event(Index i, Index floor, Index end) const;
  std::optional<FoundTime> of_continuation(FoundTime f, Index end) const;
  std::optional<FoundTime> event_lead(Index i, Index floor, Index end) const;
  std::optional<FoundTime> since_clause(Index i, Index end) const;
  std::optional<FoundTime> since_name(Index i, Index end) const;

  // Token tests and counts.
  [[nodiscard]] bool has_role(Index i, TimeRole role) const;
  [[nodiscard]] bool has_any_role(Index i, std::uint16_t roles) const;
  [[nodiscard]] bool time_after_the(Index i, Index end) const;
  [[nodiscard]] bool no_time_after_opener(Index i, Index end) const;
  [[nodiscard]] bool may_follow_for(Index k, Index end) const;
  [[nodiscard]] bool time_word_after_anchor(Index i, Index end) const;
  [[nodiscard]] bool is_holiday(Index i) const;
  /// What the stage word at `i` names (StageKind::life for any other word).
  [[nodiscard]] StageKind stage_kind_at(Index i) const;
  [[nodiscard]] bool is_period_modifier(Index k) const;
  [[nodiscard]] bool period_after_the(Index i, Index end, Index& period) const;
  [[nodiscard]] bool short_decade(Index i) const;
  /// "February and March", "the year to March": the month at `month` closes a span.
  [[nodiscard]] bool closes_span(Index month) const;
  [[nodiscard]] bool adjacent(Index a, Index b) const;
  [[nodiscard]] bool plain_figure(Index i, Index end) const;
  [[nodiscard]] bool bare_count(Index i, Index end) const;
  [[nodiscard]] bool compound_after(Index k, Index end) const;
  [[nodiscard]] Index vague_count_start(Index unit, Index floor) const;
  [[nodiscard]] std::optional<int> integer(Index i, bool allow_ordinal) const;
  [[nodiscard]] std::optional<int> year_number(Index i) const;
  [[nodiscard]] std::optional<double> count(Index i, Index end, Index& next) const;
  [[nodiscard]] std::optional<double> small_count(Index i, Index end, Index& next) const;

  const TokenTable& t_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_TIME_PARSER_HPP
