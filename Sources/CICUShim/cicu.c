#include "cicu.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

/* Counts substitutions while delegating to ICU's U+FFFD substitution. */
typedef struct { int32_t count; int32_t firstOffset; const char *base; } sub_context;

static void count_substitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                             int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    sub_context *ctx = (sub_context *)context;
    if (reason <= UCNV_IRREGULAR) {
        if (ctx->count == 0) ctx->firstOffset = (int32_t)(codeUnits - ctx->base);
        ctx->count++;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t cicu_to_utf8(const char *charset, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap,
                     int32_t stop, int32_t *errorOffset, int32_t *substitutions) {
    if (errorOffset) *errorOffset = -1;
    if (substitutions) *substitutions = 0;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return CICU_UNKNOWN_CHARSET;
    UConverter *to = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) { ucnv_close(from); return CICU_INTERNAL_ERROR; }
    sub_context ctx = { 0, -1, (const char *)src };
    if (stop) {
        ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    } else {
        ucnv_setToUCallBack(from, count_substitute, &ctx, NULL, NULL, &status);
    }
    UChar pivot[4096];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    char *target = (char *)dst;
    const char *source = (const char *)src;
    ucnv_convertEx(to, from, &target, (char *)dst + cap, &source, (const char *)src + len,
                   pivot, &pivotSource, &pivotTarget, pivot + 4096, 1, 1, &status);
    int32_t result;
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = CICU_BUFFER_TOO_SMALL;
    } else if (status == U_TRUNCATED_CHAR_FOUND) {
        char bad[32]; int8_t badLen = sizeof bad; UErrorCode e2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(from, bad, &badLen, &e2);
        if (errorOffset) *errorOffset = len - (U_SUCCESS(e2) ? badLen : 0);
        result = CICU_TRUNCATED_INPUT;
    } else if (U_FAILURE(status)) {
        char bad[32]; int8_t badLen = sizeof bad; UErrorCode e2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(from, bad, &badLen, &e2);
        if (errorOffset) *errorOffset = (int32_t)(source - (const char *)src) - (U_SUCCESS(e2) ? badLen : 0);
        result = (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND
                  || status == U_ILLEGAL_ESCAPE_SEQUENCE || status == U_UNSUPPORTED_ESCAPE_SEQUENCE)
                     ? CICU_INVALID_INPUT : CICU_INTERNAL_ERROR;
    } else {
        result = (int32_t)(target - (char *)dst);
        if (substitutions) *substitutions = ctx.count;
        if (errorOffset && ctx.count > 0) *errorOffset = ctx.firstOffset;
    }
    ucnv_close(from); ucnv_close(to);
    return result;
}

int32_t cicu_canonical_name(const char *charset, char *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return CICU_UNKNOWN_CHARSET;
    const char *name = ucnv_getName(c, &status);
    int32_t n = U_SUCCESS(status) ? (int32_t)strlen(name) : CICU_INTERNAL_ERROR;
    if (n >= 0) {
        if (n + 1 > cap) n = CICU_BUFFER_TOO_SMALL; else memcpy(out, name, (size_t)n + 1);
    }
    ucnv_close(c);
    return n;
}

int32_t cicu_detect(const uint8_t *src, int32_t len, int32_t max, char *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&status);
    if (U_FAILURE(status)) return CICU_INTERNAL_ERROR;
    ucsdet_setText(d, (const char *)src, len, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(d, &found, &status);
    if (U_FAILURE(status)) { ucsdet_close(d); return found == 0 ? 0 : CICU_INTERNAL_ERROR; }
    int32_t used = 0, written = 0;
    if (cap > 0) out[0] = 0;
    for (int32_t i = 0; i < found && written < max; i++) {
        UErrorCode e = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &e);
        int32_t conf = ucsdet_getConfidence(matches[i], &e);
        if (U_FAILURE(e)) continue;
        size_t n = strlen(name);
        char num[16];
        int k = 0; int32_t c = conf; char rev[16];
        do { rev[k++] = (char)('0' + c % 10); c /= 10; } while (c > 0 && k < 15);
        for (int j = 0; j < k; j++) num[j] = rev[k - 1 - j];
        if (used + (int32_t)n + k + 3 > cap) break;
        memcpy(out + used, name, n); used += (int32_t)n;
        out[used++] = '\t';
        memcpy(out + used, num, (size_t)k); used += k;
        out[used++] = '\n';
        out[used] = 0;
        written++;
    }
    ucsdet_close(d);
    return written;
}

struct cicu_translit { UTransliterator *t; };

cicu_translit *cicu_translit_open(const char *id) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t idLen = (int32_t)strlen(id);
    UChar uid[128];
    if (idLen >= 128) return NULL;
    u_uastrncpy(uid, id, idLen + 1);
    UTransliterator *t = utrans_openU(uid, idLen, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return NULL;
    cicu_translit *h = malloc(sizeof *h);
    if (!h) { utrans_close(t); return NULL; }
    h->t = t;
    return h;
}

int32_t cicu_translit_utf8(cicu_translit *h, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t ucap = 2 * len + 16;
    UChar *buf = malloc(sizeof(UChar) * (size_t)ucap);
    if (!buf) return CICU_INTERNAL_ERROR;
    int32_t ulen = 0;
    u_strFromUTF8(buf, ucap, &ulen, (const char *)src, len, &status);
    if (U_FAILURE(status)) { free(buf); return CICU_INVALID_INPUT; }
    int32_t limit = ulen;
    utrans_transUChars(h->t, buf, &ulen, ucap, 0, &limit, &status);
    if (U_FAILURE(status)) { free(buf); return status == U_BUFFER_OVERFLOW_ERROR ? CICU_BUFFER_TOO_SMALL : CICU_INTERNAL_ERROR; }
    int32_t outLen = 0;
    u_strToUTF8((char *)dst, cap, &outLen, buf, ulen, &status);
    free(buf);
    if (status == U_BUFFER_OVERFLOW_ERROR) return CICU_BUFFER_TOO_SMALL;
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) return CICU_INTERNAL_ERROR;
    return outLen;
}

void cicu_translit_close(cicu_translit *h) {
    if (!h) return;
    utrans_close(h->t);
    free(h);
}
