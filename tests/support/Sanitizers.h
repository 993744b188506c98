#pragma once

// METAFILL_ASAN is 1 in a program built with AddressSanitizer (preset asan),
// else 0. GCC says so with __SANITIZE_ADDRESS__, clang (before 15) only
// through __has_feature. A few measurements mean nothing under ASan: it
// replaces malloc, reserves terabytes of address space and reads /proc at the
// start of every process; tests skip exactly those, saying why.
#if defined(__SANITIZE_ADDRESS__)
#define METAFILL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define METAFILL_ASAN 1
#endif
#endif
#ifndef METAFILL_ASAN
#define METAFILL_ASAN 0
#endif
