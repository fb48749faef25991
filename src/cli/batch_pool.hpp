// A fixed set of worker threads that process the items of one batch at a time.
#ifndef SAYSO_CLI_BATCH_POOL_HPP
#define SAYSO_CLI_BATCH_POOL_HPP

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sayso_cli {

/// start(n) has the workers call work(worker, i) for every i in [0, n), each once,
/// in any order; wait() returns when all are done. One batch at a time; start() and
/// wait() are called from one thread.
class BatchPool {
 public:
  using Work = std::function<void(unsigned worker, std::size_t item)>;
  BatchPool(unsigned threads, Work work);
  ~BatchPool();
  BatchPool(const BatchPool&) = delete;
  BatchPool& operator=(const BatchPool&) = delete;

  void start(std::size_t items);
  void wait();

 private:
  void loop(unsigned worker);
  std::size_t run_items(unsigned worker, std::size_t items);

  Work work_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable work_done_;
  std::uint64_t generation_ = 0;
  std::size_t items_ = 0;
  std::size_t done_ = 0;
  unsigned active_ = 0;
  bool stop_ = false;
  std::atomic<std::size_t> next_{0};
  std::vector<std::thread> threads_;
};

}  // namespace sayso_cli

#endif  // SAYSO_CLI_BATCH_POOL_HPP
