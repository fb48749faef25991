#include "text/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

#include "core/huge_pages.hpp"
#include "core/token_locator.hpp"
#include "text/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sayso::inline v0::detail {
namespace {

bool is_apostrophe(char32_t c) noexcept { return c == U'\'' || c == 0x2019; }

// What an ASCII byte is, as bits: the tokenizer reads this table instead of decoding.
enum AsciiClass : std::uint8_t {
  ascii_space = 1U << 0,
  ascii_line_break = 1U << 1,
  ascii_upper = 1U << 2,
  ascii_lower = 1U << 3,
  ascii_digit = 1U << 4,
  ascii_symbol = 1U << 5,  ///< $ % @ # & +: symbol tokens; other non-alphanumerics are punct.
};

constexpr std::array<std::uint8_t, 128> make_ascii_classes() {
  std::array<std::uint8_t, 128> t{};
  for (char c : {' ', '\t', '\n', '\r', '\x0B', '\x0C'}) t[static_cast<unsigned char>(c)] |= ascii_space;
  for (char c : {'\n', '\r', '\x0B', '\x0C'}) t[static_cast<unsigned char>(c)] |= ascii_line_break;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] |= ascii_upper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] |= ascii_lower;
  for (int c = '0'; c <= '9'; ++c) t[c] |= ascii_digit;
  for (char c : {'$', '%', '@', '#', '&', '+'}) t[static_cast<unsigned char>(c)] |= ascii_symbol;
  return t;
}
constexpr std::array<std::uint8_t, 128> ascii_classes = make_ascii_classes();

// decode_utf8 with the ASCII case inline.
CodePoint decode_at(std::string_view text, std::size_t i) noexcept {
  const auto byte = static_cast<unsigned char>(text[i]);
  return byte < 0x80 ? CodePoint{byte, 1, true} : decode_utf8(text, i);
}


// is_letter() with the ASCII case inline.
bool is_letter_at(char32_t c) noexcept { return c < 0x80 ? is_ascii_alpha(c) : is_letter(c); }

bool is_word_char(char32_t c) noexcept { return is_letter(c) || is_ascii_digit(c); }

// The quotation marks and apostrophes of Tokenizer::run's `quote_like` list.
bool is_quote_like(char32_t c) noexcept {
  return c == U'"' || c == U'\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB ||
         c == 0x2039 || c == 0x203A || (c >= 0x300C && c <= 0x300F);
}

// Classifies a code point that starts a token.
TokenKind kind_of(char32_t c) noexcept {
  if (is_ascii_digit(c)) return TokenKind::number;
  if (is_letter(c)) return TokenKind::word;
  if (c < 0x80 || is_dash(c) || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB ||
      c == 0x2026 || c == 0x2039 || c == 0x203A || (c >= 0x300C && c <= 0x300F)) {
    if (c == U'$' || c == U'%' || c == U'@' || c == U'#' || c == U'&' || c == U'+') {
      return TokenKind::symbol;
    }
    return TokenKind::punct;
  }
  return TokenKind::symbol;
}

// The case flags of a word with non-ASCII letters (decoded).
std::uint8_t unicode_case_flags(std::string_view word) {
  bool first = true;
  bool any_letter = false;
  bool all_up = true;
  std::uint8_t flags = 0;
  for (std::size_t i = 0; i < word.size();) {
    const CodePoint cp = decode_at(word, i);
    i += cp.length;
    if (!is_letter(cp.value)) continue;
    if (first && is_upper(cp.value)) flags |= capitalized;
    first = false;
    any_letter = true;
    if (!is_upper(cp.value)) all_up = false;
  }
  if (any_letter && all_up) flags |= all_upper;
  return flags;
}

// Case of the ASCII letters of a word, gathered while it is scanned.
struct AsciiCase {
  bool any_letter = false;
  bool first_upper = false;
  bool every_upper = true;

  void add(std::uint8_t cls) noexcept {
    if ((cls & (ascii_upper | ascii_lower)) == 0) return;
    if (!any_letter) first_upper = (cls & ascii_upper) != 0;
    any_letter = true;
    every_upper = every_upper && (cls & ascii_upper) != 0;
  }
  // add() over a run of bytes, given which of them are upper- and lower-case letters
  // (bit k for the run's byte k).
  void add_bits(unsigned upper, unsigned lower) noexcept {
    const unsigned letters = upper | lower;
    if (letters == 0) return;
    if (!any_letter) first_upper = ((upper >> __builtin_ctz(letters)) & 1U) != 0;
    any_letter = true;
    every_upper = every_upper && lower == 0;
  }
  [[nodiscard]] std::uint8_t flags() const noexcept {
    return static_cast<std::uint8_t>((first_upper ? capitalized : 0) |
                                     (any_letter && every_upper ? all_upper : 0));
  }
};

std::uint8_t ascii_class(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x80 ? ascii_classes[b] : 0;
}

#if defined(__SSE2__)
// The ASCII letters and digits that open the 16 bytes at `p`, counting at most `limit`
// (<= 16) of them: how many, and which of them are upper- and lower-case letters (bit k
// for byte k).
struct AlnumRun {
  unsigned length = 0;
  unsigned upper = 0;
  unsigned lower = 0;
};

AlnumRun alnum_run16(const char* p, unsigned limit) noexcept {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed compares: bytes >= 0x80 are negative and fall in no range.
  const auto in = [&x](char first, char last) {
    return static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(first - 1))),
                      _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(last + 1))))));
  };
  const unsigned upper = in('A', 'Z');
  const unsigned lower = in('a', 'z');
  const unsigned alnum = upper | lower | in('0', '9');
  AlnumRun run;
  run.length = std::min(static_cast<unsigned>(__builtin_ctz(~alnum)), limit);  // ctz: 16 when all are
  const unsigned mask = (1U << run.length) - 1;
  run.upper = upper & mask;
  run.lower = lower & mask;
  return run;
}
#endif

// A scanned word: one past its end and its token flags (case, hyphenated, non_ascii).
struct WordScan {
  std::size_t end = 0;
  std::uint8_t flags = 0;
};

// Scans a run of word characters with inner apostrophes and hyphens ("don't",
// "well-known", "O'Brien") and abbreviation periods between single letters ("U.S."),
// and works out the word's flags on the way.
WordScan scan_word(std::string_view text, std::size_t i, std::size_t end) {
  const std::size_t start = i;
  std::size_t last_letters = 0;  // letters since the last period, for "U.S."
  bool hyphen = false;
  bool wide = false;  // a non-ASCII byte: the case flags are worked out by decoding
  AsciiCase ascii;
  while (i < end) {
#if defined(__SSE2__)
    // ASCII letters and digits 16 at a time; the 16 bytes may reach past the sentence
    // (not the text), and the run stops at its end.
    if (i + 16 <= text.size()) {
      const auto limit = static_cast<unsigned>(std::min<std::size_t>(16, end - i));
      const AlnumRun run = alnum_run16(text.data() + i, limit);
      ascii.add_bits(run.upper, run.lower);
      i += run.length;
      last_letters += run.length;
      if (run.length == 16) continue;
      if (i >= end) break;
    }
#endif
    const char c = text[i];
    const std::uint8_t cls = ascii_class(c);
    if ((cls & (ascii_upper | ascii_lower | ascii_digit)) != 0) {  // no decoding
      ascii.add(cls);
      ++i;
      ++last_letters;
      continue;
    }
    CodePoint cp{static_cast<unsigned char>(c), 1, true};
    if ((static_cast<unsigned char>(c) & 0x80) == 0) {
      // Any other ASCII byte but an apostrophe, a hyphen or a period ends the word.
      if (c != '\'' && c != '-' && c != '.') break;
    } else {
      cp = decode_utf8(text, i);
      if (is_word_char(cp.value)) {
        wide = true;
        i += cp.length;
        ++last_letters;
        continue;
      }
    }
    const std::size_t next = i + cp.length;
    if (next >= end) break;
    const CodePoint after = decode_at(text, next);
    if ((is_apostrophe(cp.value) || cp.value == U'-') && is_letter_at(after.value)) {
      hyphen = hyphen || cp.value == U'-';
      wide = wide || cp.length > 1;
      i = next;
      last_letters = 0;
      continue;
    }
    if (cp.value == U'.' && last_letters == 1 && is_letter_at(after.value)) {
      // "U.S": a single letter, a period and another letter.
      const std::size_t after_next = next + after.length;
      const bool single = after_next >= end || decode_utf8(text, after_next).value == U'.';
      if (single) {
        ascii.add(ascii_class(text[next]));
        wide = wide || after.length > 1;
        i = after_next + (after_next < end ? 1 : 0);
        last_letters = 0;
        continue;
      }
    }
    break;
  }
  WordScan out;
  out.end = i;
  out.flags = hyphen ? hyphenated : 0;
  if (wide) {
    out.flags |= static_cast<std::uint8_t>(unicode_case_flags(text.substr(start, i - start)) | non_ascii);
  } else {
    out.flags |= ascii.flags();
  }
  return out;
}

// Scans digits with inner separators between digits: "2,700", "4.5", "3:40", "1/2".
std::size_t scan_number(std::string_view text, std::size_t i, std::size_t end) {
  while (i < end) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      ++i;
      continue;
    }
    if ((c == ',' || c == '.' || c == ':' || c == '/') && i + 1 < end && text[i + 1] >= '0' &&
        text[i + 1] <= '9') {
      ++i;
      continue;
    }
    break;
  }
  // A unit or ordinal glued to the figure ("5th", "10km") stays part of the number token.
  while (i < end && is_ascii_alpha(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}




// The end of the ellipsis whose first period ends at `stop`: more periods ("..."), and
// periods each after one space (". . .", AP style), as long as the spaced run has at
// least three periods ("word. . Next" keeps its two tokens). Linear: each byte is
// looked at a bounded number of times.
std::size_t ellipsis_end(std::string_view text, std::size_t stop, std::size_t end) {
  while (stop < end && text[stop] == '.') ++stop;  // "..." is one token
  const auto spaced_dot = [&](std::size_t at) {
    return at + 1 < end && text[at] == ' ' && text[at + 1] == '.';
  };
  if (!spaced_dot(stop) || !spaced_dot(stop + 2)) return stop;
  while (spaced_dot(stop)) {
    stop += 2;
    while (stop < end && text[stop] == '.') ++stop;
  }
  return stop;
}

// What a byte opens in Tokenizer::run, one table lookup per token. The values below
// lead_period end an ASCII word that reaches them; the others may continue it.
enum Lead : std::uint8_t {
  lead_space,       ///< ' ' and tab.
  lead_break,       ///< \n \r \v \f: white space with a line break.
  lead_punct,       ///< ASCII punctuation (and control bytes) but the ones below.
  lead_symbol,      ///< $ % @ # & +
  lead_quote,       ///< '"': a quotation mark.
  lead_period,      ///< '.': an ellipsis, or inside "U.S.".
  lead_apostrophe,  ///< '\'': a quotation mark, or inside "don't".
  lead_hyphen,      ///< '-': inside "well-known".
  lead_multi,       ///< A byte >= 0x80: decoded.
  lead_digit,
  lead_upper,
  lead_lower,
};

constexpr std::array<Lead, 256> make_leads() {
  std::array<Lead, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const std::uint8_t cls = b < 0x80 ? ascii_classes[static_cast<std::size_t>(b)] : 0;
    Lead lead = b >= 0x80 ? lead_multi : lead_punct;
    if ((cls & ascii_space) != 0) lead = (cls & ascii_line_break) != 0 ? lead_break : lead_space;
    if ((cls & ascii_symbol) != 0) lead = lead_symbol;
    if ((cls & ascii_digit) != 0) lead = lead_digit;
    if ((cls & ascii_upper) != 0) lead = lead_upper;
    if ((cls & ascii_lower) != 0) lead = lead_lower;
    if (b == '"') lead = lead_quote;
    if (b == '.') lead = lead_period;
    if (b == '\'') lead = lead_apostrophe;
    if (b == '-') lead = lead_hyphen;
    t[static_cast<std::size_t>(b)] = lead;
  }
  return t;
}
constexpr std::array<Lead, 256> leads = make_leads();

Lead lead_of(char c) noexcept { return leads[static_cast<unsigned char>(c)]; }

// The end of a word that opens with an ASCII letter at `i` (`lead`), and its flags added to
// `flags`: scan_word's result. Where SSE2 is at hand, the common word (ASCII letters
// and digits, then a byte that surely ends it) is read in one 16-byte step; any other
// goes through scan_word.
std::size_t ascii_word_end(std::string_view text, std::size_t i, std::size_t end,
                           [[maybe_unused]] Lead lead, std::uint8_t& flags) {
#if defined(__SSE2__)
  {
    // The 16 bytes at i; near the text's end, its last bytes then zeros.
    const char* bytes = text.data() + i;
    alignas(16) std::array<char, 16> tail;
    if (text.size() - i < 16) {
      tail.fill(0);
      std::memcpy(tail.data(), bytes, text.size() - i);
      bytes = tail.data();
    }
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
    // One signed compare per range: the bytes of the range move to the bottom.
    const auto in = [](__m128i v, char first, int count) {
      return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-128 - first))),
                            _mm_set1_epi8(static_cast<char>(-128 + count)));
    };
    const __m128i letters = in(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26);
    const auto alnum =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, in(x, '0', 10))));
    auto length = static_cast<unsigned>(__builtin_ctz(~alnum));  // <= 16
    // A word that reaches the sentence's end ends there. A run of 16 is whole: near
    // the text's end the zeros stop it.
    bool ends = true;
    if (i + length >= end) {
      length = static_cast<unsigned>(end - i);
    } else {
      const char after = text[i + length];
      ends = lead_of(after) < lead_period || (after == '.' && length != 1);
    }
    if (ends) {
      // A word that opens with a lower-case letter has neither case flag.
      if (lead == lead_upper) {
        const unsigned lowers = static_cast<unsigned>(_mm_movemask_epi8(in(x, 'a', 26))) &
                                ((1U << length) - 1);
        flags |= static_cast<std::uint8_t>(capitalized | (lowers == 0 ? all_upper : 0));
      }
      return i + length;
    }
  }
#endif
  const WordScan w = scan_word(text, i, end);
  flags |= w.flags;
  return w.end;
}

// A token that opens with a byte >= 0x80, or white space (its flags then added to
// `pending`) that ends at `end`.
struct WideToken {
  std::size_t end = 0;
  bool space = false;
  TokenKind kind = TokenKind::word;
  std::uint8_t flags = 0;
  bool quote_like = false;
};

WideToken wide_token(std::string_view text, std::size_t i, std::size_t end, std::uint8_t& pending) {
  const CodePoint cp = decode_utf8(text, i);
  WideToken t;
  if (is_space(cp.value)) {
    pending |= space_before;
    if (is_line_break(cp.value)) pending |= line_break_before;
    t.end = i + cp.length;
    t.space = true;
    return t;
  }
  t.kind = kind_of(cp.value);
  if (t.kind == TokenKind::word) {
    const WordScan w = scan_word(text, i, end);
    t.end = w.end;
    t.flags = w.flags;
  } else {
    t.end = i + cp.length;
    t.flags = non_ascii;  // one code point
    t.quote_like = t.kind == TokenKind::punct && is_quote_like(cp.value);
  }
  return t;
}

// Tokens Tokenizer::run indexes at a time (whole sentences, at least this many: 4 KB),
// read back from the L1 or L2 cache.
constexpr std::size_t index_batch = 256;

// Indexes tokens [from, out.size()) into `filler`; returns out.size(). Not inlined:
// inside Tokenizer::run's loop it cost that loop registers.
[[gnu::noinline]] std::size_t index_tokens(const std::vector<Token>& out, std::size_t from,
                                           TokenLocator::Filler& filler) noexcept {
  const Token* const end = out.data() + out.size();
  auto k = static_cast<Index>(from);
  for (const Token* t = out.data() + from; t != end; ++t, ++k) filler.add(k, t->span.start);
  return out.size();
}

}  // namespace

void Tokenizer::run(std::string_view text, const std::vector<ByteSpan>& sentences,
                    std::vector<Token>& out, std::vector<Index>& sentence_first_token,
                    std::vector<Index>* quote_like, TokenLocator* locator) const {
  // Tokens already in `out` were not indexed as written: those take a build() after.
  TokenLocator* const indexed = out.empty() ? locator : nullptr;
  std::optional<TokenLocator::Filler> filler;
  if (indexed != nullptr) filler = indexed->begin(text.size());
  sentence_first_token.clear();
  reserve_table(sentence_first_token, sentences.size() + 1);
  // Room for one token per two bytes (news text has one per four to six), asked for on
  // huge pages when large (core/huge_pages.hpp); denser text grows the vector as usual.
  reserve_table(out, out.size() + text.size() / 2 + 1);
  std::size_t indexed_count = 0;  // tokens the filler has indexed
  // The token count at which to index the next batch (never without a filler).
  std::size_t index_at = filler ? index_batch : static_cast<std::size_t>(-1);
  for (Index s = 0; s < sentences.size(); ++s) {
    sentence_first_token.push_back(static_cast<Index>(out.size()));
    const std::size_t end = std::min<std::size_t>(sentences[s].end, text.size());
    std::size_t i = sentences[s].start;
    std::uint8_t pending = sentence_start;
    while (i < end) {
      const Lead lead = lead_of(text[i]);
      if (lead <= lead_break) {
        pending |= lead == lead_space ? space_before : space_before | line_break_before;
        ++i;
        continue;
      }
      std::size_t stop = i + 1;
      std::uint8_t flags = pending;
      TokenKind kind = TokenKind::punct;
      bool quote = false;
      if (lead >= lead_upper) {
        kind = TokenKind::word;
        stop = ascii_word_end(text, i, end, lead, flags);
      } else if (lead == lead_digit) {
        kind = TokenKind::number;
        stop = scan_number(text, i, end);
      } else if (lead == lead_multi) {
        const WideToken w = wide_token(text, i, end, pending);
        if (w.space) {
          i = w.end;
          continue;
        }
        stop = w.end;
        kind = w.kind;
        flags = static_cast<std::uint8_t>(pending | w.flags);
        quote = w.quote_like;
      } else {
        if (lead == lead_symbol) kind = TokenKind::symbol;
        if (lead == lead_period) stop = ellipsis_end(text, stop, end);
        quote = lead == lead_quote || lead == lead_apostrophe;
      }
      if (quote && quote_like != nullptr) quote_like->push_back(static_cast<Index>(out.size()));
      Token t;
      t.span = ByteSpan{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(stop)};
      t.kind = kind;
      t.flags = flags;
      t.sentence = s;
      out.push_back(t);
      // The one space that most often follows a token is read here.
      const bool space = stop < end && text[stop] == ' ';
      pending = space ? space_before : 0;
      i = stop + (space ? 1 : 0);
    }
    // The last tokens written are still in the cache: index them in batches
    // (index_tokens), not in the loop above nor sentence by sentence.
    if (out.size() >= index_at) {
      indexed_count = index_tokens(out, indexed_count, *filler);
      index_at = indexed_count + index_batch;
    }
  }
  sentence_first_token.push_back(static_cast<Index>(out.size()));
  if (filler) {
    index_tokens(out, indexed_count, *filler);
    indexed->finish(*filler, out);
  } else if (locator != nullptr) {
    locator->build(out);
  }
}

}  // namespace sayso::inline v0::detail
