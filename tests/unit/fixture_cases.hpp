// Reads the data-driven fixture files shared by several unit tests. Format:
//   === case name
//   text lines (kept with their line breaks)
//   ---
//   field|field|...      one expectation a line
// Lines starting with '#' and empty lines between cases are skipped.
#ifndef SAYSO_TESTS_UNIT_FIXTURE_CASES_HPP
#define SAYSO_TESTS_UNIT_FIXTURE_CASES_HPP

#include <fstream>
#include <string>
#include <vector>

namespace sayso_test {

/// One fixture case: its name, its text and its expectations split at '|'.
struct FixtureCase {
  std::string name;
  std::string text;
  std::vector<std::vector<std::string>> expect;
};

/// Splits `line` at every `sep`; an empty line gives one empty field.
inline std::vector<std::string> split_fields(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

/// Every case of the fixture file at `path`, in file order.
inline std::vector<FixtureCase> read_fixture_cases(const std::string& path) {
  std::ifstream in(path);
  std::vector<FixtureCase> cases;
  std::string line;
  bool in_text = false;
  while (std::getline(in, line)) {
    if (line.rfind("=== ", 0) == 0) {
      cases.push_back(FixtureCase{line.substr(4), {}, {}});
      in_text = true;
    } else if (cases.empty() || (!in_text && (line.empty() || line[0] == '#'))) {
      continue;
    } else if (line == "---") {
      in_text = false;
    } else if (in_text) {
      cases.back().text += line + "\n";
    } else {
      cases.back().expect.push_back(split_fields(line, '|'));
    }
  }
  return cases;
}

}  // namespace sayso_test

#endif  // SAYSO_TESTS_UNIT_FIXTURE_CASES_HPP
