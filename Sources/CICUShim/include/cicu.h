#ifndef CICU_SHIM_H
#define CICU_SHIM_H
/* ICU behind a header with stdint types and opaque handles only: Foundation carries its own ICU, and Swift
   files that see both it and Debian's <unicode/...> headers do not compile. NoticeText is the only importer. */
#include <stdint.h>

/* Result codes of the conversion functions (negative returns). */
#define CICU_UNKNOWN_CHARSET (-1)
#define CICU_INVALID_INPUT (-2)
#define CICU_BUFFER_TOO_SMALL (-3)
#define CICU_TRUNCATED_INPUT (-4)
#define CICU_INTERNAL_ERROR (-5)

/* Converts `len` bytes in `charset` (any ICU converter name or alias) straight to UTF-8 into `dst` (capacity
   `cap`; 3 * len + 4 always suffices). With `stop` != 0 the first illegal or unmappable sequence ends the
   conversion with CICU_INVALID_INPUT, and input that ends inside a character with CICU_TRUNCATED_INPUT; with
   `stop` == 0 each such sequence becomes U+FFFD and `*substitutions` counts them.
   `*errorOffset` (if not NULL) receives the byte offset of the offending sequence, else -1.
   Returns the UTF-8 length or a negative code. */
int32_t cicu_to_utf8(const char *charset, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap,
                     int32_t stop, int32_t *errorOffset, int32_t *substitutions);

/* The canonical ICU name of a charset label (e.g. "gbk" -> "GBK"), NUL-terminated into `out`.
   Returns its length, or CICU_UNKNOWN_CHARSET. */
int32_t cicu_canonical_name(const char *charset, char *out, int32_t cap);

/* Charset detection (ucsdet): writes up to `max` matches as "name\tconfidence\n" lines (best first),
   NUL-terminated into `out`. Returns the number of matches, or a negative code. */
int32_t cicu_detect(const uint8_t *src, int32_t len, int32_t max, char *out, int32_t cap);

/* An ICU transliterator (e.g. "Hant-Hans"). Only for generating tables: it is slow and serialised in ICU. */
typedef struct cicu_translit cicu_translit;
cicu_translit *cicu_translit_open(const char *id);
/* Transliterates UTF-8 `src` into UTF-8 `dst`. Returns the UTF-8 length or a negative code. */
int32_t cicu_translit_utf8(cicu_translit *t, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap);
void cicu_translit_close(cicu_translit *t);

#endif
