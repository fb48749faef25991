#include "claims/quantity_parser.hpp"

#include <charconv>
#include <cmath>

namespace sayso::inline v0::detail {
namespace {

constexpr Index max_number_words = 8;
constexpr Index measured_window = 4;

bool ends_with_s(std::string_view w) { return !w.empty() && w.back() == 's'; }

// The multiplier of a scale suffix glued to a figure ("1.3bn", "£5m", "20k").
double suffix_scale(std::string_view suffix, bool currency) {
  if (suffix == "k") return 1e3;
  if (suffix == "bn" || suffix == "b") return 1e9;
  if (suffix == "tn" || suffix == "trn") return 1e12;
  if (suffix == "mn" || suffix == "mln") return 1e6;
  if (suffix == "m" && currency) return 1e6;
  return 0.0;
}

bool is_ordinal_suffix(std::string_view s) {
  return s == "st" || s == "nd" || s == "rd" || s == "th" || s == "s";
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "A$", "NZ$", "C$", "HK$", "NT$", "S$": the country letters glued before a dollar sign.
std::string_view dollar_prefix(const TokenTable& t, Index k) {
  if (k == 0 || t.raw(k) != "$" || t.token(k).has(TokenFlag::space_before) ||
      t.kind(k - 1) != TokenKind::word) {
    return {};
  }
  const std::string_view p = t.raw(k - 1);
  if (p == "A" || p == "AU") return "AUD";
  if (p == "NZ") return "NZD";
  if (p == "C" || p == "CA" || p == "CAN") return "CAD";
  if (p == "HK") return "HKD";
  if (p == "NT") return "TWD";
  if (p == "S") return "SGD";
  if (p == "US") return "USD";
  return {};
}

// A currency code written before a figure: upper case ("CHF", "INR") or "Rs".
bool is_written_code(const TokenTable& t, Index k) {
  return (t.token(k).has(TokenFlag::all_upper) && t.raw(k).size() == 3) || t.raw(k) == "Rs";
}

bool is_counting(const WordInfo* info) {
  return info != nullptr &&
         (info->number_kind == NumberKind::unit || info->number_kind == NumberKind::tens);
}

// The value of one number word, or of a hyphenated compound ("twenty-five").
std::optional<double> compound_value(std::string_view lower, const WordInfo* info,
                                     const ClaimLexicon& lexicon) {
  if (is_counting(info)) return info->number;
  const std::size_t dash = lower.find('-');
  if (info != nullptr || dash == std::string_view::npos) return std::nullopt;
  const WordInfo* left = lexicon.find(lower.substr(0, dash));
  const WordInfo* right = lexicon.find(lower.substr(dash + 1));
  if (left == nullptr || right == nullptr) return std::nullopt;
  // "twenty-five"
  if (left->number_kind == NumberKind::tens && right->number_kind == NumberKind::unit &&
      right->number < 10.0) {
    return left->number + right->number;
  }
  // "two-thirds", "three-quarters"
  if (left->number_kind == NumberKind::unit && right->number_kind == NumberKind::fraction) {
    return left->number * right->number;
  }
  return std::nullopt;
}

}  // namespace

// Each figure is read in place, in its slot at the end of `out`: no copy of its strings.
// True for a known word that no amount rule reads without an approximator before it:
// no number word, currency code or article before a number word ("in", "at", "more",
// "a house"). parse_amount(k, end, false) fails at it.
[[gnu::always_inline]] inline bool QuantityParser::no_amount_word(Index k, Index end) const {
  if (t_.kind(k) != TokenKind::word) return false;
  const WordInfo* info = t_.info(k);
  if (info == nullptr || info->number_kind != NumberKind::none) return false;
  if (t_.is(k, "a") || t_.is(k, "an")) {
    // article_amount() counts "a third", "a dozen", "a hundred", "a million" only.
    const WordInfo* next = k + 1 < end ? t_.info(k + 1) : nullptr;
    return next == nullptr ||
           (next->number_kind != NumberKind::fraction && next->number_kind != NumberKind::dozen &&
            next->number_kind != NumberKind::hundred && next->number_kind != NumberKind::scale);
  }
  return !(info->starts(EntryKind::unit) && is_written_code(t_, k));
}

// True when the number at i, after a comma, continues a figure glued to letters
// ("Dh10,000"): no space on either side of the comma and a digit before it.
bool QuantityParser::glued_group(Index i) const {
  const std::string_view before = t_.raw(i - 2);
  return !t_.token(i).has(TokenFlag::space_before) && !t_.token(i - 1).has(TokenFlag::space_before) &&
         t_.kind(i - 2) == TokenKind::word && !before.empty() && before.back() >= '0' &&
         before.back() <= '9';
}

// The first tests of a figure at token i: false when none can start there; else
// `approx` holds the approximator starting at i, if any. Inline: parse() asks it of
// every token that may open a figure, and most fail here.
[[gnu::always_inline]] inline bool QuantityParser::opens_at(Index i, Index end,
                                                            EntryMatch& approx) const {
  // Fast path: a figure starts at a number, a currency sign or a known word.
  if (!t_.marked(i, mark_quantity | mark_number | mark_symbol | mark_hyphen)) return false;
  // "COVID-19", "F-16": a figure glued by a hyphen to a word is part of a name.
  if (t_.kind(i) == TokenKind::number && i >= 2 && t_.is(i - 1, "-") &&
      !t_.token(i).has(TokenFlag::space_before) && !t_.token(i - 1).has(TokenFlag::space_before) &&
      t_.kind(i - 2) == TokenKind::word) {
    return false;
  }
  // "Dh10,000", "R15,000,000": the digit groups after a figure glued to letters.
  if (t_.kind(i) == TokenKind::number && i >= 2 && t_.is(i - 1, ",") && glued_group(i)) return false;
  approx = t_.match(i, end, EntryKind::approximator);
  // "in", "at", "more" without the rest of "in excess of", "at least", "more than".
  return approx || !no_amount_word(i, end);
}

void QuantityParser::parse(Index begin, Index end, const std::vector<std::uint8_t>& blocked,
                           std::vector<FoundQuantity>& out) const {
  Index i = begin;
  while (i < end) {
    i = t_.next_opening(i, end, opens_quantity);
    if (i >= end) break;
    EntryMatch approx;
    if (blocked[i] != 0 || !opens_at(i, end, approx)) {
      ++i;
      continue;
    }
    FoundQuantity& q = out.emplace_back();
    if (read_at(i, end, approx, blocked, q)) {
      if (!approx) read_sign(begin, q);
      i = q.end;
    } else {
      out.pop_back();
      ++i;
    }
  }
}

// "minus 15", "-15C": a sign before a single figure (not a range's "10-15": the dash
// there is glued to the number before it) makes it negative and joins the span.
void QuantityParser::read_sign(Index begin, FoundQuantity& q) const {
  if (q.first <= begin || !q.quantity.value) return;
  const Index k = q.first - 1;
  // "plus or minus 2.1 points" is a margin, no negative figure.
  const bool word = t_.is(k, "minus") && !(k >= begin + 2 && t_.is(k - 1, "or") && t_.is(k - 2, "plus"));
  const bool dash = t_.is(k, "-") && !t_.token(q.first).has(TokenFlag::space_before) &&
                    (k == begin || t_.token(k).has(TokenFlag::space_before));
  if (!word && !dash) return;
  q.quantity.value = -*q.quantity.value;
  q.first = k;
  q.quantity.span = t_.span(q.first, q.end);
}

// Reads the figure at token i (opens_at() passed) into `q`, a fresh FoundQuantity.
[[gnu::always_inline]] inline
bool QuantityParser::read_at(Index i, Index end, const EntryMatch& approx,
                             const std::vector<std::uint8_t>& blocked, FoundQuantity& q) const {
  q.first = i;
  Index j = i;
  if (approx) {
    j = approx.end;
    q.approximator_first = i;
    q.approximator_end = j;
    q.quantity.relation = static_cast<Relation>(approx.entry->code);
    q.quantity.approximator = approx.entry->value;
  }
  if (j >= end || blocked[j] != 0) return false;
  if (approx && q.quantity.relation == Relation::range) {
    if (!parse_range(j, end, q)) return false;
    q.quantity.span = t_.span(q.first, q.end);
    return true;
  }
  auto amount = parse_amount(j, end, static_cast<bool>(approx));
  if (!amount) return false;
  const bool ratio_next = t_.is(amount->end, "in");
  if ((!approx && dash_range(j, *amount, end, q)) || (ratio_next && ratio(*amount, end, q))) {
    q.quantity.span = t_.span(q.first, q.end);
    return true;
  }
  if (amount->vague && !approx) q.quantity.relation = Relation::gt;
  if (amount->lone_word && !approx && amount->unit.empty()) return false;
  q.end = amount->end;
  q.quantity.value = amount->value;
  q.quantity.unit = amount->unit;
  // "500 or more", "200 or so"
  if (q.end + 1 < end && t_.is(q.end, "or")) {
    const Index after = q.end + 1;
    if (t_.is(after, "more")) q.quantity.relation = Relation::gte;
    if (t_.is(after, "so")) q.quantity.relation = Relation::approx;
    if (t_.is(after, "fewer") || t_.is(after, "less")) q.quantity.relation = Relation::lte;
    if (t_.is(after, "more") || t_.is(after, "so") || t_.is(after, "fewer") || t_.is(after, "less")) {
      q.end = after + 1;
    }
  }
  if (q.quantity.unit.empty()) q.quantity.measured = measured_noun(q.end, end);
  q.quantity.span = t_.span(q.first, q.end);
  return true;
}

// "rose by 50,000 to 1.5 million", "fell 40,000 to 2 million": a change and the level
// it reached, not a range: "by" before the first figure, or a whole figure far below
// a scaled second one.
bool QuantityParser::change_to(Index j, const Amount& low, const Amount& high) const {
  if (j > 0 && t_.is(j - 1, "by")) return true;
  constexpr double max_spread = 10.0;
  return low.scale == 1.0 && high.scale > 1.0 && low.value * high.scale > high.value &&
         high.value > max_spread * low.value;
}

// "anywhere from", "ranges from": a "from" that opens a spread of values, not a change.
bool QuantityParser::spread_from(Index from) const {
  if (from == 0) return false;
  const std::string_view w = t_.lower(from - 1);
  return w == "anywhere" || w == "range" || w == "ranges" || w == "ranged" || w == "ranging";
}

// "3-4%", "10–12 weeks" (a dash with no spaces), "aged 40 to 75" (but not "from 40
// to 75", a change, unless spread_from()), "three to four" and "10 or 12".
[[gnu::always_inline]] inline
bool QuantityParser::dash_range(Index j, const Amount& low, Index end, FoundQuantity& q) const {
  const Index dash = low.end;
  // "$1.5-2 billion": a currency sign before the low end is the range's unit.
  const bool signed_currency = t_.kind(j) == TokenKind::symbol && !low.unit.empty();
  // "three to four", "two or three": number words on both ends.
  const bool words = t_.kind(j) == TokenKind::word && is_counting(t_.info(j));
  if (dash + 1 >= end || (t_.kind(j) != TokenKind::number && !signed_currency && !words)) return false;
  const std::string_view d = t_.raw(dash);
  const bool glued = (d == "-" || d == "\xE2\x80\x93") && !t_.token(dash).has(TokenFlag::space_before) &&
                     !t_.token(dash + 1).has(TokenFlag::space_before);
  const bool to = t_.is(dash, "to") && !(j > 0 && t_.is(j - 1, "from") && !spread_from(j - 1));
  // "10 or 12 ministers", "five or six boats": two counts offered as one estimate.
  const bool alternative = t_.is(dash, "or") && !signed_currency && low.unit.empty();
  // "$5 to $10", "£30,000-£40,000": the sign again before the high end.
  const bool signed_again = signed_currency && t_.kind(dash + 1) == TokenKind::symbol;
  const bool high_opens = words ? is_counting(t_.info(dash + 1))
                                : t_.kind(dash + 1) == TokenKind::number || signed_again;
  if ((!glued && !to && !alternative) || (words && glued) || !high_opens) return false;
  auto high = parse_amount(dash + 1, end, true);
  if (!high) return false;
  // A unit on the low end ("5%-6%", "1.5C-2C") must be the high end's too.
  if (!low.unit.empty() && (!signed_currency || signed_again) && high->unit != low.unit) return false;
  // "£3-4m": after a currency sign a glued "m" is millions, not metres.
  if (signed_currency && high->unit == "m") {
    high->value *= 1e6;
    high->scale = 1e6;
    high->unit = {};
  }
  if (high->value <= low.value) return false;
  if (to && !low.unit.empty() && low.unit != high->unit) return false;
  if (to && change_to(j, low, *high)) return false;
  q.end = high->end;
  q.quantity.relation = Relation::range;
  q.quantity.low = scaled_low(low, *high);
  q.quantity.high = high->value;
  q.quantity.unit = high->unit.empty() && signed_currency ? low.unit : high->unit;
  if (q.quantity.unit.empty()) q.quantity.measured = measured_noun(q.end, end);
  return true;
}

// "one in five", "1 in 10", "two in every three": a share, valued as a fraction.
bool QuantityParser::ratio(const Amount& part, Index end, FoundQuantity& q) const {
  Index k = part.end;
  // Whole counts only: "a quarter in two years" is a share over a time.
  if (k + 1 >= end || !part.unit.empty() || !t_.is(k, "in") || part.value < 1.0 ||
      part.value != std::floor(part.value)) {
    return false;
  }
  ++k;
  if (t_.is(k, "every") && k + 1 < end) ++k;
  if (!t_.marked(k, mark_number | mark_quantity) || t_.is(k, "a") || t_.is(k, "an")) return false;
  auto whole = parse_amount(k, end, true);
  if (!whole || !whole->unit.empty() || whole->value <= part.value || whole->vague) return false;
  // "one in 10 years" is a rate over time, not a share.
  if (whole->end < end && t_.info(whole->end) != nullptr && t_.info(whole->end)->time.has(time_unit)) {
    return false;
  }
  q.end = whole->end;
  q.quantity.value = part.value / whole->value;
  q.quantity.measured = measured_noun(q.end, end);
  return true;
}

double QuantityParser::scaled_low(const Amount& low, const Amount& high) {
  const bool shared = low.scale == 1.0 && high.scale > 1.0 && low.value * high.scale <= high.value;
  return shared ? low.value * high.scale : low.value;
}

bool QuantityParser::parse_range(Index j, Index end, FoundQuantity& q) const {
  auto low = parse_amount(j, end, true);
  if (!low || low->end + 1 >= end || !(t_.is(low->end, "and") || t_.is(low->end, "to"))) {
    return false;
  }
  auto high = parse_amount(low->end + 1, end, true);
  if (!high) return false;
  q.end = high->end;
  q.quantity.low = scaled_low(*low, *high);
  q.quantity.high = high->value;
  q.quantity.unit = !high->unit.empty() ? high->unit : low->unit;
  if (q.quantity.unit.empty()) q.quantity.measured = measured_noun(q.end, end);
  return true;
}

std::optional<QuantityParser::Amount> QuantityParser::parse_amount(Index i, Index end,
                                                                   bool after_approximator) const {
  Index k = i;
  const std::string_view currency =
      t_.kind(i) == TokenKind::number ? std::string_view() : prefix_currency(i, end, k);
  if (k >= end || (k == i && t_.kind(k) == TokenKind::symbol)) return std::nullopt;
  std::optional<Amount> a;
  if (t_.kind(k) == TokenKind::number) {
    a = parse_digits(k, currency);
  } else if (t_.kind(k) == TokenKind::word) {
    a = parse_words(k, end, after_approximator);
  }
  if (!a) return std::nullopt;
  const double unscaled = a->value;
  a->end = parse_scale(a->end, end, a->value);
  if (unscaled != 0.0) a->scale *= a->value / unscaled;
  if (currency.empty() && a->unit.empty()) read_ratio(*a, end);
  // "half a percentage point", "a quarter of a percentage point": a fraction of one unit.
  if (currency.empty() && a->unit.empty() && a->value > 0.0 && a->value < 1.0) read_unit_fraction(*a, end);
  if (!currency.empty()) {
    a->unit = currency;
    const EntryMatch word = t_.match(a->end, end, EntryKind::unit);
    if (word && static_cast<UnitKind>(word.entry->code) == UnitKind::currency) a->end = word.end;
  } else if (a->unit.empty()) {
    a->end = parse_unit(a->end, end, a->unit);
  }
  return a;
}

// "four out of five", "one in ten", "3 in 4": a share, the first figure over the second.
[[gnu::always_inline]] inline void QuantityParser::read_ratio(Amount& a, Index end) const {
  // A count over a count: "a quarter in two years" is no share.
  if (!(a.value >= 1.0 && a.value < 1e9) || a.value != std::floor(a.value)) return;
  Index k = a.end;
  if (k + 1 < end && t_.is(k, "out") && t_.is(k + 1, "of")) {
    k += 2;
  } else if (k < end && t_.is(k, "in")) {
    k += 1;
    // "aged 40 to 75 in 2020": a year after "in" is a time.
    if (k < end && t_.kind(k) == TokenKind::number && t_.raw(k).size() == 4) return;
  } else {
    return;
  }
  if (k >= end) return;
  std::optional<Amount> whole;
  if (t_.kind(k) == TokenKind::number) {
    whole = parse_digits(k, {});
  } else if (t_.kind(k) == TokenKind::word) {
    whole = parse_words(k, end, false);
  }
  if (!whole || !whole->unit.empty() || whole->value <= a.value) return;
  // "3 in two years": a period, not a share.
  if (const WordInfo* after = whole->end < end ? t_.info(whole->end) : nullptr;
      after != nullptr && after->time.has(time_unit)) {
    return;
  }
  a.value /= whole->value;
  a.end = whole->end;
  a.lone_word = false;  // "one in ten" is a share, not the pronoun "one"
}

// The currency written before a figure: a sign ("$", "£"), a sign with a country
// prefix ("A$", "NZ$", "C$", "HK$"), or a code ("CHF 200 million", "Rs 500").
// Sets `next` to the figure's first token; empty when there is none.
[[gnu::always_inline]] inline std::string_view QuantityParser::prefix_currency(Index k, Index end,
                                                                            Index& next) const {
  next = k;
  if (t_.kind(k) == TokenKind::symbol) {
    const EntryMatch m = t_.match(k, end, EntryKind::unit);
    if (!m || static_cast<UnitKind>(m.entry->code) != UnitKind::symbol) return {};
    next = m.end;
    const std::string_view code = dollar_prefix(t_, k);
    return code.empty() ? std::string_view(m.entry->value) : code;
  }
  const WordInfo* info = t_.info(k);
  if (info == nullptr || !info->starts(EntryKind::unit) || t_.kind(k) != TokenKind::word ||
      !is_written_code(t_, k)) {
    return {};
  }
  const EntryMatch m = t_.match(k, end, EntryKind::unit);
  if (!m || m.end != k + 1 || static_cast<UnitKind>(m.entry->code) != UnitKind::currency) return {};
  Index n = k + 1;
  if (n < end && t_.is(n, ".")) ++n;  // "Rs."
  if (n >= end || t_.kind(n) != TokenKind::number) return {};
  next = n;
  return m.entry->value;
}

std::optional<QuantityParser::Amount> QuantityParser::parse_digits(
    Index i, std::string_view currency) const {
  const DigitParse* parsed = t_.digits(i);
  if (parsed == nullptr) return std::nullopt;
  Amount a;
  a.value = parsed->value;
  a.end = i + 1;
  if (parsed->suffix.empty()) return a;
  const std::string suffix = lower_ascii(parsed->suffix);
  if (is_ordinal_suffix(suffix)) return std::nullopt;
  if (suffix == "bp") {  // "25bp"; a separate "BP" is more often the company
    a.unit = "bp";
    return a;
  }
  if (suffix == "p" && currency.empty()) {  // "50p": pence
    a.value /= 100.0;
    a.unit = "GBP";
    return a;
  }
  // "1.5m people" counts millions; "a 10m wall" measures metres.
  const bool counted = suffix == "m" && i + 1 < t_.size() && t_.kind(i + 1) == TokenKind::word &&
                       !t_.capitalized(i + 1) &&
                       (ends_with_s(t_.lower(i + 1)) || t_.lexicon().plural_noun(t_.lower(i + 1)));
  if (const double scale = suffix_scale(suffix, !currency.empty() || counted); scale > 0.0) {
    a.value *= scale;
    a.scale = scale;
    return a;
  }
  // "10km", "5kg"; anything else glued to digits ("4pm", "4RyCf") is not a figure.
  const std::string* unit = glued_unit(suffix);
  if (unit == nullptr) return std::nullopt;
  a.unit = *unit;
  if (const std::string* rate = rate_unit(suffix, i + 1, a.end)) a.unit = *rate;
  return a;
}

const std::string* QuantityParser::rate_unit(std::string_view form, Index slash, Index& end) const {
  if (slash == 0 || slash + 1 >= t_.size() || !t_.is(slash, "/") ||
      t_.token(slash).span.start != t_.token(slash - 1).span.end ||
      t_.token(slash + 1).span.start != t_.token(slash).span.end) {
    return nullptr;
  }
  std::string rate(form);
  rate.push_back('/');
  rate.append(t_.lower(slash + 1));
  const std::string* unit = glued_unit(rate);
  if (unit != nullptr) end = slash + 2;
  return unit;
}

void QuantityParser::read_unit_fraction(Amount& a, Index end) const {
  Index k = a.end;
  if (k < end && t_.is(k, "of")) ++k;
  if (k + 1 >= end || !(t_.is(k, "a") || t_.is(k, "an"))) return;
  const EntryMatch m = t_.match(k + 1, end, EntryKind::unit);
  if (!m || static_cast<UnitKind>(m.entry->code) == UnitKind::symbol || m.entry->value != "pp") return;
  a.unit = m.entry->value;
  a.end = m.end;
}

// The measure or percent unit a lexicon form names ("km" -> km), or nullptr.
const std::string* QuantityParser::glued_unit(std::string_view form) const {
  const WordInfo* info = t_.lexicon().find(form);
  if (info == nullptr) return nullptr;
  for (const Entry* e : info->entries) {
    if (e->kind == EntryKind::unit && e->words.size() == 1 &&
        (static_cast<UnitKind>(e->code) == UnitKind::measure ||
         static_cast<UnitKind>(e->code) == UnitKind::percent)) {
      return &e->value;
    }
  }
  return nullptr;
}

std::optional<QuantityParser::Amount> QuantityParser::parse_words(Index i, Index end,
                                                                  bool after_approximator) const {
  const WordInfo* first = t_.info(i);
  if (t_.is(i, "a") || t_.is(i, "an")) return article_amount(i, end, after_approximator);
  if (first != nullptr && first->number_kind == NumberKind::plural) return vague_count(i, end);
  if (first != nullptr && first->number_kind == NumberKind::fraction) {
    if (auto part = fraction_of_scale(i, end)) return part;
    // "nearly half", "half of the staff", "half a cent", "Half received the drug": a
    // bare fraction after an approximator, before "of" or "a", or opening the sentence;
    // after "the", "second" ... it is a noun ("the second half of the year").
    const bool noun = i > 0 && (t_.is(i - 1, "the") || t_.is(i - 1, "first") || t_.is(i - 1, "second") ||
                                t_.is(i - 1, "last") || t_.is(i - 1, "other") || t_.is(i - 1, "this") ||
                                t_.is(i - 1, "that") || t_.is(i - 1, "each") || t_.is(i - 1, "every"));
    const bool share = after_approximator ||
                       (!noun && ((i + 1 < end && (t_.is(i + 1, "of") || t_.is(i + 1, "a") ||
                                                   t_.is(i + 1, "an"))) ||
                                  t_.token(i).has(TokenFlag::sentence_start)));
    if (!share) return std::nullopt;
    Amount a;
    a.value = first->number;
    a.end = i + 1;
    return a;
  }
  // "several hundred", "a few thousand": a bare scale word after an approximator.
  if (after_approximator && first != nullptr &&
      (first->number_kind == NumberKind::hundred || first->number_kind == NumberKind::scale ||
       first->number_kind == NumberKind::dozen)) {
    Amount a;
    a.value = first->number;
    a.end = i + 1;
    return a;
  }
  double total = 0.0;
  double current = 0.0;
  double scale = 1.0;  // the last scale word's ("three million": 1e6)
  bool any = false;
  Index k = i;
  const Index stop = std::min<Index>(end, i + max_number_words);
  for (; k < stop; ++k) {
    if (t_.kind(k) != TokenKind::word) break;
    const WordInfo* info = t_.info(k);
    if (const auto v = compound_value(t_.lower(k), info, t_.lexicon())) {
      current += *v;
      any = true;
      continue;
    }
    if (any && current >= 100.0 && t_.is(k, "and") && k + 1 < stop && is_counting(t_.info(k + 1))) {
      continue;  // "two hundred and fifty"
    }
    if (info == nullptr || !any) break;
    if (info->number_kind == NumberKind::hundred) {
      current = (current == 0.0 ? 1.0 : current) * 100.0;
    } else if (info->number_kind == NumberKind::scale) {
      total += (current == 0.0 ? 1.0 : current) * info->number;
      current = 0.0;
      scale = info->number;
    } else if (info->number_kind == NumberKind::dozen) {
      current = (current == 0.0 ? 1.0 : current) * 12.0;
    } else if (info->number_kind == NumberKind::fraction) {
      current *= info->number;  // "two thirds"
      ++k;
      break;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  Amount a;
  a.value = total + current;
  a.end = k;
  a.scale = current == 0.0 ? scale : 1.0;
  a.lone_word = (k == i + 1) && a.value == 1.0;
  return a;
}

// "a third", "a dozen", "an hundred", "a million"; after an approximator also "a
// decade", "an hour" (one of the unit).
std::optional<QuantityParser::Amount> QuantityParser::article_amount(
    Index i, Index end, bool after_approximator) const {
  if (i + 1 >= end || t_.info(i + 1) == nullptr) return std::nullopt;
  const WordInfo* next = t_.info(i + 1);
  // "a quarter of a million"
  if (next->number_kind == NumberKind::fraction) {
    if (auto part = fraction_of_scale(i + 1, end)) return part;
  }
  // "a third of voters" is a share; "a third term" is an ordinal.
  // "rose by a fifth" is a share too.
  const bool share = after_approximator || i + 2 >= end || t_.is(i + 2, "of") ||
                     t_.kind(i + 2) != TokenKind::word || (i > 0 && t_.is(i - 1, "by"));
  const bool counted = (next->number_kind == NumberKind::fraction && share) ||
                       next->number_kind == NumberKind::dozen ||
                       next->number_kind == NumberKind::hundred ||
                       next->number_kind == NumberKind::scale;
  // "over a decade" usually means during one.
  const bool one_unit = after_approximator && !(i > 0 && t_.is(i - 1, "over")) &&
                        next->time.has(time_unit) &&
                        t_.kind(i + 1) == TokenKind::word && t_.lower(i + 1).back() != 's';
  if (!counted && !one_unit) return std::nullopt;
  Amount a;
  a.value = counted ? next->number : 1.0;
  a.end = i + 2;
  return a;
}

// "half a million", "quarter of a billion": the fraction at i of a scale word.
std::optional<QuantityParser::Amount> QuantityParser::fraction_of_scale(Index i, Index end) const {
  Index k = i + 1;
  if (k < end && t_.is(k, "of")) ++k;
  if (k + 1 >= end || !(t_.is(k, "a") || t_.is(k, "an"))) return std::nullopt;
  const WordInfo* scale = t_.info(k + 1);
  if (scale == nullptr || (scale->number_kind != NumberKind::scale &&
                           scale->number_kind != NumberKind::hundred &&
                           scale->number_kind != NumberKind::dozen)) {
    return std::nullopt;
  }
  Amount a;
  a.value = t_.info(i)->number * scale->number;
  a.end = k + 2;
  return a;
}

// "hundreds of", "dozens of", "tens of thousands of": at least the value; "of dollars"
// after it is its unit.
std::optional<QuantityParser::Amount> QuantityParser::vague_count(Index i, Index end) const {
  if (i + 1 >= end || !t_.is(i + 1, "of")) return std::nullopt;
  Amount a;
  a.value = t_.info(i)->number;
  a.end = i + 1;
  a.vague = true;
  const WordInfo* next = i + 2 < end ? t_.info(i + 2) : nullptr;
  if (next != nullptr && next->number_kind == NumberKind::plural && next->number >= 1000.0) {
    a.value *= next->number;  // "tens of thousands"
    a.end = i + 3;
  }
  // "hundreds of millions of dollars": the currency counted.
  if (a.end + 1 < end && t_.is(a.end, "of")) {
    const EntryMatch m = t_.match(a.end + 1, end, EntryKind::unit);
    if (m && static_cast<UnitKind>(m.entry->code) == UnitKind::currency) {
      a.unit = m.entry->value;
      a.end = m.end;
    }
  }
  return a;
}

[[gnu::always_inline]] inline
Index QuantityParser::parse_scale(Index i, Index end, double& value) const {
  while (i < end && t_.kind(i) == TokenKind::word && t_.info(i) != nullptr &&
         (t_.info(i)->number_kind == NumberKind::scale ||
          t_.info(i)->number_kind == NumberKind::hundred)) {
    value *= t_.info(i)->number;
    ++i;
  }
  // "£1.5 billion-a-year", "a 2 million-strong army": a scale word opening a compound.
  if (i < end && t_.kind(i) == TokenKind::word && t_.marked(i, mark_hyphen)) {
    const std::string_view w = t_.lower(i);
    const WordInfo* head = t_.lexicon().find(w.substr(0, w.find('-')));
    if (head != nullptr && head->number_kind == NumberKind::scale) {
      value *= head->number;
      ++i;
    }
  }
  return i;
}

[[gnu::always_inline]] inline
Index QuantityParser::parse_unit(Index i, Index end, std::string_view& unit) const {
  const EntryMatch m = t_.match(i, end, EntryKind::unit);
  if (!m || static_cast<UnitKind>(m.entry->code) == UnitKind::symbol) return i;
  unit = m.entry->value;
  Index unit_end = m.end;
  // "90 km/h": a rate glued to a one-word unit.
  if (m.end == i + 1) {
    if (const std::string* rate = rate_unit(t_.lower(i), m.end, unit_end)) unit = *rate;
  }
  return unit_end;
}

// The counted noun after a figure: the first plural within a few words ("300 North
// Korean soldiers", "41 test firings"), else the first lower-case content word.
std::string_view QuantityParser::measured_noun(Index i, Index end) const {
  const Index stop = std::min<Index>(end, i + measured_window);
  Index fallback = end;
  for (Index m = i; m < stop; ++m) {
    if (t_.kind(m) != TokenKind::word) break;
    const std::string_view w = t_.lower(m);
    if (t_.lexicon().counted_stop(w)) break;
    if (ends_with_s(w)) return t_.raw(m);
    if (fallback == end && !t_.capitalized(m)) fallback = m;
  }
  return fallback == end ? std::string_view() : t_.raw(fallback);
}

}  // namespace sayso::inline v0::detail
