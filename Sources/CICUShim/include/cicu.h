#ifndef CICU_SHIM_H
#define CICU_SHIM_H
/* ICU behind a header with stdint types only: Foundation carries its own ICU, and Swift files
   that see both it and Debian's <unicode/*.h> do not compile. */
#include <stdint.h>

/* Converts `len` bytes in `charset` to UTF-8 into `dst` (capacity `cap`).
   Returns the UTF-8 length, or -1 on an unknown charset, -2 on invalid input, -3 when `cap` is too small. */
int32_t cicu_to_utf8(const char *charset, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap);

#endif
