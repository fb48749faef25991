// --format table: for people at a terminal.
#include "formatter.hpp"

namespace sayso_cli {
std::unique_ptr<Formatter> make_table_formatter(Command command) {
  return make_json_formatter(command, {});
}
}  // namespace sayso_cli
