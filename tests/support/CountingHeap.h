#pragma once

// The heap a test or benchmark binary holds, byte for byte: malloc and
// friends are replaced by counting wrappers around glibc's own (Qt, pugixml
// and the C++ library all allocate through them), so a program can measure
// the peak heap a call adds. Include this header in exactly ONE source file
// of a program: it defines malloc. Not under AddressSanitizer, which replaces
// malloc itself; there CountingHeap::available() is false.

#include "Sanitizers.h"

#include <atomic>
#include <cstddef>
#include <cstdlib> // the C library declares malloc … before this file defines them

#if defined(__GLIBC__) && !METAFILL_ASAN
#define METAFILL_COUNTS_HEAP 1
#include <malloc.h>
#if __has_include(<mm_malloc.h>)
#include <mm_malloc.h> // declares posix_memalign noexcept, as the definition below must match
#endif

extern "C" {
void *__libc_malloc(size_t);
void __libc_free(void *);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void *__libc_memalign(size_t, size_t);
}

namespace CountingHeap::detail {
inline std::atomic<long long> live{0};
inline std::atomic<long long> peak{0};

inline void account(long long delta)
{
    const long long now = live.fetch_add(delta, std::memory_order_relaxed) + delta;
    long long seen = peak.load(std::memory_order_relaxed);
    while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
    }
}

inline long long usable(void *p)
{
    return static_cast<long long>(malloc_usable_size(p));
}
} // namespace CountingHeap::detail

extern "C" {
void *malloc(size_t size)
{
    void *p = __libc_malloc(size);
    if (p)
        CountingHeap::detail::account(CountingHeap::detail::usable(p));
    return p;
}
void free(void *p)
{
    if (p)
        CountingHeap::detail::account(-CountingHeap::detail::usable(p));
    __libc_free(p);
}
void *calloc(size_t count, size_t size)
{
    void *p = __libc_calloc(count, size);
    if (p)
        CountingHeap::detail::account(CountingHeap::detail::usable(p));
    return p;
}
void *realloc(void *old, size_t size)
{
    const long long before = old ? CountingHeap::detail::usable(old) : 0;
    void *p = __libc_realloc(old, size);
    if (p)
        CountingHeap::detail::account(CountingHeap::detail::usable(p) - before);
    else if (size == 0)
        CountingHeap::detail::account(-before);
    return p;
}
void *memalign(size_t alignment, size_t size)
{
    void *p = __libc_memalign(alignment, size);
    if (p)
        CountingHeap::detail::account(CountingHeap::detail::usable(p));
    return p;
}
void *aligned_alloc(size_t alignment, size_t size)
{
    return memalign(alignment, size);
}
int posix_memalign(void **out, size_t alignment, size_t size)
{
    void *p = memalign(alignment, size);
    if (!p)
        return 12; // ENOMEM
    *out = p;
    return 0;
}
}
#endif

namespace CountingHeap {

inline bool available()
{
#ifdef METAFILL_COUNTS_HEAP
    return true;
#else
    return false;
#endif
}

// Bytes allocated now (0 where not counted).
inline long long live()
{
#ifdef METAFILL_COUNTS_HEAP
    return detail::live.load();
#else
    return 0;
#endif
}

// Starts a new peak measurement from what is allocated now.
inline void resetPeak()
{
#ifdef METAFILL_COUNTS_HEAP
    detail::peak.store(detail::live.load());
#endif
}

// The highest allocation since resetPeak(), above `base` (-1 where not counted).
inline long long peakAbove(long long base)
{
#ifdef METAFILL_COUNTS_HEAP
    return detail::peak.load() - base;
#else
    (void)base;
    return -1;
#endif
}

// The most heap a call adds at its peak, in bytes (-1 where not counted).
template<typename Call>
long long peakOf(Call call)
{
    const long long base = live();
    resetPeak();
    call();
    return available() ? peakAbove(base) : -1;
}

} // namespace CountingHeap
