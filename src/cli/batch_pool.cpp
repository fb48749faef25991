#include "batch_pool.hpp"

#include <utility>

namespace sayso_cli {

BatchPool::BatchPool(unsigned threads, Work work) : work_(std::move(work)) {
  threads_.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this, i] { loop(i); });
}

BatchPool::~BatchPool() {
  {
    const std::lock_guard lock(mutex_);
    stop_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void BatchPool::start(std::size_t items) {
  {
    const std::lock_guard lock(mutex_);
    items_ = items;
    done_ = 0;
    next_.store(0);
    ++generation_;
  }
  work_ready_.notify_all();
}

void BatchPool::wait() {
  std::unique_lock lock(mutex_);
  work_done_.wait(lock, [this] { return done_ == items_ && active_ == 0; });
}

std::size_t BatchPool::run_items(unsigned worker, std::size_t items) {
  std::size_t processed = 0;
  for (std::size_t i = next_.fetch_add(1); i < items; i = next_.fetch_add(1)) {
    work_(worker, i);
    ++processed;
  }
  return processed;
}

void BatchPool::loop(unsigned worker) {
  std::uint64_t seen = 0;
  for (;;) {
    std::size_t items = 0;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      items = items_;
      ++active_;
    }
    const std::size_t processed = run_items(worker, items);
    {
      const std::lock_guard lock(mutex_);
      done_ += processed;
      --active_;
    }
    work_done_.notify_all();
  }
}

}  // namespace sayso_cli
