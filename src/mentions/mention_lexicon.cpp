#include "mentions/mention_lexicon.hpp"

#include <algorithm>
#include <atomic>
#include <optional>

#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

std::size_t word_count(std::string_view s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

Gender parse_gender(const LexiconRow& row, std::size_t field) {
  if (row.size() <= field || row[field].empty()) return '-';
  const char g = row[field][0];
  return (g == 'm' || g == 'f') ? g : '-';
}

EntityType parse_type(std::string_view s) {
  if (s == "organization") return EntityType::organization;
  if (s == "group") return EntityType::group;
  if (s == "person") return EntityType::person;
  return EntityType::unknown;
}

void add_title(MentionLexicon& lex, std::string_view title, Gender g) {
  lex.titles.set(title, g);
  lex.max_title_words = std::max(lex.max_title_words, word_count(title));
}

Result<void> load_titles(MentionLexicon& lex, const ExtractorOptions& options) {
  auto rows = load_lexicon("titles");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (!row.empty() && !row[0].empty()) add_title(lex, row[0], parse_gender(row, 1));
  }
  for (const std::string& t : options.titles) {
    if (t.empty() || word_count(t) > 6) {
      return Error{ErrorCode::invalid_lexicon, "a title must have one to six words"};
    }
    add_title(lex, t, '-');
  }
  return {};
}

void add_plural_heads(MentionLexicon& lex, const std::vector<std::string>& singulars);

Result<void> load_heads(MentionLexicon& lex) {
  auto rows = load_lexicon("description_heads");
  if (!rows) return rows.error();
  std::vector<std::string> org_heads;
  for (const LexiconRow& row : *rows) {
    if (row.size() < 2 || row[0].empty()) continue;
    HeadInfo h;
    h.document = row[1] == "document";
    h.type = h.document ? EntityType::unknown : parse_type(row[1]);
    h.gender = parse_gender(row, 2);
    const std::string_view flags = row.size() > 3 ? row[3] : std::string_view();
    h.generic = flags.starts_with("generic");
    h.adjective = flags.find("adjective") != std::string_view::npos;
    h.charged = flags.find("charged") != std::string_view::npos;
    h.public_body = flags.find("public") != std::string_view::npos;
    h.commercial = flags.find("commercial") != std::string_view::npos;
    h.unique = flags.find("unique") != std::string_view::npos;
    if (flags.find("latter") != std::string_view::npos) h.back_reference = 1;
    if (flags.find("former") != std::string_view::npos) h.back_reference = 2;
    // ("the latter" has no typo and no plural.)
    if (h.type == EntityType::person && h.back_reference == 0) lex.person_heads.emplace_back(row[0]);
    if (h.type == EntityType::organization) org_heads.emplace_back(row[0]);
    lex.heads.set(row[0], h);
  }
  add_plural_heads(lex, lex.person_heads);
  add_plural_heads(lex, org_heads);
  return {};
}

Result<void> load_agent_suffixes(MentionLexicon& lex) {
  auto rows = load_lexicon("agent_suffixes");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (row.size() < 2 || row[0].empty()) continue;
    MentionLexicon::AgentSuffix a;
    a.suffix = std::string(row[0]);
    for (const char ch : row[1]) {
      if (ch >= '0' && ch <= '9') a.min_length = a.min_length * 10 + static_cast<std::size_t>(ch - '0');
    }
    a.info.type = EntityType::person;
    a.info.gender = parse_gender(row, 2);
    lex.agent_suffixes.push_back(std::move(a));
  }
  return {};
}

// The plural of a person or organisation head not listed itself: "shopkeepers",
// "firemen", "hospitals", "ministries" name a group.
std::string plural_of(std::string_view noun) {
  std::string p(noun);
  if (p.ends_with("man")) {
    p.replace(p.size() - 3, 3, "men");
  } else if (p.ends_with("y") && p.size() > 2 && std::string_view("aeiou").find(p[p.size() - 2]) == std::string_view::npos) {
    p.replace(p.size() - 1, 1, "ies");
  } else if (p.ends_with("s") || p.ends_with("sh") || p.ends_with("ch") || p.ends_with("x")) {
    p += "es";
  } else {
    p += "s";
  }
  return p;
}

void add_plural_heads(MentionLexicon& lex, const std::vector<std::string>& singulars) {
  std::vector<std::string> plurals;
  for (const std::string& h : singulars) {
    std::string p = plural_of(h);
    if (h.find(' ') == std::string::npos && h != "year-old" && lex.heads.find(p) == nullptr) {
      plurals.push_back(std::move(p));
    }
  }
  HeadInfo group;
  group.type = EntityType::group;
  for (const std::string& p : plurals) lex.heads.set(p, group);
}

// Buckets person_heads by the word lengths one edit can reach them from.
void index_typo_heads(MentionLexicon& lex) {
  const std::size_t max = MentionLexicon::max_typo_length;
  lex.typo_heads.assign(max + 1, {});
  for (std::size_t len = 0; len <= max; ++len) {
    for (const std::string& h : lex.person_heads) {
      const std::size_t n = h.size();
      if (n >= 4 && n <= max && n + 1 >= len && n <= len + 1) {
        lex.typo_heads[len].push_back(
            TypoHead{&h, ascii_lower(h[0]), ascii_lower(h[1]), ascii_lower(h[n - 1]), ascii_lower(h[n - 2])});
      }
    }
  }
}

Result<void> load_pronouns(MentionLexicon& lex) {
  auto rows = load_lexicon("pronouns");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (row.size() < 3 || row[0].empty()) continue;
    lex.pronouns.set(row[0], PronounInfo{parse_type(row[2]), parse_gender(row, 1)});
  }
  return {};
}

std::optional<MentionWordBit> parse_word_class(std::string_view s) {
  if (s == "connector") return mw_connector;
  if (s == "corporate") return mw_corporate;
  if (s == "before_verb") return mw_before_verb;
  if (s == "preposition") return mw_preposition;
  if (s == "quantifier") return mw_quantifier;
  if (s == "article") return mw_article;
  if (s == "postnominal") return mw_postnominal;
  if (s == "particle") return mw_particle;
  if (s == "press") return mw_press;
  if (s == "masthead") return mw_masthead;
  if (s == "object_complement") return mw_object_complement;
  if (s == "clause_opener") return mw_clause_opener;
  if (s == "possessive") return mw_possessive;
  if (s == "street") return mw_street;
  if (s == "subordinator") return mw_subordinator;
  if (s == "charge") return mw_charge;
  if (s == "hyphen_particle") return mw_hyphen_particle;
  return std::nullopt;
}

Result<void> load_word_classes(MentionLexicon& lex) {
  auto rows = load_lexicon("mention_words");
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    const auto bit = row.size() >= 2 ? parse_word_class(row[1]) : std::nullopt;
    if (!bit) {
      return Error{ErrorCode::invalid_lexicon, "mention_words entries need word<TAB>class"};
    }
    lex.words.slot(row[0]).bits |= *bit;
  }
  return {};
}

void mark_set(MentionLexicon& lex, const WordSet& set, MentionWordBit bit) {
  for (std::size_t n = 0; n < set.size(); ++n) lex.words.slot(set.key(n)).bits |= bit;
}

// Merges every per-list table into lex.words (after load_word_classes).
void merge_words(MentionLexicon& lex) {
  for (std::size_t n = 0; n < lex.heads.size(); ++n) {
    MentionWord& w = lex.words.slot(lex.heads.key(n));
    w.head = &lex.heads.value_at(n);
    if (w.head->type == EntityType::organization) w.bits |= mw_org_head;
  }
  for (const std::string_view joiner : {"the", "of", "for", "&"}) {
    lex.words.slot(joiner).bits |= mw_org_joiner;
  }
  for (const std::string_view leader : {"president", "premier", "chancellor", "king", "queen",
                                        "leader", "minister", "prime", "emir", "sultan", "pope"}) {
    lex.words.slot(leader).bits |= mw_leader;
  }
  for (const std::string_view degree : {"most", "more", "least"}) {
    lex.words.slot(degree).bits |= mw_degree;
  }
  for (std::size_t n = 0; n < lex.pronouns.size(); ++n) {
    lex.words.slot(lex.pronouns.key(n)).pronoun = &lex.pronouns.value_at(n);
  }
  for (std::size_t n = 0; n < lex.titles.size(); ++n) {
    const std::string_view title = lex.titles.key(n);
    const std::size_t space = title.find(' ');
    if (space == std::string_view::npos) {
      lex.words.slot(title).title = &lex.titles.value_at(n);
    } else {
      lex.words.slot(title.substr(0, space)).bits |= mw_title_start;
    }
  }
  for (std::size_t n = 0; n < lex.first_names.size(); ++n) {
    lex.words.slot(lex.first_names.key(n)).first_name = &lex.first_names.value_at(n);
  }
  mark_set(lex, lex.stopwords, mw_stopword);
  mark_set(lex, lex.places, mw_place);
  for (std::size_t n = 0; n < lex.places.size(); ++n) {
    lex.words.slot(std::string(lex.places.key(n)) + "s").bits |= mw_place_plural;
  }
  mark_set(lex, lex.place_parts, mw_place_part);
  for (std::size_t n = 0; n < lex.words.size(); ++n) {
    MentionWord& w = lex.words.slot(lex.words.key(n));  // an existing entry: no insertion
    if (w.has(mw_quantifier) || w.has(mw_article) || w.pronoun != nullptr) w.bits |= mw_scan_start;
  }
}

}  // namespace

Result<MentionLexicon> MentionLexicon::load(const ExtractorOptions& options) {
  static std::atomic<std::uint64_t> loads{0};
  MentionLexicon lex;
  lex.serial = ++loads;
  if (auto ok = load_titles(lex, options); !ok) return ok.error();
  if (auto ok = load_heads(lex); !ok) return ok.error();
  index_typo_heads(lex);
  if (auto ok = load_agent_suffixes(lex); !ok) return ok.error();
  if (auto ok = load_pronouns(lex); !ok) return ok.error();
  if (auto ok = lex.places.add_lexicon("place_names"); !ok) return ok.error();
  if (auto ok = lex.place_parts.add_lexicon("place_parts"); !ok) return ok.error();
  if (auto ok = lex.stopwords.add_lexicon("name_stopwords"); !ok) return ok.error();
  auto names = load_lexicon("first_names");
  if (!names) return names.error();
  for (const LexiconRow& row : *names) {
    if (!row.empty() && !row[0].empty()) lex.first_names.set(row[0], parse_gender(row, 1));
  }
  auto synonyms = load_lexicon("title_synonyms");
  if (!synonyms) return synonyms.error();
  for (const LexiconRow& row : *synonyms) {
    if (row.size() >= 2 && !row[0].empty() && !row[1].empty()) {
      lex.title_synonyms.emplace_back(std::string(row[0]), std::string(row[1]));
    }
  }
  if (auto ok = load_word_classes(lex); !ok) return ok.error();
  merge_words(lex);
  return lex;
}

}  // namespace sayso::inline v0::detail
