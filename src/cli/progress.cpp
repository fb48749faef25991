#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace sayso_cli {
namespace {

constexpr auto refresh_interval = std::chrono::milliseconds(250);

}  // namespace

Progress::Progress(bool enabled) : enabled_(enabled) {}

bool Progress::stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void Progress::add(std::size_t bytes) {
  ++documents_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - last_shown_ < refresh_interval) return;
  last_shown_ = now;
  show();
}

void Progress::show() {
  const double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  const double megabytes = static_cast<double>(bytes_) / 1e6;
  const double rate = seconds > 0 ? megabytes / seconds : 0.0;
  std::fprintf(stderr, "\rsayso: %zu documents, %.1f MB, %.2f MB/s ", documents_, megabytes,
               rate);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  const bool ever_shown = last_shown_ != started_;
  if (!enabled_ || !ever_shown) return;
  show();
  std::fputc('\n', stderr);
}

void Progress::before_message() {
  if (!shown_) return;
  std::fputc('\n', stderr);
  shown_ = false;
}

}  // namespace sayso_cli
