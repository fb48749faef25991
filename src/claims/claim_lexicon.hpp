// ClaimLexicon: the word lists the claim stage reads (number words, approximators,
// units, hedges, negations, claim cues, time words), merged into one table keyed by
// the lower-cased word, so that each token needs a single hash lookup.
#ifndef SAYSO_SRC_CLAIMS_CLAIM_LEXICON_HPP
#define SAYSO_SRC_CLAIMS_CLAIM_LEXICON_HPP

#include <array>
#include <bit>
#include <cstring>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "sayso/document.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// What a number word contributes to a figure.
enum class NumberKind : std::uint8_t { none, unit, tens, hundred, scale, dozen, fraction, plural };

/// The roles a word can play in a time expression (bit flags; a word may have several).
enum TimeRole : std::uint16_t {
  time_month = 1U << 0,
  time_weekday = 1U << 1,
  time_anchor = 1U << 2,
  time_period = 1U << 3,
  time_deictic = 1U << 4,
  time_unit = 1U << 5,
  time_part = 1U << 6,
  time_prep = 1U << 7,
  time_meridiem = 1U << 8,
  time_clock = 1U << 9,
  time_article = 1U << 10,  ///< "the", "a", "an": read by the time and number rules.
  time_ordinal = 1U << 11,  ///< "first" ... "fourth": "the first quarter".
  time_named = 1U << 12,    ///< A period standing alone: "Q3", "H1".
  time_stage = 1U << 13,    ///< A stage of life after "in": "childhood", "middle age".
};

/// The word rules of TimeParser::parse_at a word may start (bit flags), so that it calls
/// only those: most opening words ("the", "in", "a") start one or two of them. The
/// article bits let TimeParser::parse pass over an article without calling it.
enum TimeStart : std::uint16_t {
  starts_relative = 1U << 0,  ///< A deictic or anchor word, or "the": "last week", "the spring".
  starts_count = 1U << 1,     ///< "a", "an" or a number word: "three years", "two in the morning".
  starts_span = 1U << 2,      ///< "for", "within", "over", "in": "for weeks", "for a while".
  article_the = 1U << 3,      ///< "the": a time only before a figure or a time word.
  article_a = 1U << 4,        ///< "a", "an": a time only before a unit ("a year ago").
  span_only = 1U << 5,        ///< "in", "over", "within" with no other time role: a time
                              ///< only before a plural unit ("in weeks").
  anchor_that = 1U << 6,      ///< "that": a time only before a period word ("that year").
  span_for = 1U << 7,         ///< "for": a time only before a unit ("for weeks") or as in
                              ///< "for too long", "for a while", "for some time".
  anchor_only = 1U << 8,      ///< An anchor with no other time role ("this", "every"): a
                              ///< time only with a unit, period or stage word within
                              ///< TimeParser's anchor reach ("this year", "every two weeks").
};

/// What a "stage" word of time_words.txt names (its third field): a stage of life
/// ("childhood"), a holiday ("Christmas"), an event ("the pandemic") or the boundary of
/// a period ("the end of ...").
enum class StageKind : std::uint8_t {
  life, holiday, event, boundary, occasion, youth, adverb, lead
};

/// Time facts about one word.
struct TimeInfo {
  std::uint16_t roles = 0;
  std::int8_t month = 0;          ///< 1-12 for months.
  bool ambiguous_month = false;   ///< "May", "March": also ordinary words.
  std::int8_t anchor = 0;         ///< -1 last, 0 this, 1 next.
  std::int8_t clock_hour = 0;     ///< noon 12, midnight 0.
  bool pm = false;                ///< p.m.
  StageKind stage = StageKind::life;  ///< For stage words.
  std::string unit_iso;           ///< Duration designator: "D", "TH", "10Y".

  [[nodiscard]] bool has(TimeRole r) const noexcept { return (roles & r) != 0; }
};

/// The kinds of multi-word lexicon entries.
enum class EntryKind : std::uint8_t { approximator, hedge, negation, claim_cue, unit };
inline constexpr std::size_t entry_kind_count = 5;

/// The kinds of negation cue (negations.txt).
enum class NegationKind : std::uint8_t { verbal, determiner, correlative, preposition, denial };

/// The cue classes of claim_cues.txt.
enum class CueType : std::uint8_t {
  prediction,
  causation,
  comparison,
  rules,
  experience,
  clause,
};

/// The kinds of unit (units.txt).
enum class UnitKind : std::uint8_t { symbol, currency, percent, measure };

/// One lexicon entry of one or more words.
struct Entry {
  EntryKind kind = EntryKind::hedge;
  std::vector<std::string> words;  ///< Lower-cased words, in order.
  std::string value;               ///< Normalised cue, or the unit code.
  std::uint8_t code = 0;           ///< Relation, HedgeCategory, NegationKind, CueType or UnitKind.
  /// The lexicon facts of each word (index 0 unused): a token matches word k when its
  /// facts are these, one pointer comparison instead of a string comparison.
  std::vector<const struct WordInfo*> infos;
};

/// Everything the lexicons say about one lower-cased word.
struct WordInfo {
  NumberKind number_kind = NumberKind::none;
  double number = 0.0;
  TimeInfo time;
  std::uint8_t entry_kinds = 0;       ///< Bit (1 << EntryKind) per kind in `entries`.
  bool clause_opener = false;         ///< A claim cue of type `clause`.
  bool quantity_start = false;        ///< May open a figure ("some", "two", "$", "a").
  bool time_start = false;            ///< May open a time expression ("June", "last", "for").
  std::uint16_t time_rules = 0;       ///< TimeStart bits.
  /// The TokenMark and TokenOpens bits (token_table.hpp) of a word token with these
  /// facts, before the bits of its own spelling (hyphen, "n't"): set once here, so
  /// that building a TokenTable reads them instead of deriving them per token.
  std::uint8_t word_marks = 0;
  std::uint8_t word_opens = 0;
  /// word_marks and word_opens with the bits of this word's own spelling ("n't": see
  /// TokenTable), for a token spelled as the word itself (not a variant: "x's").
  std::uint8_t spelled_marks = 0;
  std::uint8_t spelled_opens = 0;
  std::vector<const Entry*> entries;  ///< Entries starting with this word, by kind, longest first.
  /// entries[kind_begin[k], kind_begin[k + 1]) are the entries of EntryKind k.
  std::array<std::uint16_t, entry_kind_count + 1> kind_begin{};
  /// entries[short_begin[k], kind_begin[k + 1]) are those of kind k with one word.
  std::array<std::uint16_t, entry_kind_count> short_begin{};
  /// Per kind, bit (w.word_bit) for the second word w of each longer entry, so that a
  /// match skips the longer entries when the next word is none of them.
  std::array<std::uint64_t, entry_kind_count> second_words{};
  std::uint8_t word_bit = 0;  ///< This word's bit in other words' second_words (0-63).

  /// The entries of one kind, longest first.
  [[nodiscard]] std::span<const Entry* const> of_kind(EntryKind k) const noexcept {
    const auto at = static_cast<std::size_t>(k);
    return {entries.data() + kind_begin[at], static_cast<std::size_t>(kind_begin[at + 1] - kind_begin[at])};
  }

  /// The entries of one kind that `next`, the following word's facts (or nullptr),
  /// may complete: all of them, or only the one-word ones.
  [[nodiscard]] std::span<const Entry* const> of_kind_before(EntryKind k,
                                                             const WordInfo* next) const noexcept {
    const auto at = static_cast<std::size_t>(k);
    const std::size_t from = longer_before(k, next) ? kind_begin[at] : short_begin[at];
    return {entries.data() + from, static_cast<std::size_t>(kind_begin[at + 1] - from)};
  }

  /// True when `next`, the following word's facts (or nullptr), may continue one of
  /// the longer entries of kind k; when false, only the one-word ones can match.
  [[nodiscard]] bool longer_before(EntryKind k, const WordInfo* next) const noexcept {
    const auto at = static_cast<std::size_t>(k);
    return next != nullptr && (second_words[at] >> next->word_bit & 1U) != 0;
  }
  /// The first one-word entry of kind k, or nullptr.
  [[nodiscard]] const Entry* one_word(EntryKind k) const noexcept {
    const auto at = static_cast<std::size_t>(k);
    return short_begin[at] < kind_begin[at + 1] ? entries[short_begin[at]] : nullptr;
  }

  [[nodiscard]] bool starts(EntryKind k) const noexcept {
    return (entry_kinds & (1U << static_cast<unsigned>(k))) != 0;
  }
};

/// The merged claim lexicons. Immutable after load(); lookups are thread-safe.
class ClaimLexicon {
 public:
  /// Loads and merges the built-in lexicons.
  static Result<std::shared_ptr<const ClaimLexicon>> load();

  /// Facts about a lower-cased word, or nullptr.
  [[nodiscard]] const WordInfo* find(std::string_view lower) const;
  /// find() for a word that has at least eight readable bytes (of any value) after its
  /// start and after its end, as the words of a TokenTable's forms do: the word's
  /// first eight bytes are one load, so that most words cost a multiply and one slot of
  /// the table, and a lexicon word of up to eight bytes one comparison.
  [[nodiscard]] const WordInfo* find_padded(std::string_view lower) const {
    const std::size_t n = lower.size();
    if (n - 1 >= longest_) return nullptr;  // also the empty word
    const std::uint64_t head = load8(lower.data()) & head_mask(n);
    for (std::size_t i = slot_of(head, lower);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.info == nullptr) return nullptr;
      if (s.head == head && s.size == n && (n <= 8 || same_tail(s.key, lower))) return s.info;
    }
  }
  /// Calls f(word, facts) for every lower-cased word with facts (find(word) is &facts),
  /// in no set order.
  template <class F>
  void for_each_word(F&& f) const {
    for (const auto& [word, info] : words_) f(std::string_view(word), info);
  }
  /// claim_words.txt: an auxiliary before "not" ("did not").
  [[nodiscard]] bool auxiliary(std::string_view lower) const {
    return auxiliaries_.contains_lower(lower);
  }
  /// claim_words.txt: a verb after "is due to" that makes it a schedule ("is due to open").
  [[nodiscard]] bool scheduled_verb(std::string_view lower) const {
    return scheduled_verbs_.contains_lower(lower);
  }
  /// claim_words.txt: a word after a figure that ends the search for the counted noun.
  [[nodiscard]] bool counted_stop(std::string_view lower) const {
    return counted_stops_.contains_lower(lower);
  }
  /// claim_words.txt: a plural noun without a final "s" ("people", "staff").
  [[nodiscard]] bool plural_noun(std::string_view lower) const {
    return plural_nouns_.contains_lower(lower);
  }

 private:
  Result<void> load_numbers();
  Result<void> load_entries(std::string_view name, EntryKind kind);
  Result<void> load_times();
  Result<void> load_closed_words();
  void sort_entries();
  void link_entries();
  WordInfo& slot(std::string_view word);

  void build_index();
  void mark_starts();

  WordSet auxiliaries_;
  WordSet scheduled_verbs_;
  WordSet counted_stops_;
  WordSet plural_nouns_;
  std::deque<Entry> entries_;
  std::unordered_map<std::string, WordInfo, StringHash, std::equal_to<>> words_;
  // One word of the lookup table: its first eight bytes (zero past its end), its
  // length, the whole word and its facts. info == nullptr: an empty slot.
  struct Slot {
    std::uint64_t head = 0;
    std::size_t size = 0;
    const char* key = nullptr;
    const WordInfo* info = nullptr;
  };
  static std::uint64_t load8(const char* p) noexcept {
    std::uint64_t v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  // The bits of a loaded word's first min(n, 8) bytes.
  static std::uint64_t head_mask(std::size_t n) noexcept {
    if (n >= 8) return ~std::uint64_t{0};
    if constexpr (std::endian::native == std::endian::little) return (std::uint64_t{1} << (8 * n)) - 1;
    return ~(~std::uint64_t{0} >> (8 * n));
  }
  // The first slot to probe for a word with this head (its length and last eight bytes
  // mixed in when it is longer; a shorter word's zero padding already tells its length).
  [[nodiscard]] std::size_t slot_of(std::uint64_t head, std::string_view w) const noexcept {
    std::uint64_t h = head;
    if (w.size() > 8) {
      h ^= (w.size() * 0x9E3779B97F4A7C15ULL) ^ std::rotl(load8(w.data() + w.size() - 8), 29);
    }
    return static_cast<std::size_t>((h * 0xFF51AFD7ED558CCDULL) >> shift_);
  }
  // key[8, n) == w[8, n), for words longer than eight bytes with equal heads.
  static bool same_tail(const char* key, std::string_view w) noexcept {
    for (std::size_t i = 8; i < w.size(); ++i) {
      if (key[i] != w[i]) return false;
    }
    return true;
  }

  std::vector<Slot> slots_;   // a power of two, at most a quarter full
  std::size_t mask_ = 0;      // slots_.size() - 1
  unsigned shift_ = 63;       // 64 - log2(slots_.size())
  std::size_t longest_ = 0;   // longer words are in no slot
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_CLAIM_LEXICON_HPP
