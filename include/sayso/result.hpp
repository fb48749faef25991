/// @file result.hpp
/// Errors as values: sayso::Error and sayso::Result<T>, shaped like std::expected.
///
/// No exception crosses the sayso API. Every call that can fail returns a Result<T>
/// holding either a T or an Error.
///
/// @code
///   sayso::Result<sayso::Document> r = extractor.extract(text);
///   if (!r) { std::cerr << r.error().message << '\n'; return 1; }
///   const sayso::Document& doc = *r;
/// @endcode
#ifndef SAYSO_RESULT_HPP
#define SAYSO_RESULT_HPP

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "sayso/export.hpp"

namespace sayso {
inline namespace v0 {

/// What went wrong. The spelling of each enumerator is the `error.code` string of the
/// JSON error record (see to_string()).
enum class ErrorCode : std::uint8_t {
  invalid_argument,       ///< An option or argument is out of its range.
  input_too_large,        ///< The text is longer than ExtractorOptions::max_input_bytes.
  too_many_attributions,  ///< A document exceeded ExtractorOptions::max_attributions.
  invalid_lexicon,        ///< A lexicon (built-in or added through options) did not load.
  invalid_json,           ///< A JSON Lines input line is not a JSON object.
  missing_text,           ///< A JSON Lines input object has no string field `text`.
  io_error,               ///< A file could not be read or written.
  internal,               ///< A bug in sayso; please report it.
};

/// The stable name of an error code, e.g. "input_too_large". Thread-safe; the view
/// points to static storage.
SAYSO_EXPORT std::string_view to_string(ErrorCode code) noexcept;

/// An error value: a machine-readable code and a one-line human-readable message.
/// A plain value type: copy and move freely; not synchronised.
struct Error {
  ErrorCode code = ErrorCode::internal;  ///< What kind of failure.
  std::string message;                   ///< One line, in English, naming the cause.
};

/// Either a value of type T or an Error, like C++23 std::expected<T, Error>.
///
/// Thread safety: a value type; concurrent const access is safe, mutation is not.
/// Accessing value() of a Result holding an error (or error() of one holding a value)
/// is a precondition violation and aborts the program.
template <class T>
class [[nodiscard]] Result {
 public:
  /// Holds a value.
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  /// Holds an error.
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit by design

  /// True when a value is held.
  [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
  /// True when a value is held.
  explicit operator bool() const noexcept { return has_value(); }

  /// The value. Precondition: has_value().
  T& value() & { return std::get<0>(checked(true)); }
  /// The value. Precondition: has_value().
  const T& value() const& { return std::get<0>(checked(true)); }
  /// The value, moved out. Precondition: has_value().
  T&& value() && { return std::move(std::get<0>(checked(true))); }
  /// The value. Precondition: has_value().
  T& operator*() & { return value(); }
  /// The value. Precondition: has_value().
  const T& operator*() const& { return value(); }
  /// The value, moved out. Precondition: has_value().
  T&& operator*() && { return std::move(*this).value(); }
  /// Member access to the value. Precondition: has_value().
  T* operator->() { return &value(); }
  /// Member access to the value. Precondition: has_value().
  const T* operator->() const { return &value(); }

  /// The error. Precondition: !has_value().
  const Error& error() const& { return std::get<1>(checked(false)); }
  /// The error, moved out. Precondition: !has_value().
  Error&& error() && { return std::move(std::get<1>(checked(false))); }

 private:
  std::variant<T, Error>& checked(bool want_value) {
    if (has_value() != want_value) std::abort();
    return state_;
  }
  const std::variant<T, Error>& checked(bool want_value) const {
    if (has_value() != want_value) std::abort();
    return state_;
  }
  std::variant<T, Error> state_;
};

/// A Result that carries no value: success, or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  /// Success.
  Result() = default;
  /// Failure.
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT: implicit by design

  /// True on success.
  [[nodiscard]] bool has_value() const noexcept { return !failed_; }
  /// True on success.
  explicit operator bool() const noexcept { return has_value(); }
  /// The error. Precondition: !has_value().
  const Error& error() const& {
    if (!failed_) std::abort();
    return error_;
  }

 private:
  Error error_;
  bool failed_ = false;
};

}  // namespace v0
}  // namespace sayso

#endif  // SAYSO_RESULT_HPP
