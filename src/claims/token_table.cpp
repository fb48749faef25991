#include "claims/token_table.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "core/huge_pages.hpp"

namespace sayso::inline v0::detail {
namespace {

// Writes `raw` lower-cased (ASCII) to `out`, with U+2019 turned into an ASCII
// apostrophe; returns the number of bytes written (never more than raw.size()) and
// sets `hyphen` when the token holds a hyphen.
std::size_t write_lower(char* out, std::string_view raw, bool& hyphen) {
  std::size_t n = 0;
  bool dash = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\xE2' && i + 2 < raw.size() && raw[i + 1] == '\x80' && raw[i + 2] == '\x99') {
      out[n++] = '\'';
      i += 2;
      continue;
    }
    dash = dash || c == '-';
    out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  hyphen = dash;
  return n;
}

bool ends_with_nt(std::string_view w) {
  return w.size() > 3 && w[w.size() - 3] == 'n' && w[w.size() - 2] == '\'' && w.back() == 't';
}

// "it'll", "they'll": a contracted "will".
bool ends_with_ll(std::string_view w) {
  return w.size() > 3 && w[w.size() - 3] == '\'' && w[w.size() - 2] == 'l' && w.back() == 'l';
}

// The opens bit of an unknown word ending in "'ll" (see TokenOpens).
std::uint8_t contracted_will(const WordInfo* info, std::string_view lower) {
  return info == nullptr && ends_with_ll(lower) ? opens_entry(EntryKind::claim_cue) : 0;
}

// The TokenOpens bits of a token from its kind, marks and lexicon facts.
std::uint8_t opens_of(TokenKind kind, std::uint8_t marks, const WordInfo* info) {
  std::uint8_t o = info != nullptr ? info->entry_kinds : 0;
  const bool time_word = kind == TokenKind::word && info != nullptr &&
                         (info->time.roles & (time_unit | time_period)) != 0;
  if ((marks & (mark_time | mark_number)) != 0 || time_word) o |= opens_time;
  // A symbol the lexicons lack ("&", "@") opens no figure: only a known one ("$", "~") may.
  const bool known_symbol = (marks & mark_symbol) != 0 && info != nullptr;
  if ((marks & (mark_quantity | mark_number | mark_hyphen)) != 0 || known_symbol) o |= opens_quantity;
  const bool negation = kind == TokenKind::word &&
                        ((marks & mark_nt) != 0 || (o & opens_entry(EntryKind::negation)) != 0);
  if (negation) o |= opens_negation;
  return o;
}

bool ends_with_possessive(std::string_view w) {
  return w.size() > 2 && w[w.size() - 2] == '\'' && w.back() == 's';
}

// The facts of a word the lexicon lacks as written: "wednesday's", "mid-january". The
// word and its parts lie in the table's forms, with the slack find_padded() reads.
const WordInfo* lookup_variant(const ClaimLexicon& lexicon, std::string_view lower, bool hyphen) {
  // "wednesday's" -> "wednesday"
  if (ends_with_possessive(lower)) return lexicon.find_padded(lower.substr(0, lower.size() - 2));
  // "mid-january", "early-march": the month, when the prefix is a part of a period.
  const std::size_t dash = hyphen ? lower.find('-') : std::string_view::npos;
  if (dash != std::string_view::npos && dash + 1 < lower.size()) {
    const WordInfo* part = lexicon.find_padded(lower.substr(0, dash));
    const WordInfo* rest = lexicon.find_padded(lower.substr(dash + 1));
    if (part != nullptr && rest != nullptr && part->time.has(time_part) && rest->time.has(time_month)) {
      return rest;
    }
  }
  return nullptr;
}

// `lower` lies in the table's forms (see find_padded()).
inline const WordInfo* lookup(const ClaimLexicon& lexicon, std::string_view lower, bool hyphen) {
  if (lower.empty()) return nullptr;
  if (const WordInfo* info = lexicon.find_padded(lower)) return info;
  if (!hyphen && !ends_with_possessive(lower)) return nullptr;
  return lookup_variant(lexicon, lower, hyphen);
}

}  // namespace

std::optional<DigitParse> parse_digit_token(std::string_view s) {
  constexpr std::size_t max_digits = 40;
  char digits[max_digits];
  std::size_t n = 0;
  std::size_t i = 0;
  int dots = 0;
  std::uint64_t whole = 0;  // the digits as an integer, while there is no point
  for (; i < s.size(); ++i) {
    const char c = s[i];
    const auto digit = static_cast<unsigned>(static_cast<unsigned char>(c)) - '0';
    if (digit > 9) {  // a separator, a point or the end of the figure
      if (c == ',') continue;
      if (c != '.') break;
      if (++dots > 1) return std::nullopt;
    }
    if (n == max_digits) return std::nullopt;
    digits[n++] = c;
    whole = whole * 10 + digit;  // read only when there is no point
  }
  if (n == 0) return std::nullopt;
  for (std::size_t k = i; k < s.size(); ++k) {
    const char c = s[k];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alpha) return std::nullopt;  // "3:40", "1/2", "2024-01-12"
  }
  DigitParse p;
  p.suffix = s.substr(i);
  constexpr std::size_t exact_digits = 15;  // below 2^53: the double is exact
  if (dots == 0 && n <= exact_digits) {
    p.value = static_cast<double>(whole);
    return p;
  }
  const auto [ptr, ec] = std::from_chars(digits, digits + n, p.value);
  if (ec != std::errc() || ptr != digits + n) return std::nullopt;
  return p;
}

void TokenTable::other_form(std::size_t i, bool& hyphen) {
  const Token& t = token_data_[i];
  const std::size_t n = write_lower(forms_.data() + t.span.start, slice(text_, t.span), hyphen);
  other_length_[i] = static_cast<std::uint32_t>(n);
}

void TokenTable::fold_forms(std::string_view text, std::string_view folded) {
  if (forms_.size() < text.size() + forms_slack) size_table(forms_, text.size() + forms_slack);
  char* const out = forms_.data();
  if (folded.size() == text.size()) {
    std::memcpy(out, folded.data(), folded.size());
    return;
  }
  for (std::size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    out[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

const Token* TokenTable::tokens_within(const std::vector<Token>& tokens, std::size_t text_size) {
  // Tokens come in text order, each within the text: when the last one ends inside it,
  // every span does.
  if (tokens.empty() || tokens.back().span.end <= text_size) return tokens.data();
  clamped_ = tokens;
  const auto size = static_cast<std::uint32_t>(text_size);
  for (Token& t : clamped_) {
    t.span.start = std::min(t.span.start, size);
    t.span.end = std::clamp(t.span.end, t.span.start, size);
  }
  return clamped_.data();
}

[[gnu::always_inline]] inline
std::uint8_t TokenTable::number_marks(std::size_t i, std::string_view raw) {
  if (const auto d = parse_digit_token(raw)) {
    figure_of_[i] = static_cast<Index>(figures_.size());
    push_table(figures_, *d);
    return mark_number | mark_figure;
  }
  return mark_number;
}

// The facts of a word token whose lower-case form is `low`. Inline: it runs once per
// word token, in the loop of build().
[[gnu::always_inline]] inline
TokenTable::Facts TokenTable::word_facts(std::string_view low, bool hyphen, const WordInfo* info,
                                         const ClaimLexicon& lexicon) {
  if (info != nullptr) {  // the word as spelled: its bits hold those of its spelling ("n't")
    std::uint8_t m = info->spelled_marks;
    std::uint8_t o = info->spelled_opens;
    if (hyphen) {
      m |= mark_hyphen;
      o |= opens_quantity;
    }
    return Facts{info, m, o};
  }
  // "n't", "'s", "'ll" put an apostrophe two or three bytes from the end; most words
  // have none, and skip the tests of those endings.
  const std::size_t n = low.size();
  const bool clitic = n > 2 && (low[n - 2] == '\'' || low[n - 3] == '\'');
  if (hyphen || ends_with_possessive(low)) info = lookup_variant(lexicon, low, hyphen);
  std::uint8_t m = 0;
  std::uint8_t o = 0;
  if (info != nullptr) {
    m = info->word_marks;
    o = info->word_opens;
  }
  if (hyphen) {
    m |= mark_hyphen;
    o |= opens_quantity;
  }
  if (clitic) {
    if (ends_with_nt(low)) {
      m |= mark_nt;
      o |= opens_negation;
    }
    o |= contracted_will(info, low);
  }
  return Facts{info, m, o};
}

void TokenTable::build(std::string_view text, std::string_view folded,
                       const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                       const TokenLocator* shared, const TokenWords& words) {
  text_ = text;
  folded_given_ = folded.size() == text.size();
  token_data_ = tokens_within(tokens, text.size());
  shared_locator_ = shared != nullptr && shared->indexes(tokens) ? shared : nullptr;
  if (shared_locator_ == nullptr) own_locator_.build(tokens);
  lexicon_ = &lexicon;
  // Every form has eight readable bytes after it (ClaimLexicon::find_padded()).
  fold_forms(text, folded);
  const std::size_t n = tokens.size();
  size_ = static_cast<Index>(n);
  if (other_length_.size() < n) size_table(other_length_, n);
  // Most tokens have no lexicon facts: zeroed here in bulk, the loop writes the others.
  fill_table(info_, n, nullptr);
  fill_table(marks_, n, 0);
  fill_table(opens_, n + opens_slack, 0);
  size_table(figure_of_, n);
  figures_.clear();
  // The words' facts as spelled: the records of the tagged tokens (of the same text:
  // folded given) when they come from this lexicon, else a lookup per word.
  const bool tagged = folded_given_ && words.size == n && words.table->built_from(lexicon);
  if (tagged) {
    fill<true>(lexicon, words);
  } else {
    fill<false>(lexicon, words);
  }
}

// The loop of build(), one instance for tagged tokens (their records; the folded text
// given) and one for lookups. The first pass writes the common tokens (ASCII words,
// punctuation) and lists the others; with no call in it, its values stay in registers.
// The second pass sets the listed ones, in token order (figures_ is in token order).
template <bool Tagged>
void TokenTable::fill(const ClaimLexicon& lexicon, const TokenWords& words) {
  // ASCII tokens read their lower-case form from the folded text, in place. The loop
  // writes through local pointers: a store to a byte table may alias anything, and
  // would make the compiler reload every member after it.
  const std::size_t n = size_;
  const bool folded_given = Tagged || folded_given_;
  const Token* const token = token_data_;
  const char* const folded_bytes = forms_.data();  // the text, folded (fold_forms())
  const WordInfo** const info = info_.data();
  std::uint8_t* const marks = marks_.data();
  std::uint8_t* const opens = opens_.data();
  const Index* const word_index = words.index;
  const LexiconWord* const records = words.records;
  if (later_.size() < n) size_table(later_, n);
  Index* const later = later_.data();
  std::size_t later_count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = token[i];
    const bool in_place = folded_given && !t.has(non_ascii);
    if (in_place && t.kind == TokenKind::word) {
      const std::string_view low(folded_bytes + t.span.start, t.span.end - t.span.start);
      const WordInfo* spelled = nullptr;
      if constexpr (!Tagged) {
        spelled = lexicon.find_padded(low);
      } else if (const Index k = word_index[i]; k != no_index) {
        spelled = records[k].claim;
      }
      const bool hyphen = t.has(hyphenated);
      if (spelled != nullptr) {  // word_facts() of a known word, inline
        const Facts f = word_facts(low, hyphen, spelled, lexicon);
        info[i] = f.info;
        marks[i] = f.marks;
        opens[i] = f.opens;
        continue;
      }
      // An unknown word has facts only with a hyphen or an apostrophe near its end
      // (word_facts()): those wait for the second pass.
      const std::size_t length = low.size();
      const bool clitic = length > 2 && (low[length - 2] == '\'' || low[length - 3] == '\'');
      if (hyphen || clitic) later[later_count++] = static_cast<Index>(i);
      continue;
    }
    if (in_place && t.kind == TokenKind::punct) continue;  // no lexicon facts
    later[later_count++] = static_cast<Index>(i);
  }
  for (std::size_t k = 0; k < later_count; ++k) later_facts(later[k], lexicon);
}

// The facts of a token build()'s first pass left: an unknown ASCII word with a hyphen or
// an apostrophe, an ASCII number, or any other token.
void TokenTable::later_facts(std::size_t i, const ClaimLexicon& lexicon) {
  const Token& t = token_data_[i];
  const bool in_place = folded_given_ && !t.has(non_ascii);
  const char* const folded_bytes = forms_.data();
  if (in_place && t.kind == TokenKind::word) {
    const std::string_view low(folded_bytes + t.span.start, t.span.end - t.span.start);
    const Facts f = word_facts(low, t.has(hyphenated), nullptr, lexicon);
    if (f.info == nullptr && (f.marks | f.opens) == 0) return;
    info_[i] = f.info;
    marks_[i] = f.marks;
    opens_[i] = f.opens;
    return;
  }
  if (in_place && t.kind == TokenKind::number) {  // token_facts() of a number, inline
    const std::uint32_t length = t.span.end - t.span.start;
    const std::uint8_t m = number_marks(i, text_.substr(t.span.start, length));
    marks_[i] = m;
    opens_[i] = opens_of(TokenKind::number, m, nullptr) |
                contracted_will(nullptr, std::string_view(folded_bytes + t.span.start, length));
    return;
  }
  token_facts(i, lexicon);
}

// The lower-case form and facts of any token: the general case of build()'s loop.
void TokenTable::token_facts(std::size_t i, const ClaimLexicon& lexicon) {
  const Token& t = token_data_[i];
  const std::string_view raw = slice(text_, t.span);
  bool hyphen = false;
  if (t.has(non_ascii)) {
    other_form(i, hyphen);
  } else if (folded_given_) {
    hyphen = t.has(hyphenated);
  } else {  // as write_lower() would have found
    hyphen = raw.find('-') != std::string_view::npos;
  }
  const std::string_view low = lower(static_cast<Index>(i));
  if (t.kind == TokenKind::word) {
    const Facts f = word_facts(low, hyphen, lexicon.find_padded(low), lexicon);
    info_[i] = f.info;
    marks_[i] = f.marks;
    opens_[i] = f.opens;
    return;
  }
  const WordInfo* info = nullptr;
  std::uint8_t m = 0;
  if (t.kind == TokenKind::symbol) {
    info = lookup(lexicon, low, false);
    m = mark_symbol;
  } else if (t.kind == TokenKind::number) {
    m = number_marks(i, raw);
  }
  if (info != nullptr) m |= info->word_marks;
  info_[i] = info;
  marks_[i] = m;
  opens_[i] = opens_of(t.kind, m, info) | contracted_will(info, low);
}

EntryMatch TokenTable::match_entries(Index i, Index end, EntryKind kind) const {
  const WordInfo* next = i + 1 < end ? info_[i + 1] : nullptr;
  for (const Entry* e : info_[i]->of_kind_before(kind, next)) {
    const auto n = static_cast<Index>(e->words.size());
    if (end - i < n) continue;
    bool ok = true;
    for (Index k = 1; k < n && ok; ++k) ok = info_[i + k] == e->infos[k];
    if (ok) return EntryMatch{e, i + n};
  }
  return {};
}

}  // namespace sayso::inline v0::detail
