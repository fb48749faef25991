// sayso: the command-line tool (shared spec cli.md).
#include <cstdio>

#include "app.hpp"
#include "options.hpp"

int main(int argc, char** argv) {
  const sayso_cli::ParsedCommandLine parsed = sayso_cli::parse_command_line(argc, argv);
  if (!parsed.options) return parsed.exit_status;
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  return sayso_cli::run_command(*parsed.options);
}
