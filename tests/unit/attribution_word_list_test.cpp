// WordList (src/lexicon/word_list.hpp): membership agrees with a plain search.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string_view>

#include "lexicon/word_list.hpp"

namespace {

using sayso::detail::WordList;

constexpr std::string_view sample[] = {"has", "have", "had", "'s", "a", "an", "be",
                                       "been", "being", "i", "at", "also"};
constexpr WordList sample_words(sample);

static_assert(sample_words.contains("had"));
static_assert(!sample_words.contains("ha"));

}  // namespace

TEST_CASE("WordList holds exactly its words") {
  for (const std::string_view w : sample) CHECK(sample_words.contains(w));
  constexpr std::string_view others[] = {"", "h", "ha", "hass", "hat", "s", "'", "'t", "b",
                                         "bee", "beings", "I", "Has", "als", "also ", "z"};
  for (const std::string_view w : others) {
    const bool listed = std::find(std::begin(sample), std::end(sample), w) != std::end(sample);
    CHECK(sample_words.contains(w) == listed);
  }
}
