// Progress on standard error (documents, MB/s), only when standard error is a terminal.
#ifndef SAYSO_CLI_PROGRESS_HPP
#define SAYSO_CLI_PROGRESS_HPP

#include <chrono>
#include <cstddef>

namespace sayso_cli {

class Progress {
 public:
  /// Shows progress when `enabled` (normally: standard error is a terminal).
  explicit Progress(bool enabled);
  /// Counts one finished document of `bytes` input bytes.
  void add(std::size_t bytes);
  /// Ends the progress line.
  void finish();
  /// Ends a progress line on screen, so that a message written next starts a line.
  void before_message();

  /// True when standard error is a terminal.
  static bool stderr_is_terminal();

 private:
  void show();

  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  std::size_t documents_ = 0;
  std::size_t bytes_ = 0;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_shown_ = started_;
};

}  // namespace sayso_cli

#endif  // SAYSO_CLI_PROGRESS_HPP
