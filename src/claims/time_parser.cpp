#include "claims/time_parser.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "claims/quantity_parser.hpp"

namespace sayso::inline v0::detail {
namespace {

// A time expression of `type` over tokens [first, end), span and value to be filled.
FoundTime found(Index first, Index end, TimeType type) {
  FoundTime f;
  f.first = first;
  f.end = end;
  f.time.type = type;
  return f;
}

constexpr int min_year = 1800;
constexpr int max_year = 2199;
constexpr Index max_count_words = 3;
constexpr std::size_t min_weekday_name = 6;  // "monday"; shorter names are abbreviations

// Two digits of 0-99 (the value taken modulo 100).
void put_two_digits(char* out, int v) {
  const int x = ((v % 100) + 100) % 100;
  out[0] = static_cast<char>('0' + x / 10);
  out[1] = static_cast<char>('0' + x % 10);
}

// "T14:05" (written by hand: snprintf costs more than the rest of the rule)
std::string iso_clock(int hour, int minute) {
  std::string out = "T00:00";
  put_two_digits(out.data() + 1, hour);
  put_two_digits(out.data() + 4, minute);
  return out;
}

// "2025-01-12", "2025-01", or empty without a year.
std::string iso_date(int year, int month, int day) {
  if (year == 0) return {};
  char buf[24];
  if (day != 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month % 100, day % 100);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month % 100);
  }
  return buf;
}

// "P3Y", "PT4H", "P30Y" for three decades; empty when the count or the unit ("-", as
// for "a generation") is unknown.
std::string iso_duration(std::optional<double> n, std::string_view unit) {
  if (!n || *n <= 0.0 || unit.empty() || unit == "-") return {};
  double amount = *n;
  bool clock = false;
  if (unit.front() == 'T') {
    clock = true;
    unit.remove_prefix(1);
  }
  std::size_t digits = 0;
  while (digits < unit.size() && unit[digits] >= '0' && unit[digits] <= '9') ++digits;
  if (digits > 0) {
    int factor = 1;
    std::from_chars(unit.data(), unit.data() + digits, factor);
    amount *= factor;
    unit.remove_prefix(digits);
  }
  std::string number;
  if (amount == std::floor(amount)) {
    number = std::to_string(static_cast<long long>(amount));
  } else {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", amount);
    number = buf;
  }
  std::string out(clock ? "PT" : "P");
  out.append(number);
  out.append(unit);
  return out;
}

bool is_plural_unit(std::string_view w) { return w.size() > 3 && w.back() == 's'; }

// The last word of an approximator before "a decade", "an hour": "nearly", "more than".
bool ends_approximator(std::string_view w) {
  return w == "nearly" || w == "almost" || w == "about" || w == "around" || w == "roughly" ||
         w == "than" || w == "least" || w == "under" || w == "over" || w == "just" ||
         w == "some" || w == "approximately";
}

// Words after "since" that name an event rather than a time: "since Labour took office"
// is still a time, but "since I" and "since The" are not names.
bool is_clause_word(std::string_view w) {
  return w == "i" || w == "the" || w == "a" || w == "an" || w == "it" || w == "he" ||
         w == "she" || w == "we" || w == "they" || w == "this" || w == "that";
}

bool dotted_clock(std::string_view raw, bool meridiem_next) {
  const std::size_t dot = raw.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 2 || raw.size() < dot + 3) return false;
  const std::string_view rest = raw.substr(dot + 3);
  const bool glued = rest == "am" || rest == "pm" || rest == "AM" || rest == "PM";
  return glued || (rest.empty() && meridiem_next);
}

bool is_abbreviation(std::string_view lower) {
  return lower.size() <= 4 && lower != "june" && lower != "july" && lower != "may";
}

// Prepositions that may lead another: "until after the recess", "since before the war".
bool is_stacking_prep(std::string_view w) {
  return w == "until" || w == "till" || w == "since" || w == "from";
}

// Prepositions that make an event a time: "since the pandemic", "until after the recess".
bool is_temporal_prep(std::string_view w) {
  return w == "since" || w == "before" || w == "after" || w == "until" || w == "till" ||
         w == "during" || w == "following" || w == "throughout" || w == "pending";
}

// "ahead of", "in the run-up to", "in the wake of": words that make "of"/"to" temporal.
bool is_event_lead(std::string_view w) {
  return w == "ahead" || w == "run-up" || w == "lead-up" || w == "wake" || w == "aftermath" ||
         w == "eve";
}

// Prepositions before a personal occasion: "on her 86th birthday".
bool is_occasion_prep(std::string_view w) {
  return w == "on" || w == "at" || w == "for" || w == "by" || w == "before" || w == "after" ||
         w == "since" || w == "until";
}

// Prepositions before a bare part of the day or season: "at night", "in winter".
bool is_bare_period_prep(std::string_view w) {
  return w == "at" || w == "by" || w == "in" || w == "during" || w == "before" || w == "after" ||
         w == "until" || w == "through" || w == "throughout" || w == "over";
}

// Parts of the day and seasons that are times without "the": "at night", "by dawn".
bool is_bare_period(std::string_view w) {
  return w == "weekends" || w == "weekdays" || w == "half-time" || w == "halftime" ||
         w == "full-time" || w == "night" || w == "morning" || w == "afternoon" ||
         w == "evening" || w == "summer" || w == "winter" || w == "spring" || w == "autumn" ||
         w == "dawn" || w == "dusk" || w == "daybreak" || w == "nightfall" || w == "sunrise" ||
         w == "sunset" || w == "midday";
}

// Prepositions before "the years", "the months": "over the years", "in the weeks".
bool is_span_prep(std::string_view w) {
  return w == "over" || w == "in" || w == "during" || w == "through" || w == "throughout";
}

// Words before a year that names a thing: "the 2024 election", "its 2023 budget".
bool is_year_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "its" || w == "his" || w == "her" || w == "their" ||
         w == "our" || w == "this";
}

// "Labour's", "the club’s"
bool possessive(std::string_view raw) {
  return (raw.size() > 2 && raw.substr(raw.size() - 2) == "'s") ||
         (raw.size() > 4 && raw.substr(raw.size() - 4) == "\xE2\x80\x99s");
}

// Words that may stand between a preposition and an event: "his arrest", "the recess".
bool is_event_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" ||
         w == "their" || w == "our" || w == "my" || w == "your" || w == "this" || w == "that" ||
         w == "last" || w == "next";
}

// Prepositions before "the spring", "the weekend", "the new year".
bool is_period_prep(std::string_view w) {
  return w == "over" || w == "at" || w == "during" || w == "in" || w == "through" || w == "of" ||
         w == "since" || w == "until" || w == "till" || w == "by" || w == "before" ||
         w == "after" || w == "for" || w == "throughout" || w == "from" || w == "within";
}

// Prepositions before a bare plural unit: "for hours", "after months of talks".
bool is_unit_prep(std::string_view w) {
  return w == "for" || w == "within" || w == "over" || w == "in" || w == "after" ||
         w == "since" || w == "before" || w == "until" || w == "during" || w == "throughout";
}

// "since then", "until then", "by then": "then" is a time only after these.
bool is_then_prep(std::string_view w) {
  return w == "since" || w == "until" || w == "till" || w == "by" || w == "before" || w == "from";
}

// Time zones written after a clock time: "1500 GMT".
bool is_time_zone(std::string_view w) {
  return w == "GMT" || w == "UTC" || w == "BST" || w == "CET" || w == "CEST" || w == "EST" ||
         w == "EDT" || w == "PST" || w == "PDT" || w == "ET" || w == "PT" || w == "CT";
}

// Words after a unit that make it a point in time: "days after", "weeks later".
bool is_relative_tail(std::string_view w) {
  return w == "ago" || w == "later" || w == "earlier" || w == "after" || w == "before";
}

// Words that end the phrase after "in the wake of": clause openers and conjunctions.
bool is_phrase_break(std::string_view w) {
  return w == "and" || w == "or" || w == "but" || w == "that" || w == "which" || w == "who" ||
         w == "when" || w == "as" || w == "was" || w == "were" || w == "is" || w == "are";
}

// Subject pronouns: "since she was 16", "since it opened".
bool is_subject(std::string_view w) {
  return w == "i" || w == "he" || w == "she" || w == "we" || w == "they" || w == "you" ||
         w == "it";
}

// A past tense or participle: "stopped", "opened", "left", "began".
bool is_past_verb(std::string_view w) {
  constexpr std::size_t min_ed = 4;  // "need" is no past tense; "used" is
  if (w.size() >= min_ed && w.substr(w.size() - 2) == "ed" && w != "need" && w != "feed" &&
      w != "speed" && w != "seed") {
    return true;
  }
  return w == "left" || w == "began" || w == "came" || w == "went" || w == "took" ||
         w == "won" || w == "lost" || w == "became" || w == "made" || w == "met" ||
         w == "got" || w == "took" || w == "fell" || w == "rose" || w == "quit" || w == "shut" ||
         w == "built" || w == "bought" || w == "sold" || w == "moved" || w == "born";
}

// Common verbs in -s that may follow a time: "every day seems", "the night comes".
bool is_verb_in_s(std::string_view w) {
  return w == "seems" || w == "comes" || w == "goes" || w == "looks" || w == "makes" ||
         w == "takes" || w == "means" || w == "remains" || w == "begins" || w == "starts" ||
         w == "ends" || w == "sees" || w == "brings" || w == "marks" || w == "follows";
}

// Verbs whose object may be a bare duration: "waited years", "took months".
bool is_duration_verb(std::string_view w) {
  return w == "took" || w == "take" || w == "takes" || w == "taken" || w == "spent" ||
         w == "spend" || w == "spends" || w == "lasted" || w == "last" || w == "lasts" ||
         w == "waited" || w == "wait" || w == "waits" || w == "needed" || w == "need" ||
         w == "needs" || w == "stayed" || w == "remained";
}

// Vague counts before a plural unit: "several hours", "a few days", "many years".
bool is_vague_count(std::string_view w) {
  return w == "few" || w == "several" || w == "many" || w == "some";
}

// Adjectives between a count and its unit: "18 consecutive months", "two more years".
bool is_unit_adjective(std::string_view w) {
  return w == "more" || w == "consecutive" || w == "straight" || w == "successive" ||
         w == "further" || w == "full" || w == "whole";
}

}  // namespace

// The token's kind is read last: most words have facts without the role.
bool TimeParser::has_role(Index i, TimeRole role) const {
  const WordInfo* info = t_.info(i);
  return info != nullptr && info->time.has(role) && t_.kind(i) == TokenKind::word;
}

bool TimeParser::has_any_role(Index i, std::uint16_t roles) const {
  const WordInfo* info = t_.info(i);
  return info != nullptr && (info->time.roles & roles) != 0 && t_.kind(i) == TokenKind::word;
}

std::optional<int> TimeParser::integer(Index i, bool allow_ordinal) const {
  if (t_.kind(i) != TokenKind::number) return std::nullopt;
  const DigitParse* p = t_.digits(i);
  if (p == nullptr || p->value != std::floor(p->value) || p->value > 1e6) return std::nullopt;
  if (!p->suffix.empty()) {
    const std::string_view s = t_.lower(i).substr(t_.lower(i).size() - p->suffix.size());
    const bool ordinal = s == "st" || s == "nd" || s == "rd" || s == "th";
    if (!allow_ordinal || !ordinal) return std::nullopt;
  }
  if (t_.raw(i).find(',') != std::string_view::npos) return std::nullopt;
  return static_cast<int>(p->value);
}

std::optional<int> TimeParser::year_number(Index i) const {
  if (t_.kind(i) != TokenKind::number || t_.raw(i).size() != 4) return std::nullopt;
  const auto v = integer(i, false);
  if (!v || *v < min_year || *v > max_year) return std::nullopt;
  return v;
}

// A count before a duration unit: "three", "41", "a", "twenty five", "66 million".
std::optional<double> TimeParser::count(Index i, Index end, Index& next) const {
  auto n = small_count(i, end, next);
  if (!n || next >= end || t_.kind(next) != TokenKind::word) return n;
  const WordInfo* scale = t_.info(next);
  if (scale != nullptr &&
      (scale->number_kind == NumberKind::scale || scale->number_kind == NumberKind::hundred)) {
    *n *= scale->number;
    ++next;
  }
  return n;
}

// A small count: "three", "41", "a", "twenty five".
std::optional<double> TimeParser::small_count(Index i, Index end, Index& next) const {
  next = i;
  if (t_.kind(i) == TokenKind::number) {
    const DigitParse* p = t_.digits(i);
    if (p == nullptr || !p->suffix.empty()) return std::nullopt;
    next = i + 1;
    return p->value;
  }
  if (t_.is(i, "a") || t_.is(i, "an")) {
    next = i + 1;
    return 1.0;
  }
  double total = 0.0;
  Index k = i;
  for (; k < end && k < i + max_count_words; ++k) {
    const WordInfo* info = t_.info(k);
    if (info == nullptr || (info->number_kind != NumberKind::unit &&
                            info->number_kind != NumberKind::tens)) {
      break;
    }
    total += info->number;
  }
  if (k == i) return std::nullopt;
  next = k;
  return total;
}

// True for "the", "a" and "in" (the commonest openers) when what follows them can
// complete no time: "the" needs a figure or a time word (time_after_the), "a" a unit
// within the reach of duration() ("a year", "a million years", "a full year", "a ... and
// a half years"), a span_only word ("in", "over", "within") a plural unit right after it
// (bare_duration); so also for "that" and "for" (see TimeStart). Inline: parse() asks it
// of every such opener.
[[gnu::always_inline]] inline bool TimeParser::no_time_after_opener(Index i, Index end) const {
  constexpr Index unit_reach = 5;
  const WordInfo* info = t_.info(i);
  if (info == nullptr || t_.kind(i) != TokenKind::word) return false;
  if ((info->time_rules & article_the) != 0) return !time_after_the(i, end);
  if ((info->time_rules & span_only) != 0) {
    return i + 1 >= end || !has_role(i + 1, time_unit) || !is_plural_unit(t_.lower(i + 1));
  }
  // relative() reads "that" only before a period word; the facts of "that's" are those
  // of "that", but not its rule.
  if ((info->time_rules & anchor_that) != 0 && t_.is(i, "that")) {
    return i + 1 >= end || !has_role(i + 1, time_period);
  }
  if ((info->time_rules & span_for) != 0 && t_.is(i, "for")) return !may_follow_for(i + 1, end);
  if ((info->time_rules & anchor_only) != 0) return !time_word_after_anchor(i, end);
  if ((info->time_rules & article_a) == 0) return false;
  // Every unit word may open a time: only the tokens that may are read.
  const Index stop = std::min(end, i + unit_reach + 1);
  for (Index k = t_.next_opening(i + 1, stop, opens_time); k < stop;
       k = t_.next_opening(k + 1, stop, opens_time)) {
    if (has_role(k, time_unit)) return false;
  }
  return true;
}

// True when a unit, period or stage word (or "quarters") follows the anchor at `i`
// within the reach of relative()'s anchor rule: the anchor's words ("earlier this"),
// a modifier ("this financial year") and a count of up to max_count_words and a scale
// ("the next two hundred years") come before it.
bool TimeParser::time_word_after_anchor(Index i, Index end) const {
  constexpr Index anchor_reach = 3 + max_count_words + 1;
  constexpr std::uint16_t time_words = time_unit | time_period | time_stage;
  const Index stop = std::min(end, i + anchor_reach + 1);
  for (Index k = i + 1; k < stop; ++k) {
    if (has_any_role(k, time_words) || t_.is(k, "quarters")) return true;
  }
  return false;
}

// True when the token at `k`, after "for", may continue a time: a unit ("for weeks",
// bare_duration()) or the next word of "for too long", "for a while", "for some time"
// (for_long()).
bool TimeParser::may_follow_for(Index k, Index end) const {
  return k < end && (has_role(k, time_unit) || t_.is(k, "too") || t_.is(k, "so") ||
                     t_.is(k, "very") || t_.is(k, "long") || t_.is(k, "a") || t_.is(k, "some"));
}

// True when a rule may read a time after "the" at `i`: each needs a figure or an
// ordinal, period or unit word right after it, or a period word two or three words on
// ("the 14th", "the first quarter", "the holiday weekend", "the years").
[[gnu::always_inline]] inline bool TimeParser::time_after_the(Index i, Index end) const {
  constexpr std::uint16_t next_roles = time_ordinal | time_period | time_unit;
  if (i + 1 >= end) return false;
  if (t_.kind(i + 1) == TokenKind::number || has_any_role(i + 1, next_roles)) return true;
  return (i + 2 < end && has_role(i + 2, time_period)) || (i + 3 < end && has_role(i + 3, time_period));
}

void TimeParser::parse(Index begin, Index end, std::vector<FoundTime>& out,
                       std::vector<std::uint8_t>& blocked) const {
  Index i = begin;
  Index floor = begin;
  while (i < end) {
    i = t_.next_opening(i, end, opens_time);  // the next token that may_open()
    if (i >= end) break;
    // A figure that counts something else ("300 people") opens no time.
    const bool number = t_.kind(i) == TokenKind::number;
    if (number ? bare_count(i, end) : no_time_after_opener(i, end)) {
      ++i;
      continue;
    }
    auto found = number ? number_at(i, floor, end) : parse_at(i, floor, end);
    if (!found) {
      ++i;
      continue;
    }
    // No rule reaches back past the previous time or the start of the run.
    found->first = extend_left(std::max(found->first, floor), floor);
    found->time.span = t_.span(found->first, found->end);
    if (found->blocks) {
      for (Index k = found->first; k < found->end; ++k) blocked[k] = 1;
    }
    i = found->end;
    floor = found->end;
    out.push_back(std::move(*found));
  }
}

std::optional<FoundTime> TimeParser::parse_at(Index i, Index floor, Index end) const {
  if (t_.kind(i) == TokenKind::number) {
    if (bare_count(i, end)) return std::nullopt;
    return number_at(i, floor, end);
  }
  const WordInfo* info = t_.info(i);
  if (t_.kind(i) != TokenKind::word || info == nullptr ||
      (info->time.roles == 0 && info->number_kind == NumberKind::none)) {
    return std::nullopt;
  }
  if (has_role(i, time_month)) {
    if (auto f = month_date(i, i, floor, end, 0)) return f;
  }
  if (has_role(i, time_weekday)) {
    if (auto f = weekday(i, floor, end)) return f;
  }
  if (info->time.has(time_named)) return named(i, end);
  if (info->time.has(time_stage)) return stage(i, floor, end);
  if (t_.is(i, "since")) {
    if (auto f = since_clause(i, end)) return f;
    return since_name(i, end);
  }
  // Each rule below fails at once on a word without its TimeStart bit (or clock role).
  const std::uint16_t rules = info->time_rules;
  if ((rules & starts_relative) != 0) {
    if (auto f = relative(i, floor, end)) return f;
  }
  if (info->time.has(time_clock)) {
    if (auto f = clock(i, end)) return f;
  }
  if ((rules & starts_count) != 0) {
    if (auto f = spoken_clock(i, floor, end)) return f;
    if (auto f = duration(i, floor, end)) return f;
  }
  if ((rules & starts_span) != 0) {
    if (auto f = bare_duration(i, end)) return f;
  }
  if (!info->time.has(time_unit) && !info->time.has(time_period)) return std::nullopt;
  return unit_word(i, floor, end);
}

// The rules of a figure that is not a bare count (parse_at()).
std::optional<FoundTime> TimeParser::number_at(Index i, Index floor, Index end) const {
  if (auto f = slash_season(i)) return f;
  if (auto f = slash_date(i)) return f;
  if (auto f = clock(i, end)) return f;
  if (auto f = spoken_clock(i, floor, end)) return f;
  if (auto f = day_first(i, floor, end)) return f;
  if (auto f = year(i, floor, end)) return f;
  if (auto f = decade(i)) return f;
  return duration(i, floor, end);
}

// Rules read from a unit or period word: "Boxing Day", "at night", "year to date",
// "days after".
[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::unit_word(Index i, Index floor, Index end) const {
  if (auto f = named_day(i, floor, end)) return f;
  if (auto f = owned_ordinal(i, floor)) return f;
  if (auto f = time_of(i, floor)) return f;
  if (auto f = bare_period(i, floor, end)) return f;
  if (auto f = to_date(i, end)) return f;
  return bare_units(i, floor, end);
}

// Words that may start a time expression, or end one that rules read leftwards from
// ("days after", "Boxing Day"). The marks are tested before the lexicon facts.
bool TimeParser::may_open(Index i) const { return t_.opens(i, opens_time); }

StageKind TimeParser::stage_kind_at(Index i) const {
  // The word as written ("christmas's" is no stage word, though its facts are those of
  // "christmas").
  const WordInfo* info = t_.lexicon().find_padded(t_.lower(i));
  return info != nullptr ? info->time.stage : StageKind::life;
}

bool TimeParser::is_holiday(Index i) const {
  return has_role(i, time_stage) && stage_kind_at(i) == StageKind::holiday;
}

// A lower-case word between "the" and a period word: "the holiday weekend", "the same
// year", "the financial year"; not a word with a role of its own ("the children every
// day").
bool TimeParser::is_period_modifier(Index k) const {
  constexpr std::uint16_t own_roles = time_anchor | time_prep | time_article | time_deictic |
                                      time_month | time_weekday | time_unit;
  if (t_.kind(k) != TokenKind::word || t_.capitalized(k)) return false;
  const WordInfo* info = t_.info(k);
  return info == nullptr || (info->time.roles & own_roles) == 0;
}

// True when token `k` is a plural noun that makes the word before it a modifier:
// "summer camps", "season tickets", "fire crews" (but "the summer months" is a time).
bool TimeParser::compound_after(Index k, Index end) const {
  constexpr std::size_t min_plural = 5;
  if (k >= end || t_.kind(k) != TokenKind::word || t_.capitalized(k)) return false;
  const std::string_view w = t_.lower(k);
  if (w.size() < min_plural || w.back() != 's' || is_verb_in_s(w)) return false;
  const WordInfo* info = t_.info(k);
  return info == nullptr || info->time.roles == 0;
}

bool TimeParser::adjacent(Index a, Index b) const {
  return t_.token(a).span.end == t_.token(b).span.start;
}

[[gnu::always_inline]] inline Index TimeParser::extend_left(Index first, Index floor) const {
  Index f = first;
  if (f > floor && (has_role(f - 1, time_part) || has_role(f - 1, time_anchor)) &&
      !t_.is(f - 1, "that")) {
    --f;
  }
  // One preposition; two only as in "until after", "since before" ("went on for years"
  // keeps "for years").
  const bool stacked = has_role(f, time_prep);
  if (f > floor && has_role(f - 1, time_prep) && (!stacked || is_stacking_prep(t_.lower(f - 1)))) {
    --f;
  }
  return f;
}

std::optional<FoundTime> TimeParser::month_date(Index month, Index first, Index floor,
                                                Index end, int day) const {
  const bool prefixed = t_.lower(month).find('-') != std::string_view::npos;  // "mid-January"
  if (!t_.capitalized(month) && !prefixed) return std::nullopt;
  const TimeInfo& info = t_.info(month)->time;
  const bool abbreviation = !prefixed && is_abbreviation(t_.lower(month));
  Index j = month + 1;
  bool dotted = false;
  if (abbreviation && j < end && t_.raw(j) == ".") {
    ++j;
    dotted = true;
  }
  if (day == 0 && j < end && !year_number(j)) {
    if (const auto d = integer(j, true); d && *d >= 1 && *d <= 31) {
      day = *d;
      ++j;
    }
  }
  int y = 0;
  if (j + 1 < end && t_.raw(j) == "," && year_number(j + 1)) {
    y = *year_number(j + 1);
    j += 2;
  } else if (j < end && year_number(j)) {
    y = *year_number(j);
    ++j;
  }
  if (day == 0 && y == 0 && !prefixed && (info.ambiguous_month || (abbreviation && !dotted))) {
    // "May" and "March" alone are months only after "in", "since", "early", "last"...
    const bool cued = month > floor && (has_role(month - 1, time_prep) ||
                                        has_role(month - 1, time_part) ||
                                        has_role(month - 1, time_anchor));
    if ((!cued || t_.is(month - 1, "to")) && !closes_span(month)) return std::nullopt;
  }
  FoundTime f;
  f.first = first;
  f.end = j;
  f.blocks = true;
  f.time.type = TimeType::date;
  f.time.value = iso_date(y, info.month, day);
  return f;
}

// "February and March", "January to March", "the year to March", "three months to
// May": a month closing a span opened by a month or a period word.
bool TimeParser::closes_span(Index month) const {
  if (month < 2 || !(t_.is(month - 1, "to") || t_.is(month - 1, "and"))) return false;
  const Index before = month - 2;
  return (has_role(before, time_month) && t_.capitalized(before)) ||
         has_any_role(before, time_period | time_unit);
}

// "14 February 2023", "the 3rd of April"
[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::day_first(Index i, Index floor, Index end) const {
  Index month = i + 1;
  const DigitParse* p = t_.digits(i);
  const bool ordinal = p != nullptr && !p->suffix.empty();
  if (ordinal && month + 1 < end && t_.is(month, "of")) ++month;
  if (month >= end || !has_role(month, time_month)) return std::nullopt;
  const auto d = integer(i, true);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  auto f = month_date(month, i, floor, end, *d);
  // "the 3rd of April"
  if (f && month > i + 1 && f->first > floor && t_.is(f->first - 1, "the")) --f->first;
  return f;
}

[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::year(Index i, Index floor, Index end) const {
  const auto y = year_number(i);
  if (!y) return std::nullopt;
  if (auto f = iso_or_season(i, end, *y)) return f;
  // "in 2019", "early 2024", "between 2019 and 2022", "in 2020 or 2021"
  const bool cued = i > floor && (has_role(i - 1, time_prep) || has_role(i - 1, time_part) ||
                                  t_.is(i - 1, "between") || t_.is(i - 1, "and") ||
                                  t_.is(i - 1, "or") || t_.is(i - 1, "as") ||
                                  (t_.is(i - 1, "-") && i - 1 > floor && has_role(i - 2, time_part)));
  const bool last = i + 1 >= end || t_.kind(i + 1) == TokenKind::punct;
  // "the 2024 election", "its 2023 budget", "Labour's 2019 manifesto", "2019 was ...": a
  // year naming a singular noun or opening a sentence.
  const bool opens = t_.token(i).has(TokenFlag::sentence_start);
  const bool named_by =
      i > floor && (is_year_determiner(t_.lower(i - 1)) || possessive(t_.raw(i - 1)));
  const bool naming = (named_by || opens) && i + 1 < end && t_.kind(i + 1) == TokenKind::word &&
                      !t_.capitalized(i + 1) && !is_plural_unit(t_.lower(i + 1));
  if (!cued && !last && !naming) return std::nullopt;
  // "of 2000 troops": a plural noun after the figure makes it a count.
  if (i + 1 < end && t_.kind(i + 1) == TokenKind::word && !t_.capitalized(i + 1) &&
      is_plural_unit(t_.lower(i + 1)) && !has_role(i + 1, time_unit)) {
    return std::nullopt;
  }
  FoundTime f;
  f.first = i;
  f.end = i + 1;
  f.blocks = true;
  f.time.type = TimeType::date;
  f.time.value = std::to_string(*y);
  return f;
}

[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::weekday(Index i, Index floor, Index end) const {
  if (!t_.capitalized(i)) return std::nullopt;
  FoundTime f;
  f.first = i;
  f.end = i + 1;
  if (t_.lower(i).size() < min_weekday_name) {
    // "Thurs. Oct. 9", "Fri 12 May", "on Sat.": an abbreviation needs a date or "on".
    if (f.end < end && t_.is(f.end, ".")) ++f.end;
    const bool dated = f.end < end && (has_role(f.end, time_month) || integer(f.end, true));
    const bool on = i > floor && t_.is(i - 1, "on") && f.end > i + 1;
    if (!dated && !on) return std::nullopt;
    f.time.type = TimeType::relative;
    return f;
  }
  if (f.end < end && has_role(f.end, time_period) && !t_.capitalized(f.end)) ++f.end;
  f.time.type = TimeType::relative;
  return f;
}

std::optional<FoundTime> TimeParser::relative(Index i, Index floor, Index end) const {
  FoundTime f;
  f.first = i;
  f.time.type = TimeType::relative;
  if (has_role(i, time_deictic)) {
    // "the Today programme": a capitalised deictic inside a sentence is a name.
    if (t_.capitalized(i) && !t_.token(i).has(TokenFlag::sentence_start)) return std::nullopt;
    if (t_.is(i, "then")) {  // "since then", "by then"; a bare "then" is a connective
      if (i <= floor || !is_then_prep(t_.lower(i - 1))) return std::nullopt;
      f.first = i - 1;
    }
    f.end = i + 1;
    return f;
  }
  if (has_role(i, time_anchor)) {
    // "that night", "that year": "that" is a time only before a period word.
    if (t_.is(i, "that")) {
      if (i + 1 >= end || !has_role(i + 1, time_period) || compound_after(i + 2, end)) {
        return std::nullopt;
      }
      f.end = i + 2;
      return f;
    }
    Index j = i + 1;
    if (j < end && has_role(j, time_anchor)) ++j;  // "earlier this year"
    // "last school year", "this financial year"
    if (j + 1 < end && !has_role(j, time_period) && is_period_modifier(j) &&
        has_role(j + 1, time_period) && !compound_after(j + 2, end)) {
      ++j;
    }
    Index after_count = j;
    std::optional<double> n;
    if (j < end) n = count(j, end, after_count);
    const Index vague = j + ((t_.is(j, "few") || t_.is(j, "several")) ? 1 : 0);
    const bool quarters = n && after_count < end && t_.is(after_count, "quarters");
    if (n && after_count < end && (has_role(after_count, time_unit) || quarters)) {
      // "the last three years", "the next five months", "the past two quarters"
      f.end = after_count + 1;
      f.time.type = TimeType::duration;
      f.time.value = iso_duration(n, quarters ? "3M" : t_.info(after_count)->time.unit_iso);
    } else if (j < end && (has_role(j, time_period) || is_holiday(j)) &&
               !((t_.is(i, "all") || t_.is(i, "each")) && compound_after(j + 1, end))) {
      f.end = j + 1;
    } else if (vague < end && has_role(vague, time_unit) && is_plural_unit(t_.lower(vague))) {
      f.end = vague + 1;  // "recent weeks", "the past few months"
    } else {
      return std::nullopt;
    }
    if (i > floor && t_.is(i - 1, "the")) {
      f.first = i - 1;  // "over the past decade"
      if (f.first > floor && has_role(f.first - 1, time_prep)) {
        --f.first;
        if (t_.info(i)->time.anchor < 0) f.time.type = TimeType::duration;
      }
    }
    return f;
  }
  if (!t_.is(i, "the") || !time_after_the(i, end)) return std::nullopt;
  if (auto o = ordinal_period(i, end)) return o;
  // "on the 14th": a day of the current month.
  // "on the 3rd of April" is read from its figure, as a date.
  const bool of_month = i + 3 < end && t_.is(i + 2, "of") && has_role(i + 3, time_month);
  if (i > floor && t_.is(i - 1, "on") && i + 1 < end && t_.digits(i + 1) != nullptr &&
      !t_.digits(i + 1)->suffix.empty() && !of_month) {
    if (const auto d = integer(i + 1, true); d && *d >= 1 && *d <= 31) {
      f.first = i - 1;
      f.end = i + 2;
      f.time.type = TimeType::date;
      f.blocks = true;
      return f;
    }
  }
  // "over the weekend", "since the spring", "in the new year"; "the day before"
  Index period = i;
  if (period_after_the(i, end, period)) {
    const bool led = i > floor && is_period_prep(t_.lower(i - 1));
    const bool tail = period + 1 < end && is_relative_tail(t_.lower(period + 1)) &&
                      !t_.is(period + 1, "ago");
    if (led || tail) {
      f.first = led ? i - 1 : i;
      f.end = tail && !led ? period + 2 : period + 1;
      // "in the summer of 2023"
      if (f.end + 1 < end && t_.is(f.end, "of") && year_number(f.end + 1)) {
        f.time.type = TimeType::date;
        f.time.value = std::to_string(*year_number(f.end + 1));
        f.blocks = true;
        f.end += 2;
      }
      return f;
    }
  }
  // "over the years", "in the months since"
  if (i > floor && i + 1 < end && is_span_prep(t_.lower(i - 1)) && has_role(i + 1, time_unit) &&
      is_plural_unit(t_.lower(i + 1))) {
    f.first = i - 1;
    f.end = i + 2;
    return f;
  }
  return std::nullopt;
}

// The period word after "the" at `i` ("the spring", "the new year"), in `period`.
bool TimeParser::period_after_the(Index i, Index end, Index& period) const {
  constexpr Index max_modifiers = 2;  // "the new year", "the bank holiday weekend"
  Index p = i + 1;
  while (p < end && p < i + 1 + max_modifiers && !has_role(p, time_period) &&
         is_period_modifier(p)) {
    ++p;
  }
  if (p >= end || !has_role(p, time_period) || compound_after(p + 1, end)) return false;
  // "at the Day Centre", "Player of the Year": a capitalised period word is a name.
  if (t_.capitalized(p) && !t_.token(p).has(TokenFlag::sentence_start)) return false;
  // "the use of the term": a school or political term only outside "of".
  if (t_.is(p, "term") && t_.is(i - 1, "of")) return false;
  // "after the summer recess": the event rule reads the whole name.
  if (p + 1 < end && has_role(p + 1, time_stage) &&
      stage_kind_at(p + 1) == StageKind::event) {
    return false;
  }
  period = p;
  return true;
}

// "the first quarter", "the second half", "the first week", "the 19th century"
std::optional<FoundTime> TimeParser::ordinal_period(Index i, Index end) const {
  if (i + 2 >= end) return std::nullopt;
  const Index o = i + 1;
  const Index p = i + 2;
  const DigitParse* d = t_.digits(o);
  const bool numeric = d != nullptr && !d->suffix.empty() && integer(o, true).has_value();
  if (!has_role(o, time_ordinal) && !numeric) return std::nullopt;
  if (!t_.is(p, "half") && !has_role(p, time_period)) return std::nullopt;
  return found(i, p + 1, TimeType::relative);
}

std::optional<FoundTime> TimeParser::clock(Index i, Index end) const {
  FoundTime f;
  f.first = i;
  f.end = i + 1;
  f.blocks = true;
  f.time.type = TimeType::relative;
  if (has_role(i, time_clock)) {
    f.time.value = iso_clock(t_.info(i)->time.clock_hour, 0);
    return f;
  }
  if (t_.kind(i) != TokenKind::number || plain_figure(i, end)) return std::nullopt;
  const std::string_view raw = t_.raw(i);
  int hour = 0;
  int minute = 0;
  std::size_t colon = raw.find(':');
  // "9.30pm", "9.30 p.m.": a point separates the minutes when a meridiem follows.
  if (colon == std::string_view::npos && dotted_clock(raw, f.end < end && has_role(f.end, time_meridiem))) {
    colon = raw.find('.');
  }
  std::string_view rest;
  if (colon != std::string_view::npos) {
    const auto h = std::from_chars(raw.data(), raw.data() + colon, hour);
    const auto m = std::from_chars(raw.data() + colon + 1, raw.data() + raw.size(), minute);
    if (h.ec != std::errc() || h.ptr != raw.data() + colon || m.ec != std::errc() ||
        m.ptr - (raw.data() + colon + 1) != 2) {
      return std::nullopt;
    }
    rest = std::string_view(m.ptr, static_cast<std::size_t>(raw.data() + raw.size() - m.ptr));
  } else {
    const auto h = std::from_chars(raw.data(), raw.data() + raw.size(), hour);
    if (h.ec != std::errc()) return std::nullopt;
    rest = std::string_view(h.ptr, static_cast<std::size_t>(raw.data() + raw.size() - h.ptr));
  }
  bool pm = false;
  bool meridiem = false;
  if (rest == "am" || rest == "AM" || rest == "pm" || rest == "PM") {
    meridiem = true;
    pm = rest == "pm" || rest == "PM";
  } else if (!rest.empty()) {
    return std::nullopt;
  } else if (f.end < end && has_role(f.end, time_meridiem)) {
    meridiem = true;
    pm = t_.info(f.end)->time.pm;
    ++f.end;
  }
  if (colon == std::string_view::npos && !meridiem) {
    // "1500 GMT": four digits before a time zone.
    if (raw.size() != 4 || !rest.empty() || f.end >= end || !is_time_zone(t_.raw(f.end))) {
      return std::nullopt;
    }
    minute = hour % 100;
    hour /= 100;
    ++f.end;
  }
  if (hour > 23 || minute > 59 || (meridiem && (hour < 1 || hour > 12))) return std::nullopt;
  if (meridiem) hour = (hour % 12) + (pm ? 12 : 0);
  f.time.value = iso_clock(hour, minute);
  return f;
}

// A plain figure ("300", "2,700", "4.5") that none of the number rules can read: not
// four digits (a year, or "1500 GMT"), no meridiem, month, "o'clock", "in" or "at" after
// it (clock, day_first, spoken_clock), and no unit word within the reach of duration()
// ("300 years", "2 million more years", "two and a half years"). slash_season() and
// decade() need a slash or an "s", which a plain figure lacks.
[[gnu::always_inline]] inline bool TimeParser::bare_count(Index i, Index end) const {
  constexpr Index unit_reach = 6;
  const DigitParse* d = t_.digits(i);
  if (d == nullptr || !d->suffix.empty() || t_.raw(i).size() == 4) return false;
  if (i + 1 < end) {
    const Index j = i + 1;
    if (has_any_role(j, time_meridiem | time_month) || t_.is(j, "o'clock") || t_.is(j, "in") ||
        t_.is(j, "at")) {
      return false;
    }
  }
  const Index stop = std::min(end, i + 1 + unit_reach);
  for (Index k = i + 1; k < stop; ++k) {
    if (has_role(k, time_unit)) return false;
  }
  return true;
}

// A figure with nothing that makes it a clock time: no colon, no glued "am"/"pm", no
// meridiem after it and no time zone after four digits ("300", "2,700", "4.5").
bool TimeParser::plain_figure(Index i, Index end) const {
  const DigitParse* d = t_.digits(i);
  if (d == nullptr || !d->suffix.empty()) return false;
  if (i + 1 >= end) return true;
  return !has_role(i + 1, time_meridiem) && !(t_.raw(i).size() == 4 && is_time_zone(t_.raw(i + 1)));
}

// "three years"; "two weeks ago" and "a year earlier" are relative times.
std::optional<FoundTime> TimeParser::duration(Index i, Index floor, Index end) const {
  Index next = i;
  auto n = count(i, end, next);
  if (!n) return std::nullopt;
  // "18 consecutive months", "two more years"
  if (next + 1 < end && has_role(next + 1, time_unit) && is_unit_adjective(t_.lower(next))) ++next;
  // "two and a half years"
  if (next + 3 < end && t_.is(next, "and") && t_.is(next + 1, "a") && t_.is(next + 2, "half") &&
      has_role(next + 3, time_unit)) {
    *n += 0.5;
    next += 3;
  }
  if (next >= end || !has_role(next, time_unit)) return std::nullopt;
  FoundTime f;
  f.first = i;
  f.end = next + 1;
  // "half an hour", "half a century ago"
  const bool halved = (t_.is(i, "a") || t_.is(i, "an")) && i > floor && t_.is(i - 1, "half");
  if (halved) {
    f.first = i - 1;
    n = 0.5;
  }
  // "a year on, ...", "two years on from the fire"
  const bool on = f.end + 1 < end && t_.is(f.end, "on") &&
                  (t_.is(f.end + 1, ",") || t_.is(f.end + 1, "from"));
  const bool ago = on || (f.end < end && (t_.is(f.end, "ago") || t_.is(f.end, "earlier") ||
                                          t_.is(f.end, "later") || t_.is(f.end, "before")));
  // "barrels a day" is a rate: an article counts only after a preposition or before "ago".
  const bool article = t_.is(i, "a") || t_.is(i, "an");
  const bool led = halved || (i > 0 && (has_role(i - 1, time_prep) ||
                                        ends_approximator(t_.lower(i - 1))));
  if (article && !ago && !led) return std::nullopt;
  if (article && t_.is(next, "second")) return std::nullopt;  // "for a second time"
  if (f.end < end && t_.is(f.end, "old")) return std::nullopt;  // "31 years old" is an age
  // "three generations of crews" counts people.
  if (t_.info(next)->time.unit_iso == "-" && f.end < end && t_.is(f.end, "of")) return std::nullopt;
  if (ago) {
    ++f.end;
    f.time.type = TimeType::relative;
    return f;
  }
  f.time.type = TimeType::duration;
  f.time.value = iso_duration(n, t_.info(next)->time.unit_iso);
  return f;
}

// "the ’90s", "the 90s": two digits and "s" after an apostrophe or "the".
bool TimeParser::short_decade(Index i) const {
  const std::string_view raw = t_.raw(i);
  if (raw.size() != 3 || raw[1] != '0' || raw[2] != 's' || raw[0] < '0' || raw[0] > '9') return false;
  if (i == 0) return false;
  const std::string_view before = t_.raw(i - 1);
  return before == "'" || before == "\xE2\x80\x99" || t_.is(i - 1, "the");
}

// "the 1990s"
std::optional<FoundTime> TimeParser::decade(Index i) const {
  const std::string_view raw = t_.raw(i);
  if (short_decade(i)) {
    FoundTime f;
    f.first = t_.kind(i - 1) == TokenKind::punct ? i - 1 : i;
    if (f.first > 0 && t_.is(f.first - 1, "the")) --f.first;
    f.end = i + 1;
    f.blocks = true;
    f.time.type = TimeType::date;
    return f;
  }
  if (raw.size() != 5 || raw.back() != 's') return std::nullopt;
  int y = 0;
  const auto r = std::from_chars(raw.data(), raw.data() + 4, y);
  if (r.ec != std::errc() || r.ptr != raw.data() + 4 || y < min_year || y > max_year || y % 10 != 0) {
    return std::nullopt;
  }
  FoundTime f;
  f.first = (i > 0 && t_.is(i - 1, "the")) ? i - 1 : i;
  f.end = i + 1;
  f.blocks = true;
  f.time.type = TimeType::date;
  return f;
}

// "for weeks", "within hours"
std::optional<FoundTime> TimeParser::bare_duration(Index i, Index end) const {
  if (!(t_.is(i, "for") || t_.is(i, "within") || t_.is(i, "over") || t_.is(i, "in"))) {
    return std::nullopt;
  }
  if (auto f = for_long(i, end)) return f;
  if (i + 1 >= end || !has_role(i + 1, time_unit) || !is_plural_unit(t_.lower(i + 1))) {
    return std::nullopt;
  }
  return found(i, i + 2, TimeType::duration);
}

// "for too long", "for so long", "for a long time", "for some time", "for a while";
// also "for a third straight month" (relative).
std::optional<FoundTime> TimeParser::for_long(Index i, Index end) const {
  if (!t_.is(i, "for") || i + 1 >= end) return std::nullopt;
  Index e = i + 1;
  // "for a third consecutive month", "for a second year": one of a run of periods.
  if (e + 2 < end && t_.is(e, "a") && has_role(e + 1, time_ordinal)) {
    Index p = e + 2;
    if (p + 1 < end && is_unit_adjective(t_.lower(p))) ++p;
    // "for a third term" is more often the office than the time.
    if (has_role(p, time_period) && !t_.is(p, "term")) return found(i, p + 1, TimeType::relative);
  }
  if (t_.is(e, "too") || t_.is(e, "so") || t_.is(e, "very")) ++e;
  if (e < end && t_.is(e, "long") && !(e + 1 < end && t_.is(e + 1, "as"))) {
    ++e;  // "for so long" (but "for as long as" reads on)
  } else if (e + 1 < end && t_.is(e, "a") && t_.is(e + 1, "while")) {
    e += 2;
  } else if (e + 2 < end && (t_.is(e, "a") || t_.is(e, "some")) &&
             (t_.is(e + 1, "long") || t_.is(e + 1, "short")) && t_.is(e + 2, "time")) {
    e += 3;
  } else if (e + 1 < end && t_.is(e, "some") && t_.is(e + 1, "time")) {
    e += 2;
  } else {
    return std::nullopt;
  }
  return found(i, e, TimeType::duration);
}

// "at this time of year", "at that time of day"
std::optional<FoundTime> TimeParser::time_of(Index i, Index floor) const {
  if (i < floor + 3 || !has_role(i, time_period) || !t_.is(i - 1, "of") || !t_.is(i - 2, "time")) {
    return std::nullopt;
  }
  if (!(t_.is(i - 3, "this") || t_.is(i - 3, "that") || t_.is(i - 3, "the"))) return std::nullopt;
  return found(i - 3, i + 1, TimeType::relative);
}

// "Q3", "H1", "Q3 2024", "fourth-quarter", "year-earlier"
[[gnu::always_inline]] inline std::optional<FoundTime> TimeParser::named(Index i, Index end) const {
  FoundTime f = found(i, i + 1, TimeType::relative);
  // "Q3 2024"; "fourth-quarter", "year-earlier" take no year.
  if (t_.raw(i).size() == 2 && f.end < end && year_number(f.end)) {
    f.time.value = std::to_string(*year_number(f.end)) + "-" + std::string(t_.raw(i));
    for (char& c : f.time.value) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    ++f.end;
    f.blocks = true;
  }
  return f;
}

// "in childhood", "during adolescence", "in middle age", "over Christmas": a named
// period after a preposition.
std::optional<FoundTime> TimeParser::life_stage(Index i, Index floor, Index end) const {
  if (!has_role(i, time_stage)) return std::nullopt;
  Index first = i;
  if (t_.is(i, "age")) {
    if (auto f = age_of(i, floor, end)) return f;
    if (i <= floor || !(t_.is(i - 1, "middle") || t_.is(i - 1, "old"))) return std::nullopt;
    first = i - 1;
  }
  if (first <= floor || !has_role(first - 1, time_prep)) return std::nullopt;
  return found(first - 1, i + 1, TimeType::relative);
}

// "at the age of four", "by the age of 30"
std::optional<FoundTime> TimeParser::age_of(Index i, Index floor, Index end) const {
  if (i < floor + 2 || i + 2 >= end || !t_.is(i - 1, "the") || !has_role(i - 2, time_prep) ||
      !t_.is(i + 1, "of")) {
    return std::nullopt;
  }
  Index next = i + 2;
  if (!small_count(i + 2, end, next) || next == i + 2) return std::nullopt;
  return found(i - 2, next, TimeType::relative);
}

// "their third week", "its 50th year": an ordinal period after a possessive.
std::optional<FoundTime> TimeParser::owned_ordinal(Index i, Index floor) const {
  if (i < floor + 2 || !has_role(i, time_period)) return std::nullopt;
  const Index o = i - 1;
  const DigitParse* d = t_.digits(o);
  const bool numeric = d != nullptr && !d->suffix.empty() && integer(o, true).has_value();
  if (!has_role(o, time_ordinal) && !numeric) return std::nullopt;
  const std::string_view owner = t_.lower(o - 1);
  if (owner != "its" && owner != "their" && owner != "his" && owner != "her" && owner != "our") {
    return std::nullopt;
  }
  return found(o - 1, i + 1, TimeType::relative);
}

// "in the wake of the scandal", "ahead of the talks", "in the run-up to polling day": the
// phrase after "of"/"to" names a moment, whatever its noun (up to four words).
std::optional<FoundTime> TimeParser::event_lead(Index i, Index floor, Index end) const {
  constexpr Index max_phrase_words = 4;
  const bool to = t_.is(i, "run-up") || t_.is(i, "lead-up");
  if (i + 2 >= end || !t_.is(i + 1, to ? "to" : "of")) return std::nullopt;
  Index k = i + 2;
  if (is_event_determiner(t_.lower(k))) ++k;
  const Index words = k;
  while (k < end && k < words + max_phrase_words && t_.kind(k) != TokenKind::punct &&
         !has_role(k, time_prep) && !is_phrase_break(t_.lower(k))) {
    ++k;
  }
  if (k == words) return std::nullopt;
  return found(i > floor && t_.is(i - 1, "the") ? i - 1 : i, k, TimeType::relative);
}

// "since she was 16", "since he was a boy", "since it was founded", "since we stopped"
[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::since_clause(Index i, Index end) const {
  if (i + 2 >= end || !is_subject(t_.lower(i + 1))) return std::nullopt;
  // "(have been asking) since we stopped": a past verb after a clause; a sentence that
  // opens with "Since he failed ..." gives a reason.
  if (!t_.token(i).has(TokenFlag::sentence_start) && is_past_verb(t_.lower(i + 2))) {
    return found(i, i + 3, TimeType::relative);
  }
  if (i + 3 >= end || !(t_.is(i + 2, "was") || t_.is(i + 2, "were"))) return std::nullopt;
  Index e = i + 3;
  if (t_.kind(e) == TokenKind::number || is_past_verb(t_.lower(e))) {  // "since it was founded"
    ++e;
  } else if ((t_.is(e, "a") || t_.is(e, "an")) && e + 1 < end && has_role(e + 1, time_stage)) {
    e += 2;
  } else if (has_role(e, time_stage) && stage_kind_at(e) == StageKind::youth) {
    ++e;
  } else {
    return std::nullopt;
  }
  return found(i, e, TimeType::relative);
}

// "five o'clock", "at two in the morning", "at 11 at night": an hour (1-12) in words or
// figures with "o'clock" or a part of the day after it.
std::optional<FoundTime> TimeParser::spoken_clock(Index i, Index floor, Index end) const {
  // An hour is one token; test the word after it before reading the count.
  if (i + 1 >= end || !(t_.is(i + 1, "o'clock") || t_.is(i + 1, "in") || t_.is(i + 1, "at"))) {
    return std::nullopt;
  }
  Index next = i;
  const auto n = small_count(i, end, next);
  if (!n || t_.is(i, "a") || t_.is(i, "an") || *n < 1 || *n > 12 || *n != std::floor(*n) ||
      next >= end) {
    return std::nullopt;
  }
  int hour = static_cast<int>(*n) % 12;
  FoundTime f;
  f.first = i;
  f.time.type = TimeType::relative;
  if (t_.is(next, "o'clock")) {
    f.end = next + 1;
    return f;
  }
  // "two in the morning" needs "at", "around", "until" ... before it.
  if (i <= floor || !(has_role(i - 1, time_prep) || t_.is(i - 1, "around") ||
                      t_.is(i - 1, "about"))) {
    return std::nullopt;
  }
  const bool in_the = next + 2 < end && t_.is(next, "in") && t_.is(next + 1, "the");
  const bool at_night = next + 1 < end && t_.is(next, "at") && t_.is(next + 1, "night");
  if (in_the && (t_.is(next + 2, "morning") || t_.is(next + 2, "afternoon") ||
                 t_.is(next + 2, "evening"))) {
    if (!t_.is(next + 2, "morning")) hour += 12;
    f.end = next + 3;
  } else if (at_night) {
    hour += hour < 5 ? 0 : 12;  // "at two at night" is early morning, "at 11 at night" late
    f.end = next + 2;
  } else {
    return std::nullopt;
  }
  f.time.value = iso_clock(hour, 0);
  return f;
}

// "year to date", "month to date"
std::optional<FoundTime> TimeParser::to_date(Index i, Index end) const {
  if (i + 2 >= end || !has_role(i, time_period) || !t_.is(i + 1, "to") || !t_.is(i + 2, "date")) {
    return std::nullopt;
  }
  return found(i, i + 3, TimeType::relative);
}

// "shortly after", "soon afterwards", "immediately before"
std::optional<FoundTime> TimeParser::soon_after(Index i, Index end) const {
  if (i + 1 >= end || !(t_.is(i + 1, "after") || t_.is(i + 1, "before") ||
                        t_.is(i + 1, "afterwards") || t_.is(i + 1, "afterward"))) {
    return std::nullopt;
  }
  return found(i, i + 2, TimeType::relative);
}

// "as a teenager", "as children": a stage of life after "as".
std::optional<FoundTime> TimeParser::youth(Index i, Index floor) const {
  Index k = i;
  if (k > floor && (t_.is(k - 1, "a") || t_.is(k - 1, "an"))) --k;
  if (k <= floor || !t_.is(k - 1, "as")) return std::nullopt;
  return found(k - 1, i + 1, TimeType::relative);
}

// "at night", "by dawn", "in winter": a part of the day or a season after a preposition.
std::optional<FoundTime> TimeParser::bare_period(Index i, Index floor, Index end) const {
  if (i <= floor || t_.capitalized(i) || !is_bare_period(t_.lower(i)) ||
      compound_after(i + 1, end)) {
    return std::nullopt;
  }
  const bool on_days = t_.is(i - 1, "on") && (t_.is(i, "weekends") || t_.is(i, "weekdays"));
  if (!on_days && !is_bare_period_prep(t_.lower(i - 1))) return std::nullopt;
  return found(i - 1, i + 1, TimeType::relative);
}

// "since Madrid", "since Brexit": an event named after "since" (up to three words).
[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::since_name(Index i, Index end) const {
  constexpr Index max_name_words = 3;
  if (!t_.is(i, "since")) return std::nullopt;
  // "has fallen twice since.": "since" closing a clause means since then.
  const bool closing = i + 1 >= end || t_.is(i + 1, ".") || t_.is(i + 1, ",") || t_.is(i + 1, ";");
  if (closing && !t_.token(i).has(TokenFlag::sentence_start)) {
    return found(i, i + 1, TimeType::relative);
  }
  if (i + 1 >= end || t_.kind(i + 1) != TokenKind::word) return std::nullopt;
  if (!t_.capitalized(i + 1) || is_clause_word(t_.lower(i + 1))) return std::nullopt;
  // "since January 2020", "since Monday": the date rules read those.
  if (t_.info(i + 1) != nullptr && t_.info(i + 1)->time.roles != 0) return std::nullopt;
  FoundTime f;
  f.first = i;
  f.end = i + 1;
  while (f.end < end && f.end < i + 1 + max_name_words && t_.kind(f.end) == TokenKind::word &&
         t_.capitalized(f.end)) {
    ++f.end;
  }
  f.time.type = TimeType::relative;
  return f;
}

[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::stage(Index i, Index floor, Index end) const {
  switch (stage_kind_at(i)) {
    case StageKind::holiday: return holiday(i, floor, end);
    case StageKind::event:
    case StageKind::boundary:
    case StageKind::occasion: return event(i, floor, end);
    case StageKind::youth: return youth(i, floor);
    case StageKind::adverb: return soon_after(i, end);
    case StageKind::lead: return event_lead(i, floor, end);
    case StageKind::life: break;
  }
  return life_stage(i, floor, end);
}

// "over Christmas", "at Easter", "Christmas Eve", "on Easter Monday": a holiday after a
// preposition, or named with its day.
std::optional<FoundTime> TimeParser::holiday(Index i, Index floor, Index end) const {
  if (!t_.capitalized(i)) return std::nullopt;
  FoundTime f = found(i, i + 1, TimeType::relative);
  const bool day = f.end < end && t_.capitalized(f.end) &&
                   (t_.is(f.end, "day") || t_.is(f.end, "eve") || has_role(f.end, time_weekday));
  if (day) ++f.end;
  const bool led = i > floor && has_role(i - 1, time_prep);
  if (!led && !day) return std::nullopt;
  if (led) f.first = i - 1;
  return f;
}

// "since the pandemic", "until after the Labor Day recess", "after his arrest", "during
// lockdown", "ahead of the vote", "since the start of the season", "by the end of March".
[[gnu::always_inline]] inline
std::optional<FoundTime> TimeParser::event(Index i, Index floor, Index end) const {
  constexpr Index max_modifiers = 2;
  Index k = i;
  Index modifiers = 0;
  while (k > floor && modifiers < max_modifiers && t_.kind(k - 1) != TokenKind::punct &&
         !has_role(k - 1, time_prep) && !is_event_determiner(t_.lower(k - 1))) {
    --k;
    ++modifiers;
  }
  if (compound_after(i + 1, end)) return std::nullopt;  // "after the fire crews left"
  const bool determiner = k > floor && is_event_determiner(t_.lower(k - 1));
  if (determiner) --k;
  FoundTime f;
  f.end = i + 1;
  // "before election day", "on match night": the day of the event.
  if (f.end < end && (t_.is(f.end, "day") || t_.is(f.end, "night") || t_.is(f.end, "eve"))) ++f.end;
  f.time.type = TimeType::relative;
  // "(at) the end of": the time after "of" completes it; only then does "at"/"by" lead
  // it, and a preposition is not needed ("Oct. 1, the start of the fiscal year").
  if (determiner && f.end < end && stage_kind_at(i) == StageKind::boundary &&
      t_.is(f.end, "of")) {
    const bool led = k > floor && (has_role(k - 1, time_prep) || is_temporal_prep(t_.lower(k - 1)));
    f.first = led ? k - 1 : k;
    if (auto whole = of_continuation(f, end)) return whole;
  }
  if (k <= floor || (!determiner && modifiers > 0)) return std::nullopt;
  const Index prep = k - 1;
  f.first = prep;
  // "ahead of the vote", "in the run-up to the election", "in the wake of the storm"
  const bool ahead = (t_.is(prep, "of") || t_.is(prep, "to")) && prep > floor &&
                     is_event_lead(t_.lower(prep - 1));
  if (ahead) f.first = prep - 1;
  const StageKind kind = stage_kind_at(i);
  const bool occasion = kind == StageKind::occasion && is_occasion_prep(t_.lower(prep));
  // "from the start", "from the outset" (but "from the end of the street" is a place)
  const bool from_start = kind == StageKind::boundary && t_.is(prep, "from") && determiner &&
                          !t_.is(f.end, "of");
  if (!ahead && !occasion && !from_start && !is_temporal_prep(t_.lower(prep))) return std::nullopt;
  return f;
}

// "by the end | of the year": `f` ends before "of"; a time within a few words after it
// completes the expression. Boundaries are skipped, so this never nests.
std::optional<FoundTime> TimeParser::of_continuation(FoundTime f, Index end) const {
  constexpr Index max_gap = 3;
  const Index of = f.end;
  for (Index j = of + 1; j < end && j <= of + max_gap; ++j) {
    const StageKind kind = has_role(j, time_stage) ? stage_kind_at(j) : StageKind::life;
    if (may_open(j) && kind != StageKind::boundary) {
      // "the height of summer", "the end of the war", "the start of the school year"
      if (has_role(j, time_period) || kind == StageKind::event || kind == StageKind::holiday) {
        f.end = j + 1;
        return f;
      }
      // "the end of | March", "the end of | the year"; a time further on is its own
      // ("a peak of 985 in December").
      if (auto rest = parse_at(j, of, end)) {
        if (rest->first > of + 1) return std::nullopt;
        f.end = rest->end;
        f.blocks = rest->blocks;
        f.time.type = rest->time.type;
        f.time.value = rest->time.value;
        return f;
      }
    }
    // Only determiners and modifiers stand between "of" and the time.
    if (t_.kind(j) != TokenKind::word || has_role(j, time_prep)) return std::nullopt;
  }
  return std::nullopt;
}

// The first token of a vague count before plural unit `unit` ("a few more", "several",
// "a couple of"), or `unit` when there is none.
Index TimeParser::vague_count_start(Index unit, Index floor) const {
  Index k = unit;
  if (k > floor && is_unit_adjective(t_.lower(k - 1))) --k;
  if (k > floor && is_vague_count(t_.lower(k - 1))) {
    --k;
    if (k > floor && t_.is(k, "few") && t_.is(k - 1, "a")) --k;
    return k;
  }
  if (k > floor + 1 && t_.is(k - 1, "of") && t_.is(k - 2, "couple")) {
    k -= 2;
    if (k > floor && t_.is(k - 1, "a")) --k;
    return k;
  }
  // "billions of years", "hundreds of years"
  const WordInfo* many = k > floor + 1 && t_.is(k - 1, "of") ? t_.info(k - 2) : nullptr;
  if (many != nullptr && many->number_kind == NumberKind::plural) return k - 2;
  return unit;
}

// A plural unit without a figure: "days after", "weeks later", "for several hours",
// "after months of talks", "a few more days", "in the weeks before".
std::optional<FoundTime> TimeParser::bare_units(Index i, Index floor, Index end) const {
  if (!has_role(i, time_unit) || !is_plural_unit(t_.lower(i))) return std::nullopt;
  if (t_.capitalized(i) && !t_.token(i).has(TokenFlag::sentence_start)) return std::nullopt;
  Index first = vague_count_start(i, floor);
  const bool quantified = first < i;
  // "three days" and "the last two years" are the figure rules' to read.
  if (!quantified && i > floor &&
      (t_.kind(i - 1) == TokenKind::number ||
       (t_.info(i - 1) != nullptr && t_.info(i - 1)->number_kind != NumberKind::none))) {
    return std::nullopt;
  }
  const bool tail = i + 1 < end && is_relative_tail(t_.lower(i + 1));
  if (!quantified && tail && first > floor && t_.is(first - 1, "the")) --first;
  // "in the early hours", "in the small hours"
  const bool small_hours = !quantified && !tail && first > floor + 1 && t_.is(first - 2, "the") &&
                           (t_.is(first - 1, "early") || t_.is(first - 1, "small"));
  if (small_hours) first -= 2;
  const bool led = first > floor && is_unit_prep(t_.lower(first - 1));
  // "waited years", "took months": the object of a verb of duration.
  const bool object = !led && first > floor && is_duration_verb(t_.lower(first - 1)) &&
                      !(i + 1 < end && t_.is(i + 1, "of"));  // "need hours of footage"
  if (!quantified && !tail && !led && !object) return std::nullopt;
  FoundTime f;
  f.first = led ? first - 1 : first;
  f.end = tail ? i + 2 : i + 1;
  f.time.type = tail || small_hours ? TimeType::relative : TimeType::duration;
  return f;
}

// "on Boxing Day", "on New Year's Eve": a capitalised "Day" or "Eve" after up to three
// capitalised words, led by a preposition or a holiday.
std::optional<FoundTime> TimeParser::named_day(Index i, Index floor, Index end) const {
  constexpr Index max_name_words = 3;
  // "over New Year", "at Lunar New Year"
  const bool new_year =
      t_.is(i, "year") && i > floor && t_.is(i - 1, "new") && t_.capitalized(i - 1);
  if (i >= end || !(t_.is(i, "day") || t_.is(i, "eve") || new_year) || !t_.capitalized(i) ||
      t_.token(i).has(TokenFlag::sentence_start)) {
    return std::nullopt;
  }
  Index k = i;
  while (k > floor && i - k < max_name_words && t_.kind(k - 1) == TokenKind::word &&
         t_.capitalized(k - 1)) {
    --k;
  }
  if (k == i) return std::nullopt;
  const bool led = k > floor && has_role(k - 1, time_prep);
  if (!led && !is_holiday(k) && !new_year) return std::nullopt;
  return found(led ? k - 1 : k, i + 1, TimeType::relative);
}

// "2024/25", "2024/2025": a season or fiscal year over two years, one token.
std::optional<FoundTime> TimeParser::slash_season(Index i) const {
  constexpr std::size_t year_digits = 4;
  const std::string_view raw = t_.raw(i);
  if (raw.size() != 7 && raw.size() != 9) return std::nullopt;
  if (raw[year_digits] != '/') return std::nullopt;
  int first = 0;
  int second = 0;
  const char* mid = raw.data() + year_digits;
  const auto a = std::from_chars(raw.data(), mid, first);
  const auto b = std::from_chars(mid + 1, raw.data() + raw.size(), second);
  if (a.ec != std::errc() || a.ptr != mid || b.ec != std::errc() ||
      b.ptr != raw.data() + raw.size()) {
    return std::nullopt;
  }
  const int expected = raw.size() == 7 ? (first + 1) % 100 : first + 1;
  if (first < min_year || first > max_year || second != expected) return std::nullopt;
  FoundTime f;
  f.first = i;
  f.end = i + 1;
  f.blocks = true;
  f.time.type = TimeType::date;
  return f;
}

// "12/03/2024", "3/12/24": a numeric date, one token. Day and month are told apart only
// when one of them is over 12 ("25/12/2024" day first, "12/25/2024" month first); an
// ambiguous date is still a date, with no value.
std::optional<FoundTime> TimeParser::slash_date(Index i) const {
  const std::string_view raw = t_.raw(i);
  const std::size_t first_slash = raw.find('/');
  const std::size_t second_slash = raw.find('/', first_slash + 1);
  if (first_slash == std::string_view::npos || second_slash == std::string_view::npos) {
    return std::nullopt;
  }
  int a = 0;
  int b = 0;
  int y = 0;
  const char* p = raw.data();
  const char* end = raw.data() + raw.size();
  const auto ra = std::from_chars(p, p + first_slash, a);
  const auto rb = std::from_chars(p + first_slash + 1, p + second_slash, b);
  const auto ry = std::from_chars(p + second_slash + 1, end, y);
  const std::size_t year_digits = raw.size() - second_slash - 1;
  if (ra.ptr != p + first_slash || rb.ptr != p + second_slash || ry.ptr != end ||
      first_slash > 2 || second_slash - first_slash - 1 > 2 ||
      (year_digits != 2 && year_digits != 4) || a < 1 || b < 1 || a > 31 || b > 31 ||
      (a > 12 && b > 12)) {
    return std::nullopt;
  }
  if (year_digits == 2) y += 2000;
  if (y < min_year || y > max_year) return std::nullopt;
  FoundTime f;
  f.first = i;
  f.end = i + 1;
  f.blocks = true;
  f.time.type = TimeType::date;
  if (a > 12) f.time.value = iso_date(y, b, a);
  if (b > 12) f.time.value = iso_date(y, a, b);
  return f;
}

// "2025-11-03" (an ISO date) and "2019-20" (a season or fiscal year over two years),
// the parts written without spaces.
std::optional<FoundTime> TimeParser::iso_or_season(Index i, Index end, int year) const {
  constexpr std::size_t two_digits = 2;
  auto part = [&](Index dash) {
    return dash + 1 < end && t_.raw(dash) == "-" && adjacent(dash - 1, dash) &&
           adjacent(dash, dash + 1) && t_.kind(dash + 1) == TokenKind::number &&
           t_.raw(dash + 1).size() == two_digits;
  };
  if (!part(i + 1)) return std::nullopt;
  const auto second = integer(i + 2, false);
  if (!second) return std::nullopt;
  FoundTime f;
  f.first = i;
  f.blocks = true;
  f.time.type = TimeType::date;
  if (part(i + 3)) {
    const auto day = integer(i + 4, false);
    if (*second < 1 || *second > 12 || !day || *day < 1 || *day > 31) return std::nullopt;
    f.end = i + 5;
    f.time.value = iso_date(year, *second, *day);
    return f;
  }
  if (*second != (year + 1) % 100) return std::nullopt;
  f.end = i + 3;
  return f;
}

}  // namespace sayso::inline v0::detail
