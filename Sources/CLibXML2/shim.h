#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* libxml2's headers pull in <unicode/ucnv.h> when built with ICU: keep Debian's ICU out of Swift. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

/* xmlFree is a global function-pointer variable; Swift 6 rejects it as shared mutable state. */
static inline void shim_xmlFree(void *p) { xmlFree(p); }
#endif
