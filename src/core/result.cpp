#include "sayso/result.hpp"

namespace sayso {
inline namespace v0 {

std::string_view to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::input_too_large: return "input_too_large";
    case ErrorCode::too_many_attributions: return "too_many_attributions";
    case ErrorCode::invalid_lexicon: return "invalid_lexicon";
    case ErrorCode::invalid_json: return "invalid_json";
    case ErrorCode::missing_text: return "missing_text";
    case ErrorCode::io_error: return "io_error";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

}  // namespace v0
}  // namespace sayso
