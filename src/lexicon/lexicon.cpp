#include "lexicon/lexicon.hpp"

#include <string>

namespace sayso::inline v0::detail {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

LexiconRow split_fields(std::string_view line) {
  LexiconRow row;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    row.push_back(trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return row;
}

}  // namespace

std::vector<LexiconRow> parse_lexicon(std::string_view data) {
  std::vector<LexiconRow> rows;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    const std::string_view line = data.substr(start, end - start);
    start = end + 1;
    if (trim(line).empty() || line.front() == '#') continue;
    rows.push_back(split_fields(line));
  }
  return rows;
}

Result<std::vector<LexiconRow>> load_lexicon(std::string_view name) {
  const std::string_view data = embedded_lexicon(name);
  if (data.empty()) {
    return Error{ErrorCode::invalid_lexicon,
                 "built-in lexicon '" + std::string(name) + "' is missing or empty"};
  }
  return parse_lexicon(data);
}

std::string fold_case(std::string_view s) {
  std::string out(s.size(), '\0');
  fold_case_into(s, out.data());
  return out;
}

Result<void> WordSet::add_lexicon(std::string_view name) {
  auto rows = load_lexicon(name);
  if (!rows) return rows.error();
  for (const LexiconRow& row : *rows) {
    if (!row.empty() && !row[0].empty()) add(row[0]);
  }
  return {};
}

}  // namespace sayso::inline v0::detail
