#include "input.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <string_view>

namespace sayso_cli {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != stdin) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

bool is_stdin(const std::string& name) { return name == "-"; }

FilePtr open_input(const std::string& name) {
  if (is_stdin(name)) return FilePtr(stdin);
  return FilePtr(std::fopen(name.c_str(), "rb"));
}

std::string describe_errno() { return std::strerror(errno); }

// Reads all of `file` into `out`; false on a read error.
bool read_all(std::FILE* file, std::string& out) {
  std::vector<char> buffer(1 << 16);
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) out.append(buffer.data(), n);
  return std::ferror(file) == 0;
}

// A UTF-8 byte order mark some editors put at the start of a file.
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

void drop_byte_order_mark(std::string& line) {
  if (line.compare(0, byte_order_mark.size(), byte_order_mark) == 0) {
    line.erase(0, byte_order_mark.size());
  }
}

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string::npos;
}

Job unreadable_job(const std::string& name, const std::string& why) {
  std::cerr << "sayso: " << name << ": " << why << '\n';
  Job job;
  job.kind = JobKind::unreadable;
  job.source = name;
  job.payload = name + ": " + why;
  return job;
}

// One text document per file; an unreadable file still takes its place as an error.
bool feed_text_file(const std::string& name, const JobSink& sink) {
  const FilePtr file = open_input(name);
  if (!file) {
    sink(unreadable_job(name, "cannot open: " + describe_errno()));
    return false;
  }
  Job job;
  job.kind = JobKind::text;
  job.source = name;
  if (!read_all(file.get(), job.payload)) {
    sink(unreadable_job(name, "cannot read: " + describe_errno()));
    return false;
  }
  sink(std::move(job));
  return true;
}

// One job per non-blank line; a file that cannot be opened or read is reported.
bool feed_jsonl_file(const std::string& name, const JobSink& sink) {
  const FilePtr file = open_input(name);
  if (!file) {
    std::cerr << "sayso: " << name << ": cannot open: " << describe_errno() << '\n';
    return false;
  }
  LineReader reader(file.get());
  std::string line;
  std::size_t number = 0;
  while (reader.next(line)) {
    ++number;
    if (number == 1) drop_byte_order_mark(line);
    if (is_blank(line)) continue;
    sink(Job{JobKind::jsonl_line, std::move(line), name, number});
    line.clear();
  }
  if (reader.failed()) {
    std::cerr << "sayso: " << name << ": read error after line " << number << ": "
              << describe_errno() << '\n';
    return false;
  }
  return true;
}

}  // namespace

bool LineReader::refill() {
  pos_ = 0;
  end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  return end_ > 0;
}

bool LineReader::next(std::string& line) {
  line.clear();
  bool read_any = false;
  for (;;) {
    if (pos_ == end_ && !refill()) break;
    read_any = true;
    const char* begin = buffer_.data() + pos_;
    const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', end_ - pos_));
    if (nl != nullptr) {
      line.append(begin, static_cast<std::size_t>(nl - begin));
      pos_ = static_cast<std::size_t>(nl - buffer_.data()) + 1;
      break;
    }
    line.append(begin, end_ - pos_);
    pos_ = end_;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return read_any;
}

bool feed_inputs(const CliOptions& options, const JobSink& sink) {
  const std::vector<std::string> stdin_only{"-"};
  const auto& files = options.files.empty() ? stdin_only : options.files;
  bool ok = true;
  for (const std::string& name : files) {
    const bool file_ok = options.input == InputFormat::jsonl ? feed_jsonl_file(name, sink)
                                                             : feed_text_file(name, sink);
    ok = ok && file_ok;
  }
  return ok;
}

}  // namespace sayso_cli
