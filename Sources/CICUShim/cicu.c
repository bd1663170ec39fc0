#include "cicu.h"
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

int32_t cicu_to_utf8(const char *charset, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    UConverter *to = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) { ucnv_close(from); return -1; }
    int32_t n = ucnv_convert("UTF-8", charset, (char *)dst, cap, (const char *)src, len, &status);
    ucnv_close(from); ucnv_close(to);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -3;
    if (U_FAILURE(status)) return -2;
    return n;
}
