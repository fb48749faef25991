// Per-thread working buffers a pipeline stage keeps from one call to the next.
//
// A stage's per-token and per-sentence tables are tens to hundreds of megabytes on a
// 16 MB document. glibc hands blocks above 32 MB (and, as its dynamic thresholds move,
// smaller ones) out as fresh mappings and unmaps them on free, so a table allocated per
// call is page-faulted in again on every call (about 1 us per 4 KB page, a tenth of the
// whole pipeline's time at 16 MB), while a 1 MB document's tables come back from the
// heap: time per MB grows with the input size. Buffers kept per thread are faulted in
// once, like the Analysis (which is thread_local for the same reason).
//
// Use: a struct of vectors per stage, `auto& s = thread_scratch<MyStageScratch>();`,
// cleared (capacity kept) before it is filled. One instance per thread and type, so a
// stage's run() stays safe to call from many threads at once; a stage must not hold
// its scratch across a call that may re-enter the same stage on the same thread.
// The memory stays with the thread until it exits, sized by the largest document that
// thread has processed, as the Analysis's does.
#ifndef SAYSO_SRC_CORE_SCRATCH_HPP
#define SAYSO_SRC_CORE_SCRATCH_HPP

namespace sayso::inline v0::detail {

/// This thread's instance of `Buffers` (default-constructed on first use).
template <class Buffers>
Buffers& thread_scratch() noexcept {
  thread_local Buffers buffers;
  return buffers;
}

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CORE_SCRATCH_HPP
