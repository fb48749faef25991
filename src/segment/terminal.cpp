#include "segment/terminal.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "segment/scan.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail::seg {
namespace {

constexpr std::size_t word_window = 32;    // bytes read back for the word before a mark
constexpr std::size_t address_window = 64;   // bytes searched for '@' or '/' around a mark
constexpr std::size_t fronted_window = 32;   // a fronted time phrase is shorter than this
constexpr int max_openers = 4;

// ---------------------------------------------------------------------------------
// The run of marks: ".", "?!", "...", ". . . .", "…", "。" and the closers after it.

struct Run {
  std::size_t start = 0;
  std::size_t marks_end = 0;
  std::size_t end = 0;  // after closing quotation marks and brackets
  int dots = 0;
  bool bang = false;           // "!" or "?" among the marks
  bool ellipsis_char = false;  // "…"
  bool spaced = false;         // ". . ."
  bool cjk = false;
  bool quote_closer = false;   // a closing quotation mark follows the marks
};

bool letter_at(std::string_view t, std::size_t i) {
  return i < t.size() && letter_cp(cp_at(t, i).value);
}

void scan_marks(std::string_view t, Run& r) {
  std::size_t i = r.start;
  const std::size_t n = t.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(t[i]);
    if (b == '.') {
      ++r.dots;
      ++i;
      if (i + 1 < n && t[i] == ' ' && t[i + 1] == '.') {
        r.spaced = true;
        ++i;
      }
      continue;
    }
    if (b == '!' || b == '?') {
      r.bang = true;
      ++i;
      continue;
    }
    if (b < 0x80U) break;
    const CodePoint cp = cp_at(t, i);
    if (cp.value == 0x2026) {
      r.ellipsis_char = true;
    } else if (is_bang_or_question(cp.value)) {
      r.bang = true;
    } else if (is_cjk_terminal(cp.value)) {
      r.cjk = true;
    } else {
      break;
    }
    i += cp.length;
  }
  r.marks_end = i;
}

void scan_closers(std::string_view t, Run& r) {
  std::size_t i = r.marks_end;
  while (i < t.size()) {
    const CodePoint cp = cp_at(t, i);
    if (!is_closer(cp.value)) break;
    const bool apostrophe_like = cp.value == U'\'' || cp.value == 0x2019;
    if (apostrophe_like && letter_at(t, i + cp.length)) break;  // "Jr.'s"
    if (cp.value != U')' && cp.value != U']' && cp.value != U'}' && cp.value != 0xFF09) {
      r.quote_closer = true;
    }
    i += cp.length;
  }
  r.end = i;
}

Run scan_run(std::string_view t, std::size_t at) {
  Run r;
  r.start = at;
  scan_marks(t, r);
  scan_closers(t, r);
  return r;
}

// ---------------------------------------------------------------------------------
// Words around the run.

struct Word {
  std::string_view text;
  std::size_t start = 0;
  bool truncated = false;  // longer than the window: an ordinary word or a URL
};

bool separates_words(std::string_view t, std::size_t i) {  // byte before position i
  const auto b = static_cast<unsigned char>(t[i - 1]);
  if (b > ' ' && b != 0xA0U) return false;
  if (b == ' ' || (b >= '\t' && b <= '\r')) return true;
  return b == 0xA0U && i >= 2 && static_cast<unsigned char>(t[i - 2]) == 0xC2U;
}

bool is_word_prefix(char32_t c) { return is_opener(c) || is_bullet(c) || c == U'-'; }

// The word ending at `end`, not reaching back before `sentence_start`.
Word word_before(std::string_view t, std::size_t end, std::size_t sentence_start) {
  const std::size_t window_floor = end > word_window ? end - word_window : 0;
  const std::size_t floor = std::max(window_floor, std::min(sentence_start, end));
  std::size_t i = end;
  while (i > floor && !separates_words(t, i)) --i;
  Word w;
  w.truncated = i == window_floor && floor == window_floor && window_floor > 0 &&
                !separates_words(t, i);
  while (i < end) {
    const CodePoint cp = cp_at(t, i);
    if (!is_word_prefix(cp.value)) break;
    i += cp.length;
  }
  w.start = i;
  w.text = t.substr(i, end - i);
  return w;
}

enum class Cls : std::uint8_t { upper, lower, digit, other };

struct Next {
  Cls cls = Cls::other;
  std::size_t pos = 0;        // first byte after any opening marks
};

Cls classify(char32_t c) {
  if (upper_cp(c)) return Cls::upper;
  if (lower_cp(c)) return Cls::lower;
  if (is_ascii_digit(c)) return Cls::digit;
  return Cls::other;
}

Next look_next(std::string_view t, std::size_t q) {
  Next nx;
  std::size_t i = q;
  for (int k = 0; k < max_openers && i < t.size(); ++k) {
    const CodePoint cp = cp_at(t, i);
    if (!is_opener(cp.value)) break;
    i += cp.length;
  }
  nx.pos = i;
  if (i >= t.size()) return nx;
  nx.cls = classify(cp_at(t, i).value);
  return nx;
}

// ---------------------------------------------------------------------------------
// Shapes of the word before a period.

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (const char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool all_upper(std::string_view w) {
  for (const char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// "1", "12", "a": what starts a list item ("1. ...", "a. ...").
bool is_list_label(std::string_view w) {
  if (all_digits(w)) return w.size() <= 3;
  return w.size() == 1 && w[0] >= 'a' && w[0] <= 'z';
}

// "U.S", "e.g", "Ph.D": letter groups of one or two joined by periods.
bool is_dotted(std::string_view w) {
  std::size_t group = 0;
  std::size_t groups = 1;
  for (const char c : w) {
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
      ++groups;
    } else if (is_ascii_alpha(static_cast<unsigned char>(c)) && group < 2) {
      ++group;
    } else {
      return false;
    }
  }
  return groups >= 2 && group > 0;
}

bool is_single_letter(std::string_view w) {
  if (w.empty()) return false;
  const CodePoint cp = cp_at(w, 0);
  return cp.length == w.size() && letter_cp(cp.value);
}

// Only bullets, dashes, opening brackets and spaces between `from` and `to`.
bool only_list_prefix(std::string_view t, std::size_t from, std::size_t to) {
  if (to < from || to - from > 12) return false;
  std::size_t i = from;
  while (i < to) {
    const CodePoint cp = cp_at(t, i);
    if (!is_word_prefix(cp.value) && !space_cp(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

// The word before the word starting at `start` begins with a lower-case letter.
bool previous_word_lower(std::string_view t, std::size_t start) {
  std::size_t i = start;
  const std::size_t floor = start > word_window ? start - word_window : 0;
  while (i > floor && separates_words(t, i)) --i;
  if (i == start) return false;
  while (i > floor && !separates_words(t, i)) --i;
  return starts_lower(t.substr(i, start - i));
}

bool contains_address_mark(std::string_view s) {
  return s.find('@') != std::string_view::npos || s.find('/') != std::string_view::npos ||
         s.find("www") != std::string_view::npos;
}

// The whitespace-delimited token around [from, to) holds '@', '/' or "www".
bool in_address(std::string_view t, std::size_t from, std::size_t to) {
  std::size_t a = from;
  const std::size_t floor = from > address_window ? from - address_window : 0;
  while (a > floor && !separates_words(t, a)) --a;
  std::size_t b = to;
  const std::size_t ceil = std::min(t.size(), to + address_window);
  while (b < ceil && !(b + 1 <= t.size() && separates_words(t, b + 1))) ++b;
  return contains_address_mark(t.substr(a, b - a));
}

constexpr std::array<std::string_view, 20> domain_words = {
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io",
    "co",  "uk",  "us",  "de",  "fr",  "ca",  "au",  "html", "htm", "php"};

bool is_domain_word(std::string_view w) {
  for (const std::string_view d : domain_words) {
    if (iequals(w, d)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------
// Decisions.

Decision keep_going(const Run& r) { return Decision{false, 0, 0, r.end}; }

Decision split(const Run& r, std::size_t next) { return Decision{true, r.end, next, next}; }

Decision by_starter(const TerminalContext& c, const Run& r, std::size_t q, const Next& nx) {
  return c.lexicon->starts_sentence(word_from(c.text, nx.pos)) ? split(r, q) : keep_going(r);
}

// A period glued to what follows: "3.5", "a.b", "example.com", or a missing space
// between sentences ("close.Turnout was low").
Decision glued(const TerminalContext& c, const Run& r) {
  const std::string_view t = c.text;
  if (r.cjk) return split(r, r.end);
  if (r.dots >= 2 || r.ellipsis_char || r.spaced) return keep_going(r);
  const CodePoint next = cp_at(t, r.end);
  if (!upper_cp(next.value) || r.end + next.length >= t.size() ||
      !lower_cp(cp_at(t, r.end + next.length).value)) {
    return keep_going(r);
  }
  if (r.start == 0) return keep_going(r);
  const char32_t prev = decode_utf8_before(t, r.start).value;
  if (!lower_cp(prev) && !is_ascii_digit(prev)) return keep_going(r);
  if (in_address(t, r.start, r.end)) return keep_going(r);
  if (is_domain_word(word_from(t, r.end))) return keep_going(r);
  const Word w = word_before(t, r.start, c.sentence_start);
  if (c.lexicon->abbreviation(w.text) != AbbrevKind::none) return keep_going(r);  // "Inc.Shares"
  return split(r, r.end);
}

// `"Why?" Torres asked.`: a capitalised speaker and a reporting verb after the quote.
bool speech_follows(const TerminalContext& c, const Next& nx) {
  if (c.lexicon->starts_sentence(word_from(c.text, nx.pos))) return false;
  std::size_t i = nx.pos;
  for (int k = 0; k < 4 && i < c.text.size(); ++k) {
    const std::string_view w = word_from(c.text, i);
    if (w.empty()) return false;
    if (k > 0 && starts_lower(w)) return c.lexicon->is_reporting_verb(w);
    if (!starts_upper(w)) return false;
    i += w.size();
    if (i < c.text.size() && c.text[i] == '.') ++i;  // "Mr."
    i = skip_blanks(c.text, i);
  }
  return false;
}

Decision after_bang(const TerminalContext& c, const Run& r, std::size_t q, const Next& nx) {
  if (r.quote_closer && nx.cls == Cls::upper && speech_follows(c, nx)) return keep_going(r);
  return split(r, q);
}

Decision after_ellipsis(const TerminalContext& c, const Run& r, std::size_t q) {
  const std::string_view t = c.text;
  if (r.start > 0) {
    const char32_t prev = decode_utf8_before(t, r.start).value;
    if (prev == U'[' || prev == U'(') return keep_going(r);  // "[...]": an omission
    if (r.spaced && t[r.start] == '.' && !space_cp(prev)) {
      // "inspected. . . . The": the period ends the sentence, the ellipsis opens the next.
      std::size_t next = r.start + 1;
      while (next < r.marks_end && t[next] == ' ') ++next;
      return Decision{true, r.start + 1, next, q};
    }
  }
  if (r.spaced && r.dots < 4) return keep_going(r);  // ". . . we": an omission mid-sentence
  return split(r, q);
}

Decision after_initial(const TerminalContext& c, const Run& r, std::size_t q, const Word& w,
                       const Next& nx) {
  if (nx.cls == Cls::digit) return split(r, q);
  if (nx.cls != Cls::upper) return keep_going(r);
  if (w.text == "I" && previous_word_lower(c.text, w.start)) return split(r, q);
  return by_starter(c, r, q, nx);
}

Decision after_time(const TerminalContext& c, const Run& r, std::size_t q, const Word& w,
                    const Next& nx) {
  if (nx.cls != Cls::upper) return split(r, q);
  if (fronted_time(c.text, c.sentence_start, w.start)) return keep_going(r);
  if (c.lexicon->follows_clock_time(word_from(c.text, nx.pos))) return keep_going(r);
  return split(r, q);
}

Decision after_abbreviation(const TerminalContext& c, const Run& r, std::size_t q,
                            AbbrevKind kind, const Next& nx) {
  if (kind == AbbrevKind::title) return keep_going(r);
  if (nx.cls == Cls::upper) return by_starter(c, r, q, nx);
  return keep_going(r);
}

// The kind of the word before a period; for "Mon.-Fri" or "Jan./Feb", of its last part.
AbbrevKind kind_of(const TerminalContext& c, std::string_view w) {
  AbbrevKind kind = c.lexicon->abbreviation(w);
  if (kind == AbbrevKind::none && is_dotted(w)) return AbbrevKind::general;
  if (kind != AbbrevKind::none) return kind;
  std::size_t joint = w.size();
  while (joint > 0 && w[joint - 1] != '-' && w[joint - 1] != '/') --joint;
  if (joint > 0 && joint < w.size()) kind = c.lexicon->abbreviation(w.substr(joint));
  return kind;
}

Decision after_period(const TerminalContext& c, const Run& r, std::size_t q, const Next& nx) {
  const Word w = word_before(c.text, r.start, c.sentence_start);
  if (w.text.empty() || w.truncated) return split(r, q);
  if (is_list_label(w.text) && only_list_prefix(c.text, c.sentence_start, w.start)) {
    return keep_going(r);  // "1. The first item"
  }
  const AbbrevKind kind = kind_of(c, w.text);
  if (kind == AbbrevKind::time) return after_time(c, r, q, w, nx);
  if (kind != AbbrevKind::none) return after_abbreviation(c, r, q, kind, nx);
  if (is_single_letter(w.text)) return after_initial(c, r, q, w, nx);
  return split(r, q);
}

// A lower-case word after the marks. Inside quotation marks or brackets (`"Who pays?"
// he asked`, `(... engineer.) at`), after an ellipsis, an abbreviation, an initial or a
// capitalised name ending in "!" ("Oklahoma! in") the sentence goes on; after an ordinary
// word the writer simply did not capitalise ("it was late. we left").
Decision before_lower(const TerminalContext& c, const Run& r, std::size_t q) {
  if (r.end != r.marks_end || r.cjk) return keep_going(r);
  if (!r.bang && (r.ellipsis_char || r.dots >= 2)) return keep_going(r);
  const Word w = word_before(c.text, r.start, c.sentence_start);
  if (w.text.empty()) return split(r, q);  // "... was late . and"
  if (r.bang) {
    const bool name_like = r.marks_end == r.start + 1 && starts_upper(w.text) &&
                           !all_upper(w.text) && w.start > c.sentence_start;
    return name_like ? keep_going(r) : split(r, q);
  }
  if (w.truncated) return split(r, q);
  if (kind_of(c, w.text) != AbbrevKind::none || is_single_letter(w.text)) return keep_going(r);
  if (is_list_label(w.text) && only_list_prefix(c.text, c.sentence_start, w.start)) {
    return keep_going(r);
  }
  return split(r, q);
}

}  // namespace

constexpr std::array<std::string_view, 22> fronting_words = {
    "At",     "By",       "Before",    "After", "Until",    "Till",     "Since",    "From",
    "Around", "About",    "Shortly",   "Starting", "Beginning", "On",   "Early",    "Late",
    "Just",   "Today",    "Tomorrow",  "Yesterday", "Tonight", "Overnight"};

// "At 5 a.m." opens the sentence: a fronted time phrase, not a sentence of its own.
bool fronted_time(std::string_view t, std::size_t sentence_start, std::size_t word_start) {
  if (word_start < sentence_start || word_start - sentence_start > fronted_window) return false;
  const std::string_view first = word_from(t, look_next(t, sentence_start).pos);
  for (const std::string_view f : fronting_words) {
    if (first == f) return true;
  }
  return false;
}


Decision decide_terminal(const TerminalContext& c, std::size_t at) {
  const std::string_view t = c.text;
  if (t[at] == '.' && at + 1 < t.size()) {
    const auto next = static_cast<unsigned char>(t[at + 1]);
    if ((next >= '0' && next <= '9') || (next >= 'a' && next <= 'z')) {
      return Decision{false, 0, 0, at + 1};  // "4.5", "a.m", "example.org": inside a token
    }
  }
  const Run r = scan_run(t, at);
  const std::size_t q = skip_blanks(t, r.end);
  if (q >= t.size() || line_break_at(t, q)) return keep_going(r);
  if (q == r.end) return glued(c, r);
  const char first = t[q];
  if (first == ',' || first == ';' || first == ':') return keep_going(r);
  if (first == '!' || first == '?') return keep_going(r);  // "Now? ?": one more mark
  const Next nx = look_next(t, q);
  if (nx.cls == Cls::lower) return before_lower(c, r, q);
  if (r.cjk) return split(r, q);
  if (r.bang) return after_bang(c, r, q, nx);
  if (r.ellipsis_char || r.dots >= 2) return after_ellipsis(c, r, q);
  return after_period(c, r, q, nx);
}

}  // namespace sayso::inline v0::detail::seg
