// libFuzzer target: the whole pipeline on arbitrary bytes. Checks every Document
// invariant (tests/fuzz/invariants.hpp) and that sayso::to_json output parses and
// shows each span's slice, in every offset unit.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  sayso_fuzz::extract_and_check(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
