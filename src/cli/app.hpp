// `sayso extract` and `sayso segment`: inputs -> ordered parallel runner -> output.
#ifndef SAYSO_CLI_APP_HPP
#define SAYSO_CLI_APP_HPP

#include "options.hpp"

namespace sayso_cli {

/// Runs the command; returns the exit status (0, or 1 when some input failed).
int run_command(const CliOptions& options);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_APP_HPP
