/*
 * Reading JSON files other than snapshots (gazetteers, gold files, import
 * maps) with located diagnostics: the same grammar as the loader (its
 * prescan, load/json_check.h) and errors at FILE:LINE:COLUMN of a node.
 */
#ifndef ENTENTE_COMMON_LOCATED_JSON_H
#define ENTENTE_COMMON_LOCATED_JSON_H

#include <stdarg.h>
#include <stddef.h>

#include "entente/diag.h"

struct cJSON;

/* Parses JSON text after checking it is UTF-8 and passes the loader's
 * grammar; any error is reported at its line and column. On success the
 * caller owns *root (cJSON_Delete). */
ent_status json_parse_located(const char *text, size_t length, const char *name,
                              struct cJSON **root, ent_diag_list_t *diags);

/* Reports an error at the JSON node `item` of `root` parsed from `text`
 * (its key, or its value when it is a string in an array). */
void json_report(const char *text, size_t length, const char *name,
                 const struct cJSON *root, const struct cJSON *item,
                 const char *path, ent_diag_list_t *diags, const char *format,
                 ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 9)))
#endif
    ;
void json_reportv(const char *text, size_t length, const char *name,
                  const struct cJSON *root, const struct cJSON *item,
                  const char *path, ent_diag_list_t *diags, const char *format,
                  va_list args)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 0)))
#endif
    ;

#endif /* ENTENTE_COMMON_LOCATED_JSON_H */
