#include "corpus.hpp"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <initializer_list>
#include <random>
#include <string_view>

namespace sayso_bench {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::uint32_t hex4(std::string_view s, std::size_t i) {
  std::uint32_t v = 0;
  for (std::size_t k = 0; k < 4 && i + k < s.size(); ++k) {
    const char c = s[i + k];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
  }
  return v;
}

// The JSON string starting after the opening quote at `i`; i ends after the closing quote.
std::string json_string(std::string_view s, std::size_t& i) {
  std::string out;
  while (i < s.size() && s[i] != '"') {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i++];
      continue;
    }
    const char e = s[i + 1];
    i += 2;
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        std::uint32_t cp = hex4(s, i);
        i += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(s, i + 2) - 0xDC00);
          i += 6;
        }
        append_utf8(out, cp);
        break;
      }
      default: out += e; break;
    }
  }
  ++i;
  return out;
}

std::string text_field(std::string_view line) {
  const std::size_t key = line.find("\"text\"");
  if (key == std::string_view::npos) return {};
  std::size_t i = line.find('"', line.find(':', key) + 1);
  if (i == std::string_view::npos) return {};
  ++i;
  return json_string(line, i);
}

// Made-up pieces of news copy.
constexpr std::array<std::string_view, 12> people = {
    "Ana B. Torres", "Luis Ortega", "Mia Chen", "Peter Lund", "Ruth Ames", "Omar Haddad",
    "Dana Reyes", "J. R. Halden", "Lena Park", "Tomas Weir", "Petra Novak", "Ken Hale Jr."};
constexpr std::array<std::string_view, 8> titles = {"Gen.", "Sen.", "Rep.", "Gov.", "Dr.",
                                                    "Mr.", "Ms.", "Prof."};
constexpr std::array<std::string_view, 8> orgs = {
    "Dunmore Foods Inc.", "Halvard Corp.", "the U.S. Treasury", "Marlow Bros. Ltd.",
    "the city council", "the U.N. agency", "Crane & Co.", "the transport ministry"};
constexpr std::array<std::string_view, 8> verbs = {"said", "told reporters", "added",
                                                   "warned", "insisted", "wrote",
                                                   "said in a statement", "confirmed"};
constexpr std::array<std::string_view, 10> claims = {
    "the budget would rise to $4.5 billion by Jan. 28",
    "prices had climbed 2.3% since last summer",
    "some 300 workers at the St. Paul plant would lose their jobs",
    "talks would resume at 9 a.m. Tuesday in Washington, D.C.",
    "the new system, version 10.4, was tested on p. 12 of the report",
    "nearly a third of the 4,000 homes had no power after 3:40 p.m.",
    "the deal with Crane & Co. was worth about $900 million",
    "no decision had been made about the No. 2 runway",
    "officials in Springfield, Ill. had asked for more time",
    "the agency's website, example.org/reports, listed every site"};
constexpr std::array<std::string_view, 8> quotes = {
    "We will not give up. This is our city",
    "It was a mistake, and we are sorry",
    "Nobody told us anything . . . We found out from the radio",
    "Who is going to pay for this?",
    "The numbers speak for themselves",
    "We won! Now the work begins",
    "I think it will hold... but I am not sure",
    "There is no plan B"};
constexpr std::array<std::string_view, 6> places = {"LISBON", "CHICAGO", "NAIROBI", "OSLO",
                                                    "MANILA", "LIMA"};
constexpr std::array<std::string_view, 6> headlines = {
    "Council Approves New Budget After Long Debate", "Strike Ends as Workers Accept Offer",
    "Torres 'Ready' to Talk With Unions", "Floods Close Roads Across the Region",
    "Acme Shares Jump on Merger News", "Minister Resigns Over Contract Row"};

template <class A>
std::string_view pick(const A& a, std::mt19937& rng) {
  return a[rng() % a.size()];
}

// Concatenates pieces (append, not operator+ chains: GCC 12 warns falsely on those).
std::string cat(std::initializer_list<std::string_view> pieces) {
  std::string out;
  for (const std::string_view p : pieces) out.append(p);
  return out;
}

std::string person(std::mt19937& rng) { return cat({pick(titles, rng), " ", pick(people, rng)}); }

std::string paragraph(std::mt19937& rng) {
  switch (rng() % 5) {
    case 0:
      return cat({"\u201C", pick(quotes, rng), ",\u201D ", person(rng), " said."});
    case 1:
      return cat({person(rng), " ", pick(verbs, rng), " that ", pick(claims, rng), "."});
    case 2:
      return cat({"\"", pick(quotes, rng), "\" ", pick(orgs, rng), " ", pick(verbs, rng), "."});
    case 3:
      return cat({"According to ", pick(orgs, rng), ", ", pick(claims, rng),
                  ". The figures were not disputed."});
    default:
      return cat({"In a statement, ", pick(orgs, rng), " ", pick(verbs, rng), ": 'We expect ",
                  pick(claims, rng), ".' Analysts were not surprised."});
  }
}

}  // namespace

std::vector<std::string> read_jsonl_texts(const std::string& path) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string t = text_field(line);
    if (!t.empty()) texts.push_back(std::move(t));
  }
  return texts;
}

std::string news_article(unsigned seed) {
  std::mt19937 rng(seed);
  std::string a = cat({pick(headlines, rng), "\nBy ", pick(people, rng), "\n", pick(places, rng),
                       " (Wire) \u2014 "});
  const auto paragraphs = static_cast<unsigned>(6 + rng() % 10);
  for (unsigned i = 0; i < paragraphs; ++i) {
    a += paragraph(rng);
    a += (rng() % 4 == 0) ? "\n\n" : "\n";
  }
  return a;
}

std::vector<std::string> mixed_corpus(const std::vector<std::string>& texts, std::size_t min_bytes) {
  std::vector<std::string> docs;
  std::size_t total = 0;
  std::size_t text_bytes = 0;
  std::size_t next_text = 0;
  unsigned seed = 1;
  while (total < min_bytes) {
    if (!texts.empty() && text_bytes * 2 < total + 1) {
      docs.push_back(texts[next_text++ % texts.size()]);
      text_bytes += docs.back().size();
    } else {
      docs.push_back(news_article(seed++));
    }
    total += docs.back().size();
  }
  return docs;
}

std::vector<std::string> repeated_corpus(const std::vector<std::string>& texts, std::size_t min_bytes) {
  std::vector<std::string> docs;
  std::size_t total = 0;
  for (std::size_t i = 0; !texts.empty() && total < min_bytes; ++i) {
    docs.push_back(texts[i % texts.size()]);
    total += docs.back().size();
  }
  return docs;
}

std::size_t corpus_bytes(const std::vector<std::string>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs) n += d.size();
  return n;
}

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::string default_ud_path() {
  const char* env = std::getenv("SAYSO_UD_JSONL");
  return env != nullptr ? env : "/work/shared/eval/ud_ewt_test.jsonl";
}

}  // namespace sayso_bench
