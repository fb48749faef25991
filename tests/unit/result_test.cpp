#include <doctest/doctest.h>

#include <string>

#include "sayso/result.hpp"
#include "sayso/span.hpp"

TEST_CASE("Result holds a value or an error") {
  sayso::Result<int> ok = 7;
  REQUIRE(ok.has_value());
  CHECK(*ok == 7);
  sayso::Result<int> bad = sayso::Error{sayso::ErrorCode::input_too_large, "too big"};
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == sayso::ErrorCode::input_too_large);
  CHECK(sayso::to_string(bad.error().code) == "input_too_large");
}

TEST_CASE("Result<void> reports success and failure") {
  sayso::Result<void> ok;
  CHECK(ok.has_value());
  sayso::Result<void> bad = sayso::Error{sayso::ErrorCode::invalid_argument, "x"};
  CHECK_FALSE(bad);
  CHECK(bad.error().message == "x");
}

TEST_CASE("slice clamps spans to the text") {
  const std::string text = "hello world";
  CHECK(sayso::slice(text, {6, 11}) == "world");
  CHECK(sayso::slice(text, {6, 99}) == "world");
  CHECK(sayso::slice(text, {50, 99}).empty());
  CHECK(sayso::slice(text, {5, 2}).empty());
}
