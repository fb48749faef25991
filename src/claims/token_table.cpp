#include "claims/token_table.hpp"

#include <algorithm>

namespace sayso::inline v0::detail {
namespace {

// Appends `raw` lower-cased (ASCII) with U+2019 turned into an ASCII apostrophe.
void append_lower(std::string& arena, std::string_view raw) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\xE2' && i + 2 < raw.size() && raw[i + 1] == '\x80' && raw[i + 2] == '\x99') {
      arena.push_back('\'');
      i += 2;
      continue;
    }
    arena.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
}

const WordInfo* lookup(const ClaimLexicon& lexicon, std::string_view lower) {
  if (const WordInfo* info = lexicon.find(lower)) return info;
  // "wednesday's" -> "wednesday"
  if (lower.size() > 2 && lower.substr(lower.size() - 2) == "'s") {
    return lexicon.find(lower.substr(0, lower.size() - 2));
  }
  return nullptr;
}

}  // namespace

void TokenTable::build(std::string_view text, const std::vector<Token>& tokens,
                       const ClaimLexicon& lexicon) {
  text_ = text;
  tokens_ = &tokens;
  lexicon_ = &lexicon;
  arena_.clear();
  // Lower-casing never grows a token, so the arena never reallocates below.
  arena_.reserve(text.size());
  lower_.resize(tokens.size());
  info_.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::size_t start = arena_.size();
    append_lower(arena_, slice(text, tokens[i].span));
    lower_[i] = std::string_view(arena_).substr(start, arena_.size() - start);
    const bool lookable = tokens[i].kind == TokenKind::word || tokens[i].kind == TokenKind::symbol;
    info_[i] = lookable ? lookup(lexicon, lower_[i]) : nullptr;
  }
}

EntryMatch TokenTable::match(Index i, Index end, EntryKind kind) const {
  if (i >= end || i >= size() || info_[i] == nullptr) return {};
  for (const Entry* e : info_[i]->entries) {
    if (e->kind != kind) continue;
    const auto n = static_cast<Index>(e->words.size());
    if (end - i < n) continue;
    bool ok = true;
    for (Index k = 1; k < n && ok; ++k) ok = lower_[i + k] == e->words[k];
    if (ok) return EntryMatch{e, i + n};
  }
  return {};
}

Index TokenTable::first_at_or_after(std::uint32_t offset) const {
  const auto& toks = *tokens_;
  auto it = std::lower_bound(toks.begin(), toks.end(), offset,
                             [](const Token& t, std::uint32_t o) { return t.span.start < o; });
  return static_cast<Index>(it - toks.begin());
}

Index TokenTable::end_at_or_before(std::uint32_t offset) const {
  const auto& toks = *tokens_;
  auto it = std::upper_bound(toks.begin(), toks.end(), offset,
                             [](std::uint32_t o, const Token& t) { return o < t.span.end; });
  return static_cast<Index>(it - toks.begin());
}

}  // namespace sayso::inline v0::detail
