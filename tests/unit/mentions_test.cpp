// Mention stage: data-driven entity cases from tests/fixtures/mentions/entities.txt run
// through the whole pipeline, plus checks of name keys, edit distance and token_mention.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fixture_cases.hpp"
#include "mentions/token_text.hpp"
#include "sayso/extractor.hpp"

namespace {

using sayso_test::FixtureCase;
using sayso_test::split_fields;

const sayso::Entity* entity_named(const sayso::Document& doc, const std::string& name) {
  for (const auto& e : doc.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

std::string type_name(sayso::EntityType t) {
  switch (t) {
    case sayso::EntityType::person: return "Person";
    case sayso::EntityType::organization: return "Organization";
    case sayso::EntityType::group: return "Group";
    case sayso::EntityType::unknown: return "Unknown";
  }
  return "?";
}

void check_entity_expectation(const sayso::Document& doc, const std::vector<std::string>& e) {
  INFO("expectation: " << e[0] << "|" << (e.size() > 1 ? e[1] : "") << "|" << (e.size() > 2 ? e[2] : ""));
  if (e[0] == "noentity") {
    REQUIRE(e.size() >= 2);
    CHECK(entity_named(doc, e[1]) == nullptr);
    return;
  }
  REQUIRE(e.size() >= 3);
  if (e[0] == "entity") {
    REQUIRE(e.size() >= 4);
    const sayso::Entity* ent = entity_named(doc, e[2]);
    REQUIRE(ent != nullptr);
    CHECK(type_name(ent->type) == e[1]);
    if (e[3].empty()) return;
    for (const std::string& alt : split_fields(e[3], ';')) {
      INFO("alternate name: " << alt);
      CHECK(std::find(ent->alternate_names.begin(), ent->alternate_names.end(), alt) !=
            ent->alternate_names.end());
    }
    return;
  }
  const sayso::Entity* ent = entity_named(doc, e[1]);
  REQUIRE(ent != nullptr);
  if (e[0] == "descriptor") {
    CHECK(std::find(ent->descriptors.begin(), ent->descriptors.end(), e[2]) != ent->descriptors.end());
  } else if (e[0] == "mentions") {
    CHECK(ent->mentions.size() == std::stoul(e[2]));
  } else {
    FAIL("unknown expectation " << e[0]);
  }
}

}  // namespace

TEST_CASE("mentions: fixture cases") {
  const auto cases = sayso_test::read_fixture_cases(std::string(SAYSO_FIXTURES_DIR) + "/mentions/entities.txt");
  REQUIRE(cases.size() >= 8);
  auto extractor = sayso::Extractor::create();
  REQUIRE(extractor);
  for (const FixtureCase& c : cases) {
    SUBCASE(c.name.c_str()) {
      auto doc = extractor->extract(c.text);
      REQUIRE(doc);
      for (const auto& e : c.expect) check_entity_expectation(*doc, e);
    }
  }
}

TEST_CASE("mentions: name keys meet spelling variants") {
  using sayso::detail::name_key;
  CHECK(name_key("Zelinskyy") == name_key("Zelinsky"));
  CHECK(name_key("Torres's") == "tores");
  CHECK(name_key("Torres\xE2\x80\x99s") == name_key("Torres"));
  CHECK(name_key("Hall") != name_key("Hale"));
}

TEST_CASE("mentions: capped edit distance") {
  using sayso::detail::edit_distance_capped;
  CHECK(edit_distance_capped("leader", "leder") == 1);
  CHECK(edit_distance_capped("leader", "leader") == 0);
  CHECK(edit_distance_capped("leader", "reader") == 1);
  CHECK(edit_distance_capped("leader", "lady") == 2);
  CHECK(edit_distance_capped("a", "abcdef") == 2);
}

TEST_CASE("mentions: records are consistent with token_mention and in text order") {
  const std::string text =
      "Sgt. Karen Holm, a police spokeswoman, said officers arrived at 2 a.m. "
      "\"We were there in minutes,\" she said.\n";
  auto doc = sayso::extract(text);
  REQUIRE(doc);
  REQUIRE(doc->mentions.size() >= 3);
  for (std::size_t i = 1; i < doc->mentions.size(); ++i) {
    CHECK(doc->mentions[i - 1].span.start <= doc->mentions[i].span.start);
  }
  for (std::size_t e = 0; e < doc->entities.size(); ++e) {
    for (auto m : doc->entities[e].mentions) CHECK(doc->mentions[m].entity == e);
  }
  const sayso::Entity* holm = entity_named(*doc, "Karen Holm");
  REQUIRE(holm != nullptr);
  CHECK(holm->type == sayso::EntityType::person);
  bool has_pronoun = false;
  for (auto m : holm->mentions) has_pronoun = has_pronoun || doc->mentions[m].type == sayso::MentionType::pronoun;
  CHECK(has_pronoun);
}

TEST_CASE("mentions: no names from garbage bytes, long runs stay bounded") {
  std::string text(1000, 'A');
  text += std::string("\0\xc3 ", 3);
  for (int i = 0; i < 500; ++i) text += "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj of ";
  text += ". the the the a an one of the";
  auto doc = sayso::extract(text);
  REQUIRE(doc);
  for (const auto& m : doc->mentions) CHECK(m.span.end <= text.size());
}
