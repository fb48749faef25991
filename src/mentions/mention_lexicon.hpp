// MentionLexicon: the word lists the mention stage reads (titles, description heads,
// pronouns, place names, name stopwords), loaded once per Extractor.
#ifndef SAYSO_SRC_MENTIONS_MENTION_LEXICON_HPP
#define SAYSO_SRC_MENTIONS_MENTION_LEXICON_HPP

#include <cstddef>
#include <string>
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
  Gender gender = '-';
};

/// A pronoun that can name a source.
struct PronounInfo {
  EntityType type = EntityType::person;
  Gender gender = '-';
};

/// Immutable after load(); lookups are thread-safe.
struct MentionLexicon {
  WordMap<Gender> titles;           ///< Lower-case title (multi-word joined by spaces).
  std::size_t max_title_words = 1;
  WordMap<HeadInfo> heads;
  std::vector<std::string> person_heads;  ///< For typo matching of head nouns.
  WordMap<PronounInfo> pronouns;
  WordSet places;       ///< Countries, cities, nationality words.
  WordSet place_parts;  ///< "North", "New", "United" ...
  WordSet stopwords;    ///< Capitalised words that are not names.
  WordMap<Gender> first_names;  ///< Common given names and their usual gender.

  static Result<MentionLexicon> load(const ExtractorOptions& options);
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_MENTION_LEXICON_HPP
