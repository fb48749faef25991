#include "segment/segmenter.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/huge_pages.hpp"
#include "segment/opening.hpp"
#include "segment/scan.hpp"
#include "segment/terminal.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace seg {
namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t join_window = 64;  // bytes of a line read to count its words

// Words that cannot end a line of news copy: a line ending in one runs on.
constexpr std::array<std::string_view, 27> run_on_words = {
    "the", "a",    "an",   "of",   "to",  "and", "or",   "but",   "for",
    "with", "in",  "on",   "at",   "by",  "from", "that", "as",   "is",
    "are", "was",  "were", "his",  "her", "their", "its", "our",  "your"};

bool is_run_on_word(std::string_view w) {
  return std::find(run_on_words.begin(), run_on_words.end(), w) != run_on_words.end();
}

// At least three words in the line [line_start, end) (looking at its last bytes only).
bool has_three_words(std::string_view t, std::size_t line_start, std::size_t end) {
  const std::size_t from = std::max(line_start, end > join_window ? end - join_window : 0);
  int words = 0;
  for (std::size_t i = from; i < end && words < 3; ++i) {
    const auto b = static_cast<unsigned char>(t[i]);
    if (!is_blank_byte(b) && (i == from || is_blank_byte(static_cast<unsigned char>(t[i - 1])))) {
      ++words;
    }
  }
  return words >= 3;
}

// The ASCII letters ending at `end` (at most 8).
std::string_view last_word(std::string_view t, std::size_t line_start, std::size_t end) {
  std::size_t i = end;
  while (i > line_start && end - i < 8 && is_ascii_alpha(static_cast<unsigned char>(t[i - 1]))) {
    --i;
  }
  return t.substr(i, end - i);
}

// Where a one-line list starting before `from` can run to: the next line break, at most
// list_window bytes on (so a paragraph never searches beyond its own line, whatever
// line breaks the text uses).
constexpr std::size_t list_window = 4096;

std::size_t list_line_end(std::string_view t, std::size_t from) {
  const std::size_t limit = std::min(t.size(), from + list_window);
  for (std::size_t i = from; i < limit; ++i) {
    const auto b = static_cast<unsigned char>(t[i]);
    if ((b <= '\r' && b >= '\n') || ((b == 0xC2U || b == 0xE2U) && line_break_at(t, i))) return i;
  }
  return limit;
}

// A numbered or lettered list inside one line: "1) ... 2) ...", "a. ... b. ...".
struct ListState {
  bool active = false;
  bool numeric = true;
  unsigned value = 0;          // the current label: a number or a letter
  std::string_view style;      // ".", ".)" or ")"
  std::size_t line_end = 0;
  std::size_t marker = npos;   // offset of the space before the next label
};

class Pass {
 public:
  Pass(const SegmentLexicon& lexicon, std::string_view text, Document& doc,
       std::vector<Index>& sentence_paragraph)
      : lexicon_(lexicon), text_(text), doc_(doc), sentence_paragraph_(sentence_paragraph) {}

  void run();
  /// Bytes of the longest sentence emitted.
  [[nodiscard]] std::size_t longest_sentence() const noexcept { return longest_; }

 private:
  std::size_t dispatch(std::size_t c);
  std::size_t on_multibyte(std::size_t c);
  std::size_t on_terminal(std::size_t c);
  std::size_t on_line_break(std::size_t c);
  std::size_t on_bullet(std::size_t c, std::size_t length);
  std::size_t on_colon(std::size_t c);
  void open_sentence(std::size_t at, bool paragraph_start);
  void on_list_marker();
  void open_paragraph(std::size_t at);
  void close_paragraph(std::size_t end);
  void emit_sentence(std::size_t end);
  [[nodiscard]] bool should_join(std::size_t end, std::size_t next) const;
  void start_list(std::size_t at);
  void find_next_marker(std::size_t from);

  const SegmentLexicon& lexicon_;
  std::string_view text_;
  Document& doc_;
  std::vector<Index>& sentence_paragraph_;
  std::size_t paragraph_start_ = 0;
  std::size_t sentence_start_ = npos;
  std::size_t line_start_ = 0;
  std::size_t longest_ = 0;
  ListState list_;
};

void Pass::run() {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
  const std::size_t n = text_.size();
  int breaks = 0;
  std::size_t pos = skip_spaces(text_, 0, breaks);
  if (pos >= n) return;
  open_paragraph(pos);
  while (pos < n) {
    const std::size_t c = find_candidate(bytes, pos, n);
    while (list_.active && list_.marker < c) on_list_marker();
    if (c >= n) break;
    pos = dispatch(c);
  }
  close_paragraph(trim_back(text_, n, paragraph_start_));
}

std::size_t Pass::dispatch(std::size_t c) {
  const auto b = static_cast<unsigned char>(text_[c]);
  if (b == '.' || b == '!' || b == '?') return on_terminal(c);
  if (b == ':') return on_colon(c);
  if (b >= 0x80U) return on_multibyte(c);
  if (line_break_at(text_, c)) return on_line_break(c);
  return c + 1;
}

std::size_t Pass::on_multibyte(std::size_t c) {
  if (c + 2 < text_.size() && static_cast<unsigned char>(text_[c]) == 0xE2U &&
      static_cast<unsigned char>(text_[c + 1]) == 0x80U) {
    const auto third = static_cast<unsigned char>(text_[c + 2]);
    if (third >= 0x90U && third <= 0x9FU) return c + 3;  // dashes and quotation marks
  }
  const CodePoint cp = decode_utf8(text_, c);
  if (is_line_break(cp.value)) return on_line_break(c);
  if (cp.value == 0x2026 || is_bang_or_question(cp.value) || is_cjk_terminal(cp.value)) {
    return on_terminal(c);
  }
  if (is_bullet(cp.value)) return on_bullet(c, cp.length);
  return c + cp.length;
}

std::size_t Pass::on_terminal(std::size_t c) {
  const TerminalContext context{text_, sentence_start_, &lexicon_};
  const Decision d = decide_terminal(context, c);
  if (d.boundary) {
    emit_sentence(d.end);
    open_sentence(d.next, false);
  }
  return std::max(d.resume, c + 1);
}

std::size_t Pass::on_colon(std::size_t c) {
  if (sentence_start_ == npos) return c + 1;
  std::size_t end = clock_time_end(lexicon_, text_, c, sentence_start_);
  if (end == 0) end = emoticon_end(text_, c);
  if (end == 0) return c + 1;
  emit_sentence(end);
  const std::size_t next = skip_blanks(text_, end);
  open_sentence(next, false);
  return next;
}

// Opens a sentence at `at`; a salutation or a letter closing there ends at once.
void Pass::open_sentence(std::size_t at, bool paragraph_start) {
  sentence_start_ = at;
  if (at >= text_.size()) return;
  const auto lead = static_cast<unsigned char>(text_[at]);
  if (lead < 0x80U && (lead < 'A' || lead > 'Z')) return;  // openings are capitalised
  const std::size_t end = opening_end(lexicon_, text_, at, paragraph_start);
  if (end == 0) return;
  emit_sentence(end);
  sentence_start_ = skip_blanks(text_, end);
}

std::size_t Pass::on_line_break(std::size_t c) {
  int breaks = 0;
  const std::size_t next = skip_spaces(text_, c, breaks);
  const std::size_t end = trim_back(text_, c, paragraph_start_);
  if (next >= text_.size()) return text_.size();
  if (breaks == 1 && should_join(end, next)) {
    line_start_ = next;
    return next;
  }
  close_paragraph(end);
  open_paragraph(next);
  return next;
}

std::size_t Pass::on_bullet(std::size_t c, std::size_t length) {
  if (sentence_start_ != npos && c > sentence_start_ &&
      space_cp(decode_utf8_before(text_, c).value)) {
    emit_sentence(trim_back(text_, c, sentence_start_));
    sentence_start_ = c;
  }
  return c + length;
}

// A single line break inside a sentence ("the river\nbank") does not end the paragraph:
// the line has three words or more, ends in a letter, digit or comma, and the next
// starts lower-case, or the line ends in a word that cannot end one ("the", "of").
bool Pass::should_join(std::size_t end, std::size_t next) const {
  const char32_t first = cp_at(text_, next).value;
  const bool lower = lower_cp(first);
  if ((!lower && !letter_cp(first)) || end <= line_start_) return false;
  const auto last_byte = static_cast<unsigned char>(text_[end - 1]);
  const char32_t last = last_byte < 0x80U ? last_byte : decode_utf8_before(text_, end).value;
  if (!letter_cp(last) && !is_ascii_digit(last) && last != U',') return false;
  if (!lower && !is_run_on_word(last_word(text_, line_start_, end))) return false;
  return has_three_words(text_, line_start_, end);
}

void Pass::open_paragraph(std::size_t at) {
  paragraph_start_ = at;
  line_start_ = at;
  list_ = ListState{};
  open_sentence(at, true);
  start_list(at);
}

void Pass::close_paragraph(std::size_t end) {
  emit_sentence(end);
  push_table(doc_.paragraphs, ByteSpan{static_cast<std::uint32_t>(paragraph_start_),
                                       static_cast<std::uint32_t>(end)});
  sentence_start_ = npos;
  list_.active = false;
}

void Pass::emit_sentence(std::size_t end) {
  if (sentence_start_ == npos || end <= sentence_start_) return;
  longest_ = std::max(longest_, end - sentence_start_);
  push_table(doc_.sentences, ByteSpan{static_cast<std::uint32_t>(sentence_start_),
                                      static_cast<std::uint32_t>(end)});
  push_table(sentence_paragraph_, static_cast<Index>(doc_.paragraphs.size()));
  sentence_start_ = npos;
}

// A paragraph opening with "1.", "1.)", "1)" or "a." followed by a space is a list
// whose later items may share its line.
void Pass::start_list(std::size_t at) {
  const std::string_view t = text_;
  std::size_t j = at;
  unsigned value = 0;
  while (j < t.size() && j - at < 3 && is_ascii_digit(static_cast<unsigned char>(t[j]))) {
    value = value * 10 + static_cast<unsigned>(t[j] - '0');
    ++j;
  }
  const bool numeric = j > at;
  if (!numeric) {
    if (j >= t.size() || t[j] != 'a') return;
    value = 'a';
    ++j;
  }
  std::string_view style;
  if (t.substr(j, 2) == ".)") {
    style = ".)";
  } else if (j < t.size() && (t[j] == '.' || t[j] == ')')) {
    style = t.substr(j, 1);
  } else {
    return;
  }
  const std::size_t after = j + style.size();
  if (after >= t.size() || t[after] != ' ') return;
  list_ = ListState{true, numeric, value, style, list_line_end(t, after), npos};
  find_next_marker(after);
}

void Pass::find_next_marker(std::size_t from) {
  std::array<char, 12> needle{};
  std::size_t size = 0;
  needle[size++] = ' ';
  const unsigned next = list_.value + 1;
  if (list_.numeric) {
    if (next >= 1000) {
      list_.active = false;
      return;
    }
    const std::string digits = std::to_string(next);
    for (const char d : digits) needle[size++] = d;
  } else {
    if (next > 'z') {
      list_.active = false;
      return;
    }
    needle[size++] = static_cast<char>(next);
  }
  for (const char s : list_.style) needle[size++] = s;
  needle[size++] = ' ';
  const std::size_t found =
      text_.substr(0, list_.line_end).find(std::string_view(needle.data(), size), from);
  list_.marker = found;
  list_.active = found != npos;
}

void Pass::on_list_marker() {
  const std::size_t start = list_.marker + 1;
  if (sentence_start_ != npos && sentence_start_ < start) {
    emit_sentence(trim_back(text_, start, sentence_start_));
    sentence_start_ = start;
  }
  ++list_.value;
  find_next_marker(start);
}

}  // namespace
}  // namespace seg

Result<Segmenter> Segmenter::create(const ExtractorOptions& options) {
  auto lexicon = SegmentLexicon::load(options);
  if (!lexicon) return lexicon.error();
  return Segmenter(std::move(*lexicon), options.max_sentence_bytes);
}

void Segmenter::run(std::string_view text, Document& doc,
                    std::vector<Index>& sentence_paragraph) const {
  seg::Pass pass(lexicon_, text, doc, sentence_paragraph);
  pass.run();
  // Only when needed: its check alone reads every sentence again (8 bytes each, on
  // "a\n a\n ..." four per byte of text, from memory on a large text).
  if (pass.longest_sentence() > max_sentence_bytes_) {
    split_long_sentences(text, doc.sentences, sentence_paragraph, max_sentence_bytes_);
  }
}

namespace {

bool ascii_space(char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Where the first piece of [start, end) (longer than max_bytes, start not a space)
// ends: its last white space in (start + max_bytes / 2, start + max_bytes], else the
// limit moved back to a code point boundary. Reads at most max_bytes / 2 + 3 bytes.
std::size_t piece_end(std::string_view text, std::size_t start, std::size_t max_bytes) {
  const std::size_t limit = start + max_bytes;
  for (std::size_t k = limit; k > start + max_bytes / 2; --k) {
    if (ascii_space(text[k])) return k;
  }
  // A code point has at most three continuation bytes; in invalid UTF-8 the cut may
  // fall inside a run of them, which is as good a place as any.
  std::size_t cut = limit;
  for (int step = 0; step < 3 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80; ++step) {
    --cut;
  }
  return cut;
}

}  // namespace

void split_long_sentences(std::string_view text, std::vector<ByteSpan>& sentences,
                          std::vector<Index>& sentence_paragraph, std::size_t max_bytes) {
  const auto too_long = [max_bytes](const ByteSpan& s) { return s.size() > max_bytes; };
  if (std::none_of(sentences.begin(), sentences.end(), too_long)) return;
  std::vector<ByteSpan> out;
  std::vector<Index> out_paragraph;
  out.reserve(sentences.size());
  out_paragraph.reserve(sentences.size());
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    std::size_t start = sentences[n].start;
    const std::size_t end = sentences[n].end;
    const Index paragraph = n < sentence_paragraph.size() ? sentence_paragraph[n] : 0;
    while (end - start > max_bytes) {
      std::size_t cut = piece_end(text, start, max_bytes);
      std::size_t next = cut;
      while (cut > start && ascii_space(text[cut - 1])) --cut;
      while (next < end && ascii_space(text[next])) ++next;
      out.push_back(ByteSpan{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(cut)});
      out_paragraph.push_back(paragraph);
      start = next;
    }
    if (end > start) {
      out.push_back(ByteSpan{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
      out_paragraph.push_back(paragraph);
    }
  }
  sentences = std::move(out);
  sentence_paragraph = std::move(out_paragraph);
}

}  // namespace sayso::inline v0::detail
