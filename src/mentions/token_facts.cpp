#include "mentions/token_facts.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/huge_pages.hpp"

namespace sayso::inline v0::detail {

namespace {

// The first `length` (1 to 8) bytes at p as one integer, the rest zero; p + 8 must be
// readable.
std::uint64_t load_word(const char* p, std::size_t length) noexcept {
  std::uint64_t bytes = 0;
  std::memcpy(&bytes, p, 8);  // the word and what follows it
  if constexpr (std::endian::native == std::endian::little) {
    return bytes & (~std::uint64_t{0} >> (64 - 8 * length));
  } else {
    return bytes & (~std::uint64_t{0} << (64 - 8 * length));
  }
}

}  // namespace

std::uint64_t TokenFacts::state_of(std::string_view all, std::size_t start, std::size_t length) {
  if (length == 0 || length > 8 || start + 8 > all.size()) return long_state_of(all, start, length);
  const std::uint64_t bytes = load_word(all.data() + start, length);
  CacheSlot& slot = cache_[((bytes ^ length) * 0x9E3779B97F4A7C15ULL) >> (64 - cache_bits)];
  if ((slot.state & 0xFF) == length && slot.word == bytes) return slot.state;
  return fill(slot, {all.data() + start, length}, bytes);
}

// state_of() of a word of nine to sixteen bytes through the cache of long words; other
// words come with no state (0).
std::uint64_t TokenFacts::long_state_of(std::string_view all, std::size_t start, std::size_t length) {
  const char* p = all.data() + start;
  if (length <= 8 || length > 16 || start + 16 > all.size()) return 0;
  const std::uint64_t low = load_word(p, 8);
  const std::uint64_t high = load_word(p + 8, length - 8);
  LongSlot& slot =
      long_cache_[((low ^ (high * 0xC2B2AE3D27D4EB4FULL) ^ length) * 0x9E3779B97F4A7C15ULL) >>
                  (64 - long_cache_bits)];
  if ((slot.state & 0xFF) != length || slot.low != low || slot.high != high) {
    slot = LongSlot{low, high, with_length(name_hash_state({p, length}), length)};
  }
  return slot.state;
}

std::uint64_t TokenFacts::fill(CacheSlot& slot, std::string_view word, std::uint64_t bytes) {
  slot = CacheSlot{bytes, with_length(name_hash_state(word), word.size())};
  return slot.state;
}

void TokenFacts::build(const TokenText& t, const MentionLexicon& lex, NameStateTable names) {
  const Index n = t.size();
  size_table(word_table_, n);  // every entry is written below
  size_table(bit_table_, std::size_t{n} + 8);  // eight bytes of padding for next_scan_start()
  std::fill(bit_table_.end() - 8, bit_table_.end(), std::uint8_t{0});
  size_table(cap_list_, n);  // written below through a plain pointer, then cut to the count
  words_ = word_table_.data();
  bits_ = bit_table_.data();
  n_ = n;
  caps_ = &cap_list_;
  const Analysis& a = t.analysis();
  cues_ = a.token_cue.data();
  cue_count_ = a.token_cue.size() == n ? n : 0;
  const std::string_view all = t.folded_text();
  // The records of the tokens (tagged over the same folded text), when they point
  // into `lex`; else a lookup per word.
  const TokenWords records = token_words(a);
  const bool tagged = !records.empty() && records.table->built_from(lex) && all.data() == a.folded.data();
  const Index cap_count = tagged ? fill<true>(a.tokens.data(), n, all, lex, records, names)
                                 : fill<false>(a.tokens.data(), n, all, lex, records, names);
  cap_list_.resize(cap_count);
}

// The loop of build(), one instance for tagged tokens (records) and one for lookups:
// with the test out of the loop, its values fit in registers.
template <bool Tagged>
Index TokenFacts::fill(const Token* tokens, Index n, std::string_view all, const MentionLexicon& lex,
                       const TokenWords& records, NameStateTable names) {
  constexpr unsigned far = far_head << head_distance_shift;
  // Plain pointers: stores through bits (bytes may alias anything) would otherwise make
  // the compiler reload every vector's data pointer after each one.
  const MentionWord** words = word_table_.data();
  std::uint8_t* bits = bit_table_.data();
  Index* const caps = cap_list_.data();
  const Index* const record_index = records.index;
  const LexiconWord* const record_table = records.records;
  Index cap_count = 0;
  Index after_head = 0;  // tokens before this have their distance to the next head set
  for (Index i = 0; i < n; ++i) {
    const Token& tok = tokens[i];
    if (tok.kind != TokenKind::word) {
      // No entry, and no possessive ending (one code point, an ellipsis, or digits and
      // letters with no apostrophe); a symbol may start a scan.
      words[i] = nullptr;
      bits[i] = static_cast<std::uint8_t>(far | (tok.kind == TokenKind::symbol ? scan_start_bit : 0U));
      continue;
    }
    const std::string_view folded(all.data() + tok.span.start, tok.span.end - tok.span.start);
    // (Folded: a final "S" reads "s".)
    const std::size_t ending = folded.size() > 2 && folded.back() == 's' ? possessive_length(folded) : 0;
    // The word's key: its folded text without the possessive ending.
    const std::size_t key_length = folded.size() - ending;
    const LexiconWord* record = nullptr;
    const MentionWord* w = nullptr;
    if constexpr (!Tagged) {
      w = lex.words.find_lower(folded.substr(0, key_length));
    } else {
      if (ending == 0) [[likely]] {
        const Index k = record_index[i];
        record = k == no_index ? nullptr : record_table + k;
      } else {
        record = records.table->find_in(all, tok.span.start, key_length);
      }
      w = record != nullptr ? record->mention : nullptr;
    }
    words[i] = w;
    const bool starts = w != nullptr && w->has(mw_scan_start);
    bits[i] = static_cast<std::uint8_t>((ending << ending_shift) | far | (starts ? scan_start_bit : 0U));
    if (tok.has(capitalized)) {
      caps[cap_count++] = i;
      if (names.states != nullptr) {
        const std::uint64_t state =
            record != nullptr ? record->name_state : state_of(all, tok.span.start, key_length);
        if (record != nullptr || state != 0) {
          names.states[i] = (state & ~std::uint64_t{0xFF}) | names.generation;
        }
      }
    }
    if (w == nullptr || w->head == nullptr) continue;
    // A head: the tokens since the last one that stand close enough learn their distance,
    // and the words of them up to three tokens before it may start a bare description.
    for (Index j = i + 1; j-- > after_head && i - j < far_head;) {
      const bool near_word = i - j <= 3 && tokens[j].kind == TokenKind::word;
      bits[j] = static_cast<std::uint8_t>((bits[j] & ~far) | ((i - j) << head_distance_shift) |
                                          (near_word ? scan_start_bit : 0U));
    }
    after_head = i + 1;
  }
  return cap_count;
}

}  // namespace sayso::inline v0::detail
