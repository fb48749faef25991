/// @file sayso.hpp
/// sayso: who said what in news text. This umbrella header includes the whole API.
///
/// A complete program (examples/quickstart.cpp is a longer one):
/// @code
///   #include <sayso/sayso.hpp>
///   #include <iostream>
///
///   int main() {
///     const std::string text =
///         "\"We will appeal,\" Ana Torres said. The ministry said costs rose 4%.";
///     auto extractor = sayso::Extractor::create();
///     if (!extractor) { std::cerr << extractor.error().message << '\n'; return 1; }
///     auto doc = extractor->extract(text);
///     if (!doc) { std::cerr << doc.error().message << '\n'; return 1; }
///     for (const sayso::Attribution& a : doc->attributions) {
///       std::string_view who = a.source ? doc->entities[a.source->entity].name : "?";
///       for (sayso::ByteSpan s : a.content)
///         std::cout << who << ": " << sayso::slice(text, s) << '\n';
///     }
///     std::cout << sayso::to_json(text, *doc) << '\n';  // the spec's JSON, code points
///   }
/// @endcode
///
/// Build it against an installed sayso with CMake:
/// @code
///   find_package(sayso CONFIG REQUIRED)
///   target_link_libraries(app PRIVATE sayso::sayso)
/// @endcode
///
/// Rules of use:
/// - Offsets are UTF-8 byte offsets into the exact text you passed (ByteSpan); read
///   them with slice(text, span) while the text is alive.
/// - Extractor is immutable and thread-safe; create one and share it.
/// - Errors are values (Result<T>); no exception leaves the library.
#ifndef SAYSO_SAYSO_HPP
#define SAYSO_SAYSO_HPP

#include "sayso/document.hpp"
#include "sayso/export.hpp"
#include "sayso/extractor.hpp"
#include "sayso/json.hpp"
#include "sayso/result.hpp"
#include "sayso/span.hpp"
#include "sayso/version.hpp"

#endif  // SAYSO_SAYSO_HPP
