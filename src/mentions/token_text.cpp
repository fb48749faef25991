#include "mentions/token_text.hpp"

#include <algorithm>
#include <cstdlib>
#include <array>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
TokenText::TokenText(const Analysis& a)
    : a_(a),
      text_(a.text),
      tokens_(a.tokens.data()),
      size_(static_cast<Index>(a.tokens.size())),
      sentence_first_(a.sentence_first_token.data()),
      token_quotation_(a.token_quotation.data()),
      quotes_(static_cast<Index>(a.token_quotation.size())) {
  if (a.folded.size() == a.text.size()) {
    folded_ = a.folded;
    return;
  }
  own_folded_.resize(a.text.size());
  fold_case_into(a.text, own_folded_.data());
  folded_ = own_folded_;
}

bool TokenText::is_quote_mark(Index i) const noexcept {
  if (i >= size_ || tokens_[i].kind != TokenKind::punct) return false;
  const std::string_view t = text(i);
  if (t == "\"" || t == "'") return true;
  if (t.size() < 2) return false;
  const CodePoint cp = decode_utf8(t, 0);
  const char32_t c = cp.value;
  return (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB || c == 0x2039 ||
         c == 0x203A || (c >= 0x300C && c <= 0x300F);
}

Index dateline_end(const TokenText& t, Index first, Index last) {
  constexpr Index max_dateline_tokens = 10;
  if (first >= last || !t.is_word(first) || !t.tok(first).has(all_upper) || t.text(first).size() < 3) {
    return first;
  }
  for (Index k = first; k < last && k < first + max_dateline_tokens; ++k) {
    const std::string_view tx = t.text(k);
    // "SUNDARPUR:", the Indian press's dateline, ends at a colon.
    if (tx == "-" || tx == "\xE2\x80\x94" || tx == "\xE2\x80\x93" || (tx == ":" && k > first)) return k + 1;
    // "HALDEN, Norway (AP) —": a country or state may follow the city;
    // "VOLNA, June 12 (Northwire) –": and a date.
    const bool ok = tx == "(" || tx == ")" || tx == "," || tx == "." ||
                    t.tok(k).kind == TokenKind::number ||
                    (t.is_word(k) && (t.tok(k).has(all_upper) || t.is_cap(k)));
    if (!ok) return first;
  }
  return first;
}

std::string name_key(std::string_view word) {
  std::string_view w = word;
  w = w.substr(0, w.size() - possessive_length(w));
  std::string out;
  out.reserve(w.size());
  for (char c : w) {
    const char l = ascii_lower(c);
    if (!out.empty() && out.back() == l && ((l >= 'a' && l <= 'z'))) continue;
    out.push_back(l);
  }
  return out;
}

std::uint64_t name_key_hash(std::string_view word) noexcept {
  const std::string_view w = word.substr(0, word.size() - possessive_length(word));
  std::uint64_t h = 0xCBF29CE484222325ULL;
  char prev = '\0';
  for (char c : w) {
    const char l = ascii_lower(c);
    if (l == prev && l >= 'a' && l <= 'z') continue;  // doubled letters meet, as in name_key
    prev = l;
    h = (h ^ static_cast<unsigned char>(l)) * 0x100000001B3ULL;
  }
  return h ^ (h >> 31);
}

int edit_distance_capped(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if (n > m + 1 || m > n + 1) return 2;
  constexpr std::size_t max_len = 40;
  if (n > max_len || m > max_len) return 2;
  std::array<int, max_len + 1> row_a{};
  std::array<int, max_len + 1> row_b{};
  int* prev = row_a.data();
  int* cur = row_b.data();
  for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      const int sub = prev[j - 1] + (ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return std::min(prev[m], 2);
}

namespace {

// Length of the common prefix of a and b, ignoring ASCII case.
std::size_t common_prefix(std::string_view a, std::string_view b) noexcept {
  std::size_t k = 0;
  while (k < a.size() && k < b.size() && ascii_lower(a[k]) == ascii_lower(b[k])) ++k;
  return k;
}

bool iequal_tails(std::string_view a, std::size_t from_a, std::string_view b, std::size_t from_b) noexcept {
  return iequals(a.substr(from_a), b.substr(from_b));
}

}  // namespace

bool one_edit_apart(std::string_view a, std::string_view b) noexcept {
  if (a.size() > b.size()) std::swap(a, b);  // a is the shorter
  if (b.size() - a.size() > 1 || b.size() > 40) return false;  // as edit_distance_capped
  const std::size_t k = common_prefix(a, b);
  if (k == b.size()) return false;  // equal
  if (a.size() == b.size()) return iequal_tails(a, k + 1, b, k + 1);  // one substitution
  return iequal_tails(a, k, b, k + 1);                                // one insertion
}

}  // namespace sayso::inline v0::detail
