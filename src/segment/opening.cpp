#include "segment/opening.hpp"

#include <algorithm>
#include <array>

#include "segment/scan.hpp"
#include "segment/terminal.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail::seg {
namespace {

constexpr int max_phrase_words = 2;

constexpr std::array<std::string_view, 5> greetings = {"Hi", "Hello", "Dear", "Hey", "Greetings"};

bool is_greeting(std::string_view w) {
  for (const std::string_view g : greetings) {
    if (w == g) return true;
  }
  return false;
}

// A phrase of up to two words from `at` ending in ',' or ':': the offset of that
// mark, or 0; `first` gets the first word and `words` the count.
std::size_t phrase_end(std::string_view t, std::size_t at, std::string_view& first, int& words) {
  std::size_t i = at;
  for (words = 0; words < max_phrase_words;) {
    const std::string_view w = word_from(t, i);
    if (w.empty()) return 0;
    if (words == 0) first = w;
    ++words;
    i += w.size();
    if (i >= t.size()) return 0;
    if (t[i] == ',' || t[i] == ':') return i;
    if (t[i] != ' ') return 0;
    ++i;
  }
  return 0;
}

bool digits(std::string_view t, std::size_t from, std::size_t count) {
  if (from + count > t.size()) return false;
  for (std::size_t i = from; i < from + count; ++i) {
    if (!is_ascii_digit(static_cast<unsigned char>(t[i]))) return false;
  }
  return true;
}

bool meridiem_at(std::string_view t, std::size_t i) {
  if (i + 2 > t.size()) return false;
  const char a = ascii_lower(t[i]);
  const char m = ascii_lower(t[i + 1]);
  return (a == 'a' || a == 'p') && m == 'm' && (i + 2 == t.size() || !is_ascii_alpha(static_cast<unsigned char>(t[i + 2])));
}

// Letters, ASCII or not (bytes of multi-byte sequences count as letters here).
constexpr std::array<bool, 256> letterish = [] {
  std::array<bool, 256> t{};
  for (int b = 'A'; b <= 'Z'; ++b) t[static_cast<std::size_t>(b)] = true;
  for (int b = 'a'; b <= 'z'; ++b) t[static_cast<std::size_t>(b)] = true;
  for (int b = 0x80; b <= 0xFF; ++b) t[static_cast<std::size_t>(b)] = true;
  return t;
}();

// Cheap test before reading words: one or two runs of letters from `at`, the last
// followed by ',' or ':', within the first bytes.
bool may_be_phrase(std::string_view t, std::size_t at) {
  const std::size_t end = std::min(t.size(), at + 24);
  std::size_t i = at;
  for (int word = 0; word < max_phrase_words; ++word) {
    const std::size_t start = i;
    while (i < end && letterish[static_cast<unsigned char>(t[i])]) ++i;
    if (i == start || i >= end) return false;
    if (t[i] == ',' || t[i] == ':') return true;
    if (t[i] != ' ') return false;
    ++i;
  }
  return false;
}

}  // namespace

std::size_t opening_end(const SegmentLexicon& lexicon, std::string_view t, std::size_t at,
                        bool paragraph_start) {
  if (!may_be_phrase(t, at)) return 0;
  std::string_view first;
  int words = 0;
  const std::size_t mark = phrase_end(t, at, first, words);
  if (mark == 0 || mark + 2 > t.size() || t[mark + 1] != ' ') return 0;
  const std::string_view next = word_from(t, skip_blanks(t, mark + 1));
  if (!starts_upper(next) || !starts_upper(first)) return 0;
  const std::string_view phrase = t.substr(at, mark - at);
  if (t[mark] == ',' && lexicon.is_closing(phrase)) return mark + 1;  // "Regards, Petra"
  if (!paragraph_start) return 0;
  if (is_greeting(first) && words >= 2) return mark + 1;  // "Hi Tomas: Here is ..."
  // "Marta, There is ...": a name, then a capitalised word that starts sentences
  // (but not "I", nor "The", which also opens names: "Northwind Wire, The Associated Press").
  const bool addressee = words <= 2 && first.size() >= 2 && !lexicon.starts_sentence(first);
  if (addressee && next != "I" && next != "The" && lexicon.starts_sentence(next)) {
    return mark + 1;
  }
  return 0;
}

std::size_t clock_time_end(const SegmentLexicon& lexicon, std::string_view t, std::size_t colon,
                           std::size_t sentence_start) {
  if (colon < 1 || !digits(t, colon - 1, 1) || !digits(t, colon + 1, 2)) return 0;
  std::size_t i = colon + 3;
  if (i + 3 <= t.size() && t[i] == ':' && digits(t, i + 1, 2)) i += 3;  // seconds
  if (i < t.size() && t[i] == ' ') ++i;
  if (!meridiem_at(t, i)) return 0;
  const std::size_t end = i + 2;
  if (end >= t.size() || t[end] != ' ') return 0;
  const std::string_view next = word_from(t, end + 1);
  if (!starts_upper(next) || lexicon.follows_clock_time(next)) return 0;
  std::size_t hour = colon - 1;
  if (hour > 0 && is_ascii_digit(static_cast<unsigned char>(t[hour - 1]))) --hour;
  if (fronted_time(t, sentence_start, hour)) return 0;
  return end;
}

std::size_t emoticon_end(std::string_view t, std::size_t colon) {
  if (colon > 0 && !space_cp(static_cast<unsigned char>(t[colon - 1])) &&
      t[colon - 1] != '.' && t[colon - 1] != '!' && t[colon - 1] != '?') {
    return 0;
  }
  std::size_t i = colon + 1;
  if (i < t.size() && t[i] == '-') ++i;
  if (i >= t.size()) return 0;
  const char mouth = t[i];
  if (mouth != ')' && mouth != '(' && mouth != 'D' && mouth != 'P' && mouth != 'p') return 0;
  const std::size_t end = i + 1;
  const std::size_t next = skip_blanks(t, end);
  if (next == end || next >= t.size()) return 0;
  return starts_upper(word_from(t, next)) ? end : 0;
}

}  // namespace sayso::inline v0::detail::seg
