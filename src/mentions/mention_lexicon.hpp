// MentionLexicon: the word lists the mention stage reads (titles, description heads,
// pronouns, place names, name stopwords), loaded once per Extractor.
#ifndef SAYSO_SRC_MENTIONS_MENTION_LEXICON_HPP
#define SAYSO_SRC_MENTIONS_MENTION_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "sayso/document.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// 'm', 'f' or '-' (unknown).
using Gender = char;

/// A description head noun ("spokeswoman", "agency", "officials", "report").
struct HeadInfo {
  EntityType type = EntityType::person;
  bool document = false;  ///< A report, poll, study: a documentary source.
  /// May describe anyone already named, with no earlier use of the word ("the
  /// 38-year-old", "the defender", "the company").
  bool generic = false;
  /// Also an adjective ("international"): no head when a plain lower-case word follows.
  bool adjective = false;
  /// Names the person a court story is about ("the defendant"): the latest person named
  /// before a verb of a charge ("denies", "pleaded").
  bool charged = false;
  bool public_body = false;  ///< A public body's head ("ministry", "court").
  bool commercial = false;   ///< A business's head ("company", "firm"): no public body.
  /// A role one person holds apart from those quoted ("the judge", "the referee"): never
  /// taken as a re-description of the last speaker.
  bool unique = false;
  /// "the latter" (1), "the former" (2): the person named last or second-last; else 0.
  std::uint8_t back_reference = 0;
  Gender gender = '-';
};

/// A pronoun that can name a source.
struct PronounInfo {
  EntityType type = EntityType::person;
  Gender gender = '-';
};

/// Classes of a word for the mention stage (bit flags; a word may have several).
enum MentionWordBit : std::uint32_t {
  mw_stopword = 1U << 0,     ///< name_stopwords: capitalised, yet no name.
  mw_quantifier = 1U << 1,   ///< Opens "one of the ...".
  mw_article = 1U << 2,      ///< A one-word determiner.
  mw_connector = 1U << 3,    ///< Joins the words of one name ("of", "bin").
  mw_corporate = 1U << 4,    ///< Makes a capitalised run an organisation ("Labs").
  mw_before_verb = 1U << 5,  ///< May stand between a subject and its verb ("also", "has").
  mw_preposition = 1U << 6,  ///< Opens a post-modifier ("at", "of").
  mw_place = 1U << 7,        ///< A place or nationality word.
  mw_place_part = 1U << 8,   ///< "North", "New" ...
  mw_title_start = 1U << 9,  ///< The first word of a multi-word title.
  mw_org_joiner = 1U << 10,  ///< "the", "of", "for", "&": inside a name, an organisation's.
  mw_org_head = 1U << 11,    ///< A description head naming an organisation ("agency").
  mw_leader = 1U << 12,      ///< A leader's title ("president", "king").
  mw_degree = 1U << 13,      ///< "most", "more", "least": a degree adverb among modifiers.
  mw_place_plural = 1U << 14,  ///< A place word and an "s": a plural demonym ("Afghans").
  mw_postnominal = 1U << 15,   ///< Letters after a person's name ("KC", "MP", "OBE").
  mw_particle = 1U << 16,      ///< Opens a surname ("Ní Riordáin", "Van Dijk", "De Klerk").
  mw_press = 1U << 17,         ///< A description head for a newspaper ("the paper", "the daily").
  mw_masthead = 1U << 18,      ///< A newspaper name's last word ("Herald", "Gazette").
  /// A quantifier, an article or a pronoun: a word the sentence scan's per-token
  /// scanners start at (set by load() from the classes above and `pronoun`).
  mw_scan_start = 1U << 19,
  mw_object_complement = 1U << 20,  ///< A verb whose object takes "of"/"for" ("accused X of").
  mw_clause_opener = 1U << 21,  ///< Opens a clause ("and", "that", "while"): a subject may follow.
  mw_possessive = 1U << 22,     ///< A possessive determiner ("her", "their").
  mw_street = 1U << 23,         ///< Ends a street's name ("Linden Street", "Ocean Drive").
  mw_subordinator = 1U << 24,   ///< Opens a fronted subordinate clause ("When", "Although").
  mw_charge = 1U << 25,         ///< A verb of a charge in court ("denies", "pleaded").
  mw_hyphen_particle = 1U << 26,  ///< Glued by a hyphen before a surname ("al-Harbi").
};

/// True when no two of the word classes share a bit (checked below, at compile time).
constexpr bool word_bits_distinct() {
  constexpr MentionWordBit all[] = {
      mw_stopword,  mw_quantifier,    mw_article,   mw_connector,   mw_corporate,
      mw_before_verb, mw_preposition, mw_place,     mw_place_part,  mw_title_start,
      mw_org_joiner, mw_org_head,     mw_leader,    mw_degree,      mw_place_plural,
      mw_postnominal, mw_particle,    mw_press,     mw_masthead,    mw_scan_start,
      mw_object_complement, mw_clause_opener, mw_possessive, mw_street, mw_subordinator, mw_charge,
      mw_hyphen_particle};
  std::uint32_t seen = 0;
  for (const MentionWordBit b : all) {
    if ((seen & b) != 0 || b == 0) return false;
    seen |= b;
  }
  return true;
}
static_assert(word_bits_distinct(), "two MentionWordBit classes share a bit");

/// Everything the mention lexicons say about one lower-case word, so that each token
/// needs one lookup. Pointers point into the MentionLexicon that holds this.
struct MentionWord {
  const HeadInfo* head = nullptr;        ///< As a description head.
  const Gender* title = nullptr;         ///< As a one-word title.
  const PronounInfo* pronoun = nullptr;  ///< As a pronoun.
  const Gender* first_name = nullptr;    ///< As a given name: its usual gender.
  std::uint32_t bits = 0;                ///< MentionWordBit.

  [[nodiscard]] bool has(MentionWordBit b) const noexcept { return (bits & b) != 0; }
};

/// A person head noun to match with one edit (MentionLexicon::typo_heads), with its
/// first two and last two bytes lower-cased (ASCII): one edit keeps one of the first two
/// in one of the first two places, and one of the last two in one of the last two.
struct TypoHead {
  const std::string* word;
  char first, second, last, before_last;

  /// False when `key` (lower case, at least two bytes) surely is not one edit away.
  [[nodiscard]] bool may_be_one_edit(std::string_view key) const noexcept {
    const char k0 = key[0];
    const char k1 = key[1];
    const char kl = key[key.size() - 1];
    const char kb = key[key.size() - 2];
    return (k0 == first || k1 == second || k0 == second || k1 == first) &&
           (kl == last || kb == before_last || kl == before_last || kb == last);
  }
};

/// Immutable after load(); lookups are thread-safe. Not copyable: `words` points into
/// the other tables (moving keeps those addresses).
struct MentionLexicon {
  WordMap<Gender> titles;           ///< Lower-case title (multi-word joined by spaces).
  std::size_t max_title_words = 1;
  WordMap<HeadInfo> heads;
  std::vector<std::string> person_heads;  ///< For typo matching of head nouns.
  /// Per word length L (0 to max_typo_length): the person_heads of four or more letters
  /// that one edit can reach from a word of L letters (lengths L - 1 to L + 1, none over
  /// max_typo_length), in person_heads order.
  std::vector<std::vector<TypoHead>> typo_heads;
  static constexpr std::size_t max_typo_length = 40;  ///< As one_edit_apart().
  /// A person head by its ending, for a word the heads do not list (agent_suffixes.txt).
  struct AgentSuffix {
    std::string suffix;
    std::size_t min_length = 0;  ///< The shortest word it applies to, in bytes.
    HeadInfo info;
  };
  std::vector<AgentSuffix> agent_suffixes;
  /// The head of agent_suffixes that lower-case `key` ends with (no shorter than its
  /// min_length), or nullptr.
  [[nodiscard]] const HeadInfo* agent_head(std::string_view key) const noexcept {
    for (const AgentSuffix& a : agent_suffixes) {
      if (key.size() >= a.min_length && key.ends_with(a.suffix)) return &a.info;
    }
    return nullptr;
  }
  WordMap<PronounInfo> pronouns;
  WordSet places;       ///< Countries, cities, nationality words.
  WordSet place_parts;  ///< "North", "New", "United" ...
  WordSet stopwords;    ///< Capitalised words that are not names.
  WordMap<Gender> first_names;  ///< Common given names and their usual gender.
  /// Title phrases (lower case, words joined by spaces) and a one-word title for the
  /// same office ("prime minister", "premier"), from title_synonyms.txt.
  std::vector<std::pair<std::string, std::string>> title_synonyms;
  WordMap<MentionWord> words;   ///< Every word above (and mention_words.txt), merged.
  /// Unique per load() in the process (never reused), so that caches of `words` lookups
  /// can tell lexicons apart.
  std::uint64_t serial = 0;

  MentionLexicon() = default;
  MentionLexicon(const MentionLexicon&) = delete;
  MentionLexicon& operator=(const MentionLexicon&) = delete;
  MentionLexicon(MentionLexicon&&) = default;
  MentionLexicon& operator=(MentionLexicon&&) = default;

  static Result<MentionLexicon> load(const ExtractorOptions& options);
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_MENTION_LEXICON_HPP
