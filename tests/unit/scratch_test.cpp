// The pipeline keeps its working tables per thread across calls (core/scratch.hpp, the
// thread_local Analysis, TokenLocator). A call must come out the same whatever the same
// thread processed before: nothing of a longer or busier earlier document may leak.
#include <doctest/doctest.h>

#include <string>
#include <thread>

#include "core/scratch.hpp"
#include "sayso/extractor.hpp"
#include "sayso/json.hpp"

namespace {

// The full JSON of `text` extracted on a new thread, whose per-thread state is fresh.
std::string extract_on_fresh_thread(const sayso::Extractor& ex, const std::string& text) {
  std::string out;
  std::thread worker([&] {
    auto doc = ex.extract(text);
    REQUIRE(doc);
    out = sayso::to_json(text, *doc);
  });
  worker.join();
  return out;
}

// A long, busy article: many speakers, nested and multi-paragraph quotations, figures.
std::string busy_article() {
  std::string s;
  for (int k = 0; k < 300; ++k) {
    s += "\"We will not move the depot,\" said Mayor Lena Okafor of Brookhaven. "
         "Council member Tom Reyes said the plan would cost $4.2 million. "
         "\"She told me 'never again' last week,\" he said. ";
    s += (k % 7 == 0) ? "\n\n\"The first part runs on\n\n\"and on,\" the clerk said.\n\n" : "\n\n";
  }
  return s;
}

}  // namespace

TEST_CASE("scratch: one instance per thread and type, kept across calls") {
  struct Buffers {
    std::string s;
  };
  sayso::detail::thread_scratch<Buffers>().s = "kept";
  CHECK(sayso::detail::thread_scratch<Buffers>().s == "kept");
  std::string seen_elsewhere = "unset";
  std::thread other([&] { seen_elsewhere = sayso::detail::thread_scratch<Buffers>().s; });
  other.join();
  CHECK(seen_elsewhere.empty());
}

TEST_CASE("scratch: a document comes out the same after a longer one on the same thread") {
  auto ex = sayso::Extractor::create();
  REQUIRE(ex);
  const std::string small =
      "Rain closed the coast road on Monday. \"It is the worst flood in years,\" "
      "said Ida Brandt, a ferry captain. Officials said about 40 homes were empty.";
  const std::string expected = extract_on_fresh_thread(*ex, small);
  for (const std::string& before : {busy_article(), std::string("\"unclosed 'marks \xE2\x80\x9C"),
                                    std::string()}) {
    auto first = ex->extract(before);
    REQUIRE(first);
    auto again = ex->extract(small);
    REQUIRE(again);
    CHECK(sayso::to_json(small, *again) == expected);
  }
}
